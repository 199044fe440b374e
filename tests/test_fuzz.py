"""Discovery on fuzzed layouts: a few seeded portal variants crawled over loopback HTTP, every
article archived and nothing else (`make bench-discovery` runs 50)."""

from __future__ import annotations

from samples.fuzz import build_variant, crawl_variants, load_content

# Variants crawled on every test run (seeds); they cover list, table and div listings
SEEDS = [3, 17, 41]


def test_fuzzed_variants_archive_every_article_and_nothing_else(tmp_path):
    score = crawl_variants(SEEDS, tmp_path)
    assert (score.missing, score.non_articles) == ([], [])
    assert score.present == 33


def test_variants_are_seeded():
    content = load_content()
    assert build_variant(5, content).pages == build_variant(5, content).pages
    assert build_variant(5, content).pages != build_variant(6, content).pages
