"""Tests for extract.encoding and extract.legacy_fonts: charsets, mojibake, TCVN3 and VNI."""

import codecs
import html
import html.entities
import unicodedata
from html.parser import HTMLParser

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.paths import SEEDS, seed_text
from extract import encoding
from extract.encoding import decode_html, detect_legacy, repair_text
from extract.legacy_fonts import TCVN3_ENCODE, VNI_ENCODE, tcvn3_to_unicode, vni_to_unicode

SEED_FILES = sorted(SEEDS.glob("*.txt"))
# The second paragraph of the Kỳ Anh briefing: no toned capital, so TCVN3 (VN3) can carry it.
PARAGRAPH = unicodedata.normalize("NFC", seed_text("002_6659db78acecf8ef.txt").split("\n\n")[1])
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
TONE_MARKS = "".join(TONES)
LOWER_LETTERS = ["đ"] + [
    unicodedata.normalize("NFC", base + tone)
    for base in "aăâeêioôơuưy"
    for tone in TONES
    if not (base + tone).isascii()
]
LETTERS = LOWER_LETTERS + [letter.upper() for letter in LOWER_LETTERS]
ENGLISH = (
    "The People's Committee met on 7 July 2021 – a “review” of the café's naïve résumé.\n"
    "Zürich, São Paulo and Kraków signed; © 2021, 30°C, ½ price, § 4, x² + y³, €5.\n"
)


def encode_with(table: dict[str, str], text: str) -> str:
    """Encode TEXT with a letter -> legacy code table, as a font-encoded page reads in latin-1."""
    return "".join(table.get(ch, ch) for ch in text)


def encode_cp1258(text: str) -> bytes:
    """Encode TEXT in windows-1258 with every tone as a combining mark after its letter."""
    out = bytearray()
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        out += (base + tones).encode("cp1258")
    return bytes(out)


class ParagraphText(HTMLParser):
    """Collect the text of the <p> elements of a page, character references resolved."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.inside = self.inside or tag == "p"

    def handle_endtag(self, tag: str) -> None:
        self.inside = self.inside and tag != "p"

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.parts.append(data)


def paragraph_of(page: str) -> str:
    """Return the paragraph text of an HTML page."""
    parser = ParagraphText()
    parser.feed(page)
    parser.close()
    return "".join(parser.parts)


def page(body: str, meta: str | None = None) -> str:
    """Build a small HTML page around BODY, with a <meta> charset if META is given."""
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">' if meta else ""
    return f"<html><head>{head}<title>UBND</title></head><body><p>{body}</p></body></html>"


def entities(text: str) -> str:
    """Write every non-ASCII character of TEXT as a character reference, in three styles."""
    out = []
    for i, ch in enumerate(text):
        name = html.entities.codepoint2name.get(ord(ch))
        if ch.isascii():
            out.append(html.escape(ch, quote=False))
        elif name and i % 2:
            out.append(f"&{name};")
        else:
            out.append(f"&#x{ord(ch):X};" if i % 3 else f"&#{ord(ch)};")
    return "".join(out)


def bytes_page(body: bytes, meta: str | None = None) -> bytes:
    """Build a small HTML page around an already encoded paragraph BODY."""
    return page("{}", meta).encode("ascii").replace(b"{}", body)


def font_page(table: dict[str, str], meta: str | None = None) -> bytes:
    """A page of PARAGRAPH typed in a legacy font (TCVN3 or VNI table)."""
    return bytes_page(encode_with(table, PARAGRAPH).encode("latin-1"), meta)


def mojibake_page() -> bytes:
    """A UTF-8 page whose text was once read as windows-1252 and saved again as UTF-8."""
    broken = PARAGRAPH.encode("utf-8").decode("sloppy-windows-1252")
    return page(broken, "utf-8").encode("utf-8")


# name -> (body bytes, header charset, codec decode_html must report)
FIXTURES = {
    "utf-8 declared": (page(PARAGRAPH, "utf-8").encode("utf-8"), None, "utf-8"),
    "utf-8 declared iso-8859-1": (page(PARAGRAPH, "iso-8859-1").encode("utf-8"), None, "utf-8"),
    "utf-8 header windows-1252": (page(PARAGRAPH).encode("utf-8"), "windows-1252", "utf-8"),
    "utf-8 undeclared": (page(PARAGRAPH).encode("utf-8"), None, "utf-8"),
    "utf-8 bom, meta windows-1252": (
        codecs.BOM_UTF8 + page(PARAGRAPH, "windows-1252").encode("utf-8"),
        None,
        "utf-8",
    ),
    "utf-16 bom": (codecs.BOM_UTF16_LE + page(PARAGRAPH).encode("utf-16-le"), None, "utf-16"),
    "cp1258 meta": (
        bytes_page(encode_cp1258(PARAGRAPH), "windows-1258"),
        None,
        "cp1258",
    ),
    "cp1258 undeclared": (
        bytes_page(encode_cp1258(PARAGRAPH)),
        None,
        "cp1258",
    ),
    "cp1258 meta, header windows-1252": (
        bytes_page(encode_cp1258(PARAGRAPH), "windows-1258"),
        "windows-1252",
        "cp1258",
    ),
    "cp1258 meta, header utf-8": (
        bytes_page(encode_cp1258(PARAGRAPH), "windows-1258"),
        "utf-8",
        "cp1258",
    ),
    "cp1258 header, meta iso-8859-1": (
        bytes_page(encode_cp1258(PARAGRAPH), "iso-8859-1"),
        "windows-1258",
        "cp1258",
    ),
    "entities": (page(entities(PARAGRAPH), "utf-8").encode("ascii"), None, "utf-8"),
    "nfd": (page(unicodedata.normalize("NFD", PARAGRAPH), "utf-8").encode("utf-8"), None, "utf-8"),
    "tcvn3": (font_page(TCVN3_ENCODE, "windows-1252"), None, "cp1252"),
    "vni": (font_page(VNI_ENCODE), None, "cp1252"),
    "vni header iso-8859-1": (font_page(VNI_ENCODE), "iso-8859-1", "cp1252"),
    "mojibake": (mojibake_page(), "utf-8", "utf-8"),
}


def test_paragraph_is_real_vietnamese():
    assert PARAGRAPH.startswith("Chiều ngày 6/7, UBND huyện Kỳ Anh tổ chức hội nghị")
    assert len(PARAGRAPH) == 492


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_pages_decode_to_the_seed_paragraph(name):
    body, header, expected_codec = FIXTURES[name]
    text, codec = decode_html(body, header)
    assert codec == expected_codec
    assert repair_text(paragraph_of(text)) == PARAGRAPH


def test_fixture_pages_are_really_broken_before_repair():
    for name in ("tcvn3", "vni", "mojibake"):
        text, _ = decode_html(*FIXTURES[name][:2])
        assert paragraph_of(text) != PARAGRAPH
    assert unicodedata.is_normalized("NFC", decode_html(*FIXTURES["nfd"][:2])[0])


def test_decode_html_reports_ascii_as_utf8_and_returns_nfc():
    assert decode_html(b"<p>UBND</p>", "iso-8859-1") == ("<p>UBND</p>", "utf-8")
    nfd = unicodedata.normalize("NFD", "Hội nghị").encode("utf-8")
    assert decode_html(nfd) == ("Hội nghị", "utf-8")


def test_decode_html_ignores_unknown_and_odd_labels():
    body = bytes_page(encode_cp1258(PARAGRAPH), "x-unknown")
    text, codec = decode_html(body, "base64")
    assert (paragraph_of(text), codec) == (PARAGRAPH, "cp1258")


def test_decode_html_undefined_cp1252_bytes_become_c1_controls():
    assert decode_html(b"a\x81b\x93c\x94", "windows-1252") == ("a\x81b\u201cc\u201d", "cp1252")


@settings(derandomize=True, max_examples=300)
@given(st.binary(max_size=300), st.one_of(st.none(), st.text(max_size=20)))
def test_decode_html_never_raises(body, declared):
    text, codec = decode_html(body, declared)
    assert isinstance(text, str)
    assert unicodedata.is_normalized("NFC", text)
    assert codec


# --- legacy font tables -----------------------------------------------------------------


def test_tables_cover_exactly_the_134_vietnamese_letters():
    assert len(LETTERS) == 134
    assert set(TCVN3_ENCODE) == set(LETTERS)
    assert set(VNI_ENCODE) == set(LETTERS)
    assert len(set(TCVN3_ENCODE.values())) == 134
    assert len(set(VNI_ENCODE.values())) == 134


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips_through_tcvn3(letter):
    raw = encode_with(TCVN3_ENCODE, letter).encode("latin-1")
    assert len(raw) == 1
    assert tcvn3_to_unicode(raw.decode("latin-1")) == letter
    if not 0x80 <= raw[0] < 0xA0:
        assert tcvn3_to_unicode(raw.decode("cp1252")) == letter


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips_through_vni(letter):
    raw = encode_with(VNI_ENCODE, letter).encode("latin-1")
    assert vni_to_unicode(raw.decode("latin-1")) == letter
    assert vni_to_unicode(raw.decode("cp1252")) == letter


def test_known_tcvn3_and_vni_samples():
    assert tcvn3_to_unicode("phßng èc éi") == "phòng ốc ội"
    assert tcvn3_to_unicode("Uû ban nh©n d©n tØnh Kiªn Giang") == "Uỷ ban nhân dân tỉnh Kiên Giang"
    assert tcvn3_to_unicode("Tr\xadêng") == "Trường"
    assert vni_to_unicode("UÛy ban nhaân daân") == "Ủy ban nhân dân"
    assert vni_to_unicode("Vieät Nam, nöôùc") == "Việt Nam, nước"
    assert vni_to_unicode("VIEÄT NAM") == "VIỆT NAM"


def test_tcvn3_upper_case_font_lines_become_capitals():
    assert tcvn3_to_unicode("Uû BAN NH¢N D¢N TØNH") == "UỶ BAN NHÂN DÂN TỈNH"
    assert tcvn3_to_unicode("UBND TØNH Kiªn Giang") == "UBND TỈNH Kiên Giang"


def test_tcvn3_keeps_cp1252_punctuation():
    assert tcvn3_to_unicode("\u201cHéi nghÞ\u201d \u2013 kÕt luËn\u2026") == (
        "\u201cHội nghị\u201d \u2013 kết luận\u2026"
    )


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_seed_sentences_round_trip_through_both_fonts(path):
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    assert vni_to_unicode(encode_with(VNI_ENCODE, text)) == text
    # A TCVN3 document cannot hold "¹": its byte is the letter ạ.
    text = text.translate(str.maketrans("¹²³", "123"))
    assert tcvn3_to_unicode(encode_with(TCVN3_ENCODE, text)) == text


@settings(derandomize=True, max_examples=200)
@given(st.lists(st.sampled_from(LETTERS + list("abcdeghiklmnopqrstuvxy ,.")), max_size=40))
def test_random_letter_strings_round_trip_through_vni(chars):
    text = "".join(chars)
    assert vni_to_unicode(encode_with(VNI_ENCODE, text)) == text


# --- detection and repair ---------------------------------------------------------------


def test_detect_legacy():
    assert detect_legacy("phßng èc éi, Uû ban nh©n d©n") == "tcvn3"
    assert detect_legacy("UÛy ban nhaân daân, Vieät Nam") == "vni"
    assert detect_legacy(encode_with(TCVN3_ENCODE, PARAGRAPH)) == "tcvn3"
    assert detect_legacy(encode_with(VNI_ENCODE, PARAGRAPH)) == "vni"
    assert detect_legacy(PARAGRAPH) is None
    assert detect_legacy(ENGLISH) is None
    assert detect_legacy("") is None


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_repair_leaves_seed_articles_unchanged(path):
    text = path.read_text(encoding="utf-8")
    assert detect_legacy(text) is None
    assert repair_text(text) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Thành viên¹, 03 thành viên² © 2021 Cổng thông tin; nhiệt độ 30°C; giá ½.",
        "© Bản quyền © 2021 ©",
        "Đắk Lắk, Krông Búk, Ea H'leo, Phước Long – “Hội nghị” ‘trực tuyến’…",
        "Müller, Dvořák, Ærø, façade, señor, smørrebrød, Æsir, Øresund",
        "&amp; &lt;p&gt; AT&T; 5 &gt; 3; &nbsp;",
    ],
)
def test_repair_leaves_good_text_unchanged(text):
    assert repair_text(text) == text


def test_repair_fixes_each_kind_of_damage():
    assert repair_text("á»§y ban nhÃ¢n dÃ¢n") == "ủy ban nhân dân"
    assert repair_text("phßng èc éi") == "phòng ốc ội"
    assert repair_text("UÛy ban nhaân daân") == "Ủy ban nhân dân"
    assert repair_text(unicodedata.normalize("NFD", PARAGRAPH)) == PARAGRAPH
    assert repair_text("H&#xE0; N&#7897;i &agrave; &amp;") == "Hà Nội à &amp;"
    assert repair_text("tho\u0301i quen") == "thói quen"


def test_repair_converts_only_the_legacy_lines_of_a_mixed_page():
    legacy = encode_with(TCVN3_ENCODE, PARAGRAPH)
    mixed = f"Cổng thông tin điện tử huyện Kỳ Anh\n{legacy}\nĐăng ngày 06/07/2020"
    expected = f"Cổng thông tin điện tử huyện Kỳ Anh\n{PARAGRAPH}\nĐăng ngày 06/07/2020"
    assert repair_text(mixed) == expected


def test_repair_is_idempotent_on_repaired_text():
    for name in ("tcvn3", "vni", "mojibake"):
        repaired = repair_text(paragraph_of(decode_html(*FIXTURES[name][:2])[0]))
        assert repair_text(repaired) == repaired


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_clean_articles_take_the_fast_path(path, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("slow path taken")

    monkeypatch.setattr(ftfy, "fix_encoding", fail)
    monkeypatch.setattr(encoding, "_convert_legacy", fail)
    text = path.read_text(encoding="utf-8")
    assert repair_text(text) == unicodedata.normalize("NFC", text)
