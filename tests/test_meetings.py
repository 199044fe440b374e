"""Meeting grouping (extract/meetings.py): which reports are of one meeting."""

from __future__ import annotations

from extract.meetings import REPORT_KIND, MeetingFacts, group_meetings

DAY = "2024-03-12"


def report(
    article: int,
    kind: str | None = "phiên họp thường kỳ",
    chair: str | None = "Phạm Văn Lộc",
    day: str = DAY,
    province: str | None = "Quảng Trị",
    level: str | None = "tỉnh",
    district: str | None = None,
) -> MeetingFacts:
    """One article's meeting facts; by default a provincial regular session."""
    return MeetingFacts(article, day, province, province, level, district, kind, chair)


def members(reports: list[MeetingFacts]) -> list[list[int]]:
    return [group.articles for group in group_meetings(reports)]


def test_reports_of_one_day_place_kind_and_chair_are_one_meeting():
    assert members([report(1), report(2), report(3, chair=None)]) == [[1, 2, 3]]


def test_two_kinds_on_one_day_are_two_meetings():
    """A regular session and a briefing held by the same chair the same day do not merge."""
    reports = [report(1), report(2, kind="hội nghị giao ban"), report(3)]
    assert members(reports) == [[1, 3], [2]]


def test_a_conclusion_notice_joins_the_meeting_it_concludes():
    reports = [report(1, kind=REPORT_KIND), report(2, kind="hội nghị kiểm điểm")]
    groups = group_meetings(reports)
    assert [(g.articles, g.meeting.meeting_type) for g in groups] == [
        ([1, 2], "hội nghị kiểm điểm")
    ]


def test_day_province_district_level_and_chair_keep_meetings_apart():
    reports = [
        report(1),
        report(2, day="2024-03-13"),
        report(3, province="Quảng Bình"),
        report(4, level="huyện", district="Gio Linh"),
        report(5, level="huyện", district="Cam Lộ"),
        report(6, chair="Hoàng Nam"),
    ]
    assert members(reports) == [[1], [2], [3], [4], [5], [6]]


def test_a_chair_named_later_fills_the_meeting_row():
    groups = group_meetings([report(1, chair=None), report(2, chair="Võ Văn Hưng")])
    assert [(g.articles, g.meeting.chair_name) for g in groups] == [([1, 2], "Võ Văn Hưng")]
    assert group_meetings([]) == []
