"""The published archive in a real browser: Debian's Chromium, driven by Playwright, against a
`datasette serve` subprocess set up as `make serve` sets it up."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from publish.bench_serve import free_port
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
KIEN_GIANG_REVIEW = (
    "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Hội nghị trực tuyến kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021"
)


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
def replay(crawled: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of pywb replaying the crawled archive's WARC files, as `make serve` starts it."""
    port = free_port()
    root = tmp_path_factory.mktemp("pywb")
    command = [sys.executable, "-m", "publish.replay", "--warcs", str(crawled.parent / "warcs")]
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
def site(crawled: Path, replay: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a `datasette serve` subprocess over the crawled archive, linking to the
    replay server's archived copies, stopped after."""
    port = free_port()
    log = tmp_path_factory.mktemp("datasette") / "serve.log"
    env = {**os.environ, "REPLAY_URL": replay}
    process = start(
        serve_command(crawled, port), f"http://127.0.0.1:{port}/-/versions.json", log, env
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium under Playwright (`make browser-deps` installs it)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run `make browser-deps`")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def dialogs() -> list[str]:
    """The messages of the dialogs (alert, confirm …) the test's page opened."""
    return []


@pytest.fixture
def page(browser: Browser, dialogs: list[str], request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh page that records every dialog, screenshotted to test-artifacts/ after the test."""
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


def test_unaccented_search_finds_accented_article(page: Page, site: str):
    page.goto(f"{site}/archive/articles")
    page.fill("input[name=_search]", "kiem diem")
    page.press("input[name=_search]", "Enter")
    page.wait_for_url("**_search=kiem+diem**")
    expect(page.locator("table.rows-and-columns")).to_contain_text(KIEN_GIANG_REVIEW)


def test_facet_narrows_rows(page: Page, site: str):
    page.goto(f"{site}/archive/articles?_facet=province")
    everything = row_count(page)
    page.locator(".facet-info[data-column=province] a", has_text="Kiên Giang").first.click()
    page.wait_for_url("**province=**")
    narrowed = row_count(page)
    assert 0 < narrowed < everything
    provinces = page.locator("table.rows-and-columns td.col-province").all_inner_texts()
    assert set(provinces) == {"Kiên Giang"} and len(provinces) == narrowed


def test_canned_query_runs_from_its_form(page: Page, site: str, archive):
    page.goto(f"{site}/archive/chair_directives")
    page.fill("input[name=chair]", "Lâm Minh Thành")
    page.locator("form.sql input[type=submit]").click()
    page.wait_for_url("**chair=**")
    chairs = page.locator("table.rows-and-columns td.col-chair_name").all_inner_texts()
    ordered = archive.query(
        "select count(*) n from directives d join articles a on a.id = d.article_id "
        "where a.chair_name = 'Lâm Minh Thành'"
    )
    assert chairs == ["Lâm Minh Thành"] * next(ordered)["n"]


def test_dashboard_draws_charts(page: Page, site: str):
    page.goto(f"{site}/-/dashboards/hop-ubnd")
    for chart, mark in [
        ("meetings-per-month", "g.mark-rect path"),
        ("indicator-over-time", "g.mark-symbol path"),
        ("indicator-targets", "g.mark-symbol path"),
        ("disbursement-by-province", "g.mark-rect path"),
    ]:
        marks = page.locator(f"#chart-{chart} svg {mark}")
        expect(marks.first).to_be_attached()
        assert marks.count() > 0, chart
    labels = page.locator(
        "#chart-meetings-per-month svg g.role-axis-label text"
    ).all_text_contents()
    counts = [label for label in labels if "/" not in label]
    months = [label for label in labels if "/" in label]
    assert counts and all(re.fullmatch(r"\d*", label) for label in counts), counts
    assert months and all(re.fullmatch(r"\d\d/\d{4}", label) for label in months), months


def test_crawled_markup_does_not_run(page: Page, site: str, dialogs: list[str]):
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


def test_article_page_reads_at_a_readable_width(page: Page, site: str, archive):
    """The headline is the page's title and heading, the facts box is on the first screen, and
    the body is a column at least 560 px wide."""
    article = next(archive.query("select id from articles where title = ?", [KIEN_GIANG_REVIEW]))
    page.goto(f"{site}/archive/articles/{article['id']}")
    assert page.title() == KIEN_GIANG_REVIEW
    expect(page.locator("h1.headline")).to_have_text(KIEN_GIANG_REVIEW)
    body = page.locator(".article-body").first.bounding_box()
    assert body["width"] >= MIN_BODY_WIDTH
    facts = page.locator("dl.facts").bounding_box()
    assert facts["y"] + facts["height"] <= VIEWPORT["height"]
    for fact in ("2021-07-07", "Lâm Minh Thành", "Kiên Giang", "hội nghị kiểm điểm"):
        expect(page.locator("dl.facts")).to_contain_text(fact)
    expect(page.locator("table.figures")).to_contain_text("4,52 %")
    expect(page.locator("ol.tasks li").nth(2)).to_contain_text("Triển khai tốt Nghị quyết 63")


def test_archived_copy_replays_on_its_own_origin(page: Page, site: str, archive):
    """The article's "archived copy" link opens pywb, on another origin than the archive's,
    showing the page as it was captured."""
    article = next(archive.query("select id from articles where title = ?", [KIEN_GIANG_REVIEW]))
    page.goto(f"{site}/archive/articles/{article['id']}")
    page.locator("dl.facts a.archived-copy").click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).netloc != urlsplit(site).netloc
    replayed = page.frame_locator("iframe").first.locator("body")
    expect(replayed).to_contain_text("kiểm điểm công tác chỉ đạo", timeout=15_000)


def test_search_ranks_review_reports_first(page: Page, site: str):
    """From the home page's box, "kiem diem" lists the review meeting's reports first, each
    with a highlighted snippet."""
    page.goto(site)
    page.fill("#home-q", "kiem diem")
    page.press("#home-q", "Enter")
    page.wait_for_url("**/archive/search?q=kiem+diem**")
    titles = page.locator("table.rows-and-columns td.col-title").all_inner_texts()
    assert set(titles[:4]) == REVIEW_REPORTS
    first = page.locator("table.rows-and-columns tbody tr").first
    expect(first.locator("td.col-snippet mark").first).to_have_text(re.compile("kiểm", re.I))


def test_canned_query_forgives_accents_and_case(page: Page, site: str):
    """The meetings of a province are the same rows whichever way the province is typed."""
    found = {}
    for typed in ["Kiên Giang", "kien giang", "Kien Giang", "KIÊN GIANG"]:
        page.goto(f"{site}/archive/meetings_of_province")
        page.fill("#qp-province", typed)
        page.locator("form.sql input[type=submit]").click()
        page.wait_for_url("**province=**")
        found[typed] = page.locator("table.rows-and-columns tbody tr").all_inner_texts()
    assert found["Kiên Giang"] and len(set(map(tuple, found.values()))) == 1


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


def test_crawled_script_is_text_on_every_new_page(page: Page, site: str, archive, dialogs):
    """The sample article quoting markup shows it as text on its page, in search results and
    on the home page's search, and nothing runs."""
    article = next(archive.query("select id from articles where title = ?", [XSS_TITLE]))
    for path, where in [
        (f"/archive/articles/{article['id']}", ".article-body"),
        ("/archive/search?q=xss", "td.col-snippet"),
        ("/archive/search?q=script+alert", "td.col-snippet"),
    ]:
        page.goto(site + path)
        page.wait_for_load_state("load")
        expect(page.locator(where).first).to_contain_text('<script>alert("xss")</script>')
        assert page.locator("script:not([src])", has_text="xss").count() == 0
        assert page.locator("img[src=x]").count() == 0
    assert dialogs == []
