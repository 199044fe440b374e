"""The crawl's state, with one owner: the archive connection, what earlier runs left, the
portals found by crawling, the errors and the crawls rows; counters live in Scrapy's stats.
An error is written when it happens (committed with the captures around it, so that a killed
run keeps it), in a crawls row of status "running" that the run's end fills in."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from twisted.internet.task import LoopingCall

from crawler.archive import (
    close_crawl,
    ensure_portal,
    open_archive,
    open_crawl,
    record_crawl_error,
    save_portals,
    start_urls_json,
)
from crawler.captures import Stored, WarcStore, read_capture, warc_dir
from crawler.clock import now
from crawler.errors import ABORT_STAT, explain
from crawler.memory import load_memory
from crawler.registry import ACTIVE, load_registry

# A portal's counter in the crawl's stats: "archive/<portal id>/<what>", e.g.
# "archive/kyanh-hatinh/new"; what is pages, unchanged, new, updated, same, vanished,
# not_articles, known (archived articles this run did not fetch again) or errors
STATS_PREFIX = "archive/"

# The crawl's writes are committed together, once COMMIT_ITEMS items are written or
# COMMIT_SECONDS have passed, whichever comes first; a killed run loses at most the items of the
# transaction left open, which the resumed run fetches again (they are not in the archive)
COMMIT_ITEMS = 64
COMMIT_SECONDS = 1.0
# The status of a crawls row whose run has not ended (or was killed before it could say how)
RUNNING = "running"

logger = logging.getLogger(__name__)


def stats_key(portal_id: str, what: str) -> str:
    """The stats key of a portal's counter: ("kyanh", "new") -> "archive/kyanh/new"."""
    return f"{STATS_PREFIX}{portal_id}/{what}"


class CrawlState:
    """A Scrapy extension (settings EXTENSIONS) that spider, pipeline and middlewares ask,
    through `crawler.get_extension(CrawlState)`, for the archive and what the run has done."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.stats = crawler.stats
        self.registry = load_registry([Path(p) for p in settings.getlist("PORTAL_REGISTRIES")])
        self.db = open_archive(settings.get("ARCHIVE_DB"))
        self.memory = load_memory(self.db)
        save_portals(self.db, self.registry.values())
        self.warcs = WarcStore(warc_dir(settings))
        self.started_at = now()
        self.errors: Counter[str] = Counter()
        self.crawl_ids: dict[str, int] = {}
        self.discovered: dict[str, dict[str, Any]] = {}
        self.recorded: set[str] = set()
        self.known_seen: set[str] = set()
        self.uncommitted = 0
        self.committed_at = time.monotonic()
        self.crawler = crawler
        self.aborted = False
        self.committer = LoopingCall(self.commit_pending)
        self.db.begin()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlState:
        state = cls(crawler)
        crawler.signals.connect(state.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(state.spider_closed, signal=signals.spider_closed)
        return state

    def spider_opened(self, spider: Spider) -> None:
        """Starts committing the crawl's writes every COMMIT_SECONDS, also when idle."""
        self.committer.start(COMMIT_SECONDS, now=False)

    def written(self) -> None:
        """Counts one item written to the archive; commits once enough are waiting."""
        self.uncommitted += 1
        if (
            self.uncommitted >= COMMIT_ITEMS
            or time.monotonic() - self.committed_at > COMMIT_SECONDS
        ):
            self.commit()

    def commit_pending(self) -> None:
        """Commits the items written since the last commit, if any."""
        if self.uncommitted and not self.aborted:
            try:
                self.commit()
            except (sqlite3.Error, OSError) as error:
                if not self.abort_for(error):
                    raise

    def abort_for(self, error: Exception, closing: bool = False) -> bool:
        """Stops the crawl (unless it is closing already) when error says the archive or its
        WARC files can no longer be written (locked, read-only, full disk), keeping the reason
        for `scrapy crawl` to print (crawler/commands/crawl.py); says whether it did."""
        problem = explain(error, self.crawler.settings.get("ARCHIVE_DB"))
        if problem is None or not isinstance(error, sqlite3.Error | OSError):
            return False
        self.aborted = True
        self.stats.set_value(ABORT_STAT, problem)
        if not closing:
            engine = self.crawler.engine
            asyncio.ensure_future(engine.close_spider_async(reason="archive_error"))
        return True

    def commit(self) -> None:
        """Commits the open transaction and opens the next one."""
        self.db.commit()
        self.db.begin()
        self.uncommitted = 0
        self.committed_at = time.monotonic()

    def begin(self, portal_id: str) -> None:
        """Makes the portal one of the run's, so that it gets a crawls row even when its start
        page fails."""
        self.stats.inc_value(stats_key(portal_id, "pages"), 0)

    def count(self, portal_id: str, what: str, n: int = 1) -> None:
        """Adds n to one of the portal's counters."""
        self.stats.inc_value(stats_key(portal_id, what), n)

    def counted(self, portal_id: str, what: str) -> int:
        """One of the portal's counters."""
        return self.stats.get_value(stats_key(portal_id, what), 0)

    def portals(self) -> list[str]:
        """The portals the run has touched, in the order it began them."""
        keys = (key for key in self.stats.get_stats() if key.startswith(STATS_PREFIX))
        return list(dict.fromkeys(key[len(STATS_PREFIX) :].rsplit("/", 1)[0] for key in keys))

    def saw_known(self, portal_id: str, url: str) -> None:
        """Counts an archived article that the run came across and did not fetch again."""
        if url not in self.known_seen:
            self.known_seen.add(url)
            self.count(portal_id, "known")

    def record_error(self, portal_id: str, url: str, message: str) -> None:
        """Writes an error as a crawl_errors row of the portal's crawl (committed with the next
        batch of writes, never between the writes of one item), counts it and logs it."""
        self.errors[portal_id] += 1
        self.count(portal_id, "errors")
        logger.warning("%s: %s", url, message)
        if self.aborted:
            return
        try:
            record_crawl_error(self.db, self.crawl_id(portal_id), url, message, now())
        except (sqlite3.Error, OSError) as error:
            if not self.abort_for(error):
                raise
        self.uncommitted += 1

    def crawl_id(self, portal_id: str) -> int:
        """The id of the portal's crawls row of this run, written (status running) the first
        time it is asked for."""
        if portal_id not in self.crawl_ids:
            self.ensure_portal(portal_id)
            row = {"portal_id": portal_id, "started_at": self.started_at, "status": RUNNING}
            self.crawl_ids[portal_id] = open_crawl(self.db, row)
        return self.crawl_ids[portal_id]

    def discover(self, portal_id: str, url: str) -> None:
        """Remembers a site crawled from a start URL that the registry does not know, as a
        portals row to write when the first thing of it is archived."""
        if portal_id in self.registry:
            return
        self.discovered[portal_id] = {
            "id": portal_id,
            "name": urlsplit(url).netloc,
            "url": url,
            "platform": "unknown",
            "start_urls": start_urls_json([url]),
            "status": ACTIVE,
            "verified": 0,
        }

    def is_discovered(self, portal_id: str) -> bool:
        """True for a portal of this run that the registry does not know."""
        return portal_id in self.discovered

    def identify(self, portal_id: str, identity: dict[str, str | None]) -> None:
        """Adds what a discovered site's home page says of it (name, family, province)."""
        self.discovered[portal_id].update(identity)

    def portal_province(self, portal_id: str) -> str | None:
        """The province of a portal, from the registry or from the site's own name."""
        portal = self.registry.get(portal_id)
        if portal is not None:
            return portal.province
        return self.discovered.get(portal_id, {}).get("province")

    def ensure_portal(self, portal_id: str) -> None:
        """Makes sure a crawled portal has its portals row (registry rows are there already),
        once per run."""
        if portal_id in self.discovered and portal_id not in self.recorded:
            ensure_portal(self.db, self.discovered[portal_id])
            self.recorded.add(portal_id)

    def replay(self, url: str) -> Stored:
        """The capture an earlier run kept of a page (for a 304 Not Modified answer)."""
        validator = self.memory.validators[url]
        return read_capture(self.warcs.directory, validator.warc_file, validator.offset)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Writes one crawls row per portal the run touched, with why the run ended (Scrapy
        says it only now: "finished", "shutdown", "closespider_pagecount" …), then closes the
        archive; an archive that can no longer be written (or a crawl stopped for it) is only
        closed, keeping what was committed."""
        if self.committer.running:
            self.committer.stop()
        try:
            if not self.aborted:
                self.write_crawls(reason)
        except (sqlite3.Error, OSError) as error:
            if not self.abort_for(error, closing=True):
                raise
        if self.aborted:
            with contextlib.suppress(sqlite3.Error):
                self.db.conn.rollback()
        self.db.close()

    def write_crawls(self, reason: str) -> None:
        """Writes and commits the crawls rows and errors of the run."""
        finished_at = now()
        for portal_id in self.portals():
            self.ensure_portal(portal_id)
            errors = self.errors[portal_id]
            tally = {what: self.counted(portal_id, what) for what in COUNTERS}
            row: dict[str, Any] = {
                "portal_id": portal_id,
                "started_at": self.started_at,
                "finished_at": finished_at,
                "status": crawl_status(reason, tally, errors),
                "pages": tally["pages"],
                "articles_new": tally["new"],
                "articles_updated": tally["updated"],
                "articles_known": tally["known"] + tally["same"],
                "articles_vanished": tally["vanished"],
                "errors": errors,
                "disagreements": tally["disagreements"],
            }
            close_crawl(self.db, self.crawl_ids.get(portal_id), row)
        self.db.commit()


# The counters a crawls row is made from
COUNTERS = ("pages", "new", "updated", "same", "known", "vanished", "disagreements")


def crawl_status(reason: str, tally: dict[str, int], errors: int) -> str:
    """One word for how a portal's crawl went: ok (it yielded articles, new or already
    archived), errors, empty (no article at all), failed (no page) or why the run stopped."""
    if reason != "finished":
        return reason
    if tally["pages"] == 0:
        return "failed"
    if errors:
        return "errors"
    yielded = tally["new"] + tally["updated"] + tally["same"] + tally["known"]
    return "ok" if yielded else "empty"
