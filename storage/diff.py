"""The structured diff: what changed between two parsed versions of a series page.

Pure: no I/O and no clock (``now`` is passed in). The rules, in short (docs/diff.md
has them in plain words with examples):

* Identity (:func:`match_events`): an old and a new event are the same event when they
  fall on the same day and their titles are alike, contained in one another, share a
  known venue, or one of them is in the Rückblick (titles get rewritten there) or is
  named by the series' title (a date announced before its topic); or, on
  different days, when neither is in the Rückblick, the old one is not over yet (given
  ``now``), their titles carry the same numbers and are near-identical (difflib ratio
  >= 0.85, >= 0.9 if the venue changed too).
* Kinds (:func:`diff_pages`), per matched pair, at most one change per event:

  ====================  ==========================================================
  old → new             change
  ====================  ==========================================================
  none → upcoming        ``new_date`` (nothing if its date has already passed)
  none → cancelled       ``cancelled`` if its date has not passed, else nothing
  none → past            nothing
  upcoming → none        ``removed`` if not passed, else ``concluded``
  upcoming → upcoming    ``rescheduled`` if date/start/end changed, else ``updated``
                         if title/venue/address/location/audience/links changed;
                         nothing once the event has passed
  upcoming → cancelled   ``cancelled``
  upcoming → past        ``concluded``
  cancelled → upcoming   ``rescheduled`` (it is back on), nothing if passed
  past → cancelled       ``cancelled`` if not passed, else nothing
  anything else          nothing (cancelled or past events disappearing, Rückblick
                         edits, an event moved back from the Rückblick)
  ====================  ==========================================================

* Fields are compared on normalised values (:func:`normalize_text`) and reported with
  the published values. Every field that differs is listed, including ``note`` and
  ``status``, but ``note`` alone never makes a change (the contract does not list it)
  and ``summary`` (Rückblick prose) is never compared.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, TypeAlias, cast
from urllib.parse import urlsplit, urlunsplit

from scraper.model import Event, Location, Page
from scraper.text import clean_text
from storage.kinds import CHANGE_KINDS, ChangeKind

# Most significant first. Only the first four can compete for one event (new_date needs
# no old event, concluded is decided by the status); the rest give a total order for display.
SIGNIFICANCE: tuple[ChangeKind, ...] = (
    "cancelled",
    "removed",
    "rescheduled",
    "updated",
    "new_date",
    "concluded",
)
JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"

# Field names in the order changes list them.
FIELDS: tuple[str, ...] = (
    "date",
    "start",
    "end",
    "title",
    "venue",
    "street",
    "postcode",
    "city",
    "location",
    "audience",
    "links",
    "status",
    "note",
)
SCHEDULE_FIELDS = frozenset({"date", "start", "end"})
DETAIL_FIELDS = frozenset(
    {"title", "venue", "street", "postcode", "city", "location", "audience", "links"}
)

# Identity thresholds on difflib ratios of normalised titles. A fixed typo or a swapped
# apostrophe scores ~0.99, one added word in a 40-character title ~0.88; two different
# series titles score < 0.4. Same-day pairs need less evidence (the series has about one
# event a month); moved pairs need a near-identical title.
SAME_DAY_TITLE = 0.6
MOVED_TITLE = 0.85
MOVED_TITLE_ELSEWHERE = 0.9
# Bounds on the work for hostile pages (see match_events): titles beyond this length are
# compared on their beginning, and at most this many candidate pairs are scored.
TITLE_COMPARED = 500
MAX_CANDIDATES = 10_000

_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2039\u203a`\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
_DASH = re.compile(r"\s*-\s*")
_STREET_ABBREV = re.compile(r"str\.")
_NON_ALNUM = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one event that changed: published old and new values, JSON-able."""

    field: str
    old: JSONValue
    new: JSONValue

    def to_json(self) -> dict[str, JSONValue]:
        return {"field": self.field, "old": self.old, "new": self.new}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FieldChange:
        return cls(field=data["field"], old=data["old"], new=data["new"])


@dataclass(frozen=True, slots=True)
class Change:
    """One change of one event; ``old``/``new`` are the event before and after."""

    kind: ChangeKind
    old: Event | None
    new: Event | None
    fields: tuple[FieldChange, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in CHANGE_KINDS:
            raise ValueError(f"unknown change kind {self.kind!r}")
        if self.old is None and self.new is None:
            raise ValueError("a change needs an old or a new event")

    @property
    def event(self) -> Event:
        """The event as it stands now (the new version, else the last one seen)."""
        event = self.new if self.new is not None else self.old
        assert event is not None  # guaranteed by __post_init__
        return event

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "old": self.old.to_json() if self.old else None,
            "new": self.new.to_json() if self.new else None,
            "fields": [f.to_json() for f in self.fields],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        """Rebuild a change from :meth:`to_json` output."""
        kind = data["kind"]
        if kind not in CHANGE_KINDS:
            raise ValueError(f"unknown change kind {kind!r}")
        return cls(
            kind=cast(ChangeKind, kind),
            old=Event.from_json(data["old"]) if data.get("old") else None,
            new=Event.from_json(data["new"]) if data.get("new") else None,
            fields=tuple(FieldChange.from_json(f) for f in data.get("fields") or ()),
        )


def normalize_text(s: str | None) -> str:
    """The comparison form of a text: what stays when noise is taken out.

    Invisible characters and whitespace (``clean_text``), compatibility forms (NFKC:
    "…" is "...", no-break spaces are spaces), typographic quotes and apostrophes
    (’ ‘ „ “ « » are ' and "), dashes (– — ‑ − are -, spacing around them ignored) and
    case (casefold: a title set in capitals is the same title). ``None`` is "".
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", clean_text(s)).translate(_TYPOGRAPHY)
    return " ".join(_DASH.sub("-", s).split()).casefold()


def has_passed(event: Event, now: dt.datetime) -> bool:
    """Whether ``event`` is over at ``now`` (aware, in the configured timezone).

    With an end time (a multi-day event's end is on its last day), the event is over at
    its end; otherwise at the end of its ``date`` in ``now``'s timezone.
    """
    if event.end is not None:
        return now >= event.end
    return now.date() > event.date


def match_events(
    old: Sequence[Event],
    new: Sequence[Event],
    now: dt.datetime | None = None,
    *,
    unnamed: frozenset[str] = frozenset(),
) -> list[tuple[Event | None, Event | None]]:
    """Pair old and new events that are the same event (identity); see the module doc.

    Identical events pair first (nothing can score higher). The rest greedily, best score
    first: title similarity, +0.5 for the same day, +0.2 for the same venue (0.1 if
    unknown), +1 for the same key, a little less the further the date moved. Ties break
    on the events' content, so the result does not depend on page order. Unmatched
    events pair with ``None``. Pairs are sorted by date, then content.

    With ``now`` (aware, in the configured timezone), an old event that is over
    (:func:`has_passed`) pairs only on its own day: a date that has taken place does not
    move, so the next date of a recurring event under the same title ("Offene
    Sprechstunde" every month) is a new date, not the old one rescheduled.

    ``unnamed``: titles that name no event of its own, the pages' series titles (see
    :func:`series_names`): a date announced before its topic ("Save the Date", named
    by the series) is the event its day later names, whatever its title then.

    The work is bounded (hostile pages): titles are compared on their first
    :data:`TITLE_COMPARED` characters, and when more than :data:`MAX_CANDIDATES` pairs
    would have to be scored, only same-day pairs with the same key are considered.
    """
    old_ids = [_content_id(e) for e in old]
    new_ids = [_content_id(e) for e in new]
    pairs: list[tuple[Event | None, Event | None]] = []
    unmatched_old: dict[str, list[int]] = {}
    for i, content in enumerate(old_ids):
        unmatched_old.setdefault(content, []).append(i)
    rest_new: list[int] = []
    for j, content in enumerate(new_ids):
        same = unmatched_old.get(content)
        if same:
            pairs.append((old[same.pop(0)], new[j]))
        else:
            rest_new.append(j)
    rest_old = sorted(i for indexes in unmatched_old.values() for i in indexes)
    used_old: set[int] = set()
    used_new: set[int] = set()
    for i, j in _greedy(old, new, (old_ids, new_ids), rest_old, rest_new, now=now, unnamed=unnamed):
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((old[i], new[j]))
    pairs += [(old[i], None) for i in rest_old if i not in used_old]
    pairs += [(None, new[j]) for j in rest_new if j not in used_new]
    return sorted(pairs, key=_pair_order)


def _greedy(
    old: Sequence[Event],
    new: Sequence[Event],
    ids: tuple[Sequence[str], Sequence[str]],
    rest_old: Sequence[int],
    rest_new: Sequence[int],
    *,
    now: dt.datetime | None,
    unnamed: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Candidate pairs ``(i, j)`` of the events left after identical ones, best first."""
    old_ids, new_ids = ids
    if len(rest_old) * len(rest_new) <= MAX_CANDIDATES:
        tried = [(i, j) for i in rest_old for j in rest_new]
    else:  # too many to score: only what is surely one event (same day, same key)
        by_day_key: dict[tuple[dt.date, str], list[int]] = {}
        for j in rest_new:
            by_day_key.setdefault((new[j].date, new[j].key), []).append(j)
        tried = [(i, j) for i in rest_old for j in by_day_key.get((old[i].date, old[i].key), [])]
    # Each event's comparison forms once, not once per pair.
    old_keys = {i: (_title_words(old[i]), _place_key(old[i])) for i in rest_old}
    new_keys = {j: (_title_words(new[j]), _place_key(new[j])) for j in rest_new}
    over = {i for i in rest_old if now is not None and has_passed(old[i], now)}
    candidates: list[tuple[float, str, str, int, int]] = []
    for i, j in tried:
        if i in over and old[i].date != new[j].date:
            continue  # a date that has taken place does not move (see match_events)
        score = _match_score(old[i], new[j], old_keys[i], new_keys[j], unnamed)
        if score is not None:
            candidates.append((-score, old_ids[i], new_ids[j], i, j))
    candidates.sort()
    return [(i, j) for _, _, _, i, j in candidates]


def changed_fields(old: Event, new: Event) -> tuple[FieldChange, ...]:
    """Every compared field whose normalised value differs, with the published values."""
    before, after = _field_values(old), _field_values(new)
    return tuple(
        FieldChange(name, before[name][1], after[name][1])
        for name in FIELDS
        if before[name][0] != after[name][0]
    )


def diff_pages(old: Page | None, new: Page, now: dt.datetime) -> list[Change]:
    """The changes from ``old`` to ``new`` at ``now``; ``[]`` for a baseline (``old`` None).

    At most one change per event, ordered by event date, then event content.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if old is None:
        return []
    return changes_of(event_pairs(old, new, now), now)


EventPairs = list[tuple[Event | None, Event | None]]


def event_pairs(old: Page | None, new: Page, now: dt.datetime | None = None) -> EventPairs:
    """The identity pairs from ``old`` to ``new`` (every new event alone for a baseline).

    The pairs both the diff and the stored event history follow; ``now`` (aware, in the
    configured timezone) as for :func:`match_events` — give the diff's.
    """
    if old is None:
        return [(None, event) for event in new.events]
    if old.events == new.events:
        return [(event, event) for event in new.events]
    return match_events(old.events, new.events, now, unnamed=series_names(old, new))


def series_names(*pages: Page) -> frozenset[str]:
    """The pages' series titles in the form titles are compared in: an event named by
    one of them ("Fachkräfte-Reihe 2027" on 18 February, its topic to follow) has no
    title of its own yet."""
    return frozenset(_words(page.series.title) for page in pages if page.series.title)


def changes_of(pairs: EventPairs, now: dt.datetime) -> list[Change]:
    """The changes that identity ``pairs`` (from :func:`event_pairs`) make at ``now``."""
    changes: list[Change] = []
    for before, after in pairs:
        if before is after:
            continue  # the same event, unchanged
        fields = changed_fields(before, after) if before and after else ()
        kind = _classify(before, after, fields, now)
        if kind is not None:
            changes.append(Change(kind, before, after, fields))
    return changes  # match_events already sorted the pairs


def _classify(
    old: Event | None, new: Event | None, fields: tuple[FieldChange, ...], now: dt.datetime
) -> ChangeKind | None:
    if old is None:
        assert new is not None
        if has_passed(new, now):
            return None  # a date nobody can attend any more is not news
        # A never-seen cancelled date may have been announced and cancelled between two
        # checks (or during an outage); whoever heard of it elsewhere needs to know.
        if new.status == "upcoming":
            return "new_date"
        return "cancelled" if new.status == "cancelled" else None
    if new is None:
        if old.status != "upcoming":
            return None  # a cancelled or past event leaving the page is not news
        return "concluded" if has_passed(old, now) else "removed"
    passed = has_passed(new, now)
    names = {f.field for f in fields}
    match old.status, new.status:
        case "upcoming", "past":
            return "concluded"
        case "upcoming", "cancelled":
            return "cancelled"
        case "past", "cancelled":
            return None if passed else "cancelled"
        case "cancelled", "upcoming":
            # Subscribers' last word was "cancelled": it is back on the schedule.
            return None if passed else "rescheduled"
        case "upcoming", "upcoming" if not passed:
            if names & SCHEDULE_FIELDS:
                return "rescheduled"
            if names & DETAIL_FIELDS:
                return "updated"
    return None


def _loose(s: str | None) -> str:
    """Comparison form for places: separators and "Str." vs "Straße" do not count."""
    return _NON_ALNUM.sub("", _STREET_ABBREV.sub("strasse", normalize_text(s)))


def _url(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    return urlunsplit((scheme, parts.netloc.lower(), parts.path, parts.query, ""))


def _when(value: dt.datetime | None) -> tuple[Any, JSONValue]:
    # Aware datetimes compare as instants: 17:00+01:00 equals 16:00Z.
    return value, value.isoformat() if value else None


def _field_values(event: Event) -> dict[str, tuple[Any, JSONValue]]:
    """Per field: (comparison value, published JSON value)."""
    loc = event.location or Location()
    # A link's label and size are presentation (a relaunch puts the size inside the link,
    # a straight apostrophe in the label): only another target document is a change.
    links = sorted({_url(k.url) for k in event.links})
    return {
        "date": (event.date, event.date.isoformat()),
        "start": _when(event.start),
        "end": _when(event.end),
        "title": _text(event.title),
        "venue": _place(loc.venue),
        "street": _place(loc.street),
        "postcode": _place(loc.postcode),
        "city": _place(loc.city),
        "location": _place(loc.text),
        "audience": _text(event.audience),
        "links": (links, [cast(JSONValue, k.to_json()) for k in event.links]),
        "status": (event.status, event.status),
        "note": _text(event.note),
    }


def _text(s: str | None) -> tuple[Any, JSONValue]:
    return normalize_text(s), s


def _place(s: str | None) -> tuple[Any, JSONValue]:
    return _loose(s), s


def _title_words(event: Event) -> str:
    return _words(event.title)


def _words(title: str) -> str:
    return " ".join(_NON_ALNUM.sub(" ", normalize_text(title)).split())


def _place_key(event: Event) -> str:
    loc = event.location or Location()
    return _loose(loc.venue) or _loose(loc.text)


def _contained(a: str, b: str) -> bool:
    """All words of the shorter title appear in the longer one (and it has a real word)."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    return any(len(w) >= 4 for w in short) and set(short) <= set(long_)


def _match_score(
    old: Event,
    new: Event,
    old_keys: tuple[str, str],
    new_keys: tuple[str, str],
    unnamed: frozenset[str] = frozenset(),
) -> float | None:
    """How sure we are that ``old`` and ``new`` are one event; ``None``: they are not.

    ``*_keys`` are each event's title words and place key; ``unnamed`` the titles that
    name no event of its own (the series' titles).
    """
    (a, pa), (b, pb) = old_keys, new_keys
    ratio = _similarity(a, b)
    place = 0.5 if not (pa and pb) else float(pa == pb)
    days = abs((new.date - old.date).days)
    in_review = "past" in (old.status, new.status)
    if days == 0:
        ok = (
            ratio >= SAME_DAY_TITLE
            or _contained(a, b)
            or in_review
            or place == 1.0
            or old.key == new.key
            or a in unnamed  # a date announced before its topic, then named
            or b in unnamed
        )
    elif in_review or _DIGITS.findall(a) != _DIGITS.findall(b):
        # Rückblick entries are fixed to their day; "Workshop 1" is not "Workshop 2",
        # "Reihe 2025" not "Reihe 2026" (next year's edition is a new date).
        ok = False
    else:
        ok = ratio >= (MOVED_TITLE if place else MOVED_TITLE_ELSEWHERE)
    if not ok:
        return None
    same_day = 0.5 if days == 0 else -min(days, 365) / 3650
    return ratio + same_day + 0.2 * place + (1.0 if old.key == new.key else 0.0)


def _similarity(a: str, b: str) -> float:
    """difflib's ratio of two titles, on their first :data:`TITLE_COMPARED` characters
    (its cost grows with the product of the lengths)."""
    if a == b:
        return 1.0
    return SequenceMatcher(None, a[:TITLE_COMPARED], b[:TITLE_COMPARED], autojunk=False).ratio()


def _content_id(event: Event) -> str:
    return json.dumps(event.to_json(), sort_keys=True, ensure_ascii=False)


def _pair_order(pair: tuple[Event | None, Event | None]) -> tuple[str, str, str]:
    old, new = pair
    event = new if new is not None else old
    assert event is not None
    return (
        event.date.isoformat(),
        _content_id(new) if new else "",
        _content_id(old) if old else "",
    )
