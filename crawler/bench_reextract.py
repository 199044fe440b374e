"""`make bench-reextract`: re-extraction's speed and peak memory over the demo archive and over
a scaled copy of it with a given number of captures."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from crawler.archive import open_archive
from samples.crawl import SAMPLES_REGISTRY, scrapy_command
from samples.server import serve_samples

# The repository root, where the commands run
ROOT = Path(__file__).resolve().parent.parent
# How often the memory of the re-extraction's processes is read, in seconds
SAMPLE_EVERY = 0.05
# The captures reextract reads again (crawler/reextract.py PAGES_SQL)
PAGE_KINDS = ("article", "page")


@dataclass(frozen=True)
class Measured:
    """One re-extraction run: its time, what it printed and the peak memory of its processes."""

    seconds: float
    peak_rss_mb: float
    captures: int
    articles: int
    summary: str

    def line(self, name: str) -> str:
        """The run's figures on one line."""
        return (
            f"{name}: {self.captures} captures, {self.articles} articles in {self.seconds:.1f} s: "
            f"{self.captures / self.seconds:.0f} captures/s, "
            f"{self.articles / self.seconds:.0f} articles/s, "
            f"peak RSS {self.peak_rss_mb:.0f} MB (all processes); {self.summary}"
        )


def tree_rss(pid: int) -> int:
    """The resident memory, in bytes, of a process and all its descendants (from /proc)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:  # it ended meanwhile
            continue
        rss = next((line for line in status.splitlines() if line.startswith("VmRSS:")), None)
        total += int(rss.split()[1]) * 1024 if rss else 0
        pending += [int(child) for child in children]
    return total


def measure(db: Path, workers: int) -> Measured:
    """Runs `python -m crawler.reextract` over db, reading its processes' memory meanwhile."""
    command = [sys.executable, "-m", "crawler.reextract", "--db", str(db)]
    command += ["--workers", str(workers)]
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss(process.pid))
            time.sleep(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.monotonic() - started
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"reextract failed ({process.returncode}): {output}")
    archive = sqlite_utils.Database(db)
    articles = archive["articles"].count
    marks = ", ".join("?" * len(PAGE_KINDS))
    captures = archive.execute(
        f"select count(distinct url) from captures where kind in ({marks})", PAGE_KINDS
    ).fetchone()[0]
    archive.close()
    return Measured(seconds, peak[0] / 2**20, captures, articles, output.strip())


def crawl_demo(folder: Path) -> Path:
    """The demo archive: every sample portal crawled over loopback into folder."""
    db = folder / "demo.db"
    with serve_samples(folder / "samples") as urls:
        registries = [ROOT / "crawler" / "registry.yml", SAMPLES_REGISTRY]
        command = scrapy_command(["start_url=" + ",".join(urls.values())], db, registries)
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return db


def scale(demo: Path, folder: Path, captures: int) -> Path:
    """A copy of the demo archive grown to at least `captures` page captures: each copy of a
    page capture is the same WARC record under its URL with "?copy=N" (or "&copy=N") added,
    so that re-extraction reads it as another page."""
    db = folder / "scaled.db"
    shutil.copy(demo, db)
    shutil.copytree(demo.parent / "warcs", folder / "warcs")
    archive = open_archive(db)
    marks = ", ".join("?" * len(PAGE_KINDS))
    rows = list(
        archive.query(
            f"select * from captures where kind in ({marks}) order by id", list(PAGE_KINDS)
        )
    )
    copies = -(-captures // len(rows)) - 1
    with archive.atomic():
        for n in range(1, copies + 1):
            archive["captures"].insert_all(
                {
                    **{k: v for k, v in row.items() if k != "id"},
                    "url": row["url"] + ("&" if "?" in row["url"] else "?") + f"copy={n}",
                }
                for row in rows
            )
    archive.close()
    return db


def main() -> int:
    """Measures re-extraction over the demo archive and over a scaled copy of it."""
    parser = argparse.ArgumentParser(prog="python -m crawler.bench_reextract", description=__doc__)
    parser.add_argument("--captures", type=int, default=100_000, help="of the scaled archive")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--again", action="store_true", help="and a second run over it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-reextract-") as tmp:
        folder = Path(tmp)
        demo = crawl_demo(folder)
        print(measure(demo, args.workers).line("demo archive"), flush=True)
        scaled_dir = folder / "scaled"
        scaled_dir.mkdir()
        scaled = scale(demo, scaled_dir, args.captures)
        print(measure(scaled, args.workers).line("scaled archive, first run"), flush=True)
        if args.again:
            print(measure(scaled, args.workers).line("scaled archive, again"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
