"""Answers to repeated anonymous requests kept while the archive does not change, so that a
public instance under load computes each page once instead of once per reader."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Requests whose answer depends on who asks or asks for a trace: never cached (a cookie
# "ds_actor=…" is a signed-in user; ?_trace=1 shows the SQL run for this very request)
PERSONAL_HEADERS = (b"authorization",)
PERSONAL_COOKIE = b"ds_actor="
TRACE_ARGUMENT = b"_trace="
# The response header telling whether an answer came from the cache ("hit") or not ("miss")
CACHE_HEADER = b"x-cache"


@dataclass
class Answer:
    """A complete response: its status, headers and body."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


@dataclass
class ArchiveVersion:
    """What changes whenever a database file is written: each file's identity, size and time,
    and SQLite's data_version, which moves on any other connection's commit (WAL writers)."""

    paths: Callable[[], list[str]]
    connections: dict[str, sqlite3.Connection] = field(default_factory=dict)

    def __call__(self) -> tuple:
        """The current version: equal to an earlier one only if no file changed since."""
        parts: list[Any] = []
        for path in self.paths():
            for name in (path, f"{path}-wal"):
                try:
                    stat = os.stat(name)
                    parts.append((stat.st_ino, stat.st_size, stat.st_mtime_ns))
                except OSError:
                    parts.append(None)
            parts.append(self.data_version(path))
        return tuple(parts)

    def data_version(self, path: str) -> int | None:
        """SQLite's data_version of the file, read on a connection of its own."""
        try:
            if path not in self.connections:
                self.connections[path] = sqlite3.connect(
                    f"file:{path}?mode=ro", uri=True, check_same_thread=False
                )
            return self.connections[path].execute("pragma data_version").fetchone()[0]
        except sqlite3.Error:
            self.connections.pop(path, None)
            return None


def cacheable(scope: dict[str, Any]) -> bool:
    """Whether a request's answer may be kept and given to others: an anonymous GET without a
    trace."""
    if scope["type"] != "http" or scope.get("method") != "GET":
        return False
    if TRACE_ARGUMENT in scope.get("query_string", b""):
        return False
    for name, value in scope.get("headers", []):
        if name in PERSONAL_HEADERS or (name == b"cookie" and PERSONAL_COOKIE in value):
            return False
    return True


class ResponseCache:
    """Complete 200 answers by path and query, at most capacity bytes in all and entry_limit
    bytes each, least recently used dropped first, all dropped when the archive changes. A
    request arriving while the same one is being answered waits for that answer (and is
    answered on its own if that one could not be kept)."""

    def __init__(self, capacity: int, entry_limit: int, version: Callable[[], tuple]) -> None:
        self.capacity, self.entry_limit, self.version = capacity, entry_limit, version
        self.answers: OrderedDict[bytes, Answer] = OrderedDict()
        self.size = 0
        self.seen: tuple | None = None
        self.pending: dict[bytes, asyncio.Future] = {}

    def get(self, key: bytes) -> Answer | None:
        """The answer kept for key, if the archive has not changed since."""
        current = self.version()
        if current != self.seen:
            self.answers.clear()
            self.size, self.seen = 0, current
        answer = self.answers.get(key)
        if answer is not None:
            self.answers.move_to_end(key)
        return answer

    def put(self, key: bytes, answer: Answer) -> None:
        """Keeps answer for key, dropping the least recently used ones over capacity."""
        if len(answer.body) > self.entry_limit:
            return
        self.answers[key] = answer
        self.size += len(answer.body)
        while self.size > self.capacity and self.answers:
            self.size -= len(self.answers.popitem(last=False)[1].body)

    def wrap(self, app):
        """ASGI middleware answering cacheable requests from the cache when it can."""

        async def wrapped(scope: dict[str, Any], receive, send):
            if not cacheable(scope):
                return await app(scope, receive, send)
            key = scope["path"].encode("utf-8") + b"?" + scope.get("query_string", b"")
            leading = self.pending.get(key)
            if leading is not None:
                await asyncio.shield(leading)
            answer = self.get(key)
            if answer is not None:
                return await replay(answer, send)
            if leading is not None or key in self.pending:
                return await app(scope, receive, send)
            done = self.pending[key] = asyncio.get_running_loop().create_future()
            try:
                answer = await answered(app, scope, receive, send, self.entry_limit)
                if answer is not None and keepable(answer):
                    self.put(key, answer)
            finally:
                del self.pending[key]
                done.set_result(None)

        return wrapped


def keepable(answer: Answer) -> bool:
    """Whether an answer may be given to others: a success that sets no cookie."""
    return answer.status == 200 and not any(name == b"set-cookie" for name, _ in answer.headers)


async def answered(app, scope, receive, send, limit: int) -> Answer | None:
    """Runs app for the request, passing its answer on to send as it comes; returns the whole
    answer, or None when its body grew over limit bytes."""
    status, headers, chunks, size = 0, [], [], 0

    async def keeping(message):
        nonlocal status, headers, size
        if message["type"] == "http.response.start":
            status, headers = message["status"], list(message.get("headers", []))
            message = {**message, "headers": [*headers, (CACHE_HEADER, b"miss")]}
        elif message["type"] == "http.response.body" and size <= limit:
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
        await send(message)

    await app(scope, receive, keeping)
    return Answer(status, headers, b"".join(chunks)) if size <= limit else None


async def replay(answer: Answer, send) -> None:
    """Sends a kept answer again."""
    headers = [*answer.headers, (CACHE_HEADER, b"hit")]
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})
