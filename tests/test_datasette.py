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

from publish.plugin import capture_timestamp
from tests.conftest import ROOT, gold
from tests.test_archive import SEED_000_FIGURES

METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
TEMPLATES = ROOT / "templates"
QUERIES = METADATA["databases"]["archive"]["queries"]
DASHBOARD = METADATA["plugins"]["datasette-dashboards"]["hop-ubnd"]
# The settings of `make serve` (Makefile SERVE_SETTINGS)
SERVE_SETTINGS = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
    "suggest_facets": False,
    "num_sql_threads": 3,
    "truncate_cells_html": 500,
}
# The sample article quoting markup (samples/content/kyanh/canh-giac-tin-nhan-ma-doc.yml)
XSS_TITLE = "Cảnh giác với tin nhắn lừa đảo chứa mã độc"
XSS_TEXT = '<script>alert("xss")</script> hoặc <img src=x onerror=alert(1)>'


def datasette_for(db: Path) -> Datasette:
    """A Datasette over the archive at db as `make serve` runs it: not immutable (it shows
    what crawls write while it runs), with the project's metadata and templates (the installed
    plugins, the project's own among them, load themselves)."""
    return Datasette(
        files=[str(db)], metadata=METADATA, template_dir=str(TEMPLATES), settings=SERVE_SETTINGS
    )


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
    rows = get("/archive/articles.json?_shape=objects&_col=published_at&_size=max").json()["rows"]
    dates = [row["published_at"][:10] for row in rows]
    assert dates == sorted(dates, reverse=True)
    assert len(dates) == sum(len(articles) for articles in gold("sample_articles.json").values())


def test_three_default_facets_and_more_on_demand(get):
    page = get("/archive/articles.json", _shape="objects", _size="0").json()
    assert set(page["facet_results"]) == {"province_2025", "year", "meeting_type"}
    assert page["suggested_facets"] == []
    asked = get("/archive/articles.json", _facet="level", _facet_date="published_at", _size="0")
    assert asked.json()["facet_results"]["published_at"]["type"] == "date"
    assert "level" in asked.json()["facet_results"]
    searched = get("/archive/articles.json", _search="kiem diem", _size="0").json()
    assert searched["facet_results"] == {}
    faceted = get("/archive/articles.json", _search="kiem diem", _facet="level", _nofacet="1")
    assert set(faceted.json()["facet_results"]) == {
        "province_2025",
        "year",
        "meeting_type",
        "level",
    }
    first = get("/archive/articles.json", _labels="on", _shape="objects", _size="1").json()
    portal = first["rows"][0]["portal_id"]
    assert set(portal) == {"value", "label"} and portal["label"] != portal["value"]


def test_no_query_makes_an_unbounded_blob(get):
    for sql in ("select length(randomblob(1e9))", "select length(zeroblob(1e9))"):
        response = get("/archive.json", sql=sql)
        assert response.status_code == 400 and "too big" in response.text, sql
    assert rows(get, "/archive", sql="select length(randomblob(1000)) n") == [{"n": 1000}]


def test_canned_queries_are_titled_in_vietnamese_and_english(get):
    listed = {q["name"]: q["title"] for q in get("/archive.json").json()["queries"]}
    assert (
        set(listed)
        == set(QUERIES)
        == {
            "search",
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
    assert get("/-/dashboards/hop-ubnd", indicator="", level="").status_code == 200
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


# The review meeting's reports (news item, web notice, PDF notice) and the Ninh Thuận session
# whose title says "kiểm điểm": what "kiem diem" must rank first
REVIEW_REPORTS = {
    "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Hội nghị trực tuyến kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021",
    "Kết luận của Chủ tịch UBND tỉnh Lâm Minh Thành tại Hội nghị kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021",
    "Thông báo kết luận của Chủ tịch UBND tỉnh tại Hội nghị kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021",
    "Ủy ban nhân tỉnh họp trực tuyến kiểm điểm công tác chỉ đạo, điều hành phát triển kinh tế-xã"
    " hội tháng 7, triển khai nhiệm vụ trọng tâm tháng 8/2023",
}
# The ways a journalist types a province, all of which must find what "Kiên Giang" finds
KIEN_GIANG_TYPED = ["kien giang", "Kien Giang", "KIÊN GIANG", " kiên  giang "]


def search_rows(get, q: str, **filters: str) -> list[dict]:
    """The rows of the search page for q."""
    empty = {"province": "", "year": "", "meeting_type": "", "level": ""}
    return rows(get, "/archive/search", q=q, **{**empty, **filters})


def test_search_ranks_review_reports_first_with_snippets(get):
    found = search_rows(get, "kiem diem")
    assert {r["title"] for r in found[:4]} == REVIEW_REPORTS
    assert all("\ue000kiểm\ue001 \ue000điểm\ue001" in r["snippet"] for r in found[:4])
    page = get("/archive/search", q="kiem diem").text
    assert "<mark>kiểm</mark> <mark>điểm</mark>" in page


def test_search_finds_the_words_apart_after_the_words_together(get):
    together = search_rows(get, "kiem diem")
    apart = search_rows(get, "diem kiem")
    assert 4 <= len(together) < 200
    assert {r["article_id"] for r in apart} == {r["article_id"] for r in together}


def test_search_filters_forgive_accents(get):
    everything = search_rows(get, "kiem diem")
    for typed in KIEN_GIANG_TYPED:
        narrowed = search_rows(get, "kiem diem", province=typed, year="2021")
        assert [r["title"] for r in narrowed] == [
            r["title"] for r in everything if r["province"] == "Kiên Giang"
        ]
    assert search_rows(get, "kiem diem", level="TINH", meeting_type="hoi nghi kiem diem")


def test_search_input_never_errors(get):
    for typed in ['"', "a OR", "-", "NEAR(", "*", "giải ngân)"]:
        assert get("/archive/search", q=typed).status_code == 200, typed
    assert search_rows(get, "") == []


@pytest.mark.parametrize(
    ("query", "params"),
    [
        ("meetings_of_province", {"date_from": "", "date_to": ""}),
        ("chair_directives", {"chair": ""}),
        ("directives_due", {"month": ""}),
    ],
)
def test_canned_queries_forgive_accents_case_and_spacing(get, query, params):
    expected = rows(get, f"/archive/{query}", province="Kiên Giang", **params)
    assert expected
    for typed in KIEN_GIANG_TYPED:
        assert rows(get, f"/archive/{query}", province=typed, **params) == expected, typed


def test_chair_found_without_accents(get):
    assert rows(get, "/archive/chair_directives", chair="lam minh thanh", province="") == rows(
        get, "/archive/chair_directives", chair="Lâm Minh Thành", province=""
    )


def test_query_forms_are_labelled_with_choices_from_the_data(get, archive):
    page = get("/archive/meetings_of_province").text
    assert '<label class="field" for="qp-province">Tỉnh · Province</label>' in page
    provinces = {r["province"] for r in archive.query("select distinct province from articles")}
    for province in provinces - {None}:
        assert f'<option value="{province}">' in page
    assert 'id="sql-query"' not in page
    assert "<pre" in get("/archive/meetings_of_province", _show_sql="1").text


def test_no_rows_hint(get):
    page = get("/archive/meetings_of_province", province="Atlantis", date_from="", date_to="")
    assert "No rows — try without filters" in page.text
    assert 'href="/archive/meetings_of_province"' in page.text


def test_numbers_are_vietnamese_on_pages_and_numeric_in_the_api(get):
    figures = rows(get, "/archive/figures", raw="4,52%")
    assert figures[0]["value"] == 4.52
    assert "4,52 %" in get("/archive/figures", raw="4,52%").text
    page = get("/archive/indicator_results", indicator="budget_revenue", unit="VND").text
    assert "tỷ đồng" in page


def test_csv_for_excel_starts_with_a_byte_order_mark(get):
    plain = get("/archive/articles.csv", _col="title", _size="max")
    excel = get("/archive/articles.csv", _col="title", _size="max", _bom="1")
    assert excel.content == "\ufeff".encode() + plain.content
    assert excel.content.decode("utf-8-sig") == plain.text
    assert "Kiên Giang" in plain.text
    assert "_bom=1" in get("/archive/search", q="kiem diem").text


def test_crawler_tables_are_hidden_but_queryable(get):
    tables = {t["name"]: t["hidden"] for t in get("/archive.json").json()["tables"]}
    for name in ("captures", "crawls", "crawl_errors", "article_versions"):
        assert tables[name] is True, name
        assert get(f"/archive/{name}.json").status_code == 200
    assert tables["articles"] is False and tables["meetings"] is False


def test_table_requests_that_datasette_would_fail_are_redirected(get):
    ranked = get("/archive/articles", _search="kiem diem", _sort="rank")
    assert ranked.status_code == 302
    assert ranked.headers["location"] == "/archive/search?q=kiem+diem"
    hidden = get("/archive/articles", _nocol="published_at", _size="5")
    assert hidden.status_code == 302 and hidden.headers["location"] == "/archive/articles?_size=5"
    assert get(hidden.headers["location"]).status_code == 200


def test_views_for_common_questions(get, archive: sqlite_utils.Database):
    meetings = rows(get, "/archive/meeting_summary", _size="max")
    assert len(meetings) == archive["meetings"].count
    review = next(m for m in meetings if m["meeting_type"] == "hội nghị kiểm điểm")
    reports = archive.query(
        "select count(*) n from articles where meeting_id = ?", [review["meeting_id"]]
    )
    assert review["reports"] == next(reports)["n"] == 3
    assert {r["is_target"] for r in rows(get, "/archive/indicator_results", _size="max")} == {0}
    assert {r["is_target"] for r in rows(get, "/archive/indicator_targets", _size="max")} == {1}
    tasks = rows(get, "/archive/chair_tasks", chair_name="Lâm Minh Thành", _size="max")
    assert {(t["province"], t["level"]) for t in tasks} == {("Kiên Giang", "tỉnh")}
    reports = rows(get, "/archive/meeting_reports", _size="max")
    assert (
        len(reports) == next(archive.query("select count(*) n from articles where is_meeting"))["n"]
    )
    provinces = archive.execute(
        "select province from articles union select province_2025 from articles"
    ).fetchall()
    chairs = archive.execute("select distinct chair_name from articles").fetchall()
    names = {r["name"] for r in rows(get, "/archive/province_names", _size="max")}
    assert names == {name for (name,) in provinces if name} and len(names) > 1
    names = {r["name"] for r in rows(get, "/archive/chair_names", _size="max")}
    assert names == {name for (name,) in chairs if name} and len(names) > 1


def test_article_page_reads_as_an_article(get, archive: sqlite_utils.Database):
    article = next(
        archive.query("select * from articles where meeting_type = 'hội nghị kiểm điểm'")
    )
    capture = archive["captures"].get(article["capture_id"])
    page = get(f"/archive/articles/{article['id']}").text
    assert f"<title>{article['title']}</title>" in page
    assert f'<h1 class="headline">{article["title"]}</h1>' in page
    for fact in ("2021-07-07", "Lâm Minh Thành", "Kiên Giang", "6 tháng đầu năm 2021"):
        assert fact in page
    assert "4,52 %" in page and "2,16 triệu tấn" in page
    assert "Triển khai tốt Nghị quyết 63 của Chính phủ" in page
    stamp = capture_timestamp(capture["fetched_at"])
    assert f'href="http://127.0.0.1:8081/archive/{stamp}/{article["url"]}"' in page
    meeting = get(f"/archive/meetings/{article['meeting_id']}").text
    for report in archive.query(
        "select id from articles where meeting_id = ?", [article["meeting_id"]]
    ):
        assert f'href="/archive/articles/{report["id"]}"' in meeting


def test_home_page_leads_to_search_meetings_views_and_charts(get):
    home = get("/").text
    for link in (
        'action="/archive/search"',
        'href="/archive/meetings/',
        'href="/archive/meeting_summary"',
        'href="/archive/chair_tasks"',
        'href="/-/dashboards/hop-ubnd"',
        'href="/about"',
    ):
        assert link in home, link
    assert "Cuộc họp mới nhất · Latest meetings" in home


def test_crawled_markup_is_text_on_the_new_pages(get, archive: sqlite_utils.Database):
    article = next(archive.query("select id from articles where title = ?", [XSS_TITLE]))
    for path, params in [
        (f"/archive/articles/{article['id']}", {}),
        ("/archive/search", {"q": "xss"}),
    ]:
        page = get(path, **params).text
        assert "&lt;script&gt;alert(" in page and "<script>alert(" not in page, path


def test_views_of_millions_of_rows_skip_their_count(get, archive: sqlite_utils.Database):
    """Tables and views that grow to millions of rows answer without counting them, unless
    asked to (_count=1); the others count."""
    quick = get("/archive/indicator_results.json", _size="1").json()
    assert quick["filtered_table_rows_count"] is None
    counted = get("/archive/indicator_results.json", _size="1", _count="1").json()
    results = archive.query("select count(*) n from indicator_series where not is_target")
    assert counted["filtered_table_rows_count"] == next(results)["n"]
    articles = get("/archive/articles.json", _size="1").json()
    assert articles["filtered_table_rows_count"] == archive["articles"].count
