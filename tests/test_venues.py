"""Where a meeting was held, in the structures of real reports (own sentences, other names)."""

from __future__ import annotations

import pytest

from extract.analysis import analyse
from extract.venues import meeting_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Sáng 3-5, tại Hội trường UBND tỉnh đã khai mạc Kỳ họp thứ 8", "Hội trường UBND tỉnh"),
        ("Chiều 9/6, tại điểm cầu UBND tỉnh, cuộc họp trực tuyến với", "điểm cầu UBND tỉnh"),
        (
            "đồng chủ trì tại điểm cầu chính Hội trường Thống Nhất, Văn phòng",
            "điểm cầu chính Hội trường Thống Nhất",
        ),
        ("Kỳ họp diễn ra tại Trung tâm Hội nghị tỉnh, với 52 đại biểu", "Trung tâm Hội nghị tỉnh"),
        ("đoàn làm việc tại trụ sở UBND xã Phú Lộc. Trước đó", "trụ sở UBND xã Phú Lộc"),
        ("UBND huyện họp tại Phòng họp số 3 UBND huyện.", "Phòng họp số 3 UBND huyện"),
        ("Tại Hội trường Huyện ủy, hội nghị giao ban quý I", "Hội trường Huyện ủy"),
        # a hall nobody is named for, a place that is no building
        ("các tổ thảo luận tại hội trường về dự thảo nghị quyết", None),
        ("Hội nghị tổ chức tại tỉnh Cà Mau", None),
        ("tại Hội trường về các nội dung", None),
    ],
)
def test_venue_as_written(text, venue):
    assert meeting_venue(text) == venue


def test_only_meetings_have_a_venue():
    body = "Sáng 3-5, tại Hội trường UBND tỉnh, UBND tỉnh họp phiên thường kỳ tháng 5."
    meeting = analyse("UBND tỉnh họp phiên thường kỳ tháng 5", None, body, "2024-05-03")
    assert meeting.venue == "Hội trường UBND tỉnh"
    visit = analyse(
        "Lễ hội hoa tại công viên", None, "Tại Nhà Văn hóa Trung tâm có 3 gian hàng.", "2024-05-03"
    )
    assert visit.venue is None
