"""The calls listing pages make by script for their further pages (JSON or POST endpoints):
those a family's adapter declares, and those read off a page's own script (an endpoint string
beside a page parameter); and the article links the answers hold."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode, urljoin

import lxml.html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from extract.links import follow_url, same_site, unique
from extract.platforms.base import Adapter, select

# Keys of a JSON answer's records that hold an article's address, e.g. {"Url": "/tin-1.html"},
# Liferay loadPage's {"urlDetail": "…_articleId=880452"} (bacninh.gov.vn, real-portals.md)
URL_KEYS = frozenset(
    {"url", "link", "href", "path", "friendlyurl", "articleurl", "detailurl", "urldetail"}
)
# Keys of a JSON answer that give the list's last page, e.g. {"totalPageNum": 2} (Liferay
# loadPage), {"totalPages": 7}, {"pageCount": 4}
LAST_PAGE_KEYS = frozenset({"totalpagenum", "totalpages", "totalpage", "pagecount", "maxpage"})
# A script's own count of its list's pages, e.g. VNPT ArticleInMenu's "var maxPage =
# parseInt(3)" (real-portals.md), "totalPage: 2", "var pageCount = '12'"
SCRIPT_LAST_PAGE = re.compile(
    r"""\b(?:maxPage|totalPages?|totalPageNum|pageCount)\b['"]?\s*[:=]\s*"""
    r"""(?:parseInt\(\s*)?['"]?(\d+)""",
    re.IGNORECASE,
)
# The most pages of one list asked for, so that an endpoint that never ends cannot trap a crawl
CALL_PAGES_MAX = 2000
# Where a call's page number goes in its URL or body
PAGE_MARK = "{page}"
# A same-site endpoint a script calls, as a string literal: a page method, a handler, an API,
# a JSON file or a Liferay resource call, e.g. "/Services/News.asmx/GetList",
# '/api/tin-tuc?page=', "/web/guest/tin?p_p_id=x&p_p_lifecycle=2&p_p_resource_id=loadPage"
SCRIPT_ENDPOINT = re.compile(
    r"""['"]((?:https?://[^'"\s/]+)?/[^'"\s<>]*?(?:\.aspx/\w+|\.ashx|\.asmx/\w+|api/[^'"\s]*|"""
    r"""\.json|p_p_resource_id=\w+|ajax/[^'"\s]*)[^'"\s<>]*)['"]""",
    re.IGNORECASE,
)
# A URL a script calls, by where it stands: an ajax url option, fetch(), jQuery's post/get, an
# XMLHttpRequest's open(), or a variable named for it, e.g. url: "/tin-tuc/danh-sach",
# fetch('/news/list?page=' + n), var listUrl = "/Home/LoadNews"
SCRIPT_CALL_URL = re.compile(
    r"""(?:\burl\s*:\s*|fetch\(\s*|\$\.(?:post|get|getJSON|ajax)\(\s*|"""
    r"""\.open\(\s*['"](?:GET|POST)['"]\s*,\s*|\b\w*(?:url|Url|URL|endpoint|api)\s*=\s*)"""
    r"""['"]((?:https?://[^'"\s/]+)?/[^'"\s<>]+)['"]""",
)
# The page parameter of a script's call, e.g. pageIndex: page, "PageIndex": 2, pageNum: n
# (Liferay loadPage, bacninh.gov.vn), VNPT LoadArticle's page: page, Liferay's
# _tintuc_WAR_portlet_cur: cur
PAGE_KEY = re.compile(
    r"""['"]?\b((?:\w*_)?(?:page(?:Index|Num(?:ber)?|No)?|currentPage|cur)|p)\b['"]?\s*:""",
    re.IGNORECASE,
)
# A call's parameters written as a query string that ends with the page number's name, the
# number added by the script, e.g. data: "catId=5&pageIndex=" + page, 'p=' + n
QUERY_PAGE = re.compile(
    r"""['"]((?:[\w.-]+=[^'"&\s]*&)*(?:\w*page\w*|p|trang|cur)=)['"]\s*\+""", re.IGNORECASE
)
# A parameter a script's call sends with a literal value, e.g. menuId: 12, "cat": "tin-tuc"
SCRIPT_PARAM = re.compile(r"""['"]?\b(\w+)\b['"]?\s*:\s*(-?\d+|'[^'\n]*'|"[^"\n]*")\s*[,}]""")
# Options of a script's ajax call that are no parameters of the call
AJAX_OPTIONS = frozenset(
    {"type", "url", "method", "contentType", "dataType", "async", "cache", "timeout", "crossDomain"}
)
# A script posting its call, e.g. type: "POST", method: 'post', $.post(
POSTS = re.compile(r"""(type|method)\s*:\s*['"]post['"]|\$\.post\(""", re.IGNORECASE)
# A script sending its parameters as JSON, e.g. JSON.stringify({...}), "application/json"
SENDS_JSON = re.compile(r"JSON\.stringify|application/json", re.IGNORECASE)
# An endpoint written to end with its page parameter, e.g. "/api/tin?cat=3&page="
ENDS_WITH_PAGE = re.compile(r"[?&]\w*?(pageIndex|page|p|trang|cur|pageNumber)=$", re.IGNORECASE)

# A script that sets a configuration object, written as JSON, e.g. "window.__APP_CONFIG__ =
# {…};", "var siteConfig = {…}"
CONFIG_ASSIGNMENT = re.compile(
    r"^\s*(?:window\.|var\s+|let\s+|const\s+)?[\w$.]+\s*=\s*(\{.*\})\s*;?\s*$", re.S
)
# An API endpoint a configuration names, e.g. "/api/v2/posts": script-built portals list their
# news through such APIs (code corpus: tuanna587/svelte_dashboard src/services/posts.js, a JSON
# list of bacgiangtv.vn; Khanhnqps10920/ntv_ui APITemplate.js, "postlist?category=id&page=1")
CONFIG_ENDPOINT = re.compile(r"^(?:https?://[^/\s]+)?/[^\s?#]*\bapi/[^\s?#]+$", re.IGNORECASE)
# The page parameter guessed for a configured endpoint whose script is not on the page: the
# commonest one (as in ntv_ui's "page=1"), e.g. "/api/v2/posts?page=2"
CONFIG_PAGE_PARAM = "page"


@dataclass(frozen=True)
class Call:
    """One page of a list call: URL and body with PAGE_MARK where the page number goes."""

    url_template: str
    body_template: str
    method: str
    content_type: str
    page: int
    first_page: int
    declared: bool
    last_page: int | None = None

    @property
    def url(self) -> str:
        """The call's URL for its page."""
        return self.url_template.replace(PAGE_MARK, str(self.page))

    @property
    def body(self) -> str:
        """The call's body for its page, e.g. '{"menuId": "12", "pageIndex": "2"}'."""
        return self.body_template.replace(PAGE_MARK, str(self.page))

    @property
    def key(self) -> tuple[str, str]:
        """What makes two calls the same list: their URL and body without the page."""
        return self.url_template, self.body_template

    def next(self, last_page: int | None = None) -> Call | None:
        """The call for the list's next page, knowing (when an answer says) the list's last page;
        None past that page or past CALL_PAGES_MAX."""
        last = min(CALL_PAGES_MAX, last_page or self.last_page or CALL_PAGES_MAX)
        return replace(self, page=self.page + 1, last_page=last) if self.page < last else None


def declared_calls(tree: HtmlElement, page_url: str, adapter: Adapter) -> list[Call]:
    """The first further page of each list call the family declares and the page configures
    (its marker element present, with every attribute the call needs)."""
    calls = []
    for spec in adapter.list_calls:
        for marker in select(tree, spec.marker):
            values = {name: marker.get(attribute) for name, attribute in spec.fields}
            if not all(values.values()):
                continue
            url = urljoin(page_url, spec.endpoint.format(**values))
            body = spec.body.format(page=PAGE_MARK, **values)
            calls.append(
                Call(url, body, spec.method, spec.content_type, *[spec.first_page] * 2, True)
            )
    return calls


def script_call(script: str, page_url: str) -> Call | None:
    """The list call a page's script makes, when it names a same-site endpoint and a page
    parameter: its literal parameters kept, the page number put in place of the script's."""
    endpoint = SCRIPT_ENDPOINT.search(script) or SCRIPT_CALL_URL.search(script)
    if endpoint is None:
        return None
    url = urljoin(page_url, endpoint.group(1))
    if not same_site(url, page_url):
        return None
    if ENDS_WITH_PAGE.search(url):
        return Call(url + PAGE_MARK, "", "GET", "", 1, 1, False)
    query = QUERY_PAGE.search(script, endpoint.end())
    if query is not None:
        return query_call(url, query.group(1), bool(POSTS.search(script)))
    key = PAGE_KEY.search(script, endpoint.end()) or PAGE_KEY.search(script)
    if key is None:
        return None
    params: dict[str, Any] = {
        name: json.loads(value) if value[0] != "'" else value[1:-1]
        for name, value in SCRIPT_PARAM.findall(script)
        if name not in AJAX_OPTIONS and name != key.group(1) and value[1:-1] != endpoint.group(1)
    }
    params[key.group(1)] = PAGE_MARK
    counted = SCRIPT_LAST_PAGE.search(script)
    last = int(counted.group(1)) if counted else None
    if not POSTS.search(script):
        joiner = "&" if "?" in url else "?"
        return Call(
            url + joiner + urlencode(params).replace("%7Bpage%7D", PAGE_MARK),
            "",
            "GET",
            "",
            1,
            1,
            False,
            last,
        )
    if SENDS_JSON.search(script):
        body = json.dumps(params, ensure_ascii=False)
        return Call(url, body, "POST", "application/json; charset=utf-8", 1, 1, False, last)
    body = urlencode(params).replace("%7Bpage%7D", PAGE_MARK)
    return Call(url, body, "POST", "application/x-www-form-urlencoded", 1, 1, False, last)


def config_calls(script: str, page_url: str) -> list[Call]:
    """The list calls a script's configuration object names, when the script that makes them
    is elsewhere (a bundle): each same-site API endpoint of it that is no prefix of another
    (a base such as "/api/v2"), asked page by page with ?page=N."""
    assigned = CONFIG_ASSIGNMENT.match(script)
    if assigned is None:
        return []
    try:
        config = json.loads(assigned.group(1))
    except ValueError:
        return []
    endpoints = {v for v, _ in strings_and_urls(config) if CONFIG_ENDPOINT.match(v)}
    calls = []
    for endpoint in sorted(endpoints):
        url = urljoin(page_url, endpoint)
        if any(o != endpoint and o.startswith(endpoint + "/") for o in endpoints):
            continue
        if same_site(url, page_url):
            template = f"{url}?{CONFIG_PAGE_PARAM}={PAGE_MARK}"
            calls.append(Call(template, "", "GET", "", 1, 1, False))
    return calls


def query_call(url: str, query: str, posts: bool) -> Call:
    """The list call whose parameters a script writes as a query string ending with the page
    number's name: posted as a form, or added to the URL."""
    if posts:
        return Call(
            url, query + PAGE_MARK, "POST", "application/x-www-form-urlencoded", 1, 1, False
        )
    joiner = "&" if "?" in url else "?"
    return Call(url + joiner + query + PAGE_MARK, "", "GET", "", 1, 1, False)


def list_calls(tree: HtmlElement, page_url: str, adapter: Adapter) -> list[Call]:
    """The list calls of a page: its family's declared ones, else those its scripts make."""
    declared = declared_calls(tree, page_url, adapter)
    if declared:
        return declared
    calls = []
    for script in tree.iter("script"):
        if script.get("src"):
            continue
        call = script_call(script.text or "", page_url)
        calls += [call] if call is not None else config_calls(script.text or "", page_url)
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


def answer_last_page(text: str) -> int | None:
    """The list's last page as a JSON answer gives it (e.g. {"totalPageNum": 2}), else None."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    for key, value in data.items():
        if str(key).lower() in LAST_PAGE_KEYS and str(value).isdigit():
            return int(value)
    return None
