"""What the pipeline hands to storage, and what storage tells it back: plain data.

No SQLAlchemy here, so the pure parts of a check can build these without importing
the database layer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from scraper.model import Page

CheckOutcome = Literal["changed", "unchanged", "not_modified", "failed", "refused"]
SUCCESS_OUTCOMES = frozenset({"changed", "unchanged", "not_modified"})
ZLIB_LEVEL = 9


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
    parsed: dict[str, Any] | None


def stored_form(body: bytes, page: Page | None) -> StoredForm:
    """The stored form of ``body`` and its parsed ``page``."""
    return StoredForm(
        sha256=hashlib.sha256(body).hexdigest(),
        compressed=zlib.compress(body, ZLIB_LEVEL),
        size=len(body),
        parsed=page.to_json() if page is not None else None,
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
    outcome: str
    http_status: int | None = None
    error: str | None = None
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    page: Page | None = None
    stored: StoredForm | None = None
