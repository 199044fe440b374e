"""Tests of extract.places against tests/gold/places.jsonl and the merger table."""

import json
import unicodedata
from pathlib import Path

import pytest

from extract.places import Place, locate, province_2025

SNAPSHOT = Path(__file__).resolve().parent / "gold" / "places.jsonl"
RECORDS = [json.loads(line) for line in SNAPSHOT.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("record", RECORDS, ids=[r["title"][:30] for r in RECORDS])
def test_locate_snapshot(record):
    got = locate(record["title"], record["text"], record["portal_province"])
    assert got == Place(record["province"], record["province_2025"], record["district"])


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Kiên Giang", "An Giang"),
        ("Ninh Thuận", "Khánh Hòa"),
        ("Hà Giang", "Tuyên Quang"),
        ("Hà Tĩnh", "Hà Tĩnh"),
        ("Bà Rịa-Vũng Tàu", "Hồ Chí Minh"),
        ("Tỉnh Hòa Bình", "Phú Thọ"),
        ("Sóc Trăng", "Cần Thơ"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Kon Tum", "Quảng Ngãi"),
        ("An Giang", "An Giang"),
        ("Narnia", None),
    ],
)
def test_province_2025(old, new):
    assert province_2025(old) == new


def test_tone_placement_and_nfd_are_accepted():
    assert province_2025("tỉnh Khánh Hoà") == "Khánh Hòa"
    nfd = unicodedata.normalize("NFD", "UBND huyện Thuận Nam họp")
    assert locate(nfd, "") == Place("Ninh Thuận", "Khánh Hòa", "Thuận Nam")


def test_nothing_named():
    assert locate("Hội nghị", "Ngày 4/8, UBND tỉnh tổ chức phiên họp.") == Place(None, None, None)
