"""The crawl's state (crawler/state.py) and its clock (crawler/clock.py), with time frozen."""

from __future__ import annotations

import datetime
from pathlib import Path

import sqlite_utils
import time_machine
from scrapy import Spider
from scrapy.utils.test import get_crawler

from crawler.clock import now, today
from crawler.memory import refresh_since
from crawler.state import CrawlState
from tests.conftest import ROOT

# 06:00 in Vietnam on the day the 2025 merger took effect
MORNING = datetime.datetime(2025, 7, 1, 6, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


@time_machine.travel(MORNING, tick=False)
def test_the_clock_reads_vietnam_time():
    assert (now(), today()) == ("2025-07-01T06:00:00+07:00", datetime.date(2025, 7, 1))
    assert refresh_since("30", today()) == "2025-06-01"


def state_for(db: Path) -> CrawlState:
    """The state extension as Scrapy builds it for a crawl into db."""
    settings = {
        "ARCHIVE_DB": str(db),
        "PORTAL_REGISTRIES": [str(ROOT / "crawler" / "registry.yml")],
        "EXTENSIONS": {"crawler.state.CrawlState": 0},
    }
    crawler = get_crawler(Spider, settings)
    return crawler.get_extension(CrawlState)


def test_counters_errors_and_discovered_portals_make_the_crawls_rows(tmp_path: Path):
    db = tmp_path / "archive.db"
    with time_machine.travel(MORNING, tick=False):
        state = state_for(db)
        state.begin("quangtri")
        state.discover("site-a", "http://127.0.0.1:8000/")
        state.begin("site-a")
        for what in ("pages", "pages", "new"):
            state.count("site-a", what)
        state.saw_known("site-a", "http://127.0.0.1:8000/a")
        state.saw_known("site-a", "http://127.0.0.1:8000/a")
        state.record_error("quangtri", "https://quangtri.gov.vn/", "HTTP 503")
        assert state.stats.get_value("archive/site-a/pages") == 2
    with time_machine.travel(MORNING + datetime.timedelta(minutes=5), tick=False):
        state.spider_closed(Spider("portal"), "finished")
    archive = sqlite_utils.Database(db)
    rows = archive.query(
        "select portal_id, started_at, finished_at, status, pages, articles_new, "
        "articles_known, errors from crawls order by id"
    )
    assert list(rows) == [
        {
            "portal_id": "quangtri",
            "started_at": "2025-07-01T06:00:00+07:00",
            "finished_at": "2025-07-01T06:05:00+07:00",
            "status": "failed",
            "pages": 0,
            "articles_new": 0,
            "articles_known": 0,
            "errors": 1,
        },
        {
            "portal_id": "site-a",
            "started_at": "2025-07-01T06:00:00+07:00",
            "finished_at": "2025-07-01T06:05:00+07:00",
            "status": "ok",
            "pages": 2,
            "articles_new": 1,
            "articles_known": 1,
            "errors": 0,
        },
    ]
    errors = archive.query("select url, error, at from crawl_errors")
    assert list(errors) == [
        {"url": "https://quangtri.gov.vn/", "error": "HTTP 503", "at": "2025-07-01T06:00:00+07:00"}
    ]
    assert archive["portals"].get("site-a")["name"] == "127.0.0.1:8000"


def test_an_error_is_in_the_archive_before_the_crawl_ends(tmp_path: Path):
    """A crawl killed after an error keeps it: the error's row (and a crawls row of status
    running) is committed with the next batch of writes; the end fills in that crawls row."""
    db = tmp_path / "archive.db"
    with time_machine.travel(MORNING, tick=False):
        state = state_for(db)
        state.begin("quangtri")
        state.count("quangtri", "pages")
        state.record_error("quangtri", "https://quangtri.gov.vn/a", "HTTP 500")
        state.commit_pending()
        reader = sqlite_utils.Database(db)
        crawls = "select id, status, finished_at, errors from crawls"
        assert list(reader.query(crawls)) == [
            {"id": 1, "status": "running", "finished_at": None, "errors": None}
        ]
        errors = "select crawl_id, url, error from crawl_errors"
        assert list(reader.query(errors)) == [
            {"crawl_id": 1, "url": "https://quangtri.gov.vn/a", "error": "HTTP 500"}
        ]
        state.spider_closed(Spider("portal"), "finished")
        assert list(reader.query(crawls)) == [
            {"id": 1, "status": "errors", "finished_at": "2025-07-01T06:00:00+07:00", "errors": 1}
        ]
