"""Sample notice attachments made from seed notice 004: a text PDF, a scanned PDF, a .docx.

Run `python -m samples.make_notices` to rewrite samples/files/. Generation only, the files are
committed: it needs the DejaVu fonts (Debian fonts-dejavu-core) and pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import io
import random
import re
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

from evaluation.paths import SEEDS

ROOT = Path(__file__).resolve().parent.parent
SEED = SEEDS / "004_6f0508abd3d91ba8.txt"
OUT_DIR = ROOT / "samples" / "files"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"Serif": "DejaVuSerif.ttf", "Serif-Bold": "DejaVuSerif-Bold.ttf"}

TEXT_PDF = "tb-412-ubnd-ket-luan.pdf"
SCAN_PDF = "tb-412-ubnd-ket-luan-ban-scan.pdf"
DOCX = "tb-412-ubnd-ket-luan.docx"

HEADER_LEFT = ("ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG", "Số: 412/TB-UBND")
HEADER_RIGHT = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Kiên Giang, ngày 09 tháng 7 năm 2021",
)
# Seed paragraphs kept in the abridged notice that is scanned and written as .docx: the opening
# ones and, after them, the closing ones from "3. Về các kiến nghị".
ABRIDGED_OPENING = 5
ABRIDGED_CLOSING_FROM = "3. Về các kiến nghị"

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_Y = 2.5 * cm, 1.5 * cm, 2 * cm
BODY_SIZE, BODY_LEADING = 12, 14.6
NOTE_SIZE, NOTE_LEADING = 9, 11
# Paragraph styles of the header lines and of the recipients list.
CENTRED = {"alignment": TA_CENTER, "firstLineIndent": 0, "spaceAfter": 0, "fontSize": 10}
SMALL = {"alignment": TA_LEFT, "firstLineIndent": 0, "fontSize": 9, "leading": 11}
# The scan: an office copier's black-and-white 300 dpi page, a little tilted, its ink spread by
# the optics (blur radius in pixels, then a threshold), with specks of dust and pixel noise.
SCAN_DPI = 300
SCAN_NOISE = 0.001  # share of pixels flipped to black or white
SCAN_ROTATION = 0.6  # degrees
SCAN_BLUR = 1.0
SCAN_THRESHOLD = 140
SCAN_DUST = 200  # dark specks per page, each up to SCAN_DUST_SIZE pixels across
SCAN_DUST_SIZE = 4
SCAN_SEED = 4

# A footnote paragraph of the seed: "¹ Phó Chủ tịch UBND tỉnh Nguyễn Thanh Nhân …".
NOTE_RE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")
# Superscript footnote marks: "¹" in "vắng 02 Thành viên¹".
SUPERSCRIPT_RE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# Bold runs of the seed's markdown: "**có trọng tâm, trọng điểm**".
BOLD_RE = re.compile(r"\*\*(.+?)\*\*", re.S)
# A lettered list item, which starts lower-case without continuing a cut paragraph: "a) Những".
LIST_ITEM_RE = re.compile(r"^\w\)")
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@dataclass(frozen=True)
class Page:
    """One page of body paragraphs and the footnotes at its foot."""

    paragraphs: tuple[str, ...]
    notes: tuple[str, ...]
    continues: bool  # the first paragraph continues one cut by the page break


@dataclass(frozen=True)
class Notice:
    """The seed notice: heading, pages, recipients and signature block."""

    kind: str
    title: str
    pages: tuple[Page, ...]
    recipients: tuple[str, ...]
    signer_title: tuple[str, ...]
    signer: str


def plain(markdown: str) -> str:
    """Seed text without its bold marks."""
    return BOLD_RE.sub(r"\1", markdown)


def read_seed(path: Path = SEED) -> Notice:
    """The seed notice, split into pages where a paragraph is cut (the next starts lower-case)."""
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    kind, title = blocks[0], blocks[1]
    closing = next(i for i, block in enumerate(blocks) if block.startswith("Nơi nhận"))
    pages: list[Page] = []
    paragraphs: list[str] = []
    notes: list[str] = []
    continues = False
    for block in blocks[2:closing]:
        if NOTE_RE.match(block):
            notes.append(block)
        elif block[0].islower() and not LIST_ITEM_RE.match(block):
            pages.append(Page(tuple(paragraphs), tuple(notes), continues))
            paragraphs, notes, continues = [block], [], True
        else:
            paragraphs.append(block)
    pages.append(Page(tuple(paragraphs), tuple(notes), continues))
    recipients = tuple(line.strip() for line in blocks[closing + 1].splitlines())
    signer_title = tuple(plain(blocks[closing + 2]).splitlines())
    return Notice(kind, title, tuple(pages), recipients, signer_title, blocks[closing + 3])


def abridged(notice: Notice) -> Notice:
    """A two-page notice: the opening paragraphs with their notes, then the closing ones."""
    first = notice.pages[0]
    opening = replace(first, paragraphs=first.paragraphs[:ABRIDGED_OPENING])
    tail = [p for page in notice.pages for p in page.paragraphs]
    start = tail.index(ABRIDGED_CLOSING_FROM)
    joined = [tail[start], tail[start + 1] + " " + tail[start + 2], *tail[start + 3 :]]
    closing = Page(tuple(joined), (), False)
    return replace(notice, pages=(opening, closing))


def rendered_text(notice: Notice, notes: bool = True) -> str:
    """The text a rendering of the notice shows, in reading order, one block a line: header cells,
    heading, each page's paragraphs then its footnotes, recipients, signature; without notes, the
    footnotes and their marks left out (as in the .docx)."""
    paragraphs = [
        plain(text) if notes else SUPERSCRIPT_RE.sub("", plain(text))
        for page in notice.pages
        for text in (*page.paragraphs, *(page.notes if notes else ()))
    ]
    return "\n".join(
        [
            *HEADER_LEFT,
            *HEADER_RIGHT,
            notice.kind,
            notice.title,
            *paragraphs,
            "Nơi nhận:",
            *notice.recipients,
            *notice.signer_title,
            notice.signer,
        ]
    )


def register_fonts() -> None:
    """Register the DejaVu fonts, which have every Vietnamese glyph."""
    for name, filename in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))


def markup(text: str) -> str:
    """ReportLab paragraph markup of seed text: bold runs and raised footnote marks."""
    text = BOLD_RE.sub(r"<b>\1</b>", escape(text))
    return SUPERSCRIPT_RE.sub(
        lambda m: f"<super>{m.group().translate(SUPERSCRIPT_DIGITS)}</super>", text
    )


def style(name: str, **overrides: object) -> ParagraphStyle:
    """A paragraph style in the body font."""
    base = {
        "fontName": "Serif",
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "alignment": TA_JUSTIFY,
        "firstLineIndent": 1 * cm,
        "spaceAfter": 4,
    }
    return ParagraphStyle(name, **{**base, **overrides})


def header_flowables(notice: Notice) -> list[Flowable]:
    """The two-column header, the kind of document and its title."""
    centred = style("centred", **CENTRED)
    bold = style("bold", **{**CENTRED, "fontName": "Serif-Bold"})
    left = [Paragraph(HEADER_LEFT[0], centred), Paragraph(HEADER_LEFT[1], bold)]
    left += [Spacer(1, 8), Paragraph(HEADER_LEFT[2], centred)]
    right = [Paragraph(HEADER_RIGHT[0], bold), Paragraph(HEADER_RIGHT[1], bold)]
    right += [Spacer(1, 8), Paragraph(HEADER_RIGHT[2], centred)]
    table = Table([[left, right]], colWidths=[6.5 * cm, 10.5 * cm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    heading = style(
        "heading", **{**CENTRED, "fontName": "Serif-Bold", "fontSize": 13, "leading": 17}
    )
    return [
        table,
        Spacer(1, 18),
        Paragraph(escape(notice.kind), heading),
        Paragraph(escape(notice.title), heading),
        Spacer(1, 14),
    ]


def closing_flowables(notice: Notice) -> list[Flowable]:
    """The recipients list beside the signature block."""
    small = style("small", **SMALL)
    label = style("label", **{**SMALL, "fontName": "Serif-Bold", "fontSize": 10})
    sign = style("sign", alignment=TA_CENTER, firstLineIndent=0, fontName="Serif-Bold")
    left = [Paragraph("Nơi nhận:", label)] + [
        Paragraph(escape(r), small) for r in notice.recipients
    ]
    right = [Paragraph(escape(line), sign) for line in notice.signer_title]
    right += [Spacer(1, 50), Paragraph(escape(notice.signer), sign)]
    table = Table([[left, right]], colWidths=[8 * cm, 9 * cm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 8), table]


def body_flowables(page: Page, cut: bool) -> list[Flowable]:
    """A page's paragraphs; a paragraph cut by the page break is justified to its last line."""
    flowables: list[Flowable] = []
    for position, text in enumerate(page.paragraphs):
        overrides: dict[str, object] = {}
        if position == 0 and page.continues:
            overrides["firstLineIndent"] = 0
        if cut and position == len(page.paragraphs) - 1:
            overrides["justifyLastLine"] = 1
        flowables.append(Paragraph(markup(text), style("body", **overrides)))
    return flowables


def draw_notes(canvas: Canvas, notes: tuple[str, ...], width: float) -> float:
    """Draw the footnotes at the foot of the page under a short rule; return their height."""
    if not notes:
        return 0
    note_style = style("note", fontSize=NOTE_SIZE, leading=NOTE_LEADING, spaceAfter=1)
    paragraphs = [Paragraph(markup(note), note_style) for note in notes]
    heights = [p.wrap(width, A4[1])[1] + note_style.spaceAfter for p in paragraphs]
    y = MARGIN_Y + sum(heights)
    canvas.line(MARGIN_LEFT, y + 4, MARGIN_LEFT + 5 * cm, y + 4)
    for paragraph, height in zip(paragraphs, heights, strict=True):
        y -= height
        paragraph.drawOn(canvas, MARGIN_LEFT, y + note_style.spaceAfter)
    return sum(heights) + 10


def render_pdf(notice: Notice) -> bytes:
    """The notice as a text PDF, one seed page per PDF page, numbered from page 2."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(f"{HEADER_LEFT[2]} {notice.kind.title()} {notice.title}")
    width = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
    for number, page in enumerate(notice.pages, start=1):
        notes_height = draw_notes(canvas, page.notes, width)
        flowables = header_flowables(notice) if number == 1 else []
        last = number == len(notice.pages)
        cut = not last and notice.pages[number].continues
        flowables += body_flowables(page, cut)
        if last:
            flowables += closing_flowables(notice)
        if number > 1:
            canvas.setFont("Serif", 11)
            canvas.drawCentredString(MARGIN_LEFT + width / 2, A4[1] - 1.3 * cm, str(number))
        height = A4[1] - 2 * MARGIN_Y - notes_height
        frame = Frame(MARGIN_LEFT, MARGIN_Y + notes_height, width, height, 0, 0, 0, 0)
        frame.addFromList(flowables, canvas)
        if flowables:
            raise ValueError(f"page {number} overflows its frame")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scanner_page(image: Image.Image, rng: random.Random) -> Image.Image:
    """A grey page image as a copier scans it: tilted, blurred, dusty, noisy, black and white."""
    image = image.rotate(SCAN_ROTATION, fillcolor=255, resample=Image.Resampling.BICUBIC)
    image = image.filter(ImageFilter.GaussianBlur(SCAN_BLUR))
    draw = ImageDraw.Draw(image)
    for _ in range(SCAN_DUST):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        size = rng.randint(1, SCAN_DUST_SIZE)
        draw.ellipse((x, y, x + size, y + rng.randint(1, SCAN_DUST_SIZE)), fill=rng.randint(0, 90))
    pixels = image.load()
    for _ in range(int(image.width * image.height * SCAN_NOISE)):
        pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.choice((0, 255))
    return image.point(lambda v: 0 if v < SCAN_THRESHOLD else 255).convert("1")


def scanned(pdf: bytes) -> bytes:
    """An image-only PDF of the pages as a copier would scan them (see scanner_page)."""
    rng = random.Random(SCAN_SEED)
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "notice.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-png", source, Path(work) / "page"],
            check=True,
        )
        paths = sorted(Path(work).glob("page*.png"))
        pages = [scanner_page(Image.open(path).convert("L"), rng) for path in paths]
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=SCAN_DPI)
    return buffer.getvalue()


def render_docx(notice: Notice) -> bytes:
    """The notice as a Word document: header table, title, paragraphs, recipients, signature."""
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    header = document.add_table(rows=1, cols=2)
    for cell, lines in zip(header.rows[0].cells, (HEADER_LEFT, HEADER_RIGHT), strict=True):
        cell.text = "\n".join(lines)
    for text in (notice.kind, notice.title):
        heading = document.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading.add_run(text).bold = True
    for text in (p for page in notice.pages for p in page.paragraphs):
        paragraph = document.add_paragraph()
        for position, part in enumerate(BOLD_RE.split(SUPERSCRIPT_RE.sub("", text))):
            paragraph.add_run(part).bold = position % 2 == 1
    closing = document.add_table(rows=1, cols=2)
    closing.rows[0].cells[0].text = "\n".join(("Nơi nhận:", *notice.recipients))
    closing.rows[0].cells[1].text = "\n".join((*notice.signer_title, "", notice.signer))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    """Write the three sample attachments to samples/files/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    notice = read_seed()
    short = abridged(notice)
    (args.out / TEXT_PDF).write_bytes(render_pdf(notice))
    (args.out / SCAN_PDF).write_bytes(scanned(render_pdf(short)))
    (args.out / DOCX).write_bytes(render_docx(short))
    for name in (TEXT_PDF, SCAN_PDF, DOCX):
        print(f"{args.out / name}: {(args.out / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
