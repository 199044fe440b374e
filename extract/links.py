"""Links worth following on a portal page: requested as the page wrote them, deduplicated by a
separate identity key (canonical_url), so one article is one row."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit, urlunsplit

from lxml.html import HtmlElement
from w3lib.url import canonicalize_url

from extract.platforms.base import Adapter, select

# Query parameters that track visitors, never content, e.g. "utm_source", "fbclid"; content
# parameters such as "sid", "Cat", "bvid", "param", "id", "nid" are kept
TRACKING_PARAM = re.compile(r"^(utm_\w+|fbclid|gclid|zarsrc|_ga)$", re.IGNORECASE)
# Files that are not pages, e.g. "/portal/Photos/2023-08-05/a.jpg", "/TepDinhKem/bc.pdf"
NOT_A_PAGE = re.compile(
    r"\.(jpe?g|png|gif|bmp|webp|svg|ico|css|js|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp[34]|avi|"
    r"wmv|flv|swf|xml|rss|txt|apk|exe)$",
    re.IGNORECASE,
)
# Links into endless or useless places: print views, share buttons, calendars (also a portlet's
# "_calendar_WAR_x_month=6", a calendar's "?view=month" and WordPress date archives
# "/2023/08"), search, login, e.g. "/Pages/print.aspx?id=3", "/lich-cong-tac?date=2024-07-16",
# "/dang-nhap.html"; a "view" parameter naming no calendar span is content, e.g. Joomla's
# "index.php?option=com_content&view=article&id=245", SharePoint's "&View={GUID}"
TRAP = re.compile(
    r"(print|in-bai|share|sharer|calendar|lich-cong-tac|lichcongtac|search|tim-kiem|timkiem|"
    r"login|dang-nhap|dangnhap|dang-ky|register|feedback|gop-y|sitemap\.aspx|"
    r"[?&]\w*?(date|ngay|day|year|month|sort|print)=|"
    r"[?&]\w*?view=(day|week|month|year|agenda|calendar)\b|/(19|20)\d{2}/\d{1,2}(/\d{1,2})?/?$)",
    re.IGNORECASE,
)
# A session id carried in the path, e.g. ";jsessionid=0A1B2C" (Java) or "/(S(x1y2z3))" (ASP.NET)
PATH_SESSION = re.compile(r";jsessionid=[^/?#]*|/\([A-Z]\([^)]*\)\)", re.IGNORECASE)
# Feed types a page announces in <link rel="alternate">, e.g. "application/rss+xml"
FEED_TYPES = ("application/rss+xml", "application/atom+xml")
# A site's language folder, its home page, e.g. "/vi/", "/en/", "/vi-VN/", "/vi_VN/"
LANGUAGE_HOME = re.compile(r"^/[a-z]{2}([-_][a-z]{2})?/?$", re.IGNORECASE)
# A home page's file name, e.g. "default.aspx", "index.html", "trang-chu"
HOME_PAGE = re.compile(r"^(default|index|home|trang-?chu)(\.\w+)?$", re.IGNORECASE)
# A file extension at the end of a path, e.g. ".aspx" in "/Pages/Tin-chi-dao.aspx"
EXTENSION = re.compile(r"\.\w{2,5}$")
# A listing's page number closing a path, whose sibling pages share the rest, e.g. the "-1" of
# "/chuyen-muc-tin-chung-c217-1" (page 2 is "/chuyen-muc-tin-chung-c217-2.html")
SIBLING_PAGE = re.compile(r"(?<=[-_])\d{1,4}$")
# A link with this many words reads like an article's headline, e.g. "UBND tỉnh họp phiên
# thường kỳ tháng 6"
HEADLINE_MIN_WORDS = 6
# The last number in a URL path, e.g. the 2 of "/tin-tuc/chinh-tri/trang-2.html"
LAST_NUMBER = re.compile(r"(\d+)(?=\D*$)")
# A pager link's text: a page number, "next", "last" or an arrow, e.g. "3", "Trang sau", "»",
# "Tiếp theo", "Next ›", "[4]"
PAGER_TEXT = re.compile(
    r"^(\[?\d{1,4}\]?|trang\s+(sau|tiếp|kế|cuối|\d+)|sau|tiếp(\s+theo)?|kế\s+tiếp|cuối|next|last|"
    r"[»›>]+|next\s*[»›>]*|[»›>]+\s*next|\.\.\.|…)$",
    re.IGNORECASE,
)
# A page number a listing adds below its own path, e.g. "/page/3" of "/category/tin-hoi/page/3/"
PAGE_SUFFIX = re.compile(r"^/(page|trang|p)[-/]?(\d+)/?$", re.IGNORECASE)
# Schemes a link may carry that lead nowhere fetchable, e.g. "javascript:void(0)", "mailto:"
NON_HTTP = re.compile(r"^(javascript|mailto|tel|data|ftp):", re.IGNORECASE)
# A <select>'s onchange that goes to the chosen option's value, a pager or jump menu, e.g.
# onchange="window.location.href=this.options[this.selectedIndex].value" (DotNetNuke's page
# drop-down), onchange="location = this.value"
NAVIGATING_SELECT = re.compile(r"location|navigate", re.IGNORECASE)
# Identity keys kept for the URLs seen last: a site's menus and pagers repeat the same links on
# every page, and the crawl asks the key of each link several times (links, dedupe, fingerprint)
CANONICAL_CACHE = 1 << 16
# Links resolved for the pages read last: a listing's links, headlines and pager each resolve
# the same anchors against the same page
FOLLOW_CACHE = 1 << 12


@lru_cache(maxsize=CANONICAL_CACHE)
def canonical_url(url: str) -> str:
    """A URL's identity key, for deduplication only (never requested): w3lib's canonical form
    (sorted query, no fragment, default port dropped) without tracking parameters or a session
    id in the path; a trailing slash, the case of the path and content parameters are kept.
    "http://h/a/?utm_source=x&nid=2" -> "http://h/a/?nid=2"."""
    parts = urlsplit(PATH_SESSION.sub("", url.strip()))
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = urlencode([(k, v) for k, v in query if not TRACKING_PARAM.match(k)])
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address keeps its brackets: "http://[::1]:8767/"
        host = f"[{host}]"
    port = parts.port
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    return canonicalize_url(urlunsplit((scheme, host, parts.path or "/", kept, "")))


def request_url(href: str, base_url: str) -> str:
    """The URL a link asks for, exactly as the page wrote it: resolved against the page's base
    URL, without its fragment, nothing else changed. "a/?Cat=82#top" -> "http://h/Trang/a/?Cat=82"."""
    return urldefrag(urljoin(base_url, href.strip()))[0]


def base_url(tree: HtmlElement, page_url: str) -> str:
    """The URL a page's relative links are resolved against: its <base href>, else its own."""
    declared = tree.xpath("//base/@href")
    return urljoin(page_url, declared[0].strip()) if declared and declared[0].strip() else page_url


def crawl_scope(start_url: str) -> str:
    """The path prefix a crawl from start_url follows links within: the whole site (or folder)
    from a home page (a language folder such as "/vi/" is one) or a URL ending in "/", else the
    section with its sibling pages: "/portal/Pages/Tin-chi-dao.aspx" -> "/portal/Pages/Tin-chi-dao",
    "/tin-tuc/" -> "/tin-tuc/",
    "/chuyen-muc-tin-chung-c217-1.html" -> "/chuyen-muc-tin-chung-c217-"."""
    path = urlsplit(start_url).path
    if LANGUAGE_HOME.match(path):
        return "/"
    head, _, last = path.rpartition("/")
    if not last or HOME_PAGE.match(last):
        return "/" if not head else head + "/"
    return SIBLING_PAGE.sub("", EXTENSION.sub("", path))


def in_scope(url: str, scope: str) -> bool:
    """True when a URL's path lies within a crawl scope (see crawl_scope), case aside."""
    return urlsplit(url).path.lower().startswith(scope.lower())


def same_site(url: str, other: str) -> bool:
    """True when two URLs are on the same host and port."""
    return urlsplit(url).netloc.lower() == urlsplit(other).netloc.lower()


@lru_cache(maxsize=FOLLOW_CACHE)
def follow_url(href: str, page_url: str) -> str | None:
    """The URL to request for a link worth following from page_url (resolved against page_url,
    which is the page's base URL): a page on the same site that is not a trap, else None.
    "/tin-tuc/a.html#top" -> "http://host/tin-tuc/a.html"."""
    href = href.strip()
    if not href or href.startswith("#") or NON_HTTP.match(href):
        return None
    url = request_url(href, page_url)
    path = urlsplit(url).path
    if not same_site(url, page_url) or NOT_A_PAGE.search(path) or TRAP.search(url):
        return None
    return url


def unique(urls: list[str | None]) -> list[str]:
    """The URLs that are there, each identity (canonical_url) once, in their order."""
    found: dict[str, str] = {}
    for url in urls:
        if url:
            found.setdefault(canonical_url(url), url)
    return list(found.values())


def link_targets(tree: HtmlElement) -> list[tuple[str, str]]:
    """The (target, label) of every link of a page, in page order: each <a href> with its text,
    each <iframe> or <frame> src (a listing embedded in a frame) with its title, and each
    <option value> of a <select> that goes to the chosen value (see NAVIGATING_SELECT) with its
    text."""
    found = []
    for element in tree.iter("a", "iframe", "frame", "option"):
        if element.tag == "a":
            found.append((element.get("href") or "", element.text_content()))
        elif element.tag != "option":
            found.append((element.get("src") or "", element.get("title") or ""))
        elif any(
            s.tag == "select" and NAVIGATING_SELECT.search(s.get("onchange") or "")
            for s in element.iterancestors()
        ):
            found.append((element.get("value") or "", element.text_content()))
    return found


def page_links(tree: HtmlElement, page_url: str) -> list[str]:
    """The same-site page URLs a page links to (see link_targets), as written, each once, in
    page order, without traps."""
    base = base_url(tree, page_url)
    return unique([follow_url(target, base) for target, _ in link_targets(tree)])


def feed_links(tree: HtmlElement, page_url: str) -> list[str]:
    """The same-site RSS and Atom feeds a page announces with <link rel="alternate">."""
    base = base_url(tree, page_url)
    found = []
    for link in tree.iter("link"):
        if link.get("rel", "").lower() != "alternate" or link.get("type") not in FEED_TYPES:
            continue
        url = request_url(link.get("href") or "", base)
        if link.get("href") and same_site(url, page_url):
            found.append(url)
    return unique(found)


def is_headline(anchor: HtmlElement) -> bool:
    """True for a link whose text reads like an article's headline."""
    return len(anchor.text_content().split()) >= HEADLINE_MIN_WORDS


def headline_links(tree: HtmlElement, page_url: str, adapter: Adapter) -> list[str]:
    """The article links a listing page shows: its family's listing links, or (for a page of no
    known family, or when the family's selectors find none: its template drifted) every link
    whose text reads like a headline."""
    anchors = [a for selector in adapter.listing_links for a in select(tree, selector)]
    anchors = anchors or [a for a in tree.iter("a") if is_headline(a)]
    base = base_url(tree, page_url)
    return unique([follow_url(a.get("href") or "", base) for a in anchors])


def pager_links(tree: HtmlElement, page_url: str) -> list[str]:
    """The links to other pages of the same listing (see link_targets: a pager's drop-down
    too): another page number of the same URL, or a link whose text is a pager's ("2",
    "Trang sau", "»", "Next"), as written."""
    base = base_url(tree, page_url)
    found = []
    for target, label in link_targets(tree):
        url = follow_url(target, base)
        if url and (PAGER_TEXT.match(label.strip()) or page_number(url, page_url)):
            found.append(url)
    own = canonical_url(page_url)
    return [url for url in unique(found) if canonical_url(url) != own]


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
    suffix = PAGE_SUFFIX.match(link.path[len(page.path.rstrip("/")) :])
    if link.path.startswith(page.path.rstrip("/")) and suffix:
        return int(suffix.group(2))
    link_stem, page_stem = LAST_NUMBER.sub("#", link.path), LAST_NUMBER.sub("#", page.path)
    found = LAST_NUMBER.search(link.path)
    if link_stem == page_stem and found and link.query == page.query:
        return int(found.group(1))
    return None
