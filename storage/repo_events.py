"""Carrying event identities from one parsed page to the next (part of ``storage.repo``).

One ``events`` row per identity holds the current state; ``event_versions`` gets a
row only when something about the event changed, with the fields that did. The
identity pairs come from ``storage.diff.event_pairs``, the same matching the diff
uses, so a change and the event row it belongs to always agree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from scraper.model import Event, Page
from storage.diff import EventPairs, event_pairs
from storage.schema import EventRow, EventVersionRow


@dataclass
class EventLinks:
    """Which ``events`` row each old and new :class:`Event` of a check belongs to."""

    by_old: dict[Event, int] = field(default_factory=dict)
    by_new: dict[Event, int] = field(default_factory=dict)

    def row_for(self, old: Event | None, new: Event | None) -> int | None:
        """The row id of a change's event (its new side first)."""
        if new is not None and new in self.by_new:
            return self.by_new[new]
        if old is not None:
            return self.by_old.get(old)
        return None


@dataclass(frozen=True)
class _Seen:
    page_id: int
    check_id: int
    at: dt.datetime


def apply_events(
    session: Session,
    seen: tuple[int, int, dt.datetime],
    old_page: Page | None,
    new_page: Page,
    pairs: EventPairs | None = None,
) -> EventLinks:
    """Update the page's event rows from ``old_page`` to ``new_page``.

    ``seen`` is ``(page_id, check_id, time)`` of the check. ``pairs``: the identity
    pairs, when the caller has them already (:func:`storage.diff.event_pairs`, computed
    before the transaction began). Returns the links used to attach change rows to
    their events.
    """
    ctx = _Seen(*seen)
    links = EventLinks()
    if pairs is None:
        pairs = event_pairs(old_page, new_page)
    rows = _ActiveRows(session, ctx.page_id)
    inserted: list[tuple[Event, EventRow]] = []
    for old, new in pairs:
        row = rows.take(old) if old is not None else None
        if row is not None and old is not None:
            links.by_old[old] = row.id
        if new is None:
            if row is not None:
                _mark_gone(session, row, ctx)
            continue
        if row is None:
            inserted.append((new, _insert(session, new, ctx)))
        else:
            _update(session, row, new, ctx)
            links.by_new[new] = row.id
    # New events are inserted together (one multi-row INSERT … RETURNING), then their
    # first versions: a page's first check writes all of its events at once.
    session.flush()
    for new, row in inserted:
        _add_version(session, row, ctx, [])
        links.by_new[new] = row.id
    return links


def touch_listed(session: Session, page_id: int, check_id: int, at: dt.datetime) -> None:
    """Mark every event still listed on the page as seen by this successful check.

    One prepared Core statement (it runs on every successful check; the ORM's bulk
    update costs more than the database does), after flushing what the session holds.
    """
    session.flush()
    session.connection().execute(_TOUCH_LISTED, {"page": page_id, "at": at, "check": check_id})
    expire_held(session, page_id, EventRow)


# Bound names differ from column names: SQLAlchemy reserves those in SET clauses.
_TOUCH_LISTED = (
    update(EventRow)
    .where(EventRow.page_id == bindparam("page"), EventRow.gone_at.is_(None))
    .values(
        last_seen_at=bindparam("at", type_=EventRow.last_seen_at.type),
        last_check_id=bindparam("check"),
    )
)


def expire_held(session: Session, page_id: int, *kinds: type[Any]) -> None:
    """Expire the session's rows of these kinds for the page, after a Core statement
    changed them behind its back: they are read again on their next access."""
    for held in list(session.identity_map.values()):
        if isinstance(held, kinds) and held.page_id == page_id:
            session.expire(held)


class _ActiveRows:
    """The page's listed event rows, found by key (and content when keys repeat)."""

    def __init__(self, session: Session, page_id: int) -> None:
        self._by_key: dict[str, list[EventRow]] = defaultdict(list)
        query = select(EventRow).where(EventRow.page_id == page_id, EventRow.gone_at.is_(None))
        for row in session.scalars(query.order_by(EventRow.id)):
            self._by_key[row.key].append(row)

    def take(self, event: Event) -> EventRow | None:
        candidates = self._by_key.get(event.key) or []
        if not candidates:
            return None
        data = event.to_json()
        chosen = next((row for row in candidates if row.data == data), candidates[0])
        candidates.remove(chosen)
        return chosen


def event_columns(event: Event) -> dict[str, Any]:
    """The ``events`` columns that hold an event's current state."""
    return {
        "key": event.key,
        "title": event.title,
        "date": event.date,
        "start_local": event.start.isoformat() if event.start else None,
        "end_local": event.end.isoformat() if event.end else None,
        "start_utc": event.start.astimezone(dt.UTC) if event.start else None,
        "status": event.status,
        "location": event.location.text if event.location else None,
        "data": event.to_json(),
    }


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Top-level event JSON fields whose values differ, in ``new``'s order.

    (PostgreSQL's JSONB does not keep key order, so ``old`` may come back sorted.)
    """
    names: Iterable[str] = dict.fromkeys([*new, *old])
    return [name for name in names if old.get(name) != new.get(name)]


def _insert(session: Session, event: Event, ctx: _Seen) -> EventRow:
    row = EventRow(
        page_id=ctx.page_id,
        first_key=event.key,
        first_seen_at=ctx.at,
        last_seen_at=ctx.at,
        first_seen_check_id=ctx.check_id,
        last_check_id=ctx.check_id,
        **event_columns(event),
    )
    session.add(row)
    return row


def _update(session: Session, row: EventRow, event: Event, ctx: _Seen) -> None:
    new_data = event.to_json()
    fields = changed_fields(row.data, new_data)
    if not fields:
        return
    _close_current(session, row.id, ctx.at)
    for name, value in event_columns(event).items():
        setattr(row, name, value)
    _add_version(session, row, ctx, fields)


def _mark_gone(session: Session, row: EventRow, ctx: _Seen) -> None:
    row.gone_at = ctx.at
    _close_current(session, row.id, ctx.at)


def _close_current(session: Session, event_id: int, at: dt.datetime) -> None:
    session.execute(
        update(EventVersionRow)
        .where(EventVersionRow.event_id == event_id, EventVersionRow.valid_to.is_(None))
        .values(valid_to=at)
    )


def _add_version(session: Session, row: EventRow, ctx: _Seen, fields: list[str]) -> None:
    session.add(
        EventVersionRow(
            event_id=row.id,
            valid_from=ctx.at,
            check_id=ctx.check_id,
            data=row.data,
            changed_fields=fields,
        )
    )
