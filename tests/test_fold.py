"""Tests for extract.fold: tone-placement normalisation and search folding."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.fold import fold, normalize_tones

TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("hoà", "hòa"),
        ("Hoà Bình", "Hòa Bình"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("UỶ BAN", "ỦY BAN"),
        ("nuôi trồng thuỷ sản", "nuôi trồng thủy sản"),
        ("sức khoẻ", "sức khỏe"),
        ("Huyện uỷ, Tỉnh uỷ", "Huyện ủy, Tỉnh ủy"),
        ("khoá XIX", "khóa XIX"),
        ("xoá đói, hoạ sĩ, tuỳ, Thuỵ", "xóa đói, họa sĩ, tùy, Thụy"),
        ("loè loẹt", "lòe loẹt"),
    ],
)
def test_normalize_tones_moves_tone_to_first_vowel(written, canonical):
    assert normalize_tones(written) == canonical


@pytest.mark.parametrize(
    "text",
    [
        "quý, quả, quỳ",
        "hoàng, hoàn, toàn, khuyến, thuận, ngoài, khoai, xoáy, nguyễn",
        "hòa, thủy, khỏe, Ủy",
        "của, mùa, mía, tuổi, người",
        "Kiểm điểm công tác chỉ đạo, điều hành",
        "Thuy, hoa, UY",
        "",
    ],
)
def test_normalize_tones_leaves_other_syllables(text):
    assert normalize_tones(text) == text


def test_normalize_tones_accepts_nfd_and_returns_nfc():
    nfd = unicodedata.normalize("NFD", "Uỷ ban, hoà, thuỷ")
    assert normalize_tones(nfd) == "Ủy ban, hòa, thủy"


def test_variants_are_equal_after_normalisation():
    pairs = [("hoà", "hòa"), ("Uỷ", "Ủy"), ("thuỷ", "thủy"), ("khoẻ", "khỏe")]
    for old, new in pairs:
        assert normalize_tones(old) == normalize_tones(new) == new
        assert fold(old) == fold(new)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Kiểm điểm", "kiem diem"),
        ("đồng", "dong"),
        ("ĐỒNG", "dong"),
        ("Ủy ban nhân dân tỉnh Kiên Giang", "uy ban nhan dan tinh kien giang"),
        ("Đắk Lắk", "dak lak"),
        ("Hoà Bình", "hoa binh"),
        ("UBND 6 tháng đầu năm 2021", "ubnd 6 thang dau nam 2021"),
        ("café", "cafe"),
        ("", ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_accepts_nfd():
    assert fold(unicodedata.normalize("NFD", "Kiểm điểm ĐỒNG")) == "kiem diem dong"


VIETNAMESE_WORDS = st.lists(
    st.sampled_from(
        ["hoà", "hòa", "Uỷ", "Ủy", "thuỷ", "quý", "ngoài", "HOÀ", "khoẻ", "đồng", "Kiểm"]
        + [unicodedata.normalize("NFC", "o" + tone) for tone in TONES]
    ),
    max_size=12,
).map(" ".join)


@settings(derandomize=True, max_examples=200)
@given(VIETNAMESE_WORDS)
def test_normalize_tones_is_idempotent_and_fold_ignores_it(text):
    once = normalize_tones(text)
    assert normalize_tones(once) == once
    assert fold(once) == fold(text)
    assert fold(fold(text)) == fold(text)
