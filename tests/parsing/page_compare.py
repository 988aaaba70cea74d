"""Field-by-field comparison of a parsed page with the expected contract JSON.

A mismatch names the event (by key) and the field, so a failing property test says
what the parser got wrong, not just that two big dicts differ. Event order is not part
of the contract: events are matched by key.
"""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]

EVENT_FIELDS = (
    "status",
    "title",
    "date",
    "start",
    "end",
    "daily",
    "audience",
    "note",
    "location",
    "links",
    "summary",
)
LOCATION_FIELDS = ("venue", "street", "postcode", "city", "text")


def field_values(page: Json) -> dict[str, Any]:
    """Every field of a page as ``path -> value`` (``events[<key>].location.city`` …)."""
    out: dict[str, Any] = {
        "series.title": page["series"]["title"],
        "series.subtitle": page["series"].get("subtitle"),
    }
    for event in page["events"]:
        prefix = f"events[{event['key']}]"
        for name in EVENT_FIELDS:
            value = event.get(name)
            if name == "location":
                for part in LOCATION_FIELDS:
                    out[f"{prefix}.location.{part}"] = value.get(part) if value else None
            elif name == "links":
                out[f"{prefix}.links"] = [
                    (li["label"], li["url"], li.get("size")) for li in value or []
                ]
            else:
                out[f"{prefix}.{name}"] = value
    for i, contact in enumerate(page.get("contacts", [])):
        for name in ("name", "unit", "email", "phone"):
            out[f"contacts[{i}].{name}"] = contact.get(name)
    return out


def align(got: Json, expected: Json) -> tuple[Json, list[str]]:
    """``got`` with each event that has the wrong key but the date of an expected event
    relabelled to that event's key (so its other fields are still compared), and the
    key mismatches found."""
    want = {e["key"]: e for e in expected["events"]}
    have = {e["key"] for e in got["events"]}
    free = [k for k in want if k not in have]
    notes: list[str] = []
    events = []
    for event in got["events"]:
        if event["key"] not in want:
            same_day = [k for k in free if want[k]["date"] == event["date"]]
            if same_day:
                free.remove(same_day[0])
                notes.append(f"events[{same_day[0]}].key: got {event['key']!r}")
                events.append({**event, "key": same_day[0]})
                continue
        events.append(event)
    return {**got, "events": events}, notes


def mismatches(got: Json, expected: Json) -> list[str]:
    """``path: expected … got …`` for every field that differs (empty when equal)."""
    got, notes = align(got, expected)
    g, e = field_values(got), field_values(expected)
    missing = sorted({k.split("]")[0] + "]" for k in e if k not in g and k.startswith("events")})
    extra = sorted({k.split("]")[0] + "]" for k in g if k not in e and k.startswith("events")})
    out = notes + [f"missing event {k[7:-1]}" for k in missing]
    out += [
        f"unexpected event {k[7:-1]} ({g.get(k + '.status')}, {g.get(k + '.title')!r})"
        for k in extra
    ]
    for path, want in e.items():
        if path in g and g[path] != want:
            out.append(f"{path}: expected {want!r}, got {g[path]!r}")
    contacts = [p for p in g if p.startswith("contacts") and p not in e]
    out += [f"unexpected {p} = {g[p]!r}" for p in contacts]
    return out


def score(got: Json | None, expected: Json, *, stated_only: bool = False) -> tuple[int, int]:
    """(fields right, fields expected) — for the accuracy report. ``stated_only`` counts
    only fields the page states (expected value not null or empty)."""
    e = field_values(expected)
    if stated_only:
        e = {path: want for path, want in e.items() if want not in (None, [], "")}
    if got is None:
        return 0, len(e)
    got, _ = align(got, expected)
    g = field_values(got)
    return sum(1 for path, want in e.items() if g.get(path, object()) == want), len(e)
