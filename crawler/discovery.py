"""Scrapy pieces of discovery: listing steps the depth limit does not count (and the bounds of
a listing's chain), a duplicate filter by URL identity, lists paged by form posts
(__doPostBack), listings rendered in Chromium."""

from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import FormRequest, Response
from scrapy.spidermiddlewares.depth import DepthMiddleware

from crawler.state import CrawlState
from extract.links import PAGER_TEXT, canonical_url

# Meta key of a request for another page of the same listing (next page, page N, form post, list
# call): it keeps its listing's depth, so that DEPTH_LIMIT counts link hops, not pages of a list
LISTING_STEP = "listing_step"
# Meta keys of a listing step: the section it belongs to (the URL of the chain's first page) and
# how many pages of the chain in a row, up to the one it came from, brought no new link
SECTION = "listing_section"
BARREN = "listing_barren"
# Meta key the spider sets on a listing page (or list answer): the identity keys of the links it
# shows besides its own pager, whether or not they are asked for again
SHOWN = "listing_shown"
# Defaults of the settings LISTING_BARREN_PAGES and LISTING_MAX_PAGES (crawler/settings.py):
# pages in a row that bring no link their section has not shown before, after which a chain of
# listing pages is left (pages past a list's end that still link a "next" one, a pager that
# repeats its last page; a real list's pages each bring new articles); the most pages of one
# section followed whatever they bring (a section of 20 000 articles at 10 a page; past it the
# chain is a trap, each page a fresh set of links), recorded as an error
LISTING_BARREN_PAGES = 3
LISTING_MAX_PAGES = 2_000
# Stats keys: chains left after LISTING_BARREN_PAGES pages with nothing new, sections cut at
# LISTING_MAX_PAGES
BARREN_STAT = "listing/barren_stops"
CAPPED_STAT = "listing/capped_sections"
# An ASP.NET WebForms postback link, e.g. "javascript:__doPostBack('ctl00$Main$Pager','Page$2')"
POSTBACK = re.compile(r"__doPostBack\(\s*['\"]([^'\"]*)['\"]\s*,\s*['\"]([^'\"]*)['\"]\s*\)")
# The form a WebForms page posts back: the one carrying the page's view state
POSTBACK_FORM = "//form[.//input[@name='__VIEWSTATE' or @name='__EVENTTARGET']]"
# A form's buttons that submit it, e.g. <input type="submit" name="next" value="Trang sau">,
# <button name="trang" value="3">3</button>
SUBMIT_BUTTONS = (
    ".//input[@type='submit' or @type='image'] | .//button[not(@type) or @type='submit']"
)
# Debian's Chromium (apt package chromium), the only browser the crawl ever drives
CHROMIUM = "/usr/bin/chromium"

logger = logging.getLogger(__name__)


@dataclass
class Section:
    """What the crawl has seen of one section's listing: the links its pages showed and the
    pages of it asked for (URL identity and body, for form posts)."""

    links: set[str] = field(default_factory=set)
    pages: set[tuple[str, bytes]] = field(default_factory=set)
    capped: bool = False


def step_key(request: Request) -> tuple[str, bytes]:
    """A listing page's identity: its URL's (tracking parameters aside) and its form body."""
    return canonical_url(request.url), request.body or b""


class ListingDepthMiddleware(DepthMiddleware):
    """Scrapy's depth middleware, except that a listing step (LISTING_STEP) keeps the depth of
    the page it came from and is not dropped by DEPTH_LIMIT: a section's chain of "next" pages
    is followed to its end, which is where its pages stop bringing new links
    (LISTING_BARREN_PAGES in a row), or LISTING_MAX_PAGES pages of the section at most."""

    sections: defaultdict[str, Section]
    barren_pages: int
    max_pages: int

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ListingDepthMiddleware:
        middleware = super().from_crawler(crawler)
        settings = crawler.settings
        middleware.barren_pages = settings.getint("LISTING_BARREN_PAGES", LISTING_BARREN_PAGES)
        middleware.max_pages = settings.getint("LISTING_MAX_PAGES", LISTING_MAX_PAGES)
        middleware.sections = defaultdict(Section)
        return middleware

    def process_spider_output(
        self, response: Response | None, result: Iterable[Any], spider: Any = None
    ) -> Iterable[Any]:
        outputs = list(result)
        self.weigh(response, outputs)
        yield from super().process_spider_output(response, outputs)

    async def process_spider_output_async(
        self, response: Response | None, result: AsyncIterator[Any], spider: Any = None
    ) -> AsyncIterator[Any]:
        outputs = [output async for output in result]
        self.weigh(response, outputs)
        for output in super().process_spider_output(response, outputs):
            yield output

    def weigh(self, response: Response | None, outputs: list[Any]) -> None:
        """Notes in a listing page's meta how many pages of its chain in a row, itself
        included, showed no link new to its section (SHOWN)."""
        requests = [o for o in outputs if isinstance(o, Request)]
        if response is None or not any(r.meta.get(LISTING_STEP) for r in requests):
            return
        section = self.sections[response.meta.get(SECTION) or canonical_url(response.url)]
        links = response.meta.get(SHOWN, frozenset())
        fresh = bool(links - section.links)
        section.links |= links
        barren = 0 if fresh else response.meta.get(BARREN, 0) + 1
        response.meta[BARREN] = barren
        if barren >= self.barren_pages:
            self.stats.inc_value(BARREN_STAT)
            logger.info("%s: %d pages without a new link, its listing left", response.url, barren)

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is None or not request.meta.pop(LISTING_STEP, False):
            return super().get_processed_request(request, response)
        name = response.meta.get(SECTION) or canonical_url(response.url)
        section, barren = self.sections[name], response.meta.get(BARREN, 0)
        if barren >= self.barren_pages:
            return None
        key = step_key(request)
        if key not in section.pages and len(section.pages) >= self.max_pages:
            self.capped(name, section, request)
            return None
        section.pages.add(key)
        request.meta.update({"depth": response.meta["depth"], SECTION: name, BARREN: barren})
        return request

    def capped(self, name: str, section: Section, request: Request) -> None:
        """Counts and records (once per section) a section cut at LISTING_MAX_PAGES pages."""
        if section.capped:
            return
        section.capped = True
        self.stats.inc_value(CAPPED_STAT)
        message = (
            f"listing: {self.max_pages:,} pages of section {name} followed, the rest left "
            "(LISTING_MAX_PAGES); a longer list is a trap or needs a higher setting"
        )
        state = self.crawler.get_extension(CrawlState)
        state.record_error(request.meta.get("portal", ""), request.url, message)


class IdentityFingerprinter:
    """Request fingerprints by URL identity (extract.links.canonical_url: tracking parameters
    aside), method and body, so that a URL written two ways is fetched once."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> IdentityFingerprinter:
        return cls()

    def fingerprint(self, request: Request) -> bytes:
        """The request's identity as SHA-1 bytes."""
        key = b"\0".join([request.method.encode(), canonical_url(request.url).encode()])
        return hashlib.sha1(key + b"\0" + (request.body or b"")).digest()


def postbacks(
    response: Response, tree: HtmlElement, posted: set[tuple[str, str, str]], meta: dict[str, Any]
) -> Iterator[Request]:
    """The form posts a WebForms page's pager links make (__doPostBack with __EVENTTARGET and
    __EVENTARGUMENT), each target and argument of a page posted once (posted keeps them)."""
    if not tree.xpath(POSTBACK_FORM):
        return
    for anchor in tree.iter("a"):
        found = POSTBACK.search(anchor.get("href") or anchor.get("onclick") or "")
        if found is None or not PAGER_TEXT.match(anchor.text_content().strip()):
            continue
        key = (canonical_url(response.url), found.group(1), found.group(2))
        if key in posted:
            continue
        posted.add(key)
        yield FormRequest.from_response(
            response,
            formxpath=POSTBACK_FORM,
            formdata={"__EVENTTARGET": found.group(1), "__EVENTARGUMENT": found.group(2)},
            dont_click=True,
            callback=response.request.callback,
            errback=response.request.errback,
            meta={**meta, "postback": key},
            dont_filter=True,
        )


def form_pages(
    response: Response, tree: HtmlElement, posted: set[tuple[str, str, str]], meta: dict[str, Any]
) -> Iterator[Request]:
    """The submissions of a page's forms that a pager button makes (a submit button or input
    whose label is a pager's: "2", "Trang sau", "»"), each form, name and value once."""
    for number, form in enumerate(tree.xpath("//form")):
        for button in form.xpath(SUBMIT_BUTTONS):
            label = (button.get("value") if button.tag == "input" else button.text_content()) or ""
            if not PAGER_TEXT.match(label.strip()) or not button.get("name"):
                continue
            name, value = button.get("name"), button.get("value") or ""
            key = (canonical_url(response.url), f"form {number} {name}", value)
            if key in posted:
                continue
            posted.add(key)
            yield FormRequest.from_response(
                response,
                formnumber=number,
                clickdata={"name": name, "value": value},
                callback=response.request.callback,
                errback=response.request.errback,
                meta={**meta, "postback": key},
                dont_filter=True,
            )


def rendered(request: Request) -> Request:
    """The request, fetched through Chromium (scrapy-playwright) so that a listing built by
    script shows its links."""
    return request.replace(meta={**request.meta, "playwright": True})
