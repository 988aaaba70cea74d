"""Operator state: ``daemons``, one row per running daemon with its heartbeat.

``rvr-watch run`` inserts its row at start, renews ``beat_at`` every ``interval_s``
seconds and deletes the row when it stops cleanly; ``rvr-watch status`` reads it to say
whether a daemon is running, and which one stopped answering.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# A frozen copy of storage.schema's UTC time type (see 0001).
TS = sa.TIMESTAMP(timezone=True).with_variant(sa.String(27), "sqlite")


def upgrade() -> None:
    op.create_table(
        "daemons",
        sa.Column("holder", sa.String(200), comment="The daemon: host:pid:random."),
        sa.Column("host", sa.String(255), nullable=False, comment="Host name it runs on."),
        sa.Column("pid", sa.Integer, nullable=False, comment="Its process id on that host."),
        sa.Column("started_at", TS, nullable=False, comment="Started at (UTC)."),
        sa.Column("beat_at", TS, nullable=False, comment="Last heartbeat (UTC)."),
        sa.Column("interval_s", sa.Integer, nullable=False, comment="Seconds between heartbeats."),
        sa.PrimaryKeyConstraint("holder", name="pk_daemons"),
        comment="Daemons (rvr-watch run) and their heartbeats, so status sees a dead one.",
    )


def downgrade() -> None:
    op.drop_table("daemons")
