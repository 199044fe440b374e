"""The calls a family's listing pages make by script for their further pages (JSON or POST
endpoints, declared by the family's adapter), and the article links their answers hold."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from extract.links import follow_url, unique
from extract.platforms.base import Adapter, ListCall, select

# Keys of a JSON answer's records that hold an article's address, e.g. {"Url": "/tin-1.html"}
URL_KEYS = frozenset({"url", "link", "href", "path", "friendlyurl", "articleurl", "detailurl"})
# The most pages of one list asked for, so that an endpoint that never ends cannot trap a crawl
CALL_PAGES_MAX = 2000


@dataclass(frozen=True)
class Call:
    """One page of a list call: the declared call, the values the page gave it, the page."""

    spec: ListCall
    page_url: str
    values: tuple[tuple[str, str], ...]
    page: int

    @property
    def url(self) -> str:
        """The endpoint's URL, resolved against the listing page."""
        return urljoin(self.page_url, self.spec.endpoint.format(**dict(self.values)))

    @property
    def method(self) -> str:
        """The call's HTTP method (POST for the families known)."""
        return self.spec.method

    @property
    def content_type(self) -> str:
        """The Content-Type of the call's body."""
        return self.spec.content_type

    @property
    def body(self) -> str:
        """The call's body for its page, e.g. '{"menuId": "12", "pageIndex": 2}'."""
        return self.spec.body.format(page=self.page, **dict(self.values))

    def next(self) -> Call | None:
        """The call for the list's next page (None past CALL_PAGES_MAX)."""
        return replace(self, page=self.page + 1) if self.page < CALL_PAGES_MAX else None


def list_calls(tree: HtmlElement, page_url: str, adapter: Adapter) -> list[Call]:
    """The first further page of each list call the family declares and the page configures
    (its marker element present, with every attribute the call needs)."""
    calls = []
    for spec in adapter.list_calls:
        for marker in select(tree, spec.marker):
            values = {name: marker.get(attribute) for name, attribute in spec.fields}
            if all(values.values()):
                calls.append(Call(spec, page_url, tuple(values.items()), spec.first_page))
    return calls


def strings_and_urls(value: Any) -> Iterator[tuple[str, bool]]:
    """Every string of a JSON value, each with whether a URL key holds it."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                yield item, str(key).lower() in URL_KEYS
            else:
                yield from strings_and_urls(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_and_urls(item)
    elif isinstance(value, str):
        yield value, False


def fragment_hrefs(html: str) -> list[str]:
    """The link targets of an HTML fragment, e.g. '<li><a href="/tin-1.html">…</a></li>'."""
    try:
        return [a.get("href") or "" for a in lxml.html.fragment_fromstring(html, "div").iter("a")]
    except (ParserError, ValueError):
        return []


def answer_links(text: str, call: Call) -> list[str] | None:
    """The same-site page links a list call's answer holds (in HTML fragments, JSON records or
    a bare HTML answer), as written; [] for an empty list, None for an answer that is no list."""
    try:
        data = json.loads(text)
    except ValueError:
        return (
            unique([follow_url(h, call.url) for h in fragment_hrefs(text)])
            if "<a" in text
            else None
        )
    if not isinstance(data, dict | list):
        return None
    hrefs: list[str] = []
    for string, is_url in strings_and_urls(data):
        if is_url:
            hrefs.append(string)
        elif "<a" in string:
            hrefs += fragment_hrefs(string)
    return unique([follow_url(h, call.url) for h in hrefs])
