"""Listing chains end: a chain of "next page" steps is left after LISTING_BARREN_PAGES pages
in a row that bring no new link, and a section after LISTING_MAX_PAGES pages (counted and
recorded), while a long legitimate chain is followed to its end."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.discovery import (
    BARREN_STAT,
    CAPPED_STAT,
    LISTING_BARREN_PAGES,
    LISTING_STEP,
    SHOWN,
    ListingDepthMiddleware,
)
from crawler.state import CrawlState
from extract.links import canonical_url
from samples.bench_hostile import bench
from tests.conftest import ROOT

SECTION_URL = "http://127.0.0.1:8000/tin-tuc/"


def middleware_for(db: Path, **settings: object) -> tuple[ListingDepthMiddleware, CrawlState]:
    """The middleware and the crawl's state as Scrapy builds them for a crawl into db."""
    crawler = get_crawler(
        Spider,
        {
            "ARCHIVE_DB": str(db),
            "PORTAL_REGISTRIES": [str(ROOT / "crawler" / "registry.yml")],
            "EXTENSIONS": {"crawler.state.CrawlState": 0},
            "DEPTH_LIMIT": 8,
            **settings,
        },
    )
    return ListingDepthMiddleware.from_crawler(crawler), crawler.get_extension(CrawlState)


def walk(middleware: ListingDepthMiddleware, links: Callable[[int], list[str]]) -> int:
    """Follows a section's chain of "next page" links from its first page, page n linking to
    the articles links(n) (shown, as the spider notes them), until the middleware drops the next
    step; returns the pages read."""
    request = Request(SECTION_URL, meta={"portal": "quangtri"})
    pages = 0
    while request is not None:
        pages += 1
        response = HtmlResponse(request.url, body=b"<html></html>", request=request)
        step = Request(
            f"{SECTION_URL}?page={pages + 1}", meta={"portal": "quangtri", LISTING_STEP: True}
        )
        articles = [Request(url, meta={"portal": "quangtri"}) for url in links(pages)]
        response.meta[SHOWN] = frozenset(map(canonical_url, links(pages)))
        out = list(middleware.process_spider_output(response, [step, *articles]))
        assert [r.url for r in out if r is not step] == [r.url for r in articles]
        assert all(r.meta["depth"] == 1 for r in articles)
        request = step if step in out else None
    return pages


def article(n: int) -> list[str]:
    """One new article link on page n."""
    return [f"{SECTION_URL}bai-{n}.html"]


def test_a_400_page_chain_that_brings_new_articles_is_followed_to_its_end(tmp_path):
    middleware, state = middleware_for(tmp_path / "a.db")
    assert walk(middleware, lambda n: article(n) if n <= 400 else []) == 400 + LISTING_BARREN_PAGES
    assert middleware.stats.get_value(BARREN_STAT) == 1
    assert middleware.stats.get_value(CAPPED_STAT) is None
    assert state.errors == {}


def test_pages_past_the_end_that_repeat_links_end_the_chain(tmp_path):
    """Past page 3, every page shows page 3's links again (or the sidebar's): three more."""
    middleware, _ = middleware_for(tmp_path / "a.db")
    assert walk(middleware, lambda n: article(min(n, 3)) + [SECTION_URL + "lien-he"]) == 6
    assert middleware.stats.get_value(BARREN_STAT) == 1


def test_a_section_of_endless_new_links_is_cut_counted_and_recorded(tmp_path):
    db = tmp_path / "a.db"
    middleware, state = middleware_for(db, LISTING_MAX_PAGES=50)
    assert walk(middleware, article) == 51
    assert middleware.stats.get_value(CAPPED_STAT) == 1
    state.count("quangtri", "pages", 51)
    state.spider_closed(Spider("portal"), "finished")
    connection = sqlite3.connect(db)
    rows = connection.execute("select c.status, e.url, e.error from crawl_errors e join crawls c")
    assert rows.fetchall() == [
        (
            "errors",
            f"{SECTION_URL}?page=52",
            f"listing: 50 pages of section {SECTION_URL} followed, the rest left "
            "(LISTING_MAX_PAGES); a longer list is a trap or needs a higher setting",
        )
    ]
    connection.close()


def test_a_crawl_of_a_listing_answering_past_its_end_ends(tmp_path):
    """Over HTTP: a listing of 2 pages of 2 articles, whose pages past the end still answer
    with a "next page" link, is read to page 2 + LISTING_BARREN_PAGES and its 4 articles kept."""
    measured = bench(seed=1, pages=1, folder=tmp_path, kinds=["listing_past_end"])
    assert measured.returncode == 0
    listing = "/tin-tuc/listing-past-end-0.html"
    pages = sorted(path for path, _ in measured.log if path.startswith(listing))
    assert pages == [listing] + [f"{listing}?page={n}" for n in range(2, 6)]
    assert measured.stats[BARREN_STAT] == 1
    assert measured.unaccounted == {}
    connection = sqlite3.connect(tmp_path / "archive.db")
    titles = sorted(r[0] for r in connection.execute("select title from articles"))
    connection.close()
    assert titles == [
        f"Thông báo kết quả phiên họp bai-{p}-{i}.html" for p in (1, 2) for i in (1, 2)
    ]
