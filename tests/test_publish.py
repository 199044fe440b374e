"""The project's Datasette plugin, function by function: Vietnamese numbers, fold(), search
queries and snippets, archived-copy addresses."""

from __future__ import annotations

import asyncio

import pytest

from publish.numbers import vn_number
from publish.plugin import bounded, capture_timestamp, fold_key, fts_query, highlighted
from publish.snippets import MARK_END, MARK_START, snippet


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
