"""Dates in Vietnamese meeting reports: publication, meeting day, periods and their roles."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

import dateparser

from extract.calendar import (
    DAY_PATTERNS,
    DAY_RANGE_RE,
    Period,
    Span,
    day_interval,
    find_periods,
    months_interval,
    resolve,
    valid_year,
)

__all__ = [
    "DateMention",
    "Period",
    "find_dates",
    "meeting_date",
    "parse_published",
    "planned_period",
    "published_from_url",
    "reporting_period",
]

LOCAL_OFFSET = "+07:00"
CUE_WINDOW = 90  # characters before a mention searched for cue words
DATELINE_WINDOW = 40  # characters before a mention searched for a dateline opening
TIME_DISTANCE = 30  # a time of day this close to a date belongs to it
LEAD_CHARS = 700  # the meeting date is looked for in this many leading characters
SENTENCE_AFTER = 160  # characters after a day searched for a meeting verb
EARLY_IN_MONTH = 15  # a monthly meeting up to this day reviews the previous month
DATEPARSER_MAX_CHARS = 120
DATEPARSER_LANGUAGES = ["vi", "en"]
DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}
CLAUSE_BREAKS = ".;:!?\n"
PERIOD_KINDS = {"month", "quarter", "half", "months", "year", "years"}
SHORT_PERIOD_KINDS = {"month", "quarter", "half", "months"}

# today or the day before in a report: "Sáng nay", "hôm nay", "chiều hôm qua", "sáng qua" (not
# "Sáng nay (8/7)" or "hôm qua (12/1)", whose date is written); "chiều hôm qua, ông … đã chủ
# trì buổi họp" (thvl.vn) is the day before the publication day
RELATIVE_DAY_RE = re.compile(
    r"(?<!\w)(?=[sShHcCtT])(?:(?:sáng|chiều|trưa|tối)(?:\s+hôm)?|hôm)\s+(?P<relative>nay|qua)"
    r"(?!\w)(?!\s*\(\s*\d)",
    re.IGNORECASE,
)
# How many days before the publication day each relative word names
RELATIVE_DAYS = {"nay": 0, "qua": 1}
# a time of day: "16:09", "11:38:05", "16h09", "16 giờ 09", "04:38 PM"
TIME_RE = re.compile(
    r"(?<![\d:])([01]?\d|2[0-3])\s*(?::|h|giờ)\s*([0-5]\d)(?:\s*:\s*([0-5]\d))?"
    r"(?:\s*(AM|PM|SA|CH)\b)?(?!\d)",
    re.IGNORECASE,
)
# a date in a URL path: "/Pages/2024-4-25/", "/2024/04/25/"
URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})(?=[/._-]|$)")
# a word that makes a day without a year a date: "Ngày 04/8", "Sáng 31.8", "nay (8/7", "lễ 2.9",
# "từ 9 - 11/12"
# or the opening of a paragraph, after a dateline if any: "20.9, UBND tỉnh họp",
# "(Baogialai.com.vn) - 20.9, ..."
YEARLESS_CUE_RE = re.compile(
    r"(?:ngày|sáng|chiều|trưa|tối|đêm|hôm|lễ|dịp|tết|quốc khánh|(?<!\w)từ)"
    r"(?:\s+(?:nay|qua|mai))?\s*\(?\s*$"
    r"|\n\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–]\s*)?$"
)
# a publication label: "Đăng ngày ", "Ngày đăng: ", "Cập nhật: ", "Thứ Năm, "
PUBLISH_CUE_RE = re.compile(
    r"(?:đăng ngày|ngày đăng|đăng tải|đăng lúc|cập nhật|xuất bản|(?:\n|\(|^)\s*(?:thứ\s+"
    r"(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*(?:ngày)?)\s*:?\s*$"
)
# a publication preference inside a date line: "Đăng ngày", "Ngày đăng", "Đăng tải"
PUBLISH_WORD_RE = re.compile(r"đăng|xuất bản", re.IGNORECASE)
# a time just before a date: "16:09 | ", "20:55, "
TIME_BEFORE_RE = re.compile(r"\d{1,2}\s*(?::|h|giờ)\s*\d{2}(?:\s*:\s*\d{2})?\s*[|,–-]?\s*\(?$")
# a time just after a date: "  11:38", " - 16:58"
TIME_AFTER_RE = re.compile(r"^\s*[|–-]?\s*\d{1,2}\s*(?::|h|giờ)\s*\d{2}")
# a cited document before its date: "Nghị quyết số 63/NQ-CP ngày ", "ban hành ngày "
DOC_CUE_RE = re.compile(
    r"(?:(?:nghị quyết|quyết định|công văn|chỉ thị|thông tư|nghị định|công điện|tờ trình|"
    r"báo cáo|kế hoạch|thông báo)(?:\s+số)?\s+\d[\w./-]*|\d+[\w.-]*/[a-zđ][\w./-]*|ban hành|ký|kí)"
    r"\W{0,3}\s*(?:\([^()]{0,30}\)\s*)?(?:của\s+[^,;()]{1,50}?\s*)?(?:vào\s+)?(?:ngày\s*)?$"
)
# a law before its year: "Luật Đất đai "
LAW_CUE_RE = re.compile(r"(?:luật|bộ luật|hiến pháp|pháp lệnh)(?:\s+[^\s,;.()]+){0,4}\s+$")
# an anniversary: "nhân ngày ", "kỷ niệm 74 năm ngày Thương binh - Liệt sĩ ("
ANNIVERSARY_CUE_RE = re.compile(r"(?<!\w)(?:nhân\s+(?:dịp|ngày)|kỷ niệm|kỉ niệm|quốc khánh)")
# a deadline: "trước ngày ", "đến hết ", "chậm nhất là ", "đến ngày ", "hoàn thành ... trong "
DEADLINE_CUE_RE = re.compile(
    r"(?:(?<!\w)(?:trước|chậm nhất(?:\s+là)?|hạn chót|(?:đến\s+)?hết|hết hạn)(?:\s+ngày)?"
    r"|(?<!\w)(?:từ nay\s+)?đến ngày"
    r"|(?:hoàn thành|xong|dứt điểm|kết thúc).{0,80}(?<!\w)trong(?:\s+cuối)?)\s*$"
)
# a plan for a year: "nhiệm vụ ", "phương hướng nhiệm vụ trọng tâm ", "chương trình công tác "
PLAN_CUE_RE = re.compile(
    r"(?:nhiệm vụ|phương hướng|chương trình công tác)"
    r"(?:\s+(?:trọng tâm|chủ yếu|công tác|nhiệm vụ))*"
    r"(?:\s+(?:trong|của|cho))?\s*$"
)
# a review: "kiểm điểm", "tổng kết", "kết quả"
REVIEW_CUE_RE = re.compile(r"kiểm điểm|tổng kết|sơ kết|đánh giá|kết quả|tình hình")
# a review a few words before a year: "tổng kết công tác ", "đánh giá tình hình tháng 12 và cả "
YEAR_REVIEW_CUE_RE = re.compile(rf"(?:{REVIEW_CUE_RE.pattern})(?:\s+\S+){{0,6}}\s*$")
# an event held in a period (not the period under review): "kỳ họp HĐND tỉnh ", "đại hội"
EVENT_CUE_RE = re.compile(r"kỳ họp|kì họp|đại hội")
# the month a regular meeting is named after: "giao ban ", "phiên họp thường kỳ "
MEETING_MONTH_CUE_RE = re.compile(r"(?:giao ban|thường kỳ|thường kì)\s*$")
# a regular monthly meeting: "giao ban tháng", "phiên họp thường kỳ"
MONTHLY_MEETING_RE = re.compile(
    r"giao ban|thường kỳ|thường kì|hằng tháng|hàng tháng", re.IGNORECASE
)
# a dateline opening a sentence: "\nVào sáng ngày ", ". Chiều ngày ", "\nSáng nay ("
DATELINE_RE = re.compile(
    r"(?:\n\s*|[.!?:]\s+|[-–]\s+|\)\s*)(?:vào\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|trưa|tối|đêm)\s+)?"
    r"(?:(?:hôm\s+)?nay\s*\(\s*)?(?:trong\s+(?:hai|2)\s+)?(?:ngày\s+)?$"
)
# an opening bracket, before days that are then dates: "làm việc khẩn trương (17 - 19/7)"
RANGE_CUE_RE = re.compile(r"\(\s*$")
# the month and year a meeting is named after: "tháng 10-2015", "tháng 5/2023", "tháng 12 năm
# 2023" (group month and year)
NAMED_MONTH_RE = re.compile(r"tháng\s+0?(?P<month>\d{1,2})\s*(?:[/-]\s*|\s+năm\s+)(?P<year>\d{4})")
# how long a meeting lasts: "kỳ họp diễn ra trong 3 ngày", "hội nghị kéo dài hai ngày" (group
# days), "sau 3 ngày làm việc" of a report of its closing (group closing)
MEETING_LENGTH_RE = re.compile(
    r"(?:kỳ họp|kì họp|hội nghị|phiên họp)[^.\n]{0,40}?(?:diễn ra|kéo dài|làm việc|tiến hành)"
    r"\s+(?:trong\s+)?(?P<days>[2-5]|hai|ba|bốn|năm)\s+ngày"
    r"|(?:sau|trải qua|qua)\s+(?P<closing>[2-5]|hai|ba|bốn|năm)\s+ngày\s+làm\s+việc"
)
# Monday is 0: Saturday and Sunday are the weekdays from this one on
SATURDAY = 5
# number words of days: "hai" in "hai ngày"
DAY_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
# a meeting's closing: "bế mạc"
CLOSING_RE = re.compile(r"bế mạc")
# words before the last day of a meeting: "kỳ họp diễn ra đến ngày ", "dự kiến diễn ra đến hết
# ngày "
MEETING_UNTIL_RE = re.compile(
    r"(?:diễn ra|kéo dài|làm việc)\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$"
)
# a verb or noun of meeting near a day: "tổ chức", "họp", "hội nghị"
MEETING_VERB_RE = re.compile(r"tổ chức|họp|hội nghị|diễn ra|chủ trì", re.IGNORECASE)
# a lunar-calendar date follows: " âm lịch", " năm Giáp Thìn âm lịch", " (ÂL)"
LUNAR_RE = re.compile(r"\s*(?:năm\s+\S+\s+\S+\s+)?(?:âm lịch|\(âl\))")
# the gap between the two dates of an anniversary: " - "
ANNIVERSARY_GAP_RE = re.compile(r"\s*[-–]\s*")


@dataclass(frozen=True)
class DateMention:
    """A date or period mentioned in text, with ISO start/end, granularity, role and offsets."""

    raw: str
    start: str
    end: str
    granularity: str
    role: str
    char_start: int
    char_end: int


def _nfc(text: str) -> str:
    """Text in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def _before(lowered: str, pos: int, width: int = DATELINE_WINDOW) -> str:
    """The width characters before pos, with a leading newline when they reach the text start."""
    return ("\n" if pos <= width else "") + lowered[max(0, pos - width) : pos]


def _clause_before(lowered: str, pos: int, floor: int = 0) -> str:
    """The clause before pos: CUE_WINDOW characters back (not before floor), cut at a break."""
    window = lowered[max(0, floor, pos - CUE_WINDOW) : pos]
    cut = max(window.rfind(mark) for mark in CLAUSE_BREAKS)
    return window[cut + 1 :]


def _day_span(
    match: re.Match[str], day: int, month: int, year: str | None, ref: datetime.date | None
) -> Span | None:
    """A day Span from its parts; a missing year is the one nearest to ref."""
    interval, yearless = resolve(year, ref, lambda y: day_interval(y, month, day))
    if interval is None:
        return None
    label = f"ngày {day}/{month}/{interval[0].year}"
    raw = match.group(0)
    return Span(raw, *interval, "day", label, match.start(), match.end(), yearless)


def _find_days(text: str, ref: datetime.date | None, published: datetime.date | None) -> list[Span]:
    """All single days, consecutive days and "today" words in text."""
    spans: list[Span] = []
    lowered = text.lower()
    for pattern, groups, needs_cue in DAY_PATTERNS:
        for match in pattern.finditer(text):
            day, month, year = (match.group(i) for i in groups)
            if (
                year is None
                and needs_cue
                and not YEARLESS_CUE_RE.search(_before(lowered, match.start()))
            ):
                continue
            if span := _day_span(match, int(day), int(month), year, ref):
                spans.append(span)
    for match in DAY_RANGE_RE.finditer(text):
        first, last = int(match["first"]), int(match["last"] or match["last2"])
        month, year = int(match["month"]), match["year"]
        before = _before(lowered, match.start())
        cued = year or YEARLESS_CUE_RE.search(before) or RANGE_CUE_RE.search(before)
        if first >= last or not cued:
            continue
        start = _day_span(match, first, month, year, ref)
        end = _day_span(match, last, month, year, ref)
        if start and end and start.start.year == end.start.year:
            label = f"ngày {first}-{last}/{month}/{start.start.year}"
            spans.append(
                Span(start.raw, start.start, end.end, "days", label, *match.span(), start.yearless)
            )
    if published is not None:
        for match in RELATIVE_DAY_RE.finditer(text):
            day = published - datetime.timedelta(RELATIVE_DAYS[match["relative"].lower()])
            label = f"ngày {day.day}/{day.month}/{day.year}"
            spans.append(Span(match.group(0), day, day, "day", label, *match.span()))
    return spans


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Spans in text order, keeping the longest of those that start first and overlap."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.char_start, s.char_start - s.char_end)):
        if not kept or span.char_start >= kept[-1].char_end:
            kept.append(span)
    return kept


def _is_publication(lowered: str, span: Span) -> bool:
    """Whether a dated day is labelled or timed like the publication date of a page."""
    before = _before(lowered, span.char_start)
    after = lowered[span.char_end : span.char_end + TIME_DISTANCE]
    if PUBLISH_CUE_RE.search(before):
        return True
    return not span.yearless and bool(TIME_BEFORE_RE.search(before) or TIME_AFTER_RE.search(after))


def _midpoint(span: Span) -> datetime.date:
    """The middle day of a span."""
    return span.start + (span.end - span.start) / 2


def _event_after_review(clause: str) -> bool:
    """Whether the clause names an event (a session, a congress) after any review word."""
    events = [m.end() for m in EVENT_CUE_RE.finditer(clause)]
    reviews = [m.end() for m in REVIEW_CUE_RE.finditer(clause)]
    return bool(events) and max(events) > max(reviews, default=-1)


def _role(
    span: Span, lowered: str, ref: datetime.date | None, floor: int, held: datetime.date | None
) -> str:
    """The role of a span from the words before it and its time relative to ref.

    Anniversary words count only after floor (the end of the previous mention); a month named
    by a regular meeting ("giao ban tháng 7") is the meeting's when it holds the day held.
    """
    clause = _clause_before(lowered, span.char_start)
    is_day = span.kind in ("day", "days")
    if is_day and _is_publication(lowered, span):
        return "publication"
    if is_day and DOC_CUE_RE.search(clause):
        return "document"
    if span.kind == "year" and LAW_CUE_RE.search(clause):
        return "document"
    if ANNIVERSARY_CUE_RE.search(_clause_before(lowered, span.char_start, floor)):
        return "anniversary"
    if DEADLINE_CUE_RE.search(clause):
        return "deadline" if ref is None or span.end >= ref else "other"
    if is_day:
        return "other"
    holds_meeting = held is not None and span.start <= held <= span.end
    if span.kind == "month" and holds_meeting and MEETING_MONTH_CUE_RE.search(clause):
        return "meeting"
    forward = ref is not None and _midpoint(span) > ref
    if span.kind in SHORT_PERIOD_KINDS:
        if _event_after_review(clause):
            return "other"
        return "next_period" if forward else "period"
    if PLAN_CUE_RE.search(clause) and (ref is None or forward):
        return "next_period"
    if YEAR_REVIEW_CUE_RE.search(clause) and not forward:
        return "period"
    return "other"


def _anniversary_pairs(text: str, spans: list[Span], roles: list[str]) -> None:
    """Mark "27/7/1947 - 27/7/2021" (same day and month, years apart) as an anniversary."""
    for i in range(len(spans) - 1):
        first, second = spans[i], spans[i + 1]
        gap = text[first.char_end : second.char_start]
        same_day = (first.start.month, first.start.day) == (second.start.month, second.start.day)
        if (
            first.kind == second.kind == "day"
            and same_day
            and first.start.year < second.start.year
            and ANNIVERSARY_GAP_RE.fullmatch(gap)
        ):
            roles[i] = roles[i + 1] = "anniversary"


def _not_after(span: Span, published: datetime.date | None) -> Span | None:
    """The span moved to the latest year not after publication when its year was guessed."""
    if published is None or span.start <= published:
        return span
    if not span.yearless or span.kind != "day":
        return None
    for year in (published.year, published.year - 1):
        interval = day_interval(year, span.start.month, span.start.day)
        if interval and interval[0] <= published:
            return Span(span.raw, *interval, span.kind, span.label, span.char_start, span.char_end)
    return None


def _sentence_around(lowered: str, span: Span) -> str:
    """The sentence containing a span, cut to a window around it."""
    before = _clause_before(lowered, span.char_start)
    after = lowered[span.char_end : span.char_end + SENTENCE_AFTER]
    stop = min((i for i in (after.find(m) for m in ".!?\n") if i >= 0), default=len(after))
    return before + after[:stop]


def _in_named_year(lowered: str, span: Span, moved: Span) -> Span:
    """A yearless meeting day in the year its sentence names with its month ("ngày 28-10 …
    phiên họp thường kỳ tháng 10-2015"), which beats the year guessed from publication."""
    if not span.yearless:
        return moved
    for named in NAMED_MONTH_RE.finditer(_sentence_around(lowered, span)):
        year = int(named["year"])
        if int(named["month"]) == span.start.month and year != moved.start.year:
            shift = year - span.start.year
            first = day_interval(year, span.start.month, span.start.day)
            last = day_interval(span.end.year + shift, span.end.month, span.end.day)
            if first and last:
                return replace(moved, start=first[0], end=last[0], yearless=False)
    return moved


def _mark_meeting(
    lowered: str, spans: list[Span], roles: list[str], published: datetime.date | None
) -> None:
    """Give the role meeting to the first day in the lead that opens a sentence or a meeting."""
    for i, span in enumerate(spans):
        if span.char_start >= LEAD_CHARS:
            return
        if span.kind not in ("day", "days") or roles[i] != "other":
            continue
        if DATELINE_RE.search(_before(lowered, span.char_start)):
            moved = _not_after(span, published)
        elif MEETING_VERB_RE.search(_sentence_around(lowered, span)):
            moved = span if published is None or span.start <= published else None
        else:
            continue
        if moved is not None:
            spans[i], roles[i] = _in_named_year(lowered, span, moved), "meeting"
            _mark_meeting_days(spans, roles, i)
            return


def _meeting_extent(lowered: str, spans: list[Span], roles: list[str]) -> None:
    """Widen a one-day meeting to all its days: to the days written elsewhere that hold it
    ("chiều 14/12 … bế mạc. Kỳ họp diễn ra từ ngày 12-14/12"), to the day it runs until ("diễn
    ra đến hết ngày 12/12"), or by how many days it lasts ("trong 3 ngày", "sau 3 ngày làm
    việc … bế mạc")."""
    meeting = next((i for i, role in enumerate(roles) if role == "meeting"), None)
    if meeting is None or spans[meeting].kind != "day":
        return
    day = spans[meeting].start
    holding = next(
        (j for j, s in enumerate(spans) if s.kind == "days" and s.start <= day <= s.end), None
    )
    if holding is not None:
        roles[meeting], roles[holding] = "other", "meeting"
        return
    sentence = _sentence_around(lowered, spans[meeting])
    until = next(
        (
            s
            for s, role in zip(spans[meeting + 1 :], roles[meeting + 1 :], strict=True)
            if s.kind == "day"
            and s.start > day
            and role in ("deadline", "other")
            and MEETING_UNTIL_RE.search(_clause_before(lowered, s.char_start))
        ),
        None,
    )
    length = MEETING_LENGTH_RE.search(lowered, 0, LEAD_CHARS + SENTENCE_AFTER)
    if until is not None:
        first, last = day, until.start
    elif length and length["closing"] and CLOSING_RE.search(sentence):
        first, last = day - datetime.timedelta(_day_count(length["closing"]) - 1), day
    elif length and length["days"]:
        first, last = day, day + datetime.timedelta(_day_count(length["days"]) - 1)
    else:
        return
    if until is None and _crosses_weekend(first, last):
        return
    if first < last:
        spans[meeting] = replace(spans[meeting], start=first, end=last, kind="days")


def _crosses_weekend(first: datetime.date, last: datetime.date) -> bool:
    """Whether a meeting said only to last so many days would run through a Saturday or Sunday,
    so that its days are not known: "Sáng nay, 23-12 (a Friday) … Kỳ họp diễn ra trong 3 ngày"
    may sit on the 23rd, 26th and 27th."""
    return any(
        (first + datetime.timedelta(n)).weekday() >= SATURDAY
        for n in range((last - first).days + 1)
    )


def _day_count(word: str) -> int:
    """How many days a numeral or number word says: "3", "ba" -> 3."""
    return DAY_COUNTS.get(word) or int(word)


def _mark_meeting_days(spans: list[Span], roles: list[str], meeting: int) -> None:
    """Give the role meeting also to the days of the meeting written later, starting on its day:
    "Sáng 12/7, HĐND huyện khai mạc kỳ họp … diễn ra trong 2 ngày 12 và 13/7"."""
    first = spans[meeting].start
    for j in range(meeting + 1, len(spans)):
        if spans[j].kind == "days" and spans[j].start == first and roles[j] == "other":
            roles[j] = "meeting"


# How many recent texts keep their analysis: the public functions of this module are called
# one after another on the same article text
ANALYSIS_CACHE_SIZE = 16


@lru_cache(maxsize=ANALYSIS_CACHE_SIZE)
def _analyse(
    text: str, ref: datetime.date | None, published: datetime.date | None
) -> tuple[tuple[Span, str], ...]:
    """Every date span of text with its role; ref resolves missing years and past/future."""
    lowered = text.lower()
    found = _find_days(text, ref, published) + find_periods(text, ref)
    spans = _without_overlaps([s for s in found if not LUNAR_RE.match(lowered, s.char_end)])
    floors = [0] + [span.char_end for span in spans]
    roles = [
        _role(span, lowered, ref, floor, ref) for span, floor in zip(spans, floors, strict=False)
    ]
    _anniversary_pairs(text, spans, roles)
    _mark_meeting(lowered, spans, roles, published)
    _meeting_extent(lowered, spans, roles)
    held = next((s.start for s, r in zip(spans, roles, strict=True) if r == "meeting"), ref)
    for i, (span, floor) in enumerate(zip(spans, floors, strict=False)):
        if span.kind == "month":
            roles[i] = _role(span, lowered, ref, floor, held)
    return tuple(zip(spans, roles, strict=True))


def find_dates(text: str, published: datetime.date | None) -> list[DateMention]:
    """All dates and periods in text with roles; offsets index the NFC form of text."""
    text = _nfc(text)
    return [
        DateMention(
            span.raw,
            span.start.isoformat(),
            span.end.isoformat(),
            span.granularity,
            role,
            span.char_start,
            span.char_end,
        )
        for span, role in _analyse(text, published, published)
    ]


def meeting_date(text: str, published: datetime.date | None) -> str | None:
    """The ISO date of the meeting a report describes, never after its publication."""
    for span, role in _analyse(_nfc(text), published, published):
        if role == "meeting" and span.kind in ("day", "days"):
            return span.start.isoformat()
    return None


def _period_with_role(
    title: str, text: str, ref: datetime.date | None, published: datetime.date | None, role: str
) -> Period | None:
    """The first period with the role, looked for in the title and then in the text."""
    for source in (title, text):
        for span, span_role in _analyse(_nfc(source), ref, published):
            if span_role == role and span.kind in PERIOD_KINDS:
                return span.period()
    return None


def reporting_period(
    title: str,
    text: str,
    published: datetime.date | None,
    meeting: datetime.date | None = None,
) -> Period | None:
    """The period a meeting reviews; a monthly meeting early in a month reviews the last month."""
    ref = meeting or published
    found = _period_with_role(title, text, ref, published, "period")
    if found or not MONTHLY_MEETING_RE.search(f"{title}\n{text}"):
        return found
    held = meeting or _iso_to_date(meeting_date(text, published)) or published
    if held is None:
        return None
    month, year = held.month, held.year
    if held.day <= EARLY_IN_MONTH:
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
    interval = months_interval(year, month, month)
    if interval is None:
        return None
    return Period(interval[0].isoformat(), interval[1].isoformat(), f"tháng {month}/{year}")


def planned_period(
    title: str,
    text: str,
    published: datetime.date | None,
    meeting: datetime.date | None = None,
) -> Period | None:
    """The next period a meeting plans for, from the title and then the text."""
    return _period_with_role(title, text, meeting or published, published, "next_period")


def _iso_to_date(value: str | None) -> datetime.date | None:
    """A date from an ISO string, or None."""
    return datetime.date.fromisoformat(value) if value else None


def _with_time(date: datetime.date, text: str, start: int, end: int) -> str:
    """The ISO date, with the time of day nearest to the date (within TIME_DISTANCE) if any."""
    best = None
    for match in TIME_RE.finditer(text):
        gap = max(start - match.end(), match.start() - end, 0)
        if gap <= TIME_DISTANCE and (best is None or gap < best[0]):
            best = (gap, match)
    if best is None:
        return date.isoformat()
    match = best[1]
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    meridiem = (match.group(4) or "").upper()
    if meridiem in ("PM", "CH") and hour < 12:
        hour += 12
    elif meridiem in ("AM", "SA") and hour == 12:
        hour = 0
    return f"{date.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{LOCAL_OFFSET}"


def _dated_matches(text: str) -> list[tuple[datetime.date, int, int]]:
    """Every day with an explicit year in text, as (date, start, end)."""
    found = []
    for pattern, groups, _ in DAY_PATTERNS:
        for match in pattern.finditer(text):
            day, month, year = (match.group(i) for i in groups)
            if year and (interval := day_interval(int(year), int(month), int(day))):
                found.append((interval[0], match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def parse_published(text: str) -> str | None:
    """The publication date of a date line, "YYYY-MM-DDTHH:MM:SS+07:00" or "YYYY-MM-DD"."""
    text = _nfc(text)
    found = _dated_matches(text)
    if found:
        labelled = [f for f in found if PUBLISH_WORD_RE.search(text, max(0, f[1] - 20), f[1])]
        date, start, end = (labelled or found)[0]
        return _with_time(date, text, start, end)
    if len(text) > DATEPARSER_MAX_CHARS or not re.search(r"\d{4}", text):
        return None
    parsed = dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=DATEPARSER_SETTINGS)
    if parsed is None or not valid_year(parsed.year):
        return None
    return _with_time(parsed.date(), text, 0, len(text))


def published_from_url(url: str) -> str | None:
    """The date in a URL path such as "/portal/Pages/2024-4-25/Slug.aspx", as "YYYY-MM-DD"."""
    match = URL_DATE_RE.search(url)
    if match is None:
        return None
    interval = day_interval(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    return interval[0].isoformat() if interval else None
