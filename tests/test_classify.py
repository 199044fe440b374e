"""Tests of extract.classify on the seeds and on hand-made cases."""

import unicodedata

import pytest

from evaluation.paths import seed_text
from extract.classify import MEETING_TYPES, Classification, classify


def test_seed_review_conference_is_online_with_18_sites():
    lines = [line for line in seed_text("000_239db4f83713a7b9.txt").splitlines() if line.strip()]
    got = classify(lines[3], "\n".join(lines[5:]))
    assert got == Classification(True, "hội nghị kiểm điểm", "tỉnh", True, 18)


def test_seed_monthly_online_session():
    title, _, text = seed_text("001_f8ee1a5413bd7da2.txt").partition("\n")
    assert classify(title, text) == Classification(True, "phiên họp thường kỳ", "tỉnh", True, None)


def test_seed_district_briefing_is_not_a_council_session():
    title, _, text = seed_text("002_6659db78acecf8ef.txt").partition("\n")
    assert classify(title, text) == Classification(True, "hội nghị giao ban", "huyện", False, None)


def test_nfd_input():
    title = unicodedata.normalize("NFD", "UBND xã Kỳ Tân tổ chức phiên họp thường kỳ tháng 5")
    assert classify(title, "") == Classification(True, "phiên họp thường kỳ", "xã", False, None)


@pytest.mark.parametrize(
    "title",
    [
        "Khai mạc Lễ hội Nghinh Ông năm 2024",
        "Thông báo tuyển dụng viên chức năm 2024 của UBND huyện",
        "Hội nghị tập huấn nghiệp vụ công tác Hội Nông dân",
        "Họp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
        "Họp báo công bố Lễ hội Biển năm 2024",
    ],
)
def test_not_meetings(title):
    assert classify(title, "UBND huyện tổ chức.") == Classification(False, None, None, False, None)


def test_council_session_and_central_city():
    assert classify("Khai mạc Kỳ họp thứ 18, HĐND tỉnh khóa X", "").meeting_type == "kỳ họp HĐND"
    assert classify("UBND thành phố Hà Nội họp phiên thường kỳ", "").level == "tỉnh"
    assert classify("UBND thành phố Rạch Giá họp phiên thường kỳ", "").level == "huyện"


def test_meeting_types_constant_lists_every_type():
    assert "họp trực tuyến" in MEETING_TYPES and len(set(MEETING_TYPES)) == len(MEETING_TYPES)
