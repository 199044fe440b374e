"""The SQLite archive: its tables, and the writes the crawler makes to them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler.registry import Portal, portal_rows
from extract.article import ArticleRecord

# Vietnam keeps +07:00 all year (no daylight saving)
VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")

# Table name -> column types; the names are a contract with SQL users: add, never rename.
SCHEMA: dict[str, dict[str, Any]] = {
    "portals": {
        "columns": {
            "id": str,
            "name": str,
            "url": str,
            "platform": str,
            "province": str,
            "province_2025": str,
            "level": str,
            "status": str,
            "verified": int,
            "notes": str,
            "merged_into": str,
            "start_urls": str,
        },
        "pk": "id",
    },
    "articles": {
        "columns": {
            "id": int,
            "url": str,
            "portal_id": str,
            "title": str,
            "lead": str,
            "body": str,
            "author": str,
            "published_at": str,
            "fetched_at": str,
            "content_sha256": str,
            "platform": str,
        },
        "pk": "id",
        "foreign_keys": [("portal_id", "portals", "id")],
    },
    "images": {
        "columns": {"id": int, "article_id": int, "url": str, "caption": str},
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "crawls": {
        "columns": {
            "id": int,
            "portal_id": str,
            "started_at": str,
            "finished_at": str,
            "status": str,
            "pages": int,
            "articles_new": int,
            "articles_updated": int,
            "errors": int,
        },
        "pk": "id",
        "foreign_keys": [("portal_id", "portals", "id")],
    },
    "crawl_errors": {
        "columns": {"id": int, "crawl_id": int, "url": str, "error": str, "at": str},
        "pk": "id",
        "foreign_keys": [("crawl_id", "crawls", "id")],
    },
}
# Columns the search box looks in
SEARCH_COLUMNS = ["title", "lead", "body"]


def now() -> str:
    """The current time in Vietnam, ISO 8601 to the second."""
    return datetime.now(VN_TZ).isoformat(timespec="seconds")


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Opens (creating if needed) the archive at path, in WAL mode, with every table present."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    for name, spec in SCHEMA.items():
        table = db[name]
        if not table.exists():
            table.create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", []))
        else:
            missing = {c: t for c, t in spec["columns"].items() if c not in table.columns_dict}
            for column, column_type in missing.items():
                table.add_column(column, column_type)
    db["articles"].create_index(["url"], unique=True, if_not_exists=True)
    db["articles"].create_index(["portal_id", "published_at"], if_not_exists=True)
    db["images"].create_index(["article_id"], if_not_exists=True)
    if not db["articles"].detect_fts():
        db["articles"].enable_fts(SEARCH_COLUMNS, create_triggers=True, tokenize="unicode61")
    return db


def save_portals(db: sqlite_utils.Database, portals: Iterable[Portal]) -> None:
    """Inserts or refreshes registry portals in the portals table."""
    db["portals"].upsert_all(portal_rows(portals), pk="id", alter=True)


def ensure_portal(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    """Adds a portal found by crawling (not in the registry) unless it is already there."""
    db["portals"].insert(row, pk="id", ignore=True, alter=True)


def content_hash(record: ArticleRecord) -> str:
    """A fingerprint of what the article says (title, lead, body), blind to page furniture."""
    text = "\n".join([record.title, record.lead or "", record.body])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save_article(
    db: sqlite_utils.Database, url: str, portal_id: str, record: ArticleRecord, fetched_at: str
) -> str:
    """Writes an article and its images in one transaction; says "new", "updated" or "same"."""
    digest = content_hash(record)
    existing = next(db.query("select id, content_sha256 from articles where url = ?", [url]), None)
    if existing and existing["content_sha256"] == digest:
        return "same"
    row = {
        "url": url,
        "portal_id": portal_id,
        "title": record.title,
        "lead": record.lead,
        "body": record.body,
        "author": record.author,
        "published_at": record.published_at,
        "fetched_at": fetched_at,
        "content_sha256": digest,
        "platform": record.platform,
    }
    with db.atomic():
        if existing:
            article_id = existing["id"]
            db["articles"].update(article_id, row)
            db["images"].delete_where("article_id = ?", [article_id])
        else:
            article_id = db["articles"].insert(row).last_pk
        db["images"].insert_all(
            {"article_id": article_id, **asdict(image)} for image in record.images
        )
    return "updated" if existing else "new"


def record_crawl(
    db: sqlite_utils.Database, row: dict[str, Any], errors: Iterable[tuple[str, str, str]]
) -> int:
    """Writes one crawls row and its errors (url, message, time); returns the crawl's id."""
    with db.atomic():
        crawl_id = db["crawls"].insert(row).last_pk
        db["crawl_errors"].insert_all(
            {"crawl_id": crawl_id, "url": url, "error": error, "at": at}
            for url, error, at in errors
        )
    return crawl_id


def start_urls_json(urls: Iterable[str]) -> str:
    """A list of start URLs as the JSON text the portals table keeps."""
    return json.dumps(list(urls), ensure_ascii=False)
