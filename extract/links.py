"""Links worth following on a portal page, with URLs in canonical form so one article is one row."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml.html import HtmlElement

from extract.platforms.base import Adapter

# Query parameters that track visitors or sessions, never content, e.g. "utm_source", "fbclid"
TRACKING_PARAM = re.compile(
    r"^(utm_\w+|fbclid|gclid|zarsrc|_ga|ref|sessionid|jsessionid|phpsessid|sid|"
    r"aspxautodetectcookiesupport|p_p_auth|p_auth)$",
    re.IGNORECASE,
)
# Files that are not pages, e.g. "/portal/Photos/2023-08-05/a.jpg", "/TepDinhKem/bc.pdf"
NOT_A_PAGE = re.compile(
    r"\.(jpe?g|png|gif|bmp|webp|svg|ico|css|js|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp[34]|avi|"
    r"wmv|flv|swf|xml|rss|txt|apk|exe)$",
    re.IGNORECASE,
)
# Links into endless or useless places: print views, share buttons, calendars (also a portlet's
# "_calendar_WAR_x_month=6" and WordPress date archives "/2023/08"), search, login,
# e.g. "/Pages/print.aspx?id=3", "/lich-cong-tac?date=2024-07-16", "/dang-nhap.html"
TRAP = re.compile(
    r"(print|in-bai|share|sharer|calendar|lich-cong-tac|lichcongtac|search|tim-kiem|timkiem|"
    r"login|dang-nhap|dangnhap|dang-ky|register|feedback|gop-y|sitemap\.aspx|"
    r"[?&]\w*?(date|ngay|day|year|month|sort|view|print)=|/(19|20)\d{2}/\d{1,2}(/\d{1,2})?$)",
    re.IGNORECASE,
)
# A session id carried in the path, e.g. ";jsessionid=0A1B2C" (Java) or "/(S(x1y2z3))" (ASP.NET)
PATH_SESSION = re.compile(r";jsessionid=[^/?#]*|/\([A-Z]\([^)]*\)\)", re.IGNORECASE)
# Feed types a page announces in <link rel="alternate">, e.g. "application/rss+xml"
FEED_TYPES = ("application/rss+xml", "application/atom+xml")
# A home page's file name, e.g. "default.aspx", "index.html", "trang-chu"
HOME_PAGE = re.compile(r"^(default|index|home|trang-?chu)(\.\w+)?$", re.IGNORECASE)
# A file extension at the end of a path, e.g. ".aspx" in "/Pages/Tin-chi-dao.aspx"
EXTENSION = re.compile(r"\.\w{2,5}$")
# A link with this many words reads like an article's headline, e.g. "UBND tỉnh họp phiên
# thường kỳ tháng 6"
HEADLINE_MIN_WORDS = 6
# The last number in a URL path, e.g. the 2 of "/tin-tuc/chinh-tri/trang-2.html"
LAST_NUMBER = re.compile(r"(\d+)(?=\D*$)")
# Schemes a link may carry that lead nowhere fetchable, e.g. "javascript:void(0)", "mailto:"
NON_HTTP = re.compile(r"^(javascript|mailto|tel|data|ftp):", re.IGNORECASE)


def canonical_url(url: str) -> str:
    """The URL in one spelling: no fragment, no tracking or session parameters (nor a session id in
    the path), no default port, lower-case host, no trailing slash, and "&amp;" unescaped."""
    parts = urlsplit(PATH_SESSION.sub("", url.strip().replace("&amp;", "&")))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    query = [(k, v) for k, v in query if not TRACKING_PARAM.match(k)]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def crawl_scope(start_url: str) -> str:
    """The path prefix a crawl from start_url follows links within: the whole site from a home
    page, else the section: "/portal/Pages/Tin-chi-dao.aspx" -> "/portal/Pages/Tin-chi-dao"."""
    path = urlsplit(start_url).path
    head, _, last = path.rpartition("/")
    if not last or HOME_PAGE.match(last):
        return "/" if not head else head + "/"
    return EXTENSION.sub("", path)


def in_scope(url: str, scope: str) -> bool:
    """True when a URL's path lies within a crawl scope (see crawl_scope)."""
    return urlsplit(url).path.lower().startswith(scope.lower())


def same_site(url: str, other: str) -> bool:
    """True when two URLs are on the same host and port."""
    return urlsplit(url).netloc.lower() == urlsplit(other).netloc.lower()


def follow_url(href: str, page_url: str) -> str | None:
    """The canonical URL of a link worth following from page_url: a page on the same site that is
    not a trap, else None. "/tin-tuc/a.html#top" -> "http://host/tin-tuc/a.html"."""
    href = href.strip()
    if not href or href.startswith("#") or NON_HTTP.match(href):
        return None
    url = canonical_url(urljoin(page_url, href))
    path = urlsplit(url).path
    if not same_site(url, page_url) or NOT_A_PAGE.search(path) or TRAP.search(url):
        return None
    return url


def page_links(tree: HtmlElement, page_url: str) -> list[str]:
    """The canonical same-site page URLs a page links to, in page order, without traps."""
    found = (follow_url(anchor.get("href") or "", page_url) for anchor in tree.iter("a"))
    return list(dict.fromkeys(url for url in found if url))


def feed_links(tree: HtmlElement, page_url: str) -> list[str]:
    """The same-site RSS and Atom feeds a page announces with <link rel="alternate">."""
    found = []
    for link in tree.iter("link"):
        if link.get("rel", "").lower() != "alternate" or link.get("type") not in FEED_TYPES:
            continue
        url = canonical_url(urljoin(page_url, link.get("href") or ""))
        if link.get("href") and same_site(url, page_url):
            found.append(url)
    return list(dict.fromkeys(found))


def headline_links(tree: HtmlElement, page_url: str, adapter: Adapter) -> list[str]:
    """The article links a listing page shows: its family's listing links, or, for a page of no
    known family, links whose text reads like a headline."""
    if adapter.listing_links:
        anchors = [a for selector in adapter.listing_links for a in tree.cssselect(selector)]
    else:
        anchors = [a for a in tree.iter("a") if len(a.text_content().split()) >= HEADLINE_MIN_WORDS]
    links = (follow_url(a.get("href") or "", page_url) for a in anchors)
    return list(dict.fromkeys(link for link in links if link))


def page_number(url: str, listing_url: str) -> int | None:
    """The number of a listing's page that url is, when url is another page of the same listing
    (the same path with a numeric query parameter or a last number changed), else None:
    ".../tin-tuc?page=3" of ".../tin-tuc" -> 3, ".../trang-2.html" of ".../trang-1.html" -> 2;
    the listing's own first page is 1."""
    link, page = urlsplit(url), urlsplit(listing_url)
    if link.netloc != page.netloc:
        return None
    link_query, page_query = dict(parse_qsl(link.query)), dict(parse_qsl(page.query))
    if link.path == page.path:
        keys = link_query.keys() | page_query.keys()
        changed = {k for k in keys if link_query.get(k) != page_query.get(k)}
        if not changed:
            return 1
        if len(changed) == 1:
            value = link_query.get(changed.pop(), "1")
            return int(value) if value.isdigit() else None
        return None
    link_stem, page_stem = LAST_NUMBER.sub("#", link.path), LAST_NUMBER.sub("#", page.path)
    found = LAST_NUMBER.search(link.path)
    if link_stem == page_stem and found and link.query == page.query:
        return int(found.group(1))
    return None
