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

from extract.dates import parse_published, published_from_url
from extract.encoding import decode_html, repair_text
from extract.limits import check_page_text, check_tree
from extract.pagetype import (
    ARTICLE,
    PARAGRAPH_MIN_CHARS,
    generic_headline,
    is_furniture,
    is_teaser,
    own_text,
    read_page,
    reading_adapter,
    text_of,
)
from extract.platforms import GENERIC, Adapter, by_name, detect
from extract.platforms.base import select
from extract.text import clean_line, clean_paragraphs

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
# Elements that may hold an old page's body as bare text and <br>s, e.g. <div class="noidung">
TEXT_HOLDERS = ("div", "td", "span", "font", "section", "article", "p")
# This much paragraph text outside page furniture and teasers makes a page's prose
PROSE_MIN_CHARS = 200
# Paragraphs separated by <br> that make an element an article body of bare text (one long text
# in a <div> is just a block of some page)
BARE_PARAGRAPHS_MIN = 2
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
    """The publication date in a family's article block: the adapter's date (a <time>'s datetime
    first), else in the three elements just after the title or after the title's wrapper."""
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


def extract_from_html(html: str, url: str) -> ArticleRecord | None:
    """The article of a page's HTML, or None when the page holds no article."""
    tree = parse_page(html)
    if tree is None:
        return None
    reading = read_page(tree, url, detect(tree))
    return extract_article(tree, url, reading_adapter(reading)) if reading.kind == ARTICLE else None


def extract_read(html: str, url: str, platform: str) -> ArticleRecord | None:
    """The article of a page the crawl has already decoded and read as an article of the family
    named platform ("generic" for the generic reading), or None when its body is empty."""
    tree = parse_page(html)
    return extract_article(tree, url, by_name(platform)) if tree is not None else None


def page_text(body: bytes, charset: str | None) -> str:
    """A response body as NFC text: decoded with the HTTP header charset in mind, then repaired
    (entities, mojibake, TCVN3/VNI font text)."""
    return repair_text(decode_html(body, charset)[0])


def extract_from_bytes(body: bytes, charset: str | None, url: str) -> ArticleRecord | None:
    """The article of a fetched page given as bytes and its HTTP header charset, or None."""
    return extract_from_html(page_text(body, charset), url)


def extract_article(tree: HtmlElement, url: str, adapter: Adapter) -> ArticleRecord | None:
    """The fields of an article page (see extract.pagetype.read_page), or None when its body is
    empty."""
    if adapter is GENERIC:
        heading, published = generic_headline(tree, url)
    else:
        heading = adapter.first(tree, adapter.title)
        published = find_date(tree, adapter, heading)
    title = text_of(heading) or ""
    block = adapter.first(tree, adapter.body)
    published = published or metadata_date(tree) or published_from_url(url)
    lead_element = adapter.first(tree, adapter.lead)
    lead = text_of(lead_element)
    if block is not None:
        for selector in adapter.drop:
            for element in select(block, selector):
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
