"""Rows and feeds for the analysts' exports: ``events`` and ``changes`` as JSON, CSV and tables,
and the events as an iCalendar feed.

Row building is pure (stored events/changes in, dicts out); only the calendar and the
page-name check read the database, through the session they are given.

CSV cells are made safe for spreadsheets: a text cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return gets a leading ``'``, so scraped text can never
run as a formula (numbers are left alone). JSON is never altered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from rvr_watch.errors import UsageError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from scraper.model import Event
    from storage.queries import StoredChange, StoredEvent

Row = dict[str, object]

EVENT_CSV_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (name, name)
    for name in (
        "page",
        "key",
        "first_key",
        "status",
        "title",
        "date",
        "start",
        "end",
        "venue",
        "street",
        "postcode",
        "city",
        "location",
        "audience",
        "note",
        "links",
        "summary",
        "first_seen_at",
        "last_seen_at",
        "gone_at",
        "lead_days",
    )
)
EVENT_TABLE_COLUMNS = (
    ("date", "date"),
    ("time", "time"),
    ("status", "status"),
    ("title", "title"),
    ("location", "place"),
    ("page", "page"),
    ("first_seen", "first seen (UTC)"),
    ("lead_days", "lead days"),
)
CHANGE_CSV_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (name, name)
    for name in (
        "id",
        "detected_at",
        "page",
        "kind",
        "event_id",
        "event_key",
        "event_title",
        "event_date",
        "event_start",
        "location",
        "fields",
        "details",
    )
)
CHANGE_TABLE_COLUMNS = (
    ("detected", "detected (UTC)"),
    ("page", "page"),
    ("kind", "kind"),
    ("event_title", "event"),
    ("event_date", "date"),
    ("fields", "what changed"),
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# --- events ------------------------------------------------------------------------------


def lead_days(stored: StoredEvent) -> int:
    """Days from the first sighting (its UTC calendar day) to the event's date.

    The same definition as ``v_events.lead_days``; negative when an event was first
    seen after its date (e.g. first seen in the Rückblick).
    """
    return (stored.event.date - stored.first_seen_at.astimezone(dt.UTC).date()).days


def event_json(stored: StoredEvent) -> dict[str, Any]:
    """The contract's event JSON plus ``page``, ``first_seen_at``, ``last_seen_at``,
    ``gone_at`` (ISO 8601 UTC) and ``lead_days``."""
    data = stored.event.to_json()
    data.update(
        page=stored.page,
        first_seen_at=stored.first_seen_at.isoformat(),
        last_seen_at=stored.last_seen_at.isoformat(),
        gone_at=stored.gone_at.isoformat() if stored.gone_at else None,
        lead_days=lead_days(stored),
    )
    return data


def event_row(stored: StoredEvent) -> Row:
    """One event flattened for CSV and tables (see :data:`EVENT_CSV_COLUMNS`)."""
    event = stored.event
    location = event.location
    return {
        "page": stored.page,
        "key": event.key,
        "first_key": stored.first_key,
        "status": event.status,
        "title": event.title,
        "date": event.date,
        "start": event.start,
        "end": event.end,
        "time": _time_range(event),
        "venue": location.venue if location else None,
        "street": location.street if location else None,
        "postcode": location.postcode if location else None,
        "city": location.city if location else None,
        "location": location.text if location else None,
        "audience": event.audience,
        "note": event.note,
        "links": " | ".join(_link_text(link.label, link.url, link.size) for link in event.links),
        "summary": event.summary,
        "first_seen_at": stored.first_seen_at,
        "first_seen": f"{stored.first_seen_at.astimezone(dt.UTC):%Y-%m-%d}",
        "last_seen_at": stored.last_seen_at,
        "gone_at": stored.gone_at,
        "lead_days": lead_days(stored),
    }


def _time_range(event: Event) -> str:
    if event.start is None:
        return ""
    text = f"{event.start:%H:%M}"
    if event.end is not None and event.end != event.start:
        text += f"–{event.end:%H:%M}"
        if event.end.date() != event.start.date():
            text += f" ({event.end:%Y-%m-%d})"
    return text


def _link_text(label: str, url: str, size: str | None) -> str:
    return f"{label} ({size}): {url}" if size else f"{label}: {url}"


# --- changes -----------------------------------------------------------------------------


def change_json(stored: StoredChange) -> dict[str, Any]:
    """A change for ``changes --format json``.

    Event kinds: ``event`` (key, title, date after the change), ``fields``, and the
    event JSON ``old`` and ``new``. Monitor kinds: ``event`` is null and ``details``
    holds the alert (since, failures, last_error, url).
    """
    data: dict[str, Any] = {
        "id": stored.id,
        "page": stored.page,
        "page_url": stored.page_url,
        "detected_at": stored.detected_at.isoformat(),
        "kind": stored.kind,
        "event_id": stored.event_id,
    }
    if stored.is_monitor:
        data.update(event=None, fields=[], old=None, new=None, details=stored.data)
        return data
    event = stored.data.get("new") or stored.data.get("old") or {}
    data.update(
        event={"key": event.get("key"), "title": event.get("title"), "date": event.get("date")},
        fields=stored.fields,
        old=stored.data.get("old"),
        new=stored.data.get("new"),
    )
    return data


def change_row(stored: StoredChange) -> Row:
    """One change flattened for CSV and tables (see :data:`CHANGE_CSV_COLUMNS`)."""
    event = {} if stored.is_monitor else stored.data.get("new") or stored.data.get("old") or {}
    location = event.get("location") or {}
    return {
        "id": stored.id,
        "detected_at": stored.detected_at,
        "detected": f"{stored.detected_at.astimezone(dt.UTC):%Y-%m-%d %H:%M}",
        "page": stored.page,
        "kind": stored.kind,
        "event_id": stored.event_id,
        "event_key": event.get("key"),
        "event_title": event.get("title"),
        "event_date": event.get("date"),
        "event_start": event.get("start"),
        "location": location.get("text"),
        "fields": ", ".join(str(f["field"]) for f in stored.fields),
        "details": _monitor_details(stored.data)
        if stored.is_monitor
        else "; ".join(_field_text(f) for f in stored.fields),
    }


def _field_text(field: Mapping[str, Any]) -> str:
    return f"{field['field']}: {_value_text(field['old'])} → {_value_text(field['new'])}"


def _value_text(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, list):
        return (
            ", ".join(
                str(item.get("url", item)) if isinstance(item, dict) else str(item)
                for item in value
            )
            or "–"
        )
    return str(value)


def _monitor_details(details: Mapping[str, Any]) -> str:
    parts = []
    if details.get("failures") is not None:
        parts.append(f"{details['failures']} failed checks")
    if details.get("since"):
        parts.append(f"since {details['since']}")
    if details.get("last_error"):
        parts.append(str(details["last_error"]))
    return "; ".join(parts)


# --- CSV safety --------------------------------------------------------------------------


def spreadsheet_safe(rows: Iterable[Mapping[str, object]]) -> list[Row]:
    """Rows whose text cells cannot start a spreadsheet formula (a ``'`` is put first)."""
    return [{key: _safe_cell(value) for key, value in row.items()} for row in rows]


def _safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


# --- the calendar feed -------------------------------------------------------------------


def calendar_selection(events: Sequence[StoredEvent], today: dt.date) -> list[StoredEvent]:
    """The events a calendar feed carries by default: dates from ``today`` on that are
    listed as upcoming, or cancelled (so subscribed calendars strike them out)."""
    return [
        stored
        for stored in events
        if stored.event.date >= today
        and (
            stored.event.status == "cancelled"
            or (stored.event.status == "upcoming" and stored.gone_at is None)
        )
    ]


def calendar_feed(
    session: Session,
    events: Sequence[StoredEvent],
    *,
    tz: ZoneInfo,
    dtstamp: dt.datetime | None = None,
    name: str = "Fachkräfte-Reihe (rvr-watch)",
) -> bytes:
    """The events as one iCalendar feed.

    Each event's UID is ``storage.queries.calendar_uids`` of its identity (stable across
    reschedules and renames, distinct for an event re-announced after it had gone), its
    SEQUENCE the number of reschedules, updates and cancellations recorded for it (as
    ``calendar_identities`` counts them for the e-mailed ``.ics``), its URL the page it
    was published on; cancelled events carry ``STATUS:CANCELLED``.
    """
    from notify.ics import CalendarEntry, events_to_ics
    from storage.queries import calendar_uids

    ids = [stored.id for stored in events]
    uids = calendar_uids(session, ids)
    sequences = _calendar_sequences(session, ids)
    urls = _page_urls(session)
    entries = []
    for stored in sorted(events, key=lambda stored: stored.page):  # stable: page by page
        uid, sequence = uids[stored.id], sequences.get(stored.id, 0)
        entries.append(CalendarEntry(stored.event, uid, sequence, urls[stored.page]))
    return events_to_ics(entries, tz=tz, calendar_name=name, dtstamp=dtstamp)


def _calendar_sequences(session: Session, event_ids: list[int]) -> dict[int, int]:
    """Per event id with a revising change: its SEQUENCE as of its latest one."""
    from sqlalchemy import func, select

    from storage.queries import CALENDAR_REVISING_KINDS, calendar_identities
    from storage.schema import ChangeRow

    if not event_ids:
        return {}
    latest = dict(
        session.execute(
            select(ChangeRow.event_id, func.max(ChangeRow.id))
            .where(
                ChangeRow.event_id.in_(event_ids),
                ChangeRow.kind.in_(CALENDAR_REVISING_KINDS),
            )
            .group_by(ChangeRow.event_id)
        ).all()
    )
    identities = calendar_identities(session, list(latest.values()))
    return {
        event_id: identities[change_id][1]
        for event_id, change_id in latest.items()
        if event_id is not None and change_id in identities
    }


def _page_urls(session: Session) -> dict[str, str]:
    from sqlalchemy import select

    from storage.schema import PageRow

    return {name: url for name, url in session.execute(select(PageRow.name, PageRow.url))}


# --- options -----------------------------------------------------------------------------


def check_page_name(session: Session, configured: Iterable[str], name: str | None) -> None:
    """A usage error unless ``name`` is ``None``, a configured page or a stored one."""
    from sqlalchemy import select

    from storage.schema import PageRow

    if name is None:
        return
    known = set(configured) | set(session.scalars(select(PageRow.name)))
    if name not in known:
        listed = ", ".join(sorted(known)) or "none"
        raise UsageError(f"--page: no page named {name!r} (known: {listed})")


def parse_since(value: str | None, tz: ZoneInfo) -> dt.datetime | None:
    """``--since YYYY-MM-DD`` as the start of that day in ``tz``; a usage error otherwise."""
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--since: not a date in the form YYYY-MM-DD: {value!r}") from None
    if len(value) != 10:
        raise UsageError(f"--since: not a date in the form YYYY-MM-DD: {value!r}")
    return dt.datetime.combine(day, dt.time(), tz)
