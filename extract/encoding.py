"""Bytes to NFC text for Vietnamese pages: charset choice, mojibake repair, legacy font encodings.

decode_html() turns a response body into text, choosing between the HTTP header charset, the
<meta> charset and detection. repair_text() fixes text that decoded without error but is still
wrong: decomposed letters, letters written as HTML entities, UTF-8 read as cp1252 (via ftfy) and
TCVN3/VNI font-encoded text. Both return NFC.

Legacy text is recognised by words, not characters: a word votes for an encoding when it is not
a Vietnamese syllable as written but becomes one once converted ("phßng" -> "phòng"), and votes
against it in the opposite case. Correct Vietnamese text is made of valid syllables, so it never
collects votes for a legacy encoding.
"""

import codecs
import html
import re
import unicodedata
from collections.abc import Callable

import ftfy

from extract.fold import TONE_MARKS
from extract.legacy_fonts import TCVN3_ENCODE, VNI_ENCODE, tcvn3_to_unicode, vni_to_unicode

__all__ = [
    "decode_html",
    "detect_legacy",
    "repair_text",
    "tcvn3_to_unicode",
    "vni_to_unicode",
]

# How much of the body is searched for a <meta> charset declaration.
META_SEARCH_BYTES = 16_384
# A <meta> charset, e.g. b'<meta charset="utf-8">' or
# b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">' -> windows-1258.
_META_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Byte order marks and the codec that reads the body after them, e.g. EF BB BF -> utf-8.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that browsers read as windows-1252 (WHATWG Encoding), e.g. "iso-8859-1".
_CP1252_ALIASES = frozenset({"iso8859-1", "ascii", "cp1252"})
# Single-byte encodings tried when no declaration reads well: Vietnamese Windows, then Western.
_DETECTION_CANDIDATES = ("cp1258", "cp1252")
# cp1252 read the WHATWG way: its five undefined bytes (e.g. 0x81) become C1 controls.
_CP1252_C1 = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}

# str.translate table deleting the combining tone marks, e.g. "ề" (NFD) -> "ê" (NFD).
_DROP_TONES = dict.fromkeys(map(ord, TONE_MARKS))
# A Vietnamese syllable without tone mark, lower case, e.g. "nghiêng", "khuya", "thuơ".
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:uyê|uya|uyu|uây|uôi|ươi|ươu|iêu|yêu|oai|oay|oeo|oao|"
    r"ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|"
    r"[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)
# A word for syllable checks: a run of non-space characters between spaces, hyphens, slashes or
# markup brackets, e.g. "nh©n" in "Uû ban nh©n d©n", "L­ît" in "<p>L­ît xem: 3479</p>" (legacy
# codes include symbols like "©", so not \w+).
_WORD_RE = re.compile(r"[^\s\-/<>]+")
# ASCII punctuation and digits trimmed from both ends of a word, e.g. '"(tr¸ch),' -> "tr¸ch".
_WORD_EDGES = "\"'()[]{}<>.,;:!?*0123456789"
# The letters of Vietnamese that are not ASCII, upper and lower case (à, Ầ, đ, ...).
VIETNAMESE_LETTERS = frozenset(TCVN3_ENCODE)
# Characters that appear in legacy codes but never in Vietnamese words, e.g. "ß" (TCVN3 ò),
# "ø" (VNI grave) or the C1 controls of VN1 capitals; text without them is not legacy text.
_LEGACY_HINT_RE = re.compile(
    "["
    + re.escape(
        "".join(
            sorted(
                {ch for code in (*TCVN3_ENCODE.values(), *VNI_ENCODE.values()) for ch in code}
                - VIETNAMESE_LETTERS
                - {chr(c) for c in range(0x80)}
            )
        )
    )
    + "]"
)
# A character reference that may stand for a letter, e.g. "&#x1EE9;", "&#7913;", "&agrave;".
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Lead characters of UTF-8 read as cp1252/latin-1 followed by a continuation character,
# e.g. "á»" in "á»§y" (ủy), "Æ°" (ư), "Ä‘" (đ): where ftfy has something to repair.
_MOJIBAKE_HINT_RE = re.compile(
    "[\u00c2-\u00c6\u00cc\u00cd\u00e1-\u00e3]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]"
)
# Fewest words that must become syllables once converted before a text is called legacy; it
# must also make more syllables than it breaks (Unicode "và" read as TCVN3 is "vỔ").
MIN_LEGACY_VOTES = 2
# A character beyond Latin-1, e.g. "ư": legacy text read as latin-1 has none in its words.
_BEYOND_LATIN1_RE = re.compile(r"[^\x00-\xff]")
# An ASCII letter, e.g. "p" in "phßng".
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
# A Vietnamese letter outside Latin-1, e.g. "ư" or "ộ": a line holding one is Unicode text.
_UNICODE_ONLY_LETTER_RE = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
# The legacy encodings and their converters, in the order they are tried.
_LEGACY_CONVERTERS: dict[str, Callable[[str], str]] = {
    "tcvn3": tcvn3_to_unicode,
    "vni": vni_to_unicode,
}


def _is_syllable(word: str) -> bool:
    """Tell whether WORD (NFC) is shaped like a Vietnamese syllable with at most one tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    toneless = decomposed.translate(_DROP_TONES)
    if len(decomposed) - len(toneless) > 1:
        return False
    return _SYLLABLE_RE.fullmatch(unicodedata.normalize("NFC", toneless)) is not None


def _words(text: str) -> list[str]:
    """List the words of TEXT that contain a non-ASCII character, trimmed of punctuation."""
    words = (w.strip(_WORD_EDGES) for w in _WORD_RE.findall(text))
    return [w for w in words if w and not w.isascii()]


def _legacy_candidates(words: list[str]) -> list[str]:
    """Keep the words that legacy text could contain: Latin-1 only, with an ASCII letter."""
    return [w for w in words if _ASCII_LETTER_RE.search(w) and not _BEYOND_LATIN1_RE.search(w)]


def _gains(words: list[str], convert: Callable[[str], str]) -> tuple[int, int]:
    """Count the words CONVERT turns into syllables and the syllables it breaks."""
    gained = lost = 0
    for word in words:
        converted = convert(word)
        if converted == word:
            continue
        before, after = _is_syllable(word), _is_syllable(converted)
        gained += after and not before
        lost += before and not after
    return gained, lost


# The share of a page's candidate words that must read as Vietnamese once converted for the
# page to be legacy-font text: nearly all do in real TCVN3/VNI text, few in a Portuguese page
# ("nº" -> "nẳ" converts, "Resolução" does not)
LEGACY_SHARE_MIN = 0.6


def detect_legacy(text: str) -> str | None:
    """Name the legacy font encoding ("tcvn3" or "vni") TEXT is written in, or None."""
    if not _LEGACY_HINT_RE.search(text):
        return None
    hinted = " ".join(line for line in text.splitlines() if _LEGACY_HINT_RE.search(line))
    words = _legacy_candidates(_words(hinted))
    best, best_margin = None, 0
    for name, convert in _LEGACY_CONVERTERS.items():
        gained, lost = _gains(words, convert)
        share = gained / len(words) if words else 0
        if gained >= MIN_LEGACY_VOTES and share >= LEGACY_SHARE_MIN and gained - lost > best_margin:
            best, best_margin = name, gained - lost
    return best


def _convert_legacy(text: str, convert: Callable[[str], str]) -> str:
    """Convert the lines of TEXT that read better once converted, leaving Unicode lines as is."""
    out = []
    for line in text.splitlines(keepends=True):
        if _UNICODE_ONLY_LETTER_RE.search(line):
            out.append(line)
            continue
        gained, lost = _gains(_legacy_candidates(_words(line)), convert)
        out.append(convert(line) if gained > lost else line)
    return "".join(out)


def _unescape_letter(match: re.Match[str]) -> str:
    """Replace a character reference by its character when that is a letter or a mark."""
    char = html.unescape(match.group())
    if len(char) == 1 and unicodedata.category(char)[0] in "LM":
        return char
    return match.group()


# Markup that holds no text a reader sees: scripts, styles, comments and tags, e.g.
# '<a href="/tin-tuc" class="menu">' or "<script>var x = 1;</script>"
_MARKUP_RE = re.compile(
    r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.S | re.I
)


def visible_text(text: str) -> str:
    """TEXT without its markup (scripts, styles, comments, tags): what legacy-font detection
    reads, as the fonts only ever encoded the text."""
    return _MARKUP_RE.sub(" ", text) if "<" in text else text


def repair_text(text: str) -> str:
    """Return TEXT as NFC Unicode, repairing entities, mojibake and TCVN3/VNI font text."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii() and "&" not in text:
        return text
    if "&" in text:
        text = unicodedata.normalize("NFC", _ENTITY_RE.sub(_unescape_letter, text))
    legacy = detect_legacy(visible_text(text))
    if legacy is not None:
        text = _convert_legacy(text, _LEGACY_CONVERTERS[legacy])
    if _MOJIBAKE_HINT_RE.search(text):
        text = ftfy.fix_encoding(text)
    return unicodedata.normalize("NFC", text)


def _codec_name(label: str | None) -> str | None:
    """Return the Python codec for a charset label, cp1252 for its WHATWG aliases, else None."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError, TypeError):
        return None
    return "cp1252" if name in _CP1252_ALIASES else name


def _decode(body: bytes, codec: str) -> str | None:
    """Decode BODY strictly with CODEC (cp1252 the WHATWG way), or None if it does not fit."""
    if codec == "cp1252":
        return body.decode("latin-1").translate(_CP1252_C1)
    try:
        return body.decode(codec)
    except (UnicodeError, LookupError, ValueError):
        return None


def _syllable_balance(text: str) -> int:
    """Count the non-ASCII words of TEXT that are Vietnamese syllables, minus those that are not."""
    return sum(1 if _is_syllable(w) else -1 for w in _words(unicodedata.normalize("NFC", text)))


def _score(text: str) -> int:
    """Score how Vietnamese TEXT reads, as written or, for legacy font text, once converted."""
    legacy = detect_legacy(text)
    score = _syllable_balance(text)
    if legacy is None:
        return score
    return max(score, _syllable_balance(_LEGACY_CONVERTERS[legacy](text)))


def decode_html(body: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode an HTML body to NFC text; return it with the codec used.

    DECLARED is the charset of the HTTP header. A byte order mark decides; otherwise valid UTF-8
    is read as UTF-8 whatever the declarations say; otherwise the header charset, the <meta>
    charset, windows-1258 and windows-1252 are tried and the one that reads as the most
    Vietnamese syllables wins, declarations first on a tie. windows-1252 always decodes, so this
    never raises.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            text = body[len(bom) :].decode(codec, errors="replace")
            return unicodedata.normalize("NFC", text), codec.removesuffix("-le").removesuffix("-be")
    meta = _META_CHARSET_RE.search(body[:META_SEARCH_BYTES])
    declarations = [
        _codec_name(declared),
        _codec_name(meta.group(1).decode("ascii") if meta else None),
    ]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return unicodedata.normalize("NFC", text), "utf-8"
    candidates = dict.fromkeys(c for c in (*declarations, *_DETECTION_CANDIDATES) if c)
    decoded = [(c, text) for c in candidates if (text := _decode(body, c)) is not None]
    codec, text = max(decoded, key=lambda item: _score(item[1]))
    return unicodedata.normalize("NFC", text), codec
