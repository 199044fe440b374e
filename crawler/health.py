"""How each portal's crawls are going: the SQL of the archive's portal_health view."""

from __future__ import annotations

# The view's name in the archive (crawler/archive.py VIEWS registers PORTAL_HEALTH_SQL under it)
PORTAL_HEALTH_VIEW = "portal_health"
# One row per portal of the portals table, those whose last crawl went wrong first. Times are
# compared through julianday(), which reads the archive's "2025-07-01T06:00:00+07:00" as UTC;
# "failed" runs are those of any status but ok; articles per month are those published in the
# last 12 months, divided by 12
PORTAL_HEALTH_SQL = """
with runs as (
    select portal_id,
        max(id) as last_crawl_id,
        count(*) as runs,
        max(case when status = 'ok' then finished_at end) as last_ok_at,
        count(case when status <> 'ok'
            and julianday(started_at) >= julianday('now', '-7 days') then 1 end)
            as failed_runs_last_7
    from crawls
    group by portal_id
),
errors as (
    select c.portal_id,
        count(case when julianday(e.at) >= julianday('now', '-7 days') then 1 end)
            as recent_errors,
        max(e.id) as last_error_id
    from crawl_errors e
    join crawls c on c.id = e.crawl_id
    group by c.portal_id
),
published as (
    select portal_id,
        max(fetched_at) as last_new_article_at,
        count(case when julianday(published_at) >= julianday('now', '-30 days') then 1 end)
            as articles_last_30_days,
        round(count(case when julianday(published_at) >= julianday('now', '-12 months')
            then 1 end) / 12.0, 1) as articles_per_month
    from articles
    group by portal_id
)
select p.id as portal_id,
    p.name,
    last.status as last_status,
    last.finished_at as last_run_at,
    round((julianday(last.finished_at) - julianday(last.started_at)) * 86400)
        as last_run_seconds,
    runs.last_ok_at,
    published.last_new_article_at,
    coalesce(published.articles_last_30_days, 0) as articles_last_30_days,
    coalesce(published.articles_per_month, 0.0) as articles_per_month,
    coalesce(runs.runs, 0) as runs,
    coalesce(runs.failed_runs_last_7, 0) as failed_runs_last_7,
    coalesce(errors.recent_errors, 0) as recent_errors,
    last_error.error as last_error,
    coalesce(last.disagreements, 0) as last_disagreements
from portals p
left join runs on runs.portal_id = p.id
left join crawls last on last.id = runs.last_crawl_id
left join errors on errors.portal_id = p.id
left join crawl_errors last_error on last_error.id = errors.last_error_id
left join published on published.portal_id = p.id
order by last.status is null, last.status = 'ok', p.id
"""
