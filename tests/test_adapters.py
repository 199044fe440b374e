"""Per-family adapter tests in the style of Fundus' parser tests: a stored article page of each
platform family (tests/gold/adapters/<family>.html.gz) and its expected fields (<family>.json)."""

from __future__ import annotations

import dataclasses
import gzip
import json

import pytest

from extract.article import extract_article, extract_from_html, parse_page
from extract.pagetype import ARTICLE, read_page
from extract.platforms import ADAPTERS, GENERIC, detect
from tests.conftest import GOLD

FAMILIES = sorted(adapter.name for adapter in ADAPTERS)


def stored(family: str) -> tuple[str, dict]:
    """A family's stored page and its expected fields."""
    html = gzip.decompress((GOLD / "adapters" / f"{family}.html.gz").read_bytes()).decode("utf-8")
    expected = json.loads((GOLD / "adapters" / f"{family}.json").read_text(encoding="utf-8"))
    return html, expected


def test_every_family_has_a_stored_page():
    assert sorted(p.name.removesuffix(".json") for p in (GOLD / "adapters").glob("*.json")) == (
        FAMILIES
    )


@pytest.mark.parametrize("family", FAMILIES)
def test_family_is_detected_from_the_markup(family):
    html, _ = stored(family)
    assert detect(parse_page(html)).name == family


@pytest.mark.parametrize("family", FAMILIES)
def test_adapter_fields(family):
    html, expected = stored(family)
    record = dataclasses.asdict(extract_from_html(html, expected["url"]))
    assert json.loads(json.dumps({"url": expected["url"], **record})) == expected


@pytest.mark.parametrize("family", FAMILIES)
def test_generic_fallback_reads_the_same_title_and_date(family):
    """With no adapter, the page is still an article with the same title and publication date."""
    html, expected = stored(family)
    tree = parse_page(html)
    assert read_page(tree, expected["url"], GENERIC).kind == ARTICLE
    record = extract_article(tree, expected["url"], GENERIC)
    assert (record.title, record.published_at) == (expected["title"], expected["published_at"])


@pytest.mark.parametrize("family", FAMILIES)
def test_a_family_rule_never_vetoes_the_generic_reading(family):
    """The article at a URL its family's scheme does not know (a print view, a new scheme) is
    still an article, read generically, and the disagreement is noted when the family has a URL
    scheme; families without one judge by markup alone and agree."""
    html, expected = stored(family)
    tree = parse_page(html)
    reading = read_page(tree, "https://x.gov.vn/gioi-thieu", detect(tree))
    has_scheme = detect(tree).article_url is not None
    assert (reading.kind, reading.disagreement) == (ARTICLE, has_scheme)
    assert reading.platform == ("generic" if has_scheme else family)
