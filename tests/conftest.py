"""Shared fixtures: the sample portals served on loopback, and archives crawled from them."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from samples.crawl import scrapy_command
from samples.server import serve_samples

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "gold"
# Text of the page furniture around articles (counters, tools, boxes, bylines, datelines),
# none of which may reach an archived body
FURNITURE = (
    "Xem với cỡ chữ",
    "Lượt xem",
    "Đã xem",
    "Tệp đính kèm",
    "Tác giả:",
    "Chia sẻ",
    "In bài viết",
    "In trang",
    "Gửi email",
    "Các tin khác",
    "Tin liên quan",
    "Thống kê truy cập",
    "CƠ QUAN CHỦ QUẢN",
    "Đăng ngày",
    "Đăng tải",
    "Ảnh:",
)


@pytest.fixture(scope="session")
def sample_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """{site id: base URL} of the sample portals, served on free loopback ports."""
    with serve_samples(tmp_path_factory.mktemp("samples")) as urls:
        yield urls


def crawl(db: Path, *args: str, registries: tuple[Path, ...] = ()) -> subprocess.CompletedProcess:
    """Runs `scrapy crawl portal` with spider arguments into the archive at db."""
    command = scrapy_command(list(args), db, [ROOT / "crawler" / "registry.yml", *registries])
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=240)


@pytest.fixture(scope="session")
def crawled(sample_urls: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive built by crawling every sample portal from its home page, twice (one run
    crawls all of them, as `-a start_url=URL,URL…`)."""
    db = tmp_path_factory.mktemp("archive") / "archive.db"
    for _ in range(2):
        result = crawl(db, "start_url=" + ",".join(sample_urls.values()))
        assert result.returncode == 0, result.stderr[-3000:]
    return db


@pytest.fixture(scope="session")
def archive(crawled: Path) -> Iterator[sqlite_utils.Database]:
    """The crawled archive, opened for assertions."""
    database = sqlite_utils.Database(crawled)
    yield database
    database.close()


def gold(name: str) -> dict:
    """A JSON gold file from tests/gold/."""
    return json.loads((GOLD / name).read_text(encoding="utf-8"))
