"""Portal registry: load, validate and list the government portals the crawler visits.

A registry file is YAML with a top-level ``portals`` list; ``crawler/registry.yml`` documents the
fields. Plain Python (no Scrapy import) so that tools and tests can load it cheaply.
"""

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from extract.platforms import ADAPTERS

DEFAULT_REGISTRY = Path(__file__).with_name("registry.yml")

LEVELS = ("tỉnh", "huyện", "xã", "sở", "đoàn thể")
# The platform families: extract/platforms' adapters (the one list of families, which the sample
# templates also follow), and "unknown"
PLATFORMS = (*(adapter.name for adapter in ADAPTERS), "unknown")
STATUSES = ("active", "archived", "redirects")
ACTIVE = "active"

# A portal id: lower-case ASCII words joined by hyphens, e.g. "ninhthuan", "hnd-kiengiang".
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# An absolute http(s) URL with a host, e.g. "https://ninhthuan.gov.vn/portal/Pages/x.aspx".
URL_RE = re.compile(r"^https?://[^\s/?#]+(?:[/?#]\S*)?$")

REQUIRED_KEYS = frozenset(
    {
        "id",
        "name",
        "url",
        "level",
        "province",
        "province_2025",
        "platform",
        "start_urls",
        "status",
        "verified",
        "notes",
    }
)
OPTIONAL_KEYS = frozenset(
    {"merged_into", "province_code", "settings", "attachment_hosts", "render_listings", "evidence"}
)
# A Scrapy setting name a portal may set for its own crawls, e.g. "DOWNLOADER_CLIENT_TLS_METHOD"
SETTING_NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
# A host name as attachment_hosts lists it, e.g. "vbpl.hatinh.gov.vn" or "127.0.0.5"
HOST_RE = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$", re.I)
TABLE_COLUMNS = ("id", "status", "merged_into", "platform", "level", "province_2025", "url")
TABLE_GAP = "  "


class RegistryError(ValueError):
    """A registry file that cannot be read, or that holds an invalid or duplicate entry."""


@dataclass(frozen=True)
class Portal:
    """One government web site: where it is, what it runs, and what became of it in 2025."""

    id: str
    name: str
    url: str
    level: str
    province: str | None
    province_2025: str | None
    platform: str
    start_urls: tuple[str, ...]
    status: str
    verified: bool
    notes: str | None
    merged_into: str | None = None
    province_code: int | None = None
    settings: tuple[tuple[str, str], ...] = ()
    # Other hosts the portal's attachments may come from, e.g. a province's document server
    attachment_hosts: tuple[str, ...] = ()
    render_listings: bool = False
    evidence: str | None = None


def _string(value: Any, key: str) -> str:
    """Return value as stripped NFC text; raise ValueError unless it is a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{key} must be a non-empty string, got {value!r}")
    return unicodedata.normalize("NFC", value.strip())


def _optional_string(raw: dict[str, Any], key: str) -> str | None:
    """Return raw[key] as stripped NFC text, or None when it is null or absent."""
    value = raw.get(key)
    return None if value is None else _string(value, key)


def _choice(raw: dict[str, Any], key: str, allowed: Sequence[str]) -> str:
    """Return raw[key] if it is one of the allowed values, else raise ValueError."""
    value = _string(raw.get(key), key)
    if value not in allowed:
        raise ValueError(f"{key} {value!r} is not one of: {', '.join(allowed)}")
    return value


def _slug(value: str, key: str) -> str:
    """Return value if it is a valid portal id, else raise ValueError."""
    if not ID_RE.match(value):
        raise ValueError(f"{key} {value!r} is not a slug like 'hnd-kiengiang'")
    return value


def _url(value: Any, key: str) -> str:
    """Return value as text if it is an absolute http(s) URL, else raise ValueError."""
    text = _string(value, key)
    if not URL_RE.match(text):
        raise ValueError(f"{key} {text!r} is not an absolute http(s) URL")
    return text


def _start_urls(raw: dict[str, Any]) -> tuple[str, ...]:
    """Return the entry's start_urls as a tuple of validated URLs."""
    values = raw.get("start_urls")
    if not isinstance(values, list) or not values:
        raise ValueError(f"start_urls must be a non-empty list, got {values!r}")
    return tuple(_url(value, "start_urls") for value in values)


def _hosts(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    """Return the entry's list of host names under key (e.g. ["vbpl.hatinh.gov.vn"])."""
    values = raw.get(key, [])
    if not isinstance(values, list) or not all(HOST_RE.match(str(v)) for v in values):
        raise ValueError(f"{key} must be a list of host names, got {values!r}")
    return tuple(str(v).lower() for v in values)


def _province_code(raw: dict[str, Any]) -> int | None:
    """Return the entry's province_code: a positive integer or None."""
    value = raw.get("province_code")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"province_code must be a positive integer, got {value!r}")
    return value


def _settings(raw: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The Scrapy settings a portal needs for its own crawls (old TLS, ciphers …), sorted by
    name: {"DOWNLOADER_CLIENT_TLS_METHOD": "TLSv1.2"} -> (("DOWNLOADER_CLIENT_TLS_METHOD", …),)."""
    value = raw.get("settings") or {}
    if not isinstance(value, dict):
        raise ValueError("settings must be a mapping of Scrapy setting names to values")
    bad = [name for name in value if not SETTING_NAME_RE.match(str(name))]
    if bad:
        raise ValueError(f"settings: not Scrapy setting names: {', '.join(map(str, bad))}")
    return tuple(sorted((str(name), str(setting)) for name, setting in value.items()))


def _portal(raw: dict[str, Any]) -> Portal:
    """Build a Portal from one raw YAML mapping, raising ValueError on the first bad value."""
    missing = sorted(REQUIRED_KEYS - raw.keys())
    if missing:
        raise ValueError(f"missing keys: {', '.join(missing)}")
    unknown = sorted(raw.keys() - REQUIRED_KEYS - OPTIONAL_KEYS, key=str)
    if unknown:
        raise ValueError(f"unknown keys: {', '.join(map(str, unknown))}")
    for flag in ("verified", "render_listings"):
        if not isinstance(raw.get(flag, False), bool):
            raise ValueError(f"{flag} must be true or false, got {raw[flag]!r}")
    status = _choice(raw, "status", STATUSES)
    merged_into = _optional_string(raw, "merged_into")
    if merged_into is not None:
        _slug(merged_into, "merged_into")
        if status == ACTIVE:
            raise ValueError("an active portal cannot have merged_into")
    return Portal(
        id=_slug(_string(raw["id"], "id"), "id"),
        name=_string(raw["name"], "name"),
        url=_url(raw["url"], "url"),
        level=_choice(raw, "level", LEVELS),
        province=_optional_string(raw, "province"),
        province_2025=_optional_string(raw, "province_2025"),
        platform=_choice(raw, "platform", PLATFORMS),
        start_urls=_start_urls(raw),
        status=status,
        verified=raw["verified"],
        notes=_optional_string(raw, "notes"),
        merged_into=merged_into,
        province_code=_province_code(raw),
        settings=_settings(raw),
        attachment_hosts=_hosts(raw, "attachment_hosts"),
        render_listings=raw.get("render_listings", False),
        evidence=_optional_string(raw, "evidence"),
    )


def _raw_entries(path: Path) -> list[Any]:
    """Read a registry file and return its ``portals`` list, raising RegistryError if unusable."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RegistryError(f"{path}: cannot read registry: {exc}") from exc
    entries = document.get("portals") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: expected a mapping with a 'portals' list")
    return entries


def _entry_label(raw: Any, index: int) -> str:
    """Name an entry for error messages: its id if it has a usable one, else its position."""
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        return repr(unicodedata.normalize("NFC", raw["id"]))
    return f"#{index}"


def load_registry(paths: Sequence[Path] = (DEFAULT_REGISTRY,)) -> dict[str, Portal]:
    """Load and validate registry files in order into {id: Portal}; later files add entries."""
    portals: dict[str, Portal] = {}
    sources: dict[str, Path] = {}
    for path in map(Path, paths):
        for index, raw in enumerate(_raw_entries(path)):
            label = _entry_label(raw, index)
            if not isinstance(raw, dict):
                raise RegistryError(f"{path}: entry {label}: expected a mapping, got {raw!r}")
            try:
                portal = _portal(raw)
            except ValueError as exc:
                raise RegistryError(f"{path}: entry {label}: {exc}") from None
            if portal.id in portals:
                raise RegistryError(
                    f"{path}: entry {label}: duplicate id, already defined in {sources[portal.id]}"
                )
            portals[portal.id] = portal
            sources[portal.id] = path
    for portal in portals.values():
        if portal.merged_into is None:
            continue
        target = portals.get(portal.merged_into)
        if target is None or target.status != ACTIVE:
            raise RegistryError(
                f"{sources[portal.id]}: entry {portal.id!r}: merged_into "
                f"{portal.merged_into!r} is not an active portal"
            )
    return portals


def portal_rows(portals: Iterable[Portal]) -> list[dict[str, Any]]:
    """Return one row per portal for the archive's ``portals`` table (start_urls as JSON text)."""
    return [
        {
            "id": p.id,
            "name": p.name,
            "url": p.url,
            "platform": p.platform,
            "province": p.province,
            "province_2025": p.province_2025,
            "level": p.level,
            "status": p.status,
            "verified": p.verified,
            "notes": p.notes,
            "merged_into": p.merged_into,
            "start_urls": json.dumps(list(p.start_urls), ensure_ascii=False),
            "settings": json.dumps(dict(p.settings), ensure_ascii=False) if p.settings else None,
        }
        for p in portals
    ]


def format_table(portals: Iterable[Portal]) -> str:
    """Render portals as a fixed-width text table of TABLE_COLUMNS with a count line."""
    cells = [list(TABLE_COLUMNS)]
    cells += [[getattr(p, col) or "" for col in TABLE_COLUMNS] for p in portals]
    widths = [max(len(row[i]) for row in cells) for i in range(len(TABLE_COLUMNS))]
    lines = [TABLE_GAP.join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, TABLE_GAP.join("-" * w for w in widths))
    lines.append(f"{len(cells) - 1} portals")
    return "\n".join(line.rstrip() for line in lines)


def main(argv: Sequence[str] | None = None) -> int:
    """List the registry's portals, optionally filtered by status and platform."""
    parser = argparse.ArgumentParser(
        prog="python -m crawler.registry", description="List the portals in the registry."
    )
    parser.add_argument("--status", choices=STATUSES)
    parser.add_argument("--platform", choices=PLATFORMS)
    parser.add_argument(
        "--registry",
        type=Path,
        action="append",
        help=f"registry file, repeatable (default: {DEFAULT_REGISTRY.name})",
    )
    args = parser.parse_args(argv)
    try:
        portals = load_registry(args.registry or (DEFAULT_REGISTRY,))
    except RegistryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    selected = [
        p
        for p in portals.values()
        if args.status in (None, p.status) and args.platform in (None, p.platform)
    ]
    print(format_table(selected))
    return 0


if __name__ == "__main__":
    sys.exit(main())
