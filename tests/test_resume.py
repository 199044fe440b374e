"""Resume after kill -9: seeded kill trials over a whole crawl of sample portals end with the
uninterrupted crawl's archive; the job's request record (crawler/frontier.py) reads back what a
killed run left; a captured attachment answered 304 is read from its capture; a record that
cannot be read is said so, and the portals walked again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawler.archive import DERIVED_TABLES
from crawler.frontier import (
    FRONTIER_FILE,
    KEY_META,
    Frontier,
    FrontierError,
    FrontierMiddleware,
    rebuild,
)
from evaluation.resume import Trials, archive_contents, crawl_command, finish, start_crawl

# Kill points of the trials make test runs (`make bench-resume` runs 20 more)
SEEDS = ("test-0", "test-1", "test-2")


@pytest.fixture(scope="module")
def trials(tmp_path_factory: pytest.TempPathFactory):
    """Two sample portals (one with a PDF attached to an article) and an uninterrupted crawl."""
    served = Trials(tmp_path_factory.mktemp("trials"), ("kyanh", "kiengiang"))
    yield served
    served.close()


@pytest.mark.parametrize("seed", SEEDS)
def test_killed_crawl_resumes_to_the_same_archive(trials, seed):
    trial = trials.run(seed)
    assert trial.killed, trial.line()
    assert trial.identical, trial.line()


def test_attachment_answered_304_is_read_from_its_capture(trials, tmp_path):
    """An article whose page and attachment were captured but which was not archived (killed
    while it was read) is archived with its attachment's text when both answer 304."""
    db = tmp_path / "archive.db"
    shutil.copy(trials.whole, db)
    shutil.copytree(trials.whole.parent / "warcs", tmp_path / "warcs")
    archive = sqlite_utils.Database(db)
    captures = archive["captures"].count
    with archive.conn:
        for table in DERIVED_TABLES:
            archive.execute(f"delete from {table}")
        archive.execute("delete from articles_fts")
        archive.execute("delete from articles")
    assert finish(start_crawl(crawl_command(trials.urls, db, tmp_path / "job")))[0] == 0
    assert archive["captures"].count == captures
    assert archive_contents(db) == trials.expected
    texts = [r["text"] for r in archive.query("select text from attachments")]
    assert len(texts) == 1 and "412/TB-UBND" in texts[0]


def test_unreadable_record_is_said_and_the_portals_walked_again(trials, tmp_path):
    db, job = tmp_path / "archive.db", tmp_path / "job"
    job.mkdir()
    (job / FRONTIER_FILE).write_bytes(b"half-written \x00\x01 not a database" * 100)
    assert finish(start_crawl(crawl_command(trials.urls, db, job)))[0] == 0
    archive = sqlite_utils.Database(db)
    assert [r["status"] for r in archive.query("select status from crawls")] == ["errors"] * 2
    errors = [r["error"] for r in archive.query("select error from crawl_errors")]
    assert len(errors) == 2
    assert errors[0].startswith("resume: the job's record could not be read (")
    assert errors[0].endswith("; the portal was walked again from its start pages")
    assert archive_contents(db) == trials.expected
    assert (job / f"{FRONTIER_FILE}.unreadable").exists()


class Walker(Spider):
    name = "walker"

    def parse(self, response):
        """A callback the record names."""


def test_record_keeps_what_is_left_and_rebuilds_it(tmp_path):
    path = tmp_path / FRONTIER_FILE
    frontier = Frontier(path)
    spider = Walker()
    listing = Request(
        "http://127.0.0.1/list?page=2", callback=spider.parse, meta={"portal": "p", "depth": 3}
    )
    frontier.add("a", listing)
    frontier.add("b", Request("http://127.0.0.1/done", meta={"portal": "p"}))
    frontier.add("a", Request("http://127.0.0.1/other"))  # a known key is left as it was
    frontier.finish(["b"])
    frontier.close()
    again = Frontier(path)
    assert again.done == {"b"}
    (row,) = again.pending()
    request = rebuild(spider, row)
    assert (request.url, request.callback, request.errback) == (listing.url, spider.parse, None)
    assert request.meta == {"portal": "p", "depth": 3, KEY_META: "a"}
    with pytest.raises(FrontierError, match="no attribute 'gone'"):
        rebuild(spider, ("c", "http://127.0.0.1/c", "gone", None, "{}", 0))
    again.reset()
    assert (again.pending(), again.done) == ([], set())
    again.remove()
    assert not Path(path).exists()


def test_a_request_finishes_once_the_archive_has_committed_its_items(tmp_path):
    """The pipeline may keep its writes in a transaction across items: a request whose article
    is written but not committed is not written down as finished until the archive commits."""
    archive = sqlite3.connect(tmp_path / "archive.db")
    archive.execute("create table articles (url text)")
    archive.commit()
    settings = {"JOBDIR": str(tmp_path / "job"), "ARCHIVE_DB": str(tmp_path / "archive.db")}
    middleware = FrontierMiddleware.from_crawler(get_crawler(Walker, settings))
    request = Request("http://127.0.0.1/a", meta={"portal": "p"})
    middleware.record(request)
    item = {"url": request.url}
    response = Response(request.url, request=request)
    assert list(middleware.process_spider_output(response, [item])) == [item]
    archive.execute("insert into articles values (?)", [request.url])
    middleware.item_done(item)
    middleware.confirm()
    record = sqlite3.connect(tmp_path / "job" / FRONTIER_FILE)
    assert record.execute("select done from requests").fetchall() == [(0,)]
    archive.commit()
    middleware.confirm()
    assert record.execute("select done from requests").fetchall() == [(1,)]
