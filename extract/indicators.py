"""The indicator taxonomy: what a figure measures, with the Vietnamese cue phrases that name it.

Every figure gets one key; ``other`` when no cue applies. Tier 0 cues name the whole phrase and
win over anything inside it ("cơ cấu giá trị sản xuất công nghiệp" is a structure share, not an
output value), tier 1 cues are specific, tier 2 cues are generic and only used when nothing more
specific is in reach ("chỉ tiêu thu ngân sách" is budget revenue, not targets met).

| key | measures | example cue |
| --- | --- | --- |
| grdp_growth | growth of the provincial gross domestic product (GRDP), % | tăng trưởng kinh tế |
| economic_structure | share of a sector in the economy or in production value, % | cơ cấu |
| budget_revenue | state budget revenue collected in the area | thu ngân sách |
| budget_expenditure | state budget spending | chi ngân sách |
| public_investment_disbursement | public investment capital disbursed | giải ngân |
| industrial_production_index | industrial production index (IIP), growth | sản xuất công nghiệp |
| industrial_output_value | value of industrial output | giá trị sản xuất công nghiệp |
| production_value | total or sectoral production value (non-industrial) | giá trị sản xuất |
| retail_sales | retail sales of goods and consumer services | tổng mức bán lẻ |
| trade | total exports plus imports | xuất nhập khẩu |
| exports | export turnover | xuất khẩu |
| imports | import turnover | nhập khẩu |
| rice_output | rice (paddy) production | sản lượng lúa |
| food_output | cereal food production | sản lượng lương thực |
| crop_yield | yield per hectare | năng suất |
| planted_area | area sown or planted, or progress of sowing | gieo cấy |
| livestock | herds and livestock production | đàn gia súc |
| aquaculture | aquaculture and fishery output | nuôi trồng thủy sản |
| fisheries | capture fishing | khai thác hải sản |
| forest_cover | forest cover rate, afforestation | che phủ rừng |
| tourism_arrivals | tourist arrivals and visits | lượt khách |
| tourism_revenue | revenue from tourism | doanh thu du lịch |
| investment_attracted | investment attracted, projects licensed | thu hút đầu tư |
| new_enterprises | enterprises newly registered | thành lập mới |
| enterprises_closed | enterprises dissolved or suspended | giải thể |
| credit | credit growth, loans outstanding, deposits, fund lending | dư nợ, Quỹ Hỗ trợ |
| jobs | jobs created, labour exported | giải quyết việc làm |
| income | income per head | thu nhập bình quân |
| poverty | poor households, poverty rate | hộ nghèo |
| housing | houses built or repaired for families | nhà ở |
| social_insurance | social and health insurance coverage | bảo hiểm y tế |
| vaccination | vaccine doses, people vaccinated | tiêm vắc xin |
| disease_cases | cases of Covid-19 or other diseases | ca mắc |
| education | schools, pupils, graduation rates | học sinh |
| new_rural_development | communes meeting new-rural standards (NTM) | nông thôn mới |
| ocop | OCOP products | OCOP |
| traffic_accidents | traffic accidents, deaths, injuries | tai nạn giao thông |
| administrative_procedures | administrative files and procedures handled | hồ sơ |
| governance_index | PCI, PAPI, PAR Index and similar rankings | PCI |
| land_clearance | site clearance and resettlement | giải phóng mặt bằng |
| targets_met | socio-economic targets met | chỉ tiêu |
| investment_total | total social investment capital | vốn đầu tư toàn xã hội |
| transport | transport turnover and volumes | vận tải |
| electricity | electricity produced or sold | điện thương phẩm |
| forest_fires | forest fires and area burnt | cháy rừng |
| land_titles | land-use right certificates issued | giấy chứng nhận quyền sử dụng đất |
| consumer_prices | consumer price index (CPI), inflation | chỉ số giá tiêu dùng |
| clean_water | people or households with clean water | nước sạch |
| other | anything else | |
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tone-mark placements written both ways in real text: "thuỷ"/"thủy", "hoà"/"hòa"
TONE_VARIANTS = {
    "ủy": "uỷ",
    "úy": "uý",
    "ùy": "uỳ",
    "ụy": "uỵ",
    "ũy": "uỹ",
    "òa": "oà",
    "óa": "oá",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "òe": "oè",
    "óe": "oé",
}
# An optional group of a cue pattern: "(?:tổng )?" in "(?:tổng )?thu ngân sách"
OPTIONAL_GROUP_RE = re.compile(r"\(\?:[^()]*\)[?*]")
# A required group of a cue pattern: "(?:ở|đại đoàn kết)" in "nhà (?:ở|đại đoàn kết)"
GROUP_RE = re.compile(r"\(\?:([^()]*)\)")
# One of the tone spellings above: "ủy" in "thủy sản"
TONE_PAIR_RE = re.compile("|".join(TONE_VARIANTS))

OTHER = "other"


@dataclass(frozen=True)
class Indicator:
    """One key of the taxonomy: its cue phrases (regular expressions) and its tier."""

    key: str
    tier: int
    cues: tuple[str, ...]


INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "economic_structure",
        0,
        ("cơ cấu kinh tế", r"cơ cấu(?: giá trị sản xuất| GRDP| ngành)?", "tỷ trọng"),
    ),
    Indicator(
        "grdp_growth",
        1,
        (
            r"(?:tốc độ |mức )?tăng trưởng kinh tế",
            r"(?:tốc độ|mức) tăng trưởng",
            r"(?:tổng sản phẩm|quy mô) (?:trên địa bàn|GRDP)",
        ),
    ),
    Indicator(
        "budget_revenue",
        1,
        (
            r"(?:tổng )?thu ngân sách(?: nhà nước)?",
            r"(?:tổng )?thu NSNN",
            r"(?:tổng )?thu NS",
            "thu nội địa",
            "thu thuế",
        ),
    ),
    Indicator("budget_expenditure", 1, (r"(?:tổng )?chi ngân sách(?: nhà nước)?", "chi NSNN")),
    # What a fund or a policy bank lends is credit, even when reports say it "disbursed"
    # ("Quỹ Hỗ trợ nông dân … giải ngân 48 dự án"): tier 0, so it wins over "giải ngân"
    Indicator(
        "credit",
        0,
        (r"Quỹ [Hh]ỗ trợ nông dân", r"Ngân hàng Chính sách(?: xã hội)?", r"cho vay", r"vốn vay"),
    ),
    Indicator(
        "public_investment_disbursement",
        1,
        (
            "giải ngân",
            r"(?:kế hoạch )?vốn đầu tư công",
            "đầu tư công",
            r"(?:vốn )?xây dựng cơ bản",
            "XDCB",
        ),
    ),
    Indicator(
        "industrial_production_index",
        1,
        (
            r"chỉ số (?:sản xuất |phát triển )?(?:toàn ngành )?công nghiệp",
            "IIP",
            r"(?:ngành )?sản xuất công nghiệp",
        ),
    ),
    Indicator(
        "industrial_output_value",
        1,
        (r"(?:tổng )?giá trị sản xuất (?:ngành )?công nghiệp", "giá trị công nghiệp"),
    ),
    Indicator("grdp_growth", 2, ("tăng trưởng", "GRDP")),
    Indicator("production_value", 1, (r"(?:tổng )?giá trị sản xuất",)),
    Indicator(
        "retail_sales",
        1,
        (
            r"tổng mức bán lẻ(?: hàng hóa)?(?: và doanh thu dịch vụ tiêu dùng)?",
            "bán lẻ",
            "doanh thu dịch vụ tiêu dùng",
        ),
    ),
    Indicator("trade", 1, (r"(?:kim ngạch |tổng kim ngạch )?xuất,? nhập khẩu",)),
    Indicator("exports", 1, (r"(?:tổng )?(?:kim ngạch |giá trị )?xuất khẩu",)),
    Indicator("imports", 1, (r"(?:tổng )?(?:kim ngạch |giá trị )?nhập khẩu",)),
    Indicator("rice_output", 1, ("sản lượng lúa", "sản lượng thóc")),
    Indicator("food_output", 1, (r"(?:tổng )?sản lượng lương thực(?: có hạt)?", "lương thực")),
    Indicator("crop_yield", 1, (r"năng suất(?: lúa| bình quân)?",)),
    Indicator(
        "planted_area",
        1,
        (
            r"diện tích (?:gieo trồng|gieo cấy|gieo sạ|xuống giống|lúa|cây trồng|trồng)",
            "gieo trồng",
            "gieo cấy",
            "giao cấy",
            "gieo sạ",
            "xuống giống",
        ),
    ),
    Indicator(
        "livestock",
        1,
        (r"(?:tổng )?đàn (?:gia súc|gia cầm|trâu|bò|lợn|heo)", "chăn nuôi"),
    ),
    Indicator(
        "aquaculture",
        1,
        (
            r"(?:diện tích |sản lượng )?nuôi trồng thủy sản",
            r"(?:tổng )?sản lượng thủy sản",
            "thủy sản",
            "tôm giống",
        ),
    ),
    Indicator("fisheries", 1, (r"khai thác (?:thủy|hải) sản", "đánh bắt")),
    Indicator(
        "forest_cover",
        1,
        (
            r"(?:tỷ lệ )?che phủ rừng",
            r"trồng (?:mới )?rừng",
            r"rừng (?:tập trung|trồng|phòng hộ|sản xuất)",
            "trồng cây phân tán",
        ),
    ),
    Indicator(
        "tourism_revenue",
        1,
        (r"(?:tổng )?(?:doanh )?thu (?:từ )?(?:hoạt động )?du lịch",),
    ),
    Indicator(
        "tourism_arrivals",
        1,
        (
            r"(?:tổng )?lượt khách(?: du lịch)?",
            r"(?:tổng )?lượng khách(?: du lịch| lưu trú)?",
            "khách lưu trú",
            "khách du lịch",
            "du khách",
            "khách quốc tế",
            "khách tham quan",
        ),
    ),
    Indicator("tourism_arrivals", 2, ("du lịch", "đón")),
    Indicator(
        "investment_attracted",
        1,
        (
            r"thu hút (?:thêm )?(?:vốn|đầu tư|dự án)(?: đầu tư)?",
            r"(?:tổng )?vốn đăng ký",
            r"cấp (?:mới )?(?:giấy chứng nhận|chủ trương) đầu tư",
            r"vốn đầu tư (?:trực tiếp )?nước ngoài",
            "FDI",
        ),
    ),
    Indicator(
        "new_enterprises",
        1,
        (
            r"(?:doanh nghiệp )?(?:đăng ký )?thành lập mới",
            "đăng ký thành lập",
            "doanh nghiệp mới",
            "thành lập",
        ),
    ),
    Indicator(
        "enterprises_closed",
        1,
        (r"(?:doanh nghiệp )?(?:giải thể|tạm ngừng(?: kinh doanh| hoạt động)?|ngừng hoạt động)",),
    ),
    Indicator(
        "credit",
        1,
        (r"(?:tăng trưởng )?tín dụng", r"(?:tổng )?dư nợ", r"(?:tổng )?(?:nguồn )?vốn huy động"),
    ),
    Indicator(
        "jobs",
        1,
        (
            r"giải quyết việc làm(?: mới)?",
            r"tạo việc làm(?: mới)?",
            r"xuất khẩu lao động",
            r"đi làm việc (?:có thời hạn )?ở nước ngoài",
            r"(?:phiên |sàn )?giao dịch việc làm",
            "việc làm",
        ),
    ),
    Indicator("income", 1, (r"thu nhập(?: bình quân)?(?: đầu người)?",)),
    Indicator(
        "poverty",
        1,
        (r"(?:tỷ lệ )?hộ (?:cận )?nghèo", "tỷ lệ nghèo", "giảm nghèo", "thoát nghèo"),
    ),
    Indicator(
        "housing",
        1,
        (
            r"nhà (?:ở|đại đoàn kết|tình nghĩa|tình thương)",
            r"xóa nhà (?:tạm|dột nát)",
            "nhà tạm",
            "căn nhà",
            "xây mới",
        ),
    ),
    Indicator(
        "social_insurance",
        1,
        (r"bảo hiểm (?:y tế|xã hội|thất nghiệp)", "BHYT", "BHXH"),
    ),
    Indicator(
        "vaccination",
        1,
        (
            r"tiêm (?:chủng|phòng|vắc[- ]?xin|vaccine)",
            r"vắc[- ]?xin",
            "vaccine",
            r"mũi tiêm",
            "tiêm",
        ),
    ),
    Indicator(
        "disease_cases",
        1,
        (r"(?:ca|trường hợp) (?:mắc|bệnh|nhiễm|dương tính)", "F0", r"mắc(?: mới)?"),
    ),
    Indicator(
        "education",
        1,
        (
            r"(?:tỷ lệ )?(?:học sinh )?tốt nghiệp(?: THPT)?",
            "học sinh",
            r"trường (?:học )?đạt chuẩn",
        ),
    ),
    Indicator(
        "new_rural_development",
        1,
        (r"(?:đạt chuẩn )?nông thôn mới(?: nâng cao| kiểu mẫu)?", "NTM"),
    ),
    Indicator("ocop", 1, (r"(?:sản phẩm )?OCOP",)),
    Indicator(
        "traffic_accidents",
        1,
        (r"(?:vụ )?tai nạn giao thông", "TNGT", "an toàn giao thông", "tai nạn"),
    ),
    Indicator(
        "administrative_procedures",
        1,
        (r"thủ tục hành chính", r"hồ sơ(?: trực tuyến)?", "dịch vụ công trực tuyến"),
    ),
    Indicator("governance_index", 1, ("PCI", "PAPI", "PAR Index", "SIPAS", "DTI")),
    Indicator("land_clearance", 1, (r"giải phóng mặt bằng", "GPMB", "bồi thường")),
    Indicator("investment_attracted", 2, (r"thu hút(?: thêm)?",)),
    Indicator(
        "investment_total",
        1,
        (r"(?:tổng )?vốn đầu tư (?:phát triển )?toàn xã hội", "vốn đầu tư xã hội"),
    ),
    Indicator(
        "transport", 1, (r"(?:doanh thu )?(?:dịch vụ )?vận tải", "vận chuyển", "luân chuyển")
    ),
    Indicator(
        "electricity",
        1,
        (r"(?:sản lượng )?điện (?:thương phẩm|sản xuất|tiêu thụ)", "sản lượng điện", "điện năng"),
    ),
    Indicator("forest_fires", 1, ("cháy rừng",)),
    Indicator(
        "land_titles",
        1,
        (r"giấy chứng nhận quyền sử dụng đất", r"cấp (?:đổi )?giấy chứng nhận"),
    ),
    Indicator("consumer_prices", 1, (r"chỉ số giá tiêu dùng", "CPI", "lạm phát")),
    Indicator("clean_water", 1, (r"nước (?:sạch|hợp vệ sinh)",)),
    Indicator("targets_met", 2, ("chỉ tiêu",)),
)

# Units that name what is counted, whatever the words before: "11/24 chỉ tiêu" -> targets_met
UNIT_INDICATORS = {"chỉ tiêu": "targets_met"}

INDICATOR_KEYS: frozenset[str] = frozenset(ind.key for ind in INDICATORS) | {OTHER}


def tone_tolerant(pattern: str) -> str:
    """Let a regular expression accept both tone placements: "thủy" -> "th(?:ủy|uỷ)"."""
    return TONE_PAIR_RE.sub(lambda m: f"(?:{m.group(0)}|{TONE_VARIANTS[m.group(0)]})", pattern)


def _required_length(pattern: str) -> int:
    """Return the length of the shortest text a cue matches: "(?:tổng )?thu NS" -> 6."""
    shortest = OPTIONAL_GROUP_RE.sub("", pattern)
    shortest = GROUP_RE.sub(lambda m: min(m.group(1).split("|"), key=len), shortest)
    return len(shortest.replace("\\", ""))


def _build_cue_re() -> tuple[re.Pattern[str], dict[str, Indicator]]:
    """Compile every cue into one alternation, longest required text first, one group per cue."""
    entries = [(cue, ind) for ind in INDICATORS for cue in ind.cues]
    entries.sort(key=lambda entry: -_required_length(entry[0]))
    groups = {f"c{i}": ind for i, (_, ind) in enumerate(entries)}
    parts = [f"(?P<c{i}>{tone_tolerant(cue)})" for i, (cue, _) in enumerate(entries)]
    initials = set().union(*(_initials(tone_tolerant(cue)) for cue, _ in entries))
    letters = "".join(sorted({c for i in initials for c in (i.lower(), i.upper())}))
    pattern = rf"(?<!\w)(?=[{re.escape(letters)}])(?:" + "|".join(parts) + r")(?!\w)"
    return re.compile(pattern, re.IGNORECASE), groups


def _initials(pattern: str) -> set[str]:
    """The characters a cue pattern can start with: "(?:tổng )?thu" -> {"t"}, "CPI" -> {"C"};
    every cue starts with a letter or a group of alternatives, optional or not."""
    if not pattern.startswith("(?:"):
        return {pattern[0]}
    depth, close = 0, 0
    for index, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            close = index
            break
    inner, rest = pattern[3:close], pattern[close + 1 :]
    branches, depth, start = [], 0, 0
    for index, char in enumerate(inner):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            branches.append(inner[start:index])
            start = index + 1
    branches.append(inner[start:])
    found = set().union(*(_initials(branch) for branch in branches if branch))
    if rest[:1] in ("?", "*"):
        found |= _initials(rest[1:].lstrip("?"))
    return found


# Any cue phrase of the taxonomy, as a whole word: "thu ngân sách", "Tổng giá trị sản xuất"
CUE_RE, _CUE_GROUPS = _build_cue_re()


@dataclass(frozen=True)
class CueMatch:
    """A cue phrase found in text: the indicator it names, its tier and its offsets."""

    key: str
    tier: int
    start: int
    end: int


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[CueMatch]:
    """Return the cue phrases in text[start:end], left to right, with offsets into text."""
    stop = len(text) if end is None else end
    found = []
    for match in CUE_RE.finditer(text, start, stop):
        ind = _CUE_GROUPS[match.lastgroup]
        found.append(CueMatch(ind.key, ind.tier, match.start(), match.end()))
    return found


def first_cue(text: str, start: int = 0, end: int | None = None) -> CueMatch | None:
    """Return the cue of the lowest tier in text[start:end], the leftmost among equals."""
    cues = find_cues(text, start, end)
    return min(cues, key=lambda cue: (cue.tier, cue.start), default=None)


def last_cue(text: str, start: int = 0, end: int | None = None) -> CueMatch | None:
    """Return the cue of the lowest tier in text[start:end], the rightmost among equals."""
    cues = find_cues(text, start, end)
    return min(cues, key=lambda cue: (cue.tier, -cue.start), default=None)
