"""Views for the questions journalists ask most, and the indexes that keep them fast."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.db import DescIndex


def distinct_values(name: str, column: str) -> str:
    """A recursive common table expression `name(name)` of the distinct values of an articles
    column in order, each found by one search of the column's index, ending with a null."""
    return (
        f"{name}(name) as (select min({column}) from articles union all select (select "
        f"min({column}) from articles where {column} > {name}.name) from {name} "
        f"where {name}.name is not null)"
    )


# View name -> its SQL; the names and columns are a contract with SQL users: add, never rename
JOURNALIST_VIEWS = {
    # Reports of meetings, with the columns a journalist reads, newest meeting first
    "meeting_reports": """
        select a.meeting_date, a.province, a.province_2025, a.district, a.level, a.meeting_type,
            a.chair_name, a.chair_title, a.period_label, a.title, a.published_at, a.url,
            a.id as article_id, a.meeting_id
        from articles a where a.is_meeting = 1
    """,
    # The chair's tasks, with the meeting they were given at
    "chair_tasks": """
        select a.meeting_date, a.chair_name, a.chair_title, a.province, a.province_2025,
            a.level, d.seq, d.text, d.agency, d.deadline, a.title, a.id as article_id,
            a.meeting_id, d.attachment_id, d.id as directive_id
        from directives d join articles a on a.id = d.article_id
    """,
    # One row per meeting, with how much its reports say
    "meeting_summary": """
        select m.id as meeting_id, m.meeting_date, m.province, m.province_2025, m.level,
            m.meeting_type, m.chair_name,
            (select count(*) from articles a where a.meeting_id = m.id) as reports,
            (select count(*) from figures f join articles a on a.id = f.article_id
                where a.meeting_id = m.id) as figures,
            (select count(*) from directives d join articles a on a.id = d.article_id
                where a.meeting_id = m.id) as tasks,
            (select count(*) from documents doc join articles a on a.id = doc.article_id
                where a.meeting_id = m.id) as documents,
            (select min(a.title) from articles a where a.meeting_id = m.id) as title
        from meetings m
    """,
    # Every province name and chair name the archive has, once each: the forms' choices, and
    # what the queries' accent-forgiving filters compare (a few hundred names, not every row).
    # Read name after name from the column's index (each the least one above the last), not
    # by reading every article's entry: at 300,000 articles 0 ms instead of 75
    "province_names": f"""
        with recursive {distinct_values("old", "province")},
          {distinct_values("new", "province_2025")}
        select name from old where name is not null
        union select name from new where name is not null
    """,
    "chair_names": f"""
        with recursive {distinct_values("chairs", "chair_name")}
        select name from chairs where name is not null
    """,
    # Reported results (targets left out) and targets, apart, with the meeting's level
    "indicator_results": """
        select s.*, a.level, a.district, a.meeting_id
        from indicator_series s join articles a on a.id = s.article_id where not s.is_target
    """,
    "indicator_targets": """
        select s.*, a.level, a.district, a.meeting_id
        from indicator_series s join articles a on a.id = s.article_id where s.is_target
    """,
}
# Indexes the views, canned queries and facets use: (table, columns)
JOURNALIST_INDEXES = (
    ("articles", ["published_at"]),
    ("articles", ["province_2025"]),
    ("articles", ["province"]),
    ("articles", ["year"]),
    ("articles", ["meeting_type"]),
    ("figures", ["period_end"]),
    ("articles", ["meeting_id"]),
    ("articles", ["is_meeting", "meeting_date"]),
    ("articles", ["province", "meeting_date"]),
    ("articles", ["chair_name"]),
    # The search form's choice of level, and the meeting_reports view's default facets, by
    # level too
    ("articles", ["level"]),
    ("articles", ["is_meeting", "province_2025"]),
    ("articles", ["is_meeting", "level", "province_2025", "meeting_type"]),
    ("articles", ["is_meeting", "meeting_type"]),
    ("articles", ["is_meeting", "chair_name"]),
    # portal_health's articles per portal, and its latest one, without reading the articles
    ("articles", ["portal_id", "published_at", "fetched_at"]),
    # indicator_results and indicator_series of one indicator, latest period first
    ("figures", ["indicator", "period_end"]),
    # An articles page filtered by year or new province: its rows newest first and its
    # default facets, read from the index (a row's columns lie after its long body text)
    ("articles", ["year", "published_at"]),
    ("articles", ["year", "province_2025"]),
    ("articles", ["year", "meeting_type"]),
    ("articles", ["province_2025", "published_at"]),
    ("articles", ["province_2025", "year"]),
    ("articles", ["province_2025", "meeting_type"]),
    ("meetings", ["meeting_date"]),
    ("directives", ["deadline"]),
    # chair_directives newest meeting first without sorting every task of a common name: the
    # articles in its order with their chair read from the index, each one's tasks in order
    ("articles", [DescIndex("meeting_date"), "id", "chair_name"]),
    ("directives", ["article_id", "seq"]),
    ("documents", ["number"]),
)


def create_views(db: sqlite_utils.Database) -> None:
    """Creates (or refreshes) the journalists' views and their indexes."""
    for table, columns in JOURNALIST_INDEXES:
        db[table].create_index(columns, if_not_exists=True)
    for name, sql in JOURNALIST_VIEWS.items():
        db.create_view(name, sql, replace=True)
