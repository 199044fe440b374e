"""The `portal` spider: crawls a government portal's sections and hands its article pages on."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from functools import cached_property
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.etree import XMLSyntaxError
from lxml.html import HtmlElement
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure
from w3lib.encoding import http_content_type_encoding

from crawler.captures import warc_dir
from crawler.clock import now, today
from crawler.discovery import LISTING_STEP, SHOWN, form_pages, postbacks, rendered
from crawler.errors import BadInput
from crawler.items import CaptureItem, Download, Fetched, PageItem, VanishedItem
from crawler.memory import GONE_STATUSES, refresh_since
from crawler.preflight import check_archive, check_captures
from crawler.registry import ACTIVE, URL_RE, Portal, load_registry
from crawler.state import CrawlState
from extract.article import page_text, parse_page
from extract.attachments import ATTACHMENT_MAX_BYTES, attachment_links
from extract.limits import LimitExceeded
from extract.links import (
    canonical_url,
    crawl_scope,
    feed_links,
    follow_url,
    headline_links,
    in_scope,
    page_links,
    page_number,
    pager_links,
)
from extract.listcalls import Call, answer_last_page, answer_links, list_calls
from extract.pagetype import ARTICLE, LISTING, OTHER, read_page
from extract.places import locate
from extract.platforms import GENERIC, Adapter, detect
from extract.text import TITLE_SEPARATOR, clean_line

# The page header, logo or banner, whose image's alt text often names the site
SITE_HEADER = (
    "//header|//*[contains(@class,'header') or contains(@class,'banner') "
    "or contains(@class,'logo')]"
)
# A home page's own name in its <title>, e.g. "Trang chủ", "Trang nhất", "Home"
HOME_PAGE_NAME = re.compile(r"^(trang chủ|trang nhất|trang chính|home|homepage)$", re.IGNORECASE)
# Characters of a host that cannot stand in a portal id, e.g. the dots of "127.0.0.2:8765"
ID_GAP = re.compile(r"[^a-z0-9]+")
# Where a site's sitemaps are looked for besides those its robots.txt declares
ROBOTS_PATH = "/robots.txt"
SITEMAP_PATH = "/sitemap.xml"
# Page links in an RSS or Atom feed, e.g. <item><link>…</link></item>, <entry><link href="…"/>
FEED_LINKS_XPATH = "//item/link/text() | //entry/link/@href"


# The start of an HTML page whatever its Content-Type says, e.g. "\ufeff  <!DOCTYPE html>",
# "<html lang='vi'>" (a page served as image/png or application/octet-stream)
HTML_START = re.compile(
    rb"^(\xef\xbb\xbf)?\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]", re.I | re.S
)
HTML_SNIFF_BYTES = 1024
# Most links followed from one page: a portal's busiest page (a home page, a sitemap-like
# listing) links to a few hundred pages; one linking to 100 000 is a trap
PAGE_MAX_LINKS = 2_000
# Meta key of a request for a page a listing links as a news item (a headline link)
HEADLINE = "headline"
# The error of such a page that reads as neither an article nor a listing: an article lost
# unless it is said (a layout the reader does not know, a broken page)
NOT_READ = "linked as a news item, but read as neither an article nor a listing"
# Most attachments fetched for one article, and most bytes of them kept together in memory
# (past either, the rest are recorded as not fetched)
ATTACHMENTS_MAX = 50
ATTACHED_MAX_BYTES = 100 * 1024 * 1024


def portal_id_for(url: str) -> str:
    """A portal id made from a URL's host: "https://www.kyanh.hatinh.gov.vn/" -> "kyanh-hatinh"."""
    host = urlsplit(url).netloc.lower().removeprefix("www.").removesuffix(".gov.vn")
    return ID_GAP.sub("-", host).strip("-")


def site_name(home: HtmlElement) -> str | None:
    """A site's name from its home page: the <title> part that is not the page's own name
    ("Trang chủ - Cổng thông tin điện tử tỉnh Bắc Giang"), else og:site_name, else the alt
    text of the header's logo or banner."""
    title = clean_line(home.findtext(".//title") or "")
    parts = [p for p in TITLE_SEPARATOR.split(title) if p and not HOME_PAGE_NAME.match(p)]
    meta = home.xpath("//meta[@property='og:site_name']/@content")
    logos = home.xpath(f"({SITE_HEADER})//img/@alt")
    candidates = [*parts[-1:], *meta, *logos]
    return next((clean_line(c) for c in candidates if clean_line(c)), None)


def site_identity(home: HtmlElement) -> dict[str, str | None]:
    """A site's name, platform family, and the province its name gives
    ("Cổng thông tin điện tử tỉnh Bắc Giang" -> Bắc Giang)."""
    name = site_name(home)
    place = locate(name or "", "")
    identity = {
        "platform": detect(home).name,
        "province": place.province,
        "province_2025": place.province_2025,
    }
    return {**identity, "name": name} if name else identity


def beyond_next_page(link: str, url: str) -> bool:
    """True for a link to a page of the same listing past the next one (page 5 from page 1)."""
    number = page_number(link, url)
    return number is not None and number > (page_number(url, link) or 1) + 1


def check_arguments(start_urls: list[str], refresh: str | None) -> None:
    """Raises BadInput for a start URL that is not an http(s) address, or a refresh that is
    neither "all" nor a number of days."""
    for url in start_urls:
        if not URL_RE.match(url):
            raise BadInput(
                f"-a start_url: {url!r} is not a web address; give http(s) URLs, e.g. "
                "-a start_url=https://hatinh.gov.vn/"
            )
    if refresh is not None and refresh != "all" and not refresh.isdigit():
        raise BadInput(f"-a refresh: {refresh!r} is neither all nor a number of days")


def asked_for(request: Request) -> str:
    """The URL the crawl asked for, before any redirect or meta refresh led elsewhere (where the
    refused or failed request went is in the error's message)."""
    return request.meta.get("redirect_urls", [request.url])[0]


def as_html(response: Response) -> Response:
    """A response served as another type (or as none) whose body is an HTML page, as the HTML
    response it is; any other response as it is."""
    if not HTML_START.match(response.body[:HTML_SNIFF_BYTES]):
        return response
    return HtmlResponse(
        response.url,
        status=response.status,
        headers={"Content-Type": "text/html"},
        body=response.body,
        request=response.request,
    )


def fetched(response: Response) -> Fetched:
    """A response's status, headers and body, as the raw captures keep them."""
    headers = [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in response.headers.items()
        for value in values
    ]
    return Fetched(canonical_url(response.url), response.status, headers, response.body, now())


class PortalSpider(Spider):
    """Crawls one site from a start URL, one registry portal, or every active registry portal."""

    name = "portal"

    def __init__(
        self,
        start_url: str | None = None,
        portal: str | None = None,
        portals: str | None = None,
        refresh: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.refresh = refresh
        if not (start_url or portal or portals):
            raise BadInput("give -a start_url=URL[,URL…], -a portal=ID or -a portals=all|ID,ID")
        given = [u.strip() for u in (start_url or "").split(",") if u.strip()]
        check_arguments(given, refresh)
        self.start_urls_given = given
        self.portal_ids = [portal] if portal else (portals or "").split(",")
        self.posted: set[tuple[str, str, str]] = set()
        self.listed: set[str] = set()
        self.calls: set[tuple[str, str]] = set()
        # URL identity (canonical_url) -> the shallowest depth the run asked for it at
        self.requested: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        if not spider.start_urls_given:  # before the crawl's state opens the archive
            paths = [Path(p) for p in crawler.settings.getlist("PORTAL_REGISTRIES")]
            spider.chosen_from(load_registry(paths))
        archive = Path(crawler.settings.get("ARCHIVE_DB"))
        check_archive(archive)
        check_captures(archive, warc_dir(crawler.settings))
        spider.detection = crawler.settings.getbool("PLATFORM_DETECTION", True)
        spider.refresh_since = refresh_since(spider.refresh, today())
        spider.stale_margin = crawler.settings.getint("STALE_PAGES_MARGIN", 2)
        return spider

    @cached_property
    def crawl_state(self) -> CrawlState:
        """The crawl's state (crawler/state.py): the registry, the archive's memory, counters."""
        return self.crawler.get_extension(CrawlState)

    def targets(self) -> Iterator[tuple[str, str]]:
        """(portal id, start URL) pairs this run crawls."""
        for url in self.start_urls_given:
            host = urlsplit(url).netloc
            known = [
                p for p in self.crawl_state.registry.values() if urlsplit(p.url).netloc == host
            ]
            yield (known[0].id if known else portal_id_for(url)), url
        if self.start_urls_given:
            return
        for portal in self.chosen_portals():
            for url in portal.start_urls or (portal.url,):
                yield portal.id, url

    def chosen_portals(self) -> list[Portal]:
        """The registry portals named by -a portal / -a portals (all = every active one)."""
        return self.chosen_from(self.crawl_state.registry)

    def chosen_from(self, registry: dict[str, Portal]) -> list[Portal]:
        """The portals of a registry named by -a portal / -a portals; raises BadInput for an id
        it does not know."""
        if self.portal_ids == ["all"]:
            return [p for p in registry.values() if p.status == ACTIVE]
        unknown = [i for i in self.portal_ids if i not in registry]
        if unknown:
            raise BadInput(
                f"-a portal(s): not in the registry: {', '.join(unknown)}; list the known "
                "portals with: python -m crawler.registry"
            )
        return [registry[i] for i in self.portal_ids]

    async def start(self) -> AsyncIterator[Request]:
        for portal_id, url in self.targets():
            self.crawl_state.begin(
                portal_id
            )  # a portal whose start page fails still gets a crawls row
            self.crawl_state.discover(portal_id, url)
            meta = {"portal": portal_id, "scope": crawl_scope(url), "start": url}
            request = self.page_request(url, meta)
            yield rendered(request) if self.renders(portal_id) else request
            for article in self.crawl_state.memory.refreshed(
                urlsplit(url).netloc, self.refresh_since
            ):
                refresh = {"portal": portal_id, "scope": meta["scope"], "known": True}
                yield self.page_request(article, refresh)

    def page_request(self, url: str, meta: dict[str, Any]) -> Request:
        """A request for a page (ConditionalRequestMiddleware makes it conditional when an
        earlier run captured the page; a 304 answer is then read from that capture)."""
        return Request(url, callback=self.parse, errback=self.failed, meta=meta)

    def unchanged(self, response: Response) -> Response:
        """The captured page standing in for a 304 Not Modified answer (its status stays 304,
        so that it is not captured again)."""
        stored = self.crawl_state.replay(canonical_url(response.url))
        headers = {k: v for k, v in stored.headers}
        return HtmlResponse(
            response.url,
            status=HTTPStatus.NOT_MODIFIED,
            headers=headers,
            body=stored.body,
            request=response.request,
        )

    def start_page(self, tree: HtmlElement, meta: dict[str, Any]) -> Iterator[Request]:
        """What a crawl learns from its start page before anything else of the site: the
        site's name, family and province (for a portal the registry does not know), and, from a
        home page, its sitemaps."""
        if self.crawl_state.is_discovered(meta["portal"]):
            self.crawl_state.identify(meta["portal"], site_identity(tree))
        if meta["scope"].endswith("/"):
            start = meta["start"]
            yield self.discovery(urljoin(start, ROBOTS_PATH), self.parse_robots, meta)
            yield self.discovery(urljoin(start, SITEMAP_PATH), self.parse_sitemap, meta)

    def discovery(self, url: str, callback: Any, meta: dict[str, Any]) -> Request:
        """A request for a robots.txt, sitemap or feed: one that is missing is no error."""
        kept = {"portal": meta["portal"], "scope": meta["scope"]}
        return Request(url, callback=callback, errback=self.skipped, meta=kept)

    def skipped(self, failure: Failure) -> None:
        """Logs a robots.txt, sitemap or feed that could not be fetched (most sites have none)."""
        self.logger.debug("no %s: %s", failure.request.url, failure.getErrorMessage())

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """Follows the sitemaps a robots.txt declares."""
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self.discovery(url, self.parse_sitemap, response.meta)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Follows the pages of a sitemap and the sitemaps of a sitemap index."""
        try:
            sitemap = Sitemap(response.body)
            entries = list(sitemap)
        except (XMLSyntaxError, StopIteration):  # an empty body or no XML at all
            return
        if sitemap.type not in ("urlset", "sitemapindex"):
            return
        for entry in entries:
            if sitemap.type == "sitemapindex":
                url = urljoin(response.url, entry["loc"])
                yield self.discovery(url, self.parse_sitemap, response.meta)
            else:
                yield from self.follow([entry["loc"]], response)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """Follows the pages an RSS or Atom feed lists."""
        if not isinstance(response, TextResponse):
            return
        selector = response.selector
        selector.remove_namespaces()
        yield from self.follow(selector.xpath(FEED_LINKS_XPATH).getall(), response)

    def follow(self, hrefs: list[str], response: Response) -> Iterator[Request]:
        """Requests the pages of a sitemap or feed that lie within the crawl's scope and are not
        archived already."""
        meta = {"portal": response.meta["portal"], "scope": response.meta["scope"]}
        urls = (follow_url(href, response.url) for href in hrefs)
        urls = (u for u in urls if u and in_scope(u, meta["scope"]))
        yield from self.requests_for(urls, meta, response)

    def parse(self, response: Response) -> Iterator[Request | PageItem]:
        """Reads a page (read_page); one that breaks the reading is recorded, never lost."""
        try:
            yield from self.read_page(response)
        except Exception as error:  # a hostile page must not vanish unrecorded
            portal_id = response.meta["portal"]
            message = f"page could not be read: {error!r}"
            self.crawl_state.record_error(portal_id, response.url, message)

    def read_page(self, response: Response) -> Iterator[Request | PageItem]:
        """Reads a page once (decoded, typed, its family found): hands an article page to the
        pipeline with that reading, and follows the links of the other pages that lie within
        the crawl's scope (the whole site from a home page, else the start section)."""
        portal_id = response.meta["portal"]
        self.crawl_state.count(portal_id, "pages")
        if response.status == HTTPStatus.NOT_MODIFIED:
            self.crawl_state.count(portal_id, "unchanged")
            try:
                response = self.unchanged(response)
            except BadInput as error:  # its capture was damaged after the run began
                self.crawl_state.record_error(portal_id, response.url, str(error))
                return
        if not isinstance(response, HtmlResponse):
            response = as_html(response)
        if not isinstance(response, HtmlResponse):  # an image or file linked as a page
            self.crawl_state.count(portal_id, "not_html")
            yield CaptureItem(portal_id, fetched(response))
            return
        charset = http_content_type_encoding(response.headers.get("Content-Type", b"").decode())
        html = page_text(response.body, charset)
        try:
            tree = parse_page(html)
        except LimitExceeded as error:
            self.crawl_state.record_error(portal_id, response.url, str(error))
            return
        if tree is None:
            self.crawl_state.record_error(portal_id, response.url, "page has no parseable HTML")
            return
        url = response.url
        if "start" in response.meta:
            yield from self.start_page(tree, response.meta)
        adapter = detect(tree) if self.detection else GENERIC
        reading = read_page(tree, url, adapter)
        if reading.disagreement:
            self.crawl_state.count(portal_id, "disagreements")
        if reading.kind == ARTICLE:
            item = PageItem(url, portal_id, fetched(response), html, reading.platform)
            yield from self.next_attachment(item, attachment_links(tree, url))
            return
        if reading.kind == OTHER and response.meta.get(HEADLINE):
            self.crawl_state.record_error(portal_id, url, NOT_READ)
        yield CaptureItem(portal_id, fetched(response))
        if in_scope(url, response.meta["scope"]):
            yield from self.listing(response, tree, adapter, reading.kind == LISTING)

    def listing(
        self, response: Response, tree: HtmlElement, adapter: Adapter, listed: bool
    ) -> Iterator[Request]:
        """Follows a listing's (or another page's) links, its pages first: pager links, form
        posts (__doPostBack, pager buttons) and list calls are steps of the same listing,
        which the depth limit does not count; a listing's (listed) headline links are marked
        as news items (HEADLINE)."""
        portal_id, url = response.meta["portal"], response.url
        incremental = self.crawl_state.memory.knows_site(urlsplit(url).netloc)
        headlines = headline_links(tree, url, adapter)
        stale = incremental and bool(headlines) and all(self.is_known(h) for h in headlines)
        depth = response.meta.get("stale", 0) + 1 if stale else 0
        if depth > self.stale_margin:  # the section's newest pages were all archived already
            return
        meta = {"portal": portal_id, "scope": response.meta["scope"], "stale": depth}
        pages = pager_links(tree, url)
        steps = [p for p in pages if not beyond_next_page(p, url)] if incremental else pages
        yield from self.requests_for(steps, {**meta, LISTING_STEP: True}, response)
        taken = set(map(canonical_url, headlines + pages))  # incremental: newest first, one by one
        links = page_links(tree, url)
        if len(links) > PAGE_MAX_LINKS:  # a link bomb, not a listing
            message = f"{len(links):,} links, only the first {PAGE_MAX_LINKS:,} followed"
            self.crawl_state.record_error(portal_id, url, message)
        others = [link for link in links[:PAGE_MAX_LINKS] if canonical_url(link) not in taken]
        response.meta[SHOWN] = frozenset(map(canonical_url, headlines + others))
        yield from self.requests_for(headlines, {**meta, HEADLINE: listed}, response)
        render = self.renders(portal_id)
        yield from self.requests_for(others, {**meta, "render": render}, response)
        yield from postbacks(response, tree, self.posted, {**meta, LISTING_STEP: True})
        yield from form_pages(response, tree, self.posted, {**meta, LISTING_STEP: True})
        for call in list_calls(tree, url, adapter):
            if call.key not in self.calls:  # a site-wide script calls it from every page
                self.calls.add(call.key)
                yield self.list_call(call, {**meta, LISTING_STEP: True})
        for feed in feed_links(tree, url):
            yield self.discovery(feed, self.parse_feed, meta)

    def renders(self, portal_id: str) -> bool:
        """True when the portal's listings render only in a browser (registry render_listings)."""
        portal = self.crawl_state.registry.get(portal_id)
        return portal is not None and portal.render_listings

    def list_call(self, call: Call, meta: dict[str, Any]) -> Request:
        """The request of one page of a list that a script fetches (a JSON or POST call); its
        answer's article links are followed, then the next page asked for."""
        headers = {"X-Requested-With": "XMLHttpRequest"}
        if call.content_type:
            headers["Content-Type"] = call.content_type
        return Request(
            call.url,
            method=call.method,
            body=call.body or None,
            headers=headers,
            callback=self.parse_list_answer,
            errback=self.failed,
            meta={**meta, "call": call},
            dont_filter=True,
        )

    def parse_list_answer(self, response: Response) -> Iterator[Request]:
        """Follows the article links of a list call's answer and asks for the next page until
        an answer brings no new link or the list's last page (as the page's script or the
        answer counts them) is reached; an answer that is no list ends that list, and is a
        recorded error for a call the family declares (the rest of the portal goes on)."""
        call, portal_id = response.meta["call"], response.meta["portal"]
        self.crawl_state.count(portal_id, "pages")
        text = response.text if isinstance(response, TextResponse) else ""
        links = answer_links(text, call)
        if links is None:
            if call.declared:  # a call read off a script may be no list call at all
                message = f"list call page {call.page}: not a list"
                self.crawl_state.record_error(portal_id, call.url, message)
            return
        response.meta[SHOWN] = frozenset(map(canonical_url, links))
        fresh = [link for link in links if canonical_url(link) not in self.listed]
        self.listed.update(map(canonical_url, fresh))
        meta = {k: response.meta[k] for k in ("portal", "scope", "stale")}
        yield from self.requests_for(fresh, meta, response)
        following = call.next(answer_last_page(text))
        going = fresh or (links and call.page == call.first_page)  # page 1 may be in the HTML
        if going and following is not None:
            yield self.list_call(following, {**meta, LISTING_STEP: True})

    def requests_for(
        self, urls: Iterable[str], meta: dict[str, Any], response: Response
    ) -> Iterator[Request]:
        """Requests for urls found on response, leaving out the articles an earlier run
        archived (counted as known), and marking those fetched again to see whether they changed
        or vanished. A URL the run asked for already, at this depth or a shallower one, is left
        out here: Scrapy's duplicate filter (or depth limit) would drop it, after the cost of
        making the request and passing it through every middleware (a site's menus and pagers
        link the same pages from every page)."""
        depth = response.meta.get("depth", 0) + (0 if meta.get(LISTING_STEP) else 1)
        for url in urls:
            if self.is_known(url):
                self.crawl_state.saw_known(meta["portal"], url)
                continue
            key = canonical_url(url)
            if self.requested.get(key, depth + 1) <= depth:
                continue
            self.requested[key] = depth
            known = url in self.crawl_state.memory.articles
            request = self.page_request(url, {**meta, "known": known})
            yield rendered(request) if meta.get("render") else request

    def is_known(self, url: str) -> bool:
        """True for an article archived by an earlier run that this run does not fetch again."""
        return self.crawl_state.memory.is_known(url, self.refresh_since)

    def next_attachment(self, item: PageItem, pending: list[str]) -> Iterator[Request | PageItem]:
        """Fetches an article's attachments one after another, then hands the article on with
        them, so that the pipeline archives the article and its documents together."""
        fetched_bytes = sum(len(d.fetched.body) for d in item.attachments if d.fetched)
        if pending and (
            len(item.attachments) >= ATTACHMENTS_MAX or fetched_bytes > ATTACHED_MAX_BYTES
        ):
            message = (
                f"attachments: {len(pending)} more not fetched (at most {ATTACHMENTS_MAX} files "
                f"or {ATTACHED_MAX_BYTES:,} bytes per article)"
            )
            self.crawl_state.record_error(item.portal_id, item.url, message)
            pending = []
        if not pending:
            yield item
            return
        meta = {
            "portal": item.portal_id,
            "item": item,
            "pending": pending[1:],
            "download_maxsize": ATTACHMENT_MAX_BYTES,
            # a chain of attachments is no deeper in the site than its article (DEPTH_LIMIT)
            "depth_reset": True,
        }
        yield Request(
            pending[0],
            callback=self.parse_attachment,
            errback=self.attachment_failed,
            meta=meta,
            dont_filter=True,
        )

    def parse_attachment(self, response: Response) -> Iterator[Request | PageItem]:
        """Keeps a fetched attachment with its article and goes on to the next one."""
        item = response.meta["item"]
        item.attachments.append(Download(response.url, fetched(response)))
        yield from self.next_attachment(item, response.meta["pending"])

    def attachment_failed(self, failure: Failure) -> Iterator[Request | PageItem]:
        """Records an attachment that could not be fetched (too large, missing, refused) and
        goes on: the article is archived without it."""
        request = failure.request
        item = request.meta["item"]
        message = failure.getErrorMessage() or failure.type.__name__
        self.crawl_state.record_error(item.portal_id, asked_for(request), f"attachment: {message}")
        item.attachments.append(Download(asked_for(request), None, error=message))
        yield from self.next_attachment(item, request.meta["pending"])

    def failed(self, failure: Failure) -> Iterator[VanishedItem]:
        """Records a request that failed (HTTP error, timeout, refused connection); an archived
        article that the portal no longer serves is marked vanished instead."""
        request = failure.request
        response = getattr(failure.value, "response", None)
        if request.meta.get("known") and response is not None and response.status in GONE_STATUSES:
            yield VanishedItem(request.url, request.meta["portal"], response.status)
            return
        message = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()
        message = message or failure.type.__name__
        self.crawl_state.record_error(request.meta["portal"], asked_for(request), message)
