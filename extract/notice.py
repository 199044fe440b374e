"""An official notice's own particulars (number, date, issuer, signer, recipients), and web items
that only point to one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extract.documents import NOTICE_NUMBER_RE, notice_header
from extract.people import find_people

# A web item with fewer words than this is only a pointer to its attachment.
POINTER_MAX_WORDS = 40
# A web item that sends readers to its attachment is a pointer up to this many words.
POINTER_PHRASE_MAX_WORDS = 150
# Header lines read for the issuer, before the number line.
HEADER_LINES = 8

# Phrases sending readers to the attached file: "Xem toàn văn tại tệp đính kèm", "File đính kèm",
# "Tải về", "Chi tiết xem văn bản đính kèm".
POINTER_RE = re.compile(
    r"toàn văn|(?:tệp|tập tin|file|văn bản|tài liệu) đính kèm|tải về|download|xem chi tiết tại",
    re.IGNORECASE,
)
# The state motto beside the issuer in a header, and what follows it on its line:
# "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc".
MOTTO_RE = re.compile(r"CỘNG\s+(?:HÒA|HOÀ)\s+XÃ\s+HỘI.*$|Độc\s+lập\s*-.*$", re.IGNORECASE)
# The heading of the distribution list: "Nơi nhận:".
RECIPIENTS_HEAD_RE = re.compile(r"^Nơi nhận\s*:?\s*$", re.IGNORECASE | re.MULTILINE)
# One entry of the distribution list: "- Thường trực Tỉnh ủy;", "+ LĐVP,".
RECIPIENT_RE = re.compile(r"^[-+•]\s*(?P<name>.+?)\s*[;,.]?\s*$")
# The filing note closing a distribution list, not a recipient: "Lưu: VT, pxquyet (1b)".
FILING_RE = re.compile(r"^Lưu\b", re.IGNORECASE)


@dataclass(frozen=True)
class Notice:
    """The particulars of an official notice as printed on it."""

    number: str | None
    issued_on: str | None
    issuer: str | None
    signer: str | None
    signer_title: str | None
    recipients: tuple[str, ...]


def _issuer(lines: list[str]) -> str | None:
    """The issuing body named above the number line: "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"."""
    header = lines[:HEADER_LINES]
    end = next((i for i, line in enumerate(header) if NOTICE_NUMBER_RE.match(line)), None)
    if end is None:
        return None
    parts = [MOTTO_RE.sub("", line).strip() for line in header[:end]]
    return " ".join(part for part in parts if part and part.isupper()) or None


def _recipients(lines: list[str]) -> tuple[str, ...]:
    """The entries of the "Nơi nhận:" list, without the filing note."""
    start = next((i for i, line in enumerate(lines) if RECIPIENTS_HEAD_RE.match(line)), None)
    if start is None:
        return ()
    found = []
    for line in lines[start + 1 :]:
        entry = RECIPIENT_RE.match(line)
        if not entry:
            break
        if not FILING_RE.match(entry["name"]):
            found.append(entry["name"])
    return tuple(found)


def parse_notice(text: str) -> Notice:
    """The number, date of issue, issuer, signer and recipients of a notice's text."""
    text = unicodedata.normalize("NFC", text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    number, issued_on = notice_header(text)
    signer = next((p for p in find_people(text) if p.role == "signer"), None)
    return Notice(
        number=number,
        issued_on=issued_on,
        issuer=_issuer(lines),
        signer=signer.name if signer else None,
        signer_title=signer.title if signer else None,
        recipients=_recipients(lines),
    )


def is_pointer_item(body: str) -> bool:
    """Whether a web item only points to its attached document: a very short body, or a short
    one sending readers to the attachment ("Xem toàn văn tại tệp đính kèm")."""
    words = len(body.split())
    return words < POINTER_MAX_WORDS or (
        words < POINTER_PHRASE_MAX_WORDS and POINTER_RE.search(body) is not None
    )
