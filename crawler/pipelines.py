"""The archive pipeline: extracts article pages off the reactor and writes them to SQLite."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.archive import now, open_archive, record_crawl, save_article, save_portals
from crawler.items import Download, PageItem
from extract.analysis import (
    AttachmentReport,
    analyse,
    empty_analysis,
    read_attachment,
    unread_attachment,
)
from extract.article import ArticleRecord, extract_from_bytes

# What a function run in a worker returns
T = TypeVar("T")


class ArchivePipeline:
    """Turns PageItems into archived articles and records one crawls row per portal."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.path = crawler.settings.get("ARCHIVE_DB")
        self.workers = crawler.settings.getint("EXTRACT_WORKERS", 2)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        """Opens the archive, records the registry portals in it and starts the workers."""
        self.db = open_archive(self.path)
        save_portals(self.db, self.crawler.spider.registry.values())
        self.executor = ProcessPoolExecutor(self.workers)
        self.started_at = now()

    async def in_worker(self, function: Callable[..., T], *args: Any) -> T:
        """Runs a function in an extraction worker process without blocking the reactor."""
        return await asyncio.get_running_loop().run_in_executor(self.executor, function, *args)

    async def process_item(self, item: PageItem) -> PageItem:
        """Extracts the article and reads its attachments in worker processes, then archives
        them; failures are recorded and never lose what could be read."""
        spider = self.crawler.spider
        tally = spider.tally[item.portal_id]
        try:
            record = await self.in_worker(extract_from_bytes, item.body, item.charset, item.url)
        except Exception as error:  # a hostile page must not stop the crawl
            spider.record_error(item.portal_id, item.url, f"extraction failed: {error!r}")
            return item
        if record is None:
            tally["not_articles"] += 1
            return item
        province = spider.portal_province(item.portal_id)
        text = (record.title, record.lead, record.body, record.published_at, province)
        try:
            analysis = await self.in_worker(analyse, *text)
        except Exception as error:  # an extractor bug must not lose the article's text
            spider.record_error(item.portal_id, item.url, f"analysis failed: {error!r}")
            analysis = empty_analysis()
        attachments = [
            await self.read(item, download, record, province) for download in item.attachments
        ]
        spider.ensure_portal(self.db, item.portal_id)
        outcome = save_article(
            self.db, item.url, item.portal_id, record, analysis, item.fetched_at, attachments
        )
        tally[outcome] += 1
        return item

    async def read(
        self, item: PageItem, download: Download, record: ArticleRecord, province: str | None
    ) -> AttachmentReport:
        """Reads one fetched attachment in a worker; one that failed gives its error."""
        if download.error is not None:
            return unread_attachment(download.url, b"", None, download.error)
        args = (download.url, download.body, download.content_type, record.title)
        try:
            return await self.in_worker(read_attachment, *args, record.published_at, province)
        except Exception as error:  # a hostile file must not stop the crawl
            spider = self.crawler.spider
            spider.record_error(item.portal_id, download.url, f"attachment failed: {error!r}")
            return unread_attachment(
                download.url, download.body, download.content_type, repr(error)
            )

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
            row: dict[str, Any] = {
                "portal_id": portal_id,
                "started_at": self.started_at,
                "finished_at": finished_at,
                "status": crawl_status(reason, tally, errors),
                "pages": tally["pages"],
                "articles_new": tally["new"],
                "articles_updated": tally["updated"],
                "errors": len(errors),
            }
            record_crawl(self.db, row, errors)
        self.db.close()


def crawl_status(reason: str, tally: dict[str, int], errors: list[Any]) -> str:
    """One word for how a portal's crawl went: ok, errors, empty or the finish reason."""
    if reason != "finished":
        return reason
    if tally["pages"] == 0:
        return "failed"
    if errors:
        return "errors"
    return "ok" if tally["new"] + tally["updated"] + tally["same"] else "empty"
