"""Province, post-2025 province and district of a meeting report, from a bundled gazetteer.

The gazetteer is the data shipped inside the `vietnam-address-converter` package (Apache-2.0,
no dependencies, no download at run time): the 63 provinces and 696 districts in force before
1 July 2025, and the province each of their wards belongs to after the merger.
"""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from extract.fold import normalize_tones

# What separates the syllables of a place name, e.g. the "-" of "Phan Rang-Tháp Chàm"
NAME_GAP = re.compile(r"[\s\-]+")

# Every upper-case Latin letter up to "Ỹ": "A", "Đ", "Ạ", "Ỹ".
UPPERCASE_LETTERS = "".join(
    ch
    for ch in map(chr, range(0x41, 0x1EF9))
    if ch.isupper() and "LATIN" in unicodedata.name(ch, "")
)

# One capitalised syllable: "Thuận", "Đắk", "Bà" (also "Rịa-Vũng" as one token).
CAPITALISED_SYLLABLE = rf"[{UPPERCASE_LETTERS}][^\W\d_]*(?:-[^\W\d_]+)?"

# A unit word followed by up to four capitalised syllables: "huyện Thuận Nam", "tỉnh Kiên Giang",
# "thị xã Kỳ Anh", "TP. Rạch Giá".
PREFIXED_PLACE = re.compile(
    r"\b(?P<unit>(?i:tỉnh|thành phố|TP\.?|huyện|thị xã|quận))\s+"
    rf"(?P<name>{CAPITALISED_SYLLABLE}(?:\s+{CAPITALISED_SYLLABLE}){{0,3}})"
)

# A run of one to four capitalised syllables: "Yên Minh", "Mèo Vạc", "Rạch Giá".
CAPITALISED_RUN = re.compile(rf"{CAPITALISED_SYLLABLE}(?:\s+{CAPITALISED_SYLLABLE}){{0,3}}")

# Unit words that name a province-level unit: "tỉnh", "thành phố", "TP".
PROVINCE_UNITS = frozenset({"tỉnh", "thành phố", "tp", "tp."})

# A leading province unit word: "tỉnh ", "Tỉnh ", "Thành phố ", "TP. ".
PROVINCE_UNIT_WORD = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)

# Province names written otherwise than in the gazetteer: "Thừa Thiên Huế" (now "Huế").
PROVINCE_ALIASES = {"Thừa Thiên Huế": "Huế", "Thừa Thiên-Huế": "Huế"}

# Vote given by an explicit province mention, against 1 shared among the candidates of a district.
PROVINCE_MENTION_WEIGHT = 2.0


@dataclass(frozen=True)
class Place:
    """Where a report is from: province before and after the 2025 merger, and district."""

    province: str | None
    province_2025: str | None
    district: str | None


def _key(name: str) -> str:
    """Return a case-, spacing- and tone-placement-insensitive key for a place name."""
    syllables = NAME_GAP.split(normalize_tones(name.strip().lower()))
    return " ".join(s for s in syllables if s)


@cache
def _gazetteer() -> tuple[dict[str, str], dict[str, str], dict[str, list[tuple[str, str]]]]:
    """Return (province key -> name, old province -> 2025 province, district key -> places)."""
    from vietnam_address_converter.data import DEFAULT_DATA

    old_provinces = DEFAULT_DATA["oldProvinces"]
    new_provinces = DEFAULT_DATA["newProvinces"]
    successors: dict[str, Counter[str]] = {}
    for row in DEFAULT_DATA["mapping"]["rows"]:
        old_code, new_code = row["old"]["province_code"], row["new"]["province_code"]
        successors.setdefault(old_code, Counter())[new_code] += 1
    provinces = {_key(p["name"]): p["name"] for p in old_provinces.values()}
    provinces.update({_key(p["name"]): p["name"] for p in new_provinces.values()})
    provinces.update({_key(alias): name for alias, name in PROVINCE_ALIASES.items()})
    merger = {
        old_provinces[code]["name"]: new_provinces[counts.most_common(1)[0][0]]["name"]
        for code, counts in successors.items()
    }
    merger.update({p["name"]: p["name"] for p in new_provinces.values()})
    districts: dict[str, list[tuple[str, str]]] = {}
    for district in DEFAULT_DATA["oldDistricts"].values():
        entry = (district["name"], old_provinces[district["parent_code"]]["name"])
        bucket = districts.setdefault(_key(district["name"]), [])
        if entry not in bucket:
            bucket.append(entry)
    return provinces, merger, districts


def place_prefix(words: list[str]) -> int:
    """How many leading words name a province or district: ["Hà", "Giang", "Nguyễn"] -> 2,
    ["Lê", "Văn", "Sử"] -> 0 (so a name after a unit word is told from a place)."""
    provinces, _, districts = _gazetteer()
    found = _longest_prefix(words, provinces) or _longest_prefix(words, districts)
    return found[1] if found else 0


def _province_name(name: str | None) -> str | None:
    """Return the gazetteer spelling of a province name, with or without its unit word."""
    if not name:
        return None
    provinces = _gazetteer()[0]
    bare = PROVINCE_UNIT_WORD.sub("", unicodedata.normalize("NFC", name.strip()))
    return provinces.get(_key(bare))


def legacy_provinces() -> dict[str, str]:
    """The 63 provinces before 1 July 2025 and what each became: {"Kiên Giang": "An Giang", …}."""
    from vietnam_address_converter.data import DEFAULT_DATA

    merger = _gazetteer()[1]
    return {p["name"]: merger[p["name"]] for p in DEFAULT_DATA["oldProvinces"].values()}


def province_2025(province: str) -> str | None:
    """Return the province a pre-2025 province became on 1 July 2025: "Kiên Giang" -> "An Giang"."""
    name = _province_name(province)
    return _gazetteer()[1].get(name) if name else None


def _longest_prefix(words: list[str], table: dict) -> tuple[str, int] | None:
    """Return (key, length) of the longest leading word sequence of `words` found in `table`."""
    for size in range(len(words), 0, -1):
        key = _key(" ".join(words[:size]))
        if key in table:
            return key, size
    return None


def _mentions(
    text: str,
) -> tuple[list[str], list[list[tuple[str, str]]], list[list[tuple[str, str]]]]:
    """Return provinces, prefixed district candidates and bare district candidates named in text."""
    provinces, _, districts = _gazetteer()
    named_provinces: list[str] = []
    prefixed: list[list[tuple[str, str]]] = []
    for match in PREFIXED_PLACE.finditer(text):
        unit, words = match["unit"].lower(), match["name"].split()
        found_province = _longest_prefix(words, provinces)
        found_district = _longest_prefix(words, districts)
        if unit in PROVINCE_UNITS and found_province:
            named_provinces.append(provinces[found_province[0]])
        elif found_district:
            prefixed.append(districts[found_district[0]])
    bare = []
    for run in CAPITALISED_RUN.finditer(PREFIXED_PLACE.sub(",", text)):
        words = run.group().split()
        start = 0
        while start < len(words):
            found = _longest_prefix(words[start:], districts)
            if found:
                bare.append(districts[found[0]])
            start += found[1] if found else 1
    return named_provinces, prefixed, bare


def _vote(named: list[str], candidates: list[list[tuple[str, str]]]) -> str | None:
    """Return the province best supported by explicit mentions and district candidates."""
    votes: Counter[str] = Counter()
    for province in named:
        votes[province] += PROVINCE_MENTION_WEIGHT
    for options in candidates:
        for _, province in options:
            votes[province] += 1 / len(options)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def locate(title: str, text: str, portal_province: str | None = None) -> Place:
    """Return the province (pre- and post-2025) and district a report is about."""
    title = unicodedata.normalize("NFC", title or "")
    text = unicodedata.normalize("NFC", text or "")
    named, prefixed, bare = _mentions(f"{title}\n{text}")
    district_mentions = prefixed or bare
    province = _province_name(portal_province) or _vote(named, district_mentions)
    district = next(
        (
            name
            for options in district_mentions
            for name, owner in options
            if province is None or owner == province
        ),
        None,
    )
    if province is None and district is not None:
        owners = {
            owner for options in district_mentions for name, owner in options if name == district
        }
        province = owners.pop() if len(owners) == 1 else None
    return Place(
        province=province,
        province_2025=province_2025(province) if province else None,
        district=district,
    )
