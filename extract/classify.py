"""Whether a report is about a People's Committee / Council meeting, and which kind of meeting."""

import datetime
import re
import unicodedata
from dataclasses import dataclass

from extract.dates import find_dates
from extract.sentences import split_sentences

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
    # "phiên họp UBND tỉnh", "cuộc họp", a working session someone chairs or the committee holds:
    # "Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với Văn phòng điều phối", "UBND tỉnh tổ chức
    # buổi làm việc để bàn phương án" (qrt.vn, nghean24h.vn)
    "phiên họp": re.compile(
        r"\b(?:phiên|cuộc)\s+họp\b|\bhọp\b(?!\s+mặt|\s+báo)"
        r"|\b(?:chủ\s+trì|tổ\s+chức)\s+buổi\s+làm\s+việc\b",
        re.I,
    ),
    # "Hội nghị triển khai nhiệm vụ" (not a building: "Trung tâm Hội nghị tỉnh", "Cung Hội nghị")
    "hội nghị": re.compile(r"(?<!trung tâm )(?<!cung )\bhội nghị\b", re.I),
}

# A committee or council of a given level, or its chair: "UBND tỉnh", "Ủy ban nhân tỉnh",
# "Hội đồng nhân dân (HĐND) xã",
# "Hội đồng nhân dân huyện", "HĐND xã", "UBND thành phố Hà Nội", "Chủ tịch UBND thị xã".
GOVERNMENT_BODY = re.compile(
    r"\b(?:UBND|HĐND|[UỦ][yỷ]\s+ban\s+nhân(?:\s+dân)?|Hội\s+đồng\s+nhân\s+dân)"
    r"(?:\s*\((?:UBND|HĐND)\))?\s+"
    r"(?P<unit>tỉnh|thành phố|TP\.?\s?HCM|TP\.?|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)\b"
    r"(?P<after>\s+\S+(?:\s+\S+){0,2})?",
    re.I,
)

# A day and month written as numbers, the only days a title is read for: "8-12", "11.7", "5/11"
DAY_WRITTEN = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}")
# Granularities of a date mention that name days: "ngày 7/12", "7 đến 8-12"
DAY_GRANULARITIES = frozenset({"day", "range"})

# Cities directly under the central government, whose "thành phố" is the province level.
CENTRAL_CITIES = re.compile(
    r"^\s*(?:Hà Nội|Hồ Chí Minh|HCM|Đà Nẵng|Hải Phòng|Cần Thơ|(?P<hue>Huế))\b", re.I
)  # " Hà Nội tổ chức", " Huế"
# The day Huế became a centrally-run city; before it, "thành phố Huế" was a district-level city
HUE_CENTRAL_SINCE = datetime.date(2025, 1, 1)
# The day districts and district-level cities were abolished: from it every "thành phố" with a
# People's Committee is a centrally-run city ("Sáng 6/8, Phó Chủ tịch UBND thành phố Tôn Thất
# Kỳ chủ trì", the capitalised words after it a person's name, not a city's)
NO_DISTRICTS_SINCE = datetime.date(2025, 7, 1)

# A city's delegation to the National Assembly is a province's (there is one per province):
# "Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội thành phố" names a centrally-run city.
# A report opening with a unit and its name, when no committee or council is named with its
# level: "Phường Bãi Cháy đã tổ chức Kỳ họp thứ Nhất của Hội đồng nhân dân khóa X"
LEADING_UNIT = re.compile(
    r"^\W*(?P<unit>Tỉnh|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn|Đặc khu)\s+[A-ZĐÀ-Ỹ]"
)
# A unit's name right after its unit word: " Bảo Lộc", " Hà Nội" (not " họp", " tổ chức")
UNIT_NAME = re.compile(r"\s+[A-ZĐÀ-Ỹ]")
# A sign that an unnamed "thành phố" is a centrally-run one: such a city named anywhere ("Hà
# Nội", "TP.HCM"), or its urban districts ("các quận", "nội thành"), which a city under a
# province does not have
CENTRAL_CITY_SIGN = re.compile(
    r"\b(?:Hà Nội|Hồ Chí Minh|HCM|Đà Nẵng|Hải Phòng|Cần Thơ|nội thành|các quận|quận, huyện"
    r"|(?:đại biểu Quốc hội|ĐBQH) (?:thành phố|TP))\b"
)

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
    "đặc khu": "xã",
}

# Any government body, even without its level: "UBND", "HĐND", "Ủy ban nhân dân", "Chủ tịch".
ANY_GOVERNMENT_BODY = re.compile(
    r"\b(?:UBND|HĐND|[UỦ][yỷ]\s+ban\s+nhân|Hội\s+đồng\s+nhân\s+dân|Chủ\s+tịch|Thường\s+trực)\b",
    re.I,
)

# Things that are not meetings, even when "hội nghị" or a committee is named: "Lễ hội",
# "tuyển dụng", "cảnh báo mưa lớn", "giải bóng đá", "tập huấn", "khánh thành", "họp mặt",
# "gặp mặt", "họp báo", "đại hội", "hội thi", criticism of bodies ("9 thủ trưởng bị phê
# bình", "Phê bình 5 quận, huyện"), meetings put off ("Hoãn các cuộc họp"), a council's
# delegates meeting voters ("Hội nghị cử tri tiếp xúc đại biểu HĐND huyện", "tiếp xúc cử tri
# trước kỳ họp": the delegates' duty, not a session) (not "du lịch", a topic of meetings:
# "phục vụ mùa du lịch", "quy hoạch khu du lịch").
NOT_MEETING = re.compile(
    r"\b(?:lễ hội|festival|tuyển dụng|tuyển sinh|thi tuyển|xét tuyển|cảnh báo|dự báo|"
    r"mưa lớn|bão số|áp thấp|nắng nóng|rét đậm|giải bóng|bóng đá|bóng chuyền|giải chạy|"
    r"thể thao|hội thao|hội khỏe|thi đấu|tập huấn|bồi dưỡng|khánh thành|khởi công|họp mặt|"
    r"gặp mặt|họp báo|đại hội|hội thi|hội chợ|lễ kỷ niệm|lễ ra quân|trao tặng|trao quà|"
    r"tặng quà|thăm,? chúc|chúc tết|triển lãm|liên hoan|"
    r"giải thưởng|hiến máu|tiếp xúc cử tri|cử tri tiếp xúc|bị phê bình|phê bình \d+|"
    r"tạm hoãn|đình hoãn|hoãn (?:các )?(?:cuộc họp|kỳ họp|hội nghị))\b",
    re.I,
)
# The bodies that hold meetings, each a named group, to find which one a title or lead sentence
# names first (its organiser): a People's Committee or Council, its chair or standing
# committee ("UBND tỉnh", "Thường trực HĐND huyện", "Chủ tịch UBND xã"); a Party body, also the
# Party committee inside a People's Committee ("Ban Thường vụ Tỉnh ủy", "Thường trực Huyện ủy",
# "Đảng ủy UBND tỉnh", "Ban cán sự đảng UBND"); the Fatherland Front and mass organisations
# ("Ủy ban MTTQ Việt Nam tỉnh", "Hội Nông dân", "Liên đoàn Lao động"); the central government
# ("Thủ tướng", "Thường trực Chính phủ", "Bộ Xây dựng", "Ban Chỉ đạo quốc gia").
ORGANISER = re.compile(
    r"(?=[bBtThHqQđĐcCuUủỦmMlLpP])"  # the first letters of all these, to keep the search fast
    r"(?:(?P<party>\b(?:(?:Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|BCH|Thường\s+trực|Thường\s+vụ)\s+)?"
    r"(?:(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng)\s+[uủ][yỷ](?!\s+viên)|Đảng\s+bộ|Ban\s+cán\s+sự\s+đảng|"
    r"Ban\s+Thường\s+vụ(?!\s+Quốc)|Chi\s+bộ|Ban\s+(?:Tuyên\s+giáo|Dân\s+vận|Tổ\s+chức|Nội\s+chính)\b)"
    r"(?:\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân))?)"
    r"|(?P<front>\b(?:Ủy\s+ban\s+|Uỷ\s+ban\s+|UB)?(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)|"
    r"\bHội\s+(?:Nông\s+dân|Liên\s+hiệp|LHPN|Cựu\s+chiến\s+binh|CCB|Chữ\s+thập|Khuyến|Người\s+cao)|"
    r"\bĐoàn\s+(?:Thanh\s+niên|TN)|\bTỉnh\s+đoàn|\bHuyện\s+đoàn|\bLiên\s+đoàn|\bCông\s+đoàn)"
    r"|(?P<central>\b(?:Phó\s+)?Thủ\s+tướng|\b(?:Thường\s+trực\s+)?Chính\s+phủ|\bQuốc\s+hội|"
    r"\bBộ\s+trưởng|(?-i:\bBộ\s+(?=[A-ZĐ])(?!Chỉ\s+huy))|\bBan\s+Chỉ\s+đạo\s+(?:quốc\s+gia|Trung\s+ương|Nhà\s+nước))"
    r"|(?P<government>\b(?:UBND|HĐND)\b|[UỦ][yỷ]\s+ban\s+nhân|Hội\s+đồng\s+nhân\s+dân))",
    re.I,
)
# What holds a People's Committee or Council meeting: the body itself, or nothing named
HOLDERS = frozenset({"government", None})
# An office a person holds in a Party body before their government office, which does not make
# the Party body the organiser: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "UVBTV Huyện ủy"
PARTY_OFFICE = re.compile(r"(?:Bí\s+thư|[UỦ][yỷ]\s+viên|UV|UVBTV|Trưởng\s+ban|Phó)\s*$", re.I)
# Words before a body that make it the object, not the organiser: "chỉ đạo của Thủ tướng",
# "làm việc với Bộ Xây dựng", "theo Chính phủ"
OBJECT_OF = re.compile(r"(?:của|theo|với|cho|tới|lên|đến)\s+$", re.I)
# Words before a non-meeting word that make it a meeting's topic: "trình Đại hội", "phục vụ
# Lễ hội", "chuẩn bị tổ chức Đại hội", a storm met by a meeting: "họp giao ban ứng phó bão số
# 13", "họp khắc phục hậu quả bão số 3", "họp khẩn ứng phó với cơn bão số 5", "phòng, chống
# mưa lớn" (real ward and commune reports: dongtien.thanhhoa.gov.vn "Họp khẩn ứng phó với bão
# số 5 và mưa lũ sau bão"; tamky.quangnam.gov.vn, a city's meeting on "cơn bão số 5")
TOPIC_OF = re.compile(
    r"(?:trình|phục\s+vụ|chuẩn\s+bị(?:\s+tổ\s+chức)?|cho|về"
    r"|(?:ứng\s+phó|hậu\s+quả|khắc\s+phục|phòng,?\s+chống)(?:\s+(?:với|của|do))?(?:\s+cơn)?)\s+$",
    re.I,
)
# A meeting announced, not reported: "sẽ tổ chức Hội nghị đối thoại", "trân trọng kính mời", a
# convening decision ("Triệu tập kỳ họp thứ nhất", "ban hành quyết định triệu tập kỳ họp"), a
# changed schedule ("thông báo về việc thay đổi thời gian tổ chức kỳ họp")
ANNOUNCEMENT = re.compile(
    r"\bsẽ\s+(?:tổ\s+chức|diễn\s+ra|khai\s+mạc)|\bkính\s+mời\b|^\W*triệu\s+tập\b"
    r"|\bquyết\s+định\s+triệu\s+tập\b|\bthay\s+đổi\s+thời\s+gian\s+tổ\s+chức\b",
    re.I,
)
# A word that makes a sentence the report of a meeting, whose first body is its organiser (not a
# site name above it: "Cổng thông tin điện tử Hội Nông dân tỉnh"): "họp", "hội nghị", "chủ trì"
MEETING_WORD = re.compile(
    r"\b(?:họp|hội nghị|tổ chức|chủ trì|chủ tọa|chủ toạ|khai mạc|bế mạc|diễn ra)\b", re.I
)
# Words before a committee or council that make it what someone is elected or submits to, or
# the hall a meeting is held in, not the organiser: "ứng cử đại biểu HĐND tỉnh", "bầu cử đại
# biểu Hội đồng nhân dân", "dự thảo thông báo trình kỳ họp HĐND tỉnh", "tại hội trường Ủy ban
# nhân dân xã, Đảng ủy xã tổ chức Hội nghị" (a Party meeting in the committee's hall)
ELECTED_TO = re.compile(
    r"(?:đại\s+biểu|ứng\s+cử|bầu\s+cử|trình(?:\s+kỳ\s+họp)?"
    r"|tại\s+(?:hội\s+trường|trụ\s+sở|phòng\s+họp))\s+$",
    re.I,
)
# How many characters before a body are read for a person's office or a preposition
BEFORE_BODY_CHARS = 16
# A meeting said to be a body's: "tại cuộc họp của Thường trực Tỉnh ủy", "hội nghị giao ban của
# Ban Thường vụ Tỉnh ủy", "cuộc họp trực tuyến do Thủ tướng chủ trì", "phiên họp của UBND tỉnh"
# (baoquangninh.com.vn: a Party secretary's direction "tại cuộc họp của Thường trực Tỉnh ủy")
HELD_BY = re.compile(
    r"\b(?:cuộc\s+họp|phiên\s+họp|hội\s+nghị|giao\s+ban|kỳ\s+họp)\s+(?:\w+\s+){0,2}?(?:của|do)\s+",
    re.I,
)
# How many characters after "của"/"do" are read for the body that holds the meeting
HELD_BY_CHARS = 80
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


def _level(text: str, context: str, published: datetime.date | None) -> str | None:
    """Return the level of the first committee or council named in text; a city's ("UBND
    thành phố") is the province's when it is centrally run, by its name or, unnamed, by the
    centrally-run city the context names ("Hà Nội: UBND Thành phố họp")."""
    match = GOVERNMENT_BODY.search(text)
    if not match:
        leading = LEADING_UNIT.match(text)
        return UNIT_LEVELS[leading["unit"].lower()] if leading else None
    unit = re.sub(r"\s+", " ", match["unit"].lower())
    if unit.endswith("hcm"):
        return "tỉnh"
    if unit in {"thành phố", "tp", "tp."}:
        if published and published >= NO_DISTRICTS_SINCE:
            return "tỉnh"
        after = match["after"] or ""
        central = CENTRAL_CITIES.match(after)
        if central and not (central["hue"] and published and published < HUE_CENTRAL_SINCE):
            return "tỉnh"
        if not UNIT_NAME.match(after) and CENTRAL_CITY_SIGN.search(context):
            return "tỉnh"
    return UNIT_LEVELS[unit]


def _names_non_meeting(title: str) -> bool:
    """Whether a title names something that is no meeting ("Lễ hội", "Đại hội"), other than as
    the topic a meeting prepares ("góp ý dự thảo báo cáo trình Đại hội Đảng bộ huyện")."""
    return any(
        not TOPIC_OF.search(title, max(0, match.start() - BEFORE_BODY_CHARS), match.start())
        for match in NOT_MEETING.finditer(title)
    )


def held_by(text: str) -> str | None:
    """The kind of body a meeting in text is said to be held by ("cuộc họp của Thường trực
    Tỉnh ủy" -> "party"), if any."""
    for match in HELD_BY.finditer(text):
        kind = organiser(text[match.end() : match.end() + HELD_BY_CHARS])
        if kind:
            return kind
    return None


def announced(title: str, published: datetime.date | None) -> bool:
    """Whether every day a title names is after the publication day: a schedule announced
    ("Từ ngày 7 đến 8-12: Diễn ra kỳ họp thứ 19", published on 26 November)."""
    if not published or not DAY_WRITTEN.search(title):
        return False
    days = [m for m in find_dates(title, published) if m.granularity in DAY_GRANULARITIES]
    return bool(days) and all(datetime.date.fromisoformat(m.start) > published for m in days)


def organiser(text: str) -> str | None:
    """The kind of body text names first as holding something, "government", "party",
    "front" or "central", passing over a person's Party office and a body named as an object."""
    for match in ORGANISER.finditer(text):
        before = text[max(0, match.start() - BEFORE_BODY_CHARS) : match.start()]
        kind = match.lastgroup
        if kind != "government" and (PARTY_OFFICE.search(before) or OBJECT_OF.search(before)):
            continue
        if kind == "government" and ELECTED_TO.search(before):
            continue
        return kind
    return None


def classify(title: str, text: str, published: datetime.date | None = None) -> Classification:
    """Classify a report from its title and text (the lead is enough), published on the given
    day if known."""
    title = unicodedata.normalize("NFC", title or "").strip()
    text = unicodedata.normalize("NFC", text or "").strip()
    lead = text[:LEAD_CHARS]
    head = f"{title}\n{lead}"
    kind = _meeting_type(title) or _meeting_type(lead)
    first = next((s for s in split_sentences(lead) if MEETING_WORD.search(s)), "")
    is_meeting = bool(
        kind
        and not _names_non_meeting(title)
        and (held_by(title) or held_by(first) or organiser(title) or organiser(first)) in HOLDERS
        and not ANNOUNCEMENT.search(f"{title}\n{first}")
        and not announced(title, published)
        and ANY_GOVERNMENT_BODY.search(head)
    )
    is_online = bool(ONLINE.search(head) or CONNECTED_SITES.search(text)) if is_meeting else False
    sites = [int(n) for n in CONNECTED_SITES.findall(text)] if is_meeting else []
    if is_meeting and kind in {"phiên họp", "hội nghị"} and is_online:
        kind = "họp trực tuyến"
    return Classification(
        is_meeting=is_meeting,
        meeting_type=kind if is_meeting else None,
        level=(_level(title, head, published) or _level(text, head, published))
        if is_meeting
        else None,
        is_online=is_online,
        connected_sites=max(sites) if sites else None,
    )
