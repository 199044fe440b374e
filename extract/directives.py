"""The chair's conclusions and assigned tasks in a meeting report or conclusion notice."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from extract.calendar import day_at, find_periods
from extract.documents import DEPARTMENT_PATTERN, FOOTNOTE, UPPER
from extract.sentences import split_sentences

# A footnote text line of a notice: "⁴ Báo cáo số 236/BC-UBND ngày 07/7/2021 …".
FOOTNOTE_LINE_RE = re.compile(rf"^[{FOOTNOTE}]+\s")

# Footnote markers and bold marks inside running text: "Báo cáo⁴", "**khẩn trương**".
NOISE_RE = re.compile(rf"[{FOOTNOTE}]+|\*\*")

# Where a notice stops giving tasks: "Nơi nhận:", "Văn phòng … thông báo ý kiến kết luận …".
CLOSING_RE = re.compile(r"^Nơi nhận|thông báo (?:ý kiến )?kết luận|^(?:KT|TL|TM)\. ")

# The task section heading of a notice: "2. Nhiệm vụ trọng tâm 6 tháng cuối năm 2021",
# "II. Về nhiệm vụ, giải pháp thời gian tới".
TASK_HEADING_RE = re.compile(
    r"^(?P<marker>(?:\d{1,2}|[IVX]{1,4})\s*[.)])\s*(?:Về\s+)?(?:(?:Một số|Các)\s+)?"
    r"(?:nhiệm vụ|phương hướng)",
    re.IGNORECASE,
)

# The words that open the list of tasks: "như sau:", "một số nhiệm vụ trọng tâm như:",
# "trọng tâm là:", "Lưu ý một số nhiệm vụ trọng tâm sau:", "yêu cầu:".
INTRO_RE = re.compile(
    r"(?:như sau|(?:nhiệm vụ|nội dung|giải pháp|công việc)(?: trọng tâm| chủ yếu| cụ thể)?"
    r"\s+(?:sau|như)|trọng tâm là|cụ thể là|yêu cầu|đề nghị|chỉ đạo|lưu ý)\s*:"
)

# The trailing words of a lead that introduces sub-items: " như:" in "…5 nhóm nhiệm vụ, giải
# pháp như:".
LEAD_END_RE = re.compile(r"\s*(?:như sau|như|sau|là)?\s*:\s*$")

# A verb by which the chair assigns tasks to an addressee: "yêu cầu " in "yêu cầu các ngành …".
ASSIGN_RE = re.compile(r"\b(?:yêu cầu|đề nghị|giao|chỉ đạo)\s+")

# A list marker opening a paragraph: "1. ", "2) ", "(1). ", "(1) ", "(i) ", "a) ", "- ".
MARKER_RE = re.compile(
    r"^(?:(?P<paren>\((?:\d{1,2}|[ivx]{1,4})\)\.?)|(?P<dot>\d{1,2}\.)(?!\d)"
    r"|(?P<half>\d{1,2}\))|(?P<letter>[a-zđ]\))|(?P<dash>[-–•+]))\s*"
)

# Inline enumeration markers in running text: "(1) " and "(ii) " in "như: (1) Tập trung …; (2) …".
INLINE_MARKER_RE = re.compile(r"(?:(?<=^)|(?<=[\s:;,.]))\((?P<label>\d{1,2}|[ivx]{1,4})\)\.?\s+")


# Sentences that continue the previous task: "Từ đó nâng cao niềm tin …".
CONNECTIVE_RE = re.compile(r"^(?:Từ đó|Qua đó|Nhờ đó|Nhằm)\b")

# Clause starts where a responsible body may stand as subject: ", " in "…khó khăn, Sở Lao động …".
CLAUSE_BREAK_RE = re.compile(r"[,;:.…)]\s+")

# Words of a group of bodies: "sở", "ngành", "địa phương" in "các sở, ban, ngành và địa phương".
GROUP_WORD = (
    r"(?i:sở|ban|ngành|phòng|cơ quan|đơn vị|địa phương|huyện|thị xã|thành phố|xã|phường"
    r"|thị trấn|đoàn thể)"
)

# A group of bodies: "các phòng, ban, cơ quan, đơn vị", "các sở ngành có liên quan".
GROUP = (
    rf"[Cc]ác {GROUP_WORD}(?:(?:, | và | ){GROUP_WORD})*"
    r"(?: (?:có liên quan|liên quan|tỉnh|cấp huyện|cấp tỉnh|chức năng|trực thuộc))?"
)

# A named body: "Sở Kế hoạch và Đầu tư", "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh",
# "UBND các huyện, thành phố", "UBND huyện Kỳ Anh".
BODY = (
    rf"Sở {DEPARTMENT_PATTERN}"
    r"|Văn phòng (?:UBND|(?:Ủy|Uỷ) ban nhân dân|HĐND|Hội đồng nhân dân"
    r"|Tỉnh (?:ủy|uỷ)|Huyện (?:ủy|uỷ))"
    r"(?: tỉnh| huyện| thành phố)?"
    r"|Công an (?:tỉnh|huyện|thành phố)|Bộ Chỉ huy (?:Quân sự|Bộ đội Biên phòng) tỉnh"
    r"|(?:Cục|Chi cục) (?:Thuế|Thống kê|Hải quan|Quản lý thị trường)(?: tỉnh| khu vực)?"
    r"|Kho bạc Nhà nước(?: tỉnh| huyện)?|Thanh tra (?:tỉnh|huyện)|Bảo hiểm xã hội (?:tỉnh|huyện)"
    r"|Ngân hàng Nhà nước(?: chi nhánh)?(?: tỉnh)?|Đài Phát thanh (?:và|-) Truyền hình(?: tỉnh)?"
    r"|Ban Dân tộc tỉnh|Ban Quản lý Khu kinh tế(?: tỉnh)?"
    rf"|(?:UBND|(?:Ủy|Uỷ) ban nhân dân) (?:{GROUP}"
    rf"|(?:huyện|thị xã|thành phố|xã|phường|thị trấn)(?: [{UPPER}][^\W\d_]*)+)"
)

# Leaders named for their bodies: "Giám đốc " in "Giám đốc các sở".
ROLE = r"(?:Giám đốc|Thủ trưởng|Chủ tịch|Lãnh đạo|Người đứng đầu)"

_AGENCY_ITEM = rf"(?:{ROLE} )?(?:{BODY}|{GROUP})"

# The responsible bodies of a task: "Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh",
# "Giám đốc các sở, Thủ trưởng các ngành, Chủ tịch UBND các huyện, thành phố".
AGENCY_RE = re.compile(rf"{_AGENCY_ITEM}(?:(?:, | và ){_AGENCY_ITEM})*")

# How far after an assigning verb the addressee may start: "trong 6 tháng cuối năm, " in "yêu cầu
# trong 6 tháng cuối năm, các phòng, ban …".
ADDRESSEE_WINDOW = 60

# Words that make a period a deadline: "trong" in "trong tháng 7/2021", "trước", "đến hết".
_CUE = r"(?:đến hết|chậm nhất(?: là)?(?: trong| vào)?|xong trong|ngay trong|trước|trong|hết)"
# A deadline's cue, before the day or period it names (read by the calendar module):
# "trước ngày 15/4/2022", "trong tháng 7/2021", "trước tháng 12/2022", "đến hết quý III/2024",
# "trong 6 tháng đầu năm 2024", "trong cuối năm 2023"
DEADLINE_CUE_RE = re.compile(rf"\b(?P<cue>{_CUE})\s+(?:cuối\s+)?")

# A four-digit year in running text: "2021" in "6 tháng đầu năm 2021".
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Directive:
    """One conclusion or assigned task of the chair, with its responsible body and deadline."""

    seq: int
    text: str
    agency: str | None
    deadline: str | None


def _paragraphs(text: str) -> list[str]:
    """Lines of the text without footnote lines and markers, broken sentences joined again."""
    paragraphs: list[str] = []
    for line in unicodedata.normalize("NFC", text).splitlines():
        if FOOTNOTE_LINE_RE.match(line):
            continue
        line = re.sub(r"\s+", " ", NOISE_RE.sub("", line)).strip()
        if not line:
            continue
        if paragraphs and line[0].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return paragraphs


def _marker_style(paragraph: str) -> str | None:
    """Kind of list marker opening a paragraph ("paren", "dot", "half", "letter", "dash")."""
    match = MARKER_RE.match(paragraph)
    return match.lastgroup if match else None


def _clean(text: str) -> str:
    """Task text on one line, without its list marker and closing punctuation."""
    text = MARKER_RE.sub("", text.strip(), count=1)
    return re.sub(r"\s+", " ", text).strip().rstrip(" .;,:/").strip()


def _sentences(text: str) -> list[str]:
    """Sentences and clauses of a run-on paragraph, connective sentences kept joined."""
    sentences: list[str] = []
    for piece in split_sentences(text, clauses=True):
        if sentences and CONNECTIVE_RE.match(piece):
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece.strip():
            sentences.append(piece)
    return sentences


def _enumerated(text: str) -> list[str]:
    """A task split at inline markers "(1) … (2) …" or "(i) … (ii) …", its lead kept first."""
    markers = list(INLINE_MARKER_RE.finditer(text))
    if len(markers) < 2 or markers[0].group("label") not in ("1", "i"):
        return [text]
    lead = LEAD_END_RE.sub("", text[: markers[0].start()])
    bounds = [marker.end() for marker in markers]
    ends = [marker.start() for marker in markers[1:]] + [len(text)]
    return [lead, *(text[start:end] for start, end in zip(bounds, ends, strict=True))]


def _agency_at(text: str, starts: list[int]) -> str | None:
    """First responsible body standing at one of the given positions of a text."""
    for start in starts:
        match = AGENCY_RE.match(text, start)
        if match:
            return match.group().rstrip(", ")
    return None


def agency_of(text: str) -> str | None:
    """Responsible body named as subject of a task: "Sở Kế hoạch và Đầu tư, phối hợp …"."""
    starts = [0] + [match.end() for match in CLAUSE_BREAK_RE.finditer(text)]
    return _agency_at(text, starts)


def _addressee(lead: str) -> str | None:
    """Body the chair addresses before listing tasks: "các ngành và địa phương" in "yêu cầu các
    ngành và địa phương cần triển khai …"."""
    found = None
    for verb in ASSIGN_RE.finditer(lead):
        window = lead[verb.end() : verb.end() + ADDRESSEE_WINDOW]
        starts = [verb.end()] + [
            verb.end() + match.end() for match in CLAUSE_BREAK_RE.finditer(window)
        ]
        found = _agency_at(lead, starts) or found
    return found


def _deadline_date(text: str, cue: re.Match[str], year: int | None) -> datetime.date | None:
    """The last day a deadline cue allows: the day it names, or the end of the period it names
    (the end of the one before for "trước"), the year taken from the text or the given year."""
    day = day_at(text, cue.end(), year)
    if day is not None:
        return day
    named = next((p for p in find_periods(text, None, year) if p.char_start == cue.end()), None)
    if named is None or named.kind == "years":
        return None
    if cue["cue"] == "trước":
        return named.start - datetime.timedelta(days=1)
    return named.end


def deadline_of(text: str, year: int | None) -> str | None:
    """ISO end of the period a task must be done in, ignoring periods before the given year."""
    for cue in DEADLINE_CUE_RE.finditer(text):
        day = _deadline_date(text, cue, year)
        if day is not None and (year is None or day.year >= year):
            return day.isoformat()
    return None


def _task_start(paragraphs: list[str]) -> tuple[int, int, str | None] | None:
    """Where the tasks start (paragraph, offset) and the marker style of section headings."""
    for index, paragraph in enumerate(paragraphs):
        heading = TASK_HEADING_RE.match(paragraph)
        if heading and len(paragraph) <= 150 and not paragraph.endswith("."):
            for offset, following in enumerate(paragraphs[index + 1 :], index + 1):
                if _marker_style(following):
                    break
                intro = INTRO_RE.search(following)
                if intro:
                    return offset, intro.end(), _marker_style(paragraph)
            return index + 1, 0, _marker_style(paragraph)
    for index, paragraph in enumerate(paragraphs):
        intro = INTRO_RE.search(paragraph)
        if intro:
            return index, intro.end(), None
    return None


def _tasks(paragraphs: list[str], start: tuple[int, int, str | None]) -> list[tuple[str, bool]]:
    """Task texts after the start, each with whether it came from a list item or a clause."""
    index, offset, heading_style = start
    tasks: list[tuple[str, bool]] = []
    rest = paragraphs[index][offset:].strip() if offset else ""
    for sentence in _sentences(rest):
        tasks.extend((piece, True) for piece in _enumerated(sentence))
    first = index + 1 if offset else index
    for paragraph in paragraphs[first:]:
        if CLOSING_RE.search(paragraph):
            break
        style = _marker_style(paragraph)
        if style and style == heading_style:
            continue
        if style:
            item = MARKER_RE.sub("", paragraph, count=1)
            tasks.extend((piece, True) for piece in _enumerated(item))
            continue
        clauses = [clause for clause in _sentences(paragraph) if AGENCY_RE.match(clause)]
        if not clauses and heading_style is None:
            break
        tasks.extend((clause, False) for clause in clauses)
    return tasks


def find_directives(text: str, published: datetime.date | None = None) -> list[Directive]:
    """Tasks the chair concluded with, in order, each with its responsible body and deadline.

    Tasks are the list items or run-on sentences after the conclusion cue ("như sau:", "trọng
    tâm là:", "2. Nhiệm vụ trọng tâm …"); a task naming no body of its own falls to the body the
    chair addressed. Deadlines without a year take the year of publication, or else the year
    the text mentions most; periods before that year (history, not deadlines) are ignored.
    """
    paragraphs = _paragraphs(text)
    start = _task_start(paragraphs)
    if start is None:
        return []
    years = Counter(int(year) for year in YEAR_RE.findall(" ".join(paragraphs)))
    year = published.year if published else next((y for y, _ in years.most_common(1)), None)
    addressee = _addressee(paragraphs[start[0]][: start[1]]) if start[1] else None
    directives: list[Directive] = []
    for task, listed in _tasks(paragraphs, start):
        task_text = _clean(task)
        if not task_text:
            continue
        agency = agency_of(task_text) if listed else _agency_at(task_text, [0])
        directives.append(
            Directive(
                seq=len(directives) + 1,
                text=task_text,
                agency=agency or addressee,
                deadline=deadline_of(task_text, year),
            )
        )
    return directives
