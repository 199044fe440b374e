"""What earlier crawls left in the archive that a new run uses: known articles, page validators."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import sqlite_utils

from crawler.archive import PAYLOAD_COLUMNS, PAYLOAD_JOIN

# Article pages no longer served: a run that re-fetches one and gets these marks it vanished
GONE_STATUSES = (404, 410)


@dataclass(frozen=True)
class Validator:
    """How to ask a server whether a captured page changed, and where the capture lies."""

    etag: str | None
    last_modified: str | None
    warc_file: str
    offset: int

    def headers(self) -> dict[str, str]:
        """The conditional request headers (If-None-Match, If-Modified-Since) for the page."""
        found = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in found.items() if value}


@dataclass
class CrawlMemory:
    """The archive's articles (URL -> publication date), its pages' latest validators, and the
    sites a crawl has gone through to the end."""

    articles: dict[str, str | None] = field(default_factory=dict)
    validators: dict[str, Validator] = field(default_factory=dict)
    completed: set[str] = field(default_factory=set)

    def is_known(self, url: str, refresh_since: str | None) -> bool:
        """True for an archived article that this run need not fetch again: every one, or with
        refresh_since (an ISO date), those published before it."""
        if url not in self.articles:
            return False
        published = self.articles[url]
        return refresh_since is None or (published is not None and published < refresh_since)

    def knows_site(self, host: str) -> bool:
        """True when an earlier crawl of the site at host went through to the end, so that a
        run may stop a section where its archived articles begin (after a killed run it may
        not: the older pages may never have been reached)."""
        return host in self.completed

    def refreshed(self, host: str, refresh_since: str | None) -> list[str]:
        """The archived articles of a site that this run fetches again to see whether they
        changed or vanished (none without -a refresh)."""
        if refresh_since is None:
            return []
        return sorted(
            url
            for url in self.articles
            if host_of(url) == host and not self.is_known(url, refresh_since)
        )


def host_of(url: str) -> str:
    """A URL's host and port: "http://127.0.0.4:8765/vi" -> "127.0.0.4:8765"."""
    return urlsplit(url).netloc


def refresh_since(refresh: str | None, today: datetime.date) -> str | None:
    """The publication date from which known articles are fetched again: -a refresh=all (every
    one), -a refresh=N (those of the last N days), or None (none)."""
    if refresh is None:
        return None
    if refresh == "all":
        return "0000"
    return (today - datetime.timedelta(days=int(refresh))).isoformat()


def load_memory(db: sqlite_utils.Database) -> CrawlMemory:
    """What the archive knows (an empty memory for a new archive)."""
    memory = CrawlMemory()
    rows = db.query("select url, published_at from articles")
    memory.articles = {row["url"]: row["published_at"] for row in rows}
    rows = db.query(
        "select distinct a.url from articles a join crawls c on c.portal_id = a.portal_id "
        "where c.status = 'ok'"
    )
    memory.completed = {host_of(row["url"]) for row in rows}
    rows = db.query(
        f"select c.url, c.etag, c.last_modified, {PAYLOAD_COLUMNS} from {PAYLOAD_JOIN} "
        "where c.status = 200 and c.id in (select max(id) from captures group by url)"
    )
    memory.validators = {
        row["url"]: Validator(row["etag"], row["last_modified"], row["warc_file"], row["offset"])
        for row in rows
    }
    return memory
