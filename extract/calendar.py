"""The one calendar grammar every extractor reads dates with: days ("28-10", "ngày 27 tháng 5 năm
2021", "7-9/12", "23 và 24-12"), periods (month, quarter, half-year, cumulative months, year,
several years) and the intervals they stand for."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

MIN_YEAR = 1900
MAX_YEAR = 2100
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
ROMAN_OF = {number: numeral for numeral, number in ROMAN.items()}
COUNT_WORDS = {
    "mười một": 11,
    "mười hai": 12,
    "mười": 10,
    "chín": 9,
    "sáu": 6,
    "nửa": 6,
    "ba": 3,
}
HALF_MONTHS = 6
QUARTER_MONTHS = 3
YEAR_MONTHS = 12
GRANULARITY = {
    "day": "day",
    "days": "range",
    "month": "month",
    "quarter": "quarter",
    "half": "half",
    "months": "range",
    "year": "year",
    "years": "range",
}

# the year after a period word: "/2023", "-2023", " năm 2021", " năm nay"
YEAR_SLOT = r"(?:\s*/\s*|\s*-\s*(?=\d{4})|\s+năm\s+)(\d{4}|nay)(?!\d)"
# a month: "tháng 7/2023", "tháng 8 năm 2021", "tháng 12 năm 1980", "tháng 7"
MONTH_RE = re.compile(rf"(?<!\w)tháng\s+(\d{{1,2}})(?:{YEAR_SLOT}|(?![\d/]))", re.IGNORECASE)
# a quarter: "quý I/2022", "quý II năm 2022", "quý 3/2024", "quý IV"
QUARTER_RE = re.compile(
    rf"(?<!\w)quý\s+(IV|I{{1,3}}|[1-4])(?:{YEAR_SLOT}|(?![\w/]))", re.IGNORECASE
)
COUNT_ALTERNATIVES = "|".join(COUNT_WORDS)
# months counted in a year: "6 tháng đầu năm 2021", "Sáu tháng đầu năm", "9 tháng năm 2022"
MONTHS_RE = re.compile(
    rf"(?<![\w.,])({COUNT_ALTERNATIVES}|\d{{1,2}})\s+tháng\s+(?:(đầu|cuối)\s+)?năm"
    r"(?:\s+(\d{4}|nay)(?!\d))?(?!\w)",
    re.IGNORECASE,
)
# a year: "năm 2025", "năm 1980" (not "năm 2021-2025", which is a range)
YEAR_RE = re.compile(r"(?<!\w)năm\s+(\d{4})(?![\d/]|\s*[-–]\s*\d{4})", re.IGNORECASE)
# the whole year of a report, its year not written: "cả năm", "hết năm" (not "cả năm 2023")
WHOLE_YEAR_RE = re.compile(r"(?<!\w)(?:hết|cả)\s+năm(?!\s+(?:\d|nay))(?!\w)", re.IGNORECASE)
# several years: "giai đoạn 2021-2025", "nhiệm kỳ 2021 - 2026", "(2021-2025)"
YEARS_RE = re.compile(
    r"(?:(?<!\w)(?:giai đoạn|nhiệm kỳ|thời kỳ|năm)\s+|\(\s*)(\d{4})\s*[-–]\s*(\d{4})(?!\d)",
    re.IGNORECASE,
)


# a numeric day: "7/7/2021", "2-4-2022", "31.8", "04/8", "19 – 12", "14-02-2020", "30 -10"
DAY_NUM_RE = re.compile(
    r"(?<![\w/.,:–-])(\d{1,2})(\s?[/.]\s?|\s?[-–]\s?)(\d{1,2})"
    r"(?:\s?[/.–-]\s?(\d{4}))?(?![\w/%]|[.,:]\d)"
)
# a day written out: "ngày 07 tháng 7 năm 2021", "ngày 15 tháng 4"
DAY_TEXT_RE = re.compile(
    r"(?<!\w)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,?\s*năm\s+(\d{4}))?(?!\d)", re.IGNORECASE
)
# an ISO date: "2024-04-25"
ISO_DATE_RE = re.compile(r"(?<![\d/])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/])")
# (pattern, group numbers of day, month and year, whether a missing year needs a cue word)
DAY_PATTERNS = (
    (DAY_NUM_RE, (1, 3, 4), True),
    (DAY_TEXT_RE, (1, 2, 3), False),
    (ISO_DATE_RE, (3, 2, 1), False),
)
# consecutive days, first and last: "6-7/7/2021", "19 – 20/12", "7-9/12", "23 và 24-12",
# "từ ngày 7 đến ngày 9/12", "23, 24/12"; a dash between the days needs "/" or "." before
# the month, so that "19-12-2020" stays one day
DAY_RANGE_RE = re.compile(
    r"(?<![\w/.,:–-])(?P<first>\d{1,2})"
    r"(?:\s?[-–]\s?(?P<last>\d{1,2})\s?[/.]\s?"
    r"|(?:\s+(?:và|đến|tới)\s+(?:ngày\s+)?|\s?,\s?)(?P<last2>\d{1,2})\s?[/.–-]\s?)"
    r"(?P<month>\d{1,2})(?:\s?[/.–-]\s?(?P<year>\d{4}))?"
    r"(?![\w/%]|[.,:]\d)",
    re.IGNORECASE,
)
# a day as a document cites it, always with its year: "29/6/2021", "07-7-2021", "29 tháng 6
# năm 2021" (groups d, m or m2, y)
CITED_DATE = (
    r"(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*"
    r"|\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+)(?P<y>\d{4})"
)


@dataclass(frozen=True)
class Period:
    """A reporting period: ISO start and end dates and a normalised Vietnamese label."""

    start: str
    end: str
    label: str


@dataclass(frozen=True)
class Span:
    """A date expression located in text, before its role is known."""

    raw: str
    start: datetime.date
    end: datetime.date
    kind: str
    label: str
    char_start: int
    char_end: int
    yearless: bool = False

    @property
    def granularity(self) -> str:
        """The public granularity: day, month, quarter, half, year or range."""
        return GRANULARITY[self.kind]

    def period(self) -> Period:
        """The span as a Period with ISO dates."""
        return Period(self.start.isoformat(), self.end.isoformat(), self.label)


Interval = tuple[datetime.date, datetime.date]


def valid_year(year: int) -> bool:
    """Whether a year is within the range the archive deals with."""
    return MIN_YEAR <= year <= MAX_YEAR


def month_end(year: int, month: int) -> datetime.date:
    """The last day of a month."""
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def months_interval(year: int, first: int, last: int) -> Interval | None:
    """The interval from the first day of month first to the end of month last, if valid."""
    if not (valid_year(year) and 1 <= first <= last <= YEAR_MONTHS):
        return None
    return datetime.date(year, first, 1), month_end(year, last)


def day_interval(year: int, month: int, day: int) -> Interval | None:
    """The one-day interval of a calendar date, or None when the date does not exist."""
    if not valid_year(year):
        return None
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return None
    return date, date


def distance(ref: datetime.date, interval: Interval) -> int:
    """Days between a reference date and an interval (0 when the interval contains it)."""
    start, end = interval
    if start <= ref <= end:
        return 0
    return min(abs((ref - start).days), abs((ref - end).days))


def nearest(ref: datetime.date, build: Callable[[int], Interval | None]) -> Interval | None:
    """The interval built for last, this or next year of ref that lies nearest to ref."""
    options = [iv for year in (ref.year - 1, ref.year, ref.year + 1) if (iv := build(year))]
    return min(options, key=lambda iv: distance(ref, iv), default=None)


def resolve(
    year_text: str | None,
    ref: datetime.date | None,
    build: Callable[[int], Interval | None],
    assumed_year: int | None = None,
) -> tuple[Interval | None, bool]:
    """Build an interval from an explicit year, "nay" (this year) or none: the assumed year
    when one is given, else the year that puts it nearest to ref."""
    if year_text and year_text.isdigit():
        return build(int(year_text)), False
    if assumed_year is not None:
        return build(assumed_year), True
    if ref is None:
        return None, True
    if year_text:
        return build(ref.year), False
    return nearest(ref, build), True


# "ngày " before a numeric day: "ngày " in "ngày 15/4"
DAY_WORD_RE = re.compile(r"ngày\s+", re.IGNORECASE)


def day_at(text: str, pos: int, assumed_year: int | None) -> datetime.date | None:
    """The day written at pos ("ngày 15/4/2022", "15/4", "ngày 15 tháng 4"), a missing year
    being the assumed one; None when no day starts there or it has no year."""
    match = DAY_TEXT_RE.match(text, pos)
    parts = (1, 2, 3)
    if match is None:
        word = DAY_WORD_RE.match(text, pos)
        match = DAY_NUM_RE.match(text, word.end() if word else pos)
        parts = (1, 3, 4)
    if match is None:
        return None
    day, month, year = (match.group(i) for i in parts)
    year_number = int(year) if year else assumed_year
    interval = day_interval(year_number, int(month), int(day)) if year_number else None
    return interval[0] if interval else None


def _count(word: str) -> int:
    """The number of months a count word or numeral stands for."""
    return COUNT_WORDS.get(word.lower()) or int(word)


def _months_phrase(
    match: re.Match[str], ref: datetime.date | None, assumed_year: int | None
) -> Span | None:
    """A span for "N tháng (đầu|cuối) năm [YYYY]"."""
    count, side, year_text = match.group(1), (match.group(2) or "").lower(), match.group(3)
    months = _count(count)
    if not 1 <= months <= YEAR_MONTHS or (not side and not year_text and assumed_year is None):
        return None
    first, last = (YEAR_MONTHS - months + 1, YEAR_MONTHS) if side == "cuối" else (1, months)
    interval, yearless = resolve(
        year_text, ref, lambda y: months_interval(y, first, last), assumed_year
    )
    if interval is None:
        return None
    year = interval[0].year
    kind = {QUARTER_MONTHS: "quarter", HALF_MONTHS: "half", YEAR_MONTHS: "year"}
    kind_name = kind.get(months, "months")
    if kind_name == "half":
        label = f"6 tháng {'cuối' if side == 'cuối' else 'đầu'} năm {year}"
    elif side == "cuối":
        label = f"{months} tháng cuối năm {year}"
    else:
        label = f"{months} tháng năm {year}"
    return _span(match, match.start(), interval, kind_name, label, yearless)


def _span(
    match: re.Match[str], char_start: int, interval: Interval, kind: str, label: str, yearless: bool
) -> Span:
    """A Span covering text from char_start to the end of match."""
    raw = match.string[char_start : match.end()]
    return Span(raw, interval[0], interval[1], kind, label, char_start, match.end(), yearless)


# How many recent texts keep their period phrases: dates and figures read the same text
PHRASE_CACHE_SIZE = 16
# The pattern of each kind of period phrase
PHRASE_PATTERNS = {
    "month": MONTH_RE,
    "quarter": QUARTER_RE,
    "months": MONTHS_RE,
    "whole_year": WHOLE_YEAR_RE,
    "year": YEAR_RE,
    "years": YEARS_RE,
}


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def _phrases(text: str) -> dict[str, list[re.Match[str]]]:
    """The period phrases of text by kind, read once for every reader of the text."""
    return {kind: list(pattern.finditer(text)) for kind, pattern in PHRASE_PATTERNS.items()}


def find_periods(
    text: str, ref: datetime.date | None, assumed_year: int | None = None
) -> list[Span]:
    """All month, quarter, half-year, cumulative, year and multi-year phrases in text; a
    phrase without its year is in the assumed year if given, else nearest to ref ("tháng 7"),
    and with an assumed year "cả năm" / "hết năm" is that whole year."""
    spans: list[Span] = []
    phrases = _phrases(text)
    for match in phrases["month"]:
        month = int(match.group(1))
        interval, yearless = resolve(
            match.group(2), ref, lambda y, m=month: months_interval(y, m, m), assumed_year
        )
        if interval:
            label = f"tháng {month}/{interval[0].year}"
            spans.append(_span(match, match.start(), interval, "month", label, yearless))
    for match in phrases["quarter"]:
        numeral = match.group(1).upper()
        quarter = ROMAN.get(numeral) or int(numeral)
        first = (quarter - 1) * QUARTER_MONTHS + 1
        interval, yearless = resolve(
            match.group(2), ref, lambda y, f=first: months_interval(y, f, f + 2), assumed_year
        )
        if interval:
            label = f"quý {ROMAN_OF[quarter]}/{interval[0].year}"
            spans.append(_span(match, match.start(), interval, "quarter", label, yearless))
    for match in phrases["months"]:
        if span := _months_phrase(match, ref, assumed_year):
            spans.append(span)
    if assumed_year is not None and (whole := months_interval(assumed_year, 1, YEAR_MONTHS)):
        for match in phrases["whole_year"]:
            label = f"năm {assumed_year}"
            spans.append(_span(match, match.start(), whole, "year", label, True))
    for match in phrases["year"]:
        if interval := months_interval(int(match.group(1)), 1, YEAR_MONTHS):
            label = f"năm {match.group(1)}"
            spans.append(_span(match, match.start(), interval, "year", label, False))
    for match in phrases["years"]:
        first_year, last_year = int(match.group(1)), int(match.group(2))
        start = months_interval(first_year, 1, 1)
        end = months_interval(last_year, YEAR_MONTHS, YEAR_MONTHS)
        if start and end and first_year < last_year:
            char_start = match.start(1) if match.group(0).startswith("(") else match.start()
            label = f"giai đoạn {first_year}-{last_year}"
            spans.append(_span(match, char_start, (start[0], end[1]), "years", label, False))
    return spans
