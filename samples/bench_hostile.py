"""`make bench-hostile`: crawls a seeded hostile site (samples/hostile.py) over loopback and
says what got through: requests that left the portal, local files read, whether the crawl kept
within its memory and time limits, and pages fetched but neither archived nor recorded."""

from __future__ import annotations

import argparse
import gzip
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path

import psutil

from extract.links import canonical_url
from samples.crawl import LOOPBACK_SETTINGS
from samples.hostile import KINDS, SECRET, Served, serve_hostile

ROOT = Path(__file__).resolve().parent.parent
# The limits a crawl of the hostile site is held to: the peak resident memory of its whole
# process tree (Scrapy and its extraction workers) and its wall time
MAX_TREE_RSS = 2 * 1024**3
MAX_SECONDS = 600
# A crawl still running this long past its time limit is killed (it failed anyway)
KILL_AFTER = 1.5
# How often the process tree's memory is sampled, in seconds
SAMPLE_EVERY = 0.1
# Crawl settings for the bench: loopback needs no politeness; a short download timeout so that
# the slow pages fail in seconds (their answers come after SLOW_SECONDS); one quick retry
BENCH_SETTINGS = (
    *LOOPBACK_SETTINGS,
    "LOG_LEVEL=INFO",
    "DOWNLOAD_TIMEOUT=4",
    "RETRY_TIMES=1",
    "RETRY_BACKOFF_BASE=0.1",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "ROBOTSTXT_OBEY=False",
)
# A Scrapy stats line of the log's final dump, e.g. "'downloader/request_count': 412,"
STAT_LINE = re.compile(r"^[\s{]*'([\w/.-]+)': (\d+),?$", re.MULTILINE)
# Paths that are no page: what the crawl asks every site for
NOT_PAGES = ("/robots.txt", "/sitemap.xml")


@dataclass
class Measured:
    """One crawl of a hostile site, measured."""

    seconds: float
    peak_rss: int
    returncode: int
    stats: dict[str, int]
    log: list[tuple[str, int]]
    hits: list[str]
    secrets_found: int
    unaccounted: dict[str, str] = field(default_factory=dict)
    accounted: Counter[str] = field(default_factory=Counter)

    @property
    def left_portal(self) -> int:
        """Requests the crawl sent that did not reach the portal: to the host off it, or to
        any other address (sent by the downloader but never in the portal's access log)."""
        sent = self.stats.get("downloader/request_count", 0)
        return len(self.hits) + max(0, sent - len(self.hits) - len(self.log))

    @property
    def over_limits(self) -> int:
        return int(self.peak_rss > MAX_TREE_RSS or self.seconds > MAX_SECONDS)


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants (those alive now)."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def run_measured(command: list[str], log_file: Path) -> tuple[int, float, int]:
    """Runs a command, sampling its process tree's memory; returns its exit code, wall seconds
    and peak resident bytes (a run far past MAX_SECONDS is killed)."""
    started = time.monotonic()
    peak = 0
    with log_file.open("w") as log:
        child = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        process = psutil.Process(child.pid)
        while child.poll() is None:
            peak = max(peak, tree_rss(process))
            if time.monotonic() - started > MAX_SECONDS * KILL_AFTER:
                for member in [*process.children(recursive=True), process]:
                    member.kill()
            time.sleep(SAMPLE_EVERY)
    return child.returncode, time.monotonic() - started, peak


def archived_urls(db: Path) -> dict[str, set[str]]:
    """The URLs the archive has an article, a raw capture or an error row for."""
    connection = sqlite3.connect(db)
    found = {
        "article": {r[0] for r in connection.execute("select url from articles")},
        "capture": {r[0] for r in connection.execute("select url from captures")},
        "crawl_error": {r[0] for r in connection.execute("select url from crawl_errors")},
    }
    connection.close()
    return found


def secrets_in(db: Path, warcs: Path) -> int:
    """How many times the local file's text is in the archive or its raw captures."""
    connection = sqlite3.connect(db)
    dump = "\n".join(connection.iterdump())
    connection.close()
    found = dump.count(SECRET)
    for warc in warcs.glob("*.warc.gz"):
        with gzip.open(warc, "rb") as handle:
            found += handle.read().count(SECRET.encode())
    return found


def account(served: Served, db: Path) -> tuple[dict[str, str], Counter[str]]:
    """Each page the portal answered (not a redirect, robots.txt or sitemap) that the archive
    has no article, capture or error row for, with its kind; and how the others were kept."""
    kept = archived_urls(db)
    unaccounted: dict[str, str] = {}
    accounted: Counter[str] = Counter()
    base = served.portal.rstrip("/")
    for path, status in dict(served.log).items():
        if path in NOT_PAGES or HTTPStatus.MULTIPLE_CHOICES <= status < HTTPStatus.BAD_REQUEST:
            continue
        url = canonical_url(base + path)
        how = next((name for name, urls in kept.items() if url in urls), None)
        if how is None:
            unaccounted[url] = served.site.kind_of(path)
        else:
            accounted[how] += 1
    return unaccounted, accounted


def bench(seed: int, pages: int, folder: Path, kinds: list[str] | None = None) -> Measured:
    """Serves a hostile site of `pages` pages, crawls it into folder/archive.db and measures."""
    secret = folder / "bi-mat.pdf"
    secret.write_text(SECRET)
    db = folder / "archive.db"
    with serve_hostile(seed, pages, secret, kinds) as served:
        command = [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "portal",
            "-a",
            f"start_url={served.portal}",
        ]
        for setting in (*BENCH_SETTINGS, f"ARCHIVE_DB={db}"):
            command += ["-s", setting]
        returncode, seconds, peak = run_measured(command, folder / "crawl.log")
        log_text = (folder / "crawl.log").read_text(errors="replace")
        stats = {name: int(value) for name, value in STAT_LINE.findall(log_text)}
        measured = Measured(
            seconds, peak, returncode, stats, list(served.log), list(served.hits), 0
        )
        measured.secrets_found = secrets_in(db, folder / "warcs")
        measured.unaccounted, measured.accounted = account(served, db)
    return measured


def report(measured: Measured, seed: int, pages: int, kinds: int) -> str:
    """What the bench prints."""
    refused = {
        k.rsplit("/", 1)[1]: v for k, v in measured.stats.items() if k.startswith("bounds/refused/")
    }
    lines = [
        f"hostile site: {pages} pages of {kinds} kinds, seed {seed}",
        f"crawl: exit {measured.returncode}, {measured.seconds:.1f} s (limit {MAX_SECONDS} s), "
        f"peak RSS of its process tree {measured.peak_rss / 2**20:.0f} MB "
        f"(limit {MAX_TREE_RSS / 2**20:.0f} MB)",
        f"requests: {measured.stats.get('downloader/request_count', 0)} sent, "
        f"{len(measured.log)} answered by the portal, {len(measured.hits)} reached the host off "
        f"it; refused: {refused or 'none'}",
        f"pages fetched: {sum(measured.accounted.values()) + len(measured.unaccounted)} "
        f"({', '.join(f'{v} {k}' for k, v in sorted(measured.accounted.items()))})",
        f"requests that left the portal: {measured.left_portal}",
        f"local files read: {measured.secrets_found}",
        f"crawls over their memory or time limit: {measured.over_limits} of 1",
        f"pages fetched but neither archived nor recorded: {len(measured.unaccounted)}",
    ]
    lines += [f"  {url} ({kind})" for url, kind in sorted(measured.unaccounted.items())]
    return "\n".join(lines)


def main() -> int:
    """`python -m samples.bench_hostile [--seed S] [--pages N]`: exit 1 when anything got
    through."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, default=len(KINDS) * 4)
    parser.add_argument("--kinds", help="KIND,KIND (default: every kind)")
    parser.add_argument("--keep", type=Path, help="a folder to keep the archive and log in")
    args = parser.parse_args()
    kinds = args.kinds.split(",") if args.kinds else None
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        measured = bench(args.seed, args.pages, folder, kinds)
    print(report(measured, args.seed, args.pages, len(kinds or KINDS)))
    bad = (
        measured.left_portal
        + measured.secrets_found
        + measured.over_limits
        + len(measured.unaccounted)
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
