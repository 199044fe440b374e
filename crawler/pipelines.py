"""The archive pipeline: keeps raw captures, reads articles off the reactor, writes SQLite."""

from __future__ import annotations

import asyncio
import hashlib
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from http import HTTPStatus
from typing import Any

from scrapy.crawler import Crawler

from crawler.archive import (
    Sources,
    latest_capture,
    mark_vanished,
    payload_capture,
    record_capture,
    save_article,
)
from crawler.clock import now
from crawler.items import CaptureItem, Download, Fetched, PageItem, VanishedItem
from crawler.state import CrawlState
from extract.analysis import Attached, Processed, process_article
from extract.limits import limit_worker

Item = PageItem | CaptureItem | VanishedItem


class ArchivePipeline:
    """Keeps every response as a raw capture and turns article pages into archived articles,
    through the crawl's state (crawler/state.py)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.workers = crawler.settings.getint("EXTRACT_WORKERS", 2)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        """Finds the crawl's state and starts the extraction workers."""
        self.state = self.crawler.get_extension(CrawlState)
        self.executor = self.start_workers()

    def attached(self, download: Download) -> Attached:
        """An attachment as the extractors take it: its bytes (those of its capture when the
        server answered 304 Not Modified), or why it could not be fetched."""
        page = download.fetched
        if page is None:
            return Attached(download.url, None, None, download.error)
        if page.status == HTTPStatus.NOT_MODIFIED:
            stored = self.state.replay(page.url)
            content_type = next((v for k, v in stored.headers if k.lower() == "content-type"), None)
            return Attached(download.url, stored.body, content_type)
        return Attached(download.url, page.body, page.content_type)

    def start_workers(self) -> ProcessPoolExecutor:
        """A pool of extraction workers, each under the limits of extract/limits.py."""
        return ProcessPoolExecutor(self.workers, initializer=limit_worker)

    async def in_worker(self, *args: Any) -> Processed | None:
        """process_article(*args) in a worker; when a worker dies (killed by the system, out of
        memory), the pool is replaced and the page read once more, since any page in flight
        then fails, and a page that kills a worker twice raises BrokenProcessPool."""
        loop = asyncio.get_running_loop()
        for retry in (False, True):
            executor = self.executor
            try:
                return await loop.run_in_executor(executor, process_article, *args)
            except BrokenProcessPool:
                if self.executor is executor:
                    executor.shutdown(wait=False, cancel_futures=True)
                    self.executor = self.start_workers()
                if retry:
                    raise

    def capture(self, portal_id: str, page: Fetched, kind: str) -> int:
        """Appends a response to the WARC files and records it; returns its captures id. A page
        that has not changed (304) keeps its earlier capture; one fetched again with the same
        payload as its newest capture is kept as a revisit record, without a second copy."""
        db, warcs = self.state.db, self.state.warcs
        if page.status == HTTPStatus.NOT_MODIFIED:
            return latest_capture(db, page.url)
        digest = hashlib.sha256(page.body).hexdigest()
        original = payload_capture(db, page.url, page.status, digest)
        fields = (page.url, page.status, page.headers, page.body, page.fetched_at)
        if original is None:
            return record_capture(db, warcs.write(*fields), portal_id, kind, page.headers)
        stored = warcs.write(*fields, (original["url"], original["fetched_at"]))
        return record_capture(db, stored, portal_id, kind, page.headers, original["id"])

    async def process_item(self, item: Item) -> Item:
        """Archives an item; one that cannot be archived is recorded, and when the archive
        itself can no longer be written (locked, read-only, full disk) the crawl stops, keeping
        what it archived before."""
        if self.state.aborted:
            return item
        try:
            await self.keep(item)
        except Exception as error:  # a hostile page must not vanish unrecorded
            if not self.state.abort_for(error):
                url = getattr(item, "url", None) or item.page.url
                self.state.record_error(item.portal_id, url, f"could not be archived: {error!r}")
        return item

    async def keep(self, item: Item) -> None:
        """Captures what was fetched, then archives an article page with its attachments, read
        in a worker process; failures are recorded and never lose what could be read."""
        if isinstance(item, PageItem):
            await self.archive(item)
        elif isinstance(item, CaptureItem):
            self.state.ensure_portal(item.portal_id)
            self.capture(item.portal_id, item.page, "page")
        elif mark_vanished(self.state.db, item.url, now()):
            self.state.count(item.portal_id, "vanished")
        self.state.written()

    async def archive(self, item: PageItem) -> None:
        """Reads an article page and its attachments in a worker process, then writes their
        captures and the article together (no other item's writes come between them)."""
        state = self.state
        province = state.portal_province(item.portal_id)
        attachments = [self.attached(d) for d in item.attachments]
        args = (item.html, None, item.url, attachments)
        processed, failure = None, None
        try:
            processed = await self.in_worker(*args, province, item.platform)
        except BrokenProcessPool:
            failure = "extraction worker died reading it"
        except Exception as error:  # a hostile page must not stop the crawl
            failure = f"extraction failed: {error!r}"
        state.ensure_portal(item.portal_id)
        sources = Sources(
            item.page.fetched_at,
            self.capture(item.portal_id, item.page, "article"),
            {
                d.url: self.capture(item.portal_id, d.fetched, "attachment")
                for d in item.attachments
                if d.fetched is not None
            },
        )
        if failure is not None:
            state.record_error(item.portal_id, item.url, failure)
            return
        if processed is None:
            state.count(item.portal_id, "not_articles")
            return
        for error in processed.errors:
            state.record_error(item.portal_id, item.url, error)
        record, analysis, reports = processed.record, processed.analysis, processed.attachments
        outcome = save_article(
            state.db, item.url, item.portal_id, record, analysis, sources, reports
        )
        state.count(item.portal_id, outcome)

    def close_spider(self) -> None:
        """Stops the extraction workers once the last item is archived."""
        self.executor.shutdown()
