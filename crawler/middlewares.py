"""Downloader middlewares and the duplicate filter: retries that wait longer each time, and
duplicate filtering that lets a killed run resume without losing a page."""

from __future__ import annotations

import asyncio
from http import HTTPStatus

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings

from crawler.state import CrawlState
from extract.links import canonical_url


def backoff_delay(retry: int, base: float, cap: float) -> float:
    """Seconds to wait before a request's nth retry: base, 2×base, 4×base, … at most cap."""
    return min(cap, base * 2 ** (retry - 1))


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware (5xx answers, timeouts, dropped connections), except that each
    retry of a request waits backoff_delay(RETRY_BACKOFF_BASE, RETRY_BACKOFF_MAX) seconds first;
    the wait is an asyncio sleep, so other requests go on meanwhile."""

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX")

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        """The response, or (after the backoff) the retry of a request that got a 5xx."""
        return await self.after_backoff(super().process_response(request, response))

    async def process_exception(
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        """None, or (after the backoff) the retry of a request that timed out or failed."""
        return await self.after_backoff(super().process_exception(request, exception))

    async def after_backoff(self, result: Request | Response | None) -> Request | Response | None:
        """Returns result, first waiting the backoff delay when it is a retry request."""
        if isinstance(result, Request):
            await asyncio.sleep(backoff_delay(result.meta["retry_times"], self.base, self.cap))
        return result


class MemoryDupeFilter(RFPDupeFilter):
    """Scrapy's duplicate filter, kept in memory even when the run has a JOBDIR: a resumed run
    then fetches again the pages the last one had not finished when it was killed (the job's
    frontier, crawler/frontier.py, leaves out those it had), so nothing is lost."""

    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MemoryDupeFilter:
        debug = crawler.settings.getbool("DUPEFILTER_DEBUG")
        dupefilter = cls(None, debug, fingerprinter=crawler.request_fingerprinter)
        dupefilter.crawler = crawler
        return dupefilter

    def log(self, request: Request, spider: Spider) -> None:
        """Logs a duplicate request, and records a redirect that leads back to a URL of its own
        chain (A -> B -> A, A -> A), which would otherwise end without a word."""
        super().log(request, spider)
        chain = request.meta.get("redirect_urls", [])
        if canonical_url(request.url) in map(canonical_url, chain):
            message = "redirect loop: " + " -> ".join([*chain, request.url])
            state = self.crawler.get_extension(CrawlState)
            state.record_error(request.meta.get("portal", ""), chain[0], message)


class ConditionalRequestMiddleware:
    """Asks with If-None-Match / If-Modified-Since for every page an earlier run captured,
    redirected requests included, and lets the spider see the 304 answers."""

    def __init__(self, crawler: Crawler) -> None:
        self.state = crawler.get_extension(CrawlState)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        validator = self.state.memory.validators.get(canonical_url(request.url))
        if validator is None or "If-None-Match" in request.headers:
            return
        for name, value in validator.headers().items():
            request.headers[name] = value
        allowed = request.meta.get("handle_httpstatus_list", [])
        request.meta["handle_httpstatus_list"] = [*allowed, HTTPStatus.NOT_MODIFIED]
