"""Tests for the portal registry: its data (crawler/registry.yml) and its loader."""

import dataclasses
import json
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from vietnam_provinces import Province

from crawler.registry import (
    DEFAULT_REGISTRY,
    PLATFORMS,
    Portal,
    RegistryError,
    format_table,
    load_registry,
    main,
    portal_rows,
)
from extract.places import legacy_provinces
from extract.platforms import ADAPTERS
from samples.build import FAMILIES, TEMPLATES_DIR

REPO_ROOT = Path(__file__).resolve().parent.parent
PROVINCIAL = "tỉnh"
TANDAN_PATHS = (
    "/portal/Pages/Hoat-dong-lanh-dao-UBND-tinh.aspx",
    "/portal/Pages/Tin-chi-dao-dieu-hanh.aspx",
)
VALID_ENTRY = {
    "id": "sample-portal",
    "name": "Cổng mẫu",
    "url": "https://sample.invalid",
    "level": "sở",
    "province": "Ninh Thuận",
    "province_2025": "Khánh Hòa",
    "province_code": 56,
    "platform": "unknown",
    "start_urls": ["https://sample.invalid/"],
    "status": "active",
    "verified": False,
    "notes": None,
}


def _short(name: str) -> str:
    """A province's name without its unit word, as the archive spells it everywhere:
    "Tỉnh Hòa Bình" -> "Hòa Bình", "Thành phố Hà Nội" -> "Hà Nội"."""
    return name.removeprefix("Tỉnh ").removeprefix("Thành phố ")


@pytest.fixture(scope="module")
def registry() -> dict[str, Portal]:
    return load_registry()


@pytest.fixture(scope="module")
def provincial(registry: dict[str, Portal]) -> list[Portal]:
    return [p for p in registry.values() if p.level == PROVINCIAL]


@pytest.fixture(scope="module")
def package_codes() -> dict[str, int]:
    return {_short(p.name): int(p.code) for p in Province.iter_all()}


def _write(tmp_path: Path, name: str, entries: list) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump({"portals": entries}, allow_unicode=True), encoding="utf-8")
    return path


def _entry(**changes) -> dict:
    return {**VALID_ENTRY, **changes}


# --- the data -------------------------------------------------------------------------------


def test_counts(registry, provincial):
    assert len(registry) == 65
    assert Counter(p.status for p in registry.values()) == {"active": 34, "archived": 31}
    assert Counter(p.level for p in registry.values()) == {"tỉnh": 63, "huyện": 1, "đoàn thể": 1}
    assert len(provincial) == 63
    assert sum(p.status == "active" for p in provincial) == 34
    assert sum(p.merged_into is not None for p in registry.values()) == 29


def test_ids_unique_in_file():
    raw = yaml.safe_load(DEFAULT_REGISTRY.read_text(encoding="utf-8"))["portals"]
    ids = [entry["id"] for entry in raw]
    assert len(ids) == len(set(ids)) == 65


def test_package_names_loaded():
    assert len(list(Province.iter_all())) == 34
    assert len(legacy_provinces()) == 63


def test_each_legacy_province_present_once(provincial):
    counts = Counter(p.province for p in provincial)
    assert counts == Counter(legacy_provinces().keys())
    assert set(counts.values()) == {1}


def test_merger_mapping_matches_the_gazetteer(provincial):
    assert {p.province: p.province_2025 for p in provincial} == legacy_provinces()


def test_active_provincial_portals_are_the_34_new_provinces(provincial, package_codes):
    active = [p for p in provincial if p.status == "active"]
    assert sorted(p.province_2025 for p in active) == sorted(package_codes)
    assert all(p.province == p.province_2025 and p.merged_into is None for p in active)


def test_province_2025_and_code_from_package(registry, package_codes):
    for portal in registry.values():
        assert portal.province_2025 in package_codes, portal.id
        assert portal.province_code == package_codes[portal.province_2025], portal.id


def test_merged_into_points_to_active_survivor(registry):
    for portal in registry.values():
        if portal.merged_into is None:
            continue
        target = registry[portal.merged_into]
        assert portal.status in ("archived", "redirects"), portal.id
        assert target.status == "active", portal.id
        assert target.province_2025 == portal.province_2025, portal.id


def test_merged_into_examples(registry):
    merged = {pid: p.merged_into for pid, p in registry.items() if p.merged_into}
    assert merged["ninhthuan"] == "khanhhoa"
    assert merged["kiengiang"] == "angiang"
    assert merged["bacgiang"] == "bacninh"
    assert merged["namdinh"] == merged["hanam"] == "ninhbinh"
    assert merged["binhduong"] == merged["baria-vungtau"] == "hochiminhcity"
    assert "hatinh" not in merged and "hue" not in merged


def test_urls_are_https_and_start_urls_on_the_site(registry):
    for portal in registry.values():
        assert portal.url.startswith("https://"), portal.id
        host = urlsplit(portal.url).hostname
        for url in portal.start_urls:
            assert url.startswith("https://"), portal.id
            assert urlsplit(url).hostname == host, portal.id


def test_nothing_is_verified_and_every_note_says_so(registry):
    for portal in registry.values():
        assert portal.verified is False, portal.id
        assert portal.notes and portal.notes.endswith("Not verified by a live crawl."), portal.id


def test_text_is_nfc(registry):
    for portal in registry.values():
        for value in (portal.name, portal.province, portal.province_2025, portal.notes):
            assert unicodedata.is_normalized("NFC", value), portal.id


def test_known_platforms(registry):
    known = {pid: p.platform for pid, p in registry.items() if p.platform != "unknown"}
    assert known == {
        "dienbien": "tandan-sharepoint",
        "quangninh": "sharepoint-trang",
        "bacgiang": "liferay",
        "namdinh": "tandan-sharepoint",
        "hatinh": "hatinh-new",
        "ninhthuan": "tandan-sharepoint",
        "kiengiang": "sharepoint-trang",
        "hnd-kiengiang": "mojoportal",
        # evidenced in ../shared/notes/real-portals.md
        "thanhhoa": "tandan-sharepoint",
        "thainguyen": "liferay",
        "bacninh": "liferay",
        "danang": "liferay",
        "quangngai": "liferay",
        "daklak": "liferay",
        "sonla": "vnpt-articleinmenu",
        "ninhbinh": "vnpt-articleinmenu",
        "cantho": "vnpt-articleinmenu",
        "hungyen": "common-title",
        "gialai": "common-title",
    }
    for portal in registry.values():
        if portal.platform == "unknown" and "section" not in (portal.evidence or ""):
            assert portal.start_urls == (portal.url + "/",), portal.id


def test_evidenced_sections_tls_and_evidence(registry):
    """Sections, TLS settings and an evidence note per entry, as real-portals.md shows them;
    no entry is verified before a live crawl."""
    assert registry["sonla"].start_urls == ("https://sonla.gov.vn/tin-chinh-tri",)
    assert registry["hungyen"].start_urls == (
        "https://hungyen.gov.vn/chuyen-muc-tin-chung-toan-tinh-c217-1.html",
    )
    for pid in ("bacgiang", "bacninh", "hungyen"):
        assert dict(registry[pid].settings) == {
            "DOWNLOADER_CLIENT_TLS_CIPHERS": "DEFAULT@SECLEVEL=1",
            "DOWNLOADER_CLIENT_TLS_METHOD": "TLSv1.2",
        }, pid
    main_registry = load_registry([DEFAULT_REGISTRY])
    assert [p.id for p in main_registry.values() if not p.evidence] == []
    assert [p.id for p in main_registry.values() if p.verified] == []


def test_platform_start_urls(registry):
    for pid in ("ninhthuan", "dienbien", "namdinh"):
        assert registry[pid].start_urls == tuple(f"https://{pid}.gov.vn{p}" for p in TANDAN_PATHS)
    for pid in ("quangninh", "kiengiang"):
        assert registry[pid].start_urls == (f"https://{pid}.gov.vn/Trang/tin-tuc-su-kien.aspx",)
    assert registry["hatinh"].start_urls == ("https://hatinh.gov.vn/vi/chuyen-muc/tin-trong-tinh",)


def test_domains_named_in_the_issue(registry):
    for pid in ("ninhthuan", "hatinh", "kiengiang", "quangninh", "bacgiang", "hanoi"):
        assert registry[pid].url == f"https://{pid}.gov.vn"
    for pid in ("hochiminhcity", "danang", "haiphong", "cantho", "hue"):
        assert registry[pid].url == f"https://{pid}.gov.vn"
    assert registry["hue"].province_2025 == "Huế"
    assert "thuathienhue.gov.vn" in registry["hue"].notes


def test_ninhthuan_entry(registry):
    assert dataclasses.replace(registry["ninhthuan"], notes=None, evidence=None) == Portal(
        id="ninhthuan",
        name="Cổng thông tin điện tử tỉnh Ninh Thuận",
        url="https://ninhthuan.gov.vn",
        level="tỉnh",
        province="Ninh Thuận",
        province_2025="Khánh Hòa",
        platform="tandan-sharepoint",
        start_urls=tuple(f"https://ninhthuan.gov.vn{p}" for p in TANDAN_PATHS),
        status="archived",
        verified=False,
        notes=None,
        merged_into="khanhhoa",
        province_code=56,
    )


def test_seed_site_farmers_association(registry):
    portal = registry["hnd-kiengiang"]
    assert dataclasses.replace(portal, notes=None, evidence=None) == Portal(
        id="hnd-kiengiang",
        name="Cổng thông tin điện tử Hội Nông Dân tỉnh Kiên Giang",
        url="https://hoinongdan.kiengiang.gov.vn",
        level="đoàn thể",
        province="Kiên Giang",
        province_2025="An Giang",
        platform="mojoportal",
        start_urls=("https://hoinongdan.kiengiang.gov.vn/",),
        status="archived",
        verified=False,
        notes=None,
        merged_into=None,
        province_code=91,
    )
    assert portal.notes.startswith("Seed article 000 ")


def test_seed_site_kyanh_district(registry):
    portal = registry["kyanh-hatinh"]
    assert dataclasses.replace(portal, notes=None, evidence=None) == Portal(
        id="kyanh-hatinh",
        name="Cổng thông tin điện tử huyện Kỳ Anh",
        url="https://kyanh.hatinh.gov.vn",
        level="huyện",
        province="Hà Tĩnh",
        province_2025="Hà Tĩnh",
        platform="unknown",
        start_urls=("https://kyanh.hatinh.gov.vn/",),
        status="archived",
        verified=False,
        notes=None,
        merged_into=None,
        province_code=42,
    )
    assert portal.notes.startswith("Seed article 002 ")


# --- the loader -----------------------------------------------------------------------------


def test_later_files_add_entries(tmp_path):
    extra = _write(tmp_path, "samples.yml", [_entry(merged_into=None)])
    portals = load_registry((DEFAULT_REGISTRY, extra))
    assert len(portals) == 66
    assert list(portals)[-1] == "sample-portal"
    assert portals["sample-portal"] == Portal(
        id="sample-portal",
        name="Cổng mẫu",
        url="https://sample.invalid",
        level="sở",
        province="Ninh Thuận",
        province_2025="Khánh Hòa",
        platform="unknown",
        start_urls=("https://sample.invalid/",),
        status="active",
        verified=False,
        notes=None,
        merged_into=None,
        province_code=56,
    )


def test_nfd_input_is_normalised(tmp_path):
    nfd = {k: unicodedata.normalize("NFD", v) for k, v in VALID_ENTRY.items() if isinstance(v, str)}
    assert nfd["level"] != "sở"
    path = _write(tmp_path, "nfd.yml", [_entry(**nfd)])
    portal = load_registry([path])["sample-portal"]
    assert (portal.name, portal.level, portal.province_2025) == ("Cổng mẫu", "sở", "Khánh Hòa")


def test_duplicate_id_across_files(tmp_path):
    first = _write(tmp_path, "a.yml", [_entry()])
    second = _write(tmp_path, "b.yml", [_entry()])
    with pytest.raises(RegistryError) as info:
        load_registry((first, second))
    assert (
        str(info.value)
        == f"{second}: entry 'sample-portal': duplicate id, already defined in {first}"
    )


def test_duplicate_of_default_registry(tmp_path):
    path = _write(tmp_path, "dup.yml", [_entry(id="ninhthuan")])
    with pytest.raises(RegistryError, match="entry 'ninhthuan': duplicate id, already defined in"):
        load_registry((DEFAULT_REGISTRY, path))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"platform": "joomla"},
            "platform 'joomla' is not one of: tandan-sharepoint, sharepoint-trang, "
            "vnpt-articleinmenu, common-title, dotnetnuke, liferay, drupal, wordpress, mojoportal, "
            "hatinh-new, unknown",
        ),
        ({"status": "gone"}, "status 'gone' is not one of: active, archived, redirects"),
        ({"level": "bộ"}, "level 'bộ' is not one of: tỉnh, huyện, xã, sở, đoàn thể"),
        ({"url": "ninhthuan.gov.vn"}, "url 'ninhthuan.gov.vn' is not an absolute http(s) URL"),
        ({"start_urls": []}, "start_urls must be a non-empty list, got []"),
        ({"start_urls": ["ftp://x/"]}, "start_urls 'ftp://x/' is not an absolute http(s) URL"),
        ({"verified": "no"}, "verified must be true or false, got 'no'"),
        ({"name": " "}, "name must be a non-empty string, got ' '"),
        ({"province_code": 0}, "province_code must be a positive integer, got 0"),
        ({"province_code": True}, "province_code must be a positive integer, got True"),
        ({"merged_into": "khanhhoa"}, "an active portal cannot have merged_into"),
        (
            {"merged_into": "Khanh Hoa", "status": "archived"},
            "merged_into 'Khanh Hoa' is not a slug like 'hnd-kiengiang'",
        ),
        ({"homepage": "https://x.invalid"}, "unknown keys: homepage"),
    ],
)
def test_invalid_value_names_file_and_entry(tmp_path, changes, message):
    path = _write(tmp_path, "bad.yml", [_entry(), _entry(id="bad-one", **changes)])
    with pytest.raises(RegistryError) as info:
        load_registry([path])
    assert str(info.value) == f"{path}: entry 'bad-one': {message}"


def test_bad_id_and_missing_keys(tmp_path):
    path = _write(tmp_path, "bad.yml", [_entry(id="Bad Id")])
    with pytest.raises(RegistryError) as info:
        load_registry([path])
    assert (
        str(info.value) == f"{path}: entry 'Bad Id': id 'Bad Id' is not a slug like 'hnd-kiengiang'"
    )
    entry = _entry()
    del entry["status"], entry["notes"]
    path = _write(tmp_path, "missing.yml", [entry])
    with pytest.raises(RegistryError) as info:
        load_registry([path])
    assert str(info.value) == f"{path}: entry 'sample-portal': missing keys: notes, status"


def test_entry_without_usable_id_is_named_by_position(tmp_path):
    path = _write(tmp_path, "bad.yml", [_entry(), "just a string"])
    with pytest.raises(RegistryError) as info:
        load_registry([path])
    assert str(info.value) == f"{path}: entry #1: expected a mapping, got 'just a string'"


@pytest.mark.parametrize("target", ["nowhere", "old-site"])
def test_merged_into_must_name_an_active_portal(tmp_path, target):
    entries = [
        _entry(id="old-site", status="archived"),
        _entry(id="gone", status="redirects", merged_into=target),
    ]
    path = _write(tmp_path, "bad.yml", entries)
    with pytest.raises(RegistryError) as info:
        load_registry([path])
    assert (
        str(info.value) == f"{path}: entry 'gone': merged_into {target!r} is not an active portal"
    )


def test_merged_into_may_name_a_portal_from_another_file(tmp_path):
    path = _write(tmp_path, "extra.yml", [_entry(status="redirects", merged_into="hatinh")])
    assert load_registry((DEFAULT_REGISTRY, path))["sample-portal"].merged_into == "hatinh"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("portals: [", "cannot read registry: "),
        ("- id: x\n", "expected a mapping with a 'portals' list"),
        ("", "expected a mapping with a 'portals' list"),
    ],
)
def test_unusable_file(tmp_path, text, message):
    path = tmp_path / "broken.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        load_registry([path])
    assert str(info.value).startswith(f"{path}: {message}")


def test_missing_file(tmp_path):
    with pytest.raises(RegistryError, match="absent.yml: cannot read registry: "):
        load_registry([tmp_path / "absent.yml"])


# --- rows and listing -----------------------------------------------------------------------


def test_portal_rows(registry):
    rows = portal_rows(registry.values())
    assert len(rows) == 65
    row = rows[list(registry).index("ninhthuan")]
    assert row == {
        "id": "ninhthuan",
        "name": "Cổng thông tin điện tử tỉnh Ninh Thuận",
        "url": "https://ninhthuan.gov.vn",
        "platform": "tandan-sharepoint",
        "province": "Ninh Thuận",
        "province_2025": "Khánh Hòa",
        "level": "tỉnh",
        "status": "archived",
        "verified": False,
        "notes": registry["ninhthuan"].notes,
        "merged_into": "khanhhoa",
        "start_urls": json.dumps([f"https://ninhthuan.gov.vn{p}" for p in TANDAN_PATHS]),
        "settings": None,
    }
    assert json.loads(rows[-1]["start_urls"]) == ["https://kyanh.hatinh.gov.vn/"]


def test_format_table_empty():
    assert format_table([]) == (
        "id  status  merged_into  platform  level  province_2025  url\n"
        "--  ------  -----------  --------  -----  -------------  ---\n"
        "0 portals"
    )


def test_main_filters(capsys):
    assert main(["--platform", "sharepoint-trang"]) == 0
    assert capsys.readouterr().out == (
        "id         status    merged_into  platform          level  province_2025  url\n"
        "---------  --------  -----------  ----------------  -----  -------------  "
        "------------------------\n"
        "quangninh  active                 sharepoint-trang  tỉnh   Quảng Ninh     "
        "https://quangninh.gov.vn\n"
        "kiengiang  archived  angiang      sharepoint-trang  tỉnh   An Giang       "
        "https://kiengiang.gov.vn\n"
        "2 portals\n"
    )
    assert main(["--status", "active"]) == 0
    assert capsys.readouterr().out.endswith("\n34 portals\n")
    assert main(["--status", "archived", "--platform", "tandan-sharepoint"]) == 0
    assert capsys.readouterr().out.endswith(
        "\nninhthuan  archived  khanhhoa     tandan-sharepoint  tỉnh   Khánh Hòa      "
        "https://ninhthuan.gov.vn\n2 portals\n"
    )


def test_main_reports_a_bad_registry(tmp_path, capsys):
    path = _write(tmp_path, "bad.yml", [_entry(platform="joomla")])
    assert main(["--registry", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"error: {path}: entry 'sample-portal': platform 'joomla'")


def test_registry_module_does_not_import_scrapy():
    code = "import sys, crawler.registry; print('scrapy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout == "False\n"


def test_one_list_of_families():
    """The registry's platform values, the adapters and the sample templates are one list."""
    families = {adapter.name for adapter in ADAPTERS}
    assert set(PLATFORMS) == families | {"unknown"}
    assert set(FAMILIES) <= families
    assert {p.name for p in TEMPLATES_DIR.iterdir()} == set(FAMILIES)
