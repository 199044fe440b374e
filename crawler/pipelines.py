"""The archive pipeline: extracts article pages off the reactor and writes them to SQLite."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from scrapy.crawler import Crawler

from crawler.archive import now, open_archive, record_crawl, save_article, save_portals
from crawler.items import PageItem
from extract.analysis import analyse, empty_analysis
from extract.article import extract_from_bytes

logger = logging.getLogger(__name__)


class ArchivePipeline:
    """Turns PageItems into archived articles and records one crawls row per portal."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.path = crawler.settings.get("ARCHIVE_DB")
        self.workers = crawler.settings.getint("EXTRACT_WORKERS", 2)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        """Opens the archive, records the registry portals in it and starts the workers."""
        self.db = open_archive(self.path)
        save_portals(self.db, self.crawler.spider.registry.values())
        self.executor = ProcessPoolExecutor(self.workers)
        self.started_at = now()

    async def process_item(self, item: PageItem) -> PageItem:
        """Extracts the article in a worker process and archives it; failures are recorded."""
        spider = self.crawler.spider
        tally = spider.tally[item.portal_id]
        loop = asyncio.get_running_loop()
        try:
            record = await loop.run_in_executor(
                self.executor, extract_from_bytes, item.body, item.charset, item.url
            )
        except Exception as error:  # a hostile page must not stop the crawl
            spider.record_error(item.portal_id, item.url, f"extraction failed: {error!r}")
            return item
        if record is None:
            tally["not_articles"] += 1
            return item
        province = spider.portal_province(item.portal_id)
        try:
            analysis = await loop.run_in_executor(
                self.executor,
                analyse,
                record.title,
                record.lead,
                record.body,
                record.published_at,
                province,
            )
        except Exception as error:  # an extractor bug must not lose the article's text
            spider.record_error(item.portal_id, item.url, f"analysis failed: {error!r}")
            analysis = empty_analysis()
        spider.ensure_portal(self.db, item.portal_id)
        outcome = save_article(self.db, item.url, item.portal_id, record, analysis, item.fetched_at)
        tally[outcome] += 1
        return item

    def close_spider(self) -> None:
        """Writes one crawls row per portal the run touched, then closes the archive."""
        self.executor.shutdown()
        spider = self.crawler.spider
        finished_at = now()
        reason = self.crawler.stats.get_value("finish_reason", "finished")
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
