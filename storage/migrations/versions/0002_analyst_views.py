"""Views for analysts: v_events, v_changes, v_checks_daily, v_outages; an index for outages.

The views answer the statistics team's common questions without any knowledge of
JSON columns or UTC text formats (docs/analysts.md explains them with examples).
Most SQL is shared; the few date and JSON expressions differ between SQLite and
PostgreSQL and are picked by dialect below. Days are UTC calendar days on both.

"Down" means a check that ``failed`` (no usable answer) or was ``refused`` (answered,
but not a usable series page). An outage runs from the start of its first such check
to the start of the next successful check (``changed``, ``unchanged``,
``not_modified``): the page was seen down then and seen working again then, so the
measure is exact to one check interval.

A later migration that rebuilds ``pages``, ``checks``, ``events`` or ``changes`` on SQLite
(batch mode copies and renames the table) must drop these views first and recreate them:
SQLite refuses to rename a table into place while a view refers to a missing one.

Revision ID: 0002
Revises: 0001
Create Date: 2025-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DOWN = "('failed', 'refused')"
UP = "('changed', 'unchanged', 'not_modified')"
VIEWS = ("v_outages", "v_checks_daily", "v_changes", "v_events")
# Small: only down checks are in it. The outage view finds its rows through it.
DOWN_INDEX = "ix_checks_down"


def _sql(dialect: str) -> dict[str, str]:
    """The dialect-specific expressions, as format templates."""
    if dialect == "postgresql":
        return {
            "day": "CAST(({col} AT TIME ZONE 'UTC') AS date)",
            "lead": "(e.date - CAST((e.first_seen_at AT TIME ZONE 'UTC') AS date))",
            "minutes": "CAST(ROUND(EXTRACT(EPOCH FROM ({end} - {start})) / 60) AS integer)",
            "title": "COALESCE(c.data->'new'->>'title', c.data->'old'->>'title')",
            "date": "COALESCE(c.data->'new'->>'date', c.data->'old'->>'date')",
            "field_names": (
                "(SELECT string_agg(f.value->>'field', ', ' ORDER BY f.n)"
                " FROM jsonb_array_elements(c.fields) WITH ORDINALITY AS f(value, n))"
            ),
            "never": "CAST('infinity' AS timestamptz)",
        }
    return {
        "day": "date({col})",
        "lead": "CAST(ROUND(julianday(e.date) - julianday(date(e.first_seen_at))) AS INTEGER)",
        "minutes": "CAST(ROUND((julianday({end}) - julianday({start})) * 1440) AS INTEGER)",
        "title": (
            "COALESCE(json_extract(c.data, '$.new.title'), json_extract(c.data, '$.old.title'))"
        ),
        "date": "COALESCE(json_extract(c.data, '$.new.date'), json_extract(c.data, '$.old.date'))",
        "field_names": (
            "(SELECT group_concat(json_extract(f.value, '$.field'), ', ')"
            " FROM json_each(c.fields) AS f)"
        ),
        "never": "'9999-12-31 23:59:59.999999Z'",
    }


def _count_changes(kind: str) -> str:
    return f"(SELECT COUNT(*) FROM changes ch WHERE ch.event_id = e.id AND ch.kind = '{kind}')"


def _v_events(sql: dict[str, str]) -> str:
    return f"""
CREATE VIEW v_events AS
SELECT
    e.id AS event_id,
    p.name AS page,
    e.key,
    e.first_key,
    e.title,
    e.status,
    e.date,
    e.start_local,
    e.end_local,
    e.location,
    e.first_seen_at,
    e.last_seen_at,
    e.gone_at,
    {sql["lead"]} AS lead_days,
    CASE WHEN EXISTS (
        SELECT 1 FROM changes ch WHERE ch.event_id = e.id AND ch.kind = 'new_date'
    ) THEN 1 ELSE 0 END AS announced,
    {_count_changes("rescheduled")} AS times_rescheduled,
    {_count_changes("updated")} AS times_updated,
    CASE WHEN e.status = 'cancelled' THEN 1 ELSE 0 END AS cancelled
FROM events e
JOIN pages p ON p.id = e.page_id
"""


def _v_changes(sql: dict[str, str]) -> str:
    return f"""
CREATE VIEW v_changes AS
SELECT
    c.id AS change_id,
    p.name AS page,
    c.event_id,
    e.key AS event_key,
    e.first_key AS event_first_key,
    {sql["title"]} AS event_title,
    {sql["date"]} AS event_date,
    c.kind,
    c.detected_at,
    c.check_id,
    COALESCE({sql["field_names"]}, '') AS field_names,
    c.fields
FROM changes c
JOIN pages p ON p.id = c.page_id
LEFT JOIN events e ON e.id = c.event_id
"""


def _outcome_count(outcome: str) -> str:
    return f"SUM(CASE WHEN c.outcome = '{outcome}' THEN 1 ELSE 0 END)"


def _v_checks_daily(sql: dict[str, str]) -> str:
    next_check = (
        "(SELECT MIN(n.started_at) FROM checks n"
        " WHERE n.page_id = c.page_id AND n.started_at > c.started_at)"
    )
    minutes = sql["minutes"].format(start="c.started_at", end=next_check)
    day = sql["day"].format(col="c.started_at")
    return f"""
CREATE VIEW v_checks_daily AS
SELECT
    p.name AS page,
    {day} AS day,
    COUNT(*) AS checks,
    {_outcome_count("failed")} AS failures,
    {_outcome_count("refused")} AS refused,
    {_outcome_count("not_modified")} AS not_modified,
    {_outcome_count("unchanged")} AS unchanged,
    {_outcome_count("changed")} AS changed,
    MIN(CASE WHEN c.outcome IN {DOWN} THEN c.started_at END) AS first_failure_at,
    MAX(CASE WHEN c.outcome IN {DOWN} THEN c.started_at END) AS last_failure_at,
    SUM(CASE WHEN c.outcome IN {DOWN} THEN COALESCE({minutes}, 0) ELSE 0 END)
        AS downtime_minutes
FROM checks c
JOIN pages p ON p.id = c.page_id
GROUP BY p.name, {day}
"""


def _v_outages(sql: dict[str, str]) -> str:
    # A run starts at a down check whose previous check (if any) was not down.
    previous = (
        "(SELECT pc.outcome FROM checks pc"
        " WHERE pc.page_id = c.page_id AND pc.started_at < c.started_at"
        " ORDER BY pc.started_at DESC LIMIT 1)"
    )
    recovered = (
        "(SELECT n.started_at FROM checks n"
        " WHERE n.page_id = c.page_id AND n.started_at > c.started_at"
        f" AND n.outcome IN {UP} ORDER BY n.started_at LIMIT 1)"
    )
    checks_in_run = (
        "(SELECT COUNT(*) FROM checks f WHERE f.page_id = o.page_id"
        " AND f.started_at >= o.started_at"
        f" AND f.started_at < COALESCE(o.ended_at, {sql['never']}))"
    )
    return f"""
CREATE VIEW v_outages AS
SELECT
    p.name AS page,
    o.started_at,
    o.ended_at,
    {sql["minutes"].format(start="o.started_at", end="o.ended_at")} AS minutes,
    {checks_in_run} AS checks,
    o.first_error
FROM (
    SELECT
        c.page_id,
        c.started_at,
        {recovered} AS ended_at,
        c.error AS first_error
    FROM checks c
    WHERE c.outcome IN {DOWN}
      AND COALESCE({previous}, 'none') NOT IN {DOWN}
) o
JOIN pages p ON p.id = o.page_id
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    sql = _sql(dialect)
    # Partial indexes work the same on SQLite and PostgreSQL.
    op.execute(f"CREATE INDEX {DOWN_INDEX} ON checks (page_id, started_at) WHERE outcome IN {DOWN}")
    for build in (_v_events, _v_changes, _v_checks_daily, _v_outages):
        op.execute(build(sql))


def downgrade() -> None:
    for view in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {view}")
    op.execute(f"DROP INDEX IF EXISTS {DOWN_INDEX}")
