"""Kill trials: crawls sample portals, kills the crawl (kill -9) at seeded moments over its whole
length, resumes it from its job folder and compares the archive with an uninterrupted crawl's:
`python -m evaluation.resume --trials 20 --seed 1` prints identical archives / trials."""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler.archive import FINDINGS_TABLES
from samples.build import build_site, load_sites
from samples.crawl import scrapy_command
from samples.server import start_site

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "crawler" / "registry.yml"
# The sample portals of a trial: two families, one with a text PDF attached, one with a scan
SITES = ("kyanh", "kiengiang", "tanhiep")
# A kill lands this long at most after the request it follows (so that it may hit the crawl
# while it reads, extracts or writes, not only while it waits for an answer)
MAX_KILL_DELAY = 1.0
# How long one crawl may take before the trial gives up on it
CRAWL_TIMEOUT = 300
# Tables of what the archive holds, compared between crawls
CONTENT_TABLES = ("articles", "attachments", *FINDINGS_TABLES, "images", "meetings")
# Columns that differ between two crawls of the same pages: row ids (the rows they point to
# are compared by what they are), fetch times and the captures a row came from
VOLATILE = ("id", "fetched_at", "capture_id")
# The rows a row points to, by what they are: article_id -> the article's URL …
REFERENCES = {
    "article_id": "select id, url as ref from articles",
    "attachment_id": "select id, url as ref from attachments",
    "meeting_id": "select id, meeting_date || '|' || coalesce(province, '') || '|' "
    "|| coalesce(level, '') || '|' || coalesce(chair_name, '') as ref from meetings",
}


def archive_contents(db_path: Path) -> dict[str, list[tuple[tuple[str, Any], ...]]]:
    """Every row of the content tables, as sorted lists of (column, value) pairs without ids,
    fetch times or capture ids, and with the rows they point to given by what they are."""
    db = sqlite_utils.Database(db_path)
    try:
        refs = {
            column: {row["id"]: row["ref"] for row in db.query(sql)}
            for column, sql in REFERENCES.items()
        }
        contents = {}
        for table in CONTENT_TABLES:
            rows = []
            for row in db.query(f"select * from {table}"):
                kept = {k: refs[k].get(v) if k in refs else v for k, v in row.items()}
                rows.append(tuple(sorted((k, v) for k, v in kept.items() if k not in VOLATILE)))
            contents[table] = sorted(rows, key=repr)
        return contents
    finally:
        db.close()


def differences(got: dict[str, list], expected: dict[str, list]) -> list[str]:
    """The tables whose rows differ, each with how many rows are missing and how many extra."""
    found = []
    for table, rows in expected.items():
        missing = [r for r in rows if r not in got[table]]
        extra = [r for r in got[table] if r not in rows]
        if missing or extra or len(rows) != len(got[table]):
            found.append(f"{table}: {len(missing)} missing, {len(extra)} extra")
    return found


class Killer:
    """Counts the requests the sample portals answer and kills the crawl's process group
    (SIGKILL) a set delay after the nth one."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen = 0
        self.process: subprocess.Popen | None = None
        self.after = 0
        self.delay = 0.0

    def arm(self, process: subprocess.Popen | None, after: int = 0, delay: float = 0.0) -> None:
        """Starts counting again, for a crawl to kill after `after` requests (0: never)."""
        with self.lock:
            self.seen, self.process, self.after, self.delay = 0, process, after, delay

    def __call__(self) -> None:
        with self.lock:
            self.seen += 1
            if self.process is not None and self.seen == self.after:
                threading.Timer(self.delay, kill, [self.process]).start()


def kill(process: subprocess.Popen) -> None:
    """kill -9 of a crawl and its extraction workers."""
    with suppress(ProcessLookupError):  # it had finished already
        os.killpg(process.pid, signal.SIGKILL)


@contextmanager
def served(sites: Sequence[str], out_dir: Path, killer: Killer) -> Iterator[list[str]]:
    """Builds and serves sample portals, each request counted by killer; yields their URLs."""
    all_sites = load_sites()
    servers = []
    for site_id in sites:
        build_site(all_sites[site_id], out_dir / site_id)
        address = all_sites[site_id]["address"]
        servers.append(start_site(out_dir / site_id, address, on_request=killer))
    try:
        yield [f"http://{s.server_address[0]}:{s.server_address[1]}/" for s in servers]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def crawl_command(urls: Sequence[str], db: Path, jobdir: Path) -> list[str]:
    """The crawl of the portals at urls into db, with its job state in jobdir."""
    command = scrapy_command(["start_url=" + ",".join(urls)], db, [REGISTRY])
    return [*command, "-s", f"JOBDIR={jobdir}"]


def start_crawl(command: list[str]) -> subprocess.Popen:
    """Starts a crawl in its own process group (so that a kill takes its workers too)."""
    return subprocess.Popen(
        command,
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> tuple[int, str]:
    """Waits for a crawl; returns its exit code and the end of its log."""
    _, err = process.communicate(timeout=CRAWL_TIMEOUT)
    return process.returncode, err[-3000:]


def statuses(db: Path) -> list[str]:
    """The status of each crawls row, oldest first."""
    rows = sqlite_utils.Database(db).query("select status from crawls order by id")
    return [row["status"] for row in rows]


@dataclass(frozen=True)
class Trial:
    """One kill and resume, and how it ended."""

    seed: str
    after: int
    delay: float
    killed: bool
    resumed: int
    status: list[str]
    differences: list[str]

    @property
    def identical(self) -> bool:
        """True when the resumed crawl exited 0 with its portals ok and the archive is the
        uninterrupted crawl's."""
        ok = self.status and all(s == "ok" for s in self.status)
        return self.resumed == 0 and bool(ok) and not self.differences

    def line(self) -> str:
        """One line on the trial."""
        verdict = "identical" if self.identical else "DIFFERENT"
        moment = f"{self.after} requests + {self.delay:.2f} s"
        end = "killed" if self.killed else "had finished"
        told = f"resumed exit {self.resumed}, status {','.join(self.status) or '-'}"
        detail = f"; {'; '.join(self.differences)}" if self.differences else ""
        return f"seed {self.seed}: kill after {moment} ({end}), {told}: {verdict}{detail}"


class Trials:
    """Kill trials over sample portals: an uninterrupted crawl first, then kills and resumes."""

    def __init__(self, work: Path, sites: Sequence[str] = SITES) -> None:
        self.work = work
        self.killer = Killer()
        self.serving = served(sites, work / "sites", self.killer)
        self.urls = self.serving.__enter__()
        self.whole = work / "whole" / "archive.db"
        self.whole.parent.mkdir()
        self.killer.arm(None)
        command = crawl_command(self.urls, self.whole, work / "whole-job")
        returncode, err = finish(start_crawl(command))
        if returncode != 0:
            raise RuntimeError(f"the uninterrupted crawl failed: {err}")
        self.requests = self.killer.seen
        self.expected = archive_contents(self.whole)

    def close(self) -> None:
        self.serving.__exit__(None, None, None)

    def run(self, seed: str) -> Trial:
        """Crawls into a new archive, kills the crawl after a seeded number of requests and a
        seeded delay, crawls again with the same job folder, and compares."""
        rng = random.Random(seed)
        after, delay = rng.randint(1, self.requests), rng.uniform(0, MAX_KILL_DELAY)
        folder = self.work / f"trial-{seed}"
        folder.mkdir()
        db = folder / "archive.db"
        command = crawl_command(self.urls, db, folder / "job")
        process = start_crawl(command)
        self.killer.arm(process, after, delay)
        killed = finish(process)[0] == -signal.SIGKILL
        self.killer.arm(None)
        resumed = finish(start_crawl(command))[0]
        found = differences(archive_contents(db), self.expected)
        return Trial(seed, after, delay, killed, resumed, statuses(db), found)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m evaluation.resume`: kill trials; exits 1 unless every archive is identical."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", default="1", help="trial n's kill point comes from SEED-n")
    parser.add_argument("--sites", default=",".join(SITES), help="sample portals to crawl")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as work:
        trials = Trials(Path(work), args.sites.split(","))
        try:
            print(f"uninterrupted crawl of {args.sites}: {trials.requests} requests", flush=True)
            results = []
            for n in range(args.trials):
                results.append(trials.run(f"{args.seed}-{n}"))
                print(results[-1].line(), flush=True)
        finally:
            trials.close()
    identical = sum(t.identical for t in results)
    killed = sum(t.killed for t in results)
    print(
        f"identical archives: {identical}/{len(results)} trials "
        f"({killed} killed mid-crawl, seed {args.seed}, {time.monotonic() - started:.0f} s)"
    )
    return 0 if identical == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
