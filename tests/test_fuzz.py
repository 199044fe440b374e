"""Discovery on fuzzed layouts: a few seeded portal variants crawled over loopback HTTP, every
article archived and nothing else (`make bench-discovery` runs 50)."""

from __future__ import annotations

import dataclasses

import sqlite_utils

from samples.fuzz import (
    Traits,
    build_variant,
    crawl_variants,
    draw_traits,
    load_content,
    long_section,
    write_variant,
)
from samples.server import start_site
from tests.conftest import crawl

# Variants crawled on every test run (seeds); they cover list, table and div listings and each
# layout trait of samples/fuzz.py Traits
SEEDS = [2, 3, 17, 41]


def test_fuzzed_variants_archive_every_article_and_nothing_else(tmp_path):
    score = crawl_variants(SEEDS, tmp_path)
    assert (score.missing, score.non_articles) == ([], [])
    assert score.present == 45


def test_the_seeds_run_on_every_test_cover_each_layout_trait():
    drawn = [draw_traits(seed) for seed in SEEDS]
    assert all(any(getattr(t, f.name) for t in drawn) for f in dataclasses.fields(Traits))


def test_variants_are_seeded():
    content = load_content()
    assert build_variant(5, content).pages == build_variant(5, content).pages
    assert build_variant(5, content).pages != build_variant(6, content).pages


def test_a_backfill_follows_a_next_only_section_to_its_end(tmp_path):
    """A 400-article section whose 20 pages link only to the next one is crawled to its end:
    the depth limit (8) counts link hops away from listings, not "next page" steps."""
    variant = long_section(400, 20)
    write_variant(variant, tmp_path / "site")
    server = start_site(tmp_path / "site", "127.0.4.1")
    base = f"http://127.0.4.1:{server.server_address[1]}"
    try:
        result = crawl(tmp_path / "a.db", f"start_url={base}/tin-tuc")
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr[-3000:]
    rows = sqlite_utils.Database(tmp_path / "a.db").query("select url from articles")
    assert sorted(row["url"] for row in rows) == sorted(base + url for url in variant.articles)
