"""The tables of the history database (SQLAlchemy 2.0 declarative, typed).

This module describes the schema the code works with; the schema itself is only
ever created or changed by the Alembic migrations in ``storage/migrations`` (a
test checks that both agree). Every column carries a ``comment`` for analysts;
``docs/database.md`` explains the tables.

Times are UTC (:class:`UTCDateTime`): PostgreSQL ``timestamptz``, SQLite text
``YYYY-MM-DD HH:MM:SS.ffffffZ`` (fixed width, so it sorts, and SQLite's date
functions read it). Event times as published keep their offset in ``*_local``
text columns.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, get_args

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TIMESTAMP, TypeDecorator, TypeEngine

from storage.diff import CHANGE_KINDS as EVENT_CHANGE_KINDS
from storage.diff import MONITOR_KINDS

# What a check's row says happened (rvr_watch.engine.pipeline adds "skipped", never stored).
CheckOutcome = Literal["changed", "unchanged", "not_modified", "failed", "refused"]
CHECK_OUTCOMES: tuple[CheckOutcome, ...] = get_args(CheckOutcome)
# Event changes come from the diff; the monitor's alerts are recorded beside them.
CHANGE_KINDS = (*EVENT_CHANGE_KINDS, *MONITOR_KINDS)
# --- deliveries (the outbox state machine, migration 0004; docs/notifications.md) ---
DELIVERY_STATUSES = ("pending", "claimed", "sending", "sent", "uncertain", "failed")
_SQLITE_FORMAT = "%Y-%m-%d %H:%M:%S.%fZ"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


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
            return dt.datetime.strptime(value, _SQLITE_FORMAT).replace(tzinfo=dt.UTC)
        assert isinstance(value, dt.datetime)
        return value.astimezone(dt.UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class PageRow(Base):
    __tablename__ = "pages"
    __table_args__ = ({"comment": "Watched pages, one row per configured page name."},)

    id: Mapped[int] = mapped_column(primary_key=True, comment="Page id.")
    name: Mapped[str] = mapped_column(String(100), unique=True, comment="Name from the config.")
    url: Mapped[str] = mapped_column(Text, comment="URL the page is fetched from.")
    parser: Mapped[str] = mapped_column(String(50), comment="Parser name, e.g. rvr-series.")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="First use (UTC).")


class PageStateRow(Base):
    __tablename__ = "page_state"
    __table_args__ = ({"comment": "Monitoring state of each page, updated by every check."},)

    page_id: Mapped[int] = mapped_column(
        ForeignKey("pages.id"), primary_key=True, comment="The page."
    )
    consecutive_failures: Mapped[int] = mapped_column(
        Integer, default=0, comment="Failed or refused checks since the last success."
    )
    failing_since: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="Start of the first failed check of the current outage (UTC)."
    )
    alert_open: Mapped[bool] = mapped_column(
        Boolean, default=False, comment="A monitor_error was recorded and not yet recovered."
    )
    last_check_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="Start of the last check (UTC)."
    )
    last_success_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="Start of the last successful check, 304 included (UTC)."
    )
    etag: Mapped[str | None] = mapped_column(Text, comment="ETag for the next conditional GET.")
    last_modified: Mapped[str | None] = mapped_column(
        Text, comment="Last-Modified for the next conditional GET."
    )
    last_good_snapshot_id: Mapped[int | None] = mapped_column(
        ForeignKey("snapshots.id"), comment="Snapshot of the last parsed page; diffs start here."
    )


class CheckRow(Base):
    __tablename__ = "checks"
    __table_args__ = (
        CheckConstraint(_in("outcome", CHECK_OUTCOMES), name="outcome"),
        Index("ix_checks_page_started", "page_id", "started_at"),
        # For the analysts' outage views (migration 0002): failed and refused checks only.
        Index(
            "ix_checks_down",
            "page_id",
            "started_at",
            sqlite_where=text("outcome IN ('failed', 'refused')"),
            postgresql_where=text("outcome IN ('failed', 'refused')"),
        ),
        {"comment": "Every check of a page, successful or not."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Check id.")
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"), comment="The page checked.")
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Start (UTC).")
    duration_ms: Mapped[int] = mapped_column(Integer, comment="Duration in milliseconds.")
    http_status: Mapped[int | None] = mapped_column(
        Integer, comment="Final HTTP status, null when no answer."
    )
    bytes: Mapped[int | None] = mapped_column(Integer, comment="Size of the body received.")
    outcome: Mapped[str] = mapped_column(
        String(12), comment="changed, unchanged, not_modified, failed or refused."
    )
    error: Mapped[str | None] = mapped_column(Text, comment="Why it failed or was refused.")
    snapshot_id: Mapped[int | None] = mapped_column(
        ForeignKey("snapshots.id", use_alter=True),
        comment="Content this check saw (for not_modified: the stored one confirmed).",
    )


class SnapshotRow(Base):
    __tablename__ = "snapshots"
    __table_args__ = (
        UniqueConstraint("page_id", "sha256"),
        {"comment": "Each distinct body of a page, stored once, zlib-compressed."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Snapshot id.")
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"), comment="The page.")
    sha256: Mapped[str] = mapped_column(String(64), comment="SHA-256 (hex) of the raw body.")
    size: Mapped[int] = mapped_column(Integer, comment="Raw body size in bytes.")
    compression: Mapped[str] = mapped_column(String(10), comment="Codec of body: zlib.")
    body: Mapped[bytes] = mapped_column(LargeBinary, comment="The raw body, compressed.")
    content_type: Mapped[str | None] = mapped_column(Text, comment="Content-Type header.")
    etag: Mapped[str | None] = mapped_column(Text, comment="ETag header.")
    last_modified: Mapped[str | None] = mapped_column(Text, comment="Last-Modified header.")
    final_url: Mapped[str | None] = mapped_column(Text, comment="URL after redirects.")
    parsed: Mapped[Any | None] = mapped_column(
        JSONType, comment="The parsed page (parse --format json); null when refused."
    )
    first_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="First seen (UTC).")
    first_check_id: Mapped[int] = mapped_column(
        ForeignKey("checks.id"), comment="Check that first saw this body."
    )


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_page_key", "page_id", "key"),
        {"comment": "One row per event identity, holding its current state."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Event id (stable identity).")
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"), comment="The page.")
    key: Mapped[str] = mapped_column(Text, comment="Current key from the parser.")
    first_key: Mapped[str] = mapped_column(Text, comment="Key when first seen.")
    title: Mapped[str] = mapped_column(Text, comment="Current title.")
    date: Mapped[dt.date] = mapped_column(Date, comment="Current (first) day.")
    start_local: Mapped[str | None] = mapped_column(
        Text, comment="Start, local ISO 8601 with offset; null when no time given."
    )
    end_local: Mapped[str | None] = mapped_column(
        Text, comment="End, local ISO 8601 with offset; null when no time given."
    )
    start_utc: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="Start in UTC, for sorting."
    )
    status: Mapped[str] = mapped_column(String(12), comment="upcoming, past or cancelled.")
    location: Mapped[str | None] = mapped_column(Text, comment="Place as published.")
    first_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="First seen (UTC).")
    last_seen_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, comment="Last successful check that saw it (UTC)."
    )
    first_seen_check_id: Mapped[int] = mapped_column(
        ForeignKey("checks.id"), comment="Check that first saw it."
    )
    last_check_id: Mapped[int] = mapped_column(
        ForeignKey("checks.id"), comment="Last successful check that saw it."
    )
    gone_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="When it disappeared from the page (UTC); null while listed."
    )
    data: Mapped[Any] = mapped_column(JSONType, comment="Current event JSON.")


class EventVersionRow(Base):
    __tablename__ = "event_versions"
    __table_args__ = ({"comment": "Every distinct state of an event, with validity."},)

    id: Mapped[int] = mapped_column(primary_key=True, comment="Version id.")
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True, comment="The event.")
    valid_from: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Seen from (UTC).")
    valid_to: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="Replaced or gone at (UTC); null for the current version."
    )
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id"), comment="Check that saw it.")
    data: Mapped[Any] = mapped_column(JSONType, comment="Event JSON of this version.")
    changed_fields: Mapped[Any] = mapped_column(
        JSONType, comment="JSON list of fields changed since the previous version; [] first."
    )


class ChangeRow(Base):
    __tablename__ = "changes"
    __table_args__ = (
        CheckConstraint(_in("kind", CHANGE_KINDS), name="kind"),
        {"comment": "Detected changes and monitor alerts."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Change id.")
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"), comment="The page.")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id"), index=True, comment="The event; null for monitor alerts."
    )
    check_id: Mapped[int | None] = mapped_column(
        ForeignKey("checks.id"), comment="Check that detected it."
    )
    detected_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, index=True, comment="Detected at (UTC)."
    )
    kind: Mapped[str] = mapped_column(String(20), comment="Change kind.")
    fields: Mapped[Any] = mapped_column(
        JSONType, comment='JSON list of {"field", "old", "new"}; [] for monitor alerts.'
    )
    data: Mapped[Any] = mapped_column(
        JSONType, comment="The change JSON, or alert details for monitor kinds."
    )


class DeliveryRow(Base):
    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("change_id", "subscriber"),
        CheckConstraint(_in("status", DELIVERY_STATUSES), name="status"),
        Index("ix_deliveries_status_due", "status", "next_attempt_at"),
        {"comment": "The outbox: one row per (change, subscriber)."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Delivery id.")
    change_id: Mapped[int] = mapped_column(ForeignKey("changes.id"), comment="The change.")
    subscriber: Mapped[str] = mapped_column(String(100), comment="Subscriber name (no URLs).")
    status: Mapped[str] = mapped_column(
        String(10),
        comment="pending, claimed, sending, sent, uncertain or failed (docs/notifications.md).",
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0, comment="Send attempts so far.")
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="Not before (UTC)."
    )
    claimed_by: Mapped[str | None] = mapped_column(Text, comment="Sender holding the claim.")
    claimed_until: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="Claim expiry (UTC)."
    )
    attempt_started_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="Start of the latest send attempt (UTC); null while never tried."
    )
    uncertain_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, comment="First time the outcome was uncertain (UTC); one resend only."
    )
    last_error: Mapped[str | None] = mapped_column(Text, comment="Last failure reason.")
    message_id: Mapped[str] = mapped_column(Text, comment="Stable Message-ID for e-mail.")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Queued at (UTC).")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, comment="Sent at (UTC).")


class LeaseRow(Base):
    __tablename__ = "leases"
    __table_args__ = ({"comment": "Named leases so only one process works on a page at a time."},)

    name: Mapped[str] = mapped_column(String(200), primary_key=True, comment="Lease name.")
    holder: Mapped[str] = mapped_column(Text, comment="Process holding it.")
    acquired_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Taken at (UTC).")
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Expires at (UTC).")


class RobotsRow(Base):
    __tablename__ = "robots"
    __table_args__ = ({"comment": "Cached robots.txt per host."},)

    host: Mapped[str] = mapped_column(String(255), primary_key=True, comment="scheme://host.")
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Fetched at (UTC).")
    status: Mapped[int | None] = mapped_column(Integer, comment="HTTP status of robots.txt.")
    body: Mapped[str | None] = mapped_column(Text, comment="robots.txt text.")


# --- operator: daemon heartbeats (migration 0003) ------------------------------------------


class DaemonRow(Base):
    __tablename__ = "daemons"
    __table_args__ = (
        {"comment": "Daemons (rvr-watch run) and their heartbeats, so status sees a dead one."},
    )

    holder: Mapped[str] = mapped_column(
        String(200), primary_key=True, comment="The daemon: host:pid:random."
    )
    host: Mapped[str] = mapped_column(String(255), comment="Host name it runs on.")
    pid: Mapped[int] = mapped_column(Integer, comment="Its process id on that host.")
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Started at (UTC).")
    beat_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Last heartbeat (UTC).")
    interval_s: Mapped[int] = mapped_column(Integer, comment="Seconds between heartbeats.")


# --- NOTIFY (migration 0006): this database's identity ----------------------------------


class InstanceRow(Base):
    __tablename__ = "instance"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        {"comment": "This database's identity: one row."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Always 1: one row.")
    instance_id: Mapped[str] = mapped_column(
        String(64), comment="Random id of this database (hex), part of every Message-ID."
    )
    created_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, comment="When the id was made (UTC)."
    )


# --- the website's self-service subscribers (migration 0007, rvr_watch.web) ------------------

WEB_LANGUAGES = ("de", "en")


class WebSubscriberRow(Base):
    __tablename__ = "web_subscribers"
    __table_args__ = (
        CheckConstraint(_in("language", WEB_LANGUAGES), name="language"),
        # Ids are never reused: the outbox names a subscriber ``web:<id>``.
        {"comment": "Confirmed e-mail subscribers from the website.", "sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Subscriber id (outbox: web:<id>).")
    email: Mapped[str] = mapped_column(Text, comment="The confirmed address, as entered.")
    email_key: Mapped[str] = mapped_column(
        String(254), unique=True, comment="The address in lower case, for lookups."
    )
    kinds: Mapped[Any] = mapped_column(JSONType, comment="JSON list of change kinds wanted.")
    language: Mapped[str] = mapped_column(String(2), comment="de or en.")
    confirmed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Confirmed (UTC).")


class WebSignupRow(Base):
    __tablename__ = "web_signups"
    __table_args__ = (
        CheckConstraint(_in("language", WEB_LANGUAGES), name="language"),
        Index("ix_web_signups_email_created", "email_key", "created_at"),
        {"comment": "Unconfirmed sign-ups (double opt-in), deleted when used or expired."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Sign-up id.")
    email: Mapped[str] = mapped_column(Text, comment="The address to confirm, as entered.")
    email_key: Mapped[str] = mapped_column(String(254), comment="The address in lower case.")
    kinds: Mapped[Any] = mapped_column(JSONType, comment="JSON list of change kinds asked for.")
    language: Mapped[str] = mapped_column(String(2), comment="de or en.")
    token_hash: Mapped[str] = mapped_column(
        String(64), unique=True, comment="SHA-256 (hex) of the confirmation token; never the token."
    )
    created_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, index=True, comment="Requested at (UTC)."
    )
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Link expires (UTC).")


class WebKeyRow(Base):
    __tablename__ = "web_keys"
    __table_args__ = (
        {"comment": "Secret keys of the website (signing forms, unsubscribe links)."},
    )

    name: Mapped[str] = mapped_column(String(50), primary_key=True, comment="Key name.")
    value: Mapped[str] = mapped_column(String(128), comment="Random key (hex).")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="Created (UTC).")
