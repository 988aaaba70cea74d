"""``rvr-watch history EVENT``: every version of one event, when it was seen, what changed."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.schema import EventRow

COLUMNS = (
    ("valid_from", "seen from (UTC)"),
    ("valid_to", "until (UTC)"),
    ("kind", "change"),
    ("changed_fields", "fields changed"),
    ("date", "date"),
    ("status", "status"),
    ("title", "title"),
    ("location", "place"),
)


@dataclass(frozen=True)
class Version:
    """One stored state of an event; ``kind`` is the change its check recorded, if any."""

    valid_from: dt.datetime
    valid_to: dt.datetime | None
    check_id: int
    kind: str | None
    changed_fields: list[str]
    data: dict[str, Any]


@dataclass(frozen=True)
class History:
    """An event identity and its versions, oldest first."""

    event_id: int
    page: str
    key: str
    first_key: str
    first_seen_at: dt.datetime
    gone_at: dt.datetime | None
    versions: list[Version]
    changes: list[dict[str, Any]]


def run(args: argparse.Namespace) -> int:
    """Print the versions of the event(s) the key names as a table or JSON."""
    from rvr_watch.engine.wiring import open_database
    from rvr_watch.output.tables import format_json, format_table

    config = config_for(args.config)
    database = open_database(config.database)
    try:
        with database.sessions() as session:
            histories = load_histories(session, args.event, args.page)
    finally:
        database.engine.dispose()
    if args.format == "json":
        *earlier, latest = histories
        print(format_json(history_json(latest, earlier)))
        return EXIT_OK
    if len(histories) > 1:
        print(f"{args.event} names {len(histories)} events on {histories[0].page}, oldest first")
    for n, history in enumerate(histories):
        if n:
            print()
        print(
            f"{history.key} on {history.page} "
            f"(first key {history.first_key}, event {history.event_id})"
        )
        print(format_table([_row(version) for version in history.versions], COLUMNS))
        if history.gone_at is not None:
            kinds = [c["kind"] for c in history.changes if c["detected_at"] == history.gone_at]
            how = f" ({kinds[0]})" if kinds else ""
            print(f"gone from the page since {history.gone_at:%Y-%m-%d %H:%M} UTC{how}")
    return EXIT_OK


def load_histories(session: Session, key: str, page: str | None) -> list[History]:
    """The histories of the events of one page whose current or first key is ``key``,
    oldest first.

    Usually one; more when the event was removed and later announced again (each time
    it came back it got a new identity), or when another event took over a moved
    event's key. A usage error when there is none, or when events of several pages
    have the key and ``page`` is not given.
    """
    from sqlalchemy import or_, select

    from storage.schema import EventRow, PageRow

    query = (
        select(EventRow, PageRow.name)
        .join(PageRow, PageRow.id == EventRow.page_id)
        .where(or_(EventRow.key == key, EventRow.first_key == key))
    )
    if page is not None:
        query = query.where(PageRow.name == page)
    found = session.execute(query.order_by(EventRow.first_seen_at, EventRow.id)).all()
    if not found:
        raise UsageError(f"no event with key {key!r} (see `rvr-watch events --all`)")
    pages = sorted({name for _, name in found})
    if len(pages) > 1:
        raise UsageError(
            f"events on several pages have the key {key!r}: {', '.join(pages)}; use --page"
        )
    return [_history(session, event, name) for event, name in found]


def _history(session: Session, event: EventRow, page_name: str) -> History:
    from sqlalchemy import select

    from storage.schema import ChangeRow, EventVersionRow

    changes = session.scalars(
        select(ChangeRow).where(ChangeRow.event_id == event.id).order_by(ChangeRow.id)
    ).all()
    kind_by_check = {change.check_id: change.kind for change in changes}
    versions = session.scalars(
        select(EventVersionRow)
        .where(EventVersionRow.event_id == event.id)
        .order_by(EventVersionRow.valid_from, EventVersionRow.id)
    ).all()
    return History(
        event_id=event.id,
        page=page_name,
        key=event.key,
        first_key=event.first_key,
        first_seen_at=event.first_seen_at,
        gone_at=event.gone_at,
        versions=[
            Version(
                v.valid_from,
                v.valid_to,
                v.check_id,
                kind_by_check.get(v.check_id),
                list(v.changed_fields),
                dict(v.data),
            )
            for v in versions
        ],
        changes=[
            {"id": c.id, "kind": c.kind, "detected_at": c.detected_at, "fields": c.fields}
            for c in changes
        ],
    )


def history_json(history: History, earlier: Sequence[History] = ()) -> dict[str, Any]:
    """The JSON form: the identity, its versions (with the event JSON) and its changes;
    ``earlier`` the older identities with the same key, oldest first, in the same form."""
    return {
        "event_id": history.event_id,
        "page": history.page,
        "key": history.key,
        "first_key": history.first_key,
        "first_seen_at": history.first_seen_at,
        "gone_at": history.gone_at,
        "versions": [
            {
                "valid_from": v.valid_from,
                "valid_to": v.valid_to,
                "check_id": v.check_id,
                "change": v.kind,
                "changed_fields": v.changed_fields,
                "event": v.data,
            }
            for v in history.versions
        ],
        "changes": history.changes,
        "earlier": [history_json(older) for older in earlier],
    }


def _row(version: Version) -> dict[str, object]:
    data = version.data
    location = data.get("location") or {}
    return {
        "valid_from": f"{version.valid_from:%Y-%m-%d %H:%M}",
        "valid_to": f"{version.valid_to:%Y-%m-%d %H:%M}" if version.valid_to else "",
        "kind": version.kind or ("first seen" if not version.changed_fields else ""),
        "changed_fields": version.changed_fields,
        "date": data.get("date"),
        "status": data.get("status"),
        "title": data.get("title"),
        "location": location.get("text"),
    }
