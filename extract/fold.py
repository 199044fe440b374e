"""Search keys for Vietnamese text: tone-placement normalisation and accent folding.

Stored text keeps the tone placement its author chose ("hoà" or "hòa", "Uỷ" or "Ủy"); these
functions make the variants equal for search without changing what is stored.
"""

import re
import unicodedata

# Combining tone marks: grave, acute, tilde, hook above, dot below (e.g. the mark of "ỷ").
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# An open syllable ending in oa, oe or uy with the tone on its last vowel, e.g. "hoà", "khoẻ",
# "thuỷ", "Uỷ" (not "quý", where u belongs to the onset, nor "hoàn", which has a final consonant).
_SECOND_VOWEL_TONE_RE = re.compile(
    r"\b([bcdđghklmnprstvx]*)(o(?=[àáảãạèéẻẽẹ]\b)|u(?=[ỳýỷỹỵ]\b))(\w)\b",
    re.IGNORECASE,
)


def _move_tone(match: re.Match[str]) -> str:
    """Move the tone of a matched syllable from its last vowel to the one before it."""
    onset, first, last = match.groups()
    decomposed = unicodedata.normalize("NFD", last)
    tone = "".join(ch for ch in decomposed if ch in TONE_MARKS)
    bare = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    return onset + unicodedata.normalize("NFC", first + tone + bare)


def normalize_tones(text: str) -> str:
    """Put tones on the first vowel of open oa/oe/uy syllables ("hoà" -> "hòa"); return NFC."""
    return _SECOND_VOWEL_TONE_RE.sub(_move_tone, unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """Fold TEXT for search: lower case, accents and tones removed, đ -> d ("Đồng" -> "dong")."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare.replace("đ", "d"))
