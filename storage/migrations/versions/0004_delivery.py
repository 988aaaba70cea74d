"""Outbox delivery state machine: a ``claimed`` state and the start of each send attempt.

A claimed row is now ``claimed`` until its send starts; ``sending`` means the attempt
started (``attempt_started_at``), so only such a row can become ``uncertain`` when its
sender dies. Senders are known to be alive by their lease ``sender:<holder>`` in
``leases`` (no new table). Rows claimed by a sender before this migration stay
``sending``: their attempt may have started, so they are treated as started.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.TIMESTAMP(timezone=True).with_variant(sa.String(27), "sqlite")
OLD_STATUSES = ("pending", "sending", "sent", "uncertain", "failed")
NEW_STATUSES = ("pending", "claimed", "sending", "sent", "uncertain", "failed")
OLD_COMMENT = "pending, sending, sent, uncertain or failed."
NEW_COMMENT = "pending, claimed, sending, sent, uncertain or failed (docs/notifications.md)."
STARTED_COMMENT = "Start of the latest send attempt (UTC); null while never tried."


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _status_constraint(statuses: tuple[str, ...], comment: str, old_comment: str) -> None:
    # SQLite cannot alter a CHECK constraint: batch mode copies the table (no view uses it).
    with op.batch_alter_table("deliveries", recreate="auto") as batch:
        batch.drop_constraint(op.f("ck_deliveries_status"), type_="check")
        batch.create_check_constraint(op.f("ck_deliveries_status"), _in("status", statuses))
        batch.alter_column(
            "status",
            existing_type=sa.String(10),
            existing_nullable=False,
            comment=comment,
            existing_comment=old_comment,
        )


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("attempt_started_at", TS, comment=STARTED_COMMENT))
    _status_constraint(NEW_STATUSES, NEW_COMMENT, OLD_COMMENT)


def downgrade() -> None:
    # A claimed row was never tried: before this revision it is simply pending.
    op.execute(
        "UPDATE deliveries SET status = 'pending', claimed_by = NULL, claimed_until = NULL"
        " WHERE status = 'claimed'"
    )
    _status_constraint(OLD_STATUSES, OLD_COMMENT, NEW_COMMENT)
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("attempt_started_at")
