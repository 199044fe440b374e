"""Retries with backoff (crawler/middlewares.py): each retry of a request waits longer."""

from __future__ import annotations

import asyncio

import pytest
from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.test import get_crawler
from twisted.internet.error import TimeoutError as TwistedTimeoutError

from crawler import middlewares
from crawler.middlewares import BackoffRetryMiddleware, backoff_delay

SETTINGS = {"RETRY_TIMES": 3, "RETRY_BACKOFF_BASE": 2.0, "RETRY_BACKOFF_MAX": 5.0}
URL = "http://127.0.0.1/trang"


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the middleware sleeps, recorded instead of slept."""
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(middlewares.asyncio, "sleep", sleep)
    return slept


def middleware() -> BackoffRetryMiddleware:
    """The middleware as Scrapy builds it, for a crawler with SETTINGS."""
    crawler = get_crawler(Spider, SETTINGS)
    crawler.spider = Spider.from_crawler(crawler, "test")
    return BackoffRetryMiddleware.from_crawler(crawler)


def test_backoff_delay_doubles_up_to_the_cap():
    assert [backoff_delay(n, 2.0, 60.0) for n in range(1, 8)] == [2, 4, 8, 16, 32, 60, 60]


def test_5xx_retries_wait_longer_each_time_then_give_up(waits):
    retrying = middleware()
    request = Request(URL)
    results = []
    for _ in range(4):
        result = asyncio.run(retrying.process_response(request, Response(URL, status=503)))
        results.append(result)
        request = result if isinstance(result, Request) else request
    assert [type(r).__name__ for r in results] == ["Request", "Request", "Request", "Response"]
    assert [r.meta["retry_times"] for r in results[:3]] == [1, 2, 3]
    assert waits == [2.0, 4.0, 5.0]


def test_timeouts_retry_after_a_wait(waits):
    result = asyncio.run(middleware().process_exception(Request(URL), TwistedTimeoutError()))
    assert (type(result).__name__, result.meta["retry_times"], waits) == ("Request", 1, [2.0])


def test_answers_that_need_no_retry_pass_at_once(waits):
    retrying = middleware()
    ok = Response(URL, status=200)
    assert asyncio.run(retrying.process_response(Request(URL), ok)) is ok
    missing = Response(URL, status=404)
    assert asyncio.run(retrying.process_response(Request(URL), missing)) is missing
    assert asyncio.run(retrying.process_exception(Request(URL), ValueError("x"))) is None
    assert waits == []
