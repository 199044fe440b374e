"""Numbers written as Vietnamese readers write them: "6.840 tỷ đồng", "4,52 %", "5.030 hộ"."""

from __future__ import annotations

# Scale words, largest first, and the value each stands for: 6.84e12 VND reads "6.840 tỷ đồng"
SCALES = ((1e9, "tỷ"), (1e6, "triệu"))
# Units written after the number under another name: "VND" reads "đồng"
UNIT_WORDS = {"VND": "đồng"}
# Units that take no scale word: percentages stay as they are ("4,52 %")
UNSCALED = {"%"}
# Decimals kept after the comma (trailing zeros dropped): 4.5249 reads "4,52"
DECIMALS = 2


def group(value: float, decimals: int = DECIMALS) -> str:
    """A number with "." between thousands and "," before decimals: 5030.5 -> "5.030,5"."""
    text = f"{value:,.{decimals}f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    whole = whole.replace(",", ".")
    return f"{whole},{fraction}" if fraction else whole


def vn_number(value: float | int | None, unit: str | None = None) -> str:
    """value (in base units) as Vietnamese text with its unit: (6.84e12, "VND") ->
    "6.840 tỷ đồng", (4.52, "%") -> "4,52 %", (1.2e6, "lượt") -> "1,2 triệu lượt"."""
    if value is None:
        return ""
    word = UNIT_WORDS.get(unit or "", unit or "")
    if unit not in UNSCALED:
        for scale, name in SCALES:
            if abs(value) >= scale:
                return " ".join(filter(None, [group(value / scale), name, word]))
    return " ".join(filter(None, [group(value), word]))
