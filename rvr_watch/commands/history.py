"""``rvr-watch history EVENT``: every version of one event, when it was seen, what changed."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.queries import EventHistory, EventVersion

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


def run(args: argparse.Namespace) -> int:
    """Print the versions of the event(s) the term names as a table or JSON."""
    from rvr_watch.commands.reading import read_history
    from rvr_watch.output.tables import format_json, format_table

    config = config_for(args.config)
    histories = read_history(config, lambda session: load_histories(session, args.event, args.page))
    if args.format == "json":
        *earlier, latest = histories
        print(format_json(history_json(latest, earlier)))
        return EXIT_OK
    if len(histories) > 1:
        named = {args.event} & {key for h in histories for key in (h.key, h.first_key)}
        key = named.pop() if named else histories[-1].key
        print(f"{key} names {len(histories)} events on {histories[0].page}, oldest first")
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


def load_histories(session: Session, term: str, page: str | None) -> list[EventHistory]:
    """The histories of the events of one page that ``term`` names, oldest first.

    ``term`` is an event's key (current or first), or a unique part of one: a piece of a
    key or title (``karriere``), ignoring case. Usually one event; more when the event
    was removed and later announced again (each return is a new identity with the same
    key). A usage error when nothing matches, when the term fits several different
    events (they are listed), or events on several pages.
    """
    from storage.queries import event_history, find_events

    exact, found = find_events(session, term, page)
    if not found:
        raise UsageError(f"no event matches {term!r} (see `rvr-watch events --all`)")
    pages = sorted({match.page for match in found})
    if len(pages) > 1:
        what = f"have the key {term!r}" if exact else f"match {term!r}"
        raise UsageError(f"events on several pages {what}: {', '.join(pages)}; use --page")
    if not exact:
        keys = list(dict.fromkeys(match.key for match in found))
        if len(keys) > 1:
            listed = "; ".join(
                f"{key} ({next(m.title for m in found if m.key == key)})" for key in keys[:8]
            )
            more = f"; and {len(keys) - 8} more" if len(keys) > 8 else ""
            raise UsageError(
                f"{term!r} matches {len(keys)} events: {listed}{more}; give more of the key"
            )
        _, found = find_events(session, keys[0], pages[0])
    return [event_history(session, match.id) for match in found]


def history_json(history: EventHistory, earlier: Sequence[EventHistory] = ()) -> dict[str, Any]:
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


def _row(version: EventVersion) -> dict[str, object]:
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
