"""The tables every check touches, as SQLAlchemy Core ``Table`` objects (no ORM).

An unchanged check (a 304) reads and writes only ``pages``, ``page_state``, ``checks``,
``events``, ``leases`` and ``robots``, with prepared Core statements. Declaring those tables here,
apart from the ORM classes, lets such a check run without importing SQLAlchemy's
mapper machinery at all (a third of a one-shot ``check``'s start-up); ``storage.schema``
maps its ORM classes onto these same tables (``__table__``), so there is one
definition of each. The column types live here too, for the same reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TIMESTAMP, TypeDecorator, TypeEngine

CHECK_OUTCOMES = ("changed", "unchanged", "not_modified", "failed", "refused")
_SQLITE_FORMAT = "%Y-%m-%d %H:%M:%S.%fZ"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored in UTC; naive datetimes are refused."""

    impl = TIMESTAMP(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(27))
        return dialect.type_descriptor(TIMESTAMP(timezone=True))

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: times must be timezone-aware")
        utc = value.astimezone(dt.UTC)
        return utc.strftime(_SQLITE_FORMAT) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            # The fixed format above; fromisoformat reads it (with its "Z") six times
            # faster than strptime, and every check reads several of these.
            return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
        assert isinstance(value, dt.datetime)
        return value.astimezone(dt.UTC)


class JSONType(TypeDecorator[Any]):
    """JSON, stored as ``jsonb`` on PostgreSQL.

    The same as ``JSON().with_variant(JSONB(), "postgresql")``, but the PostgreSQL
    dialect is imported only when a PostgreSQL database is used.
    """

    impl = JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSONB  # noqa: PLC0415

            return dialect.type_descriptor(JSONB())
        return dialect.type_descriptor(JSON())


def in_values(column: str, values: tuple[str, ...]) -> str:
    """SQL ``column IN ('a', 'b')`` for a check constraint."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


pages = Table(
    "pages",
    metadata,
    Column("id", Integer, primary_key=True, comment="Page id."),
    Column("name", String(100), nullable=False, unique=True, comment="Name from the config."),
    Column("url", Text, nullable=False, comment="URL the page is fetched from."),
    Column("parser", String(50), nullable=False, comment="Parser name, e.g. rvr-series."),
    Column("created_at", UTCDateTime, nullable=False, comment="First use (UTC)."),
    comment="Watched pages, one row per configured page name.",
)

page_state = Table(
    "page_state",
    metadata,
    Column("page_id", ForeignKey("pages.id"), primary_key=True, comment="The page."),
    Column(
        "consecutive_failures",
        Integer,
        nullable=False,
        default=0,
        comment="Failed or refused checks since the last success.",
    ),
    Column(
        "failing_since",
        UTCDateTime,
        comment="Start of the first failed check of the current outage (UTC).",
    ),
    Column(
        "alert_open",
        Boolean,
        nullable=False,
        default=False,
        comment="A monitor_error was recorded and not yet recovered.",
    ),
    Column("last_check_at", UTCDateTime, comment="Start of the last check (UTC)."),
    Column(
        "last_success_at",
        UTCDateTime,
        comment="Start of the last successful check, 304 included (UTC).",
    ),
    Column("etag", Text, comment="ETag for the next conditional GET."),
    Column("last_modified", Text, comment="Last-Modified for the next conditional GET."),
    Column(
        "last_good_snapshot_id",
        ForeignKey("snapshots.id"),
        comment="Snapshot of the last parsed page; diffs start here.",
    ),
    comment="Monitoring state of each page, updated by every check.",
)

checks = Table(
    "checks",
    metadata,
    Column("id", Integer, primary_key=True, comment="Check id."),
    Column("page_id", ForeignKey("pages.id"), nullable=False, comment="The page checked."),
    Column("started_at", UTCDateTime, nullable=False, comment="Start (UTC)."),
    Column("duration_ms", Integer, nullable=False, comment="Duration in milliseconds."),
    Column("http_status", Integer, comment="Final HTTP status, null when no answer."),
    Column("bytes", Integer, comment="Size of the body received."),
    Column(
        "outcome",
        String(12),
        nullable=False,
        comment="changed, unchanged, not_modified, failed or refused.",
    ),
    Column("error", Text, comment="Why it failed or was refused."),
    Column(
        "snapshot_id",
        ForeignKey("snapshots.id", use_alter=True),
        comment="Content this check saw (for not_modified: the stored one confirmed).",
    ),
    CheckConstraint(in_values("outcome", CHECK_OUTCOMES), name="outcome"),
    Index("ix_checks_page_started", "page_id", "started_at"),
    # ix_checks_down (partial) is declared in storage.schema, with the ORM classes.
    comment="Every check of a page, successful or not.",
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, comment="Event id (stable identity)."),
    Column("page_id", ForeignKey("pages.id"), nullable=False, comment="The page."),
    Column("key", Text, nullable=False, comment="Current key from the parser."),
    Column("first_key", Text, nullable=False, comment="Key when first seen."),
    Column("title", Text, nullable=False, comment="Current title."),
    Column("date", Date, nullable=False, comment="Current (first) day."),
    Column(
        "start_local", Text, comment="Start, local ISO 8601 with offset; null when no time given."
    ),
    Column("end_local", Text, comment="End, local ISO 8601 with offset; null when no time given."),
    Column("start_utc", UTCDateTime, comment="Start in UTC, for sorting."),
    Column("status", String(12), nullable=False, comment="upcoming, past or cancelled."),
    Column("location", Text, comment="Place as published."),
    Column("first_seen_at", UTCDateTime, nullable=False, comment="First seen (UTC)."),
    Column(
        "last_seen_at",
        UTCDateTime,
        nullable=False,
        comment="Last successful check that saw it (UTC).",
    ),
    Column(
        "first_seen_check_id",
        ForeignKey("checks.id"),
        nullable=False,
        comment="Check that first saw it.",
    ),
    Column(
        "last_check_id",
        ForeignKey("checks.id"),
        nullable=False,
        comment="Last successful check that saw it.",
    ),
    Column(
        "gone_at",
        UTCDateTime,
        comment="When it disappeared from the page (UTC); null while listed.",
    ),
    Column("data", JSONType(), nullable=False, comment="Current event JSON."),
    Index("ix_events_page_key", "page_id", "key"),
    comment="One row per event identity, holding its current state.",
)

leases = Table(
    "leases",
    metadata,
    Column("name", String(200), primary_key=True, comment="Lease name."),
    Column("holder", Text, nullable=False, comment="Process holding it."),
    Column("acquired_at", UTCDateTime, nullable=False, comment="Taken at (UTC)."),
    Column("expires_at", UTCDateTime, nullable=False, comment="Expires at (UTC)."),
    comment="Named leases so only one process works on a page at a time.",
)

robots = Table(
    "robots",
    metadata,
    Column("host", String(255), primary_key=True, comment="scheme://host."),
    Column("fetched_at", UTCDateTime, nullable=False, comment="Fetched at (UTC)."),
    Column("status", Integer, comment="HTTP status of robots.txt."),
    Column("body", Text, comment="robots.txt text."),
    comment="Cached robots.txt per host.",
)

blobs = Table(
    "blobs",
    metadata,
    Column(
        "sha256", String(64), primary_key=True, comment="SHA-256 (hex) of the uncompressed content."
    ),
    Column("codec", String(10), nullable=False, comment="How data is compressed: zlib."),
    Column("size", Integer, nullable=False, comment="Uncompressed size in bytes."),
    Column("data", LargeBinary, nullable=False, comment="The content, compressed."),
    comment="Bodies and parsed pages, each stored once by content (SHA-256), compressed.",
)
