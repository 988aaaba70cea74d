"""The tables of the history database (SQLAlchemy 2.0 declarative, typed).

The tables an unchanged check touches are declared in Core in :mod:`storage.tables`
and mapped here with ``__table__`` (a 304 check then needs no ORM); the others are
declared here.

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
import json
import zlib
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage import tables
from storage.kinds import CHANGE_KINDS as EVENT_CHANGE_KINDS
from storage.kinds import MONITOR_KINDS
from storage.tables import CHECK_OUTCOMES, NAMING, UTCDateTime, in_values

__all__ = [
    "CHANGE_KINDS",
    "CHECK_OUTCOMES",
    "DELIVERY_STATUSES",
    "NAMING",
    "Base",
    "BlobRow",
    "ChangeRow",
    "CheckRow",
    "DaemonRow",
    "DeliveryRow",
    "EventRow",
    "EventVersionRow",
    "InstanceRow",
    "JSONType",
    "LeaseRow",
    "PageRow",
    "PageStateRow",
    "RobotsRow",
    "SnapshotRow",
    "UTCDateTime",
    "WebKeyRow",
    "WebSignupRow",
    "WebSubscriberRow",
]

# Event changes come from the diff; the monitor's alerts are recorded beside them.
CHANGE_KINDS = (*EVENT_CHANGE_KINDS, *MONITOR_KINDS)
# --- deliveries (the outbox state machine, migration 0004; docs/notifications.md) ---
DELIVERY_STATUSES = ("pending", "claimed", "sending", "sent", "uncertain", "failed")
_in = in_values

# JSONB on PostgreSQL, without importing the PostgreSQL dialect where it is not used.
JSONType = tables.JSONType


# For the analysts' outage views (migration 0002): failed and refused checks only. The
# migration makes it partial on PostgreSQL too; a postgresql_where= here would import
# the PostgreSQL dialect into every process (≈ 2.5 MB) to validate the option, and
# nothing creates tables from these classes (migrations and storage.fresh do).
Index(
    "ix_checks_down",
    tables.checks.c.page_id,
    tables.checks.c.started_at,
    sqlite_where=text("outcome IN ('failed', 'refused')"),
)


class Base(DeclarativeBase):
    metadata = tables.metadata


class PageRow(Base):
    __table__ = tables.pages

    id: Mapped[int]
    name: Mapped[str]
    url: Mapped[str]
    parser: Mapped[str]
    created_at: Mapped[dt.datetime]


class PageStateRow(Base):
    __table__ = tables.page_state

    page_id: Mapped[int]
    consecutive_failures: Mapped[int]
    failing_since: Mapped[dt.datetime | None]
    alert_open: Mapped[bool]
    last_check_at: Mapped[dt.datetime | None]
    last_success_at: Mapped[dt.datetime | None]
    etag: Mapped[str | None]
    last_modified: Mapped[str | None]
    last_good_snapshot_id: Mapped[int | None]


class CheckRow(Base):
    __table__ = tables.checks

    id: Mapped[int]
    page_id: Mapped[int]
    started_at: Mapped[dt.datetime]
    duration_ms: Mapped[int]
    http_status: Mapped[int | None]
    bytes: Mapped[int | None]
    outcome: Mapped[str]
    error: Mapped[str | None]
    snapshot_id: Mapped[int | None]


class BlobRow(Base):
    __table__ = tables.blobs

    sha256: Mapped[str]
    codec: Mapped[str]
    size: Mapped[int]
    data: Mapped[bytes]

    def content(self) -> bytes:
        """The content, uncompressed."""
        return zlib.decompress(self.data)


class SnapshotRow(Base):
    __tablename__ = "snapshots"
    __table_args__ = (
        UniqueConstraint("page_id", "sha256"),
        {"comment": "Each distinct body of a page; body and parsed page are blobs (0005)."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Snapshot id.")
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"), comment="The page.")
    sha256: Mapped[str] = mapped_column(
        String(64), comment="SHA-256 (hex) of the raw body: its blob in blobs."
    )
    size: Mapped[int] = mapped_column(Integer, comment="Raw body size in bytes.")
    content_type: Mapped[str | None] = mapped_column(Text, comment="Content-Type header.")
    etag: Mapped[str | None] = mapped_column(Text, comment="ETag header.")
    last_modified: Mapped[str | None] = mapped_column(Text, comment="Last-Modified header.")
    final_url: Mapped[str | None] = mapped_column(Text, comment="URL after redirects.")
    parsed_sha256: Mapped[str | None] = mapped_column(
        String(64), comment="Blob of the parsed page (compact JSON); null when refused."
    )
    first_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, comment="First seen (UTC).")
    first_check_id: Mapped[int] = mapped_column(
        ForeignKey("checks.id"), comment="Check that first saw this body."
    )
    # Content-addressed: blobs are found by hash, shared by every snapshot that has them.
    body_blob: Mapped[BlobRow] = relationship(
        primaryjoin="foreign(SnapshotRow.sha256) == BlobRow.sha256", viewonly=True
    )
    parsed_blob: Mapped[BlobRow | None] = relationship(
        primaryjoin="foreign(SnapshotRow.parsed_sha256) == BlobRow.sha256", viewonly=True
    )

    @property
    def parsed(self) -> Any | None:
        """The parsed page (``parse --format json``), ``None`` when refused."""
        blob = self.parsed_blob
        return json.loads(blob.content()) if blob is not None else None


class EventRow(Base):
    __table__ = tables.events

    id: Mapped[int]
    page_id: Mapped[int]
    key: Mapped[str]
    first_key: Mapped[str]
    title: Mapped[str]
    date: Mapped[dt.date]
    start_local: Mapped[str | None]
    end_local: Mapped[str | None]
    start_utc: Mapped[dt.datetime | None]
    status: Mapped[str]
    location: Mapped[str | None]
    first_seen_at: Mapped[dt.datetime]
    last_seen_at: Mapped[dt.datetime]
    first_seen_check_id: Mapped[int]
    last_check_id: Mapped[int]
    gone_at: Mapped[dt.datetime | None]
    data: Mapped[Any]


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
    __table__ = tables.leases

    name: Mapped[str]
    holder: Mapped[str]
    acquired_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]


class RobotsRow(Base):
    __table__ = tables.robots

    host: Mapped[str]
    fetched_at: Mapped[dt.datetime]
    status: Mapped[int | None]
    body: Mapped[str | None]


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
