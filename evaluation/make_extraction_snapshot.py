"""Writes the extraction snapshot: `python -m evaluation.make_extraction_snapshot`.

Every article page of every sample site is rendered and saved as tests/gold/extraction/
sample-<site>-<article>.html.gz with its expected fields in a .json beside it: the body is the
article's "p" blocks, one per line; lead, author and publication date come from the content
file. One article is also re-encoded the ways Vietnamese portals get encodings wrong
(variant-*). Hand-made pages (hard-*) are left as they are. Re-run it when content is added.
"""

from __future__ import annotations

import gzip
import html.entities
import json
import re
import tempfile
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)
from w3lib.encoding import http_content_type_encoding

from crawler.registry import load_registry
from extract.fold import TONE_MARKS
from extract.legacy_fonts import TCVN3_ENCODE, VNI_ENCODE
from extract.text import clean_line
from samples.build import CONTENT_DIR, FAMILIES, build_site, load_articles, load_sites
from samples.crawl import SAMPLES_REGISTRY

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT_DIR = ROOT / "tests" / "gold" / "extraction"
# Prefixes of the files this script writes, e.g. "sample-kyanh-giao-ban-thang-7-2020.json"
GENERATED_PREFIXES = ("sample-", "variant-")
# Families whose article pages show the publication day without its time
DATE_ONLY_FAMILIES = frozenset({"tandan"})
# Vietnam's UTC offset, as the archive writes dates with a time, e.g. "2020-07-07T15:30:00+07:00"
VIETNAM_OFFSET = "+07:00"
# The sample article re-encoded into the variants: a hatinh page without toned capitals
VARIANT_SOURCE = ("kyanh", "tap-huan-cay-an-qua")
# The <meta> charset of a rendered page, e.g. '<meta charset="utf-8">'
META_CHARSET = re.compile(r'<meta charset="utf-8">')


def expected_fields(site: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    """The snapshot fields of one sample article page, as its content file gives them; the platform
    is the one samples/registry.yml names for the site (None when it names none)."""
    published: datetime = article["published_dt"]
    date_only = site["family"] in DATE_ONLY_FAMILIES
    portal = load_registry([SAMPLES_REGISTRY]).get(f"sample-{site['id']}")
    return {
        "url": f"http://{site['address']}{article['url']}",
        "platform": portal.platform if portal else None,
        "source": str((CONTENT_DIR / site["id"] / f"{article['id']}.yml").relative_to(ROOT)),
        "title": clean_line(article["title"]),
        "lead": clean_line(article["lead"]) if article.get("lead") else None,
        "author": clean_line(article["author"]),
        "published_at": (
            published.date().isoformat()
            if date_only
            else published.isoformat(timespec="seconds") + VIETNAM_OFFSET
        ),
        "body": "\n".join(clean_line(b["p"]) for b in article["blocks"] if "p" in b),
    }


def with_meta(page: str, charset: str | None) -> str:
    """The page with its <meta> charset changed to CHARSET, or removed when None."""
    declaration = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return META_CHARSET.sub(declaration if charset else "", page)


def cp1258_combining(page: str) -> bytes:
    """The page in windows-1258 with every tone written as a combining mark after its letter."""
    out = bytearray()
    for char in with_meta(page, "windows-1258"):
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def entity(char: str) -> str:
    """A non-ASCII character as an HTML entity, named where HTML has a name, e.g. "&agrave;"."""
    if char.isascii():
        return char
    name = html.entities.codepoint2name.get(ord(char))
    return f"&{name};" if name else f"&#{ord(char)};"


def font_encoded(table: dict[str, str]) -> Callable[[str], bytes]:
    """An encoder writing a page in a legacy font encoding (TCVN3 or VNI) on Latin-1 bytes."""

    def encode(page: str) -> bytes:
        text = "".join(table.get(char, char) for char in with_meta(page, "windows-1252"))
        return b"".join(c.encode("latin-1" if ord(c) < 0x100 else "cp1252") for c in text)

    return encode


# Variant name -> (HTTP header charset, page text -> bytes served)
VARIANTS: dict[str, tuple[str | None, Callable[[str], bytes]]] = {
    "cp1258-combining-meta-only": (None, cp1258_combining),
    "declared-iso-8859-1-is-utf8": (
        "iso-8859-1",
        lambda page: with_meta(page, "iso-8859-1").encode("utf-8"),
    ),
    "nfd": ("utf-8", lambda page: unicodedata.normalize("NFD", page).encode("utf-8")),
    "entities": ("utf-8", lambda page: "".join(map(entity, page)).encode("ascii")),
    "mojibake": (
        "utf-8",
        lambda page: page.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8"),
    ),
    "tcvn3": (None, font_encoded(TCVN3_ENCODE)),
    "vni": (None, font_encoded(VNI_ENCODE)),
}


def write_case(snapshot_dir: Path, name: str, page: bytes, fields: dict[str, Any]) -> None:
    """Writes one snapshot page (gzipped, fixed mtime so re-runs are identical) and its JSON."""
    (snapshot_dir / f"{name}.html.gz").write_bytes(gzip.compress(page, mtime=0))
    text = json.dumps(fields, ensure_ascii=False, indent=1) + "\n"
    (snapshot_dir / f"{name}.json").write_text(text, encoding="utf-8")


def write_snapshot(snapshot_dir: Path = SNAPSHOT_DIR) -> list[str]:
    """Renders every sample site, writes its article pages and the variants; returns the names."""
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    for old in snapshot_dir.iterdir():
        if old.name.startswith(GENERATED_PREFIXES):
            old.unlink()
    names = []
    with tempfile.TemporaryDirectory() as build_dir:
        for site in load_sites().values():
            routes = build_site(site, Path(build_dir) / site["id"])
            for article in load_articles(site["id"], FAMILIES[site["family"]]):
                route = routes[article["url"]]
                served = (Path(build_dir) / site["id"] / route["file"]).read_bytes()
                charset = http_content_type_encoding(route["content_type"])
                fields = {**expected_fields(site, article), "charset": charset}
                name = f"sample-{site['id']}-{article['id']}"
                write_case(snapshot_dir, name, served, fields)
                names.append(name)
                if (site["id"], article["id"]) != VARIANT_SOURCE:
                    continue
                page = served.decode("utf-8")
                for variant, (charset, encode) in VARIANTS.items():
                    write_case(
                        snapshot_dir,
                        f"variant-{variant}",
                        encode(page),
                        {**fields, "charset": charset},
                    )
                    names.append(f"variant-{variant}")
    return names


if __name__ == "__main__":
    written = write_snapshot()
    print(f"{len(written)} snapshot pages written to {SNAPSHOT_DIR.relative_to(ROOT)}")
