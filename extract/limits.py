"""How much work one page or attachment may cost a worker: size, elements, inflated bytes,
pages, pixels, seconds and memory, so that a hostile input is an error, never a dead crawl."""

from __future__ import annotations

import contextlib
import io
import re
import resource
import signal
import threading
import warnings
import zipfile
from collections.abc import Iterator
from types import FrameType

from lxml.html import HtmlElement
from PIL import Image

# Largest page (decoded HTML, in characters) that is read; a real article page is under 500 KB
PAGE_MAX_CHARS = 3_000_000
# Most elements a page may have; a portal page has a few thousand
PAGE_MAX_ELEMENTS = 150_000
# Most attributes one tag may have: libxml2 compares each with the others, so that a tag of
# 100 000 attributes takes minutes to parse (a real tag has a handful)
TAG_MAX_ATTRIBUTES = 1_000
# A start tag long enough to hold that many, e.g. '<p data-a0="0" data-a1="1" … >'
LONG_TAG = re.compile(r"<[a-zA-Z][^<>]{10000,}>")
# Quoted attribute values, taken out before a tag's attributes are counted (a base64 image
# may hold line breaks), e.g. '"data:image/png;base64,iVBOR…"'
QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
# Most uncompressed bytes in a .docx (a zip): 3 MB that inflate to 3 GB is a bomb
INFLATED_MAX_BYTES = 200 * 1024 * 1024
# Most pages of a PDF that are read (a conclusion notice has 2 to 10)
PDF_MAX_PAGES = 200
# Most pixels of an image that is decoded (an A4 page at 300 dpi has 8.7 million)
IMAGE_MAX_PIXELS = 60_000_000
# Seconds one article with its attachments may take in a worker (OCR of a scan takes 5 to 20)
TASK_MAX_SECONDS = 120
# Address space a worker process may use, in bytes: past it allocations fail with MemoryError
WORKER_MAX_MEMORY = 3 * 1024**3


class LimitExceeded(Exception):
    """A page or attachment that would cost more than its limit to read."""


def check_page_text(html: str) -> None:
    """Raises LimitExceeded for a page too large to read, or with a tag of so many attributes
    that parsing it would take minutes."""
    if len(html) > PAGE_MAX_CHARS:
        raise LimitExceeded(f"page of {len(html):,} characters, over {PAGE_MAX_CHARS:,}")
    for tag in LONG_TAG.finditer(html):
        attributes = len(QUOTED.sub("", tag.group()).split())
        if attributes > TAG_MAX_ATTRIBUTES:
            raise LimitExceeded(f"a tag of {attributes:,} attributes, over {TAG_MAX_ATTRIBUTES:,}")


def check_tree(tree: HtmlElement) -> None:
    """Raises LimitExceeded for a page of too many elements."""
    for count, _ in enumerate(tree.iter(), start=1):
        if count > PAGE_MAX_ELEMENTS:
            raise LimitExceeded(f"page of over {PAGE_MAX_ELEMENTS:,} elements")


def check_zip(data: bytes) -> None:
    """Raises LimitExceeded for a zip (a .docx) whose members inflate past INFLATED_MAX_BYTES;
    a damaged zip is left to its reader."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        return
    if inflated > INFLATED_MAX_BYTES:
        raise LimitExceeded(f"document inflates to {inflated:,} bytes, over {INFLATED_MAX_BYTES:,}")


def _out_of_time(signum: int, frame: FrameType | None) -> None:
    """The alarm's handler: stops the task that ran out of time."""
    raise LimitExceeded(f"reading took over {TASK_MAX_SECONDS} s")


@contextlib.contextmanager
def time_limit(seconds: int = TASK_MAX_SECONDS) -> Iterator[None]:
    """Raises LimitExceeded in the block once it has run seconds; only a process's main thread
    (a worker's) can be interrupted, elsewhere the block runs unlimited."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def limit_worker() -> None:
    """Sets a worker process's own limits: its memory, and images decoded only up to
    IMAGE_MAX_PIXELS (a decompression bomb raises instead of warning)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or hard > WORKER_MAX_MEMORY:
        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MAX_MEMORY, hard))
    Image.MAX_IMAGE_PIXELS = IMAGE_MAX_PIXELS
    warnings.simplefilter("error", Image.DecompressionBombWarning)
