"""Instance identity: a random id made once per database, for globally unique Message-IDs.

A Message-ID must be unique in the whole world, not only in one database: a recreated
database, a move to PostgreSQL or two instances mailing one list would otherwise reuse
``delivery 7``'s id for a different message, and mail clients hide the second one as a
duplicate. The id is random (128 bits), created here, and never changes afterwards.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# A frozen copy of storage.schema's UTC time type (see 0001).
TS = sa.TIMESTAMP(timezone=True).with_variant(sa.String(27), "sqlite")


def upgrade() -> None:
    table = op.create_table(
        "instance",
        sa.Column("id", sa.Integer, primary_key=True, comment="Always 1: one row."),
        sa.Column(
            "instance_id",
            sa.String(64),
            nullable=False,
            comment="Random id of this database (hex), part of every Message-ID.",
        ),
        sa.Column("created_at", TS, nullable=False, comment="When the id was made (UTC)."),
        sa.PrimaryKeyConstraint("id", name="pk_instance"),
        sa.CheckConstraint("id = 1", name="ck_instance_one_row"),
        comment="This database's identity: one row.",
    )
    now = dt.datetime.now(dt.UTC)
    created = (
        now.strftime("%Y-%m-%d %H:%M:%S.%fZ") if op.get_bind().dialect.name == "sqlite" else now
    )
    op.bulk_insert(table, [{"id": 1, "instance_id": uuid.uuid4().hex, "created_at": created}])


def downgrade() -> None:
    op.drop_table("instance")
