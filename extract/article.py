"""An article's fields from its page: title, lead, body, author, publication date and images."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urljoin

import htmldate
import lxml.html
import trafilatura
from lxml.etree import ParserError
from lxml.html import HtmlElement

from extract.attachments import attachment_links
from extract.dates import parse_published, published_from_url
from extract.encoding import decode_html, repair_text
from extract.limits import check_page_text, check_tree
from extract.links import HEADLINE_MIN_WORDS
from extract.platforms import GENERIC, Adapter, detect
from extract.text import TITLE_SEPARATOR, clean_line, clean_paragraphs

# Page furniture trafilatura keeps as a line of text, e.g. "Lượt xem: 1.245", "Xem với cỡ chữAA"
FURNITURE_LINE = re.compile(
    r"^(lượt xem|đã xem|lượt đọc|số lượt|tệp đính kèm|file đính kèm|xem với cỡ chữ|cỡ chữ|"
    r"tăng cỡ chữ|giảm cỡ chữ|mặc định cỡ chữ|in bài viết|in trang|gửi email|gửi bài viết|"
    r"chia sẻ|bản in|quay lại|trở về|về đầu trang|từ khóa|tags?|bình luận|đánh giá bài viết)\b",
    re.IGNORECASE,
)
# An explicit byline, e.g. "Tác giả: Thanh Tùng", "Người viết: Hồng Lam"
AUTHOR_LINE = re.compile(r"^(?:tác giả|người viết|bài, ảnh|bài và ảnh)\s*:\s*(?P<name>.+)$", re.I)
# A photo caption written as text, e.g. "Ảnh: Đ/c Lâm Minh Thành phát biểu"
CAPTION_LINE = re.compile(r"^(ảnh|ảnh minh họa|ảnh minh hoạ)\s*:", re.IGNORECASE)
# Characters that end a sentence, so a line ending with one is prose, not a byline
SENTENCE_END = re.compile(r"[.:;!?…,]$")
# The most words a bare byline has, e.g. "Thanh Tùng (Trung tâm VH-TT huyện)" has 6
BYLINE_MAX_WORDS = 9
# A caption is a short line; longer text next to a photo is a paragraph
CAPTION_MAX_CHARS = 300
# A right-aligned paragraph, the usual place of a byline, e.g. style="text-align: right;"
RIGHT_ALIGNED = re.compile(r"text-align:\s*right", re.IGNORECASE)
# The longest byline, e.g. "Thanh Tùng (Trung tâm Văn hóa - Truyền thông huyện Kỳ Anh)"
BYLINE_MAX_CHARS = 80
# Italic or centred inline styles that mark a caption, e.g. style="font-style:italic"
CAPTION_STYLE = re.compile(r"italic|text-align:\s*center", re.IGNORECASE)
# An italic inline style, the mark of a caption set after its photo, e.g. style="font-style: italic"
ITALIC_STYLE = re.compile(r"font-style:\s*italic", re.IGNORECASE)
# This much paragraph text outside page furniture and teasers makes a page's prose
PROSE_MIN_CHARS = 200
# Elements that may hold an old page's body as bare text and <br>s, e.g. <div class="noidung">
TEXT_HOLDERS = ("div", "td", "span", "font", "section", "article", "p")
# Inline markup that belongs to the text around it, e.g. <a>, <b> in "theo <b>Nghị quyết</b> số"
INLINE_TAGS = frozenset({"a", "b", "strong", "i", "em", "u", "span", "font", "sup", "sub", "abbr"})
# Paragraphs separated by <br> that make an element an article body of bare text (one long text
# in a <div> is just a block of some page)
BARE_PARAGRAPHS_MIN = 2
# A shorter paragraph is a label, a byline or a counter, not prose, e.g. "Lượt xem: 1.245"
PARAGRAPH_MIN_CHARS = 60
# Tags and class or id words of page furniture around an article, e.g. <footer>, <aside>,
# class="tandan-sidebar", id="wrapright", class="widget widget_recent_entries"
FURNITURE_TAGS = frozenset({"header", "footer", "nav", "aside"})
FURNITURE_NAME = re.compile(
    r"footer|sidebar|widget|menu|banner|copyright|thongke|thong-ke|wrapright|col-side|"
    r"portlet-column-last|rightpane|right-content",
    re.IGNORECASE,
)
# The most documents an article attaches; a page linking more is a list of documents
ATTACHED_MAX = 3
# The longest text in which a publication date is looked for, e.g. "Đăng ngày 08/07/2021"
DATE_TEXT_MAX_CHARS = 120


@dataclass(frozen=True)
class Image:
    """A photo of the article and its caption as written."""

    url: str
    caption: str | None


@dataclass(frozen=True)
class ArticleRecord:
    """The fields of one article page, cleaned and in NFC."""

    title: str
    lead: str | None
    body: str
    author: str | None
    published_at: str | None
    images: tuple[Image, ...]
    platform: str


def text_of(element: HtmlElement | None) -> str | None:
    """An element's text on one line, or None when it has none (comments have none)."""
    if element is None or not isinstance(element.tag, str):
        return None
    return clean_line(element.text_content()) or None


def is_byline(line: str) -> bool:
    """True for a short name-like last line such as "Trung Anh" or "DOÃN TẤN ĐẠT-HND KIÊN GIANG"."""
    words = line.split()
    return (
        0 < len(words) <= BYLINE_MAX_WORDS
        and not SENTENCE_END.search(line)
        and all(w[0].isupper() or not w[0].isalpha() for w in words[:2])
    )


def caption_element(
    img: HtmlElement, block: HtmlElement, styled: bool = True
) -> HtmlElement | None:
    """The element holding an image's caption: a figcaption, a line starting "Ảnh:" just after
    it, or (when STYLED) italic or centred text beside it, or italic text just after it."""
    holder = img
    while holder.getparent() is not None and holder.getparent() is not block:
        if holder.tag == "figure":
            break
        holder = holder.getparent()
    if holder.tag == "figure":
        return next(iter(holder.iter("figcaption")), None)
    for candidate in holder.iter("em", "i", "figcaption", "span"):
        marked = candidate.tag != "span" or CAPTION_STYLE.search(candidate.get("style", ""))
        if (styled and marked or candidate.tag == "figcaption") and text_of(candidate):
            return candidate
    following = holder.getnext()
    text = text_of(following)
    if following is None or text is None or len(text) > CAPTION_MAX_CHARS:
        return None
    italic = [e for e in following.iter("em", "i") if text_of(e) == text]
    looks = italic or ITALIC_STYLE.search(following.get("style", ""))
    return following if (styled and looks) or CAPTION_LINE.match(text) else None


def pull_images(block: HtmlElement, base_url: str, styled: bool = True) -> list[Image]:
    """The photos of a body block with their captions, which are removed from the block; STYLED
    says whether italic or centred text by a photo counts as its caption (see caption_element)."""
    images = []
    for img in list(block.iter("img")):
        src = img.get("src")
        if not src or src.startswith("data:"):
            continue
        caption = caption_element(img, block, styled)
        images.append(Image(urljoin(base_url, src), text_of(caption)))
        if caption is not None and caption.getparent() is not None:
            caption.drop_tree()
    return images


def pull_byline(block: HtmlElement) -> str | None:
    """Removes a byline set apart at the end of a body block (right-aligned or all bold) and
    returns it, e.g. <p style="text-align:right"><strong>Văn phòng UBND tỉnh</strong></p>."""
    last = next((e for e in reversed(block) if text_of(e)), None)
    text = text_of(last)
    if last is None or text is None or len(text) > BYLINE_MAX_CHARS or SENTENCE_END.search(text):
        return None
    bold = "".join(b.text_content() for b in last.iter("strong", "b"))
    all_bold = "".join(bold.split()) == "".join(text.split())
    if not (RIGHT_ALIGNED.search(last.get("style", "")) or all_bold):
        return None
    last.drop_tree()
    return text


def own_text(element: HtmlElement) -> list[str]:
    """The paragraphs an element holds as bare text, separated by <br> or by block children:
    the body of an old page written as "text<br><br>text"; inline markup (links, bold) is part
    of the text around it."""
    pieces, current = [], [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            current.append(child.text_content())
        else:
            pieces.append("".join(current))
            current = []
        current.append(child.tail or "")
    pieces.append("".join(current))
    return [clean_line(piece) for piece in pieces if clean_line(piece)]


def text_block(tree: HtmlElement) -> HtmlElement | None:
    """The element (outside the page furniture) holding the most prose of its own, when it
    holds enough to be an article: the body of older pages written as text and <br>s."""
    best, most = None, 0
    for element in tree.iter(*TEXT_HOLDERS):
        paragraphs = [p for p in own_text(element) if len(p) >= PARAGRAPH_MIN_CHARS]
        prose = sum(len(p) for p in paragraphs) if len(paragraphs) >= BARE_PARAGRAPHS_MIN else 0
        if prose > most and not is_furniture(element):
            best, most = element, prose
    return best if most >= PROSE_MIN_CHARS else None


def runs_together(lines: list[str], paragraphs: list[str]) -> bool:
    """True when one of the lines holds two of the paragraphs: trafilatura ran an old page's
    bare text (paragraphs between <br>s) into its table layout."""
    long = [p for p in paragraphs if len(p) >= PARAGRAPH_MIN_CHARS]
    return any(sum(p in line for p in long) >= BARE_PARAGRAPHS_MIN for line in lines)


def title_element(tree: HtmlElement, adapter: Adapter) -> HtmlElement | None:
    """The element holding the article's title: the family's, else for a page of no known
    family the common title markup, else the element whose text begins with the page's own
    part of <title> ("UBND huyện họp giao ban - Cổng TTĐT huyện" -> "UBND huyện họp giao ban")."""
    found = adapter.first(tree, adapter.title)
    if found is not None or adapter is not GENERIC:
        return found
    head = TITLE_SEPARATOR.split(clean_line(tree.findtext(".//title") or ""))[0]
    if len(head.split()) < HEADLINE_MIN_WORDS:
        return None
    body = tree.find("body")
    candidates = [
        element
        for element in (body.iter() if body is not None else ())
        if isinstance(element.tag, str)
        and element.tag not in ("a", "title", "body", "html")
        and (text_of(element) or "").startswith(head)
        and len(text_of(element) or "") <= 2 * len(head)
    ]
    return candidates[-1] if candidates else None


def densest_block(tree: HtmlElement) -> HtmlElement | None:
    """The element whose own paragraphs hold the most text: the article block of a page of no
    known family, where its photos are looked for."""
    totals: Counter[HtmlElement] = Counter()
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            totals[parent] += len(text_of(paragraph) or "")
    return max(totals, key=totals.__getitem__) if totals else None


def body_lines(html: HtmlElement | str) -> list[str]:
    """The paragraphs trafilatura finds in a block or page, one cleaned line each."""
    text = trafilatura.extract(
        html, favor_recall=True, include_comments=False, include_tables=True, deduplicate=False
    )
    return clean_paragraphs(text or "").splitlines()


def split_byline(lines: list[str]) -> tuple[list[str], str | None]:
    """The body lines without furniture, caption and byline lines, and the author's name if any."""
    author = None
    kept = []
    for line in lines:
        match = AUTHOR_LINE.match(line)
        if match:
            author = author or clean_line(match["name"])
        elif not (FURNITURE_LINE.match(line) or CAPTION_LINE.match(line)):
            kept.append(line)
    if author is None and len(kept) > 1 and is_byline(kept[-1]):
        author = kept.pop()
    return kept, author


def has_headline_link(element: HtmlElement) -> bool:
    """True when the element is or holds a link whose text reads like another article's headline."""
    return any(len((text_of(a) or "").split()) >= HEADLINE_MIN_WORDS for a in element.iter("a"))


def is_furniture(element: HtmlElement) -> bool:
    """True when the element lies in a page's header, footer, menus or side boxes."""
    for holder in element.iterancestors():
        name = f"{holder.get('class', '')} {holder.get('id', '')}"
        if holder.tag in FURNITURE_TAGS or FURNITURE_NAME.search(name):
            return True
    return False


def is_teaser(paragraph: HtmlElement) -> bool:
    """True when a headline link comes before a paragraph in its parent or grandparent, as in a
    listing's item (a related-news box after an article's paragraphs does not count)."""
    for holder in list(paragraph.iterancestors())[:2]:
        for element in holder.iter():
            if element is paragraph:
                break
            if element.tag == "a" and has_headline_link(element):
                return True
    return False


def has_prose(tree: HtmlElement) -> bool:
    """True when the page holds article prose: in <p> paragraphs, or as bare text and <br>s."""
    return has_paragraph_prose(tree) or text_block(tree) is not None


def has_paragraph_prose(tree: HtmlElement) -> bool:
    """True when the page's paragraphs that are neither teasers beside headline links nor page
    furniture hold PROSE_MIN_CHARS of text."""
    total = 0
    for paragraph in tree.iter("p"):
        length = len(text_of(paragraph) or "")
        if length >= PARAGRAPH_MIN_CHARS and not is_teaser(paragraph):
            total += 0 if is_furniture(paragraph) else length
        if total >= PROSE_MIN_CHARS:
            return True
    return False


def metadata_date(tree: HtmlElement) -> str | None:
    """The publication date a page's metadata gives (article:published_time, JSON-LD …), read
    by htmldate without guessing from the page's text, where no date stands in the article."""
    try:
        return htmldate.find_date(tree, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None


def find_date(tree: HtmlElement, adapter: Adapter, title: HtmlElement | None) -> str | None:
    """The publication date in the article block: the adapter's date (a <time>'s datetime first),
    else in the three elements just after the title or after the title's wrapper."""
    date_element = adapter.first(tree, adapter.date)
    stamp = date_element.get("datetime") if date_element is not None else None
    found = parse_published(stamp or text_of(date_element) or "")
    holders = (title, title.getparent()) if title is not None else ()
    for holder in holders:
        following = holder.getnext() if holder is not None else None
        for _ in range(3):
            if found or following is None:
                break
            text = text_of(following) or ""
            found = parse_published(text) if len(text) <= DATE_TEXT_MAX_CHARS else None
            following = following.getnext()
    return found


def parse_page(html: str) -> HtmlElement | None:
    """The page as an lxml tree, or None when there is nothing parseable in it; raises
    LimitExceeded for a page too large or of too many elements to read."""
    check_page_text(html)
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None
    check_tree(tree)
    return tree


def is_article(tree: HtmlElement, url: str, adapter: Adapter) -> bool:
    """True for an article page: its family's article URL (when the family has a URL scheme) and
    blocks, or, for a page of no known family, a title, a publication date, and prose that is not
    a list of teasers or a document or two attached (a web item pointing to its notice)."""
    if adapter is not GENERIC:
        return bool(
            (adapter.article_url is None or adapter.article_url.search(url))
            and title_element(tree, adapter) is not None
            and adapter.first(tree, adapter.body) is not None
        )
    title = title_element(tree, adapter)
    return (
        title is not None
        and (find_date(tree, adapter, title) or published_from_url(url)) is not None
        and (has_prose(tree) or 0 < len(attachment_links(tree, url)) <= ATTACHED_MAX)
    )


def extract_from_html(html: str, url: str) -> ArticleRecord | None:
    """The article of a page's HTML, or None when the page holds no article."""
    tree = parse_page(html)
    if tree is None:
        return None
    adapter = detect(tree)
    return extract_article(tree, url, adapter) if is_article(tree, url, adapter) else None


def page_text(body: bytes, charset: str | None) -> str:
    """A response body as NFC text: decoded with the HTTP header charset in mind, then repaired
    (entities, mojibake, TCVN3/VNI font text)."""
    return repair_text(decode_html(body, charset)[0])


def extract_from_bytes(body: bytes, charset: str | None, url: str) -> ArticleRecord | None:
    """The article of a fetched page given as bytes and its HTTP header charset, or None."""
    return extract_from_html(page_text(body, charset), url)


def extract_article(tree: HtmlElement, url: str, adapter: Adapter) -> ArticleRecord | None:
    """The fields of an article page (see is_article), or None when its body is empty."""
    heading = title_element(tree, adapter)
    title = text_of(heading) or ""
    block = adapter.first(tree, adapter.body)
    published = find_date(tree, adapter, heading) or metadata_date(tree) or published_from_url(url)
    lead_element = adapter.first(tree, adapter.lead)
    lead = text_of(lead_element)
    if block is not None:
        for selector in adapter.drop:
            for element in block.cssselect(selector):
                element.drop_tree()
        images = pull_images(block, url)
        byline = pull_byline(block)
        lines = body_lines(block)
    else:
        densest = densest_block(tree)
        images = pull_images(densest, url, styled=False) if densest is not None else []
        byline = None
        lines = body_lines(tree)
        bare = text_block(tree) if not has_paragraph_prose(tree) else None
        if bare is not None and runs_together(lines, own_text(bare)):
            lines = body_lines(bare)
    lines = [line for line in lines if line not in (title, lead)]
    lines, author = split_byline(lines)
    author = byline or author
    if not lines:
        return None
    return ArticleRecord(
        title=title,
        lead=lead,
        body="\n".join(lines),
        author=author,
        published_at=published,
        images=tuple(images),
        platform=adapter.name,
    )
