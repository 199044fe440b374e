"""`python -m crawler.reextract`: rebuilds every derived table from the raw captures, offline."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import sqlite_utils
from w3lib.encoding import http_content_type_encoding

from crawler.archive import Sources, open_archive, save_article
from crawler.captures import read_capture
from crawler.errors import exit_for
from crawler.preflight import check_archive, check_captures
from extract.analysis import Attached, Processed, process_article
from extract.article import page_text, parse_page
from extract.attachments import attachment_links

# Articles read at once by the worker processes
BATCH = 32


def captured(db: sqlite_utils.Database, warcs: Path, capture_id: int) -> tuple[bytes, str | None]:
    """The body and Content-Type of a captured response."""
    capture = db["captures"].get(capture_id)
    stored = read_capture(warcs, capture["warc_file"], capture["offset"])
    return stored.body, capture["content_type"]


def attachment_captures(db: sqlite_utils.Database, urls: Sequence[str]) -> dict[str, int]:
    """The latest raw capture of each of these attachment URLs that the crawl kept."""
    found = {}
    for url in urls:
        row = next(
            db.query("select max(id) id from captures where url = ? and kind = 'attachment'", [url])
        )
        if row["id"] is not None:
            found[url] = row["id"]
    return found


def jobs(db: sqlite_utils.Database, warcs: Path) -> Iterator[tuple[dict[str, Any], dict, tuple]]:
    """Each captured article, the captures of the attachments its page links to, and the
    arguments that read them again."""
    provinces = {row["id"]: row["province"] for row in db.query("select id, province from portals")}
    for article in db.query("select * from articles where capture_id is not null order by id"):
        body, content_type = captured(db, warcs, article["capture_id"])
        charset = http_content_type_encoding(content_type or "")
        tree = parse_page(page_text(body, charset))
        links = attachment_links(tree, article["url"]) if tree is not None else []
        kept = attachment_captures(db, links)
        attached = [
            Attached(url, *captured(db, warcs, kept[url]))
            if url in kept
            else Attached(url, None, None, "not captured")
            for url in links
        ]
        province = provinces.get(article["portal_id"])
        yield article, kept, (body, charset, article["url"], attached, province)


def reextract(path: Path, warcs: Path, workers: int = 2) -> tuple[int, int]:
    """Re-reads every captured article of the archive at path with the current extractors and
    rewrites its rows in place; returns (articles rewritten, captures no longer an article).
    Every capture is read before anything is written, so that one that cannot be read leaves
    the archive as it was."""
    reader = sqlite_utils.Database(path)
    pending = list(jobs(reader, warcs))
    reader.close()
    db = open_archive(path)
    done = skipped = 0
    with ProcessPoolExecutor(workers) as pool:
        for start in range(0, len(pending), BATCH):
            batch = pending[start : start + BATCH]
            results: Sequence[Processed | None] = list(
                pool.map(process_article, *zip(*(args for _, _, args in batch), strict=True))
            )
            for (article, kept, _), processed in zip(batch, results, strict=True):
                if processed is None:
                    skipped += 1
                    continue
                sources = Sources(article["fetched_at"], article["capture_id"], kept)
                save_article(
                    db,
                    article["url"],
                    article["portal_id"],
                    processed.record,
                    processed.analysis,
                    sources,
                    processed.attachments,
                    reextract=True,
                )
                done += 1
    db.close()
    return done, skipped


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
        done, skipped = reextract(args.db, warcs, args.workers)
    except Exception as error:
        return exit_for(error, args.db)
    print(f"{done} articles re-extracted, {skipped} captures no longer read as articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
