"""Cited documents (resolutions, decisions, reports, …) and conclusion-notice headers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from extract.calendar import CITED_DATE, day_interval

# Canonical document type for each spelling (lower-cased), longest spellings tried first.
DOC_TYPES: dict[str, str] = {
    "chương trình hành động": "Chương trình hành động",
    "thông tư liên tịch": "Thông tư liên tịch",
    "nghị quyết liên tịch": "Nghị quyết liên tịch",
    "thông báo kết luận": "Thông báo",
    "nghị quyết": "Nghị quyết",
    "nghị định": "Nghị định",
    "quyết định": "Quyết định",
    "báo cáo": "Báo cáo",
    "kết luận": "Kết luận",
    "thông báo": "Thông báo",
    "công văn": "Công văn",
    "công điện": "Công điện",
    "văn bản": "Văn bản",
    "chỉ thị": "Chỉ thị",
    "chương trình": "Chương trình",
    "kế hoạch": "Kế hoạch",
    "tờ trình": "Tờ trình",
    "thông tư": "Thông tư",
    "hướng dẫn": "Hướng dẫn",
    "quy định": "Quy định",
    "đề án": "Đề án",
    "pháp lệnh": "Pháp lệnh",
    "bộ luật": "Bộ luật",
    "luật": "Luật",
}

# Issuer codes in document numbers: "63/NQ-CP" -> CP, "09-CTr/TU" -> TU, "45/2013/QH13" -> QH.
ISSUER_CODES: dict[str, str] = {
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "VPCP": "Văn phòng Chính phủ",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "UBND": "UBND",
    "HĐND": "HĐND",
    "TW": "Trung ương",
    "TU": "Tỉnh ủy",
    "HU": "Huyện ủy",
    "ThU": "Thành ủy",
    "BTC": "Bộ Tài chính",
    "BYT": "Bộ Y tế",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BNV": "Bộ Nội vụ",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BCT": "Bộ Công Thương",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BXD": "Bộ Xây dựng",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BGTVT": "Bộ Giao thông vận tải",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BTP": "Bộ Tư pháp",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
}

# Type codes that open the last part of a state document number: "NQ" in "63/NQ-CP".
TYPE_CODES = frozenset(
    {"NQ", "QĐ", "CT", "TB", "BC", "KH", "TTr", "HD", "KL", "CĐ", "NĐ", "TT", "TTLT", "NQLT"}
    | {"CTr", "ĐA", "QC", "QĐi", "CV", "GM"}
)

# Superscript footnote markers: "⁸" in "68/NQ-CP⁸".
FOOTNOTE = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# Upper-case Vietnamese letters, for proper names: "K" and "G" in "Kiên Giang".
UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"

# A capitalised place name after an administrative level: " Kiên Giang" in "UBND tỉnh Kiên Giang".
PLACE = rf"(?:\s[{UPPER}][^\W\d_]*)*"

# Names of ministries and provincial departments after "Bộ"/"Sở": "Kế hoạch và Đầu tư" in "Sở Kế
# hoạch và Đầu tư", "Tài Nguyên và Môi trường" (capitals vary) in "Sở Tài Nguyên và Môi trường".
DEPARTMENT_PATTERN = (
    r"(?i:Kế hoạch và Đầu tư|Tài chính|Lao động\s*-\s*Thương binh và Xã hội"
    r"|Tài nguyên và Môi trường|Thông tin và Truyền thông|Y tế|Giáo dục và Đào tạo"
    r"|Nông nghiệp và Phát triển nông thôn|Nông nghiệp và Môi trường|Giao thông vận tải|Xây dựng"
    r"|Công Thương|Văn hóa, Thể thao và Du lịch|Văn hoá, Thể thao và Du lịch|Văn hóa và Thể thao"
    r"|Du lịch|Nội vụ|Tư pháp|Khoa học và Công nghệ|Ngoại vụ|Dân tộc và Tôn giáo|Công an"
    r"|Quốc phòng)"
)

# Issuers named in text: "Chính phủ", "Thủ tướng Chính phủ", "UBND tỉnh", "Ủy ban nhân dân huyện
# Kỳ Anh", "Ban Thường vụ Tỉnh ủy", "Bộ Tài chính".
ISSUER_PATTERN = (
    r"(?:Thủ tướng(?: Chính phủ)?|Văn phòng Chính phủ|Chính phủ|(?:Ủy|Uỷ) ban Thường vụ Quốc hội"
    r"|Quốc hội|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?"
    r"|Ban Thường vụ (?:Tỉnh|Huyện|Thành) (?:ủy|uỷ)|Trung ương|(?:Tỉnh|Huyện|Thành|Thị) (?:ủy|uỷ)"
    r"|(?:Chủ tịch |Văn phòng )?(?:UBND|HĐND|(?:Ủy|Uỷ) ban nhân dân|Hội đồng nhân dân)"
    r" (?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn)"
    + PLACE
    + r"|(?:Bộ trưởng )?(?:Bộ|Sở) "
    + DEPARTMENT_PATTERN
    + ")"
)

# A document number as written: "63/NQ-CP", "09-CTr/TU", "45/2013/QH13", "567/UBND-KT", "63",
# "1.234/QĐ-UBND".
NUMBER_PATTERN = r"(?:\d{1,2}\.\d{3}(?!\d)|\d{1,5})(?:(?:\s*/\s*|-)[0-9A-Za-zĐđ]+)*"

_TYPE_ALT = "|".join(sorted(DOC_TYPES, key=len, reverse=True))

# A citation head: "Nghị quyết số 68/NQ-CP", "Nghị quyết 63", "Chỉ thị của Thủ tướng số 16".
DOC_RE = re.compile(
    rf"(?<![^\W\d_])(?P<type>(?i:{_TYPE_ALT}))"
    rf"(?:\s+(?:của\s+)?(?P<pre_issuer>{ISSUER_PATTERN})(?=\s+số))?"
    rf"\s+(?:(?P<so>(?i:số))\s*:?\s*)?(?P<number>{NUMBER_PATTERN})(?![\d/])"
)

# What may follow a bare number without "số": "Nghị quyết 63 của …", "Chỉ thị 16," (not "Báo cáo
# 6 tháng").
BARE_FOLLOW_RE = re.compile(rf"[{FOOTNOTE}]*(?:\s+(?:của|về|và|ngày)\b|\s*[,;.):]|\s*$)")

# A date right after a citation: ", ngày 29/6/2021", " (ngày 29 tháng 6 năm 2021)".
DATE_TAIL_RE = re.compile(rf"[{FOOTNOTE}]*,?\s*\(?(?:ban hành\s+)?(?i:ngày)\s+{CITED_DATE}\)?")

# An issuer right after a citation: " của Chính phủ", "⁸ của UBND tỉnh".
ISSUER_TAIL_RE = re.compile(rf"[{FOOTNOTE}]*,?\s*của\s+(?P<issuer>{ISSUER_PATTERN})")

# The number line of a notice header: "Số: 412/TB-UBND", "Số 412 /TB-UBND".
NOTICE_NUMBER_RE = re.compile(rf"\bSố\s*:?\s*(?P<number>{NUMBER_PATTERN})")

# The place and date line of a notice header: "Kiên Giang, ngày 09 tháng 7 năm 2021".
NOTICE_DATE_RE = re.compile(
    rf"[{UPPER}][^\W\d_]*(?:\s[{UPPER}][^\W\d_]*)*\s*,\s*ngày\s+{CITED_DATE}"
)

# Spellings turned into the canonical issuer form: "Ủy ban nhân dân tỉnh" -> "UBND tỉnh",
# "Tỉnh uỷ" -> "Tỉnh ủy", a bare "Thủ tướng" -> "Thủ tướng Chính phủ".
ISSUER_CANON = (
    (re.compile("Uỷ"), "Ủy"),
    (re.compile("uỷ"), "ủy"),
    (re.compile("Ủy ban nhân dân"), "UBND"),
    (re.compile("Hội đồng nhân dân"), "HĐND"),
    (re.compile("^Thủ tướng$"), "Thủ tướng Chính phủ"),
)

# Trailing digits of an issuer code: "13" in "QH13".
CODE_DIGITS_RE = re.compile(r"\d+$")


@dataclass(frozen=True)
class Document:
    """A document cited in a text, with its type, number, issuer and date of issue."""

    raw: str
    doc_type: str
    number: str | None
    issuer: str | None
    issued_on: str | None
    char_start: int
    char_end: int


def _iso_date(match: re.Match[str]) -> str | None:
    """ISO date of a CITED_DATE match, None when it is not a real date."""
    month = match.group("m") or match.group("m2")
    interval = day_interval(int(match.group("y")), int(month), int(match.group("d")))
    return interval[0].isoformat() if interval else None


def _canonical_issuer(issuer: str) -> str:
    """Canonical spelling of an issuer named in text: "Ủy ban nhân dân tỉnh" -> "UBND tỉnh"."""
    for spelling, canonical in ISSUER_CANON:
        issuer = spelling.sub(canonical, issuer)
    return issuer


def issuer_from_number(number: str) -> str | None:
    """Issuer implied by a document number: "63/NQ-CP" -> "Chính phủ", "09-CTr/TU" -> "Tỉnh ủy"."""
    parts = number.split("/")
    if len(parts) < 2:
        return None
    if "-" in parts[0]:
        codes = [parts[-1]]
    else:
        codes = parts[-1].split("-")
        codes = codes[1:] if codes[0] in TYPE_CODES else codes[:1]
    names = [ISSUER_CODES.get(CODE_DIGITS_RE.sub("", code)) for code in codes]
    known = [name for name in names if name]
    return ", ".join(known) if known else None


def _normal_number(number: str) -> str:
    """Number without spaces or thousands dots: "1.234 /QĐ-UBND" -> "1234/QĐ-UBND"."""
    return re.sub(r"\s+|\.", "", number)


def _is_citation(match: re.Match[str], text: str) -> bool:
    """Whether a DOC_RE match is a citation, not "Báo cáo 6 tháng" or "Kế hoạch 2023"."""
    number = match.group("number")
    if any(char.isalpha() for char in number):
        return True
    if not number.isdigit():
        return False
    if match.group("so"):
        return True
    if not match.group("type")[0].isupper() or (len(number) == 4 and number[:2] in ("19", "20")):
        return False
    return BARE_FOLLOW_RE.match(text, match.end()) is not None


def _mention(match: re.Match[str], text: str) -> tuple[Document, bool]:
    """The document of one citation, and whether its issuer was named in the text."""
    number = _normal_number(match.group("number"))
    issuer_text = match.group("pre_issuer")
    issued_on = None
    end = match.end()
    for _ in range(2):
        date_match = DATE_TAIL_RE.match(text, end) if issued_on is None else None
        if date_match:
            issued_on = _iso_date(date_match)
            end = date_match.end()
            continue
        issuer_match = ISSUER_TAIL_RE.match(text, end) if issuer_text is None else None
        if issuer_match:
            issuer_text = issuer_match.group("issuer")
            end = issuer_match.end()
    issuer = _canonical_issuer(issuer_text) if issuer_text else issuer_from_number(number)
    document = Document(
        raw=text[match.start() : end],
        doc_type=DOC_TYPES[match.group("type").lower()],
        number=number,
        issuer=issuer,
        issued_on=issued_on,
        char_start=match.start(),
        char_end=end,
    )
    return document, issuer_text is not None


def find_documents(text: str) -> list[Document]:
    """Documents cited in a text, in order of first mention, one per (doc_type, number).

    Later mentions fill a missing date of issue and replace an issuer guessed from the number by
    one named in the text. Offsets refer to the NFC form of the text.
    """
    text = unicodedata.normalize("NFC", text)
    found: dict[tuple[str, str | None], Document] = {}
    named: dict[tuple[str, str | None], bool] = {}
    for match in DOC_RE.finditer(text):
        if not _is_citation(match, text):
            continue
        document, issuer_named = _mention(match, text)
        key = (document.doc_type, document.number)
        first = found.get(key)
        if first is None:
            found[key], named[key] = document, issuer_named
            continue
        if first.issued_on is None and document.issued_on:
            found[key] = first = replace(first, issued_on=document.issued_on)
        if document.issuer and (first.issuer is None or (issuer_named and not named[key])):
            found[key] = replace(first, issuer=document.issuer)
            named[key] = issuer_named
    return list(found.values())


def notice_header(text: str) -> tuple[str | None, str | None]:
    """Number and ISO date of issue of an official notice, from "Số: 412/TB-UBND" and "Kiên Giang,
    ngày 09 tháng 7 năm 2021"."""
    text = unicodedata.normalize("NFC", text)
    number_match = NOTICE_NUMBER_RE.search(text)
    date_match = NOTICE_DATE_RE.search(text)
    number = _normal_number(number_match.group("number")) if number_match else None
    return number, _iso_date(date_match) if date_match else None
