"""The scheduled crawl (crawler/run.py) and portal_health (crawler/health.py), against a sample
portal served on loopback that breaks between runs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlite_utils

from crawler import run
from crawler.archive import open_archive
from crawler.clock import now
from crawler.frontier import FRONTIER_FILE
from crawler.health import PORTAL_HEALTH_VIEW
from crawler.run import LOG_FILE, main, problem, run_name, scrapy_command
from samples.build import build_site, load_sites
from samples.crawl import LOOPBACK_SETTINGS
from samples.server import start_site

PORTAL = "test-kyanh"
# The sample site, and the section the test portal crawls (its three listing pages hold the
# site's seven articles)
SITE = "kyanh"
SECTION = "vi/chuyen-muc/hoat-dong-lanh-dao"
# A listing page that lists nothing, as a portal's broken section might serve
EMPTY_LISTING = "<html><head><title>Hoạt động lãnh đạo</title></head><body></body></html>"
# Loopback crawling: no politeness delay, one quick retry of a failed page, Scrapy's INFO lines
FAST = [*LOOPBACK_SETTINGS, "RETRY_TIMES=1", "RETRY_BACKOFF_BASE=0.05", "LOG_LEVEL=INFO"]


@dataclass
class Portal:
    """A sample site served on loopback, and a registry file naming it as PORTAL."""

    site_dir: Path
    server: ThreadingHTTPServer
    registry: Path

    def restart(self) -> None:
        """Serves the site again on the same address, reading its route table afresh."""
        address = self.server.server_address
        self.server.shutdown()
        self.server.server_close()
        self.server = start_site(self.site_dir, address[0], address[1])

    def route_file(self, path: str) -> Path:
        """The file the site serves for a path."""
        routes = json.loads((self.site_dir / "routes.json").read_text(encoding="utf-8"))
        return self.site_dir / routes[path]["file"]


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[Portal]:
    """The kyanh sample site on 127.0.0.1, and a registry whose PORTAL crawls one section."""
    site_dir = tmp_path / "site"
    build_site(load_sites()[SITE], site_dir)
    server = start_site(site_dir, "127.0.0.1")
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    registry = tmp_path / "registry.yml"
    registry.write_text(
        "portals:\n"
        f"  - id: {PORTAL}\n"
        "    name: Test Kỳ Anh\n"
        f"    url: {url}\n"
        "    level: huyện\n"
        "    province: Hà Tĩnh\n"
        "    province_2025: Hà Tĩnh\n"
        "    platform: hatinh-new\n"
        f"    start_urls: ['{url}{SECTION}']\n"
        "    status: active\n"
        "    verified: false\n"
        "    notes: test\n",
        encoding="utf-8",
    )
    served = Portal(site_dir, server, registry)
    yield served
    served.server.shutdown()
    served.server.server_close()


def crawl_run(portal: Portal, tmp_path: Path, *extra: str) -> int:
    """Runs `python -m crawler.run` on PORTAL into tmp_path/archive.db; returns its exit code."""
    settings = [arg for setting in FAST for arg in ("-s", setting)]
    return main(
        [
            "--portals",
            PORTAL,
            "--registry",
            str(portal.registry),
            "--db",
            str(tmp_path / "archive.db"),
            "--log-dir",
            str(tmp_path / "logs"),
            "--jobdir",
            str(tmp_path / "jobs"),
            *settings,
            *extra,
        ]
    )


def health(tmp_path: Path) -> dict:
    """PORTAL's portal_health row."""
    db = sqlite_utils.Database(tmp_path / "archive.db")
    rows = {row["portal_id"]: row for row in db.query(f"select * from {PORTAL_HEALTH_VIEW}")}
    db.close()
    return rows[PORTAL]


def test_a_portal_that_starts_failing_fails_the_run(portal, tmp_path, capsys):
    assert crawl_run(portal, tmp_path) == 0
    assert f"{PORTAL}: ok, 11 pages, 5 new, 0 updated, 0 errors" in capsys.readouterr().err
    assert not (tmp_path / "jobs" / PORTAL).exists()
    log = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "[scrapy.core.engine]" in log
    assert f"[crawler.run] INFO: {PORTAL}: ok" in log

    routes_file = portal.site_dir / "routes.json"
    routes = json.loads(routes_file.read_text(encoding="utf-8"))
    broken = {path: {**route, "status": 500} for path, route in routes.items()}
    routes_file.write_text(json.dumps(broken), encoding="utf-8")
    portal.restart()
    assert crawl_run(portal, tmp_path) == 1
    err = capsys.readouterr().err
    assert f"{PORTAL}: PROBLEM: failed: no page could be fetched (0 pages fetched, 1 errors)" in err
    assert f"1 portals went wrong: {PORTAL}" in err
    row = health(tmp_path)
    assert {k: row[k] for k in ("last_status", "runs", "failed_runs_last_7", "recent_errors")} == {
        "last_status": "failed",
        "runs": 2,
        "failed_runs_last_7": 1,
        "recent_errors": 1,
    }
    assert row["last_error"] == "HTTP 500"
    log = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert f"{SECTION}> (failed 2 times): 500 Internal Server Error" in log
    assert row["last_ok_at"] is not None and row["last_ok_at"] < row["last_run_at"]


def test_a_portal_whose_listings_empty_fails_unless_expected(portal, tmp_path, capsys):
    assert crawl_run(portal, tmp_path) == 0
    portal.route_file(f"/{SECTION}").write_text(EMPTY_LISTING, encoding="utf-8")
    assert crawl_run(portal, tmp_path) == 1
    assert f"{PORTAL}: PROBLEM: empty: pages were fetched but no article" in capsys.readouterr().err
    assert crawl_run(portal, tmp_path, "--expect-silent", PORTAL) == 0
    assert f"{PORTAL}: PROBLEM (expected to be silent): empty" in capsys.readouterr().err
    row = health(tmp_path)
    assert (row["last_status"], row["runs"], row["failed_runs_last_7"]) == ("empty", 3, 2)
    assert (row["recent_errors"], row["last_error"]) == (0, None)


def test_a_killed_run_keeps_its_job_state(portal, tmp_path, capsys, monkeypatch):
    def killed(command: list[str]) -> tuple[int, str]:
        jobdir = Path(next(s for s in command if s.startswith("JOBDIR=")).removeprefix("JOBDIR="))
        jobdir.mkdir(parents=True)
        return -9, ""

    monkeypatch.setattr(run, "run_scrapy", killed)
    assert crawl_run(portal, tmp_path) == 1
    err = capsys.readouterr().err
    assert f"{PORTAL}: no crawls row: the crawl stopped before it recorded its results" in err
    assert "scrapy exited with code -9" in err
    assert (tmp_path / "jobs" / PORTAL).is_dir()


def test_a_resume_that_cannot_read_its_job_record_says_so(portal, tmp_path, capsys):
    """A job record left unreadable (half-written, a disk error) fails the run with why, and
    the portal is crawled again from its start pages: nothing is lost."""
    record = tmp_path / "jobs" / PORTAL / FRONTIER_FILE
    record.parent.mkdir(parents=True)
    record.write_bytes(b"\x00 not a database" * 64)
    assert crawl_run(portal, tmp_path) == 1
    err = capsys.readouterr().err
    assert (
        f"{PORTAL}: PROBLEM: errors: some pages could not be fetched or read (11 pages fetched, "
        f"1 errors), first error {record}: resume: the job's record could not be read ("
    ) in err
    assert "the portal was walked again from its start pages; errors, 11 pages, 5 new" in err
    assert health(tmp_path)["last_status"] == "errors"


def test_bad_command_lines_are_usage_errors(portal, tmp_path, capsys):
    assert crawl_run(portal, tmp_path, "--expect-silent", "nowhere") == 2
    assert capsys.readouterr().err == (
        "error: not in the registry: nowhere; list the known portals with: "
        "python -m crawler.registry\n"
    )
    assert crawl_run(portal, tmp_path, "--db", str(tmp_path / "no" / "a.db")) == 2
    assert capsys.readouterr().err == (
        f"error: no such folder for the archive: {tmp_path / 'no'}; create it or give another "
        "archive path\n"
    )
    assert crawl_run(portal, tmp_path, "--registry", str(tmp_path / "none.yml")) == 2
    assert "none.yml: cannot read registry" in capsys.readouterr().err
    assert not (tmp_path / "archive.db").exists()


def test_problem_says_why():
    crawl = {"id": 1, "status": "errors", "pages": 9, "errors": 2}
    assert problem(crawl, "http://x/a: 503 Service Unavailable") == (
        "errors: some pages could not be fetched or read (9 pages fetched, 2 errors), "
        "first error http://x/a: 503 Service Unavailable"
    )
    assert problem({**crawl, "status": "shutdown"}, None) == (
        "shutdown: the crawl stopped early (9 pages fetched, 2 errors)"
    )
    assert problem({**crawl, "status": "ok"}, None) is None
    assert problem(None, None) == "no crawls row: the crawl stopped before it recorded its results"


def test_run_names_are_stable():
    assert run_name(["ninhthuan", "hatinh"], everything=False) == "hatinh_ninhthuan"
    assert run_name(["hatinh"], everything=True) == "all"
    assert run_name([f"portal-{i}" for i in range(20)], everything=False).startswith("portals-")


def test_scrapy_command():
    command = scrapy_command(["portals=a,b"], Path("/x.db"), [Path("/r.yml")], ["JOBDIR=/j"])
    assert command[3:] == [
        "crawl",
        "portal",
        "-s",
        "ARCHIVE_DB=/x.db",
        "-s",
        "PORTAL_REGISTRIES=/r.yml",
        "-s",
        "JOBDIR=/j",
        "-a",
        "portals=a,b",
    ]


def test_portal_health_columns(tmp_path):
    db = open_archive(tmp_path / "a.db")
    db["portals"].insert_all([{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])
    # the view compares with SQLite's own clock ('now'), which a frozen Python clock cannot
    # reach: the rows are dated from the present
    today = datetime.fromisoformat(now())

    def day(days_ago: int) -> str:
        return (today - timedelta(days=days_ago)).isoformat(timespec="seconds")

    crawls = [
        (day(20), "ok", []),
        (day(10), "errors", [("http://a/1", "timeout", day(10))]),
        (day(2), "ok", []),
        (day(1), "failed", [("http://a/", "500 Internal Server Error", day(1))]),
    ]
    for started, status, errors in crawls:
        crawl = {"portal_id": "a", "started_at": started, "finished_at": started, "status": status}
        crawl_id = db["crawls"].insert({**crawl, "pages": 1}).last_pk
        db["crawl_errors"].insert_all(
            {"crawl_id": crawl_id, "url": u, "error": e, "at": at} for u, e, at in errors
        )
    published = [day(3), day(40), day(200), day(500)]
    db["articles"].insert_all(
        {"url": f"http://a/{i}", "portal_id": "a", "published_at": p, "fetched_at": day(2 + i)}
        for i, p in enumerate(published)
    )
    rows = list(db.query(f"select * from {PORTAL_HEALTH_VIEW}"))
    assert [row["portal_id"] for row in rows] == ["a", "b"]
    assert rows[0] == {
        "portal_id": "a",
        "name": "A",
        "last_status": "failed",
        "last_run_at": day(1),
        "last_run_seconds": 0.0,
        "last_ok_at": day(2),
        "last_new_article_at": day(2),
        "articles_last_30_days": 1,
        "articles_per_month": 0.3,
        "runs": 4,
        "failed_runs_last_7": 1,
        "recent_errors": 1,
        "last_error": "500 Internal Server Error",
        "last_disagreements": 0,
    }
    assert rows[1] == {
        **dict.fromkeys(rows[1], None),
        "portal_id": "b",
        "name": "B",
        "articles_last_30_days": 0,
        "articles_per_month": 0.0,
        "runs": 0,
        "failed_runs_last_7": 0,
        "recent_errors": 0,
        "last_disagreements": 0,
    }


def test_portals_needing_their_own_transport_settings_get_their_own_process(tmp_path):
    """A registry entry's settings (old TLS, weaker ciphers) apply to that portal's crawls
    only: portals are grouped by them, one Scrapy process per group."""
    registry = tmp_path / "registry.yml"
    entry = (
        "  - id: {id}\n    name: {id}\n    url: https://{id}.gov.vn\n    level: tỉnh\n"
        "    province: null\n    province_2025: null\n    platform: unknown\n"
        "    start_urls: ['https://{id}.gov.vn/']\n    status: active\n    verified: false\n"
        "    notes: test\n"
    )
    old_tls = "    settings:\n      DOWNLOADER_CLIENT_TLS_METHOD: TLSv1.2\n"
    registry.write_text(
        "portals:\n" + entry.format(id="a") + entry.format(id="b") + old_tls + entry.format(id="c"),
        encoding="utf-8",
    )
    assert run.by_settings(["a", "b", "c"], [registry]) == {
        (): ["a", "c"],
        (("DOWNLOADER_CLIENT_TLS_METHOD", "TLSv1.2"),): ["b"],
    }
