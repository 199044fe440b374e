"""Whitespace and Unicode normalisation shared by every extractor."""

from __future__ import annotations

import re
import unicodedata

# What separates a page's own title from the site name in <title>, e.g. "Giới thiệu - CỔNG …",
# "Trang chủ > Cổng thông tin điện tử huyện Tân Hiệp"
TITLE_SEPARATOR = re.compile(r"\s+[-|–>»]\s+")
# Every lower-case Latin letter up to "ỹ": "a", "đ", "ạ", "ỹ".
LOWERCASE_LETTERS = "".join(
    ch
    for ch in map(chr, range(0x61, 0x1EFA))
    if ch.islower() and "LATIN" in unicodedata.name(ch, "")
)
# Runs of spaces, tabs and no-break or zero-width spaces inside a line, e.g. "Trần\xa0Quốc  Nam"
INLINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def clean_line(text: str) -> str:
    """One line of text in NFC with spaces collapsed and trimmed."""
    return INLINE_SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def clean_paragraphs(text: str) -> str:
    """Text as NFC paragraphs, one per line, with blank lines and stray spaces removed."""
    lines = (clean_line(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
