"""Officials named in a meeting report: who chaired, concluded, spoke, attended, was absent."""

import re
import unicodedata
from dataclasses import dataclass

from extract.places import UPPERCASE_LETTERS, place_prefix
from extract.sentences import split_sentences
from extract.text import LOWERCASE_LETTERS

# Roles a person can have in a report.
ROLES = ("chair", "co_chair", "concluding", "speaker", "attendee", "absent", "author", "signer")

# Roles of the people who chair a meeting: the first named, then the others
CHAIR_ROLES = frozenset({"chair", "co_chair"})

# Role of a mention that no cue word explains.
DEFAULT_ROLE = "attendee"


# Surnames common enough to start a name found without an honorific: "Nguyễn", "Lò", "Sùng".
SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Đoàn",
        "Trương",
        "Lâm",
        "Lương",
        "Đào",
        "Trịnh",
        "Mai",
        "Cao",
        "Tạ",
        "Hà",
        "Phùng",
        "Lưu",
        "Châu",
        "Tô",
        "Quách",
        "Nông",
        "Triệu",
        "Đàm",
        "Kiều",
        "Lại",
        "Tăng",
        "Hứa",
        "Vương",
        "Diệp",
        "Từ",
        "Mạc",
        "Tôn",
        "Thân",
        "Khúc",
        "Chu",
        "Lò",
        "Lù",
        "Sùng",
        "Giàng",
        "Vàng",
        "Thào",
        "Hầu",
        "Lục",
        "Âu",
        "Đồng",
        "Nghiêm",
        "Khổng",
        "Doãn",
        "Trình",
        "Văn",
        "Thái",
        "Lã",
        "Ông",
        "Hoàng",
        "Lường",
        "Quàng",
        "Cầm",
        "Điêu",
        "Chẩu",
        "Y",
        "Vi",
        "Ma",
        "Bế",
        "Huỳnh",
        "Thạch",
        "Danh",
        "Lư",
        "Mã",
        "Giáp",
        "Kim",
        "Tống",
        "Viên",
        "Khương",
        "Phó",
        "Hàn",
        "Bạch",
        "Ninh",
        "Hồng",
        # Central Highlands, Mông, Dao, Thái, Khmer and Chăm family names and name openers
        # seen on provincial portals: "Ksor", "Rơ Mah", "Siu", "H'", "Điểu", "Chau", "Sơn"
        "Ksor",
        "Rơ",
        "Siu",
        "Nay",
        "Kpă",
        "Rah",
        "Điểu",
        "Chau",
        "Sơn",
        "Thào",
        "Mùa",
        "Vừ",
        "Hờ",
        "Lầu",
        "Tráng",
        "Hạng",
        "Cứ",
        "Tẩn",
        "Phàn",
        "Chảo",
        "Lừu",
        "Sầm",
        "Tòng",
        "Lự",
        "Lỳ",
        "Pờ",
        "Đàng",
        "Quảng",
        "Liêng",
        "Ka",
        "La",
        "A",
        # Rarer family names, Kinh and Hoa, that officials on provincial portals bear: "Bửu Văn
        # Phước" (Huế), "Khuất Văn Dũng", "Nhữ Văn Tâm", "Cù Thị Hậu", "Uông Chu Lưu"
        "Bửu",
        "Lữ",
        "Nhữ",
        "Khuất",
        "Ôn",
        "Phí",
        "Quan",
        "Mẫn",
        "Lạc",
        "Cù",
        "Ung",
        "Ứng",
        "Bàn",
        "Chế",
        "Thiều",
        "Trà",
        "Tiêu",
        "Uông",
        "Bành",
        "Cấn",
        "Giang",
        "Kha",
        "Khiếu",
        "Mạch",
        "Đới",
        "Đường",
        "Tiết",
        "Thiệu",
        "Ngụy",
        "Tào",
        "Nhâm",
        "Lò",
        "Niê",
        "Kơ",
    ]
)

# Openers of the names that run to five syllables (Ê Đê, Jrai, Bahnar, Mnông): "Y Thanh Hà Niê
# Kđăm", "H'Yim Kđoh", "Ksor Phước"; five syllables after a unit word opening with any other
# syllable are a place and a name
LONG_NAME_OPENERS = frozenset({"Y", "A", "H'", "K'", "Ksor", "Rơ", "Siu", "Nay", "Kpă", "Rah"})
# The fewest syllables a commune's or ward's name has: "Phúc Sơn", "Đồ Sơn", "Ea Kao"
MIN_PLACE_SYLLABLES = 2

# Middle names that almost never open a name: a capitalised syllable before one in a title's
# trailing run is the family name, known or not ("Chủ tịch UBND thành phố Bửu Văn Phước")
MIDDLE_NAMES = frozenset({"Văn", "Thị"})

# A name opener with an apostrophe: "H'", "K'", "H'Yim", "K’Brôl"
APOSTROPHE_OPENER = re.compile(r"[A-ZĐ]['’]\w*")

# Honorific before a name: "đ/c", "Đồng chí", "ông", "Bà".
HONORIFIC = r"(?<![^\W\d_])(?:[đĐ]/[cC]|[đĐ]ồng\s+chí|[oÔô]ng|Ông|[bB]à)"

# A name syllable: "Trần", "Quốc", "A", Ê Đê "H'" and "H'Yim" (not an acronym such as "UBND").
NAME_SYLLABLE = (
    rf"[{UPPERCASE_LETTERS}][{LOWERCASE_LETTERS}]*"
    rf"(?:['’](?:[{UPPERCASE_LETTERS}][{LOWERCASE_LETTERS}]*)?)?"
)

# The most syllables a name has: Ê Đê "Y Thanh Hà Niê Kđăm"
MAX_NAME_SYLLABLES = 5

# Two to five name syllables: "Lâm Minh Thành", "Nguyễn Văn A", "Sùng Mí Dế",
# "Y Thanh Hà Niê Kđăm".
NAME_RUN = rf"{NAME_SYLLABLE}(?:\s+{NAME_SYLLABLE}){{1,{MAX_NAME_SYLLABLES - 1}}}"

# First words of a title: "Chủ tịch", "Phó Bí thư", "Quyền Chủ tịch", "Giám đốc", "Chánh Văn
# phòng", "Tỉnh ủy viên", and the abbreviations "UVBTV" (member of the standing board), "PCT";
# a look-ahead for their first letters first, which keeps the search fast.
TITLE_HEAD = (
    r"(?=[pPcCbBgGtTuUủỦđĐhHqQ])"
    r"(?:(?i:(?:(?:quyền|q\.)\s+)?(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|giám\s+đốc|"
    r"chánh\s+văn\s+phòng|chánh\s+thanh\s+tra|"
    r"trưởng\s+ban|trưởng\s+phòng|trưởng\s+đoàn|thủ\s+trưởng|chủ\s+nhiệm|chỉ\s+huy\s+trưởng|"
    r"tổng\s+giám\s+đốc|[uủ][yỷ]\s+viên|thành\s+viên|đại\s+biểu\s+quốc\s+hội|"
    r"(?:tỉnh|huyện|thành|thị|quận)\s+[uủ][yỷ]\s+viên))"
    r"|(?:UVBTV|UV\s?BTV|UV\.BTV|UVTV|UVT\.Ư|UVTƯ|UVTW|PCT|TUV|HUV|PBT)(?![^\W\d_]))"
)

# Words of department names, case-insensitive: "Tài chính", "Y tế", "Phát triển nông thôn".
DEPARTMENT_WORDS = (
    r"tài\s+chính|y\s+tế|nông\s+nghiệp|phát\s+triển|nông\s+thôn|kế\s+hoạch|đầu\s+tư|"
    r"môi\s+trường|tài\s+nguyên|nội\s+vụ|xây\s+dựng|công\s+thương|giao\s+thông|vận\s+tải|"
    r"giáo\s+dục|đào\s+tạo|tư\s+pháp|thông\s+tin|truyền\s+thông|khoa\s+học|công\s+nghệ|"
    r"lao\s+động|thương\s+binh|xã\s+hội|văn\s+hóa|văn\s+hoá|thể\s+thao|du\s+lịch|ngoại\s+vụ|"
    r"dân\s+tộc|thanh\s+tra|tài\s+chính|quân\s+sự|biên\s+phòng"
)

# Words that go on a title after its head, case-insensitive: "Thường trực", "UBND", "Tỉnh ủy",
# "tỉnh", "Sở", "và" (as in "Sở Kế hoạch và Đầu tư"), a term "nhiệm kỳ 2021 - 2026".
TITLE_WORD = (
    r"(?i:thường\s+trực|thường\s+vụ|ban\s+thường\s+vụ|ban\s+chấp\s+hành|"
    r"(?:ủy|uỷ)\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân|mặt\s+trận\s+tổ\s+quốc|"
    r"(?:tỉnh|huyện|thành|đảng|thị)\s+(?:ủy|uỷ)|thị\s+xã|thành\s+phố|thị\s+trấn|"
    r"ubnd|hđnd|ubmttq|đbqh|tỉnh|huyện|quận|xã|phường|sở|ban|phòng|văn\s+phòng|công\s+an|"
    r"trung\s+ương|tư|t\.ư|đảng|dự\s+khuyết|ban\s+chỉ\s+đạo|chỉ\s+đạo|khóa|khoá|đặc\s+khu|"
    r"nhiệm\s+kỳ(?:\s+\d{4}\s*[-–]\s*\d{4})?|"
    rf"kiêm|và(?!\s+{TITLE_HEAD})|nhân\s+dân|việt\s+nam|tp\.?|-|{DEPARTMENT_WORDS})(?![^\W\d_])"
)

# One title: a head, then title words, acronyms and capitalised words:
# "Chủ tịch UBND tỉnh", "Phó bí thư Huyện uỷ", "Giám đốc Sở Kế hoạch và Đầu tư",
# "Chủ tịch UBND tỉnh Trần Quốc Nam" (the trailing name is split off later).
TITLE_CHUNK = (
    rf"{TITLE_HEAD}(?:\s+(?:{TITLE_WORD}|[{UPPERCASE_LETTERS}&]{{2,}}(?![^\W\d_])"
    rf"|(?!{TITLE_HEAD}){NAME_SYLLABLE}))*"
)

# Several titles separated by commas or dashes: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Phó
# Bí thư Đảng ủy – Chủ tịch UBND", "TUV - Bí thư Huyện ủy - Chủ tịch UBND huyện".
TITLE = rf"{TITLE_CHUNK}(?:\s*(?:,|\s[-–—])\s*{TITLE_CHUNK})*"

# One title, compiled: "Phó Chủ tịch UBND Nguyễn Lưu Trung".
TITLE_CHUNK_PATTERN = re.compile(TITLE_CHUNK)

# What sets a title beside a name: a comma or a dash, "Lò Văn Hùng, Chủ tịch", "X - Bí thư",
# "X – PCT HĐND huyện", "Rah Lan Chung-Phó Bí thư" (a bare dash before an office)
APPOSITION = rf"\s*(?:,|\s[-–—]|[-–—]\s|[-–—](?={TITLE_HEAD}))\s*"

# A mention: name first ("đ/c Lâm Minh Thành, Chủ tịch UBND tỉnh", "Ông Đặng Vũ Bằng",
# "Phạm Văn Dũng, Phó chủ tịch UBND huyện") or title first ("Chủ tịch UBND tỉnh Trần Quốc Nam").
MENTION = re.compile(
    rf"(?:(?P<honorific>{HONORIFIC})\s*:?\s+(?!{TITLE_HEAD})(?P<hname>{NAME_RUN})"
    rf"(?:{APPOSITION}(?P<htitle>{TITLE}))?)"
    rf"|(?:(?P<name>{NAME_RUN}){APPOSITION}(?P<ntitle>{TITLE}))"
    rf"|(?P<title>{TITLE})"
)

# Words the title grammar may take after a name, which belong to what follows: "và", "-"
TRAILING_JOINERS = frozenset({"và", "-", "–", "kiêm"})

# The joining words the title grammar took after a name, at the end of a title chunk: " và"
TRAILING_JOINER = re.compile(
    rf"(?:\s+(?:{'|'.join(re.escape(word) for word in sorted(TRAILING_JOINERS))}))+\s*$"
)

# "các" before a title-first mention makes its office plural: "và các Phó Chủ tịch HĐND tỉnh A,
# B"; how many characters before the mention are read for it
PLURAL_BEFORE = re.compile(r"\bcác\s+$", re.I)
PLURAL_CHARS = 6
# A bare name listed after another: ", Võ Đức Trong", " và Lê Thị Hoa" (not an office)
LISTED_NAME = re.compile(rf"\s*(?:,|và)\s*(?!{TITLE_HEAD})(?P<name>{NAME_RUN})(?![^\W\d_])")

# Words that end a title's capitalised tail: "Tỉnh", "Sở" written with a capital.
TITLE_TAIL_STOP = re.compile(rf"^{TITLE_WORD}$")

# Unit words after which a capitalised run starts with a place name: "tỉnh", "huyện".
PLACE_UNIT = re.compile(
    r"(?i:tỉnh|huyện|quận|xã|phường|thị\s+xã|thành\s+phố|thị\s+trấn|tp\.?|đặc\s+khu)$"
)

# Cue words of each role; the longest alternatives come first: "phát biểu kết luận", "dự và
# chủ trì" (who attends and chairs, chairs),
# "chủ trì", "vắng", "tham dự", "phát biểu", "trình bày"; a conclusion of the meeting, not a
# cited one ("Kết luận số 12-KL/TU", "theo kết luận của").
ROLE_CUE = re.compile(
    r"(?P<concluding>phát\s+biểu\s+kết\s+luận|ý\s+kiến\s+kết\s+luận"
    r"|(?<!theo )kết\s+luận(?!\s+số))"
    r"|(?P<co_chair>đồng\s+chủ\s+tr[ìỉ]|đồng\s+chủ\s+t(?:ọa|oạ))"
    r"|(?P<chair>(?:(?:tham\s+)?dự\s+và\s+)?chủ\s+tr[ìỉ]|chủ\s+t(?:ọa|oạ))"
    r"|(?P<absent>vắng)"
    r"|(?P<attendee>tham\s+dự|cùng\s+dự|đến\s+dự|\bdự\b(?!\s+(?:thảo|án|báo|kiến|toán|trữ))|có\s+mặt)"
    r"|(?P<speaker>phát\s+biểu|trình\s+bày|báo\s+cáo|chỉ\s+đạo|nhấn\s+mạnh|yêu\s+cầu|đề\s+nghị|"
    r"cho\s+biết|ghi\s+nhận|đánh\s+giá|giải\s+trình|khẳng\s+định|lưu\s+ý|đề\s+xuất|ý\s+kiến)",
    re.I,
)

# Roles an explicit cue after a mention gives even against a cue before it.
STRONG_ROLES = frozenset({"chair", "co_chair", "concluding", "absent", "attendee"})

# Which cue before a mention wins when there are several: "Phát biểu kết luận, chỉ đạo".
CUE_PRIORITY = ("concluding", "co_chair", "chair", "absent", "attendee", "speaker")

# How far after a mention its cue may be, in characters.
CUE_WINDOW = 50

# How many words may stand between a mention and its cue: "đồng chủ trì", "đã tham dự".
CUE_LEAD_WORDS = 2

# How many words may stand between a mention and a cue that they chaired or concluded, the rest
# of a long office the title grammar does not read: "…, Phó Trưởng ban Thường trực Ban Chỉ đạo
# ứng dụng công nghệ thông tin tỉnh đã chủ trì", "…, Trưởng Ban chỉ đạo các Chương trình MTQG
# tỉnh, Chủ tịch Hội đồng thẩm định tỉnh chủ trì cuộc họp" (snnptnt.quangnam.gov.vn)
CHAIR_CUE_LEAD_WORDS = 14
# How far after a mention a cue that they chaired or concluded may be, in characters
CHAIR_CUE_WINDOW = 120
# A preposition naming someone else as the agent, after which the cue is not the mention's:
# "dự hội nghị trực tuyến do Thủ tướng Chính phủ chủ trì"
OTHER_AGENT = re.compile(r"\bdo\b", re.I)
# The cues that may stand that far
CHAIR_CUES = frozenset({"chair", "co_chair", "concluding"})
# A verb giving a task, after which "chủ trì" is the task's lead agency, not the meeting's
# chair: "giao Sở Xây dựng chủ trì", "đề nghị UBND huyện chủ trì"
ASSIGNING = re.compile(r"\b(?:giao|đề\s+nghị|yêu\s+cầu|phân\s+công|chỉ\s+đạo)\b", re.I)

# Unnamed people chairing with the one named before them, passed over to reach the cue:
# " và các đồng chí Phó Chủ tịch HĐND tỉnh" in "Đồng chí A, Chủ tịch HĐND tỉnh và các đồng chí
# Phó Chủ tịch HĐND tỉnh chủ tọa kỳ họp", " và các Phó Chủ tịch HĐND tỉnh"
COMPANIONS = re.compile(
    rf"^\s*,?\s*(?i:(?:và|cùng(?:\s+với)?)\s+các\s+(?:đồng\s+chí\s+|vị\s+)?){TITLE}"
)

# Text joining mentions that share one cue: ", ", "; ", " và ", " cùng ", " cùng với đồng chí ",
# " cùng các " (before "Phó Chủ tịch UBND tỉnh: A, B").
JOINER = re.compile(r"^\s*(?:,|;|(?:và|cùng(?:\s+với)?)(?:\s+các)?)?\s*$", re.I)

# The joiners that also join a mention whose title comes first, which a bare comma does not:
# "Chủ tịch HĐND tỉnh A; Phó Chủ tịch HĐND tỉnh B chủ tọa", "… A cùng các Phó Chủ tịch: …"
LIST_JOINER = re.compile(r"^\s*(?:;|,?\s*(?:và|cùng(?:\s+với)?)(?:\s+các)?)\s*$", re.I)

# Names listed after a plural office and a colon: ": Lê Văn Tám, Đỗ Thị Hoa" in "các Phó Chủ
# tịch UBND tỉnh: Lê Văn Tám, Đỗ Thị Hoa chủ trì"
NAME_LIST = re.compile(rf"\s*:\s*(?P<names>{NAME_RUN}(?:\s*(?:,|và)\s*{NAME_RUN})*)")

# Clauses set between a person and their cue that describe the person: ", người được Thường
# trực HĐND khóa trước giới thiệu" in "Đồng chí A - Bí thư Đảng ủy xã, người được … giới thiệu,
# chủ tọa kỳ họp", ", người trúng cử đại biểu nhiều tuổi nhất", ", đại biểu cao tuổi nhất" (who
# opens a council's first session: "Đồng chí A, đại biểu cao tuổi nhất, khai mạc và chủ tọa"),
# and who appointed them to chair: ", được Ủy ban Thường vụ Quốc hội chỉ định triệu tập và chủ
# tọa" (the first session of a new council term)
RELATIVE_CLAUSE = re.compile(
    r"^(?:\s*,\s*(?:là\s+)?(?:người|đại\s+biểu)\s[^,;.]{0,80}(?=,)"
    r"|\s*,?\s*được\s[^,;.]{0,60}?\b(?:chỉ\s+định|phân\s+công|[uủ][yỷ]\s+quyền)\b)+",
    re.I,
)

# A conclusion given by an office with no name, the name given earlier: "Kết luận cuộc họp,
# Chủ tịch UBND TP Cần Thơ cho rằng" (nld.com.vn: the chair named at his speech before)
CONCLUDED_BY_OFFICE = re.compile(
    rf"(?=[PpKk])(?:[Pp]hát\s+biểu\s+)?[Kk]ết\s+luận(?:\s+(?:cuộc|phiên|buổi|kỳ)\s+(?:họp|làm\s+việc)"
    rf"|\s+hội\s+nghị)?\s*,\s*(?:đồng\s+chí\s+)?(?P<title>{TITLE_CHUNK})"
)

# Footnote markers: "¹", "²³".
FOOTNOTE_MARK = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")

# A footnote line: "¹ Phó Chủ tịch UBND tỉnh Nguyễn Thanh Nhân (công tác Hà Nội); …".
FOOTNOTE_LINE = re.compile(r"^\s*(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(?P<body>.+)$", re.M)

# Signature block ending a notice: "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nĐặng Vũ Bằng".
SIGNATURE = re.compile(
    rf"(?P<title>[{UPPERCASE_LETTERS}][{UPPERCASE_LETTERS}\s.]+?)\**\s*\n\s*\n?\s*"
    rf"(?P<name>{NAME_RUN})\s*$"
)

# A byline: "Thanh Bình", "DOÃN TẤN ĐẠT-HND KIÊN GIANG", "Trung Anh (TTVH)".
BYLINE = re.compile(
    rf"^(?P<name>[{UPPERCASE_LETTERS}][^\W\d_]*(?:\s+[{UPPERCASE_LETTERS}][^\W\d_]*){{1,3}})"
    r"\s*(?:[-–(].{0,40})?$"
)


@dataclass(frozen=True)
class Person:
    """An official named in a report, with the title as written and their role there."""

    name: str
    title: str | None
    role: str


@dataclass(frozen=True)
class _Mention:
    """A person found in a sentence, with where the mention starts and ends."""

    name: str
    title: str | None
    start: int
    end: int
    name_first: bool
    listed: bool = False


def is_surname(syllable: str) -> bool:
    """Whether a syllable can open a name: a known family name ("Nguyễn", "Ksor") or a Central
    Highlands opener with an apostrophe ("H'", "K'", "H'Yim")."""
    return syllable in SURNAMES or bool(APOSTROPHE_OPENER.fullmatch(syllable))


def _clean_name(name: str) -> str:
    """Return a name with single spaces, title-cased when written in capitals."""
    name = " ".join(name.split())
    return name.title() if name.isupper() else name


def _clean_title(title: str | None) -> str | None:
    """Return a title with single spaces and no trailing comma."""
    return " ".join(title.split()).strip(" ,") or None if title else None


def _split_title_name(title: str, min_after_place: int) -> tuple[str, str | None]:
    """Split "Chủ tịch UBND tỉnh Trần Quốc Nam" into its title and trailing name, if any (a
    joining word the title grammar took after the name is left out: "… Đỗ Minh Khoa và")."""
    words = title.split()
    while words and words[-1].lower() in TRAILING_JOINERS:
        words.pop()
    tail = len(words)
    while tail > 0 and re.fullmatch(NAME_SYLLABLE, words[tail - 1]):
        if TITLE_TAIL_STOP.match(words[tail - 1]) or re.fullmatch(
            TITLE_HEAD, " ".join(words[tail - 2 : tail])
        ):
            break
        tail -= 1
    run = words[tail:]
    after_place = tail > 0 and PLACE_UNIT.search(" ".join(words[:tail]))
    starts = [
        start
        for start, syllable in enumerate(run)
        if is_surname(syllable) and 2 <= len(run) - start <= MAX_NAME_SYLLABLES
    ]
    place = place_prefix(run) if after_place else 0
    if (
        after_place
        and not place
        and len(run) > MAX_NAME_SYLLABLES - 1
        and run[0] not in LONG_NAME_OPENERS
    ):
        # a commune or ward the gazetteer does not hold: its name has two syllables or more, so
        # five after the unit word are a place and a name ("xã Phúc Sơn Trần Văn Hợi")
        starts = [start for start in starts if start >= MIN_PLACE_SYLLABLES] or starts
    if place:
        # "tỉnh Hà Giang Nguyễn Văn Sơn": the place first, then the name if any; a run that is
        # all place ("xã Tu Mơ Rông") holds no name
        starts = [start for start in starts if start >= place] or [0] * (
            len(run) >= min_after_place and place < len(run)
        )
    if not starts:
        return title, None
    if (
        starts[0] > place
        and run[starts[0]] in MIDDLE_NAMES
        and len(run) - starts[0] < MAX_NAME_SYLLABLES
    ):
        starts[0] -= 1
    head = " ".join(words[: tail + starts[0]]).rstrip(" ,")
    return head, " ".join(run[starts[0] :])


def _title_mentions(text: str, offset: int, owner: str | None, owner_start: int) -> list[_Mention]:
    """Return the mentions in a run of titles, the leading titles belonging to `owner` if given."""
    found: list[_Mention] = []
    parts: list[str] = []
    start = owner_start if owner else None
    for chunk in TITLE_CHUNK_PATTERN.finditer(text):
        if start is None:
            start = offset + chunk.start()
        head, name = _split_title_name(chunk.group(), 3)
        if name is None:
            parts.append(head)
            continue
        if owner and (parts or head != chunk.group()):
            found.append(
                _Mention(owner, ", ".join(parts) or None, start, offset + chunk.start(), True)
            )
            parts, start = [], offset + chunk.start()
        owner = None
        title = ", ".join([*parts, head]) if head != chunk.group() or parts else None
        end = offset + chunk.start() + len(TRAILING_JOINER.sub("", chunk.group()))
        found.append(_Mention(name, title, start, end, False))
        parts, start = [], None
    if owner:
        found.append(
            _Mention(owner, ", ".join(parts) or None, owner_start, offset + len(text), True)
        )
    return found


def _listed_mentions(listed: re.Match[str], office: re.Match[str]) -> list[_Mention]:
    """Return the names listed after a plural office, each with that office, the first one
    starting where the office does."""
    title = _clean_title(office["title"])
    found = []
    for name in re.finditer(NAME_RUN, listed["names"]):
        if is_surname(name.group().split()[0]):
            start = listed.start("names") + name.start() if found else office.start()
            end = listed.start("names") + name.end()
            found.append(_Mention(_clean_name(name.group()), title, start, end, True))
    return found


def _mentions(sentence: str) -> list[_Mention]:
    """Return the people mentioned in one sentence, in order."""
    found: list[_Mention] = []
    for match in MENTION.finditer(sentence):
        if match["honorific"]:
            name, group = _clean_name(match["hname"]), "htitle"
        elif match["name"] and is_surname(match["name"].split()[0]):
            name, group = _clean_name(match["name"]), "ntitle"
        else:
            name, group = None, "ntitle" if match["name"] else "title"
        if match[group] is None:
            found.append(_Mention(name, None, match.start(), match.end(), True))
            continue
        listed = NAME_LIST.match(sentence, match.end()) if group == "title" else None
        if listed:
            found.extend(_listed_mentions(listed, match))
            continue
        owner_start = match.start() if name else match.start(group)
        mentions = _title_mentions(match[group], match.start(group), name, owner_start)
        if group == "ntitle":
            mentions = [m for m in mentions if m.name != name or m.title]
        found.extend(mentions)
    return _with_listed_names(sentence, found)


def _with_listed_names(sentence: str, found: list[_Mention]) -> list[_Mention]:
    """The mentions with the bare names listed after a plural office's first name, each with
    that office: "các Phó Chủ tịch HĐND tỉnh Trần Văn Chiến, Võ Đức Trong đồng chủ trì"."""
    listed = []
    for position, mention in enumerate(found):
        plural = PLURAL_BEFORE.search(sentence, max(0, mention.start - PLURAL_CHARS), mention.start)
        if mention.name_first or not mention.title or not plural:
            continue
        stop = found[position + 1].start if position + 1 < len(found) else len(sentence)
        pos = mention.end
        while (name := LISTED_NAME.match(sentence, pos)) and name.end() <= stop:
            if not is_surname(name["name"].split()[0]):
                break
            person = _clean_name(name["name"])
            listed.append(
                _Mention(person, mention.title, name.start("name"), name.end(), True, True)
            )
            pos = name.end()
    return sorted(found + listed, key=lambda m: m.start) if listed else found


def _last_cue(text: str) -> str | None:
    """Return the role of the last cue word in text."""
    cues = list(ROLE_CUE.finditer(text))
    return cues[-1].lastgroup if cues else None


def _strongest_cue(text: str) -> str | None:
    """Return the highest-priority role among the cue words in text."""
    roles = {cue.lastgroup for cue in ROLE_CUE.finditer(text)}
    return next((role for role in CUE_PRIORITY if role in roles), None)


def _first_cue(text: str) -> str | None:
    """Return the role of a cue word among the first words of text."""
    cue = ROLE_CUE.search(text)
    if cue is None:
        return None
    lead = len(text[: cue.start()].split())
    if lead <= CUE_LEAD_WORDS and cue.start() <= CUE_WINDOW:
        return cue.lastgroup
    far = cue.lastgroup in CHAIR_CUES and lead <= CHAIR_CUE_LEAD_WORDS
    gap = text[: cue.start()]
    return cue.lastgroup if far and not (ASSIGNING.search(gap) or OTHER_AGENT.search(gap)) else None


def _sentence_people(sentence: str, default_role: str | None) -> list[Person]:
    """Return the people of one sentence with the role their cue words give them."""
    mentions = _mentions(sentence)
    groups: list[list[_Mention]] = []
    for mention in mentions:
        if groups:
            previous = groups[-1][-1]
            between = sentence[previous.end : mention.start]
            joined = JOINER.match(between) and (
                previous.name_first or mention.listed or LIST_JOINER.match(between)
            )
            if joined:
                groups[-1].append(mention)
                continue
        groups.append([mention])
    people = []
    previous_end = 0
    for position, group in enumerate(groups):
        next_start = groups[position + 1][0].start if position + 1 < len(groups) else len(sentence)
        tail = RELATIVE_CLAUSE.sub("", sentence[group[-1].end : next_start], count=1)
        window = tail[:CHAIR_CUE_WINDOW]
        after = _first_cue(COMPANIONS.sub("", window.split(";", 1)[0], count=1))
        before_text = sentence[previous_end : group[0].start].rsplit(";", 1)[-1]
        before = _strongest_cue(before_text) or default_role
        strong_after = after in STRONG_ROLES or not before
        role = (after or before or DEFAULT_ROLE) if strong_after else before
        people.extend(Person(m.name, _clean_title(m.title), role) for m in group)
        previous_end = group[-1].end
    return people


def _footnote_roles(body: str) -> dict[str, str]:
    """Return the role each footnote marker's context gives: "vắng 02 Thành viên¹" -> absent."""
    roles = {}
    for sentence in split_sentences(body):
        for mark in FOOTNOTE_MARK.finditer(sentence):
            role = _last_cue(sentence[: mark.start()])
            if role and mark.group() not in roles:
                roles[mark.group()] = role
    return roles


def _closing_people(text: str) -> list[Person]:
    """Return the signer of a notice's signature block, or the author of a byline."""
    signature = SIGNATURE.search(text)
    if signature and signature["name"].split()[0] in SURNAMES:
        title = signature["title"].strip(" *\n").splitlines()[-1].strip(" *")
        return [Person(_clean_name(signature["name"]), title or None, "signer")]
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    byline = BYLINE.match(lines[-1]) if len(lines) > 1 else None
    if byline and not ROLE_CUE.search(lines[-1]) and not MENTION.search(byline["name"]):
        return [Person(_clean_name(byline["name"]), None, "author")]
    return []


def _concluded_by_office(body: str, people: list[Person]) -> list[Person]:
    """The people named earlier whose office alone is said to give the conclusion: "Chủ tịch
    UBND TP Lê Văn Phúc phát biểu … Kết luận cuộc họp, Chủ tịch UBND TP cho rằng"."""
    by_office = {}
    for person in people:
        if person.title:
            by_office.setdefault(person.title.casefold(), person)
    found = []
    for match in CONCLUDED_BY_OFFICE.finditer(body):
        head, name = _split_title_name(match["title"], 3)
        person = by_office.get(_clean_title(head).casefold()) if name is None else None
        if person:
            found.append(Person(person.name, person.title, "concluding"))
    return found


def _ranked_chairs(people: list[Person]) -> list[Person]:
    """The people with the first one said to chair as chair and every other chair, joint
    ("đồng chủ trì") or not, as co_chair."""
    first = next((p.name for p in people if p.role in CHAIR_ROLES), None)
    ranked = []
    for person in people:
        if person.role in CHAIR_ROLES:
            role = "chair" if person.name == first else "co_chair"
            person = Person(person.name, person.title, role)
        ranked.append(person)
    return ranked


def find_people(text: str) -> list[Person]:
    """Return every official mentioned with a role, deduplicated per (name, role)."""
    text = unicodedata.normalize("NFC", text or "")
    footnotes = {m["mark"]: m["body"] for m in FOOTNOTE_LINE.finditer(text)}
    body = FOOTNOTE_LINE.sub("", text)
    marker_roles = _footnote_roles(body)
    people = [
        person for sentence in split_sentences(body) for person in _sentence_people(sentence, None)
    ]
    for mark, note in footnotes.items():
        for sentence in split_sentences(note):
            people.extend(_sentence_people(sentence, marker_roles.get(mark)))
    people.extend(_closing_people(text))
    people.extend(_concluded_by_office(body, people))
    people = _ranked_chairs(people)
    unique: dict[tuple[str, str], Person] = {}
    for person in people:
        key = (person.name, person.role)
        if key not in unique or (unique[key].title is None and person.title):
            unique[key] = person
    return list(unique.values())


def chair(text: str) -> Person | None:
    """Return the first person who chaired the meeting, if any."""
    return next((p for p in find_people(text) if p.role == "chair"), None)
