"""Tests for extract.directives: the chair's conclusions and assigned tasks."""

import datetime
import unicodedata

import pytest

from evaluation.documents import load_directives_snapshot
from evaluation.paths import seed_text
from extract.directives import Directive, agency_of, deadline_of, find_directives

SNAPSHOT = load_directives_snapshot()


@pytest.mark.parametrize("case", SNAPSHOT, ids=[case["seed"] for case in SNAPSHOT])
def test_seed_directives_exactly(case):
    expected = [Directive(**directive) for directive in case["directives"]]
    assert find_directives(seed_text(case["seed"])) == expected


def test_notice_review_and_closing_are_not_directives():
    texts = [d.text for d in find_directives(seed_text("004_6f0508abd3d91ba8.txt"))]
    assert not any("Những mặt đạt được" in t or "Tính linh hoạt" in t for t in texts)
    assert not any("thông báo ý kiến kết luận" in t or "ghi nhận" in t for t in texts)
    assert not any(char in "".join(texts) for char in "⁴⁵⁶⁷⁸*")


def test_notice_section_items_agencies_and_deadlines():
    directives = find_directives(seed_text("004_6f0508abd3d91ba8.txt"))
    assert directives[3].agency == "Sở Lao động - Thương binh và Xã hội"
    assert directives[3].deadline == "2021-07-31"
    assert directives[3].text.endswith("phấn đấu hoàn thành hỗ trợ trong tháng 7/2021")
    assert "khẩn trương tham mưu UBND tỉnh triển khai Nghị quyết số 68/NQ-CP" in directives[3].text
    assert directives[-1] == Directive(
        seq=13,
        text="Văn phòng Ủy ban nhân dân tỉnh tham mưu giao nhiệm vụ xử lý cụ thể cho các ngành "
        "có liên quan",
        agency="Văn phòng Ủy ban nhân dân tỉnh",
        deadline=None,
    )


def test_numbered_list_after_conclusion_cue():
    text = (
        "Về hạn chế: giải ngân còn chậm; yêu cầu cao.\n\n"
        "Kết luận Hội nghị, Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Sở Y tế tập trung tiêm vắc xin, hoàn thành trước ngày 15/4/2022.\n\n"
        "2) Các sở, ban, ngành rà soát thủ tục hành chính trong quý III/2024;\n\n"
        "(3) Thực hiện nghiêm Chỉ thị 16.\n\nNguyễn Văn A"
    )
    assert find_directives(text) == [
        Directive(
            1,
            "Sở Y tế tập trung tiêm vắc xin, hoàn thành trước ngày 15/4/2022",
            "Sở Y tế",
            "2022-04-15",
        ),
        Directive(
            2,
            "Các sở, ban, ngành rà soát thủ tục hành chính trong quý III/2024",
            "Các sở, ban, ngành",
            "2024-09-30",
        ),
        Directive(3, "Thực hiện nghiêm Chỉ thị 16", None, None),
    ]


def test_run_on_paragraph_with_addressee_and_nfd():
    text = unicodedata.normalize(
        "NFD",
        "Chủ tịch yêu cầu các sở, ngành liên quan triển khai một số nhiệm vụ trọng tâm như: "
        "Đẩy nhanh giải ngân vốn đầu tư công, đến hết quý III/2024 đạt 60%; Sở Tài chính "
        "tham mưu bố trí vốn trước tháng 12. Từ đó bảo đảm nguồn lực cho năm sau.",
    )
    assert find_directives(text, published=datetime.date(2024, 8, 5)) == [
        Directive(
            1,
            "Đẩy nhanh giải ngân vốn đầu tư công, đến hết quý III/2024 đạt 60%",
            "các sở, ngành liên quan",
            "2024-09-30",
        ),
        Directive(
            2,
            "Sở Tài chính tham mưu bố trí vốn trước tháng 12. Từ đó bảo đảm nguồn lực cho năm sau",
            "Sở Tài chính",
            "2024-11-30",
        ),
    ]


def test_no_cue_no_directives():
    assert find_directives("UBND tỉnh họp kiểm điểm tình hình kinh tế - xã hội tháng 7.") == []


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("phấn đấu hoàn thành hỗ trợ trong tháng 7/2021", None, "2021-07-31"),
        ("hoàn thành trước ngày 15/4/2022", None, "2022-04-15"),
        ("báo cáo trước ngày 15/4", 2022, "2022-04-15"),
        ("trình UBND tỉnh trước tháng 12/2022", None, "2022-11-30"),
        ("trình UBND tỉnh trước tháng 1/2023", None, "2022-12-31"),
        ("giải ngân trong quý III/2024", None, "2024-09-30"),
        ("đến hết quý III/2024 đạt 60%", None, "2024-09-30"),
        ("trước quý I năm 2025", None, "2024-12-31"),
        ("hoàn thành trong 6 tháng đầu năm 2024", None, "2024-06-30"),
        ("cần hoàn thành trong cuối năm 2023", None, "2023-12-31"),
        ("cấp đổi quyền sử dụng đất ở trước tháng 12 năm 1980", 2020, None),
        ("những tháng cuối năm 2021 và đầu năm 2022", None, None),
        ("nhân ngày 27/7 và kỷ niệm (27/7/1947 - 27/7/2021)", 2021, None),
        ("hoàn thành trong tháng 8", None, None),
    ],
)
def test_deadline_of(text, year, expected):
    assert deadline_of(text, year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Kế hoạch và Đầu tư, phối hợp, đôn đốc đơn vị tư vấn", "Sở Kế hoạch và Đầu tư"),
        (
            "Tăng cường ứng dụng, Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh quản lý",
            "Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh",
        ),
        (
            "Giám đốc các sở, Thủ trưởng các ngành, Chủ tịch UBND các huyện, thành phố nêu cao",
            "Giám đốc các sở, Thủ trưởng các ngành, Chủ tịch UBND các huyện, thành phố",
        ),
        (
            "Sở Lao động - Thương binh và Xã hội chủ trì phối hợp các ngành",
            "Sở Lao động - Thương binh và Xã hội",
        ),
        ("UBND huyện Kỳ Anh chỉ đạo các xã chống hạn", "UBND huyện Kỳ Anh"),
        ("Tập trung đột phá trong các ngành dịch vụ, du lịch", None),
        ("tham mưu UBND tỉnh xem xét, giải quyết", None),
    ],
)
def test_agency_of(text, expected):
    assert agency_of(text) == expected
