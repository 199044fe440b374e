"""A seeded subset of the hostile pages (samples/hostile.py), crawled over loopback: no request
leaves the portal, no local file is read, the crawl keeps within its memory and time limits,
and every page fetched is archived or recorded."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from scrapy import Request
from scrapy.http import HtmlResponse

from crawler.spiders.portal import NOT_READ, PortalSpider
from samples.bench_hostile import MAX_SECONDS, MAX_TREE_RSS, bench
from samples.hostile import KINDS

# One or two of each family of hostile page, cheap enough for the suite
SUBSET = [
    "nested_divs",
    "entity_bomb",
    "many_attributes",
    "truncated_html",
    "truncated_gzip",
    "no_content_type",
    "html_as_image",
    "image_as_page",
    "latin1_declared_utf8_body",
    "binary_garbage_as_html",
    "empty_body",
    "script_in_title",
    "onerror_in_text",
    "endless_redirect",
    "redirect_off_portal",
    "redirect_to_metadata",
    "redirect_to_private",
    "redirect_to_file",
    "meta_refresh_off_portal",
    "meta_refresh_to_metadata",
    "file_link_attachment",
    "attachment_other_host",
    "attachment_private_address",
    "docx_bomb",
    "attachments_300",
    "pdf_truncated",
    "slow_response",
    "chunked_endless",
    "connection_reset",
    "calendar_trap",
    "path_trap",
]


def test_there_are_sixty_kinds_or_more():
    assert len(KINDS) >= 60
    assert set(SUBSET) <= set(KINDS)


def test_hostile_subset_gets_nothing_through(tmp_path):
    measured = bench(seed=7, pages=len(SUBSET), folder=tmp_path, kinds=SUBSET)
    assert measured.returncode == 0
    assert measured.left_portal == 0
    assert measured.hits == []
    assert measured.secrets_found == 0
    assert measured.peak_rss < MAX_TREE_RSS and measured.seconds < MAX_SECONDS
    assert measured.unaccounted == {}
    refused = {k: v for k, v in measured.stats.items() if k.startswith("bounds/refused/")}
    assert refused == {"bounds/refused/off_portal": 7, "bounds/refused/scheme": 1}
    db = sqlite3.connect(tmp_path / "archive.db")
    errors: dict[str, list[str]] = {}
    for url, error in db.execute("select url, error from crawl_errors").fetchall():
        errors.setdefault(url.rsplit("/", 1)[-1], []).append(error)
    titles = sorted(r[0] for r in db.execute("select title from articles"))
    db.close()
    assert sorted(errors) == sorted(ERROR_PAGES)
    for page, message in ERROR_PAGES.items():
        assert any(e.startswith(message) for e in errors[page]), (page, errors[page])
    assert titles == ARTICLES


# The pages and files recorded in crawl_errors, by the last part of their URL, and how each
# message starts
ERROR_PAGES: dict[str, str | tuple[str, ...]] = {
    "bi-mat.pdf": "attachment: refused (scheme): file:///",
    "bao-cao-22.pdf": "attachment: refused (off portal): http://10.0.0.1/bao-cao-22.pdf",
    "van-ban-21.pdf": "attachment: refused (off portal): http://127.0.4.2:",
    "attachments-300-24.html": "attachments: 250 more not fetched (at most 50 files",
    "chunked-endless-27.html": "",
    "connection-reset-28.html": "",
    "empty-body-10.html": "page has no parseable HTML",
    "endless-redirect-13.html": "max redirections reached",
    "entity-bomb-1.html": "",
    "many-attributes-2.html": "a tag of 100,001 attributes, over 1,000",
    "meta-refresh-off-portal-18.html": "refused (off portal): http://127.0.4.2:",
    "meta-refresh-to-metadata-19.html": "refused (off portal): http://169.254.169.254/",
    "redirect-off-portal-14.html": "refused (off portal): http://127.0.4.2:",
    "redirect-to-file-17.html": "HTTP 302",
    "redirect-to-metadata-15.html": "refused (off portal): http://169.254.169.254/",
    "redirect-to-private-16.html": "refused (off portal): http://10.0.0.1/",
    # a timeout, or (when a late answer comes in on a retry) a page with no article
    "slow-response-26.html": ("Getting http://127.0.4.1:", NOT_READ),
    # linked from the home page's list of news, and no article
    "binary-garbage-as-html-9.html": NOT_READ,
    "image-as-page-7.html": NOT_READ,
    "path-trap-30.html": NOT_READ,
    "truncated-gzip-4.html": NOT_READ,
}
# The hostile pages archived as articles, by title (a script in a title kept as text)
ARTICLES = sorted(
    [
        "Ba trăm tệp",
        "Bom docx",
        "Bị cắt",
        "Không có kiểu",
        "Kiểu sai",
        "Lồng sâu",
        "Mạng riêng",
        "Ngoài cổng",
        "PDF bị cắt",
        "Sai bảng mã",
        "Tệp cục bộ",
        "alert('tieu de')Họp UBND",
        "Ảnh lỗi",
    ]
)


class Errors:
    """Stands in for the crawl's state: keeps the errors recorded and the pages counted."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str, str]] = []

    def record_error(self, portal_id: str, url: str, message: str) -> None:
        self.errors.append((portal_id, url, message))

    def count(self, portal_id: str, what: str) -> None:
        """Counts nothing."""


def test_a_page_that_breaks_the_reading_is_recorded(monkeypatch):
    spider = PortalSpider(start_url="http://127.0.0.1/")
    spider.__dict__["crawl_state"] = state = Errors()

    def breaks(response: HtmlResponse) -> Iterator[None]:
        yield from ()
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(spider, "read_page", breaks)
    request = Request("http://127.0.0.1/tin/a.html", meta={"portal": "p"})
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    assert list(spider.parse(response)) == []
    assert state.errors == [
        (
            "p",
            "http://127.0.0.1/tin/a.html",
            "page could not be read: RecursionError('maximum recursion depth exceeded')",
        )
    ]


def test_a_redirect_loop_is_recorded(tmp_path):
    """A -> B -> A ends at the duplicate filter, which says so (else the page vanishes)."""
    measured = bench(seed=1, pages=1, folder=tmp_path, kinds=["redirect_loop"])
    assert measured.returncode == 0
    db = sqlite3.connect(tmp_path / "archive.db")
    rows = db.execute("select url, error from crawl_errors").fetchall()
    db.close()
    [(page, error)] = rows
    assert page.endswith("/tin-tuc/redirect-loop-0.html")
    assert error == f"redirect loop: {page} -> {page}-b -> {page}"
