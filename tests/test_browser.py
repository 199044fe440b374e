"""The published archive in a real browser: Debian's Chromium, driven by Playwright, against a
`datasette serve` subprocess set up as `make serve` sets it up, over three archives: the
demo's (the sample portals) and one crawled from each set of held-out portals (samples/heldout/
and samples/heldout2/, built by people who never saw the project). Screenshots go to
test-artifacts/, named test_x[demo].png, test_x[heldout].png, test_x[heldout2].png."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
import sqlite_utils
from playwright.sync_api import Browser, Page, expect, sync_playwright

from evaluation.heldout import HELDOUT_DIR, crawl_heldout
from publish.bench_serve import free_port
from publish.plugin import NO_DATA
from publish.replay import COLLECTION
from tests.conftest import ROOT
from tests.test_datasette import REVIEW_REPORTS, XSS_TEXT, XSS_TITLE

CHROMIUM = Path("/usr/bin/chromium")
# Offline, headless, and nothing downloaded or phoned home while the tests run
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"
# The settings of `make serve` (Makefile SERVE_SETTINGS) at their defaults
SERVE_SETTINGS = [
    *("--setting", "sql_time_limit_ms", "3000"),
    *("--setting", "max_returned_rows", "1000"),
    *("--setting", "facet_time_limit_ms", "500"),
    *("--setting", "suggest_facets", "off"),
    *("--setting", "num_sql_threads", "3"),
    *("--setting", "truncate_cells_html", "500"),
]
# The journalist's screen
VIEWPORT = {"width": 1366, "height": 900}
# The narrowest article body a reader of a 1366 px screen should get, in CSS pixels
MIN_BODY_WIDTH = 560
# How long the server may take to answer its first request, in seconds
STARTUP_TIMEOUT = 30
# The row count Datasette prints above a table, e.g. "33 rows" or "1 row where province = …"
ROW_COUNT = re.compile(r"^([\d,]+) rows?\b")
# Script text of the held-out portals' own pages (a Liferay theme's settings, WebForms'
# postback, jQuery), which must never reach a page of the archive
CRAWLED_SCRIPTS = ("Liferay", "__doPostBack", "getScopeGroupId", "jquery")
# Dashboard charts, by what marks their SVG draws
CHARTS = {
    "meetings-per-month": "g.mark-rect path",
    "indicator-over-time": "g.mark-symbol path",
    "indicator-targets": "g.mark-symbol path",
    "disbursement-by-province": "g.mark-rect path",
}
# A month on the charts' time axes, as Vietnamese readers name it ("tháng 7/2021")
MONTH_LABEL = re.compile(r"tháng \d{1,2}/\d{4}")


@dataclass(frozen=True)
class Archive:
    """An archive the suite runs on, and the answers a journalist checks in it."""

    name: str
    # The held-out portals it is crawled from (None: the demo's sample portals)
    source: Path | None
    # An article whose page facts, figures, tasks and archived copy are checked
    article: str
    facts: tuple[str, ...]
    figure: str
    task: str | None
    replayed: str
    # What a journalist types in the search box, and the reports it must list first
    search: str
    first: frozenset[str]
    mark: str
    # A province of the archive's meetings as the data writes it, and other ways to type it
    province: str
    spellings: tuple[str, ...]
    # A chair of the archive's meetings, and the tables "search every table" finds words in
    chair: str
    search_all: tuple[str, ...]
    # The dashboard's charts that have data at the default filters
    charts: frozenset[str]
    # A report naming where its meeting was held, and that place
    venue: tuple[str, str] | None = None


DEMO = Archive(
    name="demo",
    source=None,
    article=(
        "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Hội nghị trực tuyến kiểm điểm công tác chỉ đạo,"
        " điều hành 6 tháng đầu năm 2021"
    ),
    facts=("2021-07-07", "Lâm Minh Thành", "Kiên Giang", "hội nghị kiểm điểm"),
    figure="4,52 %",
    task="Triển khai tốt Nghị quyết 63",
    replayed="kiểm điểm công tác chỉ đạo",
    search="kiem diem",
    first=frozenset(REVIEW_REPORTS),
    mark="kiểm",
    province="Kiên Giang",
    spellings=("kien giang", "Kien Giang", "KIÊN GIANG"),
    chair="Lâm Minh Thành",
    search_all=("articles", "meetings", "attachments"),
    charts=frozenset(CHARTS),
)
# The held-out portals' provinces are invented (Hòa Sơn, Hải Đông …): Thanh Hóa is the one
# real province its meetings name (the others' are charted as unknown); no report lists tasks
HELDOUT = Archive(
    name="heldout",
    source=HELDOUT_DIR,
    article="UBND tỉnh họp phiên thường kỳ tháng 11-2026",
    facts=("2026-11-27", "Lò Văn Thịnh", "phiên họp thường kỳ", "tháng 11/2026"),
    figure="4.286 tỷ đồng",
    task=None,
    replayed="các đại biểu thảo luận báo cáo tình hình kinh tế",
    search="ky hop",
    first=frozenset(
        {
            "Bế mạc kỳ họp thứ mười HĐND tỉnh khóa XVI",
            "Khai mạc kỳ họp thứ 14 HĐND tỉnh Đông Ninh khóa XIX",
            "Kỳ họp thứ tám HĐND xã Tân Phước khóa I",
            "Thành phố Vân Hải thông qua 16 nghị quyết tại kỳ họp cuối năm",
        }
    ),
    mark="kỳ",
    province="Thanh Hóa",
    spellings=("thanh hoa", "Thanh Hoa", "THANH HÓA"),
    chair="Lò Văn Thịnh",
    search_all=("articles", "meetings"),
    # its figures name no known province, so only the meetings are charted
    charts=frozenset({"meetings-per-month"}),
    venue=("Khai mạc kỳ họp thứ 14 HĐND tỉnh Đông Ninh khóa XIX", "Trung tâm Hội nghị tỉnh"),
)


# The second held-out set (samples/heldout2/): invented provinces again but for Hà Nam (whose
# 2025 province is Ninh Bình); an article archived twice under two addresses; no tasks
HELDOUT2 = Archive(
    name="heldout2",
    source=HELDOUT_DIR.parent / "heldout2",
    article="UBND huyện Đông Khê tổ chức phiên họp thường kỳ tháng 12 năm 2024",
    facts=("2024-12-20", "Hoàng Văn Khánh", "phiên họp thường kỳ", "tháng 12/2024"),
    figure="1.000 tỷ đồng",
    task=None,
    replayed="UBND huyện Đông Khê tổ chức phiên họp thường kỳ tháng 12 năm 2024",
    search="ky hop",
    first=frozenset(
        {
            "HĐND huyện Đông Khê khai mạc Kỳ họp thứ 19, khóa XX",
            "HĐND xã Tân Hòa Đông tổ chức kỳ họp thứ ba",
            "HĐND thành phố Hải Cảng bế mạc kỳ họp thường lệ cuối năm 2025",
        }
    ),
    mark="kỳ",
    province="Hà Nam",
    spellings=("ha nam", "Ha Nam", "HÀ NAM"),
    chair="Hoàng Văn Khánh",
    search_all=("articles", "meetings"),
    charts=frozenset({"meetings-per-month"}),
    venue=("Hơn 1.200 nhà tạm được xóa trước thời hạn tại Bình Lâm", "Hội trường UBND tỉnh"),
)


@pytest.fixture(scope="module", params=[DEMO, HELDOUT, HELDOUT2], ids=lambda a: a.name)
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Archive, Path]:
    """The archive this module's tests run on, and its file: the demo's, or one crawled from
    held-out portals' home pages as `make heldout` crawls them (named archive.db, as
    metadata.yml names the database)."""
    archive = request.param
    if archive.source is None:
        return archive, request.getfixturevalue("crawled")
    db = tmp_path_factory.mktemp(archive.name) / "archive.db"
    assert sum(score.archived for score in crawl_heldout(archive.source, db)) > 0
    return archive, db


@pytest.fixture(scope="module")
def expected(served: tuple[Archive, Path]) -> Archive:
    """What the journalist checks in the archive under test."""
    return served[0]


@pytest.fixture(scope="module")
def db(served: tuple[Archive, Path]) -> Iterator[sqlite_utils.Database]:
    """The archive under test, opened for assertions."""
    database = sqlite_utils.Database(served[1])
    yield database
    database.close()


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    """Returns once url answers; fails with the server's log if it exits or never answers."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited: {log.read_text(encoding='utf-8')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"server did not answer {url} within {STARTUP_TIMEOUT} s")


def start(command: list[str], url: str, log: Path, env: dict | None = None) -> subprocess.Popen:
    """Starts a server process logging to log, and returns once url answers."""
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, env=env
        )
    wait_until_up(url, process, log)
    return process


@pytest.fixture(scope="module")
def replay(served: tuple[Archive, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of pywb replaying the archive's WARC files, as `make serve` starts it."""
    port = free_port()
    root = tmp_path_factory.mktemp("pywb")
    command = [sys.executable, "-m", "publish.replay", "--warcs", str(served[1].parent / "warcs")]
    command += ["--root", str(root), "--port", str(port)]
    process = start(command, f"http://127.0.0.1:{port}/", root / "replay.log")
    try:
        yield f"http://127.0.0.1:{port}/{COLLECTION}/"
    finally:
        process.terminate()
        process.wait(timeout=10)


def serve_command(db: Path, port: int) -> list[str]:
    """`datasette serve` over db as `make serve` runs it (not immutable: it shows new crawls)."""
    return [
        str(Path(sys.executable).parent / "datasette"),
        "serve",
        str(db),
        "--metadata",
        str(ROOT / "metadata.yml"),
        "--template-dir",
        str(ROOT / "templates"),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        *SERVE_SETTINGS,
    ]


@pytest.fixture(scope="module")
def site(
    served: tuple[Archive, Path], replay: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """Base URL of a `datasette serve` subprocess over the archive, linking to the replay
    server's archived copies, stopped after."""
    port = free_port()
    log = tmp_path_factory.mktemp("datasette") / "serve.log"
    env = {**os.environ, "REPLAY_URL": replay}
    process = start(
        serve_command(served[1], port), f"http://127.0.0.1:{port}/-/versions.json", log, env
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(request: pytest.FixtureRequest) -> Iterator[Browser]:
    """Debian's Chromium under Playwright (`make system-deps` installs it)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run `make system-deps`")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter and capture:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\nbrowser screenshots: {ARTIFACTS}/")


@pytest.fixture
def dialogs() -> list[str]:
    """The messages of the dialogs (alert, confirm …) the test's page opened."""
    return []


@pytest.fixture
def page(browser: Browser, dialogs: list[str], request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh page that records every dialog, screenshotted to test-artifacts/ after the test
    (named after the test and its archive: test_x[demo].png)."""
    context = browser.new_context(viewport=VIEWPORT)
    tab = context.new_page()
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=ARTIFACTS / f"{request.node.name}.png", full_page=True)
    context.close()


def row_count(page: Page) -> int:
    """The number of rows Datasette says the table page matches."""
    heading = page.locator("h3", has_text=ROW_COUNT).first.inner_text()
    return int(ROW_COUNT.match(heading).group(1).replace(",", ""))


def article_id(db: sqlite_utils.Database, title: str) -> int:
    """The id of the article with this headline."""
    return next(db.query("select id from articles where title = ?", [title]))["id"]


def test_unaccented_search_finds_accented_article(page: Page, site: str, expected: Archive):
    page.goto(f"{site}/archive/articles")
    page.fill("input[name=_search]", expected.search)
    page.press("input[name=_search]", "Enter")
    page.wait_for_url(f"**_search={expected.search.replace(' ', '+')}**")
    page.goto(f"{page.url}&_size=100")  # every match on one page, as "next" would show them
    titles = set(page.locator("table.rows-and-columns td.col-title").all_inner_texts())
    assert expected.first <= titles


def test_facet_narrows_rows(page: Page, site: str, expected: Archive):
    page.goto(f"{site}/archive/articles?_facet=province")
    everything = row_count(page)
    facet = page.locator(".facet-info[data-column=province] a", has_text=expected.province)
    facet.first.click()
    page.wait_for_url("**province=**")
    narrowed = row_count(page)
    assert 0 < narrowed < everything
    provinces = page.locator("table.rows-and-columns td.col-province").all_inner_texts()
    assert set(provinces) == {expected.province} and len(provinces) == narrowed


def test_canned_query_runs_from_its_form(page: Page, site: str, expected: Archive, db):
    """A chair's tasks, from the form; a chair without tasks gets the "try without filters"
    hint."""
    page.goto(f"{site}/archive/chair_directives")
    page.fill("input[name=chair]", expected.chair)
    page.locator("form.sql input[type=submit]").click()
    page.wait_for_url("**chair=**")
    chairs = page.locator("table.rows-and-columns td.col-chair_name").all_inner_texts()
    ordered = db.query(
        "select count(*) n from directives d join articles a on a.id = d.article_id "
        "where a.chair_name = ?",
        [expected.chair],
    )
    assert chairs == [expected.chair] * next(ordered)["n"]
    if not chairs:
        expect(page.locator("p.zero-results-hint")).to_contain_text("try without filters")


def chart_labels(page: Page, chart: str) -> list[str]:
    """The axis labels of a dashboard chart."""
    return page.locator(f"#chart-{chart} svg g.role-axis-label text").all_text_contents()


def test_dashboard_draws_charts(page: Page, site: str, expected: Archive):
    """Charts with data draw marks, whole meeting counts and Vietnamese months on a time axis;
    the others say they have no data."""
    page.goto(f"{site}/-/dashboards/hop-ubnd")
    for chart, mark in CHARTS.items():
        if chart in expected.charts:
            marks = page.locator(f"#chart-{chart} svg {mark}")
            expect(marks.first).to_be_attached()
            assert marks.count() > 0, chart
        else:
            expect(page.locator(f"#chart-{chart} p.chart-empty")).to_have_text(NO_DATA)
    labels = chart_labels(page, "meetings-per-month")
    months = [label for label in labels if label.startswith("tháng")]
    counts = [label for label in labels if label not in months]
    assert counts and all(re.fullmatch(r"\d*", label) for label in counts), counts
    assert months and all(MONTH_LABEL.fullmatch(label) for label in months), months
    if "indicator-over-time" in expected.charts:
        ends = [label for label in chart_labels(page, "indicator-over-time") if "/" in label]
        assert ends and all(MONTH_LABEL.fullmatch(label) for label in ends), ends


def test_charts_without_data_say_so(page: Page, site: str):
    """Filters that match nothing leave no empty axes: each chart says it has no data."""
    page.goto(f"{site}/-/dashboards/hop-ubnd?date_start=2099-01-01")
    for chart in CHARTS:
        expect(page.locator(f"#chart-{chart} p.chart-empty")).to_have_text(NO_DATA)
        assert page.locator(f"#chart-{chart} svg").count() == 0


def test_districts_and_provinces_are_charted_apart(page: Page, site: str, db):
    """At level huyện the indicator charts name districts, at level tỉnh provinces."""
    districts = {
        row["district"]
        for row in db.query(
            "select distinct district from indicator_results where level = 'huyện' and district"
            " is not null and indicator = 'public_investment_disbursement' and unit = '%'"
        )
    }
    page.goto(f"{site}/-/dashboards/hop-ubnd?level=huy%E1%BB%87n")
    chart = page.locator("#chart-disbursement-by-province")
    if districts:
        expect(chart.locator("svg g.mark-rect path").first).to_be_attached()
        shown = set(chart_labels(page, "disbursement-by-province"))
        assert districts <= shown
    else:
        expect(chart.locator("p.chart-empty")).to_have_text(NO_DATA)


@pytest.fixture
def quoting_markup(expected: Archive) -> None:
    """Skips a test of the sample article quoting markup on the archives without it."""
    if expected is not DEMO:
        pytest.skip("no held-out article quotes markup (see test_no_crawled_script_runs)")


def test_crawled_markup_does_not_run(quoting_markup, page: Page, site: str, dialogs):
    page.goto(f"{site}/archive/articles?_search=xss")
    expect(page.locator("table.rows-and-columns")).to_contain_text(XSS_TEXT)
    page.locator("table.rows-and-columns td.type-pk a").first.click()
    page.wait_for_url("**/archive/articles/*")
    expect(page.locator("h1.headline")).to_have_text(XSS_TITLE)
    expect(page.locator(".article-body")).to_contain_text(XSS_TEXT)
    page.wait_for_load_state("load")
    assert dialogs == []
    assert page.locator("script:not([src])", has_text="xss").count() == 0
    assert page.locator("img[src=x]").count() == 0


def test_article_page_reads_at_a_readable_width(page: Page, site: str, expected: Archive, db):
    """The headline is the page's title and heading, the facts box is on the first screen,
    and the body is a column at least 560 px wide, with the figures as written in Vietnamese
    and the tasks in order."""
    page.goto(f"{site}/archive/articles/{article_id(db, expected.article)}")
    assert page.title() == expected.article
    expect(page.locator("h1.headline")).to_have_text(expected.article)
    body = page.locator(".article-body").first.bounding_box()
    assert body["width"] >= MIN_BODY_WIDTH
    facts = page.locator("dl.facts").bounding_box()
    assert facts["y"] + facts["height"] <= VIEWPORT["height"]
    for fact in expected.facts:
        expect(page.locator("dl.facts")).to_contain_text(fact)
    expect(page.locator("table.figures")).to_contain_text(expected.figure)
    if expected.task:
        expect(page.locator("ol.tasks li").nth(2)).to_contain_text(expected.task)


def test_every_article_page_reads_at_a_readable_width(page: Page, site: str, db):
    """Every article of the archive: its headline is the <title> and its body at least 560 px
    wide at 1366×900."""
    narrow, retitled = {}, {}
    for row in db.query("select id, title from articles where body != '' order by id"):
        page.goto(f"{site}/archive/articles/{row['id']}")
        if page.title() != row["title"]:
            retitled[row["id"]] = page.title()
        width = page.locator(".article-body").first.bounding_box()["width"]
        if width < MIN_BODY_WIDTH:
            narrow[row["id"]] = width
    assert (narrow, retitled) == ({}, {})


def test_archived_copy_replays_on_its_own_origin(page: Page, site: str, expected: Archive, db):
    """The article's "archived copy" link opens pywb, on another origin than the archive's,
    showing the page as it was captured."""
    page.goto(f"{site}/archive/articles/{article_id(db, expected.article)}")
    page.locator("dl.facts a.archived-copy").click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).netloc != urlsplit(site).netloc
    replayed = page.frame_locator("iframe").first.locator("body")
    expect(replayed).to_contain_text(expected.replayed, timeout=15_000)


def test_search_ranks_review_reports_first(page: Page, site: str, expected: Archive):
    """From the home page's box, the words list the reports they are about first ("kiem diem":
    the review meeting's; on the held-out archive "ky hop": the council sessions'), each with a
    highlighted snippet."""
    page.goto(site)
    page.fill("#home-q", expected.search)
    page.press("#home-q", "Enter")
    page.wait_for_url(f"**/archive/search?q={expected.search.replace(' ', '+')}**")
    titles = page.locator("table.rows-and-columns td.col-title").all_inner_texts()
    distinct = list(dict.fromkeys(titles))
    assert set(distinct[: len(expected.first)]) == expected.first
    reports = titles.index(distinct[len(expected.first) - 1]) + 1
    for row in page.locator("table.rows-and-columns tbody tr").all()[:reports]:
        mark = row.locator("td.col-snippet mark").first
        expect(mark).to_have_text(re.compile(expected.mark, re.I))


def test_search_every_table_from_the_home_page(page: Page, site: str, expected: Archive):
    """The home page's second box is datasette-search-all's: it searches articles, meetings
    and attachments at once, without accents, lists each table's matches a line each, and
    links to the same words on the relevance search."""
    page.goto(site)
    page.fill("#search-all-q", expected.search)
    page.press("#search-all-q", "Enter")
    page.wait_for_url("**/-/search?q=**")
    results = page.locator("#search-all-results h2")
    for table in expected.search_all:
        expect(results.filter(has_text=f"archive: {table}")).to_have_count(1)
    assert page.locator("#search-all-results table.rows-and-columns").count() == len(
        expected.search_all
    )
    cells = page.locator("#search-all-results td")
    assert max(cell.bounding_box()["height"] for cell in cells.all()) < 40
    page.locator("p.relevance-search a").click()
    page.wait_for_url(f"**/archive/search?q={quote(expected.search)}")
    expect(page.locator("table.rows-and-columns")).to_contain_text(next(iter(expected.first)))


def test_canned_query_forgives_accents_and_case(page: Page, site: str, expected: Archive):
    """The meetings of a province are the same rows whichever way the province is typed."""
    found = {}
    for typed in [expected.province, *expected.spellings]:
        page.goto(f"{site}/archive/meetings_of_province")
        page.fill("#qp-province", typed)
        page.locator("form.sql input[type=submit]").click()
        page.wait_for_url("**province=**")
        found[typed] = page.locator("table.rows-and-columns tbody tr").all_inner_texts()
    assert found[expected.province] and len(set(map(tuple, found.values()))) == 1


def test_meeting_page_reads_as_a_calendar_entry(page: Page, site: str, expected: Archive, db):
    """Every meeting's page gives its day, kind, level, provinces before and since 2025, chair
    and place (when a report names it), and links every report of it."""
    for meeting in db.query("select * from meetings order by id"):
        page.goto(f"{site}/archive/meetings/{meeting['id']}")
        facts = page.locator("dl.facts")
        for value in ("meeting_date", "meeting_type", "level", "province_2025", "chair_name"):
            expect(facts).to_contain_text(meeting[value] or "—")
        reports = list(
            db.query(
                "select id, meeting_place from articles where meeting_id = ?"
                " order by published_at, id",
                [meeting["id"]],
            )
        )
        places = [report["meeting_place"] for report in reports if report["meeting_place"]]
        expect(facts.locator("dd.meeting-place")).to_have_text(
            places[0] if places else "không nêu · not reported"
        )
        for report in reports:
            link = page.locator(f"section.reports a[href$='/archive/articles/{report['id']}']")
            expect(link).to_have_count(1)
    if expected.venue:
        title, place = expected.venue
        meeting = next(db.query("select meeting_id from articles where title = ?", [title]))
        page.goto(f"{site}/archive/meetings/{meeting['meeting_id']}")
        expect(page.locator("dl.facts dd.meeting-place")).to_have_text(place)
        page.goto(f"{site}/archive/articles/{article_id(db, title)}")
        expect(page.locator("dl.facts dd.meeting-place")).to_have_text(place)


def link_shape(url: str) -> tuple[str, tuple[str, ...]]:
    """What makes a link a different request for the server: its path and the names of its
    parameters (a facet's fifty values are one shape)."""
    parts = urlsplit(url)
    return parts.path, tuple(sorted({name for name, _ in parse_qsl(parts.query)}))


def test_no_page_answers_500(page: Page, site: str):
    """Every link of the home page, and every link of the pages it links to (one of each
    shape), answers without a server error."""
    origin = urlsplit(site).netloc
    status: dict[str, int] = {}

    def links_of(url: str) -> list[str]:
        page.goto(url)
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        return sorted({h.split("#")[0] for h in hrefs if urlsplit(h).netloc == origin})

    def check(urls: list[str]) -> None:
        shapes = {link_shape(url) for url in status}
        for url in urls:
            if url not in status and link_shape(url) not in shapes:
                shapes.add(link_shape(url))
                status[url] = page.request.get(url, max_redirects=5).status

    level_one = links_of(site)
    check(level_one)
    for url in [u for u in level_one if status.get(u) == 200 and not u.endswith((".json", ".csv"))]:
        check(links_of(url))
    errors = {url: code for url, code in status.items() if code >= 500}
    assert errors == {}
    assert len(status) > 100


def test_crawled_script_is_text_on_every_new_page(
    quoting_markup, page: Page, site: str, db, dialogs
):
    """The sample article quoting markup shows it as text on its page, in search results, on
    the search of every table, and nothing runs."""
    for path, where in [
        (f"/archive/articles/{article_id(db, XSS_TITLE)}", ".article-body"),
        ("/archive/search?q=xss", "td.col-snippet"),
        ("/archive/search?q=script+alert", "td.col-snippet"),
    ]:
        page.goto(site + path)
        page.wait_for_load_state("load")
        expect(page.locator(where).first).to_contain_text('<script>alert("xss")</script>')
        assert page.locator("script:not([src])", has_text="xss").count() == 0
        assert page.locator("img[src=x]").count() == 0
    page.goto(f"{site}/-/search?q=xss")
    results = page.locator("#search-all-results table.rows-and-columns").first
    expect(results).to_contain_text('<script>alert("xss")</script>')
    assert page.locator("img[src=x]").count() == 0
    assert dialogs == []


def test_no_crawled_script_runs(page: Page, site: str, expected: Archive, db, dialogs):
    """No page of the archive (home, every article and meeting, both searches) carries a
    script of a crawled page: its scripts are Datasette's and its plugins' own, and no dialog
    opens."""
    own = f"{urlsplit(site).netloc}/-/static"
    paths = ["/", f"/archive/search?q={expected.search}", f"/-/search?q={expected.search}"]
    paths += [f"/archive/articles/{row['id']}" for row in db.query("select id from articles")]
    paths += [f"/archive/meetings/{row['id']}" for row in db.query("select id from meetings")]
    foreign = {}
    for path in paths:
        page.goto(site + path)
        inline = " ".join(page.locator("script:not([src])").all_text_contents())
        sources = page.eval_on_selector_all("script[src]", "s => s.map(e => e.src)")
        found = [word for word in CRAWLED_SCRIPTS if word in inline]
        found += [src for src in sources if own not in src]
        if found:
            foreign[path] = found
    assert foreign == {}
    assert dialogs == []
