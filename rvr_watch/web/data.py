"""What the website reads from the history database, in short read-only transactions.

Every request opens a read-only session (SQLite ``BEGIN DEFERRED``: no write lock, so a
check is never kept waiting), reads and closes. The published content (events, their
versions, changes, page URLs) is summed up by :func:`content_state`: a fingerprint that
changes whenever anything shown on the dates pages or in the feeds may have changed, and
the time of the latest such change. Pages and feeds are cached under it, and feeds answer
``ETag``/``Last-Modified`` from it without being built.
"""

from __future__ import annotations

import asyncio
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
CACHE_ENTRIES = 2048
STALE_AFTER_S = 0.5  # how long a request waits for a new answer before getting the last one
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
    """The content state, remembered for :data:`STATE_TTL_S`. Thread-safe."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._state: tuple[float, ContentState] | None = None
        self._refreshing = False

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


class Answers:
    """Answers built from the content: each (variant, version) built once, in a worker
    thread, however many requests ask for it at the same time (single flight), and kept
    in a bounded LRU.

    After a change, a big answer (the calendar of every page over years) takes seconds to
    build; requests meanwhile get the newest finished answer of their variant if the new
    one is not ready within :data:`STALE_AFTER_S`. Used from the event loop only.
    """

    def __init__(self, stale_after_s: float = STALE_AFTER_S) -> None:
        self.stale_after_s = stale_after_s
        self._done: OrderedDict[tuple[Any, ...], tuple[ContentState, Any]] = OrderedDict()
        self._latest: OrderedDict[tuple[Any, ...], tuple[ContentState, Any]] = OrderedDict()
        self._running: dict[tuple[Any, ...], asyncio.Future[Any]] = {}

    def ready(self, variant: tuple[Any, ...], state: ContentState) -> Any | None:
        """The answer for ``variant`` at ``state`` if it is built (no waiting)."""
        done = self._done.get((variant, state.version))
        return done[1] if done is not None else None

    async def get(
        self, variant: tuple[Any, ...], state: ContentState, build: Callable[[], T]
    ) -> tuple[ContentState, T]:
        """The answer for ``variant`` and the state it was built for."""
        from starlette.concurrency import run_in_threadpool

        key = (variant, state.version)
        done = self._done.get(key)
        if done is not None:
            self._done.move_to_end(key)
            return done
        future = self._running.get(key)
        if future is None:
            future = asyncio.ensure_future(run_in_threadpool(build))
            self._running[key] = future
            future.add_done_callback(lambda f: self._finish(key, variant, state, f))
        previous = self._latest.get(variant)
        try:
            value = await asyncio.wait_for(
                asyncio.shield(future), self.stale_after_s if previous is not None else None
            )
        except TimeoutError:
            assert previous is not None
            return previous
        return state, value

    def _finish(
        self,
        key: tuple[Any, ...],
        variant: tuple[Any, ...],
        state: ContentState,
        future: asyncio.Future[Any],
    ) -> None:
        self._running.pop(key, None)
        if future.cancelled() or future.exception() is not None:
            return
        value = future.result()
        if getattr(value, "status", 200) != 200:
            return  # a "not found" is not kept: made-up URLs must not crowd out real pages
        self._done[key] = (state, value)
        self._latest[variant] = (state, value)
        _trim(self._done)
        _trim(self._latest)


def _trim(entries: OrderedDict[tuple[Any, ...], Any]) -> None:
    while len(entries) > CACHE_ENTRIES:
        entries.popitem(last=False)


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
