"""The project's Datasette plugin, function by function: Vietnamese numbers, fold(), search
queries and snippets, archived-copy addresses; and the search indexes that every table's search
(datasette-search-all) finds."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette

from crawler.archive import open_archive
from publish.numbers import vn_number
from publish.plugin import (
    bounded,
    capture_timestamp,
    fold_key,
    fold_search_args,
    fts_phrase,
    fts_query,
    fts_words_apart,
    highlighted,
    without_search_facets,
)
from publish.snippets import MARK_END, MARK_START, snippet
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("value", "unit", "written"),
    [
        (6_840_000_000_000.0, "VND", "6.840 tỷ đồng"),
        (2_919_800_000_000.0, "VND", "2.919,8 tỷ đồng"),
        (223_400_000_000.0, "VND", "223,4 tỷ đồng"),
        (4.52, "%", "4,52 %"),
        (19.7, "%", "19,7 %"),
        (-3.5, "%", "-3,5 %"),
        (1_200_000.0, "lượt", "1,2 triệu lượt"),
        (2_160_000.0, "tấn", "2,16 triệu tấn"),
        (5030.0, "hộ", "5.030 hộ"),
        (12_500_000.0, "USD", "12,5 triệu USD"),
        (0.5, None, "0,5"),
        (None, "VND", ""),
    ],
)
def test_numbers_read_as_vietnamese_readers_write_them(value, unit, written):
    assert vn_number(value, unit) == written


@pytest.mark.parametrize(
    "typed", ["Kiên Giang", "kien giang", "Kien Giang", "KIÊN GIANG", " kiên  giang "]
)
def test_fold_forgives_accents_case_and_spacing(typed):
    assert fold_key(typed) == "kien giang"


def test_fold_of_null_is_null():
    assert fold_key(None) is None


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("kiem diem", '"kiem diem" OR ("kiem" "diem")'),
        ("Kiểm Điểm", '"kiem diem" OR ("kiem" "diem")'),
        ('"kiem diem" ubnd', '"kiem diem" "ubnd"'),
        ("đồng", '"dong"'),
        ('a"b OR -c', '"ab" "or" "-c"'),
        ("", '""'),
        ('  " ', '""'),
    ],
)
def test_search_input_becomes_a_safe_fts_query(typed, query):
    assert fts_query(typed) == query


@pytest.mark.parametrize(
    ("typed", "together", "apart"),
    [
        ("kiem diem", '"kiem diem"', '"kiem" "diem"'),
        ("Giải  Ngân vốn", '"giai ngan von"', '"giai" "ngan" "von"'),
        ('"kiem diem" ubnd', '"kiem diem" "ubnd"', '""'),
        ("đồng", '"dong"', '""'),
        ("", '""', '""'),
    ],
)
def test_search_splits_into_words_together_then_apart(typed, together, apart):
    assert (fts_phrase(typed), fts_words_apart(typed)) == (together, apart)


def test_snippet_marks_matches_with_their_accents():
    found = snippet("kiem diem dong", "Báo cáo KIỂM  điểm công tác của Đồng chí")
    assert found == (
        f"Báo cáo {MARK_START}KIỂM{MARK_END} {MARK_START}điểm{MARK_END} công tác của "
        f"{MARK_START}Đồng{MARK_END} chí"
    )


def test_snippet_takes_the_first_text_that_matches_and_cuts_around_the_match():
    body = "mở đầu " * 40 + "giải ngân vốn đầu tư công" + " kết thúc" * 60
    found = snippet("giai ngan", "không khớp", body)
    assert found.startswith("…") and found.endswith("…")
    assert f"{MARK_START}giải{MARK_END} {MARK_START}ngân{MARK_END}" in found
    assert snippet("giai ngan", "không khớp") == "không khớp"


def test_highlighted_snippet_escapes_page_text():
    html = str(highlighted(f'<script>alert("{MARK_START}xss{MARK_END}")</script>'))
    assert html == "&lt;script&gt;alert(&#34;<mark>xss</mark>&#34;)&lt;/script&gt;"


def test_capture_timestamp_is_utc():
    assert capture_timestamp("2021-07-08T16:09:00+07:00") == "20210708090900"
    assert capture_timestamp(None) == ""


class StubDatasette:
    """What bounded() asks of Datasette: the plugin's settings."""

    def __init__(self, config: dict) -> None:
        self.config = config

    def plugin_config(self, name: str) -> dict:
        return self.config


def test_requests_over_the_limit_wait_then_hear_the_server_is_busy():
    async def slow_app(scope, receive, send):
        await asyncio.sleep(0.3)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    app = bounded(StubDatasette({"max_concurrent": 1, "max_wait_seconds": 0.05}), slow_app)

    async def request() -> int:
        sent: list[dict] = []

        async def send(message):
            sent.append(message)

        await app({"type": "http", "path": "/"}, None, send)
        return sent[0]["status"]

    async def two_at_once() -> list[int]:
        return sorted(await asyncio.gather(request(), request()))

    assert asyncio.run(two_at_once()) == [200, 503]
    assert asyncio.run(request()) == 200


@pytest.mark.parametrize(
    ("query", "folded"),
    [
        ("_search=%C4%91i%E1%BB%83m", "_search=di%E1%BB%83m"),
        ("_search_title=%C4%90%E1%BB%93ng&_size=5", "_search_title=D%E1%BB%93ng&_size=5"),
        ("_searchmode=raw&q=%C4%91", "_searchmode=raw&q=%C4%91"),
        ("province=%C4%90%C3%A0+N%E1%BA%B5ng", "province=%C4%90%C3%A0+N%E1%BA%B5ng"),
        ("", ""),
    ],
)
def test_search_words_have_d_for_dj_as_the_indexes_do(query, folded):
    assert fold_search_args(query) == folded


@pytest.mark.parametrize(
    ("query", "sent"),
    [
        ("_search=kiem", "_search=kiem&_nofacet=1"),
        ("_search_title=kiem&_size=5", "_search_title=kiem&_size=5&_nofacet=1"),
        ("_search=kiem&_nofacet=1", "_search=kiem&_nofacet=1"),
        ("_search=kiem&_nofacet=1&_facet=level", "_search=kiem&_facet=level"),
        ("_search=kiem&_facet_date=published_at", "_search=kiem&_facet_date=published_at"),
        ("_search=&year=2021", "_search=&year=2021"),
        ("_searchmode=raw", "_searchmode=raw"),
        ("year=2021", "year=2021"),
        ("", ""),
    ],
)
def test_searches_skip_default_facets_unless_asked(query, sent):
    assert without_search_facets(query) == sent


def matches(db, index: str, words: str) -> list[int]:
    """The rowids an index finds for words."""
    return [
        row[0] for row in db.execute(f"select rowid from {index} where {index} match ?", [words])
    ]


def test_meetings_and_attachments_indexes_follow_their_tables(tmp_path: Path):
    """The external-content indexes find rows without accents (đ too) as soon as they are
    written, follow their updates and forget deleted rows."""
    db = open_archive(tmp_path / "archive.db")
    meeting = {"province": "Đồng Tháp", "level": "tỉnh", "meeting_type": "hội nghị kiểm điểm"}
    meeting_id = db["meetings"].insert(meeting).last_pk
    assert matches(db, "meetings_fts", "kiem diem") == [meeting_id]
    assert matches(db, "meetings_fts", "dong thap") == [meeting_id]
    db["meetings"].update(meeting_id, {"meeting_type": "phiên họp thường kỳ"})
    assert matches(db, "meetings_fts", "kiem diem") == []
    assert matches(db, "meetings_fts", "phien hop") == [meeting_id]
    text = {"filename": "tb-18.pdf", "text": "Thông báo kết luận về giải ngân vốn đầu tư công"}
    attachment_id = db["attachments"].insert(text).last_pk
    assert matches(db, "attachments_fts", "dau tu cong") == [attachment_id]
    db["attachments"].delete(attachment_id)
    assert matches(db, "attachments_fts", "dau tu cong") == []
    for index in ("meetings_fts", "attachments_fts"):
        db.execute(f"insert into {index} ({index}, rank) values ('integrity-check', 0)")


def test_search_all_tables_lists_articles_meetings_and_attachments(tmp_path: Path):
    """datasette-search-all searches the three tables: meetings and attachments by their
    indexes' `content="table"`, articles by the fts_table metadata.yml gives it."""
    db = tmp_path / "archive.db"
    open_archive(db).close()
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    datasette = Datasette(files=[str(db)], metadata=metadata)
    page = asyncio.run(datasette.client.get("/-/search?q=kiem+diem")).text
    listed = re.findall(r'data-searchable-url="/archive/(\w+)"', page)
    assert sorted(listed) == ["articles", "attachments", "meetings"]
