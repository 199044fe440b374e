"""`make bench-serve`: a scaled copy of the archive served as `make serve` serves it, under many
concurrent clients; prints requests, errors and latency percentiles per kind of page, and whether
the server still answers quickly once the load stops."""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

import httpx

from crawler.archive import open_archive
from publish.plugin import fold_key, fts_query

# Tables copied to scale the archive, with the columns holding ids of other copied tables
SCALED_TABLES = ("meetings", "articles", "attachments", "figures", "directives", "documents")
ID_COLUMNS = {
    "meeting_id": "meetings",
    "article_id": "articles",
    "attachment_id": "attachments",
}
# Copies written per transaction while scaling
COPIES_PER_BATCH = 200
# What the clients ask for, by kind of page: the mix of tables, every view, searches
# with and without accents, facets, every canned query, CSV and JSON. {name} takes one of the
# archive's values of that name (CHOICES) at each request, so that readers ask for many pages
WORKLOAD = {
    "table": [
        "/archive/articles",
        "/archive/articles?year={year}",
        "/archive/meetings?province_2025={province}",
        "/archive/figures?indicator={indicator}&_size=50",
    ],
    "view": [
        "/archive/meeting_summary",
        "/archive/meeting_reports?level={level}",
        "/archive/chair_tasks",
        "/archive/indicator_results?indicator={indicator}",
        "/archive/indicator_targets",
        "/archive/indicator_series?indicator={indicator}",
        "/archive/portal_health",
    ],
    "search, no accents": [
        "/archive/search?q={term_folded}&province=&year=&meeting_type=&level=",
        "/archive/search?q={term_folded}&province={province_folded}&year=&meeting_type=&level=",
        "/archive/search?q={term_folded}&province=&year={year}&meeting_type=&level={level_folded}",
        "/archive/articles?_search={term_folded}",
    ],
    "search, accents": [
        "/archive/search?q={term}&province=&year=&meeting_type=&level=",
        "/archive/search?q={term}&province={province}&year=&meeting_type=&level=",
        "/archive/articles?_search={term}",
    ],
    "facet": [
        "/archive/articles?_facet=level&_facet=province",
        "/archive/articles?province_2025={province}",
        "/archive/meetings?_facet=chair_name",
        "/archive/meeting_reports?_facet=chair_name",
    ],
    "canned query": [
        "/archive/meetings_of_province?province={province_folded}&date_from=&date_to=",
        "/archive/chair_directives?chair={chair_folded}&province=",
        "/archive/indicator_across_provinces?indicator={indicator}&period_from=&period_to=",
        "/archive/directives_due?month={month}&province=",
        "/archive/meeting_figures?meeting_id={meeting_id}",
        "/archive/articles_citing_document?number={number}",
    ],
    "csv": [
        "/archive/meetings.csv?_size=100",
        "/archive/chair_tasks.csv?_size=100",
        "/archive/search.csv?q={term_folded}&province=&year=&meeting_type=&level=",
    ],
    "json": [
        "/archive/articles.json?_size=20&_shape=objects&year={year}",
        "/archive/meeting_summary.json",
        "/archive/indicator_results.json?indicator={indicator}&_shape=array",
    ],
}
# Where each {name} of the workload takes its values from; *_folded is the value as typed
# without accents. Search terms: phrases of the sample articles, as Vietnamese write them
SEARCH_TERMS = (
    "kiểm điểm",
    "giải ngân",
    "đồng bào",
    "đầu tư công",
    "phát triển kinh tế",
    "chỉ đạo điều hành",
    "nông thôn mới",
    "tiêm chủng",
    "thu ngân sách",
    "cháy rừng",
    "hội nghị giao ban",
    "kỳ họp",
)
CHOICES = {
    "province": "select name from province_names",
    "chair": "select name from chair_names",
    "indicator": "select distinct indicator from figures where indicator != 'other'",
    "month": "select distinct substr(deadline, 1, 7) from directives where deadline != ''",
    "number": "select distinct number from documents",
    "year": "select distinct year from articles where year is not null",
    "level": "select distinct level from articles where level is not null",
    "meeting_id": "select id from meetings order by id limit 50",
}
# Requests per page of the workload measured one at a time, without the cache
REPEATS = 5
# How many of its values each {name} takes under load: most readers of a public instance ask
# for the same few pages (what makes the news), the others for pages no one asked for yet
LOAD_VALUES = 3
# After the load: the server must answer this page, asked for by no client of the load (so
# not in the cache), within RECOVERY_LIMIT seconds, RECOVERY_WAIT seconds later
RECOVERY_PATH = "/archive/articles?_sort=id"
RECOVERY_WAIT, RECOVERY_LIMIT = 10, 2.0
# How long one request may take before it counts as an error, in seconds
REQUEST_TIMEOUT = 30
# Seed of the clients' choices, so that two runs ask for the same pages
SEED = 16
# The search index as the archive builds it, and the same index without its copy of the text
# (FTS5 contentless): the query timed on both, the shadow table only the first one has
FTS_QUERY = (
    "select rowid, bm25({table}, 10.0, 5.0, 1.0, 1.0, 1.0) as score from {schema}.{table} "
    "where {table} match ? order by score limit 200"
)
FTS_CONTENTLESS = (
    "create virtual table {table} using fts5(title, lead, body, attachments, folded, "
    "content = '', tokenize = 'unicode61 remove_diacritics 2')"
)
FTS_SHADOWS = ("data", "idx", "docsize", "config")


@dataclass(frozen=True)
class Sample:
    """One request: its kind and page of the workload, how long it took, whether it
    succeeded and whether the cache answered it."""

    kind: str
    page: str
    seconds: float
    ok: bool
    hit: bool = False
    url: str = ""


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


def serve(db: Path, port: int, settings: list[str], cache_mb: str | None) -> subprocess.Popen:
    """`datasette serve` over db as `make serve` runs it (with a cache of cache_mb, or the
    default); returns once it answers."""
    root = Path(__file__).resolve().parent.parent
    command = [str(Path(sys.executable).parent / "datasette"), "serve", str(db)]
    command += ["--metadata", str(root / "metadata.yml"), "--template-dir", str(root / "templates")]
    command += ["--host", "127.0.0.1", "--port", str(port), *settings]
    env = {**os.environ, "RESPONSE_CACHE_MB": cache_mb} if cache_mb is not None else None
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("datasette did not start")


def choices(archive: Path) -> dict[str, list[str]]:
    """The values each {name} of the workload takes, from the archive (and SEARCH_TERMS)."""
    db = sqlite3.connect(archive)
    found = {name: [str(r[0]) for r in db.execute(sql)] for name, sql in CHOICES.items()}
    db.close()
    found["term"] = list(SEARCH_TERMS)
    for name in ("term", "province", "chair", "level"):
        found[f"{name}_folded"] = [fold_key(value) for value in found[name]]
    found["chair_folded"] = [value.split()[-1] for value in found["chair_folded"]]
    return found


def filled(page: str, values: dict[str, list[str]], pick) -> str:
    """A page of the workload with each {name} replaced by a value pick() chooses."""
    names = re.findall(r"\{(\w+)\}", page)
    return page.format(**{name: quote_plus(pick(values[name])) for name in names})


async def load(
    base: str, clients: int, seconds: float, values: dict[str, list[str]]
) -> list[Sample]:
    """Runs `clients` clients asking for the workload's pages in turn for `seconds`, each with
    its own seeded choice of values."""
    pages = [(kind, page) for kind, pages in WORKLOAD.items() for page in pages]
    samples: list[Sample] = []
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(number: int, http: httpx.AsyncClient) -> None:
        choose = random.Random(SEED * 1000 + number).choice
        pick = lambda options: choose(options[:LOAD_VALUES])  # noqa: E731
        turn = number * len(pages) // clients  # spread over the kinds whatever their number
        while time.monotonic() < stop:
            kind, page = pages[turn % len(pages)]
            turn += 1
            url = filled(page, values, pick)
            started = time.monotonic()
            try:
                response = await http.get(base + url)
                ok, hit = response.status_code == 200, response.headers.get("x-cache") == "hit"
            except httpx.HTTPError:
                ok, hit = False, False
            samples.append(Sample(kind, page, time.monotonic() - started, ok, hit, url))

    async with httpx.AsyncClient(limits=limits, timeout=REQUEST_TIMEOUT) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
    return samples


def one_at_a_time(base: str, values: dict[str, list[str]]) -> list[Sample]:
    """Each page of the workload REPEATS times in a row, one request at a time, each time
    with the next of its values."""
    samples = []
    with httpx.Client(timeout=REQUEST_TIMEOUT) as http:
        for kind, pages in WORKLOAD.items():
            for page in pages:
                for repeat in range(REPEATS):
                    pick = lambda options, r=repeat: options[r % len(options)]  # noqa: E731
                    started = time.monotonic()
                    response = http.get(base + filled(page, values, pick))
                    seconds = time.monotonic() - started
                    samples.append(Sample(kind, page, seconds, response.status_code == 200))
    return samples


def percentile(values: list[float], share: float) -> float:
    """The share-th quantile of values (0.95 for p95), in milliseconds."""
    if len(values) < 2:
        return 1000 * (values[0] if values else 0.0)
    return 1000 * statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def report(samples: list[Sample], by_page: bool = False) -> str:
    """Requests, errors, cache hits and p50/p95/p99 per kind of page (and per page), and in
    all."""
    head = f"{'kind':<20} {'requests':>8} {'errors':>7} {'hits':>6} {'p50 ms':>8} {'p95 ms':>8}"
    lines = [f"{head} {'p99 ms':>8}"]
    groups = [(kind, lambda s, k=kind: s.kind == k) for kind in WORKLOAD]
    if by_page:
        pages = [page for pages in WORKLOAD.values() for page in pages]
        groups += [(page, lambda s, p=page: s.page == p) for page in pages]
    for name, chosen in [*groups, ("all", lambda s: True)]:
        group = [s for s in samples if chosen(s)]
        times = [s.seconds for s in group]
        errors, hits = sum(not s.ok for s in group), sum(s.hit for s in group)
        lines.append(
            f"{name:<20} {len(group):>8} {errors:>7} {hits:>6} {percentile(times, 0.5):>8.0f} "
            f"{percentile(times, 0.95):>8.0f} {percentile(times, 0.99):>8.0f}"
        )
    return "\n".join(lines)


def recovered(base: str) -> tuple[bool, float]:
    """Whether the server answers a page no one asked for within RECOVERY_LIMIT seconds, and
    how long it took."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(base + RECOVERY_PATH, timeout=RECOVERY_LIMIT) as response:
            ok = response.status == 200
    except OSError:
        ok = False
    return ok, time.monotonic() - started


def fts_comparison(archive: Path) -> str:
    """The search index's size with and without its copy of the text, and the search's
    matching and ranking (FTS_QUERY, every search term with and without accents, REPEATS
    times) timed on both: the index as built, and a contentless index holding the same index
    records (its shadow tables copied from the first)."""
    contentless = archive.with_name("contentless-fts.db")
    contentless.unlink(missing_ok=True)
    db = sqlite3.connect(contentless)
    db.execute(FTS_CONTENTLESS.format(table="fts"))
    db.execute("attach ? as source", [str(archive)])
    with db:
        for shadow in FTS_SHADOWS:
            db.execute(f"delete from fts_{shadow}")
            db.execute(f"insert into fts_{shadow} select * from source.articles_fts_{shadow}")
    sizes = dict(
        db.execute(
            "select name, sum(pgsize) from dbstat('source') where name like 'articles_fts%' "
            "group by name"
        )
    )
    full, copy = sum(sizes.values()), sizes["articles_fts_content"]
    lines = [
        f"search index with its copy of the text: {full / 1e6:,.0f} MB "
        f"(the copy, articles_fts_content: {copy / 1e6:,.0f} MB)",
        f"contentless (no copy): {(full - copy) / 1e6:,.0f} MB "
        f"(a file of it alone: {contentless.stat().st_size / 1e6:,.0f} MB)",
    ]
    terms = [fts_query(t) for term in SEARCH_TERMS for t in (term, fold_key(term))]
    tables = {"with copy": ("source", "articles_fts"), "contentless": ("main", "fts")}
    times: dict[str, list[float]] = {label: [] for label in tables}
    rows = dict.fromkeys(tables, 0)
    for repeat in range(REPEATS):
        for term in terms:
            for label in sorted(tables, reverse=bool(repeat % 2)):  # alternately first
                schema, table = tables[label]
                started = time.monotonic()
                found = db.execute(FTS_QUERY.format(schema=schema, table=table), [term])
                rows[label] += len(found.fetchall())
                times[label].append(time.monotonic() - started)
    for label, taken in times.items():
        lines.append(
            f"match + rank, {label:<12} p50 {percentile(taken, 0.5):5.0f} ms, "
            f"p95 {percentile(taken, 0.95):5.0f} ms ({len(taken)} searches, {rows[label]} rows)"
        )
    db.close()
    contentless.unlink()
    return "\n".join(lines)


def main() -> None:
    """Builds the scaled archive (unless it is there), measures each page alone without the
    cache, then serves it as `make serve` does and loads it."""
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
    values = choices(args.archive)
    print(f"{count:,} articles; load average {os.getloadavg()[0]:.2f}")
    print(fts_comparison(args.archive), flush=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = serve(args.archive, port, args.settings, "0")
    try:
        alone = one_at_a_time(base, values)
    finally:
        server.kill()
        server.wait()
    print(f"\nEach page alone, {REPEATS} times, no cache:")
    print(report(alone, by_page=True), flush=True)
    server = serve(args.archive, port, args.settings, None)
    try:
        fresh = asyncio.run(load(base, args.clients, args.seconds, values))
        time.sleep(RECOVERY_WAIT)
        answers, took = recovered(base)
        again = asyncio.run(load(base, args.clients, args.seconds, values))
    finally:
        server.kill()
        server.wait()
    print(f"\n{args.clients} clients for {args.seconds:.0f} s, as make serve serves (cache on):")
    print(load_report(fresh))
    print(
        f"answers a new page within {RECOVERY_LIMIT:.0f} s, {RECOVERY_WAIT} s after the load: "
        f"{answers} ({1000 * took:.0f} ms); load average {os.getloadavg()[0]:.2f}"
    )
    print(f"\nThe same clients {args.seconds:.0f} s more, the pages asked before kept:")
    print(load_report(again))


def load_report(samples: list[Sample]) -> str:
    """report() of a load, with how many different pages it asked for and its errors."""
    errors = sum(not s.ok for s in samples)
    return (
        f"{len({s.url for s in samples})} different pages\n{report(samples)}\n"
        f"errors: {errors} of {len(samples)} ({100 * errors / max(1, len(samples)):.2f} %)"
    )


if __name__ == "__main__":
    main()
