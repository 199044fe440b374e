"""The answers a public instance keeps for repeated requests: given again while the archive is
unchanged, computed once for requests arriving together, never kept when personal, failed or
too big, and dropped as soon as a database file is written."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from publish.plugin import cached
from publish.response_cache import ArchiveVersion, ResponseCache
from tests.test_publish import StubDatasette


class CountingApp:
    """An ASGI app answering "page N" (N: how many times it was called) after a short wait,
    with the status and headers it is given."""

    def __init__(self, status: int = 200, headers: list | None = None, size: int = 0) -> None:
        self.calls, self.status, self.headers, self.size = 0, status, headers or [], size

    async def __call__(self, scope, receive, send):
        self.calls += 1
        body = f"page {self.calls}".encode() + b"x" * self.size
        await asyncio.sleep(0.05)
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": body})


def request(app, path: str = "/archive/articles", **scope) -> tuple[int, bytes, dict]:
    """Runs one request through app: its status, body and headers."""
    return asyncio.run(ask(app, path, **scope))


async def ask(app, path: str = "/archive/articles", **scope) -> tuple[int, bytes, dict]:
    """One request through app, in the running loop."""
    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    base = {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": []}
    await app({**base, **scope}, None, send)
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return sent[0]["status"], body, dict(sent[0]["headers"])


def cache_over(app, version=lambda: (1,), capacity: int = 1000, entry_limit: int = 100):
    """The app behind a ResponseCache of the given sizes."""
    return ResponseCache(capacity, entry_limit, version).wrap(app)


def test_a_repeated_request_is_answered_from_the_cache():
    app = CountingApp()
    cached = cache_over(app)
    assert request(cached)[1:] == (b"page 1", {b"x-cache": b"miss"})
    assert request(cached)[1:] == (b"page 1", {b"x-cache": b"hit"})
    assert request(cached, query_string=b"year=2021")[1] == b"page 2"
    assert app.calls == 2


def test_a_changed_archive_is_read_again():
    app, version = CountingApp(), [1]
    cached = cache_over(app, version=lambda: tuple(version))
    assert request(cached)[1] == b"page 1"
    version[0] = 2
    assert request(cached)[1] == b"page 2"
    assert request(cached)[1] == b"page 2"


def test_requests_arriving_together_are_computed_once():
    app = CountingApp()
    cached = cache_over(app)

    async def together():
        return await asyncio.gather(*(ask(cached) for _ in range(10)))

    answers = asyncio.run(together())
    assert {body for _, body, _ in answers} == {b"page 1"}
    assert app.calls == 1


def test_personal_failed_or_big_answers_are_not_kept():
    for scope in (
        {"method": "POST"},
        {"query_string": b"_trace=1"},
        {"headers": [(b"cookie", b"ds_actor=abc")]},
        {"headers": [(b"authorization", b"Bearer x")]},
    ):
        app = CountingApp()
        cached = cache_over(app)
        request(cached, **scope)
        request(cached, **scope)
        assert app.calls == 2, scope
    for app in (
        CountingApp(status=500),
        CountingApp(headers=[(b"set-cookie", b"ds_messages=x")]),
        CountingApp(size=200),
    ):
        cached = cache_over(app)
        request(cached)
        request(cached)
        assert app.calls == 2


def test_the_least_recently_used_answers_go_first():
    app = CountingApp(size=40)
    cached = cache_over(app, capacity=100)
    for path in ("/a", "/b", "/a", "/c"):
        request(cached, path)
    assert app.calls == 3
    request(cached, "/a")
    assert app.calls == 3
    request(cached, "/b")
    assert app.calls == 4


def test_the_archive_version_moves_when_another_connection_writes(tmp_path: Path):
    path = tmp_path / "archive.db"
    writer = sqlite3.connect(path)
    writer.execute("pragma journal_mode = wal")
    writer.execute("create table t (x)")
    writer.commit()
    version = ArchiveVersion(lambda: [str(path)])
    before = version()
    assert version() == before
    writer.execute("insert into t values (1)")
    writer.commit()
    assert version() != before


def test_a_cache_of_zero_megabytes_is_none():
    app = CountingApp()
    assert cached(StubDatasette({"cache_mb": "0"}), app) is app
