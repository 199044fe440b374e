"""Datasette's search box over the crawled archive matches with or without Vietnamese accents."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.test_datasette import datasette_for

# The two conclusion notices are found through the text of their PDFs
KET_LUAN = (
    "Kết luận của Chủ tịch UBND tỉnh Lâm Minh Thành tại Hội nghị kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021"
)
KIEM_DIEM = {
    KET_LUAN,
    "Thông báo kết luận của Chủ tịch UBND tỉnh tại Hội nghị kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021",
    "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Hội nghị trực tuyến kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021",
    "Ủy ban nhân tỉnh họp trực tuyến kiểm điểm công tác chỉ đạo, điều hành phát triển kinh tế-xã"
    " hội tháng 7, triển khai nhiệm vụ trọng tâm tháng 8/2023",
}
GIAI_NGAN = {
    KET_LUAN,
    "Hội nghị Ban Chấp hành Hội Nông dân tỉnh lần thứ 6, khóa X",
    "Quỹ Hỗ trợ nông dân giúp hội viên phát triển kinh tế",
    "UBND tỉnh họp phiên thường kỳ tháng 6 năm 2022",
    "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Hội nghị trực tuyến kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021",
    "Ủy ban nhân tỉnh họp trực tuyến kiểm điểm công tác chỉ đạo, điều hành phát triển kinh tế-xã"
    " hội tháng 7, triển khai nhiệm vụ trọng tâm tháng 8/2023",
}
# "thuỷ sản" (old tone placement) in one article, "thủy sản" (new) in another
THUY_SAN = {
    "Sở Nông nghiệp và PTNT tổ chức hội nghị sơ kết quý I năm 2024",
    "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Hội nghị trực tuyến kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021",
    "Ủy ban nhân tỉnh họp trực tuyến kiểm điểm công tác chỉ đạo, điều hành phát triển kinh tế-xã"
    " hội tháng 7, triển khai nhiệm vụ trọng tâm tháng 8/2023",
}
# Query typed in the search box -> titles of the articles it finds (quotes make a phrase)
EXPECTED = {
    '"kiem diem"': KIEM_DIEM,
    '"kiểm điểm"': KIEM_DIEM,
    '"KIEM DIEM"': KIEM_DIEM,
    '"giai ngan"': GIAI_NGAN,
    '"giải ngân"': GIAI_NGAN,
    '"dong bao Cham"': {"Đặc sắc Lễ hội Katê của đồng bào Chăm năm 2023"},
    '"đồng bào Chăm"': {"Đặc sắc Lễ hội Katê của đồng bào Chăm năm 2023"},
    "dong chi Bui Quang Hoan": {
        "UBND huyện Kỳ Anh tổ chức hội nghị giao ban tháng 7, triển khai nhiệm vụ 6 tháng cuối năm."
    },
    '"thuy san"': THUY_SAN,
    '"thuỷ sản"': THUY_SAN,
    '"thủy sản"': THUY_SAN,
    '"ma doc"': {"Cảnh giác với tin nhắn lừa đảo chứa mã độc"},
    "khong co bai nao": set(),
}


@pytest.fixture(scope="module")
def search(crawled: Path):
    """Titles of the articles Datasette's search box finds for a query."""
    datasette = datasette_for(crawled)

    def titles(query: str) -> list[str]:
        params = {"_search": query, "_shape": "objects", "_col": "title", "_size": "max"}
        response = asyncio.run(datasette.client.get("/archive/articles.json", params=params))
        assert response.status_code == 200, response.text[:500]
        return [row["title"] for row in response.json()["rows"]]

    return titles


@pytest.mark.parametrize("query", sorted(EXPECTED))
def test_search_finds_exactly(search, query):
    found = search(query)
    assert len(found) == len(set(found))
    assert set(found) == EXPECTED[query]


def test_dong_finds_dong_with_its_accents(search):
    assert search("dong") == search("đồng") == search("Đồng")
    assert "Đặc sắc Lễ hội Katê của đồng bào Chăm năm 2023" in search("dong")


def test_tone_placement_variants_are_equal(search):
    assert search("hoà") == search("hòa")
    assert search("thuỷ") == search("thủy")
