"""Lists that page by form post, by JSON call or by script: a sample portal for each, crawled
over loopback HTTP from its home page; the articles only that mechanism reaches are archived."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
import yaml

from samples.mechanisms import write_portal
from samples.server import start_site
from tests.conftest import crawl

# Articles each sample lists on its first page (the others only the mechanism reaches)
FIRST_PAGE = 2


def serve(kind: str, tmp_path: Path, address: str) -> tuple[str, list[str], object]:
    """Serves one mechanism's sample portal; returns its base URL, article URLs and server."""
    articles = write_portal(kind, tmp_path / kind)
    server = start_site(tmp_path / kind, address)
    base = f"http://{address}:{server.server_address[1]}"
    return base, [base + a for a in articles], server


def crawled(db: Path, *args: str, registries: tuple[Path, ...] = ()) -> sqlite_utils.Database:
    """Crawls into db and opens it."""
    result = crawl(db, *args, registries=registries)
    assert result.returncode == 0, result.stderr[-3000:]
    return sqlite_utils.Database(db)


def crawl_home(
    kind: str, tmp_path: Path, address: str, start: str = "/"
) -> tuple[sqlite_utils.Database, list[str]]:
    """Serves one mechanism's sample portal and crawls it from start; returns the archive and
    the portal's article URLs."""
    base, articles, server = serve(kind, tmp_path, address)
    try:
        return crawled(tmp_path / "a.db", f"start_url={base}{start}"), articles
    finally:
        server.shutdown()


def archived(db: sqlite_utils.Database) -> list[str]:
    """The archived articles' URLs."""
    return sorted(row["url"] for row in db.query("select url from articles"))


def test_webforms_lists_page_by_postback_and_by_a_pager_button(tmp_path):
    db, articles = crawl_home("webforms", tmp_path, "127.0.3.1", "/Default.aspx")
    assert archived(db) == sorted(articles)
    assert len(articles) > FIRST_PAGE


def test_vnpt_list_pages_by_load_article_call_and_garbage_is_an_error(tmp_path):
    db, articles = crawl_home("vnpt", tmp_path, "127.0.3.2")
    assert archived(db) == sorted(articles)
    errors = [row["error"] for row in db.query("select error from crawl_errors")]
    assert errors == ["list call page 2: not a list"]


def test_a_family_rule_that_drifted_loses_nothing_and_shows_in_portal_health(tmp_path):
    db, articles = crawl_home("drift", tmp_path, "127.0.3.5")
    assert archived(db) == sorted(articles)
    assert {row["platform"] for row in db.query("select platform from articles")} == {"generic"}
    crawled_portal = "select portal_id from crawls"
    (health,) = db.query(
        f"select last_disagreements from portal_health where portal_id in ({crawled_portal})"
    )
    assert health["last_disagreements"] == len(articles) == 3


def test_liferay_list_pages_by_its_load_page_resource_call(tmp_path):
    db, articles = crawl_home("liferay", tmp_path, "127.0.3.6")
    assert archived(db) == sorted(articles)
    assert list(db.query("select error from crawl_errors")) == []


def test_lists_paged_by_script_calls_of_no_known_family(tmp_path):
    """One list POSTs JSON to a web service, another GETs an API page by page: the calls are
    read off the pages' scripts, and the articles their answers name are archived."""
    db, articles = crawl_home("json", tmp_path, "127.0.3.4")
    assert archived(db) == sorted(articles)
    assert list(db.query("select error from crawl_errors")) == []


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Debian's chromium missing")
def test_listing_built_by_script_renders_in_chromium(tmp_path):
    base, articles, server = serve("script", tmp_path, "127.0.3.3")
    entry = {
        "id": "sample-script",
        "name": "Sample: a listing built by script",
        "url": f"{base}/",
        "level": "huyện",
        "province": None,
        "province_2025": None,
        "platform": "unknown",
        "start_urls": [f"{base}/"],
        "status": "active",
        "verified": False,
        "notes": "Sample portal whose news list only renders with JavaScript.",
        "render_listings": True,
    }
    registry = tmp_path / "registry.yml"
    registry.write_text(yaml.safe_dump({"portals": [entry]}, allow_unicode=True))
    try:
        db = crawled(tmp_path / "a.db", "portal=sample-script", registries=(registry,))
        plain = crawled(tmp_path / "b.db", f"start_url={base}/")
    finally:
        server.shutdown()
    assert archived(db) == sorted(articles)
    assert archived(plain) == []
