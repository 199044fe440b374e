"""Real reports' phrasings, each in a text of our own (names, places and numbers invented): who
chaired, the meeting day, kind and level, figures; and the one calendar and sentence grammar."""

# ruff: noqa: E501 (each case is one sentence of a report, kept on one line to read as written)

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.analysis import analyse
from extract.calendar import day_at
from extract.figures import find_figures
from extract.people import find_people
from extract.sentences import split_sentences

PUBLISHED = "2024-05-10T10:00:00+07:00"


@pytest.mark.parametrize(
    ("body", "chair"),
    [
        # appositive offices, then the cue (the commonest real way)
        (
            "Đồng chí Ma Văn Khiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp.",
            "Ma Văn Khiêm",
        ),
        # dashed offices, with and without spaces
        (
            "Đồng chí Hồ Văn Tâm - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp.",
            "Hồ Văn Tâm",
        ),
        (
            "Đồng chí Phạm Văn Tú-Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì cuộc họp.",
            "Phạm Văn Tú",
        ),
        ("Đồng chí Mai Thị Duyên – PCT HĐND huyện chủ trì hội nghị.", "Mai Thị Duyên"),
        ("Đồng chí Lò Thị Hiên - UVBTV, Phó Chủ tịch HĐND huyện chủ trì phiên họp.", "Lò Thị Hiên"),
        # acting office
        ("Đồng chí Vũ Đức Trọng, Quyền Chủ tịch UBND tỉnh, chủ trì phiên họp.", "Vũ Đức Trọng"),
        ("Quyền Chủ tịch UBND tỉnh Phạm Đức Ấn chủ trì hội nghị.", "Phạm Đức Ấn"),
        # "dưới sự chủ trì (, điều hành) của"
        (
            "Sáng 2/6, dưới sự chủ trì của đồng chí Lưu Quốc Hòa, Chủ tịch UBND tỉnh, UBND tỉnh họp.",
            "Lưu Quốc Hòa",
        ),
        (
            "Dưới sự chủ trì, điều hành của đồng chí Đặng Xuân Phong, Chủ tịch HĐND tỉnh, kỳ họp bế mạc.",
            "Đặng Xuân Phong",
        ),
        # a council session's chair
        ("Ông Lương Văn Khởi, Chủ tịch HĐND huyện chủ tọa kỳ họp.", "Lương Văn Khởi"),
        ("Chủ tịch HĐND xã K' Brôn chủ toạ kỳ họp.", "K' Brôn"),
        # offices the title grammar reads only in part
        (
            "Ông Trần Hiếu – Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh đã chủ trì cuộc họp.",
            "Trần Hiếu",
        ),
        (
            "Đồng chí Nguyễn Thị Hồng, UVT.Ư Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.",
            "Nguyễn Thị Hồng",
        ),
        # ethnic-minority names, whole
        (
            "Đồng chí Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ tọa kỳ họp.",
            "Y Thanh Hà Niê Kđăm",
        ),
        ("Bà H' Yim Kđoh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.", "H' Yim Kđoh"),
        ("Chủ tịch UBND tỉnh Ksor Phước chủ trì.", "Ksor Phước"),
        ("Ông Rơ Mah Tuấn, Chủ tịch UBND huyện chủ trì.", "Rơ Mah Tuấn"),
        ("Chủ tịch UBND huyện Sùng A Hồ chủ trì.", "Sùng A Hồ"),
        ("Ông Thạch Sô Phol, Chủ tịch UBND huyện chủ trì.", "Thạch Sô Phol"),
        # a place after the unit word is no name, a name after it is
        ("Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chủ trì hội nghị.", "Nguyễn Văn Sơn"),
        ("Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Sử chủ trì phiên họp.", "Lê Văn Sử"),
        # unnamed companions pass the cue to the named chair
        (
            "Đồng chí Đỗ Văn Thuận, Chủ tịch HĐND tỉnh và các đồng chí Phó Chủ tịch HĐND tỉnh chủ tọa kỳ họp.",
            "Đỗ Văn Thuận",
        ),
        (
            "Chủ tịch HĐND tỉnh Đỗ Minh Kha và các Phó Chủ tịch HĐND tỉnh chủ tọa kỳ họp.",
            "Đỗ Minh Kha",
        ),
        # nobody chairs: who gave the conclusion
        (
            "Phát biểu kết luận, đồng chí Phùng Văn Toàn nhấn mạnh vai trò của cán bộ thôn.",
            "Phùng Văn Toàn",
        ),
        (
            "Đồng chí Đào Văn Hưng – Phó Bí thư, Chủ tịch UBND huyện kết luận hội nghị.",
            "Đào Văn Hưng",
        ),
        # "chủ trì" of a task given at the meeting is no chair
        (
            "Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh Lê Quang Tín giao Sở Xây dựng chủ trì, phối hợp.",
            "Lê Quang Tín",
        ),
        # a cited conclusion is not the meeting's
        ("Theo kết luận của đồng chí Lê Văn Tám, Bí thư Tỉnh ủy, các sở phải báo cáo.", None),
        # a relative clause between the office and the cue
        (
            "Đồng chí Bế Văn Thanh - Bí thư Đảng ủy xã, người được Thường trực HĐND khóa trước giới thiệu, chủ tọa kỳ họp thứ nhất.",
            "Bế Văn Thanh",
        ),
        # who opens a new council's first session, described, then the cue
        (
            "Đồng chí Lục Văn Toàn, Bí thư Đảng ủy xã, người trúng cử đại biểu HĐND xã nhiều tuổi nhất, khai mạc và chủ tọa phiên họp đầu tiên.",
            "Lục Văn Toàn",
        ),
        (
            "Đồng chí Trịnh Văn Lực, đại biểu cao tuổi nhất, khai mạc và chủ tọa kỳ họp cho đến khi bầu được Chủ tịch HĐND tỉnh.",
            "Trịnh Văn Lực",
        ),
        (
            "Đồng chí Y Bhin Niê, Phó Chủ tịch HĐND tỉnh khóa X, được Ủy ban Thường vụ Quốc hội chỉ định triệu tập và chủ tọa phiên khai mạc.",
            "Y Bhin Niê",
        ),
        # a rarer family name, title first; one not in the list, before a middle name
        ("Chủ tịch UBND tỉnh Khuất Minh Hải chủ trì phiên họp.", "Khuất Minh Hải"),
        ("Chủ tịch UBND thành phố Tôn Văn Thành chủ trì phiên họp.", "Tôn Văn Thành"),
        ("Phó Chủ tịch UBND huyện Xà Văn Bảy chủ trì cuộc họp.", "Xà Văn Bảy"),
        # a commune the gazetteer does not hold, then the name
        ("Phó Chủ tịch UBND xã Tân Mỹ Lê Văn Hòa chủ trì hội nghị.", "Lê Văn Hòa"),
        # a city Party member who attends and chairs
        (
            "Đồng chí Vũ Thị Lan, Thành uỷ viên, Bí thư Đảng uỷ, Chủ tịch HĐND xã dự và chủ trì hội nghị.",
            "Vũ Thị Lan",
        ),
        # a long office the title grammar does not read, then the cue
        (
            "Ông Phạm Văn Tư, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo các Chương trình MTQG tỉnh, Chủ tịch Hội đồng thẩm định tỉnh chủ trì cuộc họp.",
            "Phạm Văn Tư",
        ),
        # far from the cue, but someone else chairs
        (
            "Tham dự có đồng chí Lê Văn Tám, Chủ tịch UBND tỉnh tại hội nghị trực tuyến toàn quốc do Thủ tướng Chính phủ chủ trì.",
            None,
        ),
        # the conclusion given by an office, its holder named at an earlier speech
        (
            "Chủ tịch UBND tỉnh Lê Văn Khải phát biểu tại cuộc họp.\nKết luận cuộc họp, Chủ tịch UBND tỉnh cho rằng các lĩnh vực đều tăng trưởng.",
            "Lê Văn Khải",
        ),
        # nobody named as chairing or concluding
        ("Bà Nguyễn Thị Ngọc Diễm – Phó Chủ tịch HĐND huyện đến dự.", None),
    ],
)
def test_chair(body, chair):
    found = analyse("UBND huyện họp phiên thường kỳ", None, body, PUBLISHED).chair
    assert (found.name if found else None) == chair


@pytest.mark.parametrize(
    ("body", "chairs"),
    [
        (
            "Đồng chí Đặng Phú Quang, Chủ tịch UBND xã và đồng chí Đặng Phú Mạnh – Chủ tịch UBMTTQ Việt Nam xã đồng chủ trì Hội nghị.",
            ["Đặng Phú Quang", "Đặng Phú Mạnh"],
        ),
        (
            "Các đồng chí: Nguyễn Văn Thịnh, Chủ tịch UBND tỉnh; Lê Ngọc Khải, Phó Chủ tịch UBND tỉnh đồng chủ trì hội nghị.",
            ["Nguyễn Văn Thịnh", "Lê Ngọc Khải"],
        ),
        (
            "Đồng chủ trì hội nghị có đồng chí Nguyễn Văn Thịnh, Chủ tịch UBND tỉnh và đồng chí Lê Ngọc Khải, Phó Chủ tịch UBND tỉnh.",
            ["Nguyễn Văn Thịnh", "Lê Ngọc Khải"],
        ),
        (
            "Chủ trì hội nghị có đồng chí Lò Văn Chiến, Chủ tịch UBND huyện; đồng chí Vàng A Páo, Phó Chủ tịch UBND huyện.",
            ["Lò Văn Chiến", "Vàng A Páo"],
        ),
        # dashed offices, then "; bà …" after "Chủ trì … có"
        (
            "Chủ trì phiên họp có đồng chí Ma Văn Kiên, Phó Bí thư Đảng ủy – Chủ tịch UBND; bà Lộc Thị Hằng, Phó Chủ tịch UBND xã.",
            ["Ma Văn Kiên", "Lộc Thị Hằng"],
        ),
        # the names listed after a plural office
        (
            "Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh Đoàn Văn Sáu và các Phó Chủ tịch HĐND tỉnh Lê Văn Bảy, Trần Thị Tám đồng chủ trì.",
            ["Đoàn Văn Sáu", "Lê Văn Bảy", "Trần Thị Tám"],
        ),
        # "X, <offices> cùng đồng chí Y, <office> đồng chủ trì", a term of office after X's
        (
            "Đồng chí Nông Quốc Tuấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh nhiệm kỳ 2021 - 2026 cùng đồng chí H'Lim Niê, Phó Chủ tịch HĐND tỉnh đồng chủ trì phiên khai mạc.",
            ["Nông Quốc Tuấn", "H'Lim Niê"],
        ),
        # offices first, separated by ';' before the cue
        (
            "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lường Văn Ơn; Phó Chủ tịch HĐND tỉnh Tòng Thị Xuân chủ tọa kỳ họp.",
            ["Lường Văn Ơn", "Tòng Thị Xuân"],
        ),
        # "đồng chủ trì là các đồng chí A và B, <office> <commune>": the commune is no name
        (
            "Sáng 3/10, tại hội trường xã, đồng chủ trì là các đồng chí A Phiên và Y Nhơn, Phó Chủ tịch UBND xã Si Ma Cai, tổ chức họp triển khai nhiệm vụ quý IV.",
            ["A Phiên", "Y Nhơn"],
        ),
        # "<office> X cùng các <office plural>: Y, Z chủ trì"
        (
            "Chiều 14-8, Chủ tịch UBND tỉnh Vi Văn Lộc cùng các Phó Chủ tịch UBND tỉnh: Đinh Công Sứ, Mạc Thị Hường chủ trì họp bàn giải pháp thu ngân sách.",
            ["Vi Văn Lộc", "Đinh Công Sứ", "Mạc Thị Hường"],
        ),
    ],
)
def test_joint_chairs_are_chair_then_co_chairs(body, chairs):
    people = find_people(body)
    assert [p.name for p in people if p.role == "chair"] == chairs[:1]
    assert [p.name for p in people if p.role == "co_chair"] == chairs[1:]


@pytest.mark.parametrize(
    ("body", "published", "day", "days"),
    [
        (
            "Ngày 28-10, UBND tỉnh họp phiên thường kỳ.",
            "2024-10-29T08:00:00+07:00",
            "2024-10-28",
            1,
        ),
        (
            "Ngày 19 - 12, UBND tỉnh họp phiên thường kỳ.",
            "2016-12-20T08:00:00+07:00",
            "2016-12-19",
            1,
        ),
        (
            "Ngày 30 -10, đồng chí Đàm Văn Khải chủ trì phiên họp.",
            "2024-10-31T08:00:00+07:00",
            "2024-10-30",
            1,
        ),
        ("Ngày 3.10, UBND tỉnh họp phiên thường kỳ.", "2024-10-04T08:00:00+07:00", "2024-10-03", 1),
        ("20.9, UBND tỉnh họp phiên chuyên đề.", "2024-09-20T18:00:00+07:00", "2024-09-20", 1),
        (
            "(Baogialai.com.vn) - 20.9, UBND tỉnh họp phiên chuyên đề.",
            "2024-09-21T08:00:00+07:00",
            "2024-09-20",
            1,
        ),
        (
            "Sáng nay (8/7), HĐND tỉnh khai mạc kỳ họp.",
            "2024-07-08T11:00:00+07:00",
            "2024-07-08",
            1,
        ),
        (
            "(Baogialai.com.vn) - Sáng nay, 10-9, UBND tỉnh họp.",
            "2025-09-10T11:00:00+07:00",
            "2025-09-10",
            1,
        ),
        ("Hôm nay, UBND xã họp phiên thường kỳ.", "2025-08-20T18:00:00+07:00", "2025-08-20", 1),
        (
            "Sáng ngày 27 tháng 5 năm 2021, HĐND xã tổ chức kỳ họp.",
            "2021-05-28T08:00:00+07:00",
            "2021-05-27",
            1,
        ),
        # the year in the meeting's own name beats the publication year
        (
            "Ngày 28-10, UBND tỉnh đã tổ chức họp thường kỳ tháng 10-2015.",
            "2017-03-05T08:00:00+07:00",
            "2015-10-28",
            1,
        ),
        # a December meeting published in January
        (
            "Ngày 30-12, UBND huyện tổ chức hội nghị tổng kết năm 2024.",
            "2025-01-02T08:00:00+07:00",
            "2024-12-30",
            1,
        ),
        # ranges: the first day, every day kept
        (
            "Trong 2 ngày 7-9/12, HĐND huyện tổ chức kỳ họp thứ 9.",
            "2023-12-09T08:00:00+07:00",
            "2023-12-07",
            3,
        ),
        (
            "Trong 2 ngày 23 và 24-12, HĐND thành phố tổ chức kỳ họp.",
            "2024-12-24T18:00:00+07:00",
            "2024-12-23",
            2,
        ),
        (
            "Từ ngày 7 đến 9/12, HĐND huyện tổ chức kỳ họp thứ 9.",
            "2023-12-09T08:00:00+07:00",
            "2023-12-07",
            3,
        ),
        (
            "Trong 3 ngày, từ 9 - 11/12, HĐND tỉnh tổ chức kỳ họp.",
            "2024-12-11T18:00:00+07:00",
            "2024-12-09",
            3,
        ),
        # a closing report: the range that holds the closing day
        (
            "Chiều 14/12, kỳ họp HĐND tỉnh đã bế mạc. Kỳ họp diễn ra từ ngày 12-14/12.",
            "2017-12-15T08:00:00+07:00",
            "2017-12-12",
            3,
        ),
        (
            "Sau 3 ngày làm việc khẩn trương (17 - 19/7), chiều 19/7, kỳ họp HĐND tỉnh đã bế mạc.",
            "2017-07-19T18:00:00+07:00",
            "2017-07-17",
            3,
        ),
        (
            "Sau 3 ngày làm việc, chiều 14/12, kỳ họp thứ Năm HĐND tỉnh đã bế mạc.",
            "2017-12-15T08:00:00+07:00",
            "2017-12-12",
            3,
        ),
        # the days said later
        (
            "Sáng 10/12, HĐND tỉnh khai mạc kỳ họp. Kỳ họp dự kiến diễn ra đến hết ngày 12/12.",
            "2024-12-10T10:40:00+07:00",
            "2024-12-10",
            3,
        ),
        (
            "Sáng 8/12, HĐND tỉnh khai mạc kỳ họp. Kỳ họp diễn ra trong 3 ngày.",
            "2020-12-08T17:45:00+07:00",
            "2020-12-08",
            3,
        ),
        # "chiều hôm qua" is the day before the publication day
        (
            "Chiều hôm qua, ông Lê Văn Mười - Phó Chủ tịch UBND tỉnh đã chủ trì buổi họp.",
            "2017-01-13T08:00:00+07:00",
            "2017-01-12",
            1,
        ),
        # so many days from a Friday run through a weekend: which days is not said
        (
            "Sáng nay, 20-12, HĐND tỉnh khai mạc kỳ họp. Kỳ họp diễn ra trong 3 ngày.",
            "2019-12-20T11:00:00+07:00",
            "2019-12-20",
            1,
        ),
        # a planned later session or a deadline is never the meeting day
        (
            "Thường trực HĐND huyện họp chuẩn bị kỳ họp. Kỳ họp dự kiến được tổ chức vào ngày 10/7/2021.",
            "2021-06-23T08:00:00+07:00",
            None,
            0,
        ),
        (
            "UBND tỉnh vừa tổ chức phiên họp. Yêu cầu các sở hoàn thành trước ngày 15/6.",
            "2024-06-10T08:00:00+07:00",
            None,
            0,
        ),
    ],
)
def test_meeting_day(body, published, day, days):
    analysis = analyse("UBND tỉnh họp phiên thường kỳ", None, body, published)
    assert analysis.meeting_date == day
    held = [m.end for m in analysis.dates if m.role == "meeting" and m.start == day]
    last = datetime.date.fromisoformat(max(held)) if held else None
    assert ((last - datetime.date.fromisoformat(day)).days + 1 if last else 0) == days


@pytest.mark.parametrize(
    ("title", "body", "published", "meeting", "level"),
    [
        (
            "Hội nghị Ban Thường vụ Tỉnh ủy",
            "Sáng 12/1, Ban Thường vụ Tỉnh ủy họp. Đồng chí Lê Thị Hoa, Bí thư Tỉnh ủy chủ trì.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Ban Thường vụ Đảng ủy UBND tỉnh họp",
            "Ngày 24/2, tại trụ sở HĐND-UBND tỉnh, Ban Chấp hành Đảng bộ UBND tỉnh họp.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Thủ tướng họp trực tuyến với các địa phương",
            "Sáng 25.9, Thủ tướng Chính phủ chủ trì cuộc họp trực tuyến. Dự tại điểm cầu tỉnh có Phó Chủ tịch UBND tỉnh.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Họp trực tuyến toàn quốc về phòng, chống dịch",
            "Sáng 25.9, Thủ tướng Chính phủ chủ trì cuộc họp trực tuyến tới 63 tỉnh. Tại huyện, dự có Phó Chủ tịch UBND huyện.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Ủy ban MTTQ tỉnh hội nghị hiệp thương",
            "Sáng 5/3, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị. Dự có Phó Chủ tịch UBND tỉnh.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Giới thiệu người ứng cử đại biểu HĐND tỉnh",
            "Chiều 6/1, cơ quan Ủy ban MTTQ Việt Nam tỉnh họp để giới thiệu người ứng cử.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Xã Chí Lăng tổ chức Hội nghị đối thoại với Nhân dân",
            "Chủ tịch UBND xã sẽ tổ chức hội nghị đối thoại vào ngày 29/10.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Hội nghị kiểm điểm 6 tháng đầu năm",
            "Cổng thông tin điện tử Hội Nông dân tỉnh\nSáng 7/7, UBND tỉnh tổ chức hội nghị kiểm điểm.",
            PUBLISHED,
            True,
            "tỉnh",
        ),
        (
            "UBND huyện góp ý dự thảo báo cáo trình Đại hội Đảng bộ huyện",
            "Sáng 18/3, UBND huyện tổ chức hội nghị góp ý.",
            PUBLISHED,
            True,
            "huyện",
        ),
        (
            "Kết luận của Chủ tịch UBND tỉnh về cuộc họp phòng chống dịch",
            "Chủ tịch UBND tỉnh đã có kết luận về cuộc họp như sau.",
            PUBLISHED,
            True,
            "tỉnh",
        ),
        (
            "Hội đồng nhân dân (HĐND) xã Tân Phú tổ chức kỳ họp thứ 3",
            "Ngày 20/8, Hội đồng nhân dân (HĐND) xã Tân Phú tổ chức kỳ họp.",
            PUBLISHED,
            True,
            "xã",
        ),
        (
            "Hà Nội: UBND Thành phố họp phiên thường kỳ",
            "Ngày 28/10, UBND Thành phố họp phiên thường kỳ.",
            PUBLISHED,
            True,
            "tỉnh",
        ),
        (
            "UBND thành phố họp phiên thường kỳ tháng 8",
            "Sáng nay, UBND thành phố họp, cho ý kiến đề án chỉnh trang khu vực nội thành.",
            PUBLISHED,
            True,
            "tỉnh",
        ),
        (
            "UBND TPHCM họp phiên thường kỳ",
            "Sáng 2-6, UBND TPHCM tổ chức phiên họp thường kỳ.",
            PUBLISHED,
            True,
            "tỉnh",
        ),
        (
            "UBND thành phố Bảo Lộc họp phiên thường kỳ",
            "Sáng 4/5, UBND thành phố Bảo Lộc họp phiên thường kỳ.",
            PUBLISHED,
            True,
            "huyện",
        ),
        (
            "UBND thành phố Huế họp phiên thường kỳ",
            "Sáng 11/4, UBND thành phố Huế họp phiên thường kỳ.",
            "2023-04-11T16:00:00+07:00",
            True,
            "huyện",
        ),
        (
            "UBND thành phố Huế họp phiên thường kỳ",
            "Sáng 6/8, UBND thành phố Huế họp phiên thường kỳ.",
            "2025-08-06T16:00:00+07:00",
            True,
            "tỉnh",
        ),
        (
            "UBND quận Long Biên giao ban",
            "Ngày 4/3, UBND quận Long Biên tổ chức hội nghị giao ban.",
            PUBLISHED,
            True,
            "huyện",
        ),
        # a working session the committee holds or someone chairs is a meeting
        (
            "Gỡ vướng trong chi trả bồi thường dự án đường tỉnh",
            "Sáng nay (14/5), UBND tỉnh tổ chức buổi làm việc để bàn phương án chi trả bồi thường. Phó Chủ tịch UBND tỉnh Đào Văn Sáu chủ trì buổi làm việc.",
            PUBLISHED,
            True,
            "tỉnh",
        ),
        # a Party standing member's office before the committee does not make the Party the holder
        (
            "Xét công nhận các xã đạt chuẩn nông thôn mới",
            "Sáng 8/5, ông Lê Văn Ba - Ủy viên Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực UBND tỉnh chủ trì buổi họp Hội đồng thẩm định.",
            PUBLISHED,
            True,
            "tỉnh",
        ),
        # a meeting said to be a Party body's is the Party's, whoever speaks at it
        (
            "Bí thư Tỉnh ủy: Chủ tịch UBND xã phải báo cáo đầy đủ với Bí thư",
            "Đó là chỉ đạo của Bí thư Tỉnh ủy Lò Văn Hải tại hội nghị giao ban của Ban Thường vụ Tỉnh ủy ngày 6/5.",
            PUBLISHED,
            False,
            None,
        ),
        # a Party meeting in the committee's hall
        (
            "Xã Tân Lập tổng kết thực hiện các nghị quyết của Đảng",
            "Chiều ngày 3/5, tại hội trường Ủy ban nhân dân xã Tân Lập, Đảng ủy xã tổ chức Hội nghị tổng kết.",
            PUBLISHED,
            False,
            None,
        ),
        # the Front's notice submitted to the council's session
        (
            "Góp ý dự thảo thông báo của Mặt trận trình kỳ họp HĐND tỉnh",
            "Sáng ngày 7/5, Ban Thường trực UBMTTQ tỉnh đã tổ chức hội nghị lấy ý kiến góp ý vào dự thảo.",
            PUBLISHED,
            False,
            None,
        ),
        # a convening decision, a schedule announced ahead, criticism, meetings put off
        (
            "Triệu tập kỳ họp thứ nhất HĐND tỉnh khóa XI",
            "Ngày 8-5, Thường trực HĐND tỉnh ban hành quyết định triệu tập kỳ họp thứ nhất.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Từ ngày 20 đến 22-5: Diễn ra kỳ họp thứ 9 HĐND tỉnh",
            "Kỳ họp thứ 9 diễn ra trong 3 ngày, tại hội trường UBND tỉnh.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Vắng phiên khai mạc kỳ họp, 6 giám đốc sở bị phê bình",
            "Chủ tịch UBND tỉnh vừa ký văn bản phê bình 6 giám đốc sở vắng mặt tại phiên khai mạc kỳ họp HĐND tỉnh.",
            PUBLISHED,
            False,
            None,
        ),
        (
            "Hoãn các cuộc họp không cấp bách để tập trung ứng phó bão số 2",
            "Chủ tịch UBND tỉnh vừa ban hành công điện yêu cầu Chủ tịch UBND các huyện đình hoãn các cuộc họp.",
            PUBLISHED,
            False,
            None,
        ),
        # a city's National Assembly delegation names a centrally-run city
        (
            "Khai mạc kỳ họp thứ ba, HĐND thành phố khóa XVI",
            "Sáng 8/5, tại phiên khai mạc kỳ họp thứ ba, HĐND thành phố, Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội thành phố phát biểu.",
            PUBLISHED,
            True,
            "tỉnh",
        ),
        # a report opening with the ward, the council named without its level
        (
            "Phường Hạ Long tổ chức Kỳ họp thứ Nhất",
            "Phường Hạ Long đã tổ chức Kỳ họp thứ Nhất của Hội đồng nhân dân khóa X sau sắp xếp.",
            "2025-07-02T08:00:00+07:00",
            True,
            "xã",
        ),
        # a ward's or commune's meeting on a storm is a meeting; a storm warning is not
        (
            "Phường Tân An họp khắc phục hậu quả bão số 9",
            "Ngày 3/10, UBND phường Tân An họp khẩn triển khai khắc phục hậu quả cơn bão số 9. Chủ tịch UBND phường Lê Văn Tư chủ trì.",
            "2024-10-04T09:00:00+07:00",
            True,
            "xã",
        ),
        (
            "UBND xã Hòa Bình họp giao ban ứng phó với cơn bão số 12",
            "Chiều nay (2/11), UBND xã Hòa Bình tổ chức họp giao ban khẩn ứng phó với cơn bão số 12.",
            "2025-11-02T18:00:00+07:00",
            True,
            "xã",
        ),
        (
            "Cảnh báo bão số 12 gây mưa lớn trên địa bàn tỉnh",
            "Theo Đài Khí tượng tỉnh, UBND tỉnh đề nghị người dân chủ động phòng tránh.",
            PUBLISHED,
            False,
            None,
        ),
        # council delegates meeting voters are no session of the council
        (
            "Hội nghị cử tri tiếp xúc đại biểu HĐND tỉnh",
            "Ngày 5/12, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri xã Mỹ Lợi trước kỳ họp thứ mười.",
            PUBLISHED,
            False,
            None,
        ),
        # after the 2025 reform a city's People's Committee is a province's, whoever is named
        (
            "Thành phố họp về tiến độ dự án cảng biển",
            "Sáng 12/9, Phó Chủ tịch UBND thành phố Lê Minh Kha chủ trì cuộc họp.",
            "2025-09-13T10:00:00+07:00",
            True,
            "tỉnh",
        ),
        (
            "Phường Sài Gòn họp giao ban",
            "Sáng 4/11, UBND phường Sài Gòn tổ chức hội nghị giao ban.",
            "2025-11-05T12:00:00+07:00",
            True,
            "xã",
        ),
        (
            "Đặc khu Phú Quý triển khai phương án phục vụ mùa du lịch",
            "Ngày 2/9, UBND đặc khu Phú Quý họp triển khai phương án.",
            "2025-09-03T14:00:00+07:00",
            True,
            "xã",
        ),
        # a chair's field inspection of building sites, one of them a conference centre
        (
            "Chủ tịch UBND tỉnh kiểm tra tiến độ các công trình trọng điểm",
            "Sáng 9-4, Chủ tịch UBND tỉnh Lê Hoài Nam cùng lãnh đạo các sở, ngành đã đi kiểm tra thực tế hiện trường tiến độ thi công Bệnh viện Đa khoa tỉnh và Trung tâm Hội nghị tỉnh. Tổng vốn các dự án là 845 tỷ đồng.",
            PUBLISHED,
            False,
            None,
        ),
    ],
)
def test_kind_and_level(title, body, published, meeting, level):
    kind = analyse(title, None, body, published).classification
    assert (kind.is_meeting, kind.level) == (meeting, level)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tổng vốn 3.798,254 tỷ đồng.", 3798254000000, "VND"),
        ("Đã giải ngân 112 tỷ 500 triệu đồng.", 112500000000, "VND"),
        ("Doanh thu 672 ngàn tỷ đồng.", 672000000000000, "VND"),
        ("Xuất khẩu đạt 1,56 tỷ đô la Mỹ.", 1560000000, "USD"),
        ("Thu hút 265,8 triệu USD.", 265800000, "USD"),
        ("GRDP tăng 7,45%.", 7.45, "%"),
    ],
)
def test_figures(text, value, unit):
    figure = find_figures(text)[0]
    assert (figure.value, figure.unit) == (value, unit)


def test_a_day_or_month_is_a_whole_number():
    assert [(f.raw, f.value) for f in find_figures("Tổng thu 9 tháng 16,4 tỷ đồng.")] == [
        ("16,4 tỷ đồng", 16400000000.0)
    ]


def test_comrades_are_no_money():
    figures = find_figures(
        "Hội nghị thống nhất giới thiệu 3 đồng chí ứng cử, kinh phí 15 triệu đồng."
    )
    assert [(f.value, f.unit) for f in figures if f.unit == "VND"] == [(15000000, "VND")]


def test_one_sentence_splitter():
    text = "Họp tại TP. Hồ Chí Minh. Đạt 5 tỷ đồng. 6 tháng tăng; nhất là X; Các xã. (2) Tiếp\nHai"
    assert split_sentences(text) == [
        "Họp tại TP. Hồ Chí Minh.",
        "Đạt 5 tỷ đồng.",
        "6 tháng tăng; nhất là X; Các xã. (2) Tiếp",
        "Hai",
    ]
    assert split_sentences("A chủ trì; dự có B.", clauses=True) == ["A chủ trì; dự có B."]
    assert split_sentences("A chủ trì; B, Phó Chủ tịch dự.", clauses=True) == [
        "A chủ trì;",
        "B, Phó Chủ tịch dự.",
    ]


def test_one_calendar_reads_a_day_anywhere():
    assert day_at("trước ngày 15/4/2022", 6, None) == datetime.date(2022, 4, 15)
    assert day_at("trước ngày 15 tháng 4", 6, 2023) == datetime.date(2023, 4, 15)
    assert day_at("trước 15/4", 6, None) is None


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=80),
    st.text(
        alphabet=st.sampled_from(list("0123456789.,/-–:;()% \nĐđngàytháừTPHCMUBNDchủtrìọa'")),
        max_size=300,
    ),
    st.sampled_from([None, "2025-07-01", "2024-12-31T23:59:00+07:00", "garbage"]),
)
def test_analyse_never_raises(title, body, published):
    analyse(title, None, body, published)
