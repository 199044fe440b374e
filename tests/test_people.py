"""Tests of extract.people on the seeds and on hand-made sentences."""

import unicodedata

from evaluation.paths import seed_text
from extract.people import Person, chair, find_people


def test_seed_conclusion_notice():
    text = seed_text("004_6f0508abd3d91ba8.txt")
    people = find_people(text)
    assert chair(text) == Person("Lâm Minh Thành", "Chủ tịch Ủy ban nhân dân tỉnh", "chair")
    assert Person("Nguyễn Thanh Nhân", "Phó Chủ tịch UBND tỉnh", "absent") in people
    assert Person("Đặng Vũ Bằng", None, "speaker") in people
    assert Person("Đỗ Thị Lệ Hảo", None, "speaker") in people
    assert Person("Nguyễn Lưu Trung", "Phó Chủ tịch UBND", "speaker") in people
    assert Person("Lâm Minh Thành", "Chủ tịch Ủy ban nhân dân tỉnh", "concluding") in people
    assert Person("Đặng Vũ Bằng", "PHÓ CHÁNH VĂN PHÒNG", "signer") in people


def test_seed_two_chairs_and_author():
    text = seed_text("002_6659db78acecf8ef.txt")
    people = find_people(text)
    chairs = [p for p in people if p.role in ("chair", "co_chair")]
    assert chairs == [
        Person("Bùi Quang Hoàn", "Phó bí thư Huyện uỷ, Chủ tịch UBND huyện", "chair"),
        Person("Phạm Văn Dũng", "Phó chủ tịch UBND huyện", "co_chair"),
    ]
    assert people[-1] == Person("Trung Anh", None, "author")


def test_title_first_chair():
    assert find_people("Chủ tịch UBND tỉnh Trần Quốc Nam chủ trì phiên họp.") == [
        Person("Trần Quốc Nam", "Chủ tịch UBND tỉnh", "chair")
    ]


def test_place_before_name_is_kept_in_title():
    assert chair("Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chủ trì.") == Person(
        "Nguyễn Văn Sơn", "Chủ tịch UBND tỉnh Hà Giang", "chair"
    )


def test_place_is_not_a_name():
    assert find_people("Chủ tịch UBND huyện Kỳ Anh phát biểu chỉ đạo tại hội nghị.") == []


def test_deduplicated_per_name_and_role_and_nfd():
    text = unicodedata.normalize(
        "NFD",
        "Đồng chí Cao Tường Huy, Chủ tịch UBND tỉnh chủ trì phiên họp. "
        "Chủ tịch UBND tỉnh Cao Tường Huy chủ trì phiên họp.",
    )
    assert find_people(text) == [Person("Cao Tường Huy", "Chủ tịch UBND tỉnh", "chair")]


def test_no_people():
    assert find_people("Giá lúa tăng mạnh, nông dân phấn khởi.") == []
    assert chair("") is None
