"""Attachments of an article page (PDF, Word, scans): where they are linked and their text."""

from __future__ import annotations

import io
import os
import re
import statistics
import zipfile
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

from extract.links import NON_HTTP, canonical_url
from extract.pdftext import Line, pdf_pages, repair
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


def _candidate_urls(tree: HtmlElement, page_url: str) -> Iterator[str]:
    """Absolute URLs of every link and embed on a page, viewer embeds unwrapped."""
    for tag, attribute in LINK_ATTRIBUTES:
        for element in tree.iter(tag):
            value = (element.get(attribute) or "").strip()
            if not value or value.startswith("#") or NON_HTTP.match(value):
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


def _ocr_page(image: Image.Image, page_width: float) -> list[Line]:
    """The lines Tesseract reads on a page image, in reading order, in points."""
    image = _page_image(image, page_width)
    scale = page_width / image.width
    words = _ocr_words(image)
    if not words:
        return []
    height = statistics.median(word.bottom - word.top for word in words)
    size = round(height * scale)
    order = {id(word): position for position, word in enumerate(words)}
    lines = []
    for group in _reading_order(words, COLUMN_GAP * height):
        by_line: dict[tuple[int, int, int], list[_Word]] = {}
        for word in sorted(group, key=lambda w: order[id(w)]):
            by_line.setdefault(word.line, []).append(word)
        for line in by_line.values():
            text = clean_line(" ".join(word.text for word in line))
            left, right = min(w.left for w in line) * scale, max(w.right for w in line) * scale
            top, bottom = min(w.top for w in line) * scale, max(w.bottom for w in line) * scale
            lines.append(Line(text, left, right, top, bottom, size))
    return lines


def _ocr_pdf(data: bytes) -> list[list[Line]]:
    """The lines of each page of a scanned PDF, read by Tesseract from the page's largest image."""
    if not tesseract_available():
        raise AttachmentError("scanned PDF needs Tesseract OCR, which is not installed")
    # Tesseract's own threads slow it down several times on a small machine.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    pages = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        images = [image.image for image in page.images]
        if not images:
            pages.append([])
            continue
        image = max(images, key=lambda picture: picture.width * picture.height)
        pages.append(_ocr_page(image, float(page.mediabox.width)))
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
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise AttachmentError(f"unreadable Word document: {error}") from error
    text = clean_paragraphs("\n".join(_docx_blocks(document)))
    return AttachmentText(text, (), None, False, DOCX_TYPE)


# The reader of each supported kind of attachment.
READERS: dict[str, Callable[[bytes], AttachmentText]] = {PDF_TYPE: _pdf_text, DOCX_TYPE: _docx_text}


def attachment_text(data: bytes, filename: str, content_type: str | None = None) -> AttachmentText:
    """The text of an attachment (PDF with or without a text layer, .docx); raises
    AttachmentError for one too large, damaged or of an unsupported kind."""
    if len(data) > ATTACHMENT_MAX_BYTES:
        raise AttachmentError(f"{filename}: {len(data):,} bytes, over {ATTACHMENT_MAX_BYTES:,}")
    kind = content_type_of(data, filename, content_type)
    reader = READERS.get(kind)
    if reader is None:
        raise AttachmentError(f"{filename}: cannot read {kind} attachments")
    try:
        return reader(data)
    except AttachmentError as error:
        raise AttachmentError(f"{filename}: {error}") from error
