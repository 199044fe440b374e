"""The `portal` spider: crawls a government portal's sections and hands its article pages on."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils
from lxml.html import HtmlElement
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response
from twisted.python.failure import Failure

from crawler.archive import ensure_portal, now, start_urls_json
from crawler.items import PageItem
from crawler.registry import ACTIVE, Portal, load_registry
from extract.article import is_article, parse_page
from extract.links import canonical_url, crawl_scope, in_scope, page_links
from extract.platforms import detect
from extract.text import clean_line

# What separates a page's own title from the site name in <title>, e.g. "Giới thiệu - CỔNG …"
TITLE_SEPARATOR = re.compile(r"\s+[-|–]\s+")
# Characters of a host that cannot stand in a portal id, e.g. the dots of "127.0.0.2:8765"
ID_GAP = re.compile(r"[^a-z0-9]+")


def portal_id_for(url: str) -> str:
    """A portal id made from a URL's host: "https://www.kyanh.hatinh.gov.vn/" -> "kyanh-hatinh"."""
    host = urlsplit(url).netloc.lower().removeprefix("www.").removesuffix(".gov.vn")
    return ID_GAP.sub("-", host).strip("-")


class PortalSpider(Spider):
    """Crawls one site from a start URL, one registry portal, or every active registry portal."""

    name = "portal"

    def __init__(
        self,
        start_url: str | None = None,
        portal: str | None = None,
        portals: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not (start_url or portal or portals):
            raise ValueError("give -a start_url=URL, -a portal=ID or -a portals=all|ID,ID")
        self.start_url = start_url
        self.portal_ids = [portal] if portal else (portals or "").split(",")
        self.tally: dict[str, Counter[str]] = defaultdict(Counter)
        self.errors: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self.discovered: dict[str, dict[str, Any]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        paths = [Path(p) for p in crawler.settings.getlist("PORTAL_REGISTRIES")]
        spider.registry = load_registry(paths)
        return spider

    def targets(self) -> Iterator[tuple[str, str]]:
        """(portal id, start URL) pairs this run crawls."""
        if self.start_url:
            url = canonical_url(self.start_url)
            host = urlsplit(url).netloc
            known = [p for p in self.registry.values() if urlsplit(p.url).netloc == host]
            yield (known[0].id if known else portal_id_for(url)), url
            return
        chosen = self.chosen_portals()
        for portal in chosen:
            for url in portal.start_urls or (portal.url,):
                yield portal.id, canonical_url(url)

    def chosen_portals(self) -> list[Portal]:
        """The registry portals named by -a portal / -a portals (all = every active one)."""
        if self.portal_ids == ["all"]:
            return [p for p in self.registry.values() if p.status == ACTIVE]
        unknown = [i for i in self.portal_ids if i not in self.registry]
        if unknown:
            raise ValueError(f"not in the registry: {', '.join(unknown)}")
        return [self.registry[i] for i in self.portal_ids]

    async def start(self) -> AsyncIterator[Request]:
        for portal_id, url in self.targets():
            self.tally[portal_id]  # a portal whose start page fails still gets a crawls row
            if portal_id not in self.registry:
                self.discovered[portal_id] = self.discovered_row(portal_id, url, None)
            meta = {"portal": portal_id, "scope": crawl_scope(url)}
            yield Request(url, callback=self.parse, errback=self.failed, meta=meta)

    def parse(self, response: Response) -> Iterator[Request | PageItem]:
        """Hands article pages to the pipeline and follows the links of the other pages that lie
        within the crawl's scope (the whole site from a home page, else the start section)."""
        portal_id = response.meta["portal"]
        self.tally[portal_id]["pages"] += 1
        if not isinstance(response, HtmlResponse):
            return
        tree = parse_page(response.text)
        if tree is None:
            self.record_error(portal_id, response.url, "page has no parseable HTML")
            return
        url = canonical_url(response.url)
        if portal_id in self.discovered and self.tally[portal_id]["pages"] == 1:
            self.discovered[portal_id] = self.discovered_row(portal_id, url, tree)
        if is_article(tree, url, detect(tree)):
            yield PageItem(url=url, portal_id=portal_id, html=response.text, fetched_at=now())
            return
        if not in_scope(url, response.meta["scope"]):
            return
        meta = {"portal": portal_id, "scope": response.meta["scope"]}
        for link in page_links(tree, url):
            yield Request(link, callback=self.parse, errback=self.failed, meta=meta)

    def failed(self, failure: Failure) -> None:
        """Records a request that failed (HTTP error, timeout, refused connection)."""
        request = failure.request
        self.record_error(request.meta["portal"], request.url, failure.getErrorMessage())

    def record_error(self, portal_id: str, url: str, message: str) -> None:
        """Keeps an error for the portal's crawls row and logs it."""
        self.errors[portal_id].append((url, message, now()))
        self.logger.warning("%s: %s", url, message)

    def discovered_row(self, portal_id: str, url: str, home: HtmlElement | None) -> dict[str, Any]:
        """A portals row for a site crawled from a start URL that the registry does not know,
        named after its home page's <title> once that page is in."""
        title = clean_line(home.findtext(".//title") or "") if home is not None else ""
        name = TITLE_SEPARATOR.split(title)[-1]
        return {
            "id": portal_id,
            "name": name or urlsplit(url).netloc,
            "url": url,
            "platform": detect(home).name if home is not None else "unknown",
            "start_urls": start_urls_json([self.start_url or url]),
            "status": ACTIVE,
            "verified": 0,
        }

    def ensure_portal(self, db: sqlite_utils.Database, portal_id: str) -> None:
        """Makes sure a crawled portal has its portals row (registry rows are already there)."""
        if portal_id in self.discovered:
            ensure_portal(db, self.discovered[portal_id])
