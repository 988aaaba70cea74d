"""What the pipeline hands to storage, and what storage tells it back: plain data.

No SQLAlchemy here, so the pure parts of a check can build these without importing
the database layer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from scraper.model import Page

CheckOutcome = Literal["changed", "unchanged", "not_modified", "failed", "refused"]
SUCCESS_OUTCOMES = frozenset({"changed", "unchanged", "not_modified"})
ZLIB_LEVEL = 6


@dataclass(frozen=True)
class PageState:
    """What the next check of a page needs to know."""

    page_id: int
    name: str
    url: str
    last_good: Page | None
    last_good_snapshot_id: int | None
    etag: str | None
    last_modified: str | None
    consecutive_failures: int
    failing_since: dt.datetime | None
    alert_open: bool
    last_check_at: dt.datetime | None
    last_success_at: dt.datetime | None


@dataclass(frozen=True)
class StoredForm:
    """A body and its parsed page as they are stored: hashed, serialised, compressed.

    Made before the write transaction begins (:func:`stored_form`), so none of that
    work happens while other writers wait.
    """

    sha256: str
    compressed: bytes
    size: int
    parsed: Blob | None


@dataclass(frozen=True)
class Blob:
    """Content as stored in ``blobs``: its SHA-256, size, and zlib-compressed bytes."""

    sha256: str
    size: int
    compressed: bytes

    @classmethod
    def of(cls, content: bytes) -> Blob:
        return cls(hashlib.sha256(content).hexdigest(), len(content), compress(content))


def compress(content: bytes) -> bytes:
    """zlib at its default level (6): as small as level 9 on these pages, to 0.1 %."""
    return zlib.compress(content, ZLIB_LEVEL)


def parsed_content(parsed: dict[str, Any]) -> bytes:
    """A parsed page as stored: compact JSON in UTF-8 (migration 0005 writes the same)."""
    return json.dumps(parsed, ensure_ascii=False, separators=(",", ":")).encode()


def stored_form(body: bytes, page: Page | None) -> StoredForm:
    """The stored form of ``body`` and its parsed ``page``."""
    body_blob = Blob.of(body)
    return StoredForm(
        sha256=body_blob.sha256,
        compressed=body_blob.compressed,
        size=body_blob.size,
        parsed=Blob.of(parsed_content(page.to_json())) if page is not None else None,
    )


@dataclass(frozen=True)
class CheckRecord:
    """One check as the pipeline saw it.

    ``outcome`` is one of ``changed``, ``unchanged``, ``not_modified`` (a 304, a
    success), ``failed`` or ``refused`` (fetched, but not a usable series page).
    ``body`` is the raw response body when there was one; ``page`` the parsed page
    of a successful 200. ``error`` must not contain secrets. ``stored``: the body's
    stored form when the caller prepared it (else storage makes it).
    """

    started_at: dt.datetime
    duration_ms: int
    outcome: CheckOutcome
    http_status: int | None = None
    error: str | None = None
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    page: Page | None = None
    stored: StoredForm | None = None


def is_first_check(state: PageState, record: CheckRecord) -> bool:
    """Whether ``record`` is a page's very first check, and a good one (a baseline)."""
    return (
        state.last_check_at is None
        and state.last_good_snapshot_id is None
        and not state.alert_open
        and record.outcome == "changed"
        and record.page is not None
        and record.body is not None
    )
