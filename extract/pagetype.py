"""What a page is (an article, a listing or another page), judged once from its structure as
content extractors judge pages; a family's rules add precision, never veto the generic reading."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from lxml.html import HtmlElement

from extract.attachments import attachment_links
from extract.dates import parse_published, published_from_url
from extract.links import HEADLINE_MIN_WORDS
from extract.platforms import GENERIC, Adapter, by_name
from extract.platforms.base import select
from extract.text import TITLE_SEPARATOR, clean_line

ARTICLE, LISTING, OTHER = "article", "listing", "other"
# Tags and class or id words of page furniture around an article, e.g. <footer>, <aside>,
# class="tandan-sidebar", id="wrapright", class="widget widget_recent_entries"
FURNITURE_TAGS = frozenset({"header", "footer", "nav", "aside"})
FURNITURE_NAME = re.compile(
    r"footer|sidebar|widget|menu|banner|copyright|thongke|thong-ke|wrapright|col-side|"
    r"portlet-column-last|rightpane|right-content",
    re.IGNORECASE,
)
# Elements that hold other blocks, so that a text block holding one is no leaf of prose
BLOCK_TAGS = frozenset(
    {
        "p", "div", "table", "tbody", "thead", "tr", "td", "th", "ul", "ol", "li", "dl", "dt",
        "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
        "nav", "aside", "main", "form", "blockquote", "figure", "center",
    }
)  # fmt: skip
# Elements whose text may be a paragraph of prose, e.g. <p>, or <div>text<br>text</div>
PROSE_TAGS = ("p", "div", "td", "th", "li", "dd", "section", "article", "blockquote", "center")
# A shorter text block is a label, a byline or a counter, not prose, e.g. "Lượt xem: 1.245"
PARAGRAPH_MIN_CHARS = 60
# This much prose after its headline makes a page an article (a short notice has 120 or so)
PROSE_MIN_CHARS = 120
# A text block whose links hold more than this share of its text is a list of links
LINK_SHARE_MAX = 0.5
# The fewest words of a page's headline, e.g. "Họp UBND" (2)
TITLE_MIN_WORDS = 2
# The fewest words of a headline found by its markup alone (not named by <title>)
HEADING_MIN_WORDS = 4
# Links allowed between a headline and its first paragraph (date, share and print buttons,
# tags); more are a menu: the heading was the site's name, not the article's
TITLE_PROSE_MAX_LINKS = 10
# Headline links in a row after the body's last paragraph: a box of other news, the body ended
BOX_HEADLINES = 3
# A page showing this many headline links (and no article) is a listing
LISTING_MIN_HEADLINES = 3
# The most documents an article attaches; a page linking more is a list of documents
ATTACHED_MAX = 3
# Elements looked at before a text block for the headline link of a listing item
TEASER_SIBLINGS = 3
# Text a wrapper may add to what it wraps and still be the same listing item (a date, a label)
WRAPPER_SLACK = 150
# Elements beside the headline in which its publication date is looked for
DATE_WINDOW = 3
# The longest text in which a publication date is looked for, e.g. "Đăng ngày 08/07/2021"
DATE_TEXT_MAX_CHARS = 120
# Headings that may hold a page's headline, in the order they are tried
HEADINGS = ("h1", "h2", "h3")
# Headline candidates tried at most, so that a page of many headings costs little
CANDIDATES_MAX = 20


@dataclass(frozen=True)
class PageReading:
    """What a page is, decided once: its type, the family whose selectors read it, and whether
    the family's rules and the generic reading disagreed about it being an article."""

    kind: str
    platform: str
    disagreement: bool
    headlines: int


def text_of(element: HtmlElement | None) -> str | None:
    """An element's text on one line, or None when it has none (comments have none)."""
    if element is None or not isinstance(element.tag, str):
        return None
    return clean_line(element.text_content()) or None


def is_headline_link(anchor: HtmlElement) -> bool:
    """True for a link whose text reads like an article's headline."""
    return len((text_of(anchor) or "").split()) >= HEADLINE_MIN_WORDS


def headline_anchors(element: HtmlElement) -> list[HtmlElement]:
    """The links in or below element whose text reads like a headline."""
    return [a for a in element.iter("a") if is_headline_link(a)]


def is_furniture(element: HtmlElement) -> bool:
    """True when the element lies in a page's header, footer, menus or side boxes (as far as
    tags or class names tell)."""
    for holder in element.iterancestors():
        name = f"{holder.get('class', '')} {holder.get('id', '')}"
        if holder.tag in FURNITURE_TAGS or FURNITURE_NAME.search(name):
            return True
    return False


def prose_units(tree: HtmlElement) -> list[HtmlElement]:
    """The page's leaf text blocks (no block inside) of paragraph length whose text is not
    mostly link text, in document order."""
    units = []
    for element in tree.iter(*PROSE_TAGS):
        if any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element):
            continue
        size = len(text_of(element) or "")
        if size < PARAGRAPH_MIN_CHARS:
            continue
        linked = sum(len(text_of(a) or "") for a in element.iter("a"))
        if linked <= LINK_SHARE_MAX * size:
            units.append(element)
    return units


def item_header(element: HtmlElement) -> bool:
    """True when element is a listing item's headline: one headline link and little else."""
    anchors = headline_anchors(element)
    linked = sum(len(text_of(a) or "") for a in anchors)
    return len(anchors) == 1 and len(text_of(element) or "") <= linked + PARAGRAPH_MIN_CHARS


def is_teaser(unit: HtmlElement) -> bool:
    """True when a text block is a listing item's summary: a headline link opens it or comes
    just before it (in it, beside it, or beside the wrappers that hold little more than it)."""
    first = next((c for c in unit if isinstance(c.tag, str)), None)
    if not (unit.text or "").strip() and first is not None and first.tag == "a":
        return is_headline_link(first)
    node, size = unit, len(text_of(unit) or "")
    for _ in range(DATE_WINDOW):
        sibling, looked = node.getprevious(), 0
        while sibling is not None and looked < TEASER_SIBLINGS:
            if isinstance(sibling.tag, str):
                if item_header(sibling):
                    return True
                if len(text_of(sibling) or "") >= PARAGRAPH_MIN_CHARS:
                    return False
                looked += 1
            sibling = sibling.getprevious()
        parent = node.getparent()
        if parent is None or len(text_of(parent) or "") > size + WRAPPER_SLACK:
            return False
        node = parent
    return False


class Layout:
    """A page's elements in document order, with where its links and prose blocks stand."""

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree
        self.elements = list(tree.iter())
        self.order = {element: i for i, element in enumerate(self.elements)}
        anchors = list(tree.iter("a"))
        self.links = [self.order[a] for a in anchors]
        self.headlines = [self.order[a] for a in anchors if is_headline_link(a)]
        self.units = [u for u in prose_units(tree) if not is_furniture(u) and not is_teaser(u)]

    def between(self, positions: list[int], start: int, end: int) -> int:
        """How many of the positions lie strictly between start and end."""
        return bisect_left(positions, end) - bisect_left(positions, start + 1)

    def body_after(self, heading: HtmlElement) -> list[HtmlElement]:
        """The prose blocks that follow a headline as its article's body: the first within a
        few links of it, the next ones until a box of headline links ends the body."""
        start = self.order[heading]
        body: list[HtmlElement] = []
        last = start
        for unit in self.units:
            at = self.order[unit]
            if at <= start or heading in unit.iterancestors():
                continue
            if not body and self.between(self.links, start, at) > TITLE_PROSE_MAX_LINKS:
                return []
            if body and self.between(self.headlines, last, at) >= BOX_HEADLINES:
                break
            body.append(unit)
            last = at
        return body

    def date_near(self, heading: HtmlElement, first: HtmlElement | None) -> str | None:
        """The publication date written beside a headline (a <time>'s datetime first): just before
        or after it (or its wrapper), or between it and its body's first block (if it has one)."""
        start = self.order[heading]
        end = self.order[first] if first is not None else start
        near: list[HtmlElement] = []
        for holder in (heading, heading.getparent()):
            if holder is None:
                continue
            near += siblings(holder, HtmlElement.getnext)
            near += siblings(holder, HtmlElement.getprevious)
        near += [e for e in self.elements[start + 1 : end] if isinstance(e.tag, str)]
        for element in near:
            stamp = element.xpath("descendant-or-self::time/@datetime")
            text = stamp[0] if stamp else text_of(element) or ""
            found = parse_published(text) if len(text) <= DATE_TEXT_MAX_CHARS else None
            if found:
                return found
        return None


def siblings(element: HtmlElement, step) -> list[HtmlElement]:
    """Up to DATE_WINDOW elements beside element, taking step (getnext or getprevious)."""
    found: list[HtmlElement] = []
    current = step(element)
    while current is not None and len(found) < DATE_WINDOW:
        if isinstance(current.tag, str):
            found.append(current)
        current = step(current)
    return found


def titled(text: str, whole: str, head: str) -> bool:
    """True when an element's text is the page's own part of its <title> (whole): the title
    begins with it ("Lúa - tôm ở An Biên - Cổng TTĐT"), or it begins with the title's first part
    (head) and is not much longer."""
    if len(text.split()) < HEADING_MIN_WORDS:  # a short headline is the whole <title>
        return len(text.split()) >= TITLE_MIN_WORDS and text == whole
    return whole.startswith(text) or (text.startswith(head) and len(text) <= 2 * len(head))


def headline_candidates(tree: HtmlElement) -> list[HtmlElement]:
    """Elements that may hold a page's headline, likeliest first: those whose text begins with
    the page's own part of <title> (see titled), then the common
    title markup, then headings; none holding a link, none naming the site."""
    whole = clean_line(tree.findtext(".//title") or "")
    parts = TITLE_SEPARATOR.split(whole)
    head, site = parts[0], set(parts[1:])
    body = tree.find("body")
    elements = list(body.iter()) if body is not None else []
    found: list[HtmlElement] = []
    if len(head.split()) >= TITLE_MIN_WORDS:
        found += [
            e
            for e in elements
            if isinstance(e.tag, str)
            and e.tag not in ("a", "body", "html")
            and titled(text_of(e) or "", whole, head)
        ][::-1]
    kept = []
    named = set(found)
    found += [e for selector in GENERIC.title for e in select(tree, selector)]
    found += [e for e in elements if e.tag in HEADINGS]
    for element in dict.fromkeys(found):
        text = text_of(element) or ""
        fewest = TITLE_MIN_WORDS if element in named else HEADING_MIN_WORDS
        if len(text.split()) < fewest or text in site or element.find(".//a") is not None:
            continue
        if any(a.tag == "a" for a in element.iterancestors()):
            continue
        kept.append(element)
    return kept[:CANDIDATES_MAX]


def generic_headline(tree: HtmlElement, url: str) -> tuple[HtmlElement | None, str | None]:
    """The headline of a page read generically, with the publication date written beside it:
    the first candidate (see headline_candidates) followed by enough prose and dated beside it
    or in the URL; (None, None) when the page holds no article. A web item pointing to its
    notice (a document or two attached) needs no prose."""
    layout = Layout(tree)
    attached = 0 < len(attachment_links(tree, url)) <= ATTACHED_MAX
    for heading in headline_candidates(tree):
        body = layout.body_after(heading)
        if sum(len(text_of(u) or "") for u in body) < PROSE_MIN_CHARS and not attached:
            continue
        first = body[0] if body else None
        written = layout.date_near(heading, first)
        if written or published_from_url(url):
            return heading, written
    return None, None


def family_article(tree: HtmlElement, url: str, adapter: Adapter) -> bool:
    """True when a family's own rules take the page for an article: its article URL (when the
    family has a URL scheme), title and body blocks."""
    return bool(
        adapter is not GENERIC
        and (adapter.article_url is None or adapter.article_url.search(url))
        and adapter.first(tree, adapter.title) is not None
        and adapter.first(tree, adapter.body) is not None
    )


def read_page(tree: HtmlElement, url: str, adapter: Adapter) -> PageReading:
    """What the page is: an article when the generic reading or the family's rules say so (read
    with the family's selectors only when its rules agree), else a listing when it shows
    headline links, else another page; the family and the generic reading disagreeing is noted."""
    generic = generic_headline(tree, url)[0] is not None
    family = family_article(tree, url, adapter)
    disagreement = adapter is not GENERIC and generic != family
    headlines = len(headline_anchors(tree))
    if generic or family:
        platform = adapter.name if family else GENERIC.name
        return PageReading(ARTICLE, platform, disagreement, headlines)
    kind = LISTING if headlines >= LISTING_MIN_HEADLINES else OTHER
    return PageReading(kind, adapter.name, disagreement, headlines)


def reading_adapter(reading: PageReading) -> Adapter:
    """The adapter whose selectors read a page, as its reading says."""
    return by_name(reading.platform)
