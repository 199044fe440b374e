"""The job's durable record of requests (JOBDIR/frontier.db): every request the crawl schedules
and whether it finished, so that a run killed at any moment resumes with all it had left.

Scrapy's own JOBDIR queue is whole only after a clean stop (scrapy/scrapy#7978) and, like its
SQLite queues (scrapy/scrapy#7877), forgets the requests in flight. Here a request is marked
finished only once its callback has run to the end, the requests it made are recorded and the
items it produced (its capture, its article with the attachments) are archived and committed;
a resumed run asks again for every request not so marked, and none of those that are."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.core.scheduler import Scheduler
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.job import job_dir
from twisted.internet.task import LoopingCall
from twisted.python.failure import Failure

from crawler.state import CrawlState

# The record's file in the job folder
FRONTIER_FILE = "frontier.db"
# Where an unreadable record is moved aside, for a look at what broke it
UNREADABLE_SUFFIX = ".unreadable"
SCHEMA = """
create table if not exists requests (
    key text primary key,
    url text not null,
    callback text,
    errback text,
    meta text not null,
    priority integer not null,
    done integer not null default 0
)
"""
# How often the requests that ended are written down as finished, once the archive has
# committed what they yielded
CONFIRM_SECONDS = 0.5
# The meta key holding a request's key in the record (redirects and retries copy it)
KEY_META = "frontier_key"
# The meta key under which the spider hands an article on through its attachment requests
# (crawler/spiders/portal.py next_attachment): those requests are part of the article's own,
# which finishes when the article they carry is archived
CARRIED_ITEM = "item"

logger = logging.getLogger(__name__)


class FrontierError(Exception):
    """A job record, or one of its requests, that cannot be read back."""


class Frontier:
    """The requests of a job in a SQLite file, each with whether it finished; every change is
    committed at once (WAL), so that a killed process leaves the record whole."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, isolation_level=None)
            self.db.execute("pragma journal_mode = wal")
            self.db.execute("pragma synchronous = normal")
            self.db.execute(SCHEMA)
            rows = self.db.execute("select key from requests where done").fetchall()
        except sqlite3.DatabaseError as error:
            raise FrontierError(f"{path}: {error}") from None
        self.done = {key for (key,) in rows}

    def pending(self) -> list[tuple[str, str, str | None, str | None, str, int]]:
        """The requests recorded and not finished: key, url, callback, errback, meta, priority."""
        return self.db.execute(
            "select key, url, callback, errback, meta, priority from requests where not done "
            "order by rowid"
        ).fetchall()

    def add(self, key: str, request: Request) -> None:
        """Records a request the crawl is about to schedule (once: a known key is left as is)."""
        meta = {k: v for k, v in request.meta.items() if k != KEY_META}
        self.db.execute(
            "insert or ignore into requests (key, url, callback, errback, meta, priority) "
            "values (?, ?, ?, ?, ?, ?)",
            [
                key,
                request.url,
                method_name(request.callback),
                method_name(request.errback),
                json.dumps(meta, ensure_ascii=False),
                request.priority,
            ],
        )

    def reset(self) -> None:
        """Forgets every request (the last run finished them all: this one starts anew)."""
        self.db.execute("delete from requests")
        self.done.clear()

    def finish(self, keys: list[str]) -> None:
        """Marks requests finished, in one transaction."""
        if not keys:
            return
        self.db.execute("begin")
        self.db.executemany("update requests set done = 1 where key = ?", [[k] for k in keys])
        self.db.execute("commit")
        self.done.update(keys)

    def close(self) -> None:
        self.db.close()

    def remove(self) -> None:
        """Closes and deletes the record (its run came to its end)."""
        self.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def method_name(method: Any) -> str | None:
    """The name of a spider method given as a callback or errback (None for the default)."""
    return getattr(method, "__name__", None)


def jsonable(meta: dict[str, Any]) -> bool:
    """True when a request's meta can be recorded as JSON and read back the same."""
    try:
        return json.loads(json.dumps(meta)) == meta
    except (TypeError, ValueError):
        return False


def rebuild(spider: Spider, row: tuple[str, str, str | None, str | None, str, int]) -> Request:
    """The request a record row describes; raises FrontierError when it cannot be rebuilt."""
    key, url, callback, errback, meta, priority = row
    try:
        return Request(
            url,
            callback=getattr(spider, callback) if callback else None,
            errback=getattr(spider, errback) if errback else None,
            meta={**json.loads(meta), KEY_META: key},
            priority=priority,
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise FrontierError(f"{url}: {error}") from None


def open_frontier(path: Path) -> tuple[Frontier, str | None]:
    """The job's record, and why the one left by a killed run could not be read (None when it
    could, or there was none): an unreadable one is moved aside and a new one begun."""
    try:
        return Frontier(path), None
    except FrontierError as error:
        for suffix in ("", "-wal", "-shm"):
            old = Path(f"{path}{suffix}")
            if old.exists():
                old.replace(f"{old}{UNREADABLE_SUFFIX}")
        return Frontier(path), str(error)


class ArchiveCommits:
    """Tells when the archive has committed: another connection's commits change the
    `pragma data_version` this one reads (the pipeline may keep its writes in a transaction
    across items, and a request must not count as finished before what it yielded is kept)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.db: sqlite3.Connection | None = None

    def version(self) -> int | None:
        """The archive's data version now (None while there is no archive yet)."""
        if self.db is None:
            if not Path(self.path).exists():
                return None
            self.db = sqlite3.connect(self.path)
        return self.db.execute("pragma data_version").fetchone()[0]

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


class MemoryQueueScheduler(Scheduler):
    """Scrapy's scheduler with its queue in memory even when the run has a JOBDIR: the job's
    frontier is what a killed run resumes from."""

    def __init__(self, dupefilter: Any, jobdir: str | None = None, **kwargs: Any) -> None:
        super().__init__(dupefilter, None, **kwargs)


class FrontierMiddleware:
    """A spider middleware (with a JOBDIR only) that records the requests of the crawl in the
    job's frontier, marks each finished once all it led to is recorded or archived, and on
    resume asks again for those left unfinished. When the record left by a killed run cannot be
    read back, whole or in part, the run says so as an error of each portal (so its crawls status
    is "errors" and `crawler.run` exits 1) and walks the portals again from their start pages."""

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler = crawler
        self.fingerprinter = crawler.request_fingerprinter
        self.frontier, self.unreadable = open_frontier(path)
        self.open: Counter[str] = Counter()
        self.carried: dict[int, tuple[str, Any]] = {}
        self.starting: set[str] = set()
        self.started = asyncio.Event()
        self.listed = False
        self.commits = ArchiveCommits(crawler.settings.get("ARCHIVE_DB"))
        self.unconfirmed: list[tuple[str, int | None]] = []
        self.confirming = LoopingCall(self.confirm)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierMiddleware:
        jobdir = job_dir(crawler.settings)
        if not jobdir:
            raise NotConfigured("no JOBDIR: the run cannot be resumed")
        middleware = cls(crawler, Path(jobdir) / FRONTIER_FILE)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(middleware.item_done, signal=signal)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(middleware.dropped, signal=signals.request_dropped)
        return middleware

    def key(self, request: Request) -> str:
        """The request's key in the record: its fingerprint, as the duplicate filter has it."""
        return self.fingerprinter.fingerprint(request).hex()

    def restore(self, spider: Spider) -> tuple[list[Request], Counter[str]]:
        """The unfinished requests of a killed run, and how many of each portal's could not be
        rebuilt (then every portal is walked again: none of the finished requests is trusted)."""
        restored: list[Request] = []
        lost: Counter[str] = Counter()
        for row in self.frontier.pending():
            try:
                restored.append(rebuild(spider, row))
            except FrontierError as error:
                logger.error("resume: cannot rebuild a request: %s", error)
                lost[portal_of(row[4])] += 1
        if lost:
            self.frontier.done.clear()
        return restored, lost

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """The spider's start requests (asked for again on resume, so that the spider learns
        what its start pages tell it, as an uninterrupted run does before anything else), then,
        once they are through, the requests a killed run left unfinished."""
        spider = self.crawler.spider
        if not self.frontier.pending():  # nothing left unfinished: a new run, not a resume
            self.frontier.reset()
        restored, lost = self.restore(spider)
        portals: list[str] = []
        async for request in start:
            if isinstance(request, Request):
                key = self.record(request)
                if restored:
                    self.starting.add(key)
                    request.errback = self.failing(key, request.errback)
                portals.append(request.meta.get("portal", ""))
            yield request
        self.report(portals, lost)
        if not restored:
            return
        self.listed = True
        self.through(None)
        await self.started.wait()
        logger.info("resume: %d unfinished requests of the killed run", len(restored))
        for request in restored:
            if request.meta[KEY_META] not in self.frontier.done:
                yield request

    def through(self, key: str | None) -> None:
        """A request is through (its callback or errback ran, or it was dropped): once every
        start request of a resumed run is, the unfinished requests of the killed run follow."""
        self.starting.discard(key)
        if self.listed and not self.starting:
            self.started.set()

    def failing(self, key: str, errback: Any) -> Any:
        """An errback that says the start request is through, then calls errback."""

        def failed(failure: Failure) -> Any:
            self.through(key)
            return errback(failure) if errback else None

        return failed

    def dropped(self, request: Request) -> None:
        """A request the scheduler dropped (a duplicate start URL)."""
        self.through(request.meta.get(KEY_META))

    def report(self, portals: list[str], lost: Counter[str]) -> None:
        """Records, as an error of each portal concerned, what of a killed run's record could
        not be read back."""
        state = self.crawler.get_extension(CrawlState)
        where = str(self.frontier.path)
        walked = "the portal was walked again from its start pages"
        for portal_id in dict.fromkeys(portals):
            count = lost.get(portal_id, 0) + lost.get("", 0)
            if self.unreadable:
                why = f"the job's record could not be read ({self.unreadable})"
            elif count:
                why = f"{count} unfinished requests could not be rebuilt"
            else:
                continue
            state.record_error(portal_id, where, f"resume: {why}; {walked}")

    def record(self, request: Request) -> str:
        """Records a request about to be scheduled; returns its key."""
        key = self.key(request)
        request.meta[KEY_META] = key
        self.frontier.add(key, request)
        return key

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        """What a callback made, recorded; requests finished earlier are left out."""
        origin = self.begin(response)
        try:
            for output in result:
                if self.admit(origin, output):
                    yield output
        finally:
            self.through(origin)
            self.end(origin)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        """process_spider_output for callbacks that make their output asynchronously."""
        origin = self.begin(response)
        try:
            async for output in result:
                if self.admit(origin, output):
                    yield output
        finally:
            self.through(origin)
            self.end(origin)

    def begin(self, response: Response) -> str | None:
        """The key of the recorded request a response answers (None for an attachment's),
        kept open while its callback runs."""
        origin = response.meta.get(KEY_META)
        if origin is not None:
            self.open[origin] += 1
        return origin

    def admit(self, origin: str | None, output: Any) -> bool:
        """Whether a callback's output goes on: a request is recorded (or left out when it
        finished earlier), and the items it carries or that it is are counted to its origin."""
        if not isinstance(output, Request):
            self.carry(origin, output)
            return True
        if CARRIED_ITEM in output.meta:
            self.carry(origin, output.meta[CARRIED_ITEM])
            return True
        if not jsonable({k: v for k, v in output.meta.items() if k != KEY_META}):
            logger.warning("not recorded (meta is not JSON): %s", output.url)
            return True
        key = self.key(output)
        if key in self.frontier.done:
            return False
        self.record(output)
        return True

    def carry(self, origin: str | None, item: Any) -> None:
        """Counts an item to the request it came from, until it is archived (once: an article
        passes through each of its attachment requests)."""
        if origin is None or id(item) in self.carried:
            return
        self.carried[id(item)] = (origin, item)
        self.open[origin] += 1

    def item_done(self, item: Any) -> None:
        """An item went through the pipeline (archived, dropped or failed)."""
        entry = self.carried.pop(id(item), None)
        if entry is not None:
            self.end(entry[0])

    def end(self, origin: str | None) -> None:
        """One thing of a request is done; the request finishes with the last."""
        if origin is None:
            return
        self.open[origin] -= 1
        if self.open[origin] <= 0:
            del self.open[origin]
            self.frontier.done.add(origin)
            self.unconfirmed.append((origin, self.commits.version()))
            self.confirm()

    def confirm(self) -> None:
        """Writes down as finished the requests whose items the archive has committed since
        they ended."""
        if not self.unconfirmed:
            return
        version = self.commits.version()
        self.frontier.finish([key for key, seen in self.unconfirmed if seen != version])
        self.unconfirmed = [(key, seen) for key, seen in self.unconfirmed if seen == version]

    def spider_opened(self) -> None:
        """Confirms finished requests every CONFIRM_SECONDS, also while the crawl waits."""
        self.confirming.start(CONFIRM_SECONDS, now=False)

    def spider_closed(self, reason: str) -> None:
        """Deletes the record of a run that came to its end; keeps that of one stopped early."""
        if self.confirming.running:
            self.confirming.stop()
        if reason == "finished":
            self.frontier.remove()
        else:
            self.confirm()
            self.frontier.close()
        self.commits.close()


def portal_of(meta: str) -> str:
    """The portal a recorded request belongs to ("" when its meta cannot be read)."""
    try:
        return str(json.loads(meta).get("portal", ""))
    except (ValueError, AttributeError):
        return ""
