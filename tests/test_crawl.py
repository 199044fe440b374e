"""A real crawl of the sample portals over loopback HTTP, read back from the SQLite archive."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from evaluation.paths import seed_text
from extract.text import clean_line
from samples.crawl import scrapy_command
from tests.conftest import FURNITURE, ROOT, crawl, gold

EXPECTED = gold("sample_articles.json")
# Seed article file -> the sample site that carries it
SEEDS = {
    "000_239db4f83713a7b9.txt": "hnd-kiengiang",
    "001_f8ee1a5413bd7da2.txt": "ninhthuan",
    "002_6659db78acecf8ef.txt": "kyanh",
}
SEED_002_PATH = (
    "/vi/bai-viet/ubnd-huyen-ky-anh-to-chuc-hoi-nghi-giao-ban-thang-7-trien-khai-nhiem-vu-6-thang"
)


def articles_by_path(archive: sqlite_utils.Database, site_url: str) -> dict[str, dict]:
    """The archived articles of one sample site, keyed by URL path (and query)."""
    host = urlsplit(site_url).netloc
    rows = archive.query("select * from articles where url like ?", [f"http://{host}/%"])
    return {url_path(row["url"]): row for row in rows}


def url_path(url: str) -> str:
    """A URL's path with its query, the part that does not depend on the test's port."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.mark.parametrize("site", sorted(EXPECTED))
def test_exactly_the_article_pages_are_archived(archive, sample_urls, site):
    assert sorted(articles_by_path(archive, sample_urls[site])) == sorted(EXPECTED[site])


@pytest.mark.parametrize("field", ["title", "published_at", "author", "lead"])
@pytest.mark.parametrize("site", sorted(EXPECTED))
def test_article_fields(archive, sample_urls, site, field):
    found = articles_by_path(archive, sample_urls[site])
    assert {path: row[field] for path, row in found.items()} == {
        path: expected[field] for path, expected in EXPECTED[site].items()
    }


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_body_holds_every_seed_paragraph(archive, sample_urls, seed):
    """Every long paragraph of the seed is a line of the body of the article that carries it."""
    lines = seed_text(seed).splitlines()
    long_lines = [clean_line(line) for line in lines if len(line) > 200]
    rows = articles_by_path(archive, sample_urls[SEEDS[seed]]).values()
    body = next(row["body"] for row in rows if long_lines[0] in row["body"])
    assert [line for line in long_lines if line not in body.split("\n")] == []


def test_no_page_furniture_in_any_body(archive):
    bodies = [row["body"] for row in archive.query("select body from articles")]
    assert [(word, body[:60]) for body in bodies for word in FURNITURE if word in body] == []


def test_captions_go_to_images_not_body(archive):
    rows = list(
        archive.query(
            "select a.body, i.caption from images i join articles a on a.id = i.article_id"
        )
    )
    assert len(rows) == 16
    assert [row["caption"] for row in rows if row["caption"] in row["body"].split("\n")] == []


def test_bodies_are_nfc_paragraph_lines(archive):
    for row in archive.query("select body from articles"):
        assert unicodedata.is_normalized("NFC", row["body"])
        assert "\n\n" not in row["body"] and "\xa0" not in row["body"]


def test_second_crawl_adds_nothing(archive):
    counts = list(
        archive.query(
            "select portal_id, count(*) n, sum(articles_new) new, sum(articles_updated) upd "
            "from crawls group by portal_id"
        )
    )
    assert archive["articles"].count == sum(len(articles) for articles in EXPECTED.values())
    assert len(counts) == len(EXPECTED)
    assert all(row["n"] == 2 and row["upd"] == 0 for row in counts)
    assert sorted(row["new"] for row in counts) == sorted(len(a) for a in EXPECTED.values())
    second = list(
        archive.query("select articles_new, status from crawls where id > ?", [len(EXPECTED)])
    )
    assert second == [{"articles_new": 0, "status": "ok"}] * len(EXPECTED)


def test_crawls_rows(archive):
    rows = list(archive.query("select * from crawls order by id limit 8"))
    assert [(r["pages"], r["articles_new"], r["errors"], r["status"]) for r in rows] == [
        (13, 7, 0, "ok"),
        (12, 6, 0, "ok"),
        (15, 7, 0, "ok"),
        (7, 2, 0, "ok"),
        (7, 2, 0, "ok"),
        (8, 3, 0, "ok"),
        (8, 3, 0, "ok"),
        (8, 3, 0, "ok"),
    ]


def test_registry_portal_crawl(sample_urls, tmp_path: Path):
    """`-a portal=ID` crawls a registry entry; its row in portals comes from the registry."""
    registry = tmp_path / "registry.yml"
    registry.write_text(
        "portals:\n"
        "  - id: test-kyanh\n"
        "    name: Test Kỳ Anh\n"
        f"    url: {sample_urls['kyanh']}\n"
        "    level: huyện\n"
        "    province: Hà Tĩnh\n"
        "    province_2025: Hà Tĩnh\n"
        "    platform: hatinh-new\n"
        f"    start_urls: ['{sample_urls['kyanh']}vi/chuyen-muc/hoat-dong-lanh-dao']\n"
        "    status: active\n"
        "    verified: false\n"
        "    notes: test\n",
        encoding="utf-8",
    )
    db = tmp_path / "a.db"
    result = crawl(db, "portal=test-kyanh", registries=(registry,))
    assert result.returncode == 0, result.stderr[-2000:]
    archive = sqlite_utils.Database(db)
    rows = list(archive.query("select portal_id, title from articles"))
    assert {row["portal_id"] for row in rows} == {"test-kyanh"}
    assert EXPECTED["kyanh"][SEED_002_PATH]["title"] in [row["title"] for row in rows]
    portal = archive["portals"].get("test-kyanh")
    assert (portal["name"], portal["province"], portal["platform"]) == (
        "Test Kỳ Anh",
        "Hà Tĩnh",
        "hatinh-new",
    )


def test_unknown_portal_gets_a_row_from_its_home_page(archive, sample_urls):
    host = urlsplit(sample_urls["ninhthuan"]).netloc
    row = next(archive.query("select * from portals where url like ?", [f"http://{host}%"]))
    assert (row["name"], row["platform"]) == (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN",
        "tandan-sharepoint",
    )


# Sample site -> the platform family its home page's markup shows
PLATFORMS = {
    "ninhthuan": "tandan-sharepoint",
    "hnd-kiengiang": "mojoportal",
    "kyanh": "hatinh-new",
    "kiengiang": "sharepoint-trang",
    "bacgiang": "liferay",
    "tanhiep": "dotnetnuke",
    "camau": "drupal",
    "hnd-bentre": "wordpress",
}
# Articles that no page links to: only the site's sitemap (from robots.txt) or RSS feed lists them
UNLINKED = {
    "camau": "/tin-tuc/tap-huan-ky-thuat-nuoi-tom-sinh-thai-duoi-tan-rung-cho-nong-dan-huyen-"
    "ngoc-hien",
    "hnd-bentre": "/2023/09/05/trao-von-quy-ho-tro-nong-dan-cho-hoi-vien-huyen-giong-trom/",
}


@pytest.mark.parametrize("site", sorted(PLATFORMS))
def test_family_is_detected_from_the_home_page(archive, sample_urls, site):
    host = urlsplit(sample_urls[site]).netloc
    row = next(archive.query("select * from portals where url like ?", [f"http://{host}%"]))
    assert row["platform"] == PLATFORMS[site]


@pytest.mark.parametrize("site", sorted(UNLINKED))
def test_sitemap_and_feed_articles_are_archived(archive, sample_urls, site):
    assert UNLINKED[site] in articles_by_path(archive, sample_urls[site])


def test_generic_fallback_archives_the_same_articles(sample_urls, tmp_path: Path):
    """With family detection switched off, every sample portal crawled from its home page gives
    exactly the same article pages, titles and dates (one Scrapy run over a registry of them)."""
    entries = "".join(
        f"  - id: generic-{site}\n    name: {site}\n    url: {url}\n    level: tỉnh\n"
        "    province: null\n    province_2025: null\n    platform: unknown\n"
        f"    start_urls: ['{url}']\n    status: active\n    verified: false\n    notes: test\n"
        for site, url in sample_urls.items()
    )
    registry = tmp_path / "registry.yml"
    registry.write_text("portals:\n" + entries, encoding="utf-8")
    db = tmp_path / "generic.db"
    ids = ",".join(f"generic-{site}" for site in sample_urls)
    command = scrapy_command([f"portals={ids}"], db, [ROOT / "crawler" / "registry.yml", registry])
    command += ["-s", "PLATFORM_DETECTION=False"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    generic = sqlite_utils.Database(db)
    found = {site: articles_by_path(generic, sample_urls[site]) for site in EXPECTED}
    assert {
        site: {path: (row["title"], row["published_at"]) for path, row in rows.items()}
        for site, rows in found.items()
    } == {
        site: {path: (f["title"], f["published_at"]) for path, f in articles.items()}
        for site, articles in EXPECTED.items()
    }
