"""Vietnamese number parsing and formatting ("2.919,8" is 2919.8, "5.030" is 5030)."""

from __future__ import annotations

import re
import unicodedata

# Vietnamese style, dot for thousands and comma for decimals: "2.919,8", "5.030", "22.994,1"
VIETNAMESE_GROUPED_RE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")
# A plain number with an optional Vietnamese decimal comma: "4,52", "780", "02"
VIETNAMESE_PLAIN_RE = re.compile(r"[0-9]+(?:,[0-9]+)?")
# English style with comma thousands and a decimal point, unambiguous: "1,234.5", "12,500,000.75"
ENGLISH_GROUPED_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+")
# A decimal point not followed by exactly three digits, so it cannot be thousands: "12.5", "2.16"
ENGLISH_DECIMAL_RE = re.compile(r"[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})")
# A leading sign, ASCII hyphen-minus or the Unicode minus sign: "-", "−"
SIGN_CHARS = "-\u2212"
# Spaces allowed around the number: regular space, no-break space, narrow no-break space
SPACE_CHARS = " \t\u00a0\u202f"


def parse_number(text: str) -> float | None:
    """Return the value of a number in Vietnamese (or unambiguous English) style, or None."""
    if not isinstance(text, str):
        return None
    body = unicodedata.normalize("NFC", text).strip(SPACE_CHARS)
    sign = 1.0
    if body[:1] and body[0] in SIGN_CHARS:
        sign = -1.0
        body = body[1:].lstrip(SPACE_CHARS)
    if VIETNAMESE_GROUPED_RE.fullmatch(body) or VIETNAMESE_PLAIN_RE.fullmatch(body):
        return sign * float(body.replace(".", "").replace(",", "."))
    if ENGLISH_GROUPED_RE.fullmatch(body):
        return sign * float(body.replace(",", ""))
    if ENGLISH_DECIMAL_RE.fullmatch(body):
        return sign * float(body)
    return None


def format_number(value: float, decimals: int = 0) -> str:
    """Write a number Vietnamese style with the given decimals: 2919.8, 1 -> "2.919,8"."""
    english = f"{value:,.{max(decimals, 0)}f}"
    return english.replace(",", "\0").replace(".", ",").replace("\0", ".")
