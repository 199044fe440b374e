"""The published archive in a real browser: Debian's Chromium, driven by Playwright, against a
`datasette serve` subprocess set up as `make serve` sets it up."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.conftest import ROOT
from tests.test_datasette import XSS_TEXT, XSS_TITLE

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
]
# How long the server may take to answer its first request, in seconds
STARTUP_TIMEOUT = 30
# The row count Datasette prints above a table, e.g. "33 rows" or "1 row where province = …"
ROW_COUNT = re.compile(r"^([\d,]+) rows?\b")
KIEN_GIANG_REVIEW = (
    "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Hội nghị trực tuyến kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021"
)


def free_port() -> int:
    """A TCP port nothing listens on at 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    """Returns once url answers; fails with the server's log if it exits or never answers."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"datasette exited: {log.read_text(encoding='utf-8')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"datasette did not answer {url} within {STARTUP_TIMEOUT} s")


@pytest.fixture(scope="module")
def site(crawled: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a `datasette serve -i` subprocess over the crawled archive, stopped after."""
    port = free_port()
    log = tmp_path_factory.mktemp("datasette") / "serve.log"
    command = [
        str(Path(sys.executable).parent / "datasette"),
        "serve",
        "-i",
        str(crawled),
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
    url = f"http://127.0.0.1:{port}"
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
        try:
            wait_until_up(f"{url}/-/versions.json", process, log)
            yield url
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
    context = browser.new_context(viewport={"width": 1280, "height": 900})
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
    page.goto(f"{site}/archive/articles")
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
        ("disbursement-by-province", "g.mark-rect path"),
    ]:
        marks = page.locator(f"#chart-{chart} svg {mark}")
        expect(marks.first).to_be_attached()
        assert marks.count() > 0, chart


def test_crawled_markup_does_not_run(page: Page, site: str, dialogs: list[str]):
    page.goto(f"{site}/archive/articles?_search=xss")
    expect(page.locator("table.rows-and-columns")).to_contain_text(XSS_TEXT)
    page.locator("table.rows-and-columns td.type-pk a").first.click()
    page.wait_for_url("**/archive/articles/*")
    expect(page.locator("table")).to_contain_text(XSS_TITLE)
    expect(page.locator("table")).to_contain_text(XSS_TEXT)
    page.wait_for_load_state("load")
    assert dialogs == []
    assert page.locator("script:not([src])", has_text="xss").count() == 0
    assert page.locator("img[src=x]").count() == 0
