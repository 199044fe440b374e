"""`python -m crawler.reextract`: rebuilds every derived table from the raw captures, offline,
streaming the captured pages through the worker processes in batches."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils
from w3lib.encoding import http_content_type_encoding

from crawler.archive import (
    DERIVED_TABLES,
    PAYLOAD_COLUMNS,
    PAYLOAD_JOIN,
    SEARCH_TABLE,
    Sources,
    delete_unreported_meetings,
    link_meetings,
    open_archive,
    save_article,
)
from crawler.captures import read_capture
from crawler.errors import exit_for
from crawler.preflight import check_archive, check_captures
from extract.analysis import Attached, Processed, process_article
from extract.article import page_text, parse_page
from extract.attachments import attachment_links

# Captures read per query and written per transaction
BATCH = 64
# Captures handed to each worker process ahead of the one being written
AHEAD_PER_WORKER = 4
# The captures re-read: the newest one of each page URL (articles, and the pages once judged
# not articles or that failed), as long as it was a 200 answer
PAGES_SQL = f"""
    select c.id as capture_id, c.url, c.portal_id, c.fetched_at, c.sha256, c.content_type,
        {PAYLOAD_COLUMNS}
    from {PAYLOAD_JOIN}
    where c.id > ? and c.kind in ('article', 'page') and c.status = 200
        and not exists (select 1 from captures n where n.url = c.url and n.id > c.id
            and n.kind in ('article', 'page'))
    order by c.id limit ?
"""
# The newest capture of an attachment URL, and where its payload lies
ATTACHMENT_SQL = f"""
    select c.id, c.content_type, {PAYLOAD_COLUMNS} from {PAYLOAD_JOIN}
    where c.id = (select max(id) from captures where url = ? and kind = 'attachment')
"""


@dataclass(frozen=True)
class Job:
    """A captured page to read again, where its payload lies, and its portal's province."""

    capture_id: int
    url: str
    portal_id: str | None
    fetched_at: str
    sha256: str
    content_type: str | None
    warc_file: str
    offset: int
    province: str | None


@dataclass(frozen=True)
class Reread:
    """A captured page read again: its article (None: not an article) and the captures of the
    attachments it links to, by URL; or why it could not be read."""

    job: Job
    processed: Processed | None
    attachment_captures: dict[str, int]
    error: str | None = None


@dataclass
class Tally:
    """What a re-extraction did."""

    read: int = 0
    articles: int = 0
    changed: int = 0
    relinked: int = 0
    not_articles: int = 0
    failed: int = 0
    meetings_deleted: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: "120 captures read: 40 articles (0 changed, 0 moved to another meeting),
        80 not articles, 0 failed; 0 meetings without articles deleted"."""
        return (
            f"{self.read} captures read: {self.articles} articles ({self.changed} changed, "
            f"{self.relinked} moved to another meeting), {self.not_articles} not articles, "
            f"{self.failed} failed; {self.meetings_deleted} meetings without articles deleted"
        )


def jobs(db: sqlite_utils.Database) -> Iterator[Job]:
    """The captured pages to read again, in capture order, a query of BATCH at a time."""
    provinces = {row["id"]: row["province"] for row in db.query("select id, province from portals")}
    last = 0
    while True:
        rows = list(db.query(PAGES_SQL, [last, BATCH]))
        for row in rows:
            yield Job(**row, province=provinces.get(row["portal_id"]))
        if len(rows) < BATCH:
            return
        last = rows[-1]["capture_id"]


# The archive each worker process reads attachment captures from (opened once per process)
_readers: dict[str, sqlite3.Connection] = {}


def reader(path: str) -> sqlite3.Connection:
    """A read-only connection to the archive, one per worker process."""
    if path not in _readers:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        connection.row_factory = sqlite3.Row
        _readers[path] = connection
    return _readers[path]


def reread(job: Job, warcs: Path, archive: str) -> Reread:
    """Reads a captured page and the captured attachments it links to again (in a worker)."""
    try:
        body = read_capture(warcs, job.warc_file, job.offset).body
        charset = http_content_type_encoding(job.content_type or "")
        tree = parse_page(page_text(body, charset))
        links = attachment_links(tree, job.url) if tree is not None else []
        kept: dict[str, int] = {}
        attached = []
        for url in links:
            row = reader(archive).execute(ATTACHMENT_SQL, [url]).fetchone()
            if row is None:
                attached.append(Attached(url, None, None, "not captured"))
                continue
            kept[url] = row["id"]
            data = read_capture(warcs, row["warc_file"], row["offset"]).body
            attached.append(Attached(url, data, row["content_type"]))
        processed = process_article(body, charset, job.url, attached, job.province)
    except Exception as error:  # one unreadable capture must not stop the others
        return Reread(job, None, {}, f"{job.url}: {error!r}")
    return Reread(job, processed, kept)


def article_dump(db: sqlite_utils.Database, article_id: int) -> list[Any]:
    """Everything the archive holds of an article, row ids left out (an attachment a row
    points to is given by its URL), to tell whether a rewrite changed anything."""
    attachments = {
        row["id"]: row["url"]
        for row in db.query("select id, url from attachments where article_id = ?", [article_id])
    }
    article = db["articles"].get(article_id)
    dump: list[Any] = [{k: v for k, v in article.items() if k != "id"}]
    for table in DERIVED_TABLES:
        rows = db.query(f"select * from {table} where article_id = ? order by id", [article_id])
        dump.append(
            [
                {
                    k: attachments.get(v) if k == "attachment_id" else v
                    for k, v in row.items()
                    if k != "id"
                }
                for row in rows
            ]
        )
    dump.append(list(db.query(f"select * from {SEARCH_TABLE} where rowid = ?", [article_id])))
    return dump


def sources(db: sqlite_utils.Database, result: Reread, existing: dict | None) -> Sources:
    """Where the article comes from: the capture read, or, when that capture only repeats the
    payload of the one the article was made from, that earlier capture."""
    job = result.job
    if existing and existing["capture_id"] is not None:
        kept = db["captures"].get(existing["capture_id"])
        if kept["sha256"] == job.sha256:
            return Sources(existing["fetched_at"], kept["id"], result.attachment_captures)
    return Sources(job.fetched_at, job.capture_id, result.attachment_captures)


def rewrite(db: sqlite_utils.Database, result: Reread) -> bool:
    """Rewrites the article of a page read again; says whether any of its rows changed (an
    unchanged one is rolled back, so its row ids stay)."""
    processed, job = result.processed, result.job
    assert processed is not None
    existing = next(db.query("select * from articles where url = ?", [job.url]), None)
    before = article_dump(db, existing["id"]) if existing else None
    db.execute("SAVEPOINT reread")
    save_article(
        db,
        job.url,
        job.portal_id,
        processed.record,
        processed.analysis,
        sources(db, result, existing),
        processed.attachments,
        reextract=True,
    )
    article_id = next(db.query("select id from articles where url = ?", [job.url]))["id"]
    changed = article_dump(db, article_id) != before
    if not changed:
        db.execute("ROLLBACK TO reread")
    db.execute("RELEASE reread")
    return changed


def results(db: sqlite_utils.Database, warcs: Path, archive: str, workers: int) -> Iterator[Reread]:
    """The captured pages read again, in capture order, with at most AHEAD_PER_WORKER pages
    per worker waiting, so that memory stays bounded whatever the archive's size."""
    pending: deque[Future[Reread]] = deque()
    with ProcessPoolExecutor(workers) as pool:
        for job in jobs(db):
            pending.append(pool.submit(reread, job, warcs, archive))
            if len(pending) >= workers * AHEAD_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def relink_meetings(db: sqlite_utils.Database) -> int:
    """Links every meeting report to its meeting again, a transaction per BATCH days, and
    deletes the meetings left without articles; returns how many articles changed meeting."""
    days = [
        row["meeting_date"]
        for row in db.query(
            "select distinct meeting_date from articles where is_meeting "
            "and meeting_date is not null order by meeting_date"
        )
    ]
    changed = 0
    for start in range(0, len(days), BATCH):
        with db.atomic():
            for day in days[start : start + BATCH]:
                changed += len(link_meetings(db, day))
    return changed


def reextract(path: Path, warcs: Path, workers: int = 2) -> Tally:
    """Re-reads every captured page of the archive at path with the current extractors and
    rewrites the rows of its articles in place, a transaction per BATCH pages."""
    db = open_archive(path)
    tally = Tally()
    db.begin()
    for result in results(db, warcs, str(Path(path).resolve()), workers):
        tally.read += 1
        if result.error is not None:
            tally.failed += 1
            tally.errors.append(result.error)
        elif result.processed is None:
            tally.not_articles += 1
        else:
            tally.articles += 1
            tally.changed += rewrite(db, result)
        if tally.read % BATCH == 0:
            db.commit()
            db.begin()
    db.commit()
    tally.relinked = relink_meetings(db)
    with db.atomic():
        tally.meetings_deleted = delete_unreported_meetings(db)
    db.close()
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    """Rebuilds the archive's derived tables from its raw captures, touching no network."""
    parser = argparse.ArgumentParser(prog="python -m crawler.reextract", description=main.__doc__)
    parser.add_argument("--db", type=Path, default=Path("archive.db"))
    parser.add_argument("--warcs", type=Path, help="WARC folder (default: warcs beside the db)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    warcs = args.warcs or args.db.parent / "warcs"
    try:
        check_archive(args.db, must_exist=True)
        check_captures(args.db, warcs)
        tally = reextract(args.db, warcs, args.workers)
    except Exception as error:
        return exit_for(error, args.db)
    for error in tally.errors:
        print(f"failed: {error}", file=sys.stderr)
    print(tally.summary())
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
