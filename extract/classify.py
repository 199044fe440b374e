"""Whether a report is about a People's Committee / Council meeting, and which kind of meeting."""

import re
import unicodedata
from dataclasses import dataclass

# Meeting types, most specific first; classify() returns one of these or None.
MEETING_TYPES = (
    "thông báo kết luận",  # conclusion notice of a meeting
    "kỳ họp HĐND",  # session of a People's Council
    "hội nghị sơ kết",  # interim (quarter / half-year) review conference
    "hội nghị tổng kết",  # year-end review conference
    "hội nghị kiểm điểm",  # review of the committee's own direction and management
    "hội nghị giao ban",  # briefing
    "phiên họp chuyên đề",  # thematic session
    "phiên họp thường kỳ",  # regular (monthly, quarterly) session
    "họp trực tuyến",  # online meeting of no kind above
    "phiên họp",  # any other session
    "hội nghị",  # any other conference
)

# Administrative levels returned by classify().
LEVELS = ("tỉnh", "huyện", "xã")

# Cue of each meeting type, tried in MEETING_TYPES order.
TYPE_CUES = {
    # "Thông báo kết luận của Chủ tịch", "Kết luận của Chủ tịch UBND tỉnh ... tại Hội nghị"
    "thông báo kết luận": re.compile(
        r"thông báo\W+(?:\w+\s+){0,3}kết luận|^\W*kết luận của (?:phó )?chủ tịch", re.I
    ),
    # "Kỳ họp thứ 12, HĐND huyện khóa XIX", "kỳ họp chuyên đề HĐND tỉnh", "Khai mạc Kỳ họp thứ 8"
    "kỳ họp HĐND": re.compile(r"kỳ họp\b(?!\s+(?:của\s+)?ubnd)", re.I),
    # "hội nghị sơ kết 6 tháng", "Sơ kết công tác quý I"
    "hội nghị sơ kết": re.compile(r"\bsơ kết\b", re.I),
    # "Hội nghị tổng kết năm 2023", "tổng kết công tác năm"
    "hội nghị tổng kết": re.compile(r"\btổng kết\b", re.I),
    # "Hội nghị trực tuyến kiểm điểm công tác chỉ đạo", "hội nghị kiểm điểm"
    "hội nghị kiểm điểm": re.compile(r"hội nghị\W+(?:\w+\s+){0,3}kiểm điểm", re.I),
    # "hội nghị giao ban tháng 7", "giao ban trực tuyến"
    "hội nghị giao ban": re.compile(r"\bgiao ban\b", re.I),
    # "phiên họp chuyên đề về quy hoạch", "họp chuyên đề"
    "phiên họp chuyên đề": re.compile(r"\bhọp\s+(?:\w+\s+){0,2}chuyên đề", re.I),
    # "phiên họp thường kỳ tháng 7", "họp phiên thường kỳ", "họp thường kỳ quý II",
    # "họp trực tuyến kiểm điểm ... tháng 7"
    "phiên họp thường kỳ": re.compile(
        r"\bhọp\s+(?:phiên\s+)?thường kỳ|\bphiên\s+thường kỳ"
        r"|\bphiên họp\b[^.]*?\b(?:tháng|quý)\s+(?:\d|[IVX])"
        r"|\bhọp\b(?!\s+mặt|\s+báo)[^.]*?\bkiểm điểm\b[^.]*?\btháng\s+\d",
        re.I,
    ),
    # "họp trực tuyến", "hội nghị trực tuyến"
    "họp trực tuyến": re.compile(r"\b(?:họp|hội nghị)\s+(?:\w+\s+)?trực tuyến", re.I),
    # "phiên họp UBND tỉnh", "cuộc họp"
    "phiên họp": re.compile(r"\b(?:phiên|cuộc)\s+họp\b|\bhọp\b(?!\s+mặt|\s+báo)", re.I),
    # "Hội nghị triển khai nhiệm vụ"
    "hội nghị": re.compile(r"\bhội nghị\b", re.I),
}

# A committee or council of a given level, or its chair: "UBND tỉnh", "Ủy ban nhân tỉnh",
# "Hội đồng nhân dân huyện", "HĐND xã", "UBND thành phố Hà Nội", "Chủ tịch UBND thị xã".
GOVERNMENT_BODY = re.compile(
    r"\b(?:UBND|HĐND|[UỦ][yỷ]\s+ban\s+nhân(?:\s+dân)?|Hội\s+đồng\s+nhân\s+dân)\s+"
    r"(?P<unit>tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|thị trấn)\b"
    r"(?P<after>\s+\S+(?:\s+\S+){0,2})?",
    re.I,
)

# Cities directly under the central government, whose "thành phố" is the province level.
CENTRAL_CITIES = re.compile(
    r"^\s*(?:Hà Nội|Hồ Chí Minh|Đà Nẵng|Hải Phòng|Cần Thơ|Huế)\b", re.I
)  # " Hà Nội tổ chức"

# Level of each unit word (a "thành phố" not under the central government is a district).
UNIT_LEVELS = {
    "tỉnh": "tỉnh",
    "thành phố": "huyện",
    "tp": "huyện",
    "tp.": "huyện",
    "huyện": "huyện",
    "thị xã": "huyện",
    "quận": "huyện",
    "xã": "xã",
    "phường": "xã",
    "thị trấn": "xã",
}

# Any government body, even without its level: "UBND", "HĐND", "Ủy ban nhân dân", "Chủ tịch".
ANY_GOVERNMENT_BODY = re.compile(
    r"\b(?:UBND|HĐND|[UỦ][yỷ]\s+ban\s+nhân|Hội\s+đồng\s+nhân\s+dân|Chủ\s+tịch|Thường\s+trực)\b",
    re.I,
)

# Things that are not meetings, even when "hội nghị" or a committee is named: "Lễ hội",
# "tuyển dụng", "cảnh báo mưa lớn", "giải bóng đá", "tập huấn", "khánh thành", "họp mặt",
# "gặp mặt", "họp báo", "đại hội", "hội thi".
NOT_MEETING = re.compile(
    r"\b(?:lễ hội|festival|tuyển dụng|tuyển sinh|thi tuyển|xét tuyển|cảnh báo|dự báo|"
    r"mưa lớn|bão số|áp thấp|nắng nóng|rét đậm|giải bóng|bóng đá|bóng chuyền|giải chạy|"
    r"thể thao|hội thao|hội khỏe|thi đấu|tập huấn|bồi dưỡng|khánh thành|khởi công|họp mặt|"
    r"gặp mặt|họp báo|đại hội|hội thi|hội chợ|lễ kỷ niệm|lễ ra quân|trao tặng|trao quà|"
    r"tặng quà|thăm,? chúc|chúc tết|du lịch|triển lãm|liên hoan|giải thưởng|hiến máu)\b",
    re.I,
)

# Organisers that are not People's Committees or Councils: "Hội Nông dân", "Hội LHPN",
# "Đoàn Thanh niên", "Hội Cựu chiến binh", "Mặt trận Tổ quốc", "Liên đoàn Lao động".
OTHER_ORGANISER = re.compile(
    r"^\W*(?:Hội\s+(?:Nông|Liên hiệp|LHPN|Cựu|Chữ thập|Khuyến|Người)|Đoàn\s+(?:Thanh|TN)|"
    r"Mặt trận|MTTQ|Liên đoàn|Công đoàn|Hội\s+\w+\s+tỉnh)",
    re.I,
)

# Party and mass-organisation bodies whose own conferences are not the People's Committee's or
# Council's, when the title names no committee or council: "Hội nghị Ban Chấp hành Hội Nông dân
# tỉnh", "Hội nghị Ban Thường vụ Tỉnh ủy", "Đảng bộ huyện"
OTHER_BODY = re.compile(
    r"\b(?:Ban\s+Chấp\s+hành|BCH|Ban\s+Thường\s+vụ|Tỉnh\s+[uủ][yỷ]|Huyện\s+[uủ][yỷ]|Đảng\s+bộ|"
    r"Hội\s+Nông\s+dân|Hội\s+Liên\s+hiệp\s+Phụ\s+nữ|Đoàn\s+Thanh\s+niên|Mặt\s+trận\s+Tổ\s+quốc)\b",
    re.I,
)
# A People's Committee or Council named in a title: "UBND", "HĐND", "Ủy ban nhân dân"
COMMITTEE_OR_COUNCIL = re.compile(
    r"\b(?:UBND|HĐND|[UỦ][yỷ]\s+ban\s+nhân|Hội\s+đồng\s+nhân\s+dân)\b", re.I
)
# Online meeting: "trực tuyến", "điểm cầu", "truyền hình", "online".
ONLINE = re.compile(
    r"\b(?:trực tuyến|điểm cầu|truyền hình trực tuyến|hội nghị truyền hình|online)\b", re.I
)

# Number of connected sites: "18 điểm cầu", "tại 25 điểm cầu trực tuyến".
CONNECTED_SITES = re.compile(r"\b(\d{1,4})\s+điểm\s+cầu\b", re.I)

# How much of the text is read as its lead, in characters (a lead paragraph or two).
LEAD_CHARS = 500


@dataclass(frozen=True)
class Classification:
    """Whether a report is about a meeting, its type, level, and online setup."""

    is_meeting: bool
    meeting_type: str | None
    level: str | None
    is_online: bool
    connected_sites: int | None


def _meeting_type(text: str) -> str | None:
    """Return the first meeting type whose cue occurs in text."""
    return next((kind for kind in MEETING_TYPES if TYPE_CUES[kind].search(text)), None)


def _level(text: str) -> str | None:
    """Return the level of the first committee or council named in text."""
    match = GOVERNMENT_BODY.search(text)
    if not match:
        return None
    unit = re.sub(r"\s+", " ", match["unit"].lower())
    if unit in {"thành phố", "tp", "tp."} and CENTRAL_CITIES.match(match["after"] or ""):
        return "tỉnh"
    return UNIT_LEVELS[unit]


def classify(title: str, text: str) -> Classification:
    """Classify a report from its title and text (the lead is enough)."""
    title = unicodedata.normalize("NFC", title or "").strip()
    text = unicodedata.normalize("NFC", text or "").strip()
    lead = text[:LEAD_CHARS]
    head = f"{title}\n{lead}"
    kind = _meeting_type(title) or _meeting_type(lead)
    is_meeting = bool(
        kind
        and not NOT_MEETING.search(title)
        and not OTHER_ORGANISER.search(title)
        and not (OTHER_BODY.search(title) and not COMMITTEE_OR_COUNCIL.search(title))
        and ANY_GOVERNMENT_BODY.search(head)
    )
    is_online = bool(ONLINE.search(head) or CONNECTED_SITES.search(text)) if is_meeting else False
    sites = [int(n) for n in CONNECTED_SITES.findall(text)] if is_meeting else []
    if is_meeting and kind in {"phiên họp", "hội nghị"} and is_online:
        kind = "họp trực tuyến"
    return Classification(
        is_meeting=is_meeting,
        meeting_type=kind if is_meeting else None,
        level=(_level(title) or _level(text)) if is_meeting else None,
        is_online=is_online,
        connected_sites=max(sites) if sites else None,
    )
