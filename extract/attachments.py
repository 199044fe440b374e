"""Attachments of an article page (PDF, Word, scans): where they are linked and their text."""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import re
import statistics
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urljoin, urlsplit

import docx
import pypdf
import pytesseract
from docx.table import Table
from lxml.html import HtmlElement
from pdfminer.pdfexceptions import PDFException
from pdfminer.psexceptions import PSException
from PIL import Image
from pypdf.errors import PyPdfError

from extract.limits import PDF_MAX_PAGES, LimitExceeded, check_zip
from extract.links import NON_HTTP, canonical_url
from extract.pdftext import SUPERSCRIPTS, Line, pdf_pages, repair
from extract.text import clean_line, clean_paragraphs

# Largest attachment downloaded and read, in bytes.
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
# Tesseract's language model: Vietnamese, from Debian's tesseract-ocr-vie.
OCR_LANGUAGE = "vie"
# Fewer characters than this on every page of a PDF means a scan without a text layer.
TEXT_LAYER_MIN_CHARS = 20
# OCR words without a letter or digit and with a lower confidence (0-100) are left out, e.g.
# specks read as "'" or "._".
OCR_MIN_CONFIDENCE = 30
# Resolution Tesseract reads best, in dots per inch; scans below UPSCALE_BELOW of it are enlarged.
OCR_DPI = 300
UPSCALE_BELOW = 0.95
POINTS_PER_INCH = 72
# A blank column at least this many word heights wide separates two columns of text: the
# "ỦY BAN NHÂN DÂN" and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" cells of a notice's header.
COLUMN_GAP = 1.5
# An OCR word whose box is smaller both ways than this share of the median word height is a speck
# of dust, e.g. a 3-pixel dot read as "ˆ" beside 50-pixel words.
OCR_SPECK = 0.2
# A block of OCR words whose median height is under this share of the page's median word height
# is in a smaller font: 9-point footnotes under 12-point text measure about 0.79 of it.
OCR_NOTE_RATIO = 0.8
# A glyph under this share of its line's median word height, its foot raised above theirs by
# more than MARK_RAISE of it, is a superscript mark: the "¹" opening a footnote, read as "Ì".
MARK_SIZE = 0.8
MARK_RAISE = 0.25
# Words each side of a word that its height is compared with, e.g. "03" and "thành" after "viên!,".
NEIGHBOURS = 2

PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC_TYPE = "application/msword"

# Attachment file names by extension: "/Lists/TinTuc/Attachments/12/tb412.pdf", "bc.DOCX".
ATTACHMENT_PATH_RE = re.compile(r"\.(?:pdf|docx?)$", re.IGNORECASE)
# SharePoint list-item attachments, whatever the extension: "/Lists/TinTuc/Attachments/12/x.pdf".
SHAREPOINT_ATTACHMENT_RE = re.compile(r"/Lists/[^/]+/Attachments/\d+/[^/]+$", re.IGNORECASE)
# Document viewers that wrap the attachment's own URL in a query parameter:
# "https://docs.google.com/gview?url=https://x.gov.vn/a.pdf&embedded=true", "/viewer?file=a.pdf".
VIEWER_RE = re.compile(r"docs\.google\.com/(?:gview|viewer)|/viewer(?:\.html)?$", re.IGNORECASE)
# Text that every URL the three patterns above find holds (in a segment of its own or in a part
# the page's URL gives it): a link's value without any of it, on a page whose URL holds none of
# it, is left without being resolved, e.g. "pdf" in "tb412.PDF", "view" in "gview?url=…"
ATTACHMENT_HINT_RE = re.compile(r"pdf|doc|attachments|view", re.IGNORECASE)
# Characters a URL parser drops wherever they stand (WHATWG URL), e.g. the line break in "a.p\ndf"
DROPPED_BY_PARSER = str.maketrans("", "", "\t\r\n")
# Query parameters of a viewer that carry the document URL: "url" in "gview?url=…".
VIEWER_PARAMS = ("url", "file", "src")
# Elements and attributes that link or embed a file: <a href>, <iframe src>, <embed src>, <object
# data>.
LINK_ATTRIBUTES = (("a", "href"), ("iframe", "src"), ("embed", "src"), ("object", "data"))

# Content types by file extension, for a server that sends none or a generic one.
TYPES_BY_EXTENSION = {".pdf": PDF_TYPE, ".docx": DOCX_TYPE, ".doc": DOC_TYPE}
# Underscores around an OCR word, Tesseract's reading of rules and specks: "_" in "_-LĐVP;".
OCR_RULE_RE = re.compile(r"^_+|_+$")
# A letter or a digit, which any word of real text has: "L" in "(LĐVP)".
LETTER_OR_DIGIT_RE = re.compile(r"[^\W_]")
# A superscript mark Tesseract misread at the end of a word, before its punctuation: "!" in
# "viên!,", "”" in "dự”;", "Ö" in "dânÖ" (for "viên¹,", "dự²;", "dân³").
GLUED_MARK_RE = re.compile(r"(?<=[^\W\d_])(?:[!”\"'’*°ÌÍÖÏ]|\d)(?=[.,;:)]*$)")
# A dash or bullet, which is raised and small like a mark but opens a list item: "-" in "- LĐVP;".
DASH_RE = re.compile(r"^[-–—•+]+$")
# Leading bytes of each readable format: "%PDF-" for PDF, a ZIP header for .docx, the OLE2
# header of a legacy .doc.
MAGIC = ((b"%PDF-", PDF_TYPE), (b"PK\x03\x04", DOCX_TYPE), (b"\xd0\xcf\x11\xe0", DOC_TYPE))


class AttachmentError(ValueError):
    """An attachment that cannot be read: too large, damaged or of an unsupported kind."""


@dataclass(frozen=True)
class AttachmentText:
    """The text of an attachment: body paragraphs one per line, footnotes apart, in NFC."""

    text: str
    notes: tuple[str, ...]
    pages: int | None
    ocr: bool
    content_type: str


def _viewer_target(url: str) -> str | None:
    """The document a viewer URL shows: the "url" parameter of a Google viewer embed."""
    parts = urlsplit(url)
    if not VIEWER_RE.search(parts.netloc + parts.path):
        return None
    query = parse_qs(parts.query)
    return next((query[name][0] for name in VIEWER_PARAMS if query.get(name)), None)


def _hinted(url: str) -> bool:
    """True when a URL (or a link's value) may be an attachment's, see ATTACHMENT_HINT_RE."""
    return ATTACHMENT_HINT_RE.search(url.translate(DROPPED_BY_PARSER)) is not None


def _candidate_urls(tree: HtmlElement, page_url: str) -> Iterator[str]:
    """Absolute URLs of the links and embeds on a page that may be attachments, viewer embeds
    unwrapped."""
    every = _hinted(page_url)
    for tag, attribute in LINK_ATTRIBUTES:
        for element in tree.iter(tag):
            value = (element.get(attribute) or "").strip()
            if not value or value.startswith("#") or NON_HTTP.match(value):
                continue
            if not (every or _hinted(value)):
                continue
            url = urljoin(page_url, value)
            target = _viewer_target(url)
            yield urljoin(url, target) if target else url


def attachment_links(tree: HtmlElement, page_url: str) -> list[str]:
    """Canonical URLs of the attachments a page links or embeds (PDF, Word, SharePoint list
    attachments, documents inside viewer embeds), in page order, each once."""
    found: dict[str, None] = {}
    for url in _candidate_urls(tree, page_url):
        path = urlsplit(url).path
        if ATTACHMENT_PATH_RE.search(path) or SHAREPOINT_ATTACHMENT_RE.search(path):
            found.setdefault(canonical_url(url), None)
    return list(found)


def content_type_of(data: bytes, filename: str, content_type: str | None) -> str:
    """The kind of an attachment: from its leading bytes, else its extension, else as served."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    extension = os.path.splitext(urlsplit(filename).path)[1].lower()
    declared = (content_type or "").split(";")[0].strip().lower()
    return TYPES_BY_EXTENSION.get(extension) or declared or "application/octet-stream"


@dataclass(frozen=True)
class _Word:
    """One word Tesseract read: its text, its box in pixels and its place in Tesseract's order."""

    text: str
    left: int
    top: int
    right: int
    bottom: int
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line numbers


def _page_image(image: Image.Image, page_width: float) -> Image.Image:
    """A scanned page as Tesseract reads it best: grayscale, at least OCR_DPI (page_width in
    points)."""
    image = image.convert("L")
    dpi = image.width / (page_width / POINTS_PER_INCH)
    if dpi >= OCR_DPI * UPSCALE_BELOW:
        return image
    factor = OCR_DPI / dpi
    size = (round(image.width * factor), round(image.height * factor))
    return image.resize(size, Image.Resampling.LANCZOS)


def _ocr_words(image: Image.Image) -> list[_Word]:
    """The words Tesseract reads on a page image, specks and rules left out."""
    data = pytesseract.image_to_data(image, lang=OCR_LANGUAGE, output_type=pytesseract.Output.DICT)
    words = []
    for index, raw in enumerate(data["text"]):
        text = OCR_RULE_RE.sub("", raw.strip())
        confidence = float(data["conf"][index])
        if not text or confidence < 0:
            continue
        if confidence < OCR_MIN_CONFIDENCE and not LETTER_OR_DIGIT_RE.search(text):
            continue
        left, top = data["left"][index], data["top"][index]
        line = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        right, bottom = left + data["width"][index], top + data["height"][index]
        words.append(_Word(text, left, top, right, bottom, line))
    if not words:
        return []
    speck = OCR_SPECK * statistics.median(word.bottom - word.top for word in words)
    return [word for word in words if max(word.right - word.left, word.bottom - word.top) > speck]


def _widest_cut(words: list[_Word], column_gap: float) -> tuple[int, list[_Word]] | None:
    """Where a group of words splits at its widest blank band: the index of the split in the
    words sorted across the band, or None when no blank row, nor blank column at least
    column_gap wide, runs through the group."""
    best: tuple[float, int, list[_Word]] | None = None
    axes = ((lambda w: w.top, lambda w: w.bottom, 0.0), (lambda w: w.left, lambda w: w.right, 1.0))
    for start, end, least in axes:
        ordered = sorted(words, key=start)
        reach = end(ordered[0])
        for position, word in enumerate(ordered[1:], start=1):
            gap = start(word) - reach
            if gap > least * column_gap and (best is None or gap > best[0]):
                best = (gap, position, ordered)
            reach = max(reach, end(word))
    return None if best is None else (best[1], best[2])


def _reading_order(words: list[_Word], column_gap: float) -> list[list[_Word]]:
    """Groups of words in reading order by recursive XY-cut: a page is split at its widest blank
    row or column, so a column (header cell, recipients list) is read whole before the one
    beside it; each group keeps Tesseract's own order."""
    if len(words) > 1 and (cut := _widest_cut(words, column_gap)):
        position, ordered = cut
        return _reading_order(ordered[:position], column_gap) + _reading_order(
            ordered[position:], column_gap
        )
    return [words]


def _superscripts() -> Iterator[str]:
    """Superscript numbers in order: "¹", "²", … "¹⁰", …"""
    return (str(number).translate(SUPERSCRIPTS) for number in itertools.count(1))


def _ocr_lines(words: list[_Word], height: float) -> list[list[_Word]]:
    """The words of each line Tesseract read on a page, lines in reading order."""
    order = {id(word): position for position, word in enumerate(words)}
    lines: list[list[_Word]] = []
    for group in _reading_order(words, COLUMN_GAP * height):
        by_line: dict[tuple[int, int, int], list[_Word]] = {}
        for word in sorted(group, key=lambda w: order[id(w)]):
            by_line.setdefault(word.line, []).append(word)
        lines += by_line.values()
    return lines


def _small_blocks(words: list[_Word], height: float) -> dict[int, float]:
    """The median word height of each Tesseract block in a smaller font than the page's text."""
    heights: dict[int, list[int]] = {}
    for word in words:
        heights.setdefault(word.line[0], []).append(word.bottom - word.top)
    medians = {block: statistics.median(values) for block, values in heights.items()}
    return {block: median for block, median in medians.items() if median < OCR_NOTE_RATIO * height}


def _is_mark(word: _Word, line: list[_Word]) -> bool:
    """Whether a word opening a footnote line is its superscript mark: a glyph or two, smaller than
    the line's words and raised above their foot."""
    height = statistics.median(w.bottom - w.top for w in line)
    foot = statistics.median(w.bottom for w in line)
    return (
        len(word.text) <= 2
        and not DASH_RE.match(word.text)
        and word.bottom - word.top < MARK_SIZE * height
        and word.bottom < foot - MARK_RAISE * height
    )


def _note_words(
    line: list[_Word], note_left: float | None, marks: Iterator[str]
) -> tuple[list[str], float | None]:
    """A footnote line's words, its misread mark restored in order ("Ì Phó…" as "¹ Phó…") or, for a
    note whose mark went unread, one given when it starts where the page's notes start their text;
    and where that is."""
    height = statistics.median(w.bottom - w.top for w in line)
    if len(line) > 1 and _is_mark(line[0], line):
        return [next(marks), *(word.text for word in line[1:])], line[1].left
    if note_left is not None and abs(line[0].left - note_left) < height:
        return [next(marks), *(word.text for word in line)], note_left
    return [word.text for word in line], note_left


def _body_word(line: list[_Word], position: int, marks: Iterator[str]) -> str:
    """The text of a line's word, a misread superscript mark at its end restored in order when
    the word stands above its neighbours (up to NEIGHBOURS each side, so a skewed scan's slope
    does not count): "viên!," as "viên¹,"."""
    word = line[position]
    near = (
        line[max(0, position - NEIGHBOURS) : position]
        + line[position + 1 : position + 1 + NEIGHBOURS]
    )
    if not near or not GLUED_MARK_RE.search(word.text):
        return word.text
    height = statistics.median(w.bottom - w.top for w in near)
    if word.top < statistics.median(w.top for w in near) - MARK_RAISE * height:
        return GLUED_MARK_RE.sub(next(marks), word.text, count=1)
    return word.text


def _ocr_page(
    image: Image.Image, page_width: float, note_marks: Iterator[str], body_marks: Iterator[str]
) -> list[Line]:
    """The lines Tesseract reads on a page image, in reading order, in points: footnotes below the
    body text in a smaller size, superscript marks numbered in order from note_marks and
    body_marks."""
    image = _page_image(image, page_width)
    scale = page_width / image.width
    words = _ocr_words(image)
    if not words:
        return []
    height = statistics.median(word.bottom - word.top for word in words)
    small = _small_blocks(words, height)
    body_bottom = max((w.bottom for w in words if w.line[0] not in small), default=0)
    note_left = None
    lines = []
    for line in _ocr_lines(words, height):
        block = line[0].line[0]
        if block in small and min(w.top for w in line) >= body_bottom:
            texts, note_left = _note_words(line, note_left, note_marks)
        else:
            texts = [_body_word(line, position, body_marks) for position in range(len(line))]
        text = clean_line(" ".join(texts))
        left, right = min(w.left for w in line) * scale, max(w.right for w in line) * scale
        top, bottom = min(w.top for w in line) * scale, max(w.bottom for w in line) * scale
        lines.append(Line(text, left, right, top, bottom, round(small.get(block, height) * scale)))
    return lines


def _ocr_pdf(data: bytes) -> list[list[Line]]:
    """The lines of each page of a scanned PDF, read by Tesseract from the page's largest image."""
    if not tesseract_available():
        raise AttachmentError("scanned PDF needs Tesseract OCR, which is not installed")
    # Tesseract's own threads slow it down several times on a small machine.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    note_marks, body_marks = _superscripts(), _superscripts()
    pages = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages[:PDF_MAX_PAGES]:
        images = [image.image for image in page.images]
        if not images:
            pages.append([])
            continue
        image = max(images, key=lambda picture: picture.width * picture.height)
        pages.append(_ocr_page(image, float(page.mediabox.width), note_marks, body_marks))
    return pages


def tesseract_available() -> bool:
    """Whether the Tesseract program and its Vietnamese model are installed."""
    try:
        return OCR_LANGUAGE in pytesseract.get_languages()
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError):
        return False


def _pdf_text(data: bytes) -> AttachmentText:
    """A PDF's repaired text, from its text layer or, for a scan, from OCR."""
    try:
        pages = pdf_pages(data)
    except (PDFException, PSException, ValueError, KeyError, TypeError) as error:
        raise AttachmentError(f"unreadable PDF: {error}") from error
    ocr = all(sum(len(line.text) for line in page) < TEXT_LAYER_MIN_CHARS for page in pages)
    if ocr:
        try:
            pages = _ocr_pdf(data)
        except PyPdfError as error:
            raise AttachmentError(f"unreadable scanned PDF: {error}") from error
    repaired = repair(pages)
    return AttachmentText(repaired.text, repaired.notes, len(pages), ocr, PDF_TYPE)


def _docx_blocks(document: docx.document.Document) -> Iterator[str]:
    """The text of a Word document's paragraphs and table cells, in document order."""
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield cell.text
        else:
            yield block.text


def _docx_text(data: bytes) -> AttachmentText:
    """A Word document's text, one paragraph or table-cell line per line."""
    try:
        check_zip(data)
    except LimitExceeded as error:
        raise AttachmentError(str(error)) from error
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise AttachmentError(f"unreadable Word document: {error}") from error
    text = clean_paragraphs("\n".join(_docx_blocks(document)))
    return AttachmentText(text, (), None, False, DOCX_TYPE)


# The reader of each supported kind of attachment.
READERS: dict[str, Callable[[bytes], AttachmentText]] = {PDF_TYPE: _pdf_text, DOCX_TYPE: _docx_text}


# How many attachments a process keeps read, by (SHA-256 of the bytes, kind): the same notice is
# often attached to several articles (a news item and the notice, a district's copy), and a
# scan costs seconds of OCR; re-extraction reads it once
READ_LATELY_SIZE = 16
_read_lately: OrderedDict[tuple[str, str], AttachmentText] = OrderedDict()


def attachment_text(data: bytes, filename: str, content_type: str | None = None) -> AttachmentText:
    """The text of an attachment (PDF with or without a text layer, .docx); raises
    AttachmentError for one too large, damaged or of an unsupported kind."""
    if len(data) > ATTACHMENT_MAX_BYTES:
        raise AttachmentError(f"{filename}: {len(data):,} bytes, over {ATTACHMENT_MAX_BYTES:,}")
    kind = content_type_of(data, filename, content_type)
    reader = READERS.get(kind)
    if reader is None:
        raise AttachmentError(f"{filename}: cannot read {kind} attachments")
    key = (hashlib.sha256(data).hexdigest(), kind)
    if key in _read_lately:
        _read_lately.move_to_end(key)
        return _read_lately[key]
    try:
        read = reader(data)
    except AttachmentError as error:
        raise AttachmentError(f"{filename}: {error}") from error
    _read_lately[key] = read
    if len(_read_lately) > READ_LATELY_SIZE:
        _read_lately.popitem(last=False)
    return read
