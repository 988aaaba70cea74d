"""Content-addressed, compressed snapshots: bodies and parsed pages stored once, as blobs.

A new table ``blobs`` holds every stored body and every parsed page once, by the
SHA-256 of its content, zlib-compressed. A snapshot names its body by ``sha256`` (as
before: the hash of the raw body) and its parsed page by ``parsed_sha256``; the
``body``, ``compression`` and ``parsed`` columns go. So two pages serving the same body,
or two bodies that parse to the same page (a changing timestamp in the HTML), store it
once; and the parsed JSON, which was kept uncompressed, is compressed.

The existing rows are moved in batches (bounded memory, whatever the history's size).
``snapshots`` is altered with ``ADD COLUMN`` / ``DROP COLUMN`` (SQLite 3.35 or newer),
not rebuilt, so the analysts' views of 0002 and the foreign keys that point at
``snapshots`` stay as they are (read 0002's docstring before rebuilding a table).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import hashlib
import json
import zlib
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen copies of the types (a migration must not change when the code does).
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_BATCH = 200
_LEVEL = 9

blobs = sa.table(
    "blobs",
    sa.column("sha256", sa.String(64)),
    sa.column("codec", sa.String(10)),
    sa.column("size", sa.Integer),
    sa.column("data", sa.LargeBinary),
)
snapshots = sa.table(
    "snapshots",
    sa.column("id", sa.Integer),
    sa.column("sha256", sa.String(64)),
    sa.column("size", sa.Integer),
    sa.column("compression", sa.String(10)),
    sa.column("body", sa.LargeBinary),
    sa.column("parsed", JSON),
    sa.column("parsed_sha256", sa.String(64)),
)


def parsed_bytes(parsed: Any) -> bytes:
    """A parsed page as stored: compact JSON, UTF-8 (the same as ``storage.records``)."""
    return json.dumps(parsed, ensure_ascii=False, separators=(",", ":")).encode()


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), comment="SHA-256 (hex) of the uncompressed content."),
        sa.Column("codec", sa.String(10), nullable=False, comment="How data is compressed: zlib."),
        sa.Column("size", sa.Integer, nullable=False, comment="Uncompressed size in bytes."),
        sa.Column("data", sa.LargeBinary, nullable=False, comment="The content, compressed."),
        sa.PrimaryKeyConstraint("sha256", name="pk_blobs"),
        comment="Bodies and parsed pages, each stored once by content (SHA-256), compressed.",
    )
    op.add_column(
        "snapshots",
        sa.Column(
            "parsed_sha256",
            sa.String(64),
            nullable=True,
            comment="Blob of the parsed page (compact JSON); null when refused.",
        ),
    )
    connection = op.get_bind()
    _move_to_blobs(connection)
    for column in ("body", "compression", "parsed"):
        op.drop_column("snapshots", column)
    _comments(
        "Each distinct body of a page; body and parsed page are blobs (0005).",
        "SHA-256 (hex) of the raw body: its blob in blobs.",
    )


def _comments(table: str, sha256: str) -> None:
    """The analysts' descriptions (SQLite keeps none)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_table_comment("snapshots", table)
    op.alter_column(
        "snapshots", "sha256", comment=sha256, existing_type=sa.String(64), existing_nullable=False
    )


def _move_to_blobs(connection: sa.Connection) -> None:
    """Each snapshot's body and parsed page into ``blobs``, a batch of rows at a time."""
    last = 0
    while True:
        rows = connection.execute(
            sa.select(
                snapshots.c.id,
                snapshots.c.sha256,
                snapshots.c.size,
                snapshots.c.compression,
                snapshots.c.body,
                snapshots.c.parsed,
            )
            .where(snapshots.c.id > last)
            .order_by(snapshots.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        for row in rows:
            body = row.body if row.compression == "zlib" else zlib.compress(row.body, _LEVEL)
            _put(connection, row.sha256, row.size, body)
            if row.parsed is not None:
                raw = parsed_bytes(row.parsed)
                digest = hashlib.sha256(raw).hexdigest()
                _put(connection, digest, len(raw), zlib.compress(raw, _LEVEL))
                connection.execute(
                    snapshots.update().where(snapshots.c.id == row.id).values(parsed_sha256=digest)
                )
        last = rows[-1].id


def _put(connection: sa.Connection, digest: str, size: int, data: bytes) -> None:
    exists = connection.execute(sa.select(blobs.c.sha256).where(blobs.c.sha256 == digest)).first()
    if exists is None:
        connection.execute(blobs.insert().values(sha256=digest, codec="zlib", size=size, data=data))


def downgrade() -> None:
    op.add_column("snapshots", sa.Column("body", sa.LargeBinary, nullable=True))
    op.add_column("snapshots", sa.Column("compression", sa.String(10), nullable=True))
    op.add_column("snapshots", sa.Column("parsed", JSON, nullable=True))
    connection = op.get_bind()
    body_blob = blobs.alias("body_blob")
    parsed_blob = blobs.alias("parsed_blob")
    last = 0
    while True:
        rows = connection.execute(
            sa.select(snapshots.c.id, body_blob.c.data, parsed_blob.c.data.label("parsed"))
            .join(body_blob, body_blob.c.sha256 == snapshots.c.sha256)
            .outerjoin(parsed_blob, parsed_blob.c.sha256 == snapshots.c.parsed_sha256)
            .where(snapshots.c.id > last)
            .order_by(snapshots.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        for row in rows:
            parsed = json.loads(zlib.decompress(row.parsed)) if row.parsed is not None else None
            connection.execute(
                snapshots.update()
                .where(snapshots.c.id == row.id)
                .values(body=row.data, compression="zlib", parsed=parsed)
            )
        last = rows[-1].id
    op.drop_column("snapshots", "parsed_sha256")
    op.drop_table("blobs")
    _comments(
        "Each distinct body of a page, stored once, zlib-compressed.",
        "SHA-256 (hex) of the raw body.",
    )
