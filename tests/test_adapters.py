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
from extract.platforms.scaffold import STARTING_TEMPLATES, TEMPLATES_DIR, scaffold
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


@pytest.mark.parametrize(
    ("family", "url"),
    [
        # real article forms (../shared/notes/real-portals.md)
        ("tandan-sharepoint", "https://thanhhoa.gov.vn/portal/pages/2015/hop-ubnd-tinh.aspx"),
        ("tandan-sharepoint", "https://dienbien.gov.vn/portal/Pages/2024-4-25/Hop-UBND.aspx"),
        ("tandan-sharepoint", "https://dienbien.gov.vn/en/bai-viet/hoi-nghi-giao-ban-a1b2"),
        ("sharepoint-trang", "https://quangninh.gov.vn/Trang/ChiTietBVGioiThieu.aspx?bvid=545"),
        ("sharepoint-trang", "https://kiengiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=2914"),
        ("liferay", "https://x.gov.vn/vi/news/-/details/1234/hop-ubnd-tinh"),
        (
            "liferay",
            "https://x.gov.vn/-/asset_publisher/Ab1/content/hop-ubnd/10181?inheritRedirect=true",
        ),
        ("liferay", "https://x.gov.vn/web/dng/-/hop-thuong-ky"),
        ("liferay", "https://x.gov.vn/web/guest/chi-tiet?id=4412"),
        (
            "liferay",
            "https://x.gov.vn/kinh-te?p_p_id=tin_WAR_x&p_p_lifecycle=0&_tin_WAR_x_articleId=88",
        ),
        ("vnpt-articleinmenu", "https://sonla.gov.vn/tin-chinh-tri/hop-ubnd-tinh-58213.html"),
    ],
)
def test_real_article_url_forms(family, url):
    adapter = next(a for a in ADAPTERS if a.name == family)
    assert adapter.article_url.search(url)


def test_tandan_second_markup_is_read_with_its_selectors():
    """The second Tân Dân markup (title .tandan-title-view, date .tandan-date-view, body
    .tandan-content-view, real-portals.md) on a year-only lower-case URL."""
    paragraph = "Chiều 12/3, UBND tỉnh họp phiên thường kỳ tháng 3 để cho ý kiến về các dự án. "
    html = (
        '<html><body><form id="aspnetForm"><div class="tandan-header">Cổng TTĐT</div>'
        '<h1 class="tandan-title-view">UBND tỉnh họp phiên thường kỳ tháng 3</h1>'
        '<div class="tandan-date-view">12/03/2015 16:00</div>'
        f'<div class="tandan-content-view"><p>{paragraph * 3}</p></div></form></body></html>'
    )
    url = "https://thanhhoa.gov.vn/portal/pages/2015/ubnd-tinh-hop-phien-thuong-ky.aspx"
    tree = parse_page(html)
    reading = read_page(tree, url, detect(tree))
    assert (reading.kind, reading.platform, reading.disagreement) == (
        ARTICLE,
        "tandan-sharepoint",
        False,
    )
    record = extract_from_html(html, url)
    assert (record.title, record.published_at) == (
        "UBND tỉnh họp phiên thường kỳ tháng 3",
        "2015-03-12T16:00:00+07:00",
    )


def test_scaffold_writes_an_adapter_and_templates(tmp_path):
    (tmp_path / "platforms").mkdir()
    module, templates = scaffold("my-family", "A family.", tmp_path / "platforms", tmp_path)
    namespace: dict = {}
    exec(compile(module.read_text(encoding="utf-8"), str(module), "exec"), namespace)
    assert namespace["MY_FAMILY"].name == "my-family"
    assert sorted(p.name for p in templates.iterdir()) == sorted(
        p.name for p in (TEMPLATES_DIR / STARTING_TEMPLATES).iterdir()
    )
