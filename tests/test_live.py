"""A running `make serve` shows what a crawl writes after it started, without a restart."""

from __future__ import annotations

import json
import shutil
import sqlite3
import urllib.request
from pathlib import Path

from tests.conftest import crawl
from tests.test_browser import free_port, serve_command, start


def fetch_json(url: str) -> dict:
    """The JSON a URL answers."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_running_server_shows_a_new_crawl(crawled: Path, sample_urls: dict[str, str], tmp_path):
    """A crawl of one portal into a copy of the archive, while `datasette serve` serves the copy,
    shows at once in crawls and in portal_health (its runs and last status)."""
    db = tmp_path / "archive.db"
    with sqlite3.connect(crawled) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    shutil.copytree(crawled.parent / "warcs", tmp_path / "warcs")
    port = free_port()
    site = f"http://127.0.0.1:{port}"
    server = start(serve_command(db, port), f"{site}/-/versions.json", tmp_path / "serve.log")
    try:
        crawls = f"{site}/archive/crawls.json?_shape=objects&_sort_desc=id&_size=1"
        before = fetch_json(crawls)
        portal = sorted(sample_urls)[0]
        result = crawl(db, f"start_url={sample_urls[portal]}")
        assert result.returncode == 0, result.stderr[-3000:]
        after = fetch_json(crawls)
        assert after["filtered_table_rows_count"] == before["filtered_table_rows_count"] + 1
        newest = after["rows"][0]
        assert newest["id"] > before["rows"][0]["id"]
        health = fetch_json(f"{site}/archive/portal_health.json?_shape=objects&_size=max")
        last = {row["portal_id"]: (row["runs"], row["last_status"]) for row in health["rows"]}
        assert last[newest["portal_id"]] == (3, newest["status"])
    finally:
        server.terminate()
        server.wait(timeout=10)
