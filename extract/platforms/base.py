"""The shape of a platform adapter: selectors for each field of a family's pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement


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
    attachments: tuple[str, ...] = field(
        default=("a[href$='.pdf']", "a[href$='.doc']", "a[href$='.docx']")
    )

    def matches(self, tree: HtmlElement) -> bool:
        """True when every fingerprint selector finds something in the page."""
        return bool(self.fingerprints) and all(tree.cssselect(s) for s in self.fingerprints)

    def first(self, tree: HtmlElement, selectors: tuple[str, ...]) -> HtmlElement | None:
        """The first element that one of the selectors finds, trying them in order."""
        for selector in selectors:
            found = tree.cssselect(selector)
            if found:
                return found[0]
        return None
