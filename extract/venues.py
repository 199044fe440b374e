"""Where a meeting was held, when its report says so: "tại Hội trường UBND tỉnh".

Grounded in the phrasing of public provincial news: "tại Hội trường UBND tỉnh đã diễn ra Kỳ
họp thứ …", "tại điểm cầu UBND tỉnh, hội nghị trực tuyến …", "tại điểm cầu chính Hội trường …",
"tại trụ sở UBND xã …". A hall named by nobody ("thảo luận tổ tại hội trường") is no venue.
"""

import re

from extract.places import CAPITALISED_SYLLABLE

# The kinds of building or room a meeting is held in, as reports name them: "Hội trường",
# "Trung tâm Hội nghị", "Cung Hội nghị", "Nhà Văn hóa", "Phòng họp", "Trụ sở" or "trụ sở"; a
# remote site of an online meeting, "điểm cầu" or "điểm cầu chính"
VENUE_HEAD = (
    r"(?:điểm cầu (?:chính )?)?"
    r"(?:Hội trường|Trung tâm Hội nghị|Cung Hội nghị|Nhà Văn hóa|Nhà văn hóa|Phòng họp|[Tt]rụ sở"
    r"|(?=UBND|HĐND|Ủy ban|Tỉnh ủy|Huyện ủy))"
)
# What names whose venue it is: capitalised words, abbreviations (UBND, HĐND), numbers
# ("tầng 3") and the unit words between them ("UBND tỉnh", "Ủy ban nhân dân xã Lơ Ku", "Huyện ủy")
NAME_WORD = (
    rf"(?:{CAPITALISED_SYLLABLE}|[A-ZĐ]{{2,}}|\d+"
    r"|tỉnh|huyện|thành phố|thị xã|xã|phường|tầng|số|nhân dân|ủy|uỷ)"
)
# "tại" and a venue with at least one word naming it: "tại Hội trường UBND tỉnh", "tại Trung
# tâm Hội nghị tỉnh", "tại trụ sở UBND xã Tân Phước", "tại điểm cầu UBND tỉnh"; not "tại hội
# trường về …" (no name) nor "tại tỉnh Kiên Giang" (no building)
VENUE = re.compile(rf"\b[Tt]ại\s+(?P<venue>{VENUE_HEAD}\s*{NAME_WORD}(?:\s+{NAME_WORD})*)")


def meeting_venue(text: str) -> str | None:
    """The first venue the text names for its meeting, as written: "Hội trường UBND tỉnh"."""
    found = VENUE.search(text)
    return " ".join(found.group("venue").split()) if found else None
