"""The shape of a platform adapter: selectors for each field of a family's pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from cssselect import HTMLTranslator
from lxml.etree import XPath
from lxml.html import HtmlElement


@cache
def compiled(selector: str) -> XPath:
    """A CSS selector translated to XPath and compiled once, e.g. ".edn_articleTitle a"."""
    return XPath(HTMLTranslator().css_to_xpath(selector))


def select(element: HtmlElement, selector: str) -> list[HtmlElement]:
    """The elements a CSS selector finds in or below element (compiled once, see compiled)."""
    return compiled(selector)(element)


@dataclass(frozen=True)
class ListCall:
    """A call that a family's listing page makes (by script) for its list's further pages: a
    POST or JSON endpoint, configured by attributes of a marker element of the page."""

    marker: str
    endpoint: str
    body: str
    fields: tuple[tuple[str, str], ...] = ()
    content_type: str = "application/json; charset=utf-8"
    method: str = "POST"
    first_page: int = 2


@dataclass(frozen=True)
class Adapter:
    """Where one platform family keeps each part of its pages (CSS selectors, first match wins)."""

    name: str
    fingerprints: tuple[str, ...]
    title: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    listing_links: tuple[str, ...] = ()
    article_url: re.Pattern[str] | None = None
    listing_url: re.Pattern[str] | None = None
    list_calls: tuple[ListCall, ...] = ()
    attachments: tuple[str, ...] = field(
        default=("a[href$='.pdf']", "a[href$='.doc']", "a[href$='.docx']")
    )

    def matches(self, tree: HtmlElement) -> bool:
        """True when every fingerprint selector finds something in the page."""
        return bool(self.fingerprints) and all(select(tree, s) for s in self.fingerprints)

    def first(self, tree: HtmlElement, selectors: tuple[str, ...]) -> HtmlElement | None:
        """The first element that one of the selectors finds, trying them in order."""
        for selector in selectors:
            found = select(tree, selector)
            if found:
                return found[0]
        return None
