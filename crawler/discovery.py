"""Scrapy pieces of discovery: listing steps the depth limit does not count, a duplicate filter
by URL identity, lists paged by form posts (__doPostBack), listings rendered in Chromium."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement
from scrapy import Request
from scrapy.http import FormRequest, Response
from scrapy.spidermiddlewares.depth import DepthMiddleware

from extract.links import PAGER_TEXT, canonical_url

# Meta key of a request for another page of the same listing (next page, page N, form post, list
# call): it keeps its listing's depth, so that DEPTH_LIMIT counts link hops, not pages of a list
LISTING_STEP = "listing_step"
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


class ListingDepthMiddleware(DepthMiddleware):
    """Scrapy's depth middleware, except that a listing step (LISTING_STEP) keeps the depth of
    the page it came from and is never dropped by DEPTH_LIMIT: a section's chain of "next" pages
    is followed to its end."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is None or not request.meta.pop(LISTING_STEP, False):
            return super().get_processed_request(request, response)
        request.meta["depth"] = response.meta["depth"]
        return request


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
