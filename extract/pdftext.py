"""Repaired text of a PDF: page furniture dropped, footnotes apart, paragraphs made whole."""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTAnno, LTChar, LTTextContainer, LTTextLine

from extract.limits import PDF_MAX_PAGES
from extract.text import clean_line

# A character this much smaller than its line's text and raised is a superscript footnote mark.
SUPERSCRIPT_RATIO = 0.9
# Superscript forms of the digits: "1" raised in "Thành viên1" becomes "¹".
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# A line this much smaller than the body text may be a footnote.
NOTE_RATIO = 0.9
# Space between two lines beyond the page's usual line spacing, in units of the font size, that
# starts a new paragraph.
PARAGRAPH_GAP = 0.25
# How far short of the right margin, in units of the font size, a line ends its paragraph.
SHORT_LINE = 2.0
# A centred line this wide, as a share of the text width, wraps into the next centred line.
WRAPPED_CENTRED = 0.6
# Share of the pages on which a top or bottom line must repeat to be a running header or footer.
RUNNING_SHARE = 0.5

# A page number alone on a line: "2", "- 2 -", "Trang 2", "2/5".
PAGE_NUMBER_RE = re.compile(r"^(?:trang\s+)?[-–—]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–—]?$", re.I)
# A footnote's opening mark: "¹ " in "¹ Phó Chủ tịch UBND tỉnh …".
NOTE_START_RE = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\S")
# Characters that end a sentence or a clause, so a line ending in one is not cut mid-sentence.
SENTENCE_END_RE = re.compile(r"[.:;!?…]$")
# Digits, which running headers and footers vary from page to page: "2" in "Trang 2/5".
DIGITS_RE = re.compile(r"\d+")
# A letter and a hyphen ending a line, joined to the next line without a space: "vắc-" + "xin".
HYPHEN_END_RE = re.compile(r"[^\W\d_]-$")

PDF_LAPARAMS = LAParams()


@dataclass(frozen=True)
class Line:
    """One line of text on a page, with its box (points, from the page's top-left) and font size."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def middle(self) -> float:
        """Horizontal centre of the line."""
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class PageText:
    """A document's repaired text: body paragraphs one per line, footnotes apart."""

    text: str
    notes: tuple[str, ...]


def _char_text(char: LTChar, line_size: float, baseline: float) -> str:
    """A character's text, a raised smaller digit turned into its superscript form."""
    text = char.get_text()
    raised = char.y0 > baseline + 0.1 * line_size
    if char.size < line_size * SUPERSCRIPT_RATIO and raised and text.isdigit():
        return text.translate(SUPERSCRIPTS)
    return text


def _line(line: LTTextLine, page_height: float) -> Line | None:
    """A pdfminer text line as a Line, None when it holds no visible text."""
    chars = [item for item in line if isinstance(item, LTChar)]
    if not chars:
        return None
    size = Counter(round(char.size, 1) for char in chars).most_common(1)[0][0]
    baseline = min(char.y0 for char in chars if round(char.size, 1) == size)
    parts = [
        _char_text(item, size, baseline) if isinstance(item, LTChar) else item.get_text()
        for item in line
        if isinstance(item, LTChar | LTAnno)
    ]
    text = clean_line("".join(parts))
    if not text:
        return None
    return Line(text, line.x0, line.x1, page_height - line.y1, page_height - line.y0, size)


def _text_lines(container: Iterable) -> Iterator[LTTextLine]:
    """The text lines inside a page's layout, in pdfminer's reading order."""
    for item in container:
        if isinstance(item, LTTextLine):
            yield item
        elif isinstance(item, LTTextContainer):
            yield from _text_lines(item)


def pdf_pages(data: bytes) -> list[list[Line]]:
    """The lines of each page of a PDF's text layer (empty lists for pages without one)."""
    pages = []
    for layout in extract_pages(io.BytesIO(data), laparams=PDF_LAPARAMS, maxpages=PDF_MAX_PAGES):
        lines = (_line(line, layout.height) for line in _text_lines(layout))
        pages.append([line for line in lines if line])
    return pages


def _body_size(pages: list[list[Line]]) -> float:
    """The font size of most of the text."""
    sizes: Counter[float] = Counter()
    for line in (line for page in pages for line in page):
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0]


def _edge_lines(page: list[Line]) -> list[Line]:
    """The topmost and bottommost lines of a page."""
    if not page:
        return []
    return [min(page, key=lambda line: line.top), max(page, key=lambda line: line.bottom)]


def _running_lines(pages: list[list[Line]]) -> set[str]:
    """Top or bottom lines repeated, digits aside, on many pages: running headers and footers."""
    counts = Counter(
        key
        for page in pages
        for key in {DIGITS_RE.sub("#", line.text) for line in _edge_lines(page)}
    )
    least = max(2, RUNNING_SHARE * len(pages))
    return {key for key, count in counts.items() if count >= least}


def _without_furniture(page: list[Line], running: set[str]) -> list[Line]:
    """A page's lines without page numbers and running headers or footers at its top or bottom."""
    edges = _edge_lines(page)
    return [
        line
        for line in page
        if not (
            any(line is edge for edge in edges)
            and (PAGE_NUMBER_RE.match(line.text) or DIGITS_RE.sub("#", line.text) in running)
        )
    ]


def _split_notes(page: list[Line], body_size: float) -> tuple[list[Line], list[Line]]:
    """A page's body lines and its footnote lines: small lines from the first that opens with a
    footnote mark below all of the body text."""
    body_bottom = max((line.bottom for line in page if line.size >= body_size), default=0.0)
    for position, line in enumerate(page):
        small = line.size < body_size * NOTE_RATIO
        if small and line.top >= body_bottom and NOTE_START_RE.match(line.text):
            rest = page[position:]
            notes = [line for line in rest if line.size < body_size * NOTE_RATIO]
            body = page[:position] + [line for line in rest if line.size >= body_size * NOTE_RATIO]
            return body, notes
    return page, []


@dataclass(frozen=True)
class _Layout:
    """Where a page's body text runs: its left and right edges and its usual line spacing."""

    left: float
    right: float
    spacing: float


def _layout(lines: list[Line], body_size: float) -> _Layout:
    """The text edges and usual space between consecutive lines of a page's body text."""
    body = [line for line in lines if line.size == body_size] or lines
    gaps = [
        line.top - previous.bottom
        for previous, line in zip(body, body[1:], strict=False)
        if 0 <= line.top - previous.bottom < body_size
    ]
    spacing = statistics.median(gaps) if gaps else 0.0
    return _Layout(min(line.x0 for line in body), max(line.x1 for line in body), spacing)


def _continues(previous: Line, line: Line, layout: _Layout) -> bool:
    """Whether a line on the same page continues the paragraph of the line before it."""
    gap = line.top - previous.bottom
    too_far = gap > layout.spacing + PARAGRAPH_GAP * previous.size
    if gap < -previous.size / 2 or too_far or line.size != previous.size:
        return False
    centred = abs(line.middle - previous.middle) < previous.size
    if centred and line.x0 > previous.x0 + previous.size:
        return previous.x1 - previous.x0 >= WRAPPED_CENTRED * (layout.right - layout.left)
    if line.x0 > previous.x0 + previous.size:
        return False
    return previous.x1 >= layout.right - SHORT_LINE * previous.size


def _join(left: str, right: str) -> str:
    """Two pieces of one paragraph joined across a line break, without a soft hyphen."""
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if HYPHEN_END_RE.search(left):
        return left + right
    return f"{left} {right}"


def _paragraphs(lines: list[Line], body_size: float) -> list[str]:
    """The paragraphs of one page's body lines."""
    layout = _layout(lines, body_size) if lines else None
    paragraphs: list[str] = []
    previous: Line | None = None
    for line in lines:
        if previous is not None and layout and _continues(previous, line, layout):
            paragraphs[-1] = _join(paragraphs[-1], line.text)
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def _notes(lines: list[Line]) -> list[str]:
    """Footnotes, one per opening mark, each with its mark: "¹ Phó Chủ tịch UBND tỉnh …"."""
    notes: list[str] = []
    for line in lines:
        if NOTE_START_RE.match(line.text) or not notes:
            notes.append(line.text)
        else:
            notes[-1] = _join(notes[-1], line.text)
    return notes


def _cut(paragraph: str, following: str) -> bool:
    """Whether a page's last paragraph was cut by the page break and goes on the next page."""
    return not SENTENCE_END_RE.search(paragraph) and following[:1].islower()


def repair(pages: list[list[Line]]) -> PageText:
    """The text of a document's pages: page numbers and running headers or footers dropped,
    footnotes apart, paragraphs joined across line and page breaks, in NFC."""
    if not any(pages):
        return PageText("", ())
    body_size = _body_size(pages)
    running = _running_lines(pages)
    paragraphs: list[str] = []
    notes: list[str] = []
    for page in pages:
        body, page_notes = _split_notes(_without_furniture(page, running), body_size)
        notes += _notes(page_notes)
        page_paragraphs = _paragraphs(body, body_size)
        if paragraphs and page_paragraphs and _cut(paragraphs[-1], page_paragraphs[0]):
            paragraphs[-1] = _join(paragraphs[-1], page_paragraphs.pop(0))
        paragraphs += page_paragraphs
    text = "\n".join(unicodedata.normalize("NFC", p) for p in paragraphs)
    return PageText(text, tuple(unicodedata.normalize("NFC", note) for note in notes))
