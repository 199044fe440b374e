"""The `portal` spider: crawls a government portal's sections and hands its article pages on."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from functools import cached_property
from http import HTTPStatus
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

from crawler.clock import now, today
from crawler.items import CaptureItem, Download, Fetched, PageItem, VanishedItem
from crawler.memory import GONE_STATUSES, refresh_since
from crawler.registry import ACTIVE, Portal
from crawler.state import CrawlState
from extract.article import is_article, parse_page
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
)
from extract.places import locate
from extract.platforms import GENERIC, detect
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
            raise ValueError("give -a start_url=URL[,URL…], -a portal=ID or -a portals=all|ID,ID")
        self.start_urls_given = [canonical_url(u) for u in (start_url or "").split(",") if u]
        self.portal_ids = [portal] if portal else (portals or "").split(",")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
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
                yield portal.id, canonical_url(url)

    def chosen_portals(self) -> list[Portal]:
        """The registry portals named by -a portal / -a portals (all = every active one)."""
        registry = self.crawl_state.registry
        if self.portal_ids == ["all"]:
            return [p for p in registry.values() if p.status == ACTIVE]
        unknown = [i for i in self.portal_ids if i not in registry]
        if unknown:
            raise ValueError(f"not in the registry: {', '.join(unknown)}")
        return [registry[i] for i in self.portal_ids]

    async def start(self) -> AsyncIterator[Request]:
        for portal_id, url in self.targets():
            self.crawl_state.begin(
                portal_id
            )  # a portal whose start page fails still gets a crawls row
            self.crawl_state.discover(portal_id, url)
            meta = {"portal": portal_id, "scope": crawl_scope(url), "start": url}
            yield self.page_request(url, meta)
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
        yield from self.requests_for((u for u in urls if u and in_scope(u, meta["scope"])), meta)

    def parse(self, response: Response) -> Iterator[Request | PageItem]:
        """Hands article pages to the pipeline and follows the links of the other pages that lie
        within the crawl's scope (the whole site from a home page, else the start section)."""
        portal_id = response.meta["portal"]
        self.crawl_state.count(portal_id, "pages")
        if response.status == HTTPStatus.NOT_MODIFIED:
            self.crawl_state.count(portal_id, "unchanged")
            response = self.unchanged(response)
        if not isinstance(response, HtmlResponse):  # an image or file linked as a page
            self.crawl_state.count(portal_id, "not_html")
            return
        try:
            tree = parse_page(response.text)
        except LimitExceeded as error:
            self.crawl_state.record_error(portal_id, response.url, str(error))
            return
        if tree is None:
            self.crawl_state.record_error(portal_id, response.url, "page has no parseable HTML")
            return
        url = canonical_url(response.url)
        if "start" in response.meta:
            yield from self.start_page(tree, response.meta)
        if is_article(tree, url, detect(tree) if self.detection else GENERIC):
            page = fetched(response)
            item = PageItem(url, portal_id, page, http_content_type_encoding(page.content_type))
            yield from self.next_attachment(item, attachment_links(tree, url))
            return
        yield CaptureItem(portal_id, fetched(response))
        if not in_scope(url, response.meta["scope"]):
            return
        incremental = self.crawl_state.memory.knows_site(urlsplit(url).netloc)
        headlines = headline_links(tree, url, detect(tree) if self.detection else GENERIC)
        stale = incremental and bool(headlines) and all(self.is_known(h) for h in headlines)
        depth = response.meta.get("stale", 0) + 1 if stale else 0
        if depth > self.stale_margin:  # the section's newest pages were all archived already
            return
        meta = {"portal": portal_id, "scope": response.meta["scope"], "stale": depth}
        links = page_links(tree, url)
        if incremental:  # newest first, one page at a time
            links = [link for link in links if not beyond_next_page(link, url)]
        yield from self.requests_for(links, meta)
        for feed in feed_links(tree, url):
            yield self.discovery(feed, self.parse_feed, meta)

    def requests_for(self, urls: Iterable[str], meta: dict[str, Any]) -> Iterator[Request]:
        """Requests for urls, leaving out the articles an earlier run archived (counted as
        known), and marking those fetched again to see whether they changed or vanished."""
        for url in urls:
            if self.is_known(url):
                self.crawl_state.saw_known(meta["portal"], url)
            else:
                yield self.page_request(
                    url, {**meta, "known": url in self.crawl_state.memory.articles}
                )

    def is_known(self, url: str) -> bool:
        """True for an article archived by an earlier run that this run does not fetch again."""
        return self.crawl_state.memory.is_known(url, self.refresh_since)

    def next_attachment(self, item: PageItem, pending: list[str]) -> Iterator[Request | PageItem]:
        """Fetches an article's attachments one after another, then hands the article on with
        them, so that the pipeline archives the article and its documents together."""
        if not pending:
            yield item
            return
        meta = {
            "portal": item.portal_id,
            "item": item,
            "pending": pending[1:],
            "download_maxsize": ATTACHMENT_MAX_BYTES,
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
        self.crawl_state.record_error(item.portal_id, request.url, f"attachment: {message}")
        item.attachments.append(Download(request.url, None, error=message))
        yield from self.next_attachment(item, request.meta["pending"])

    def failed(self, failure: Failure) -> Iterator[VanishedItem]:
        """Records a request that failed (HTTP error, timeout, refused connection); an archived
        article that the portal no longer serves is marked vanished instead."""
        request = failure.request
        response = getattr(failure.value, "response", None)
        if request.meta.get("known") and response is not None and response.status in GONE_STATUSES:
            yield VanishedItem(canonical_url(request.url), request.meta["portal"], response.status)
            return
        message = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()
        self.crawl_state.record_error(request.meta["portal"], request.url, message)
