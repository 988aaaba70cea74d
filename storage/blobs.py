"""Content-addressed storage: bodies and parsed pages, each kept once, compressed.

A blob is found by the SHA-256 of its uncompressed content; :func:`put_blob` inserts
one unless it is there already (``INSERT … ON CONFLICT DO NOTHING``, so two processes
storing the same content at once do not collide). Compression happens before the
write transaction (:func:`storage.records.stored_form`).
"""

from __future__ import annotations

import functools
import importlib
import zlib
from typing import Any

from sqlalchemy import Connection, bindparam, select

from storage.tables import blobs


def put_blob(connection: Connection, sha256: str, size: int, compressed: bytes) -> None:
    """Store a zlib-compressed blob under the SHA-256 of its content, once."""
    values = {"sha256": sha256, "codec": "zlib", "size": size, "data": compressed}
    connection.execute(_insert_once(connection.dialect.name), values)


@functools.cache
def _insert_once(dialect: str) -> Any:
    module = "postgresql" if dialect == "postgresql" else "sqlite"
    insert = importlib.import_module(f"sqlalchemy.dialects.{module}").insert
    return insert(blobs).on_conflict_do_nothing(index_elements=[blobs.c.sha256])


def read_blob(connection: Connection, sha256: str) -> bytes | None:
    """The content of blob ``sha256``, uncompressed; ``None`` if there is none."""
    data = connection.execute(_READ, {"key": sha256}).scalar_one_or_none()
    return zlib.decompress(data) if data is not None else None


_READ = select(blobs.c.data).where(blobs.c.sha256 == bindparam("key"))
