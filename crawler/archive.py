"""The SQLite archive: its tables, and the writes the crawler makes to them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler.captures import Capture
from crawler.clock import VN_TZ
from crawler.health import PORTAL_HEALTH_SQL, PORTAL_HEALTH_VIEW
from crawler.registry import Portal, portal_rows
from crawler.views import create_views
from extract import EXTRACTOR_VERSION
from extract.analysis import Analysis, AttachmentReport, primary_analysis
from extract.article import ArticleRecord
from extract.fold import fold
from extract.meetings import MeetingFacts, MeetingGroup, group_meetings

__all__ = ["VN_TZ"]

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
    "captures": {
        "columns": {
            "id": int,
            "url": str,
            "portal_id": str,
            "kind": str,
            "warc_file": str,
            "offset": int,
            "length": int,
            "sha256": str,
            "status": int,
            "content_type": str,
            "etag": str,
            "last_modified": str,
            "fetched_at": str,
            # a WARC revisit record: the capture whose record holds the identical payload
            "revisit_of": int,
        },
        "pk": "id",
        "foreign_keys": [("portal_id", "portals", "id"), ("revisit_of", "captures", "id")],
    },
    "meetings": {
        "columns": {
            "id": int,
            "province": str,
            "province_2025": str,
            "level": str,
            "meeting_type": str,
            "meeting_date": str,
            "chair_name": str,
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
            "extractor_version": str,
            "meeting_date": str,
            "period_start": str,
            "period_end": str,
            "period_label": str,
            "next_period_start": str,
            "next_period_end": str,
            "next_period_label": str,
            "is_meeting": int,
            "meeting_type": str,
            "level": str,
            "is_online": int,
            "connected_sites": int,
            "chair_name": str,
            "chair_title": str,
            "province": str,
            "province_2025": str,
            "district": str,
            "meeting_id": int,
            "capture_id": int,
            "vanished_at": str,
            "year": int,
            "meeting_place": str,
        },
        "pk": "id",
        "foreign_keys": [
            ("portal_id", "portals", "id"),
            ("meeting_id", "meetings", "id"),
            ("capture_id", "captures", "id"),
        ],
    },
    "article_versions": {
        "columns": {
            "id": int,
            "article_id": int,
            "title": str,
            "lead": str,
            "body": str,
            "author": str,
            "published_at": str,
            "content_sha256": str,
            "fetched_at": str,
            "capture_id": int,
            "replaced_at": str,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("capture_id", "captures", "id")],
    },
    "attachments": {
        "columns": {
            "id": int,
            "article_id": int,
            "url": str,
            "filename": str,
            "content_type": str,
            "bytes": int,
            "sha256": str,
            "text": str,
            "notes": str,
            "ocr": int,
            "pages": int,
            "error": str,
            "notice_number": str,
            "notice_issued_on": str,
            "notice_issuer": str,
            "signer": str,
            "signer_title": str,
            "recipients": str,
            "capture_id": int,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("capture_id", "captures", "id")],
    },
    "dates": {
        "columns": {
            "id": int,
            "article_id": int,
            "attachment_id": int,
            "raw": str,
            "start": str,
            "end": str,
            "granularity": str,
            "role": str,
            "char_start": int,
            "char_end": int,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("attachment_id", "attachments", "id")],
    },
    "figures": {
        "columns": {
            "id": int,
            "article_id": int,
            "attachment_id": int,
            "raw": str,
            "value": float,
            "unit": str,
            "total": float,
            "value_max": float,
            "qualifier": str,
            "is_estimate": int,
            "is_target": int,
            "change": str,
            "compared_to": str,
            "indicator": str,
            "indicator_text": str,
            "period_start": str,
            "period_end": str,
            "sentence": str,
            "start": int,
            "end": int,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("attachment_id", "attachments", "id")],
    },
    "people": {
        "columns": {
            "id": int,
            "article_id": int,
            "attachment_id": int,
            "name": str,
            "title": str,
            "role": str,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("attachment_id", "attachments", "id")],
    },
    "documents": {
        "columns": {
            "id": int,
            "article_id": int,
            "attachment_id": int,
            "raw": str,
            "doc_type": str,
            "number": str,
            "issuer": str,
            "issued_on": str,
            "char_start": int,
            "char_end": int,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("attachment_id", "attachments", "id")],
    },
    "directives": {
        "columns": {
            "id": int,
            "article_id": int,
            "attachment_id": int,
            "seq": int,
            "text": str,
            "agency": str,
            "deadline": str,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("attachment_id", "attachments", "id")],
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
            "articles_known": int,
            "articles_vanished": int,
            "errors": int,
            # pages a family's rules and the generic reading typed differently (a drifting
            # template shows here and in portal_health instead of losing articles)
            "disagreements": int,
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
# Tables of what the extractors found in a text: the article's own (attachment_id null) and
# each attachment's
FINDINGS_TABLES = ("dates", "figures", "people", "documents", "directives")
# Tables whose rows are derived from one article, rebuilt whenever the article is (in an
# order that deletes rows before those they point to)
DERIVED_TABLES = ("images", *FINDINGS_TABLES, "attachments")
# Views for questions asked often, e.g. one indicator across provinces for a period
VIEWS = {
    PORTAL_HEALTH_VIEW: PORTAL_HEALTH_SQL,
    "indicator_series": """
        select a.province, a.province_2025, f.period_start, f.period_end, f.indicator,
            f.value, f.unit, f.total, f.change, f.compared_to, f.is_estimate, f.is_target,
            f.raw, f.indicator_text, a.url as article_url, a.title as article_title,
            a.published_at, a.meeting_date, a.id as article_id, f.attachment_id,
            f.id as figure_id
        from figures f join articles a on a.id = f.article_id
    """,
}
# The search index: the article's text with SQLite folding accents (remove_diacritics 2 makes
# "kiểm điểm", "kiem diem", "hoà" and "hòa" equal), plus a folded copy for what SQLite does not
# fold ("đồng" -> "dong"); its rowid is the article's id
SEARCH_TABLE = "articles_fts"
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"
SEARCH_SCHEMA = (
    f"create virtual table if not exists {SEARCH_TABLE} using fts5("
    f"title, lead, body, attachments, folded, tokenize = '{SEARCH_TOKENIZER}')"
)
# Search indexes that hold no copy of the text (FTS5 external content: read from the table,
# kept in step by triggers), written `content="table"` so that Datasette's detect_fts and
# datasette-search-all find them: table -> indexed columns
CONTENT_SEARCH = {
    "meetings": ("meeting_type", "level", "province", "province_2025", "chair_name"),
    "attachments": ("filename", "text", "notice_number", "notice_issuer", "signer"),
}
# What the indexes read of a column: remove_diacritics folds every accent but not "đ", a letter
# of its own, so it is indexed as "d" ("Đồng Tháp" as "dong thap"); the site folds "đ" in what
# readers type the same way (publish.plugin.fold_search_args)
INDEXED_VALUE = "replace(replace({}, 'đ', 'd'), 'Đ', 'D')"
# Where a capture's payload lies, for `select … from {PAYLOAD_JOIN}`: its own record, or for
# a revisit record the record of the capture it revisits
PAYLOAD_JOIN = "captures c left join captures payload on payload.id = c.revisit_of"
PAYLOAD_COLUMNS = (
    "coalesce(payload.warc_file, c.warc_file) as warc_file, "
    "coalesce(payload.offset, c.offset) as offset"
)


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Opens (creating if needed) the archive at path, in WAL mode, with every table present."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    # In WAL mode NORMAL still survives a killed process (a committed transaction is in the WAL
    # file) and loses at most the last transactions on a power cut, never the file's integrity;
    # FULL would add an fsync to every commit
    db.execute("PRAGMA synchronous = NORMAL")
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
    db["articles"].create_index(["meeting_date"], if_not_exists=True)
    db["articles"].create_index(["meeting_id"], if_not_exists=True)
    db["captures"].create_index(["url"], if_not_exists=True)
    for table in DERIVED_TABLES:
        db[table].create_index(["article_id"], if_not_exists=True)
    db["figures"].create_index(["indicator", "period_start"], if_not_exists=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
    create_views(db)
    db.execute(SEARCH_SCHEMA)
    for table, columns in CONTENT_SEARCH.items():
        if not db[f"{table}_fts"].exists():
            db.executescript(content_search_sql(table, columns))
    return db


def content_search_sql(table: str, columns: Sequence[str]) -> str:
    """The script creating table's external-content index, filling it from the table's rows
    and adding the triggers that keep it in step with them."""
    index = f"{table}_fts"
    names = ", ".join(columns)

    def values(row: str) -> str:
        return ", ".join(INDEXED_VALUE.format(f"{row}{column}") for column in columns)

    old, new = values("old."), values("new.")
    deleted = f"insert into {index} ({index}, rowid, {names}) values ('delete', old.id, {old});"
    inserted = f"insert into {index} (rowid, {names}) values (new.id, {new});"
    return f"""
        create virtual table {index} using fts5({names},
            tokenize = '{SEARCH_TOKENIZER}', content="{table}", content_rowid="id");
        insert into {index} (rowid, {names}) select id, {values("")} from {table};
        create trigger {table}_ai after insert on {table} begin {inserted} end;
        create trigger {table}_ad after delete on {table} begin {deleted} end;
        create trigger {table}_au after update on {table} begin {deleted} {inserted} end;
    """


def save_portals(db: sqlite_utils.Database, portals: Iterable[Portal]) -> None:
    """Inserts or refreshes registry portals in the portals table."""
    db["portals"].upsert_all(portal_rows(portals), pk="id", alter=True)


def ensure_portal(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    """Adds a portal found by crawling (not in the registry) unless it is already there."""
    db["portals"].insert(row, pk="id", ignore=True, alter=True)


def content_hash(record: ArticleRecord, attachments: Sequence[AttachmentReport] = ()) -> str:
    """A fingerprint of what the article says (title, lead, body) and of the files it attaches,
    blind to page furniture."""
    text = "\n".join(
        [record.title, record.lead or "", record.body, *(a.sha256 for a in attachments)]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def index_article(
    db: sqlite_utils.Database,
    article_id: int,
    record: ArticleRecord,
    attachments: Sequence[AttachmentReport],
) -> None:
    """Puts an article's text and its attachments' text, and a folded copy of all of it, in the
    search index (replacing any)."""
    attached = "\n".join(a.text.text for a in attachments if a.text)
    text = [record.title, record.lead or "", record.body, attached]
    db.execute(f"delete from {SEARCH_TABLE} where rowid = ?", [article_id])
    db.execute(
        f"insert into {SEARCH_TABLE} (rowid, title, lead, body, attachments, folded) "
        "values (?, ?, ?, ?, ?, ?)",
        [article_id, *text, fold("\n".join(text))],
    )


def analysis_columns(analysis: Analysis) -> dict[str, Any]:
    """The articles columns that come from the analysis of its text."""
    kind, place, chair = analysis.classification, analysis.place, analysis.chair
    period, upcoming = analysis.period, analysis.next_period
    return {
        "meeting_date": analysis.meeting_date,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "period_label": period.label if period else None,
        "next_period_start": upcoming.start if upcoming else None,
        "next_period_end": upcoming.end if upcoming else None,
        "next_period_label": upcoming.label if upcoming else None,
        "is_meeting": int(kind.is_meeting),
        "meeting_type": kind.meeting_type,
        "level": kind.level,
        "is_online": int(kind.is_online),
        "connected_sites": kind.connected_sites,
        "chair_name": chair.name if chair else None,
        "chair_title": chair.title if chair else None,
        "province": place.province,
        "province_2025": place.province_2025,
        "district": place.district,
        "meeting_place": analysis.venue,
        "extractor_version": EXTRACTOR_VERSION,
    }


def findings_rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Rows of each findings table for one analysed text, without article_id or attachment_id."""
    return {
        "dates": [asdict(mention) for mention in analysis.dates],
        "figures": [asdict(figure) for figure in analysis.figures],
        "people": [asdict(person) for person in analysis.people],
        "documents": [asdict(document) for document in analysis.documents],
        "directives": [asdict(directive) for directive in analysis.directives],
    }


def attachment_row(report: AttachmentReport) -> dict[str, Any]:
    """The attachments row of a read attachment, without its article_id."""
    read, notice = report.text, report.notice
    return {
        "url": report.url,
        "filename": report.filename,
        "content_type": report.content_type,
        "bytes": report.size,
        "sha256": report.sha256,
        "text": read.text if read else None,
        "notes": json.dumps(list(read.notes), ensure_ascii=False) if read else None,
        "ocr": int(read.ocr) if read else None,
        "pages": read.pages if read else None,
        "error": report.error,
        "notice_number": notice.number if notice else None,
        "notice_issued_on": notice.issued_on if notice else None,
        "notice_issuer": notice.issuer if notice else None,
        "signer": notice.signer if notice else None,
        "signer_title": notice.signer_title if notice else None,
        "recipients": json.dumps(list(notice.recipients), ensure_ascii=False) if notice else None,
    }


def write_findings(
    db: sqlite_utils.Database,
    article_id: int,
    record: ArticleRecord,
    analysis: Analysis,
    attachments: Sequence[AttachmentReport],
    sources: Sources,
) -> None:
    """Writes the images, the attachments, and what was found in the article's text and in
    each attachment's text."""
    db["images"].insert_all({"article_id": article_id, **asdict(i)} for i in record.images)
    texts: list[tuple[int | None, Analysis]] = [(None, analysis)]
    for report in attachments:
        capture_id = sources.attachment_captures.get(report.url)
        row = {"article_id": article_id, **attachment_row(report), "capture_id": capture_id}
        attachment_id = db["attachments"].insert(row).last_pk
        if report.analysis is not None:
            texts.append((attachment_id, report.analysis))
    for attachment_id, found in texts:
        for table, rows in findings_rows(found).items():
            db[table].insert_all(
                {"article_id": article_id, "attachment_id": attachment_id, **r} for r in rows
            )


# The articles columns that say which meeting an article reports
MEETING_FACTS = (
    "id, meeting_id, meeting_date, province, province_2025, level, district, meeting_type, "
    "chair_name"
)


def meeting_row(group: MeetingGroup) -> dict[str, Any]:
    """The meetings row of a group of reports."""
    meeting = group.meeting
    return {
        "province": meeting.province,
        "province_2025": meeting.province_2025,
        "level": meeting.level,
        "meeting_type": meeting.meeting_type,
        "meeting_date": meeting.meeting_date,
        "chair_name": meeting.chair_name,
    }


def link_meetings(db: sqlite_utils.Database, day: str) -> set[int]:
    """Stores the meetings (extract/meetings.py) of the articles reporting a meeting held on
    day, keeping the meetings rows they pointed to where it can, and deletes that day's rows
    left without articles; returns the ids of the articles whose meeting_id changed."""
    rows = list(
        db.query(
            f"select {MEETING_FACTS} from articles where meeting_date = ? and is_meeting "
            "order by id",
            [day],
        )
    )
    current = {row["id"]: row["meeting_id"] for row in rows}
    facts = (
        MeetingFacts(
            article=row["id"],
            meeting_date=row["meeting_date"],
            province=row["province"],
            province_2025=row["province_2025"],
            level=row["level"],
            district=row["district"],
            meeting_type=row["meeting_type"],
            chair_name=row["chair_name"],
        )
        for row in rows
    )
    used: list[int] = []
    changed = set()
    for group in group_meetings(facts):
        row = meeting_row(group)
        kept = sorted({current[a] for a in group.articles} - {None, *used})
        if kept:
            meeting_id = kept[0]
            db["meetings"].update(meeting_id, row)
        else:
            meeting_id = db["meetings"].insert(row).last_pk
        used.append(meeting_id)
        for article_id in group.articles:
            if current[article_id] != meeting_id:
                db["articles"].update(article_id, {"meeting_id": meeting_id})
                changed.add(article_id)
    marks = ", ".join("?" * len(used))
    db.execute(f"delete from meetings where meeting_date = ? and id not in ({marks})", [day, *used])
    return changed


def delete_unreported_meetings(db: sqlite_utils.Database) -> int:
    """Deletes the meetings rows that no article points to; returns how many."""
    cursor = db.execute(
        "delete from meetings where id not in "
        "(select meeting_id from articles where meeting_id is not null)"
    )
    return cursor.rowcount


@dataclass(frozen=True)
class Sources:
    """Where an article came from: when it was fetched, and the raw captures of its page and of
    its attachments (by URL)."""

    fetched_at: str
    page_capture: int | None = None
    attachment_captures: dict[str, int] = field(default_factory=dict)


# Columns of an articles row that an edit on the portal replaces, kept in article_versions
VERSIONED = (
    "title",
    "lead",
    "body",
    "author",
    "published_at",
    "content_sha256",
    "fetched_at",
    "capture_id",
)


def year_of(iso: str | None) -> int | None:
    """The year of an ISO date or date-time, for facets: "2021-07-07" -> 2021."""
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def save_article(
    db: sqlite_utils.Database,
    url: str,
    portal_id: str,
    record: ArticleRecord,
    analysis: Analysis,
    sources: Sources,
    attachments: Sequence[AttachmentReport] = (),
    reextract: bool = False,
) -> str:
    """Writes an article, its attachments and everything found in them in one transaction;
    says "new", "updated" (its text changed: the previous one is kept in article_versions) or
    "same" (nothing written but, for an article marked vanished, that it is back). Re-extraction
    rewrites every row of an article in place and leaves linking its meeting to the caller
    (link_meetings). The article's meeting columns come from its attached notice when the web
    item only points to it."""
    digest = content_hash(record, attachments)
    existing = next(db.query("select * from articles where url = ?", [url]), None)
    if existing and existing["content_sha256"] == digest and not reextract:
        if existing["vanished_at"] is not None:
            with db.atomic():
                db["articles"].update(existing["id"], {"vanished_at": None})
        return "same"
    primary = primary_analysis(record.body, analysis, attachments)
    reports_meeting = primary.classification.is_meeting and primary.meeting_date is not None
    row = {
        "url": url,
        "portal_id": portal_id,
        "title": record.title,
        "lead": record.lead,
        "body": record.body,
        "author": record.author,
        "published_at": record.published_at,
        "fetched_at": sources.fetched_at,
        "content_sha256": digest,
        "platform": record.platform,
        "year": year_of(primary.meeting_date or record.published_at),
        "capture_id": sources.page_capture,
        "vanished_at": None,
        "meeting_id": existing["meeting_id"] if existing and reports_meeting else None,
        **analysis_columns(primary),
    }
    if reextract and existing:
        row["vanished_at"] = existing["vanished_at"]
    with db.atomic():
        if existing:
            article_id = existing["id"]
            if not reextract:
                version = {column: existing[column] for column in VERSIONED}
                db["article_versions"].insert(
                    {"article_id": article_id, **version, "replaced_at": sources.fetched_at}
                )
            db["articles"].update(article_id, row)
            for table in DERIVED_TABLES:
                db[table].delete_where("article_id = ?", [article_id])
        else:
            article_id = db["articles"].insert(row).last_pk
        write_findings(db, article_id, record, analysis, attachments, sources)
        index_article(db, article_id, record, attachments)
        if not reextract:
            days = {existing["meeting_date"] if existing else None, row["meeting_date"]}
            for day in sorted(days - {None}):
                link_meetings(db, day)
    return "updated" if existing else "new"


def record_capture(
    db: sqlite_utils.Database,
    capture: Capture,
    portal_id: str,
    kind: str,
    headers: list,
    revisit_of: int | None = None,
) -> int:
    """Writes a captures row for a response kept in the WARC files (revisit_of: the capture
    holding the payload of a revisit record); returns its id."""
    found = {name.lower(): value for name, value in headers}
    row = {
        **asdict(capture),
        "portal_id": portal_id,
        "kind": kind,
        "etag": found.get("etag"),
        "last_modified": found.get("last-modified"),
        "revisit_of": revisit_of,
    }
    return db["captures"].insert(row).last_pk


def latest_capture(db: sqlite_utils.Database, url: str) -> int | None:
    """The id of the newest capture of a URL, if it was ever captured."""
    return next(db.query("select max(id) id from captures where url = ?", [url]))["id"]


def payload_capture(
    db: sqlite_utils.Database, url: str, status: int, sha256: str
) -> dict[str, Any] | None:
    """The capture that holds the payload of a URL's newest capture, when that capture had
    this status and payload digest (so a new one is a revisit): its id, url and fetched_at."""
    newest = next(
        db.query(
            "select coalesce(revisit_of, id) id, status, sha256 from captures where id = "
            "(select max(id) from captures where url = ?)",
            [url],
        ),
        None,
    )
    if newest is None or (newest["status"], newest["sha256"]) != (status, sha256):
        return None
    return db["captures"].get(newest["id"])


def mark_vanished(db: sqlite_utils.Database, url: str, at: str) -> bool:
    """Marks an archived article that its portal no longer serves; says whether one was."""
    with db.atomic():
        cursor = db.execute(
            "update articles set vanished_at = ? where url = ? and vanished_at is null", [at, url]
        )
        return cursor.rowcount > 0


def open_crawl(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    """Writes a crawls row for a run still going (its figures come at its end); returns its id."""
    return db["crawls"].insert(row).last_pk


def record_crawl_error(
    db: sqlite_utils.Database, crawl_id: int, url: str, error: str, at: str
) -> None:
    """Writes one crawl_errors row of a crawl."""
    db["crawl_errors"].insert({"crawl_id": crawl_id, "url": url, "error": error, "at": at})


def close_crawl(db: sqlite_utils.Database, crawl_id: int | None, row: dict[str, Any]) -> int:
    """Writes a crawl's figures at its end, into its crawls row (a new one when the crawl
    opened none); returns the row's id."""
    if crawl_id is None:
        return open_crawl(db, row)
    db["crawls"].update(crawl_id, row)
    return crawl_id


def start_urls_json(urls: Iterable[str]) -> str:
    """A list of start URLs as the JSON text the portals table keeps."""
    return json.dumps(list(urls), ensure_ascii=False)
