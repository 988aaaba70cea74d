"""Create every table: pages, page_state, checks, snapshots, events, event_versions,
changes, deliveries, leases, robots.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copies of the column types in storage.schema (a migration must not change
# when the code does): UTC times are timestamptz, or fixed-width text on SQLite.
TS = sa.TIMESTAMP(timezone=True).with_variant(sa.String(27), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _pages() -> None:
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer, primary_key=True, comment="Page id."),
        sa.Column("name", sa.String(100), nullable=False, comment="Name from the config."),
        sa.Column("url", sa.Text, nullable=False, comment="URL the page is fetched from."),
        sa.Column("parser", sa.String(50), nullable=False, comment="Parser name, e.g. rvr-series."),
        sa.Column("created_at", TS, nullable=False, comment="First use (UTC)."),
        sa.PrimaryKeyConstraint("id", name="pk_pages"),
        sa.UniqueConstraint("name", name="uq_pages_name"),
        comment="Watched pages, one row per configured page name.",
    )


def _checks() -> None:
    outcomes = ("changed", "unchanged", "not_modified", "failed", "refused")
    op.create_table(
        "checks",
        sa.Column("id", sa.Integer, comment="Check id."),
        sa.Column("page_id", sa.Integer, nullable=False, comment="The page checked."),
        sa.Column("started_at", TS, nullable=False, comment="Start (UTC)."),
        sa.Column("duration_ms", sa.Integer, nullable=False, comment="Duration in milliseconds."),
        sa.Column("http_status", sa.Integer, comment="Final HTTP status, null when no answer."),
        sa.Column("bytes", sa.Integer, comment="Size of the body received."),
        sa.Column(
            "outcome",
            sa.String(12),
            nullable=False,
            comment="changed, unchanged, not_modified, failed or refused.",
        ),
        sa.Column("error", sa.Text, comment="Why it failed or was refused."),
        sa.Column(
            "snapshot_id",
            sa.Integer,
            comment="Content this check saw (for not_modified: the stored one confirmed).",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_checks"),
        sa.ForeignKeyConstraint(["page_id"], ["pages.id"], name="fk_checks_page_id_pages"),
        sa.CheckConstraint(_in("outcome", outcomes), name=op.f("ck_checks_outcome")),
        comment="Every check of a page, successful or not.",
    )
    op.create_index("ix_checks_page_started", "checks", ["page_id", "started_at"])


def _snapshots() -> None:
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer, comment="Snapshot id."),
        sa.Column("page_id", sa.Integer, nullable=False, comment="The page."),
        sa.Column(
            "sha256", sa.String(64), nullable=False, comment="SHA-256 (hex) of the raw body."
        ),
        sa.Column("size", sa.Integer, nullable=False, comment="Raw body size in bytes."),
        sa.Column("compression", sa.String(10), nullable=False, comment="Codec of body: zlib."),
        sa.Column("body", sa.LargeBinary, nullable=False, comment="The raw body, compressed."),
        sa.Column("content_type", sa.Text, comment="Content-Type header."),
        sa.Column("etag", sa.Text, comment="ETag header."),
        sa.Column("last_modified", sa.Text, comment="Last-Modified header."),
        sa.Column("final_url", sa.Text, comment="URL after redirects."),
        sa.Column(
            "parsed", JSON, comment="The parsed page (parse --format json); null when refused."
        ),
        sa.Column("first_seen_at", TS, nullable=False, comment="First seen (UTC)."),
        sa.Column(
            "first_check_id", sa.Integer, nullable=False, comment="Check that first saw this body."
        ),
        sa.PrimaryKeyConstraint("id", name="pk_snapshots"),
        sa.ForeignKeyConstraint(["page_id"], ["pages.id"], name="fk_snapshots_page_id_pages"),
        sa.ForeignKeyConstraint(
            ["first_check_id"], ["checks.id"], name="fk_snapshots_first_check_id_checks"
        ),
        sa.UniqueConstraint("page_id", "sha256", name="uq_snapshots_page_id"),
        comment="Each distinct body of a page, stored once, zlib-compressed.",
    )
    # checks <-> snapshots reference each other; the second link is added afterwards.
    with op.batch_alter_table("checks") as batch:
        batch.create_foreign_key(
            "fk_checks_snapshot_id_snapshots", "snapshots", ["snapshot_id"], ["id"]
        )


def _page_state() -> None:
    op.create_table(
        "page_state",
        sa.Column("page_id", sa.Integer, comment="The page."),
        sa.Column(
            "consecutive_failures",
            sa.Integer,
            nullable=False,
            comment="Failed or refused checks since the last success.",
        ),
        sa.Column(
            "failing_since",
            TS,
            comment="Start of the first failed check of the current outage (UTC).",
        ),
        sa.Column(
            "alert_open",
            sa.Boolean,
            nullable=False,
            comment="A monitor_error was recorded and not yet recovered.",
        ),
        sa.Column("last_check_at", TS, comment="Start of the last check (UTC)."),
        sa.Column(
            "last_success_at", TS, comment="Start of the last successful check, 304 included (UTC)."
        ),
        sa.Column("etag", sa.Text, comment="ETag for the next conditional GET."),
        sa.Column("last_modified", sa.Text, comment="Last-Modified for the next conditional GET."),
        sa.Column(
            "last_good_snapshot_id",
            sa.Integer,
            comment="Snapshot of the last parsed page; diffs start here.",
        ),
        sa.PrimaryKeyConstraint("page_id", name="pk_page_state"),
        sa.ForeignKeyConstraint(["page_id"], ["pages.id"], name="fk_page_state_page_id_pages"),
        sa.ForeignKeyConstraint(
            ["last_good_snapshot_id"],
            ["snapshots.id"],
            name="fk_page_state_last_good_snapshot_id_snapshots",
        ),
        comment="Monitoring state of each page, updated by every check.",
    )


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, comment="Event id (stable identity)."),
        sa.Column("page_id", sa.Integer, nullable=False, comment="The page."),
        sa.Column("key", sa.Text, nullable=False, comment="Current key from the parser."),
        sa.Column("first_key", sa.Text, nullable=False, comment="Key when first seen."),
        sa.Column("title", sa.Text, nullable=False, comment="Current title."),
        sa.Column("date", sa.Date, nullable=False, comment="Current (first) day."),
        sa.Column(
            "start_local",
            sa.Text,
            comment="Start, local ISO 8601 with offset; null when no time given.",
        ),
        sa.Column(
            "end_local",
            sa.Text,
            comment="End, local ISO 8601 with offset; null when no time given.",
        ),
        sa.Column("start_utc", TS, comment="Start in UTC, for sorting."),
        sa.Column("status", sa.String(12), nullable=False, comment="upcoming, past or cancelled."),
        sa.Column("location", sa.Text, comment="Place as published."),
        sa.Column("first_seen_at", TS, nullable=False, comment="First seen (UTC)."),
        sa.Column(
            "last_seen_at", TS, nullable=False, comment="Last successful check that saw it (UTC)."
        ),
        sa.Column(
            "first_seen_check_id", sa.Integer, nullable=False, comment="Check that first saw it."
        ),
        sa.Column(
            "last_check_id",
            sa.Integer,
            nullable=False,
            comment="Last successful check that saw it.",
        ),
        sa.Column(
            "gone_at", TS, comment="When it disappeared from the page (UTC); null while listed."
        ),
        sa.Column("data", JSON, nullable=False, comment="Current event JSON."),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(["page_id"], ["pages.id"], name="fk_events_page_id_pages"),
        sa.ForeignKeyConstraint(
            ["first_seen_check_id"], ["checks.id"], name="fk_events_first_seen_check_id_checks"
        ),
        sa.ForeignKeyConstraint(
            ["last_check_id"], ["checks.id"], name="fk_events_last_check_id_checks"
        ),
        comment="One row per event identity, holding its current state.",
    )
    op.create_index("ix_events_page_key", "events", ["page_id", "key"])
    op.create_table(
        "event_versions",
        sa.Column("id", sa.Integer, comment="Version id."),
        sa.Column("event_id", sa.Integer, nullable=False, comment="The event."),
        sa.Column("valid_from", TS, nullable=False, comment="Seen from (UTC)."),
        sa.Column(
            "valid_to", TS, comment="Replaced or gone at (UTC); null for the current version."
        ),
        sa.Column("check_id", sa.Integer, nullable=False, comment="Check that saw it."),
        sa.Column("data", JSON, nullable=False, comment="Event JSON of this version."),
        sa.Column(
            "changed_fields",
            JSON,
            nullable=False,
            comment="JSON list of fields changed since the previous version; [] first.",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_event_versions"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_event_versions_event_id_events"
        ),
        sa.ForeignKeyConstraint(
            ["check_id"], ["checks.id"], name="fk_event_versions_check_id_checks"
        ),
        comment="Every distinct state of an event, with validity.",
    )
    op.create_index("ix_event_versions_event_id", "event_versions", ["event_id"])


def _changes() -> None:
    kinds = (
        "new_date",
        "rescheduled",
        "updated",
        "cancelled",
        "removed",
        "concluded",
        "monitor_error",
        "monitor_recovered",
    )
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer, comment="Change id."),
        sa.Column("page_id", sa.Integer, nullable=False, comment="The page."),
        sa.Column("event_id", sa.Integer, comment="The event; null for monitor alerts."),
        sa.Column("check_id", sa.Integer, comment="Check that detected it."),
        sa.Column("detected_at", TS, nullable=False, comment="Detected at (UTC)."),
        sa.Column("kind", sa.String(20), nullable=False, comment="Change kind."),
        sa.Column(
            "fields",
            JSON,
            nullable=False,
            comment='JSON list of {"field", "old", "new"}; [] for monitor alerts.',
        ),
        sa.Column(
            "data",
            JSON,
            nullable=False,
            comment="The change JSON, or alert details for monitor kinds.",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_changes"),
        sa.ForeignKeyConstraint(["page_id"], ["pages.id"], name="fk_changes_page_id_pages"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_changes_event_id_events"),
        sa.ForeignKeyConstraint(["check_id"], ["checks.id"], name="fk_changes_check_id_checks"),
        sa.CheckConstraint(_in("kind", kinds), name=op.f("ck_changes_kind")),
        comment="Detected changes and monitor alerts.",
    )
    op.create_index("ix_changes_event_id", "changes", ["event_id"])
    op.create_index("ix_changes_detected_at", "changes", ["detected_at"])


def _deliveries() -> None:
    statuses = ("pending", "sending", "sent", "uncertain", "failed")
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, comment="Delivery id."),
        sa.Column("change_id", sa.Integer, nullable=False, comment="The change."),
        sa.Column(
            "subscriber", sa.String(100), nullable=False, comment="Subscriber name (no URLs)."
        ),
        sa.Column(
            "status",
            sa.String(10),
            nullable=False,
            comment="pending, sending, sent, uncertain or failed.",
        ),
        sa.Column("attempts", sa.Integer, nullable=False, comment="Send attempts so far."),
        sa.Column("next_attempt_at", TS, comment="Not before (UTC)."),
        sa.Column("claimed_by", sa.Text, comment="Sender holding the claim."),
        sa.Column("claimed_until", TS, comment="Claim expiry (UTC)."),
        sa.Column(
            "uncertain_at",
            TS,
            comment="First time the outcome was uncertain (UTC); one resend only.",
        ),
        sa.Column("last_error", sa.Text, comment="Last failure reason."),
        sa.Column("message_id", sa.Text, nullable=False, comment="Stable Message-ID for e-mail."),
        sa.Column("created_at", TS, nullable=False, comment="Queued at (UTC)."),
        sa.Column("sent_at", TS, comment="Sent at (UTC)."),
        sa.PrimaryKeyConstraint("id", name="pk_deliveries"),
        sa.ForeignKeyConstraint(
            ["change_id"], ["changes.id"], name="fk_deliveries_change_id_changes"
        ),
        sa.UniqueConstraint("change_id", "subscriber", name="uq_deliveries_change_id"),
        sa.CheckConstraint(_in("status", statuses), name=op.f("ck_deliveries_status")),
        comment="The outbox: one row per (change, subscriber).",
    )
    op.create_index("ix_deliveries_status_due", "deliveries", ["status", "next_attempt_at"])


def _leases_and_robots() -> None:
    op.create_table(
        "leases",
        sa.Column("name", sa.String(200), comment="Lease name."),
        sa.Column("holder", sa.Text, nullable=False, comment="Process holding it."),
        sa.Column("acquired_at", TS, nullable=False, comment="Taken at (UTC)."),
        sa.Column("expires_at", TS, nullable=False, comment="Expires at (UTC)."),
        sa.PrimaryKeyConstraint("name", name="pk_leases"),
        comment="Named leases so only one process works on a page at a time.",
    )
    op.create_table(
        "robots",
        sa.Column("host", sa.String(255), comment="scheme://host."),
        sa.Column("fetched_at", TS, nullable=False, comment="Fetched at (UTC)."),
        sa.Column("status", sa.Integer, comment="HTTP status of robots.txt."),
        sa.Column("body", sa.Text, comment="robots.txt text."),
        sa.PrimaryKeyConstraint("host", name="pk_robots"),
        comment="Cached robots.txt per host.",
    )


def upgrade() -> None:
    _pages()
    _checks()
    _snapshots()
    _page_state()
    _events()
    _changes()
    _deliveries()
    _leases_and_robots()


def downgrade() -> None:
    for table in ("robots", "leases", "deliveries", "changes", "event_versions", "events"):
        op.drop_table(table)
    op.drop_table("page_state")
    with op.batch_alter_table("checks") as batch:
        batch.drop_constraint("fk_checks_snapshot_id_snapshots", type_="foreignkey")
    op.drop_table("snapshots")
    op.drop_index("ix_checks_page_started", table_name="checks")
    op.drop_table("checks")
    op.drop_table("pages")
