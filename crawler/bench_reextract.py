"""`make bench-reextract`: re-extraction's speed and peak memory over the demo archive and over
a scaled copy of it with a given number of captures."""

from __future__ import annotations

import argparse
import os
import resource
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
    cpu_seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    captures: int
    articles: int
    summary: str

    def line(self, name: str) -> str:
        """The run's figures on one line."""
        on_two_cores = self.cpu_seconds / 2
        return (
            f"{name}: {self.captures} captures, {self.articles} articles in {self.seconds:.1f} s: "
            f"{self.captures / self.seconds:.0f} captures/s, "
            f"{self.articles / self.seconds:.0f} articles/s "
            f"({self.articles / on_two_cores:.0f}/s on 2 free cores, from the "
            f"{self.cpu_seconds:.0f} CPU seconds of its processes; load now "
            f"{os.getloadavg()[0]:.1f}); peak memory of all its processes: "
            f"PSS {self.peak_pss_mb:.0f} MB, RSS {self.peak_rss_mb:.0f} MB"
            f"\n  {self.summary}"
        )


def tree_memory(pid: int) -> tuple[int, int]:
    """The resident memory of a process and all its descendants, in bytes, from /proc: the sum
    of their RSS (pages shared between the forked workers counted in each) and of their PSS
    (shared pages divided among the processes sharing them)."""
    rss = pss = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:  # it ended meanwhile
            continue
        sizes = dict(line.split(":", 1) for line in rollup.splitlines()[1:] if ":" in line)
        rss += int(sizes.get("Rss", "0 kB").split()[0]) * 1024
        pss += int(sizes.get("Pss", "0 kB").split()[0]) * 1024
        pending += [int(child) for child in children]
    return rss, pss


def children_cpu() -> float:
    """CPU seconds (user and system) of the ended child processes and their descendants."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(db: Path, workers: int) -> Measured:
    """Runs `python -m crawler.reextract` over db, reading its processes' memory meanwhile."""
    command = [sys.executable, "-m", "crawler.reextract", "--db", str(db)]
    command += ["--workers", str(workers)]
    started = time.monotonic()
    cpu_before = children_cpu()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    peak = [0, 0]

    def sample() -> None:
        while process.poll() is None:
            rss, pss = tree_memory(process.pid)
            peak[:] = [max(peak[0], rss), max(peak[1], pss)]
            time.sleep(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.monotonic() - started
    cpu = children_cpu() - cpu_before
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
    memory = (peak[0] / 2**20, peak[1] / 2**20)
    return Measured(seconds, cpu, *memory, captures, articles, output.strip())


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
    page capture is the same WARC record under another host ("http://copyN.127.0.0.2:…/…"),
    so that re-extraction reads it as another page (linking to the same attachments)."""
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
                    "url": row["url"].replace("://", f"://copy{n}.", 1),
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
