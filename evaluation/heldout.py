"""Crawl held-out sample portals, built by someone who never saw the crawler, from their home
pages and compare the archive with what they hold: `python -m evaluation.heldout [DIR]`.

A held-out folder (default samples/heldout/) has `serve.py`, which serves every site on loopback
until killed, and `expected.json`: [{"site", "home", "family", "articles": [{"url", "title",
"published"}]}]. Every other page of a site (home, listings, tags, print views) is a non-article.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import sqlite_utils

from crawler.settings import PORTAL_REGISTRIES
from samples.crawl import scrapy_command

ROOT = Path(__file__).resolve().parent.parent
HELDOUT_DIR = ROOT / "samples" / "heldout"
# How long the held-out server may take to listen, in seconds
STARTUP_SECONDS = 20


@dataclass(frozen=True)
class SiteScore:
    """What the crawl archived of one held-out site."""

    site: str
    family: str
    expected: int
    archived: int
    non_articles: tuple[str, ...]
    missing: tuple[str, ...]


def wait_for(url: str, seconds: float = STARTUP_SECONDS) -> None:
    """Returns once something listens at url's host and port; raises TimeoutError after seconds."""
    parts = urlsplit(url)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection((parts.hostname, parts.port or 80), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"nothing listens at {parts.netloc}")


def score_site(site: dict, rows: list[dict]) -> SiteScore:
    """Compares one site's expected articles with the archived rows of its host (by URL, else by
    exact title, since an article may be archived under the URL a redirect led to)."""
    expected = {a["url"]: a["title"] for a in site["articles"]}
    titles = set(expected.values())
    found = {r["url"] for r in rows} | {r["title"] for r in rows}
    missing = tuple(u for u, t in expected.items() if u not in found and t not in found)
    extra = tuple(r["url"] for r in rows if r["url"] not in expected and r["title"] not in titles)
    return SiteScore(
        site["site"], site["family"], len(expected), len(expected) - len(missing), extra, missing
    )


def crawl_heldout(directory: Path, db: Path) -> list[SiteScore]:
    """Serves the held-out sites, crawls each from its home page into db, and scores them."""
    sites = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    server = subprocess.Popen(
        [sys.executable, "serve.py"], cwd=directory, stdout=subprocess.DEVNULL
    )
    try:
        for site in sites:
            wait_for(site["home"])
        homes = ",".join(site["home"] for site in sites)
        subprocess.run(
            scrapy_command([f"start_url={homes}"], db, [Path(p) for p in PORTAL_REGISTRIES]),
            check=False,
            cwd=ROOT,
        )
    finally:
        server.terminate()
        server.wait()
    archive = sqlite_utils.Database(db)
    rows = list(archive.query("select url, title from articles"))
    return [
        score_site(
            site, [r for r in rows if urlsplit(r["url"]).netloc == urlsplit(site["home"]).netloc]
        )
        for site in sites
    ]


def main() -> None:
    """Prints, per held-out site, articles archived / present and non-articles stored."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("directory", type=Path, nargs="?", default=HELDOUT_DIR)
    parser.add_argument("--db", type=Path, help="keep the archive here (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = (args.db or Path(tmp) / "heldout.db").resolve()
        scores = crawl_heldout(args.directory.resolve(), db)
    print(f"{'site':<28} {'archived':>9} {'non-articles':>13}  family")
    for s in scores:
        counts = f"{s.archived:>4} / {s.expected:<3} {len(s.non_articles):>13}"
        print(f"{s.site:<28} {counts}  {s.family[:50]}")
        for url in s.missing:
            print(f"    missing {url}")
        for url in s.non_articles:
            print(f"    non-article stored {url}")
    archived = sum(s.archived for s in scores)
    expected = sum(s.expected for s in scores)
    stored = sum(len(s.non_articles) for s in scores)
    print(f"TOTAL articles archived {archived} / {expected}, non-articles stored {stored}")


if __name__ == "__main__":
    main()
