"""Find the figures of a report ("sản lượng lúa đạt 2,16 triệu tấn") as typed records."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from extract.calendar import MAX_YEAR, MIN_YEAR, YEAR_MONTHS, Span, find_periods
from extract.indicators import OTHER, UNIT_INDICATORS, first_cue, last_cue
from extract.numbers import parse_number
from extract.sentences import sentence_spans

# One number, English grouped, Vietnamese grouped or plain: "1,234.5", "2.919,8", "4,52", "02"
NUM = (
    r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+(?![0-9])"
    r"|[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?(?![0-9])"
    r"|[0-9]+(?:[.,][0-9]+)?"
)
# Spaces inside one figure, never a line break: " ", no-break space
SP = r"[ \t\u00a0\u202f]*"
# A letter or digit that cannot follow a word; superscript footnote marks may: "Thành viên¹"
WORD_CHAR = r"[0-9A-Za-z_\u00C0-\u024F\u1E00-\u1EFF]"
WORD_CHAR_RE = re.compile(WORD_CHAR)
NOT_WORD = rf"(?!{WORD_CHAR})"
# Scale words and their multipliers: "nghìn tỷ" (10^12), "triệu" (10^6), "ngàn" (10^3)
SCALES = {
    "nghìn tỷ": 10**12,
    "ngàn tỷ": 10**12,
    "nghìn tỉ": 10**12,
    "ngàn tỉ": 10**12,
    "triệu tỷ": 10**15,
    "nghìn": 10**3,
    "ngàn": 10**3,
    "triệu": 10**6,
    "tỷ": 10**9,
    "tỉ": 10**9,
}
# Money units written out, mapped to currency codes: "đồng" -> VND, "đô la Mỹ" -> USD
CURRENCIES = {
    "đồng": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "usd": "USD",
    "đô la mỹ": "USD",
    "đô la": "USD",
    "đôla": "USD",
}
# Counted nouns and measures kept as the unit, lower-case: "doanh nghiệp", "tạ/ha", "km";
# "đồng chí" (comrades, so "2 đồng chí" is no sum of money in đồng)
COUNTED_UNITS = (
    "điểm phần trăm", "phần trăm", "doanh nghiệp", "hợp tác xã", "tổ hợp tác", "dự án",
    "chỉ tiêu", "tiêu chí", "chỉ số", "điểm cầu", "thành viên", "đại biểu", "lao động",
    "việc làm", "học sinh", "sinh viên", "giáo viên", "bác sĩ", "giường bệnh", "trường học",
    "trường", "phòng học", "công trình", "sản phẩm", "thủ tục", "hồ sơ", "văn bản", "cơ sở",
    "đơn vị", "cơ quan", "nhiệm vụ", "mục tiêu", "giải pháp", "nhóm", "xã", "phường",
    "thị trấn", "huyện", "thôn", "hộ", "người", "lượt", "du khách", "khách", "lần", "vụ",
    "ca", "liều", "mũi", "căn hộ", "căn nhà", "ngôi nhà", "căn", "nhà", "con", "cây", "tấn",
    "tạ", "kg", "ha", "héc ta", "hécta", "km", "mét", "m2", "m²", "m3", "m³", "km2", "km²",
    "lít", "kwh", "mw", "mwh", "điểm", "bậc", "chiếc", "tàu", "phương tiện", "cuộc", "đoàn",
    "đợt", "gói thầu", "trường hợp", "đối tượng", "suất quà", "suất", "phần quà", "gia đình",
    "khách hàng", "hội viên", "đảng viên", "cán bộ", "công chức", "lớp", "chợ", "cửa hàng",
    "mô hình", "tổ chức", "cá nhân", "tập thể", "vụ việc", "đơn thư", "đơn", "kiến nghị", "ý kiến",
    "giấy chứng nhận", "thẻ", "thuê bao", "phiên", "thửa", "khu", "cụm", "làng nghề", "sự kiện",
    "lô", "đồng chí",
)  # fmt: skip
# Measurement symbols kept in their usual case: "kWh", "MW"
SYMBOL_UNITS = {"kwh": "kWh", "mw": "MW", "mwh": "MWh"}
# Denominators of a rate unit: "/ha" in "tạ/ha", "/người/năm" in "triệu đồng/người/năm"
PER_UNITS = ("ha", "người", "năm", "tháng", "km", "hộ", "ngày", "lao động", "m2", "m²")


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    """Join words into a regular-expression alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A number and what follows it: range end, ratio total, scale, unit: "2,16 triệu tấn", "11/24 xã"
TAIL_RE = re.compile(
    rf"""(?:{SP}(?P<sep>-|–|đến|tới){SP}(?P<num2>{NUM})(?![/0-9]))?
    (?:/(?P<total>{NUM})(?![/0-9]))?
    (?:{SP}(?P<scale>{_alternation(list(SCALES))}){NOT_WORD})?
    (?:{SP}(?P<unit>%|(?:{_alternation(list(CURRENCIES) + list(COUNTED_UNITS))}){NOT_WORD})
       (?P<per>(?:/(?:{_alternation(PER_UNITS)}){NOT_WORD})*))?""",
    re.VERBOSE | re.IGNORECASE,
)
# The smaller part of an amount written in two scales, after "112 tỷ": " 500 triệu đồng"
COMPOUND_RE = re.compile(
    rf"{SP}(?P<num>[0-9]{{1,3}}){SP}(?P<scale>triệu|nghìn|ngàn){SP}"
    rf"(?P<unit>{_alternation(list(CURRENCIES))}){NOT_WORD}",
    re.IGNORECASE,
)
# A number in running text: "2.919,8", "4,52", "780"
NUMBER_RE = re.compile(NUM)
# A number starting a word, so not "0" in "F0" nor "2023" in "II/2023": "15" in "15 ca"
WORD_NUMBER_RE = re.compile(r"(?<![\w/])[0-9]")
# Not a figure when these follow the number: dates "/7/2021", "-7-2021", "/2023", times ":09",
# "7h30", document numbers "/NQ-CP", "-CTr/TU", "/2020/NĐ-CP"
SKIP_AFTER_RE = re.compile(
    r"(?:[/.-][0-9]{1,2}[/.-][0-9]{2,4}|/[0-9]{4}|[:h][0-9]{2}|(?:/[0-9]+)*[/-][A-ZĐ])"
    r"[\w./-]*"
)
# Words that make the next number a date, an ordinal or a reference, not a figure:
# "ngày 27/7", "tháng 8", "thứ 12", "khóa 15", "số 236", "Nghị quyết 68", "Covid 19", "lúc 9"
SKIP_BEFORE_RE = re.compile(
    r"(?<!\w)(?:ngày|hôm|tháng|quý|thứ|khóa|khoá|(?<!tổng )số|nghị quyết|nghị định|quyết định|"
    r"chỉ thị|thông tư|công văn|điều|khoản|chương|luật|lúc|quốc lộ|ql|tỉnh lộ|covid|"
    r"sars-cov|top|mục|phụ lục|trang|phiên|đợt|lần|giai đoạn|khu vực|tổ|ấp|khu phố)"
    r"[ \u00a0.-]*$",
    re.IGNORECASE,
)
# "năm" before a four-digit number names a year: "năm 2021"
YEAR_BEFORE_RE = re.compile(r"(?<!\w)năm[ \u00a0]*$", re.IGNORECASE)
# Approximation words just before the number: "hơn", "gần", "khoảng", "trên", "xấp xỉ"
QUALIFIER_RE = re.compile(
    r"(?<!\w)(xấp xỉ|khoảng|gần|hơn|trên|dưới|từ|ít nhất|tối thiểu|tối đa)[ \u00a0]+$",
    re.IGNORECASE,
)
# A change verb just before the figure: "tăng 0,4%", "giảm 2 người", "vượt 30 hộ"
CHANGE_RE = re.compile(r"(?<!\w)(tăng thêm|tăng|giảm|vượt)[ \u00a0]+$", re.IGNORECASE)
CHANGES = {"tăng thêm": "increase", "tăng": "increase", "giảm": "decrease", "vượt": "exceed"}
# What a comparison refers to: "cùng kỳ", "kế hoạch", "dự toán", "tháng trước", "năm 2022"
REFERENCES = (
    r"(?P<same_period_last_year>cùng kỳ|ck(?!\w)|cùng thời điểm năm trước)"
    r"|(?P<budget_estimate>dự toán)"
    r"|(?P<plan>kế hoạch|kh(?!\w)|chỉ tiêu|nghị quyết)"
)
# A comparison with "so (với)" right after the figure: "so với cùng kỳ", "so kế hoạch",
# "so với tháng trước", "(so với năm 2022)"
COMPARE_RE = re.compile(
    r"[ \u00a0]*\(?[ \u00a0]*so[ \u00a0]+(?:với[ \u00a0]+)?(?:" + REFERENCES + r"|"
    r"(?P<previous_period>(?:tháng|quý|kỳ|năm|tuần|đợt|vụ) trước|năm [0-9]{4}|đầu năm))",
    re.IGNORECASE,
)
# A reference right after the figure without "so": "kế hoạch" in "đạt 45% kế hoạch"
DIRECT_COMPARE_RE = re.compile(r"[ \u00a0]*\(?[ \u00a0]*(?:" + REFERENCES + r")", re.IGNORECASE)
# Words that make a figure an estimate: "ước đạt", "ước tính", "dự kiến đạt"
ESTIMATE_RE = re.compile(
    r"(?<!\w)(?:ước|dự kiến (?:đạt|sẽ|cả năm|thực hiện|tăng|giảm))(?!\w)", re.IGNORECASE
)
# Words that make a figure a target: "phấn đấu", "mục tiêu", "chỉ tiêu ... là", "kế hoạch đề ra là"
TARGET_RE = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu|phải đạt|để hoàn thành|để đạt|nhằm đạt"
    r"|(?:chỉ tiêu|kế hoạch)[^;]*\slà)(?!\w)",
    re.IGNORECASE,
)
# Clause boundaries for estimates, targets and periods: ";" and list markers "(2)"
CLAUSE_BREAK_RE = re.compile(r";|\([0-9]+\)")
# Phrase boundaries for the indicator: ";", ":", a comma neither inside a number nor inside a
# list of sectors ("nông, lâm nghiệp và thủy sản")
PHRASE_BREAK_RE = re.compile(r"[;:]|,(?![0-9]| (?:lâm|ngư|thủy|thuỷ|diêm)\b)")
# Predicate words that end the indicator phrase: "đạt" in "thu ngân sách đạt 54 tỷ đồng"
PREDICATE_RE = re.compile(
    r"[ \u00a0]+(?:ước|đạt|tăng|giảm|vượt|chiếm|là|bằng|gấp|còn|có|được|với|hết|xảy ra"
    r"|phấn đấu|chỉ đạt)(?!\w)",
    re.IGNORECASE,
)
# Characters trimmed off the ends of an indicator phrase: spaces, "(", ",", "-"
PHRASE_TRIM = " \t\u00a0,;:.…*(-–"
# Kinds of calendar period a figure is for: "tháng 7/2023", "quý I/2022", "6 tháng đầu năm",
# "9 tháng năm 2022", "năm 2023" (not several years, "giai đoạn 2021-2025")
FIGURE_PERIOD_KINDS = frozenset({"month", "quarter", "half", "months", "year"})


@dataclass(frozen=True)
class Figure:
    """One figure of a text: its value in base units, what it measures, and where it is."""

    raw: str
    value: float
    unit: str | None
    total: float | None
    value_max: float | None
    qualifier: str | None
    is_estimate: bool
    is_target: bool
    change: str | None
    compared_to: str | None
    indicator: str
    indicator_text: str | None
    period_start: str | None
    period_end: str | None
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class _Span:
    """A number with its tail, before context is read: offsets and parsed parts."""

    start: int
    num_end: int
    end: int
    value: float
    unit: str | None
    total: float | None
    value_max: float | None
    qualifier: str | None


def _scaled(number: str, multiplier: int) -> float | None:
    """Return a parsed number times a scale, exactly in decimal: "2,16", 10**6 -> 2160000.0."""
    value = parse_number(number)
    if value is None:
        return None
    return float(Decimal(repr(value)) * multiplier)


def _unit_name(unit: str | None, per: str) -> str | None:
    """Return the unit as stored: "%" , currency code, or the noun in lower case, with "/ha"."""
    if unit is None:
        return None
    name = unit.lower()
    name = "%" if name in ("%", "phần trăm") else CURRENCIES.get(name, name)
    name = SYMBOL_UNITS.get(name, name)
    return name + per.lower()


def _read_span(text: str, match: re.Match[str]) -> tuple[_Span | None, int]:
    """Read the figure starting at a number match; return it (or None) and where to go on."""
    s, e = match.span()
    skip = SKIP_AFTER_RE.match(text, e)
    if skip:
        return None, skip.end()
    before = text[max(0, s - 30) : s]
    prev = text[s - 1 : s]
    digits = match.group(0)
    # a day, month, ordinal or reference is a whole number: "9 tháng 18,2 tỷ đồng" is money
    if (
        prev.isalpha()
        or (prev == "-" and text[s - 2 : s - 1].isalpha())
        or ("," not in digits and SKIP_BEFORE_RE.search(before))
    ):
        return None, e
    if digits.startswith("0") and len(digits) >= 8:
        return None, e
    tail = TAIL_RE.match(text, e)
    end = tail.end() if tail.group("unit") or tail.group("scale") else e
    if WORD_CHAR_RE.match(text, end):
        return None, max(end, e)
    unit_raw, scale, total_raw = tail.group("unit"), tail.group("scale"), tail.group("total")
    if tail.group("total") and not (unit_raw or scale):
        end = tail.end("total")
    multiplier = SCALES.get(scale.lower(), 1) if scale else 1
    value = _scaled(digits, multiplier)
    value_max = _scaled(tail.group("num2"), multiplier) if tail.group("num2") else None
    total = parse_number(total_raw) if total_raw else None
    if value is None:
        return None, end
    rest = COMPOUND_RE.match(text, end) if scale and not unit_raw and value_max is None else None
    if rest and SCALES[rest["scale"].lower()] < multiplier:
        value += _scaled(rest["num"], SCALES[rest["scale"].lower()]) or 0.0
        unit_raw, end = rest["unit"], rest.end()
    if total is not None:
        # a ratio with no unit whose total is at most the months of a year is a date ("27/7")
        is_ratio = value <= total and (unit_raw is not None or YEAR_MONTHS < total < MIN_YEAR)
        if not is_ratio:
            return None, end
    elif not (unit_raw or scale):
        return None, max(end, tail.end("num2") if tail.group("num2") else e)
    if (
        YEAR_BEFORE_RE.search(before)
        and MIN_YEAR <= value <= MAX_YEAR
        and "." not in digits
        and "," not in digits
    ):
        return None, end
    start = s
    qualifier = None
    qual = QUALIFIER_RE.search(before)
    if qual:
        start = s - (len(before) - qual.start())
        word = qual.group(1).lower()
        qualifier = None if value_max is not None and word == "từ" else word
    span = _Span(
        start=start,
        num_end=e,
        end=end,
        value=value,
        unit=_unit_name(unit_raw, tail.group("per") or ""),
        total=total,
        value_max=value_max,
        qualifier=qualifier,
    )
    return span, end


def _last_break(regex: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Return the offset just after the last match of regex in text[start:end], or start."""
    found = start
    for match in regex.finditer(text, start, end):
        found = match.end()
    return found


def _next_break(regex: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Return the offset of the first match of regex in text[start:end], or end."""
    match = regex.search(text, start, end)
    return match.start() if match else end


def _phrase(text: str, start: int, cue_end: int, end: int) -> str | None:
    """Return text[start:end] cut at the first predicate word after the cue, trimmed."""
    pred = PREDICATE_RE.search(text, cue_end, end)
    phrase = text[start : pred.start() if pred else end].strip(PHRASE_TRIM)
    return phrase or None


def _blank(text: str, start: int, end: int, spans: list[_Span]) -> str:
    """Return text[start:end] with the earlier figures in it replaced by spaces."""
    chars = list(text[start:end])
    for span in spans:
        for i in range(max(span.start, start), min(span.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def find_figures(text: str, period: tuple[str, str] | None = None) -> list[Figure]:
    """Return the figures of a text in order; offsets refer to its NFC form."""
    text = unicodedata.normalize("NFC", text)
    spans: list[_Span] = []
    pos = 0
    while match := NUMBER_RE.search(text, pos):
        span, pos = _read_span(text, match)
        if span is not None:
            spans.append(span)
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    assumed_year = int(period[0][:4]) if period else None
    periods = _outermost(find_periods(text, None, assumed_year))
    figures: list[Figure] = []
    current = -1
    earlier: list[tuple[_Span, Figure]] = []
    for span in spans:
        index = bisect.bisect_right(starts, span.start) - 1
        if index != current:
            current, earlier = index, []
        figure = _figure(text, span, sentences[index], earlier, period, periods)
        figures.append(figure)
        earlier.append((span, figure))
    return figures


def _figure(
    text: str,
    span: _Span,
    sentence: tuple[int, int],
    earlier: list[tuple[_Span, Figure]],
    period: tuple[str, str] | None,
    periods: list[Span],
) -> Figure:
    """Build the record of one figure from its sentence and the figures before it there."""
    sent_start, sent_end = sentence
    previous = earlier[-1] if earlier else None
    prev_span = previous[0] if previous else None
    clause_start = _last_break(CLAUSE_BREAK_RE, text, sent_start, span.start)
    phrase_start = _last_break(PHRASE_BREAK_RE, text, sent_start, span.start)
    if prev_span is not None:
        phrase_start = max(phrase_start, prev_span.end)
    forward_end = _next_break(PHRASE_BREAK_RE, text, span.num_end, sent_end)
    next_number = WORD_NUMBER_RE.search(text, span.end, forward_end)
    if next_number:
        forward_end = next_number.start()
    context = _blank(text, clause_start, span.start, [done for done, _ in earlier])
    indicator, indicator_text = _indicator(
        text, span, (clause_start, phrase_start, forward_end), previous
    )
    change = CHANGE_RE.search(text, max(0, span.start - 12), span.start)
    compare = COMPARE_RE.match(text, span.end) or DIRECT_COMPARE_RE.match(text, span.end)
    bounds = _figure_period(periods, span, sent_start, forward_end) or period
    return Figure(
        raw=text[span.start : span.end],
        value=span.value,
        unit=span.unit,
        total=span.total,
        value_max=span.value_max,
        qualifier=span.qualifier,
        is_estimate=bool(ESTIMATE_RE.search(context)),
        is_target=bool(TARGET_RE.search(context)),
        change=CHANGES[change.group(1).lower()] if change else None,
        compared_to=compare.lastgroup if compare else None,
        indicator=indicator,
        indicator_text=indicator_text,
        period_start=bounds[0] if bounds else None,
        period_end=bounds[1] if bounds else None,
        sentence=text[sent_start:sent_end].strip(),
        start=span.start,
        end=span.end,
    )


def _indicator(
    text: str,
    span: _Span,
    bounds: tuple[int, int, int],
    previous: tuple[_Span, Figure] | None,
) -> tuple[str, str | None]:
    """Return the indicator key and phrase of a figure from the cues around it.

    In order: the cue of its phrase before it, unless the words after it hold a more specific
    one or it is generic and the previous figure is in the same clause; what its unit names;
    a cue after it (a generic one only for the first figure of the sentence); the nearest
    cue earlier in its clause when the previous figure is outside it; the previous figure
    of the sentence; else ``other``.
    """
    clause_start, phrase_start, forward_end = bounds
    before = first_cue(text, phrase_start, span.start)
    after = first_cue(text, span.num_end, forward_end)
    same_clause = previous is not None and previous[0].end > clause_start
    if (
        before is not None
        and (after is None or before.tier <= after.tier)
        and (before.tier <= 1 or not same_clause)
    ):
        return before.key, _phrase(text, before.start, before.end, span.start)
    if span.unit in UNIT_INDICATORS:
        return UNIT_INDICATORS[span.unit], span.unit
    if after is not None and (after.tier <= 1 or previous is None):
        return after.key, _phrase(text, after.start, after.end, forward_end)
    wider = None if same_clause else last_cue(text, clause_start, phrase_start)
    if wider is not None:
        return wider.key, _phrase(text, wider.start, wider.end, phrase_start)
    if previous is not None:
        return previous[1].indicator, previous[1].indicator_text
    return OTHER, None


def _outermost(periods: list[Span]) -> list[Span]:
    """The periods a figure can be for, in text order, without those inside a longer one
    ("năm 2023" in "6 tháng đầu năm 2023")."""
    kept: list[Span] = []
    for period in sorted(periods, key=lambda p: (p.char_start, -p.char_end)):
        if period.kind in FIGURE_PERIOD_KINDS and (
            not kept or period.char_start >= kept[-1].char_end
        ):
            kept.append(period)
    return kept


def _figure_period(
    periods: list[Span], span: _Span, sent_start: int, phrase_end: int
) -> tuple[str, str] | None:
    """Return the period named nearest before the figure in its sentence, else in its phrase."""
    before = [p for p in periods if sent_start <= p.char_start and p.char_end <= span.start]
    after = [p for p in periods if span.end <= p.char_start and p.char_end <= phrase_end]
    named = before[-1] if before else next(iter(after), None)
    return (named.start.isoformat(), named.end.isoformat()) if named else None
