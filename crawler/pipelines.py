"""The archive pipeline: keeps raw captures, reads articles off the reactor, writes SQLite."""

from __future__ import annotations

import asyncio
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from http import HTTPStatus
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.archive import (
    Sources,
    latest_capture,
    mark_vanished,
    now,
    open_archive,
    record_capture,
    record_crawl,
    save_article,
    save_portals,
)
from crawler.captures import WarcStore, warc_dir
from crawler.items import CaptureItem, Download, Fetched, PageItem, VanishedItem
from extract.analysis import Attached, Processed, process_article
from extract.limits import limit_worker

Item = PageItem | CaptureItem | VanishedItem


def attached(download: Download) -> Attached:
    """An attachment as the extractors take it: its bytes, or why it could not be fetched."""
    page = download.fetched
    if page is None:
        return Attached(download.url, None, None, download.error)
    return Attached(download.url, page.body, page.content_type)


class ArchivePipeline:
    """Keeps every response as a raw capture, turns article pages into archived articles, and
    records one crawls row per portal."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.path = crawler.settings.get("ARCHIVE_DB")
        self.workers = crawler.settings.getint("EXTRACT_WORKERS", 2)
        self.warcs = WarcStore(warc_dir(crawler.settings))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        """Opens the archive, records the registry portals in it and starts the workers."""
        self.db = open_archive(self.path)
        save_portals(self.db, self.crawler.spider.registry.values())
        self.executor = self.start_workers()
        self.started_at = now()

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
        that has not changed (304) keeps its earlier capture."""
        if page.status == HTTPStatus.NOT_MODIFIED:
            return latest_capture(self.db, page.url)
        stored = self.warcs.write(page.url, page.status, page.headers, page.body, page.fetched_at)
        return record_capture(self.db, stored, portal_id, kind, page.headers)

    async def process_item(self, item: Item) -> Item:
        """Captures what was fetched, then archives an article page with its attachments, read
        in a worker process; failures are recorded and never lose what could be read."""
        spider = self.crawler.spider
        spider.ensure_portal(self.db, item.portal_id)
        if isinstance(item, CaptureItem):
            self.capture(item.portal_id, item.page, "page")
        elif isinstance(item, VanishedItem):
            if mark_vanished(self.db, item.url, now()):
                spider.tally[item.portal_id]["vanished"] += 1
        else:
            await self.archive(item)
        return item

    async def archive(self, item: PageItem) -> None:
        """Reads an article page and its attachments in a worker process and archives them."""
        spider = self.crawler.spider
        sources = Sources(
            item.page.fetched_at,
            self.capture(item.portal_id, item.page, "article"),
            {
                d.url: self.capture(item.portal_id, d.fetched, "attachment")
                for d in item.attachments
                if d.fetched is not None
            },
        )
        province = spider.portal_province(item.portal_id)
        args = (item.page.body, item.charset, item.url, [attached(d) for d in item.attachments])
        try:
            processed = await self.in_worker(*args, province)
        except BrokenProcessPool:
            spider.record_error(item.portal_id, item.url, "extraction worker died reading it")
            return
        except Exception as error:  # a hostile page must not stop the crawl
            spider.record_error(item.portal_id, item.url, f"extraction failed: {error!r}")
            return
        tally = spider.tally[item.portal_id]
        if processed is None:
            tally["not_articles"] += 1
            return
        for error in processed.errors:
            spider.record_error(item.portal_id, item.url, error)
        record, analysis, reports = processed.record, processed.analysis, processed.attachments
        outcome = save_article(
            self.db, item.url, item.portal_id, record, analysis, sources, reports
        )
        tally[outcome] += 1

    def close_spider(self) -> None:
        """Stops the extraction workers once the last item is archived."""
        self.executor.shutdown()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Writes one crawls row per portal the run touched, with why the run ended (Scrapy
        says it only now: "finished", "shutdown", "closespider_pagecount" …), then closes the
        archive."""
        finished_at = now()
        for portal_id, tally in spider.tally.items():
            spider.ensure_portal(self.db, portal_id)
            errors = spider.errors.get(portal_id, [])
            known = len(spider.known_seen.get(portal_id, ()))
            row: dict[str, Any] = {
                "portal_id": portal_id,
                "started_at": self.started_at,
                "finished_at": finished_at,
                "status": crawl_status(reason, tally, known, errors),
                "pages": tally["pages"],
                "articles_new": tally["new"],
                "articles_updated": tally["updated"],
                "articles_known": known + tally["same"],
                "articles_vanished": tally["vanished"],
                "errors": len(errors),
            }
            record_crawl(self.db, row, errors)
        self.db.close()


def crawl_status(reason: str, tally: dict[str, int], known: int, errors: list[Any]) -> str:
    """One word for how a portal's crawl went: ok (it yielded articles, new or already
    archived), errors, empty (no article at all), failed (no page) or why the run stopped."""
    if reason != "finished":
        return reason
    if tally["pages"] == 0:
        return "failed"
    if errors:
        return "errors"
    yielded = tally["new"] + tally["updated"] + tally["same"] + known
    return "ok" if yielded else "empty"
