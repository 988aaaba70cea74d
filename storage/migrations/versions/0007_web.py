"""Self-service subscribers of the website: web_subscribers, web_signups, web_keys.

``web_subscribers`` holds confirmed addresses (the outbox names them ``web:<id>``),
``web_signups`` the unconfirmed double opt-in requests (only a hash of each token),
``web_keys`` the random key that signs forms and unsubscribe links.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_LANGUAGE = "language IN ('de', 'en')"
# Frozen copies of storage.schema's column types (as in 0001).
TS = sa.TIMESTAMP(timezone=True).with_variant(sa.String(27), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "web_subscribers",
        sa.Column("id", sa.Integer, comment="Subscriber id (outbox: web:<id>)."),
        sa.Column("email", sa.Text, nullable=False, comment="The confirmed address, as entered."),
        sa.Column(
            "email_key",
            sa.String(254),
            nullable=False,
            comment="The address in lower case, for lookups.",
        ),
        sa.Column("kinds", JSON, nullable=False, comment="JSON list of change kinds wanted."),
        sa.Column("language", sa.String(2), nullable=False, comment="de or en."),
        sa.Column("confirmed_at", TS, nullable=False, comment="Confirmed (UTC)."),
        sa.PrimaryKeyConstraint("id", name="pk_web_subscribers"),
        sa.CheckConstraint(_LANGUAGE, name="ck_web_subscribers_language"),
        sa.UniqueConstraint("email_key", name="uq_web_subscribers_email_key"),
        comment="Confirmed e-mail subscribers from the website.",
        sqlite_autoincrement=True,
    )
    op.create_table(
        "web_signups",
        sa.Column("id", sa.Integer, comment="Sign-up id."),
        sa.Column("email", sa.Text, nullable=False, comment="The address to confirm, as entered."),
        sa.Column(
            "email_key", sa.String(254), nullable=False, comment="The address in lower case."
        ),
        sa.Column("kinds", JSON, nullable=False, comment="JSON list of change kinds asked for."),
        sa.Column("language", sa.String(2), nullable=False, comment="de or en."),
        sa.Column(
            "token_hash",
            sa.String(64),
            nullable=False,
            comment="SHA-256 (hex) of the confirmation token; never the token.",
        ),
        sa.Column("created_at", TS, nullable=False, comment="Requested at (UTC)."),
        sa.Column("expires_at", TS, nullable=False, comment="Link expires (UTC)."),
        sa.PrimaryKeyConstraint("id", name="pk_web_signups"),
        sa.CheckConstraint(_LANGUAGE, name="ck_web_signups_language"),
        sa.UniqueConstraint("token_hash", name="uq_web_signups_token_hash"),
        comment="Unconfirmed sign-ups (double opt-in), deleted when used or expired.",
    )
    op.create_index("ix_web_signups_email_created", "web_signups", ["email_key", "created_at"])
    op.create_index("ix_web_signups_created_at", "web_signups", ["created_at"])
    op.create_table(
        "web_keys",
        sa.Column("name", sa.String(50), comment="Key name."),
        sa.Column("value", sa.String(128), nullable=False, comment="Random key (hex)."),
        sa.Column("created_at", TS, nullable=False, comment="Created (UTC)."),
        sa.PrimaryKeyConstraint("name", name="pk_web_keys"),
        comment="Secret keys of the website (signing forms, unsubscribe links).",
    )


def downgrade() -> None:
    op.drop_table("web_keys")
    op.drop_index("ix_web_signups_created_at", table_name="web_signups")
    op.drop_index("ix_web_signups_email_created", table_name="web_signups")
    op.drop_table("web_signups")
    op.drop_table("web_subscribers")
