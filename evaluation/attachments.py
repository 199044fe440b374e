"""Score attachment text against the text it was rendered from: `python -m evaluation.attachments`.

For each sample attachment in samples/files/ (the text PDF, the scanned PDF read by OCR, the
.docx): shingle recall against the notice text it was made from (samples/make_notices.py), and
seconds per page. For the text PDF, also the raw text of pdfminer.six and of pypdf, the two PDF
libraries installed, so the choice of pdfminer.six under extract/pdftext.py can be checked.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdf
from pdfminer.high_level import extract_text

from evaluation.extraction import precision_recall
from extract.attachments import attachment_text
from samples.make_notices import (
    DOCX,
    OUT_DIR,
    SCAN_PDF,
    TEXT_PDF,
    abridged,
    read_seed,
    rendered_text,
)


@dataclass(frozen=True)
class Result:
    """One reader's shingle recall on one attachment, and its speed."""

    attachment: str
    reader: str
    recall: float
    pages: int
    seconds: float

    @property
    def seconds_per_page(self) -> float:
        """Wall-clock seconds per page (per document for a .docx, which has no pages)."""
        return self.seconds / max(self.pages, 1)


def project_text(data: bytes, name: str) -> tuple[str, int]:
    """The project's attachment text, footnotes after it, and the page count (1 for a .docx)."""
    result = attachment_text(data, name)
    return "\n".join([result.text, *result.notes]), result.pages or 1


def pdfminer_text(data: bytes, name: str) -> tuple[str, int]:
    """pdfminer.six's raw text of a PDF and its page count."""
    return extract_text(io.BytesIO(data)), len(pypdf.PdfReader(io.BytesIO(data)).pages)


def pypdf_text(data: bytes, name: str) -> tuple[str, int]:
    """pypdf's raw text of a PDF and its page count."""
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return "\n".join(page.extract_text() for page in pages), len(pages)


# Readers compared on an attachment: its name, the reader's name and the function.
Reader = tuple[str, Callable[[bytes, str], tuple[str, int]]]
PROJECT: Reader = ("extract.attachments", project_text)
RAW_PDF: tuple[Reader, ...] = (("pdfminer.six raw", pdfminer_text), ("pypdf raw", pypdf_text))


def score(name: str, source: str, reader: Reader, directory: Path = OUT_DIR) -> Result:
    """The recall and speed of one reader on one sample attachment."""
    data = (directory / name).read_bytes()
    started = time.perf_counter()
    text, pages = reader[1](data, name)
    seconds = time.perf_counter() - started
    return Result(name, reader[0], precision_recall(source, text)[1], pages, seconds)


def results(directory: Path = OUT_DIR) -> list[Result]:
    """Every reader's score on every sample attachment."""
    notice = read_seed()
    short = abridged(notice)
    cases = [
        (TEXT_PDF, rendered_text(notice), (PROJECT, *RAW_PDF)),
        (SCAN_PDF, rendered_text(short), (PROJECT,)),
        (DOCX, rendered_text(short, notes=False), (PROJECT,)),
    ]
    return [
        score(name, source, reader, directory)
        for name, source, readers in cases
        for reader in readers
    ]


def main() -> None:
    """Print each reader's recall and seconds per page on each sample attachment."""
    print(f"{'attachment':36} {'reader':20} {'recall':>7} {'pages':>5} {'s/page':>7}")
    for result in results():
        print(
            f"{result.attachment:36} {result.reader:20} {result.recall:7.3f} "
            f"{result.pages:5d} {result.seconds_per_page:7.2f}"
        )


if __name__ == "__main__":
    main()
