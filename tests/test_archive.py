"""What the analysis of the crawled articles puts in the archive, and how meetings are linked."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from crawler.archive import Sources, mark_vanished, open_archive, save_article
from evaluation.paths import seed_text
from extract.analysis import analyse
from extract.article import ArticleRecord
from tests.conftest import gold

MEETINGS = gold("sample_meetings.json")
# The figures of seed 000 (Kiên Giang review, first half of 2021): raw, value, unit, indicator
SEED_000_FIGURES = [
    ("18 điểm cầu", 18.0, "điểm cầu", "other"),
    ("4,52%", 4.52, "%", "grdp_growth"),
    ("2,16 triệu tấn", 2160000.0, "tấn", "rice_output"),
    ("43,8 ngàn tấn", 43800.0, "tấn", "rice_output"),
    ("14,6%", 14.6, "%", "aquaculture"),
    ("7,66%", 7.66, "%", "industrial_production_index"),
    ("51,1%", 51.1, "%", "budget_revenue"),
    ("11/24 chỉ tiêu", 11.0, "chỉ tiêu", "targets_met"),
    ("19,7%", 19.7, "%", "public_investment_disbursement"),
    ("3 chỉ số", 3.0, "chỉ số", "traffic_accidents"),
]


@pytest.mark.parametrize("title", sorted(MEETINGS))
def test_meeting_columns(archive, title):
    row = next(archive.query("select * from articles where title = ?", [title]))
    assert {column: row[column] for column in MEETINGS[title]} == MEETINGS[title]


def test_only_meeting_reports_are_meetings(archive):
    rows = archive.query(
        "select title, meeting_date, period_label from articles where not is_meeting"
    )
    rows = list(rows)
    assert len(rows) == archive["articles"].count - len(MEETINGS)
    assert [r for r in rows if r["meeting_date"] or r["period_label"]] == []


def test_reports_of_one_meeting_share_its_row(archive):
    """The farmers' association item, the provincial portal's conclusion notice (a PDF) and
    the district portal's scan of it, on the Kiên Giang review of 7 July 2021, are one meeting;
    every other report is its own."""
    assert archive["meetings"].count == len(MEETINGS) - 2
    pair = archive.query(
        "select distinct meeting_id from articles where chair_name = 'Lâm Minh Thành'"
    )
    assert len(list(pair)) == 1


def test_seed_000_figures(archive):
    rows = archive.query(
        "select f.raw, f.value, f.unit, f.indicator, f.period_start, f.period_end "
        "from figures f join articles a on a.id = f.article_id "
        "where a.title like 'Ủy ban nhân dân tỉnh Kiên Giang%' order by f.start"
    )
    rows = list(rows)
    assert [(r["raw"], r["value"], r["unit"], r["indicator"]) for r in rows] == SEED_000_FIGURES
    assert {(r["period_start"], r["period_end"]) for r in rows} == {("2021-01-01", "2021-06-30")}


def test_indicator_series_view(archive):
    rows = archive.query(
        "select province, province_2025, value, unit from indicator_series "
        "where indicator = 'public_investment_disbursement' and period_start = '2021-01-01' "
        "and attachment_id is null"
    )
    assert list(rows) == [
        {"province": "Kiên Giang", "province_2025": "An Giang", "value": 19.7, "unit": "%"}
    ]


def test_derived_tables_point_at_articles(archive):
    for table in ("dates", "figures", "people", "documents", "directives", "images"):
        orphans = archive.query(
            f"select count(*) n from {table} where article_id not in (select id from articles)"
        )
        assert next(orphans)["n"] == 0, table
        assert archive[table].count > 0, table


def seed_record(name: str, title: str, published_at: str) -> ArticleRecord:
    """A seed article as an extracted record, its body the seed's paragraphs."""
    text = seed_text(name)
    body = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    return ArticleRecord(title, None, body, None, published_at, (), "test")


def test_news_item_and_conclusion_notice_are_one_meeting(tmp_path: Path):
    """The farmers' association item and the official notice on the Kiên Giang review of
    7 July 2021 are linked to the same meetings row."""
    db = open_archive(tmp_path / "a.db")
    db["portals"].insert_all([{"id": "hnd"}, {"id": "kg"}], pk="id", alter=True)
    reports = [
        (
            "hnd",
            "000_239db4f83713a7b9.txt",
            "Hội nghị kiểm điểm 6 tháng đầu năm 2021",
            "2021-07-08",
        ),
        (
            "kg",
            "004_6f0508abd3d91ba8.txt",
            "Thông báo kết luận của Chủ tịch UBND tỉnh",
            "2021-07-09",
        ),
    ]
    for portal, name, title, published in reports:
        record = seed_record(name, title, published)
        analysis = analyse(title, None, record.body, published, "Kiên Giang")
        sources = Sources(fetched_at=published)
        assert save_article(db, f"http://{portal}/{name}", portal, record, analysis, sources)
    rows = list(sqlite_utils.Database(tmp_path / "a.db").query("select meeting_id from articles"))
    assert len(rows) == 2 and rows[0]["meeting_id"] == rows[1]["meeting_id"] is not None


def test_vanished_article_that_comes_back_unchanged_is_not_vanished(tmp_path: Path):
    db = open_archive(tmp_path / "a.db")
    db["portals"].insert({"id": "qt"}, pk="id", alter=True)
    body = "UBND tỉnh họp phiên thường kỳ tháng 3 để đánh giá tình hình kinh tế - xã hội."
    record = ArticleRecord("UBND tỉnh họp phiên thường kỳ", None, body, None, "2024-03-12", (), "t")
    analysis = analyse(record.title, None, body, record.published_at, "Quảng Trị")
    url = "http://qt/bai-1"
    assert save_article(db, url, "qt", record, analysis, Sources("2024-03-12")) == "new"
    assert mark_vanished(db, url, "2024-04-01T08:00:00+07:00")
    assert save_article(db, url, "qt", record, analysis, Sources("2024-04-02")) == "same"
    assert next(db.query("select vanished_at from articles"))["vanished_at"] is None
