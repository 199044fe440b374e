"""`make bench-serve`: a scaled copy of the archive served as `make serve` serves it, under many
concurrent clients; prints requests, errors and latency percentiles per kind of page, and whether
the server still answers quickly once the load stops."""

from __future__ import annotations

import argparse
import asyncio
import math
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import httpx

from crawler.archive import open_archive

# Tables copied to scale the archive, with the columns holding ids of other copied tables
SCALED_TABLES = ("meetings", "articles", "attachments", "figures", "directives", "documents")
ID_COLUMNS = {
    "meeting_id": "meetings",
    "article_id": "articles",
    "attachment_id": "attachments",
}
# Copies written per transaction while scaling
COPIES_PER_BATCH = 200
# What the clients ask for, by kind of page: the mix of tables, views, searches with
# and without accents, facets, canned queries, CSV and JSON
WORKLOAD = {
    "table": ["/archive/articles", "/archive/meetings", "/archive/figures?_size=50"],
    "view": [
        "/archive/meeting_summary",
        "/archive/meeting_reports",
        "/archive/chair_tasks",
        "/archive/indicator_results",
    ],
    "search, no accents": [
        "/archive/search?q=kiem+diem&province=&year=&meeting_type=&level=",
        "/archive/search?q=giai+ngan&province=kien+giang&year=&meeting_type=&level=",
        "/archive/articles?_search=dong+bao+cham",
    ],
    "search, accents": [
        "/archive/search?q=ki%E1%BB%83m+%C4%91i%E1%BB%83m&province=&year=&meeting_type=&level=",
        "/archive/articles?_search=gi%E1%BA%A3i+ng%C3%A2n",
    ],
    "facet": [
        "/archive/articles?_facet=level&_facet=province",
        "/archive/articles?province_2025=An+Giang",
    ],
    "canned query": [
        "/archive/meetings_of_province?province=kien+giang&date_from=&date_to=",
        "/archive/chair_directives?chair=lam+minh+thanh&province=",
        "/archive/indicator_across_provinces?indicator=budget_revenue&period_from=&period_to=",
        "/archive/directives_due?month=2023-12&province=",
        "/archive/articles_citing_document?number=63%2FNQ-CP",
    ],
    "csv": ["/archive/meetings.csv?_size=100", "/archive/chair_tasks.csv?_size=100"],
    "json": ["/archive/articles.json?_size=20&_shape=objects", "/archive/meeting_summary.json"],
}
# After the load: the server must answer this within RECOVERY_LIMIT seconds, RECOVERY_WAIT later
RECOVERY_PATH = "/archive/articles"
RECOVERY_WAIT, RECOVERY_LIMIT = 10, 2.0
# How long one request may take before it counts as an error, in seconds
REQUEST_TIMEOUT = 30


@dataclass(frozen=True)
class Sample:
    """One request of the load: its kind, how long it took and whether it succeeded."""

    kind: str
    seconds: float
    ok: bool


def scale(source: Path, target: Path, articles: int) -> int:
    """Writes at target a copy of the archive at source with its meetings, articles and what
    was found in them repeated until there are at least `articles` articles; says how many."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
        original.backup(copy)
    db = sqlite3.connect(target)
    db.execute("pragma journal_mode = wal")
    db.execute("pragma synchronous = off")
    stride = {
        t: db.execute(f"select max(id) + 1 from {t}").fetchone()[0] or 1 for t in SCALED_TABLES
    }
    have = db.execute("select count(*) from articles").fetchone()[0]
    copies = math.ceil(articles / have) - 1
    for first in range(1, copies + 1, COPIES_PER_BATCH):
        last = min(copies, first + COPIES_PER_BATCH - 1)
        with db:
            db.execute("drop table if exists temp.copies")
            db.execute("create temp table copies (k integer primary key)")
            db.executemany("insert into copies values (?)", [(k,) for k in range(first, last + 1)])
            for table in SCALED_TABLES:
                db.execute(copy_sql(db, table, stride))
            db.execute(
                "insert into articles_fts (rowid, title, lead, body, attachments, folded) "
                "select f.rowid + k * ?, title, lead, body, attachments, folded "
                "from articles_fts f, copies where f.rowid < ?",
                [stride["articles"], stride["articles"]],
            )
        print(f"  {last}/{copies} copies", file=sys.stderr, flush=True)
    db.close()
    open_archive(target).execute("analyze")
    return have * (copies + 1)


def copy_sql(db: sqlite3.Connection, table: str, stride: dict[str, int]) -> str:
    """The statement copying the original rows of a table once per row of temp.copies, with
    every id moved to its copy's range (and article URLs made unique)."""
    columns = [row[1] for row in db.execute(f"pragma table_info({table})")]
    values = []
    for column in columns:
        if column == "id":
            values.append(f"id + k * {stride[table]}")
        elif column in ID_COLUMNS:
            values.append(f"{column} + k * {stride[ID_COLUMNS[column]]}")
        elif table == "articles" and column == "url":
            values.append("url || '?copy=' || k")
        else:
            values.append(f'"{column}"')
    names = ", ".join(f'"{c}"' for c in columns)
    return (
        f"insert into {table} ({names}) select {', '.join(values)} from {table}, copies "
        f"where id < {stride[table]}"
    )


def free_port() -> int:
    """A TCP port nothing listens on at 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(db: Path, port: int, settings: list[str]) -> subprocess.Popen:
    """`datasette serve` over db as `make serve` runs it; returns once it answers."""
    root = Path(__file__).resolve().parent.parent
    command = [str(Path(sys.executable).parent / "datasette"), "serve", str(db)]
    command += ["--metadata", str(root / "metadata.yml"), "--template-dir", str(root / "templates")]
    command += ["--host", "127.0.0.1", "--port", str(port), *settings]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("datasette did not start")


async def load(base: str, clients: int, seconds: float) -> list[Sample]:
    """Runs `clients` clients asking for the workload's pages in turn for `seconds`."""
    pages = [(kind, path) for kind, paths in WORKLOAD.items() for path in paths]
    samples: list[Sample] = []
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(number: int, http: httpx.AsyncClient) -> None:
        turn = number * len(pages) // clients  # spread over the kinds whatever their number
        while time.monotonic() < stop:
            kind, path = pages[turn % len(pages)]
            turn += 1
            started = time.monotonic()
            try:
                response = await http.get(base + path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            samples.append(Sample(kind, time.monotonic() - started, ok))

    async with httpx.AsyncClient(limits=limits, timeout=REQUEST_TIMEOUT) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
    return samples


def percentile(values: list[float], share: float) -> float:
    """The share-th quantile of values (0.95 for p95), in milliseconds."""
    if len(values) < 2:
        return 1000 * (values[0] if values else 0.0)
    return 1000 * statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def report(samples: list[Sample]) -> str:
    """Requests, errors and p50/p95/p99 per kind of page, and in all."""
    lines = [
        f"{'kind':<20} {'requests':>8} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
    ]
    kinds = [*WORKLOAD, "all"]
    for kind in kinds:
        chosen = [s for s in samples if kind in ("all", s.kind)]
        times = [s.seconds for s in chosen]
        errors = sum(not s.ok for s in chosen)
        lines.append(
            f"{kind:<20} {len(chosen):>8} {errors:>7} {percentile(times, 0.5):>8.0f} "
            f"{percentile(times, 0.95):>8.0f} {percentile(times, 0.99):>8.0f}"
        )
    return "\n".join(lines)


def recovered(base: str) -> bool:
    """Whether the server answers a table page within RECOVERY_LIMIT seconds."""
    try:
        with urllib.request.urlopen(base + RECOVERY_PATH, timeout=RECOVERY_LIMIT) as response:
            return response.status == 200
    except OSError:
        return False


def main() -> None:
    """Builds the scaled archive (unless it is there), serves it and loads it."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--source", type=Path, default=Path("archive.db"))
    parser.add_argument("--archive", type=Path, default=Path("build/bench/archive.db"))
    parser.add_argument("--articles", type=int, default=300_000)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("settings", nargs="*", help="datasette serve settings, as make serve's")
    args = parser.parse_args()
    if not args.archive.exists():
        print(f"Scaling {args.source} to {args.articles:,} articles …", file=sys.stderr)
        scale(args.source, args.archive, args.articles)
    count = sqlite3.connect(args.archive).execute("select count(*) from articles").fetchone()[0]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = serve(args.archive, port, args.settings)
    try:
        samples = asyncio.run(load(base, args.clients, args.seconds))
        time.sleep(RECOVERY_WAIT)
        answers = recovered(base)
    finally:
        server.kill()
        server.wait()
    errors = sum(not s.ok for s in samples)
    print(f"{count:,} articles, {args.clients} clients for {args.seconds:.0f} s")
    print(report(samples))
    print(f"errors: {errors} of {len(samples)} ({100 * errors / max(1, len(samples)):.2f} %)")
    print(f"answers within {RECOVERY_LIMIT:.0f} s, {RECOVERY_WAIT} s after the load: {answers}")


if __name__ == "__main__":
    main()
