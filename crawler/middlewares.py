"""Downloader middlewares: retries that wait longer each time, so a struggling portal recovers."""

from __future__ import annotations

import asyncio

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings


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
