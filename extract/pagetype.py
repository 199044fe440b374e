"""What a page is (an article, a listing or another page), judged once from its structure as
content extractors judge pages; a family's rules add precision, never veto the generic reading."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain

from lxml.html import HtmlElement

from extract.attachments import attachment_links
from extract.dates import parse_published, published_from_url
from extract.links import HEADLINE_MIN_WORDS, base_url, canonical_url, request_url
from extract.platforms import GENERIC, Adapter, by_name
from extract.platforms.base import select
from extract.text import TITLE_SEPARATOR, clean_line

ARTICLE, LISTING, OTHER = "article", "listing", "other"
# Markup written inside <title>, which HTML keeps as its text, e.g. "<script>x</script>" in
# "<title><script>x</script>Họp UBND</title>": a headline is compared with the title without it
MARKUP_IN_TITLE = re.compile(r"<[^<>]*>")
# Tags and class or id words of page furniture around an article, e.g. <footer>, <aside>,
# class="tandan-sidebar", id="wrapright", class="widget widget_recent_entries"
FURNITURE_TAGS = frozenset({"header", "footer", "nav", "aside"})
FURNITURE_NAME = re.compile(
    r"footer|sidebar|widget|menu|banner|copyright|thongke|thong-ke|wrapright|col-side|"
    r"portlet-column-last|rightpane|right-content",
    re.IGNORECASE,
)
# A page header's class or id word, e.g. <div id="header">, <div class="header">, which holds a
# "today's date" bar ("Thứ Tư, ngày 02/12/2026") that dates no article ("article-header" is no
# page header)
PAGE_HEADER_NAME = re.compile(r"(?<![\w-])(header|top-?bar)(?![\w-])", re.IGNORECASE)
# Elements that hold other blocks, so that a text block holding one is no leaf of prose
BLOCK_TAGS = frozenset(
    {
        "p", "div", "table", "tbody", "thead", "tr", "td", "th", "ul", "ol", "li", "dl", "dt",
        "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
        "nav", "aside", "main", "form", "blockquote", "figure", "center",
    }
)  # fmt: skip
# Markup that stays inside a run of text, so that "<b>Ngày 26-11</b>, HĐND xã …" is one paragraph
INLINE_TAGS = frozenset({"a", "b", "strong", "i", "em", "u", "span", "font", "sup", "sub", "abbr"})
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
# Elements that link or embed a document, e.g. <a href="/vb/qd-12.pdf">, <iframe src="…pdf">
ATTACHING_TAGS = frozenset({"a", "iframe", "embed", "object"})
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
# The spaces clean_line collapses that str.split() does not split at: zero-width ones
UNSPLIT_SPACES = ("\u200b", "\ufeff")
# Every character clean_line collapses or trims: those str.isspace() takes for spaces, and the
# zero-width ones
SPACES = (
    "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"
)
# The most characters NFC composes into one (the longest canonical decomposition, U+1F82 "ᾂ"): an
# element holding more than this many times as many non-space characters as the longest text
# titled accepts cannot be the page's part of <title> once cleaned, nor one holding fewer than
# TITLE_MIN_WORDS (each word holds one at least; see headline_candidates)
NFC_SHRINK_MAX = 4
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
    """True when the element is or lies in a page's header, footer, menus or side boxes (as far
    as tags or class names tell), e.g. <div class="tandan-footer">."""
    for holder in chain([element], element.iterancestors()):
        name = f"{holder.get('class', '')} {holder.get('id', '')}"
        if holder.tag in FURNITURE_TAGS or FURNITURE_NAME.search(name):
            return True
    return False


def furniture_apart(element: HtmlElement, heading: HtmlElement) -> bool:
    """True when element is or lies in page furniture (see is_furniture) or a page header that
    does not hold the headline too: a date there is the site's, not the article's."""
    for holder in chain([element], element.iterancestors()):
        name = f"{holder.get('class', '')} {holder.get('id', '')}"
        furniture = holder.tag in FURNITURE_TAGS or FURNITURE_NAME.search(name)
        if (furniture or PAGE_HEADER_NAME.search(name)) and heading not in holder.iter():
            return True
    return False


@dataclass(frozen=True)
class Run:
    """A run of an element's own text (between <br>s or block children): where it begins (the
    index of the child it follows, -1 for the element's first text), its link text and whether
    it holds a headline link."""

    text: str
    after: int
    linked: int
    headline: bool


def run_of(pieces: list[str], after: int, anchors: list[HtmlElement]) -> Run:
    """The run of text made of pieces, holding anchors."""
    linked = sum(len(text_of(a) or "") for a in anchors)
    return Run(clean_line("".join(pieces)), after, linked, any(map(is_headline_link, anchors)))


def own_runs(element: HtmlElement) -> list[Run]:
    """The runs of text an element holds itself, separated by <br> or by block children: the
    body of an old page written as "text<br><br>text"; inline markup (links, bold) is part of
    the text around it."""
    runs: list[Run] = []
    pieces, after, anchors = [element.text or ""], -1, []
    for index, child in enumerate(element):
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            pieces.append(child.text_content())
            anchors += child.iter("a")
        else:
            runs.append(run_of(pieces, after, anchors))
            pieces, after, anchors = [], index, []
        pieces.append(child.tail or "")
    runs.append(run_of(pieces, after, anchors))
    return [run for run in runs if run.text]


def own_text(element: HtmlElement) -> list[str]:
    """The paragraphs an element holds as bare text (see own_runs)."""
    return [run.text for run in own_runs(element)]


def is_leaf(element: HtmlElement) -> bool:
    """True for a text block with no block inside it."""
    return not any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element)


def bare_prose(runs: list[Run]) -> list[Run]:
    """The runs of bare text that are paragraphs of prose: of paragraph length, not mostly link
    text, neither holding a headline link nor following one (a listing item's summary, as in
    "<a>headline</a> (26/11)<br>summary")."""
    kept, teaser = [], False
    for run in runs:
        long = len(run.text) >= PARAGRAPH_MIN_CHARS
        if long and not (run.headline or teaser) and run.linked <= LINK_SHARE_MAX * len(run.text):
            kept.append(run)
        if long or run.headline:
            teaser = run.headline
    return kept


def prose_chars(element: HtmlElement) -> int:
    """How much prose a text block holds itself: all its text when no block lies inside it (and
    it is of paragraph length, not mostly link text), else its paragraphs of bare text."""
    if not is_leaf(element):
        return sum(len(run.text) for run in bare_prose(own_runs(element)))
    size = len(text_of(element) or "")
    linked = sum(len(text_of(a) or "") for a in element.iter("a"))
    return size if size >= PARAGRAPH_MIN_CHARS and linked <= LINK_SHARE_MAX * size else 0


def prose_after(unit: HtmlElement, heading: HtmlElement) -> int:
    """How much prose a text block holds itself after a headline written inside it, e.g.
    <td><font><b>headline</b></font><br>date<br><br>paragraph<br><br>paragraph</td>."""
    child = next(c for c in chain([heading], heading.iterancestors()) if c.getparent() is unit)
    index = unit.index(child)
    runs = [run for run in own_runs(unit) if run.after >= index]
    return sum(len(run.text) for run in bare_prose(runs))


def prose_units(tree: HtmlElement) -> list[HtmlElement]:
    """The page's text blocks that hold prose themselves (see prose_chars), in document order."""
    return [element for element in tree.iter(*PROSE_TAGS) if prose_chars(element)]


def item_header(element: HtmlElement) -> bool:
    """True when element is a listing item's headline: one headline link and little else."""
    anchors = headline_anchors(element)
    linked = sum(len(text_of(a) or "") for a in anchors)
    return len(anchors) == 1 and len(text_of(element) or "") <= linked + PARAGRAPH_MIN_CHARS


def is_teaser(unit: HtmlElement) -> bool:
    """True when a text block is a listing item's summary: a headline link opens it or comes
    just before it (in it, beside it, or beside the wrappers that hold little more than it),
    with no bare heading between (a breadcrumb's long section link above an article's own
    <h1> heads no summary)."""
    first = next((c for c in unit if isinstance(c.tag, str)), None)
    if not (unit.text or "").strip() and first is not None and first.tag == "a":
        return is_headline_link(first)
    node, size = unit, len(text_of(unit) or "")
    for _ in range(DATE_WINDOW):
        sibling, looked = node.getprevious(), 0
        while sibling is not None and looked < TEASER_SIBLINGS:
            if isinstance(sibling.tag, str):
                if sibling.tag in HEADINGS and not headline_anchors(sibling):
                    return False  # the block follows a headline of its own, not a link's
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
        units = [u for u in prose_units(tree) if not is_furniture(u)]
        teasers = {u for u in units if is_teaser(u)}
        self.teasers = [self.order[u] for u in units if u in teasers]
        self.units = [u for u in units if u not in teasers]

    def between(self, positions: list[int], start: int, end: int) -> int:
        """How many of the positions lie strictly between start and end."""
        return bisect_left(positions, end) - bisect_left(positions, start + 1)

    def body_after(self, heading: HtmlElement) -> list[tuple[HtmlElement, int]]:
        """The prose blocks that follow a headline as its article's body, each with how much
        prose it holds: the block the headline is written in, the first within a few links of
        it (with no headline links nor listing summaries between: the heading was a listing's),
        the next ones
        until a box of headline links ends the body."""
        start = self.order[heading]
        body: list[tuple[HtmlElement, int]] = []
        last = start
        for unit in self.units:
            at = self.order[unit]
            if at < start and unit in heading.iterancestors():
                chars = prose_after(unit, heading)
                body += [(unit, chars)] if chars else []
                continue
            if at <= start or heading in unit.iterancestors():
                continue
            if not body and (
                self.between(self.links, start, at) > TITLE_PROSE_MAX_LINKS
                or self.between(self.headlines, start, at) >= BOX_HEADLINES
                or self.between(self.teasers, start, at)
            ):
                return []
            if body and self.between(self.headlines, last, at) >= BOX_HEADLINES:
                break
            body.append((unit, prose_chars(unit)))
            last = at
        return body

    def attaches_after(self, heading: HtmlElement, url: str) -> bool:
        """True when a document is linked or embedded after a headline, within a few links of
        it (not in a box of documents elsewhere on the page)."""
        start = self.order[heading]
        for element in self.elements[start + 1 :]:
            if not isinstance(element.tag, str) or element.tag not in ATTACHING_TAGS:
                continue
            if self.between(self.links, start, self.order[element]) > TITLE_PROSE_MAX_LINKS:
                return False
            if attachment_links(element, url):
                return True
        return False

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
            if furniture_apart(element, heading):
                continue
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


def links_elsewhere(element: HtmlElement, url: str) -> bool:
    """True when element holds a link to another page than url: a headline may link only to
    its own page, as Joomla's linked titles do (<h2><a href="index.php?…&id=244:…">…</a></h2>
    on that very article)."""
    if element.find(".//a") is None:
        return False
    base, own = base_url(element.getroottree().getroot(), url), canonical_url(url)
    return any(
        canonical_url(request_url(a.get("href") or "", base)) != own for a in element.iter("a")
    )


def solid_counts(elements: list[HtmlElement]) -> dict[HtmlElement, tuple[int, str]]:
    """How many characters other than spaces each element's text_content() holds (comments left
    out), and the first of them ("" for none), from one bottom-up pass over elements (a subtree
    in document order), each text once."""
    counts: dict[HtmlElement, tuple[int, str]] = {}
    for element in reversed(elements):
        if not isinstance(element.tag, str):
            continue
        size, first = solid_chars(element.text), leading(element.text)
        for child in element:
            inner, inner_first = counts.get(child, (0, ""))
            size += inner + solid_chars(child.tail)
            first = first or inner_first or leading(child.tail)
        counts[element] = (size, first)
    return counts


def solid_chars(text: str | None) -> int:
    """How many characters other than spaces a text holds."""
    if not text:
        return 0
    return sum(map(len, text.split())) - sum(map(text.count, UNSPLIT_SPACES))


def leading(text: str | None) -> str:
    """The first character of a text other than spaces, "" for none."""
    return (text or "").lstrip(SPACES)[:1]


def opening(char: str) -> str | None:
    """What a text beginning with char begins with in NFC, as far as the first character of its
    canonical decomposition: that character when both are starters, else None (not told)."""
    base = unicodedata.normalize("NFD", char)[:1]
    return None if unicodedata.combining(char) or unicodedata.combining(base) else base


def headline_candidates(tree: HtmlElement, url: str) -> list[HtmlElement]:
    """Elements that may hold a page's headline, likeliest first: those whose text begins with
    the page's own part of <title> (see titled), then the common
    title markup, then headings; none linking to another page (see links_elsewhere), none
    naming the site (in any case: a banner's "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH …")."""
    whole = clean_line(MARKUP_IN_TITLE.sub("", tree.findtext(".//title") or ""))
    parts = TITLE_SEPARATOR.split(whole)
    head, site = parts[0], {part.casefold() for part in parts[1:]}
    body = tree.find("body")
    elements = list(body.iter()) if body is not None else []
    found: list[HtmlElement] = []
    texts: dict[HtmlElement, str] = {}
    if len(head.split()) >= TITLE_MIN_WORDS:
        longest = NFC_SHRINK_MAX * max(len(whole), 2 * len(head))
        begins = opening(whole[0])
        counts = solid_counts(elements)
        for e in elements:
            size, first = counts.get(e, (0, ""))
            if e.tag in ("a", "body", "html") or not TITLE_MIN_WORDS <= size <= longest:
                continue
            if opening(first) not in (None, begins):  # titled: it begins as the title does
                continue
            texts[e] = text_of(e) or ""
            if titled(texts[e], whole, head):
                found.append(e)
        found.reverse()
    kept = []
    named = set(found)
    found += [e for selector in GENERIC.title for e in select(tree, selector)]
    found += [e for e in elements if e.tag in HEADINGS]
    for element in dict.fromkeys(found):
        text = texts[element] if element in texts else text_of(element) or ""
        fewest = TITLE_MIN_WORDS if element in named else HEADING_MIN_WORDS
        if len(text.split()) < fewest or text.casefold() in site:
            continue
        if links_elsewhere(element, url):
            continue
        if any(a.tag == "a" for a in element.iterancestors()):
            continue
        kept.append(element)
    return kept[:CANDIDATES_MAX]


def generic_headline(
    tree: HtmlElement, url: str, layout: Layout | None = None
) -> tuple[HtmlElement | None, str | None]:
    """The headline of a page read generically, with the publication date written beside it:
    the first candidate (see headline_candidates) followed by enough prose and dated beside it
    or in the URL; (None, None) when the page holds no article. A web item pointing to its
    notice (a document or two attached, linked within a few links after its headline) needs no
    prose. layout is the page's Layout when the caller has made it."""
    layout = layout or Layout(tree)
    attached = 0 < len(attachment_links(tree, url)) <= ATTACHED_MAX
    for heading in headline_candidates(tree, url):
        body = layout.body_after(heading)
        notice = attached and layout.attaches_after(heading, url)
        if sum(chars for _, chars in body) < PROSE_MIN_CHARS and not notice:
            continue
        first = body[0][0] if body else None
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
    layout = Layout(tree)
    generic = generic_headline(tree, url, layout)[0] is not None
    family = family_article(tree, url, adapter)
    disagreement = adapter is not GENERIC and generic != family
    headlines = len(layout.headlines)
    if generic or family:
        platform = adapter.name if family else GENERIC.name
        return PageReading(ARTICLE, platform, disagreement, headlines)
    kind = LISTING if headlines >= LISTING_MIN_HEADLINES else OTHER
    return PageReading(kind, adapter.name, disagreement, headlines)


def reading_adapter(reading: PageReading) -> Adapter:
    """The adapter whose selectors read a page, as its reading says."""
    return by_name(reading.platform)
