"""What the website reads from the history database, in short read-only transactions.

Every request opens a read-only session (SQLite ``BEGIN DEFERRED``: no write lock, so a
check is never kept waiting), reads and closes. The published content (events, their
versions, changes, page URLs) is summed up by :func:`content_state`: a fingerprint that
changes whenever anything shown on the dates pages or in the feeds may have changed, and
the time of the latest such change. Pages and feeds are cached under it, and feeds answer
``ETag``/``Last-Modified`` from it without being built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from rvr_watch import __version__

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.queries import StoredChange

T = TypeVar("T")
STATE_TTL_S = 1.0  # how long one fingerprint is trusted: feeds polled every 15 min don't care
CACHE_ENTRIES = 512
CHANGES_SHOWN = 200

_STATE_SQL = """
SELECT
  (SELECT max(id) FROM events),
  (SELECT max(id) FROM event_versions),
  (SELECT max(id) FROM changes),
  (SELECT count(*) FROM events WHERE gone_at IS NOT NULL),
  (SELECT max(detected_at) FROM changes),
  (SELECT valid_from FROM event_versions ORDER BY id DESC LIMIT 1),
  (SELECT max(gone_at) FROM events)
"""


@dataclass(frozen=True)
class ContentState:
    """A fingerprint of the published content and when it last changed (UTC, seconds)."""

    version: str
    modified: dt.datetime


def content_state(session: Session) -> ContentState:
    """Read the fingerprint: a few indexed aggregates and the (small) pages table."""
    from sqlalchemy import select, text

    from storage.schema import PageRow, UTCDateTime

    row = session.execute(text(_STATE_SQL)).one()
    pages = session.execute(select(PageRow.name, PageRow.url).order_by(PageRow.name)).all()
    digest = hashlib.sha256(repr((__version__, tuple(row[:4]), pages)).encode()).hexdigest()
    moments = [_as_utc(value, UTCDateTime(), session) for value in row[4:]]
    known = [moment for moment in moments if moment is not None]
    modified = max(known) if known else dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    return ContentState(digest[:32], modified.replace(microsecond=0))


def _as_utc(value: Any, kind: Any, session: Session) -> dt.datetime | None:
    # Raw SQL gives the stored form (SQLite text, PostgreSQL datetime): read it as the ORM would.
    if value is None:
        return None
    result: dt.datetime | None = kind.process_result_value(value, session.get_bind().dialect)
    return result


class Cache:
    """The site's memo: the content state for :data:`STATE_TTL_S`, and built answers
    under (what, content version) in a bounded LRU. Thread-safe."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._state: tuple[float, ContentState] | None = None
        self._refreshing = False
        self._entries: OrderedDict[tuple[Any, ...], Any] = OrderedDict()

    def fresh_state(self) -> ContentState | None:
        """The content state if it was read less than :data:`STATE_TTL_S` ago."""
        with self._lock:
            if self._state is not None and self._clock() - self._state[0] < STATE_TTL_S:
                return self._state[1]
        return None

    def state(self, read: Callable[[], ContentState]) -> ContentState:
        """The content state, read again at most every :data:`STATE_TTL_S` seconds.

        One reader refreshes it; requests arriving meanwhile use the previous one
        (a burst of requests must not all query the database at the same moment).
        """
        now = self._clock()
        with self._lock:
            if self._state is not None and (now - self._state[0] < STATE_TTL_S or self._refreshing):
                return self._state[1]
            self._refreshing = True
        try:
            state = read()
        finally:
            with self._lock:
                self._refreshing = False
        with self._lock:
            self._state = (now, state)
        return state

    def peek(self, key: tuple[Any, ...]) -> Any | None:
        """The answer cached under ``key``, or ``None`` (never builds)."""
        with self._lock:
            return self._entries.get(key)

    def get(self, key: tuple[Any, ...], build: Callable[[], T]) -> T:
        """The answer cached under ``key`` (which must include the content version)."""
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                found: T = self._entries[key]
                return found
        value = build()
        with self._lock:
            self._entries[key] = value
            while len(self._entries) > CACHE_ENTRIES:
                self._entries.popitem(last=False)
        return value


def recent_changes(
    session: Session, *, page: str | None, kind: str | None, limit: int = CHANGES_SHOWN
) -> list[StoredChange]:
    """The newest changes (optionally of one page and kind), at most ``limit``."""
    from sqlalchemy import select

    from storage.queries import load_changes
    from storage.schema import ChangeRow, PageRow

    query = select(ChangeRow.id)
    if page is not None:
        query = query.join(PageRow, PageRow.id == ChangeRow.page_id).where(PageRow.name == page)
    if kind is not None:
        query = query.where(ChangeRow.kind == kind)
    query = query.order_by(ChangeRow.detected_at.desc(), ChangeRow.id.desc()).limit(limit)
    return load_changes(session, list(session.scalars(query)))


def series_titles(session: Session, names: list[str]) -> dict[str, str]:
    """The published series title of each page (from its last good snapshot), if known."""
    from storage.errors import UnknownPage
    from storage.repo import load_last_good

    titles = {}
    for name in names:
        try:
            page = load_last_good(session, name)
        except UnknownPage:  # configured but never checked
            continue
        if page is not None and page.series.title:
            titles[name] = page.series.title
    return titles
