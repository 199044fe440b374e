"""Unit and property tests of extract.dates (publication, meeting, periods, mentions)."""

import datetime
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.dates import (
    DateMention,
    Period,
    find_dates,
    meeting_date,
    parse_published,
    planned_period,
    published_from_url,
    reporting_period,
)

D = datetime.date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Đăng ngày 08/07/2021", "2021-07-08"),
        ("Ngày đăng: 08/07/2024  11:38", "2024-07-08T11:38:00+07:00"),
        ("(16:09 | 08/07/2021)", "2021-07-08T16:09:00+07:00"),
        ("20:55, 22/06/2022", "2022-06-22T20:55:00+07:00"),
        ("04/04/2025 16:58", "2025-04-04T16:58:00+07:00"),
        ("14-02-2020", "2020-02-14"),
        ("Đăng tải: 08/07/2021 - 16:09", "2021-07-08T16:09:00+07:00"),
        ("Cập nhật: 31/08/2021 10:15", "2021-08-31T10:15:00+07:00"),
        ("Thứ Năm, 08/07/2021", "2021-07-08"),
        ("ngày 07 tháng 7 năm 2021", "2021-07-07"),
        ("2024-04-25T10:00:05+07:00", "2024-04-25T10:00:05+07:00"),
        ("Cập nhật: 10/07/2021 | Đăng ngày 08/07/2021", "2021-07-08"),
        ("Thursday, July 8, 2021 04:38 PM", "2021-07-08T16:38:00+07:00"),
        ("8 Tháng Bảy, 2021", "2021-07-08"),
        # Joomla's date line, its label before a worded date
        ("Được đăng ngày Thứ tư, 09 Tháng 4 2025 08:40", "2025-04-09T08:40:00+07:00"),
        ("Lượt xem: 1.234", None),
        ("", None),
    ],
)
def test_parse_published(line, expected):
    assert parse_published(line) == expected


def test_parse_published_accepts_nfd():
    assert parse_published(unicodedata.normalize("NFD", "Ngày đăng: 08/07/2024 11:38")) == (
        "2024-07-08T11:38:00+07:00"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ninhthuan.gov.vn/portal/Pages/2024-4-25/Slug-abc.aspx", "2024-04-25"),
        ("https://example.gov.vn/2023/08/05/tin-hop.html", "2023-08-05"),
        ("https://example.gov.vn/portal/Photos/2024-02-30/a.jpg", None),
        ("https://example.gov.vn/tin-tuc/trang-2.html", None),
    ],
)
def test_published_from_url(url, expected):
    assert published_from_url(url) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Vào sáng ngày 7/7/2021, UBND tỉnh tổ chức Hội nghị trực tuyến.",
            D(2021, 7, 8),
            "2021-07-07",
        ),
        (
            "Ngày 04/8, Ủy ban nhân dân tỉnh tổ chức phiên họp trực tuyến.",
            D(2023, 8, 5),
            "2023-08-04",
        ),
        ("Sáng 31.8, UBND tỉnh họp phiên thường kỳ.", D(2021, 9, 1), "2021-08-31"),
        ("Chiều ngày 6/7, UBND huyện Kỳ Anh tổ chức hội nghị.", D(2020, 7, 7), "2020-07-06"),
        ("Sáng ngày 2-4-2022, Thường trực UBND huyện họp.", D(2022, 4, 4), "2022-04-02"),
        ("Ngày 19 – 12, UBND thành phố tổ chức hội nghị.", D(2022, 12, 20), "2022-12-19"),
        ("Sáng nay (8/7), UBND tỉnh tổ chức hội nghị.", D(2021, 7, 9), "2021-07-08"),
        (
            "Ngày 07 tháng 7 năm 2021, Ủy ban nhân dân tỉnh tổ chức Hội nghị.",
            D(2021, 7, 9),
            "2021-07-07",
        ),
        ("Sáng nay, Chủ tịch UBND tỉnh chủ trì hội nghị.", D(2023, 5, 10), "2023-05-10"),
        ("Ngày 31/12, UBND tỉnh tổ chức hội nghị tổng kết.", D(2024, 1, 2), "2023-12-31"),
        ("Ngày 3/1, UBND tỉnh họp.", D(2022, 1, 2), "2021-01-03"),
        (
            "UBND tỉnh tổ chức hội nghị ngày 14/7 để triển khai nhiệm vụ.",
            D(2021, 7, 15),
            "2021-07-14",
        ),
        ("Trong 2 ngày 5-6/7/2021, HĐND tỉnh tổ chức kỳ họp.", D(2021, 7, 6), "2021-07-05"),
        (
            "(16:09 | 08/07/2021)\n\nVào sáng ngày 7/7/2021, UBND tỉnh họp.",
            D(2021, 7, 8),
            "2021-07-07",
        ),
        ("Theo Nghị quyết số 63/NQ-CP ngày 29/6/2021, UBND tỉnh triển khai.", D(2021, 7, 8), None),
        ("Kỳ họp dự kiến diễn ra vào ngày 8/12.", D(2022, 12, 1), None),
        ("Ngày 7/7/2021, UBND tỉnh họp.", None, "2021-07-07"),
        ("Ngày 7/7, UBND tỉnh họp.", None, None),
    ],
)
def test_meeting_date(text, published, expected):
    assert meeting_date(text, published) == expected


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ("Kết quả tháng 7/2023", D(2023, 8, 5), Period("2023-07-01", "2023-07-31", "tháng 7/2023")),
        (
            "Tình hình tháng 8 năm 2021",
            D(2021, 9, 3),
            Period("2021-08-01", "2021-08-31", "tháng 8/2021"),
        ),
        (
            "Kiểm điểm công tác tháng 7",
            D(2023, 8, 5),
            Period("2023-07-01", "2023-07-31", "tháng 7/2023"),
        ),
        (
            "Kiểm điểm công tác tháng 12",
            D(2024, 1, 3),
            Period("2023-12-01", "2023-12-31", "tháng 12/2023"),
        ),
        ("Sơ kết quý I/2022", D(2022, 4, 6), Period("2022-01-01", "2022-03-31", "quý I/2022")),
        (
            "Sơ kết quý II năm 2022",
            D(2022, 7, 6),
            Period("2022-04-01", "2022-06-30", "quý II/2022"),
        ),
        (
            "Kiểm điểm 6 tháng đầu năm 2021",
            D(2021, 7, 8),
            Period("2021-01-01", "2021-06-30", "6 tháng đầu năm 2021"),
        ),
        (
            "Sáu tháng đầu năm 2020",
            D(2020, 7, 7),
            Period("2020-01-01", "2020-06-30", "6 tháng đầu năm 2020"),
        ),
        (
            "Kiểm điểm 06 tháng đầu năm",
            D(2021, 7, 9),
            Period("2021-01-01", "2021-06-30", "6 tháng đầu năm 2021"),
        ),
        (
            "Tình hình 9 tháng năm 2022",
            D(2022, 10, 5),
            Period("2022-01-01", "2022-09-30", "9 tháng năm 2022"),
        ),
        (
            "Kinh tế 11 tháng năm 2023",
            D(2023, 12, 8),
            Period("2023-01-01", "2023-11-30", "11 tháng năm 2023"),
        ),
        (
            "Hội nghị tổng kết năm 2025",
            D(2025, 12, 30),
            Period("2025-01-01", "2025-12-31", "năm 2025"),
        ),
        (
            "Tổng kết giai đoạn 2021-2025",
            D(2025, 12, 30),
            Period("2021-01-01", "2025-12-31", "giai đoạn 2021-2025"),
        ),
    ],
)
def test_reporting_period_from_title(title, published, expected):
    assert reporting_period(title, "", published) == expected


def test_reporting_period_prefers_title_then_first_paragraph():
    title = "UBND huyện tổ chức hội nghị giao ban tháng 7, triển khai nhiệm vụ 6 tháng cuối năm."
    text = (
        "Chiều ngày 6/7, UBND huyện tổ chức hội nghị đánh giá chỉ tiêu 6 tháng cuối năm 2020.\n\n"
        "Sáu tháng đầu năm 2020, trong bối cảnh khó khăn, huyện đạt nhiều kết quả.\n\n"
        "Trong quý I/2020, thu ngân sách đạt 20 tỷ đồng."
    )
    assert reporting_period(title, text, D(2020, 7, 7)) == Period(
        "2020-01-01", "2020-06-30", "6 tháng đầu năm 2020"
    )
    assert planned_period(title, text, D(2020, 7, 7)) == Period(
        "2020-07-01", "2020-12-31", "6 tháng cuối năm 2020"
    )


def test_monthly_meeting_early_in_month_reviews_previous_month():
    title = "UBND tỉnh họp phiên thường kỳ"
    text = "Sáng 3/1, UBND tỉnh họp phiên thường kỳ để đánh giá công tác."
    assert reporting_period(title, text, D(2023, 1, 4)) == Period(
        "2022-12-01", "2022-12-31", "tháng 12/2022"
    )
    assert reporting_period(title, text, D(2023, 1, 4), meeting=D(2023, 1, 20)) == Period(
        "2023-01-01", "2023-01-31", "tháng 1/2023"
    )


def test_planned_period_uses_meeting_date_for_missing_year():
    title = "Triển khai nhiệm vụ quý I"
    assert planned_period(title, "", None, meeting=D(2022, 12, 28)) == Period(
        "2023-01-01", "2023-03-31", "quý I/2023"
    )
    assert reporting_period("Họp bàn công tác", "", D(2022, 12, 28)) is None


def mention(text, raw, start, end, granularity, role):
    """The DateMention expected for the first occurrence of raw in text."""
    position = text.index(raw)
    return DateMention(raw, start, end, granularity, role, position, position + len(raw))


def test_find_dates_roles_and_offsets():
    text = (
        "Ngày 04/8, UBND tỉnh họp kiểm điểm tháng 7, triển khai nhiệm vụ tháng 8/2023. "
        "Theo Nghị quyết số 105/NQ-CP ngày 15/7/2023, các sở báo cáo trước ngày 15/9/2023; "
        "hoàn thành trong tháng 10/2023; đến hết quý III/2024 giải ngân 100%. "
        "Nhân ngày 27/7, thăm gia đình chính sách (27/7/1947 - 27/7/2023). "
        "Có 11/24 chỉ tiêu, 45/45 xã, 5.030 hộ; dịp nghỉ lễ 2.9 tăng cường tuần tra."
    )
    assert find_dates(text, D(2023, 8, 5)) == [
        mention(text, "04/8", "2023-08-04", "2023-08-04", "day", "meeting"),
        mention(text, "tháng 7", "2023-07-01", "2023-07-31", "month", "period"),
        mention(text, "tháng 8/2023", "2023-08-01", "2023-08-31", "month", "next_period"),
        mention(text, "15/7/2023", "2023-07-15", "2023-07-15", "day", "document"),
        mention(text, "15/9/2023", "2023-09-15", "2023-09-15", "day", "deadline"),
        mention(text, "tháng 10/2023", "2023-10-01", "2023-10-31", "month", "deadline"),
        mention(text, "quý III/2024", "2024-07-01", "2024-09-30", "quarter", "deadline"),
        mention(text, "27/7", "2023-07-27", "2023-07-27", "day", "anniversary"),
        mention(text, "27/7/1947", "1947-07-27", "1947-07-27", "day", "anniversary"),
        mention(text, "27/7/2023", "2023-07-27", "2023-07-27", "day", "anniversary"),
        mention(text, "2.9", "2023-09-02", "2023-09-02", "day", "other"),
    ]


@pytest.mark.parametrize(
    ("text", "raw", "granularity", "role"),
    [
        ("Cấp đổi đất ở trước tháng 12 năm 1980.", "tháng 12 năm 1980", "month", "other"),
        ("Tổng kết giai đoạn 2016-2020.", "giai đoạn 2016-2020", "range", "period"),
        ("Quy hoạch đất 5 năm (2021-2025) của tỉnh.", "2021-2025", "range", "other"),
        ("Theo Luật Đất đai năm 2013, hộ được cấp giấy.", "năm 2013", "year", "document"),
        ("Hội nghị triển khai nhiệm vụ năm 2022.", "năm 2022", "year", "next_period"),
        ("Trong quý I, tỉnh đẩy nhanh giải ngân.", "quý I", "quarter", "next_period"),
        ("Trong quý IV, tỉnh đã giải ngân 90%.", "quý IV", "quarter", "period"),
        ("Hội nghị tổng kết năm 2020.", "năm 2020", "year", "period"),
    ],
)
def test_find_dates_periods(text, raw, granularity, role):
    found = {m.raw: (m.granularity, m.role) for m in find_dates(text, D(2021, 1, 8))}
    assert found[raw] == (granularity, role)


@pytest.mark.parametrize(
    "text",
    [
        "Có 11/24 chỉ tiêu đạt và vượt kế hoạch.",
        "Hoàn thành 12/17 chỉ tiêu, 45/45 xã đạt chuẩn, 12/12 xã tiêm chủng.",
        "Hỗ trợ 5.030 hộ, 2.919,8 tỷ đồng, tăng 6.01% so cùng kỳ.",
        "Triển khai Nghị quyết số 63/NQ-CP của Chính phủ.",
        "Giỗ Tổ Hùng Vương mùng 10 tháng 3 âm lịch.",
        "Phòng chống dịch Covid-19 và Covid 19.",
    ],
)
def test_find_dates_ignores_lookalikes(text):
    assert find_dates(text, D(2021, 7, 8)) == []


def test_find_dates_accepts_nfd_and_returns_nfc():
    text = unicodedata.normalize("NFD", "Sáu tháng đầu năm 2020, huyện đạt kết quả.")
    (found,) = find_dates(text, D(2020, 7, 7))
    assert found.raw == unicodedata.normalize("NFC", "Sáu tháng đầu năm 2020")
    assert (found.start, found.end, found.granularity, found.role) == (
        "2020-01-01",
        "2020-06-30",
        "half",
        "period",
    )


def test_find_dates_without_publication_keeps_only_dated_mentions():
    text = "Ngày 04/8, UBND tỉnh họp; tháng 7/2023 thu ngân sách tăng."
    assert [(m.raw, m.role) for m in find_dates(text, None)] == [("tháng 7/2023", "period")]


TEXT_ALPHABET = st.sampled_from(
    list("0123456789/.-–:() ,;\nngàytháquýIVsSCđầucuốinăm")
    + [
        "Ngày ",
        "Sáng ",
        "tháng ",
        "năm ",
        "quý ",
        " đầu năm ",
        "6 tháng ",
        "nay",
        "giai đoạn ",
        "trước ngày ",
        "nhân ngày ",
        "số 63/NQ-CP ngày ",
        "hôm nay",
        "giao ban ",
        "2021",
        "2025",
    ]
)
ARTICLE_TEXT = st.one_of(st.text(max_size=200), st.lists(TEXT_ALPHABET, max_size=40).map("".join))
DATES = st.one_of(st.none(), st.dates())


@settings(max_examples=300, deadline=None)
@given(text=ARTICLE_TEXT, published=DATES, meeting=DATES)
def test_never_raises(text, published, meeting):
    for found in find_dates(text, published):
        assert found.start <= found.end
    reporting_period(text[:40], text, published, meeting)
    planned_period(text[:40], text, published, meeting)
    parse_published(text[:100])


@settings(max_examples=300, deadline=None)
@given(text=ARTICLE_TEXT, published=st.dates())
def test_meeting_date_never_after_publication(text, published):
    found = meeting_date(text, published)
    assert found is None or datetime.date.fromisoformat(found) <= published
