"""Datasette serves the crawled archive with the project's metadata, pages, canned queries and
charts, and shows crawled text as text."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path
from urllib.parse import urlencode

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette
from datasette_dashboards import replace_opts_in_query

from tests.conftest import ROOT, gold
from tests.test_archive import SEED_000_FIGURES

METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
TEMPLATES = ROOT / "templates"
QUERIES = METADATA["databases"]["archive"]["queries"]
DASHBOARD = METADATA["plugins"]["datasette-dashboards"]["hop-ubnd"]
# The sample article quoting markup (samples/content/kyanh/canh-giac-tin-nhan-ma-doc.yml)
XSS_TITLE = "Cảnh giác với tin nhắn lừa đảo chứa mã độc"
XSS_TEXT = '<script>alert("xss")</script> hoặc <img src=x onerror=alert(1)>'


def datasette_for(db: Path) -> Datasette:
    """A Datasette over the archive at db as `make serve` runs it: immutable, with the
    project's metadata and templates (the installed plugins load themselves)."""
    return Datasette(immutables=[str(db)], metadata=METADATA, template_dir=str(TEMPLATES))


@pytest.fixture(scope="module")
def get(crawled: Path):
    """GET a path from an in-process Datasette over the crawled archive."""
    datasette = datasette_for(crawled)

    def fetch(path: str, **params: str):
        return asyncio.run(datasette.client.get(path + (f"?{urlencode(params)}" if params else "")))

    return fetch


def rows(get, path: str, **params: str) -> list[dict]:
    """The rows of a JSON page of Datasette, as objects."""
    response = get(f"{path}.json", _shape="objects", **params)
    assert response.status_code == 200, response.text[:500]
    return response.json()["rows"]


def test_metadata_is_applied(get):
    response = get("/-/metadata.json")
    assert response.status_code == 200
    assert response.json()["title"] == METADATA["title"]
    page = get("/archive/articles").text
    assert "One row per article page." in page


def test_every_table_and_column_is_described(get):
    tables = METADATA["databases"]["archive"]["tables"]
    for table in get("/archive.json").json()["tables"]:
        name = table["name"]
        if table["hidden"]:
            continue
        assert "description" in tables[name], name
        if table.get("columns") and "columns" in tables[name]:
            assert set(table["columns"]) - {"id"} <= set(tables[name]["columns"]), name


def test_fts_tables_are_hidden(get):
    hidden = {t["name"] for t in get("/archive.json").json()["tables"] if t["hidden"]}
    assert {"articles_fts", "articles_fts_data"} <= hidden


def test_search_box_finds_articles(get):
    response = get("/archive/articles.json?_search=Lâm+Minh+Thành&_shape=objects")
    titles = [row["title"] for row in response.json()["rows"]]
    assert titles == [
        "Thông báo kết luận của Chủ tịch UBND tỉnh tại Hội nghị kiểm điểm công tác chỉ đạo,"
        " điều hành 6 tháng đầu năm 2021",
        "Kết luận của Chủ tịch UBND tỉnh Lâm Minh Thành tại Hội nghị kiểm điểm công tác chỉ đạo,"
        " điều hành 6 tháng đầu năm 2021",
        "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Hội nghị trực tuyến kiểm điểm công tác chỉ đạo,"
        " điều hành 6 tháng đầu năm 2021",
    ]


def test_articles_newest_first(get):
    rows = get("/archive/articles.json?_shape=objects&_col=published_at").json()["rows"]
    dates = [row["published_at"][:10] for row in rows]
    assert dates == sorted(dates, reverse=True)
    assert len(dates) == sum(len(articles) for articles in gold("sample_articles.json").values())


def test_facets_include_dates_and_label_columns(get):
    page = get("/archive/articles.json", _shape="objects", _size="0").json()
    assert {"province_2025", "meeting_type", "level", "meeting_date", "published_at"} <= set(
        page["facet_results"]
    )
    assert page["facet_results"]["published_at"]["type"] == "date"
    first = get("/archive/articles.json", _labels="on", _shape="objects", _size="1").json()
    portal = first["rows"][0]["portal_id"]
    assert set(portal) == {"value", "label"} and portal["label"] != portal["value"]


def test_canned_queries_are_titled_in_vietnamese_and_english(get):
    listed = {q["name"]: q["title"] for q in get("/archive.json").json()["queries"]}
    assert (
        set(listed)
        == set(QUERIES)
        == {
            "meetings_of_province",
            "chair_directives",
            "directives_due",
            "indicator_across_provinces",
            "meeting_figures",
            "articles_citing_document",
            "portal_health",
        }
    )
    assert all(" · " in title for title in listed.values())


def test_meetings_of_a_province_in_a_period(get):
    found = rows(
        get,
        "/archive/meetings_of_province",
        province="An Giang",
        date_from="2021-01-01",
        date_to="2021-12-31",
    )
    assert [(r["meeting_date"], r["province"], r["chair_name"], r["reports"]) for r in found] == [
        ("2021-07-07", "Kiên Giang", "Lâm Minh Thành", 3)
    ]
    assert rows(get, "/archive/meetings_of_province", province="", date_from="", date_to="")


def test_what_a_chair_ordered(get):
    found = rows(get, "/archive/chair_directives", chair="Lâm Minh Thành")
    by_article: dict[str, list[dict]] = {}
    for row in found:
        by_article.setdefault(row["title"], []).append(row)
    news = by_article.pop(
        "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Hội nghị trực tuyến kiểm điểm công tác chỉ đạo,"
        " điều hành 6 tháng đầu năm 2021"
    )
    assert [r["seq"] for r in news] == [1, 2, 3, 4, 5]
    assert news[2]["text"].startswith("Triển khai tốt Nghị quyết 63 của Chính phủ")
    assert {r["chair_name"] for r in found} == {"Lâm Minh Thành"}
    pdf_notice = by_article[
        "Kết luận của Chủ tịch UBND tỉnh Lâm Minh Thành tại Hội nghị kiểm điểm công tác chỉ đạo,"
        " điều hành 6 tháng đầu năm 2021"
    ]
    assert [r["seq"] for r in pdf_notice] == list(range(1, 14))


def test_directives_due_in_a_month(get):
    found = rows(get, "/archive/directives_due", month="2023-12")
    assert [(r["deadline"], r["agency"], r["province"]) for r in found] == [
        ("2023-12-31", "các ngành và địa phương", "Ninh Thuận")
    ]


def test_one_indicator_across_provinces(get):
    found = rows(
        get,
        "/archive/indicator_across_provinces",
        indicator="public_investment_disbursement",
        period_from="2021-01-01",
        period_to="2022-12-31",
    )
    assert [(r["province"], r["period_end"], r["value"], r["unit"]) for r in found] == [
        ("Kiên Giang", "2021-06-30", 19.7, "%")
    ]


def test_every_figure_of_a_meeting(get, archive: sqlite_utils.Database):
    meeting = next(
        archive.query("select id from meetings where meeting_type = 'hội nghị kiểm điểm'")
    )
    found = rows(get, "/archive/meeting_figures", meeting_id=str(meeting["id"]))
    news_item = [r for r in found if r["title"].startswith("Ủy ban nhân dân tỉnh Kiên Giang")]
    assert [(r["raw"], r["value"], r["unit"], r["indicator"]) for r in news_item] == (
        SEED_000_FIGURES
    )
    assert len({r["article_id"] for r in found}) == 3


def test_articles_citing_a_document(get):
    found = rows(get, "/archive/articles_citing_document", number="63")
    assert [(r["number"], r["doc_type"], r["issuer"]) for r in found] == [
        ("63/NQ-CP", "Nghị quyết", "Chính phủ"),
        ("63", "Nghị quyết", "Chính phủ"),
    ]


def test_portal_health(get, archive: sqlite_utils.Database):
    """The canned query shows the portal_health view: every crawled portal healthy after two
    good crawls, with its newest fetch and no recent errors; portals never crawled last."""
    found = rows(get, "/archive/portal_health")
    crawled = {r["portal_id"] for r in archive.query("select distinct portal_id from crawls")}
    assert {r["portal_id"] for r in found[: len(crawled)]} == crawled
    healthy = [r for r in found if r["portal_id"] in crawled]
    assert {
        (r["last_status"], r["runs"], r["failed_runs_last_7"], r["recent_errors"]) for r in healthy
    } == {("ok", 2, 0, 0)}
    newest = {
        r["portal_id"]: r["fetched_at"]
        for r in archive.query(
            "select portal_id, max(fetched_at) fetched_at from articles group by 1"
        )
    }
    assert {r["portal_id"]: r["last_new_article_at"] for r in healthy} == newest
    assert {r["last_status"] for r in found[len(crawled) :]} == {None}


def test_about_page_says_how_fresh(get, archive: sqlite_utils.Database):
    page = get("/about")
    assert page.status_code == 200
    fetched = next(archive.query("select max(fetched_at) f from articles"))["f"]
    assert f'<strong class="last-fetched">{fetched}</strong>' in page.text
    assert f"{archive['articles'].count:,} articles" in page.text
    assert 'href="/about"' in get("/").text


def test_robots_are_blocked(get):
    assert get("/robots.txt").text == "User-agent: *\nDisallow: /"


def test_dashboard_charts_have_data(get):
    assert get("/-/dashboards/hop-ubnd", indicator="").status_code == 200
    for name, chart in DASHBOARD["charts"].items():
        sql = replace_opts_in_query(chart["query"], {})
        assert rows(get, "/archive", sql=sql), name


def test_csv_and_json_exports(get):
    exported = get("/archive/articles.csv", _search="kiem diem", _col="title", _size="max")
    assert exported.status_code == 200
    titles = [row["title"] for row in csv.DictReader(io.StringIO(exported.text))]
    assert titles == [r["title"] for r in rows(get, "/archive/articles", _search="kiem diem")]
    assert get("/archive/portal_health.csv").text.startswith("portal_id,name,")


def test_crawled_markup_is_shown_as_text(get, archive: sqlite_utils.Database):
    article = next(archive.query("select id, body from articles where title = ?", [XSS_TITLE]))
    assert XSS_TEXT in article["body"]
    for path in (f"/archive/articles/{article['id']}", "/archive/articles"):
        page = get(path, _search="xss").text
        assert "&lt;script&gt;alert(" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
        assert "<script>alert(" not in page and "<img src=x" not in page


def test_year_facet(get, archive: sqlite_utils.Database):
    """Articles can be narrowed by year: the meeting's year, else the year of publication."""
    response = get("/archive/articles.json?_facet=year&_shape=objects&_size=0")
    counts = {f["value"]: f["count"] for f in response.json()["facet_results"]["year"]["results"]}
    expected = archive.query("select year, count(*) n from articles group by year")
    assert counts == {row["year"]: row["n"] for row in expected}
    meeting_2021 = archive.query(
        "select count(*) n from articles where is_meeting and meeting_date like '2021-%'"
    )
    assert counts[2021] >= next(meeting_2021)["n"] > 0
