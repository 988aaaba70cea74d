"""The structured diff: identity, every change kind, noise, and its properties.

Pages are built directly from the model (the diff does not depend on the parser).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.model import Event, Link, Location, Page, Series
from storage.diff import (
    CHANGE_KINDS,
    DETAIL_FIELDS,
    SCHEDULE_FIELDS,
    SIGNIFICANCE,
    Change,
    FieldChange,
    changed_fields,
    diff_pages,
    has_passed,
    match_events,
    normalize_text,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2025, 11, 20, 10, 0, tzinfo=BERLIN)
URL = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
PDF = "https://www.rvr.ruhr/fileadmin/user_upload/Programm.pdf"
H2 = Location(
    venue="H2PopUpLab",
    street="Bahnhofstraße 69",
    postcode="45879",
    city="Gelsenkirchen",
    text="H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
)
PHIL = Location(
    venue="Philharmonie Essen",
    street="Huyssenallee 53",
    postcode="45128",
    city="Essen",
    text="Philharmonie Essen, Huyssenallee 53, 45128 Essen",
)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=BERLIN)


def _key(day: dt.date, title: str) -> str:
    return f"{day.isoformat()}-{re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')}"


def event(
    title: str,
    day: dt.date,
    status: str = "upcoming",
    hours: tuple[int, int] | None = (17, 19),
    **changes: object,
) -> Event:
    """An event with the page's usual fields; ``changes`` override any of them."""
    base = Event(
        key=_key(day, title),
        status=status,  # type: ignore[arg-type]
        title=title,
        date=day,
        start=_at(day, hours[0]) if hours else None,
        end=_at(day, hours[1]) if hours else None,
        audience="Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
        note="mit Ausklang",
        location=H2,
        links=(Link("Programm", PDF, "172 KB"),),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def page(*events: Event) -> Page:
    return Page(url=URL, series=Series("Fachkräfte-Reihe 2025"), events=events)


KARRIERE = event("Karriere in GE? Mach’s mit Wasserstoff!", dt.date(2025, 11, 27))
HANDWERK = event("„Grüne Jobs“ im Handwerk", dt.date(2026, 2, 12), location=PHIL)
AUFTAKT = event(
    "Auftaktveranstaltung",
    dt.date(2025, 3, 19),
    status="past",
    hours=None,
    location=None,
    links=(),
    audience=None,
    note=None,
    summary="Die Auftaktveranstaltung am 19. März 2025 in der Philharmonie Essen …",
)
TALENT = event(
    "Talentschmiede in Dortmund: Strategien für den Fachkräftenachwuchs",
    dt.date(2025, 5, 19),
    status="past",
    hours=None,
    location=None,
    links=(Link("https://www.hwk-do.de/talentschmiede/", "https://www.hwk-do.de/talentschmiede/"),),
    audience=None,
    note=None,
    summary="Der Workshop, durchgeführt von IHK und HWK Dortmund …",
)
BASE = page(KARRIERE, HANDWERK, AUFTAKT, TALENT)


def replace_event(p: Page, old: Event, new: Event | None) -> Page:
    events = tuple(new if e is old else e for e in p.events)
    return dataclasses.replace(p, events=tuple(e for e in events if e is not None))


def moved(e: Event, day: dt.date, hours: tuple[int, int] | None = (17, 19)) -> Event:
    return dataclasses.replace(
        e,
        key=_key(day, e.title),
        date=day,
        start=_at(day, hours[0]) if hours else None,
        end=_at(day, hours[1]) if hours else None,
    )


# --- baseline, identity of pages, order -------------------------------------------------


def test_first_check_is_a_baseline() -> None:
    assert diff_pages(None, BASE, NOW) == []


def test_same_page_gives_nothing() -> None:
    assert diff_pages(BASE, page(*BASE.events), NOW) == []


def test_reordered_events_give_nothing() -> None:
    assert diff_pages(BASE, page(*reversed(BASE.events)), NOW) == []


def test_changed_keys_alone_give_nothing() -> None:
    rekeyed = page(*(dataclasses.replace(e, key="x" + e.key) for e in BASE.events))
    assert diff_pages(BASE, rekeyed, NOW) == []


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        diff_pages(BASE, BASE, NOW.replace(tzinfo=None))


# --- new_date ----------------------------------------------------------------------------


def test_new_upcoming_event_is_new_date() -> None:
    new = event("Pflege 4.0 – digital vernetzt", dt.date(2026, 3, 5))
    assert diff_pages(BASE, page(*BASE.events, new), NOW) == [Change("new_date", None, new, ())]


def test_new_upcoming_event_whose_date_has_passed_is_not_news() -> None:
    stale = event("Pflege 4.0 – digital vernetzt", dt.date(2025, 10, 1))
    assert diff_pages(BASE, page(*BASE.events, stale), NOW) == []


def test_next_years_edition_with_the_same_title_is_a_new_date() -> None:
    # The Rückblick entry is dropped and the same title comes back a year later:
    # a Rückblick event is fixed to its day, so this is a new date, not a reschedule.
    again = dataclasses.replace(moved(TALENT, dt.date(2026, 5, 18)), status="upcoming")
    new = page(KARRIERE, HANDWERK, AUFTAKT, again)
    assert diff_pages(BASE, new, NOW) == [Change("new_date", None, again, ())]


def test_the_next_date_of_a_recurring_event_is_new_once_the_last_one_is_over() -> None:
    # "Offene Sprechstunde" every month under one title: the page shows the next date
    # once the last one has taken place. That date did not move; the next one is new.
    last = event("Offene Sprechstunde Fachkräftesicherung", dt.date(2026, 2, 10))
    nxt = moved(last, dt.date(2026, 3, 10))
    after = _at(dt.date(2026, 2, 12), 9)
    assert diff_pages(page(last), page(nxt), after) == [
        Change("concluded", last, None, ()),
        Change("new_date", None, nxt, ()),
    ]
    assert match_events([last], [nxt], after) == [(last, None), (None, nxt)]
    # Both listed, then the earlier one taken off after it happened: concluded only.
    assert diff_pages(page(last, nxt), page(nxt), after) == [Change("concluded", last, None, ())]
    # A cancelled date announced again after it would have taken place is a new date.
    off = dataclasses.replace(last, status="cancelled")
    assert diff_pages(page(off), page(nxt), after) == [Change("new_date", None, nxt, ())]
    # Before its time it is still the same date moved (a reader cannot tell either).
    (change,) = diff_pages(page(last), page(nxt), _at(dt.date(2026, 2, 10), 16))
    assert (change.kind, change.old, change.new) == ("rescheduled", last, nxt)
    # Without a time the pairing is the plain identity (``diff`` of two snapshots).
    assert match_events([last], [nxt]) == [(last, nxt)]


# --- rescheduled -------------------------------------------------------------------------


def test_date_change_is_rescheduled_with_date_start_and_end() -> None:
    later = moved(KARRIERE, dt.date(2025, 12, 4))
    assert diff_pages(BASE, replace_event(BASE, KARRIERE, later), NOW) == [
        Change(
            "rescheduled",
            KARRIERE,
            later,
            (
                FieldChange("date", "2025-11-27", "2025-12-04"),
                FieldChange("start", "2025-11-27T17:00:00+01:00", "2025-12-04T17:00:00+01:00"),
                FieldChange("end", "2025-11-27T19:00:00+01:00", "2025-12-04T19:00:00+01:00"),
            ),
        )
    ]


def test_time_change_is_rescheduled_with_start_only() -> None:
    later = dataclasses.replace(KARRIERE, start=_at(KARRIERE.date, 18))
    changes = diff_pages(BASE, replace_event(BASE, KARRIERE, later), NOW)
    assert changes == [
        Change(
            "rescheduled",
            KARRIERE,
            later,
            (FieldChange("start", "2025-11-27T17:00:00+01:00", "2025-11-27T18:00:00+01:00"),),
        )
    ]


def test_reschedule_that_also_moves_the_venue_is_one_change_listing_every_field() -> None:
    elsewhere = dataclasses.replace(moved(KARRIERE, dt.date(2025, 12, 4), (16, 18)), location=PHIL)
    (change,) = diff_pages(BASE, replace_event(BASE, KARRIERE, elsewhere), NOW)
    assert change.kind == "rescheduled"
    assert (change.old, change.new) == (KARRIERE, elsewhere)
    assert change.fields == (
        FieldChange("date", "2025-11-27", "2025-12-04"),
        FieldChange("start", "2025-11-27T17:00:00+01:00", "2025-12-04T16:00:00+01:00"),
        FieldChange("end", "2025-11-27T19:00:00+01:00", "2025-12-04T18:00:00+01:00"),
        FieldChange("venue", "H2PopUpLab", "Philharmonie Essen"),
        FieldChange("street", "Bahnhofstraße 69", "Huyssenallee 53"),
        FieldChange("postcode", "45879", "45128"),
        FieldChange("city", "Gelsenkirchen", "Essen"),
        FieldChange("location", H2.text, PHIL.text),
    )


def test_reschedule_with_a_reworded_title_keeps_its_identity() -> None:
    new = dataclasses.replace(
        moved(KARRIERE, dt.date(2025, 12, 11)),
        title="Karriere in Gelsenkirchen? Mach’s mit Wasserstoff!",
    )
    (change,) = diff_pages(BASE, replace_event(BASE, KARRIERE, new), NOW)
    assert change.kind == "rescheduled"
    assert [f.field for f in change.fields] == ["date", "start", "end", "title"]
    assert change.fields[3] == FieldChange("title", KARRIERE.title, new.title)


def test_different_titles_on_different_days_are_different_events() -> None:
    ki = event("KI im Büro … und jetzt?", dt.date(2026, 1, 15))
    zw = event("Zirkuläre Wirtschaft am Niederrhein", dt.date(2026, 1, 22))
    assert diff_pages(page(ki), page(zw), NOW) == [
        Change("removed", ki, None, ()),
        Change("new_date", None, zw, ()),
    ]


def test_moved_day_and_venue_need_a_near_identical_title() -> None:
    # ratio 0.88: enough for a move at the same place, not for a move elsewhere too.
    title = "Karriere in Gelsenkirchen? Mach’s mit Wasserstoff!"
    same_place = dataclasses.replace(moved(KARRIERE, dt.date(2025, 12, 11)), title=title)
    elsewhere = dataclasses.replace(same_place, location=PHIL)
    assert [c.kind for c in diff_pages(page(KARRIERE), page(same_place), NOW)] == ["rescheduled"]
    assert diff_pages(page(KARRIERE), page(elsewhere), NOW) == [
        Change("removed", KARRIERE, None, ()),
        Change("new_date", None, elsewhere, ()),
    ]


def test_same_key_on_the_same_day_keeps_identity_through_a_new_title() -> None:
    old = dataclasses.replace(KARRIERE, location=None)
    new = dataclasses.replace(old, title="Zukunftstag H2")
    assert diff_pages(page(old), page(new), NOW) == [
        Change("updated", old, new, (FieldChange("title", old.title, new.title),))
    ]
    rekeyed = dataclasses.replace(new, key="2025-11-27-zukunftstag-h2")
    assert [c.kind for c in diff_pages(page(old), page(rekeyed), NOW)] == ["removed", "new_date"]


def test_numbered_workshops_on_different_days_are_different_events() -> None:
    one = event("Workshop 1: Wasserstoff", dt.date(2026, 1, 15))
    two = event("Workshop 2: Wasserstoff", dt.date(2026, 2, 15))
    changes = diff_pages(page(one), page(two), NOW)
    assert changes == [Change("removed", one, None, ()), Change("new_date", None, two, ())]


# --- updated -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"title": "Karriere in GE? Mach’s mit grünem Wasserstoff!"},
            [
                FieldChange(
                    "title", KARRIERE.title, "Karriere in GE? Mach’s mit grünem Wasserstoff!"
                )
            ],
        ),
        (
            {"title": "Karriere in GE? Machs mit Wasserstoff!"},
            [FieldChange("title", KARRIERE.title, "Karriere in GE? Machs mit Wasserstoff!")],
        ),
        (
            {"audience": "Schülerinnen und Schüler"},
            [FieldChange("audience", KARRIERE.audience, "Schülerinnen und Schüler")],
        ),
        (
            {"location": dataclasses.replace(H2, street="Bahnhofstraße 71", text=None)},
            [
                FieldChange("street", "Bahnhofstraße 69", "Bahnhofstraße 71"),
                FieldChange("location", H2.text, None),
            ],
        ),
        (
            # Another target document; a new label or size alone is presentation (issue
            # 10: this case used to be the same URL with "180 KB", now no change).
            {"links": (Link("Programm", PDF.replace(".pdf", "_v2.pdf"), "180 KB"),)},
            [
                FieldChange(
                    "links",
                    [{"label": "Programm", "url": PDF, "size": "172 KB"}],
                    [
                        {
                            "label": "Programm",
                            "url": PDF.replace(".pdf", "_v2.pdf"),
                            "size": "180 KB",
                        }
                    ],
                )
            ],
        ),
        (
            {"links": (Link("Programm", PDF, "172 KB"), Link("Anmeldung", "https://x.de/a"))},
            [
                FieldChange(
                    "links",
                    [{"label": "Programm", "url": PDF, "size": "172 KB"}],
                    [
                        {"label": "Programm", "url": PDF, "size": "172 KB"},
                        {"label": "Anmeldung", "url": "https://x.de/a", "size": None},
                    ],
                )
            ],
        ),
        (
            {"audience": "Alle Interessierten", "note": "mit Imbiss"},
            [
                FieldChange("audience", KARRIERE.audience, "Alle Interessierten"),
                FieldChange("note", "mit Ausklang", "mit Imbiss"),
            ],
        ),
    ],
)
def test_detail_changes_are_updated(
    changes: dict[str, object], expected: list[FieldChange]
) -> None:
    new = dataclasses.replace(KARRIERE, **changes)  # type: ignore[arg-type]
    assert diff_pages(BASE, replace_event(BASE, KARRIERE, new), NOW) == [
        Change("updated", KARRIERE, new, tuple(expected))
    ]


def test_same_day_same_venue_with_a_new_title_is_updated() -> None:
    new = dataclasses.replace(KARRIERE, title="Wasserstoff-Tag für Schulen")
    assert diff_pages(BASE, replace_event(BASE, KARRIERE, new), NOW) == [
        Change("updated", KARRIERE, new, (FieldChange("title", KARRIERE.title, new.title),))
    ]


def test_same_day_title_grown_by_words_keeps_identity() -> None:
    old = event("Talentschmiede", dt.date(2026, 5, 19), location=None)
    new = dataclasses.replace(old, title=TALENT.title, key="2026-05-19-talentschmiede-dortmund")
    assert diff_pages(page(old), page(new), NOW) == [
        Change("updated", old, new, (FieldChange("title", "Talentschmiede", TALENT.title),))
    ]


def test_note_alone_is_not_a_change() -> None:
    new = dataclasses.replace(KARRIERE, note="ohne Ausklang")
    assert diff_pages(BASE, replace_event(BASE, KARRIERE, new), NOW) == []


def test_edits_of_an_upcoming_event_after_it_happened_are_not_news() -> None:
    new = dataclasses.replace(KARRIERE, title="Karriere in GE? Mach’s mit grünem Wasserstoff!")
    after = _at(KARRIERE.date, 20)
    assert diff_pages(BASE, replace_event(BASE, KARRIERE, new), after) == []


# --- cancelled ---------------------------------------------------------------------------


def test_event_marked_cancelled_is_cancelled() -> None:
    off = dataclasses.replace(KARRIERE, status="cancelled")
    assert diff_pages(BASE, replace_event(BASE, KARRIERE, off), NOW) == [
        Change("cancelled", KARRIERE, off, (FieldChange("status", "upcoming", "cancelled"),))
    ]


def test_cancelled_wins_over_reschedule_and_lists_every_field() -> None:
    off = dataclasses.replace(moved(KARRIERE, dt.date(2025, 11, 28)), status="cancelled")
    (change,) = diff_pages(BASE, replace_event(BASE, KARRIERE, off), NOW)
    assert change.kind == "cancelled"
    assert [f.field for f in change.fields] == ["date", "start", "end", "status"]


def test_cancelled_event_that_disappears_gives_nothing() -> None:
    off = dataclasses.replace(KARRIERE, status="cancelled")
    with_off = replace_event(BASE, KARRIERE, off)
    assert diff_pages(with_off, replace_event(with_off, off, None), NOW) == []


def test_cancelled_event_edited_gives_nothing() -> None:
    off = dataclasses.replace(KARRIERE, status="cancelled")
    edited = dataclasses.replace(off, title="ABGESAGT: " + KARRIERE.title)
    with_off = replace_event(BASE, KARRIERE, off)
    assert diff_pages(with_off, replace_event(with_off, off, edited), NOW) == []


def test_never_seen_event_appearing_cancelled_is_cancelled_while_it_lies_ahead() -> None:
    off = event("Pflege 4.0 – digital vernetzt", dt.date(2026, 3, 5), status="cancelled")
    assert diff_pages(BASE, page(*BASE.events, off), NOW) == [Change("cancelled", None, off, ())]
    gone = moved(off, dt.date(2025, 11, 1))
    assert diff_pages(BASE, page(*BASE.events, gone), NOW) == []


def test_rueckblick_event_marked_cancelled_counts_only_while_it_lies_ahead() -> None:
    review = dataclasses.replace(HANDWERK, status="past")
    off = dataclasses.replace(HANDWERK, status="cancelled")
    assert diff_pages(page(review), page(off), NOW) == [
        Change("cancelled", review, off, (FieldChange("status", "past", "cancelled"),))
    ]
    assert diff_pages(page(review), page(off), _at(dt.date(2026, 2, 13), 9)) == []


def test_cancelled_event_back_on_the_schedule_is_rescheduled() -> None:
    off = dataclasses.replace(KARRIERE, status="cancelled")
    back = moved(KARRIERE, dt.date(2025, 12, 18))
    with_off = replace_event(BASE, KARRIERE, off)
    (change,) = diff_pages(with_off, replace_event(with_off, off, back), NOW)
    assert (change.kind, change.old, change.new) == ("rescheduled", off, back)
    assert [f.field for f in change.fields] == ["date", "start", "end", "status"]
    assert change.fields[-1] == FieldChange("status", "cancelled", "upcoming")


# --- removed / concluded -----------------------------------------------------------------


def test_upcoming_event_disappearing_before_its_date_is_removed() -> None:
    assert diff_pages(BASE, replace_event(BASE, KARRIERE, None), NOW) == [
        Change("removed", KARRIERE, None, ())
    ]


@pytest.mark.parametrize(
    ("now", "kind"),
    [
        (_at(dt.date(2025, 11, 27), 12), "removed"),  # the same day, before it starts
        (_at(dt.date(2025, 11, 27), 18), "removed"),  # still on
        (_at(dt.date(2025, 11, 27), 19), "concluded"),  # at its end
        (_at(dt.date(2025, 11, 28), 9), "concluded"),
    ],
)
def test_removed_or_concluded_depends_on_whether_the_event_is_over(
    now: dt.datetime, kind: str
) -> None:
    assert diff_pages(BASE, replace_event(BASE, KARRIERE, None), now) == [
        Change(kind, KARRIERE, None, ())  # type: ignore[arg-type]
    ]


def test_multi_day_event_counts_until_its_last_day() -> None:
    days = dataclasses.replace(
        HANDWERK, start=_at(dt.date(2026, 2, 12), 9), end=_at(dt.date(2026, 2, 14), 16)
    )
    old = replace_event(BASE, HANDWERK, days)
    second_day = _at(dt.date(2026, 2, 13), 10)
    assert [c.kind for c in diff_pages(old, replace_event(old, days, None), second_day)] == [
        "removed"
    ]
    after = _at(dt.date(2026, 2, 14), 17)
    assert [c.kind for c in diff_pages(old, replace_event(old, days, None), after)] == ["concluded"]


def test_date_only_event_counts_until_the_end_of_its_day() -> None:
    undated = dataclasses.replace(KARRIERE, start=None, end=None)
    old = replace_event(BASE, KARRIERE, undated)
    late = _at(KARRIERE.date, 23)
    assert [c.kind for c in diff_pages(old, replace_event(old, undated, None), late)] == ["removed"]


def test_move_into_the_rueckblick_is_concluded_even_when_retitled() -> None:
    review = dataclasses.replace(
        KARRIERE,
        status="past",
        key="2025-11-27-wasserstoff-workshop",
        title="Wasserstoff-Workshop in Gelsenkirchen",
        start=None,
        end=None,
        location=None,
        links=(),
        audience=None,
        note=None,
        summary="Rund 60 Gäste …",
    )
    after = _at(dt.date(2025, 11, 28), 9)
    (change,) = diff_pages(BASE, replace_event(BASE, KARRIERE, review), after)
    assert (change.kind, change.old, change.new) == ("concluded", KARRIERE, review)
    assert [f.field for f in change.fields] == [
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
    ]


def test_never_seen_event_in_the_rueckblick_gives_nothing() -> None:
    welcome = event(
        "Welcome Ruhrgebiet – Gemeinsam Fachkräfte gewinnen, halten und integrieren",
        dt.date(2025, 11, 6),
        status="past",
    )
    assert diff_pages(BASE, page(*BASE.events, welcome), NOW) == []


def test_rueckblick_edits_and_pruning_give_nothing() -> None:
    edited = dataclasses.replace(
        TALENT, summary="Neuer Text.", title="Talentschmiede in Dortmund", links=()
    )
    assert diff_pages(BASE, replace_event(BASE, TALENT, edited), NOW) == []
    assert diff_pages(BASE, replace_event(BASE, AUFTAKT, None), NOW) == []


def test_event_moved_back_from_the_rueckblick_gives_nothing() -> None:
    review = dataclasses.replace(KARRIERE, status="past", location=None)
    old = replace_event(BASE, KARRIERE, review)
    assert diff_pages(old, BASE, NOW) == []


def test_a_different_event_on_the_same_day_is_not_the_removed_one() -> None:
    other = event("KI im Büro … und jetzt?", KARRIERE.date, location=PHIL)
    assert diff_pages(BASE, replace_event(BASE, KARRIERE, other), NOW) == [
        Change("removed", KARRIERE, None, ()),
        Change("new_date", None, other, ()),
    ]


def test_changes_are_ordered_by_event_date() -> None:
    new = event("Pflege 4.0 – digital vernetzt", dt.date(2025, 12, 1))
    p = page(
        new, *replace_event(BASE, HANDWERK, dataclasses.replace(HANDWERK, audience="Alle")).events
    )
    assert [
        (c.kind, c.event.date) for c in diff_pages(replace_event(BASE, KARRIERE, None), p, NOW)
    ] == [
        ("new_date", dt.date(2025, 11, 27)),
        ("new_date", dt.date(2025, 12, 1)),
        ("updated", dt.date(2026, 2, 12)),
    ]


# --- noise -------------------------------------------------------------------------------


def test_typography_whitespace_case_and_address_spelling_are_noise() -> None:
    noisy = dataclasses.replace(
        KARRIERE,
        title="KARRIERE  IN\u00a0GE? Mach's mit Wasser\u00adstoff!",
        audience="Akteure aus Wirtschaft,\nVerwaltung und Wissenschaft ",
        note="Mit\u200bAusklang".replace("\u200b", " "),
        start=KARRIERE.start.astimezone(dt.UTC) if KARRIERE.start else None,
        location=Location(
            venue="H2 PopUp-Lab",
            street="Bahnhofstr. 69",
            postcode="45879",
            city="Gelsenkirchen",
            text="H2PopUpLab – Bahnhofstr. 69 – 45879 Gelsenkirchen",
        ),
        links=(Link("Programm", PDF.replace("https:", "http:"), "172 kB"),),
    )
    quoted = dataclasses.replace(HANDWERK, title='"Grüne Jobs" im Handwerk')
    welcome_typo = dataclasses.replace(TALENT, summary="ganz neu")
    new = page(noisy, quoted, AUFTAKT, welcome_typo)
    assert diff_pages(BASE, new, NOW) == []


@pytest.mark.parametrize(
    "links",
    [
        (Link("Programm PDF, 172 KB", PDF, None),),  # the size inside the link's <span>
        (Link("Programm", PDF, "180 KB"),),  # a new size alone
        (Link("Programm (Einladung)", PDF, "0,2 MB"),),
        (Link("Programm", PDF, "172 KB"), Link("Programm", PDF + "#seite-2", None)),
    ],
)
def test_a_links_label_and_size_are_presentation(links: tuple[Link, ...]) -> None:
    # The relaunch false alert of issue 10: only another target document is `updated`.
    relaunched = dataclasses.replace(KARRIERE, links=links)
    assert diff_pages(BASE, page(relaunched, HANDWERK, AUFTAKT, TALENT), NOW) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mach’s", "Mach's"),
        ("Welcome Ruhrgebiet – Gemeinsam", "Welcome Ruhrgebiet-Gemeinsam"),
        ("Welcome Ruhrgebiet — Gemeinsam", "Welcome Ruhrgebiet - Gemeinsam"),
        ("„Grüne Jobs“", '"Grüne Jobs"'),
        ("KI … und jetzt", "KI ... und jetzt"),
        ("Fach\u00adkräfte\u00a0Reihe", "Fachkräfte Reihe"),
        ("Straße", "STRASSE"),
        ("  a \n b ", "a b"),
    ],
)
def test_normalize_text_folds_noise(a: str, b: str) -> None:
    assert normalize_text(a) == normalize_text(b)


def test_normalize_text_keeps_words_and_handles_none() -> None:
    assert normalize_text(None) == ""
    assert normalize_text("Mach’s mit Wasserstoff") == "mach's mit wasserstoff"
    assert normalize_text("Machs") != normalize_text("Mach's")


def test_has_passed() -> None:
    assert not has_passed(KARRIERE, _at(KARRIERE.date, 18))
    assert has_passed(KARRIERE, _at(KARRIERE.date, 19))
    undated = dataclasses.replace(KARRIERE, start=None, end=None)
    assert not has_passed(undated, _at(KARRIERE.date, 23))
    assert has_passed(undated, _at(dt.date(2025, 11, 28), 0))


# --- match_events and JSON ---------------------------------------------------------------


def test_match_events_pairs_by_identity_in_date_order() -> None:
    later = moved(KARRIERE, dt.date(2025, 12, 4))
    review = dataclasses.replace(HANDWERK, status="past", title="Handwerk", location=None)
    new_one = event("KI im Büro … und jetzt?", dt.date(2026, 1, 8))
    pairs = match_events([HANDWERK, KARRIERE, AUFTAKT], [new_one, review, later])
    assert pairs == [(AUFTAKT, None), (KARRIERE, later), (None, new_one), (HANDWERK, review)]
    assert match_events([KARRIERE, HANDWERK, AUFTAKT], [later, review, new_one]) == pairs


def test_change_json_round_trip() -> None:
    later = moved(KARRIERE, dt.date(2025, 12, 4))
    (change,) = diff_pages(BASE, replace_event(BASE, KARRIERE, later), NOW)
    data = change.to_json()
    assert data["kind"] == "rescheduled"
    assert data["fields"][0] == {"field": "date", "old": "2025-11-27", "new": "2025-12-04"}
    assert data["old"] == KARRIERE.to_json()
    assert Change.from_json(data) == change
    removed = Change("removed", KARRIERE, None, ())
    assert Change.from_json(removed.to_json()) == removed
    assert removed.event is KARRIERE
    assert change.event is later


def test_change_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="kind"):
        Change.from_json({"kind": "moved", "old": None, "new": KARRIERE.to_json(), "fields": []})
    with pytest.raises(ValueError, match="old or a new"):
        Change("new_date", None, None)


def test_kinds_and_significance() -> None:
    assert CHANGE_KINDS == (
        "new_date",
        "rescheduled",
        "updated",
        "cancelled",
        "removed",
        "concluded",
    )
    assert SIGNIFICANCE[:4] == ("cancelled", "removed", "rescheduled", "updated")
    assert sorted(SIGNIFICANCE) == sorted(CHANGE_KINDS)


# --- properties --------------------------------------------------------------------------

TITLES = [
    KARRIERE.title,
    TALENT.title,
    "Welcome Ruhrgebiet – Gemeinsam Fachkräfte gewinnen, halten und integrieren",
    AUFTAKT.title,
    HANDWERK.title,
    "KI im Büro … und jetzt?",
    "Pflege 4.0 – digital vernetzt",
    "Zirkuläre Wirtschaft am Niederrhein",
]
PLACES = [H2, PHIL, None]


@st.composite
def events(draw: st.DrawFn, title: str) -> Event:
    day = draw(st.dates(dt.date(2025, 9, 1), dt.date(2026, 3, 31)))
    hours = draw(st.sampled_from([None, (17, 19), (9, 16)]))
    return event(
        title,
        day,
        status=draw(st.sampled_from(["upcoming", "upcoming", "past", "cancelled"])),
        hours=hours,
        location=draw(st.sampled_from(PLACES)),
        links=draw(st.sampled_from([(), (Link("Programm", PDF, "172 KB"),)])),
        note=draw(st.sampled_from([None, "mit Ausklang"])),
        summary=draw(st.sampled_from([None, "Rückblick …"])),
    )


@st.composite
def pages(draw: st.DrawFn) -> Page:
    titles = draw(st.lists(st.sampled_from(TITLES), unique=True, max_size=6))
    return page(*(draw(events(t)) for t in titles))


nows = st.datetimes(dt.datetime(2025, 9, 1), dt.datetime(2026, 4, 30), timezones=st.just(BERLIN))


def _noisy_text(s: str | None, rng: random.Random) -> str | None:
    if s is None:
        return None
    s = s.replace("’", "'").replace("–", "-").replace("„", '"').replace("“", '"')
    s = s.replace("…", "...").replace("Straße", "Str.")
    s = s.replace(" ", rng.choice([" ", "  ", "\u00a0", " \n"]))
    if len(s) > 3:
        at = rng.randrange(1, len(s) - 1)
        s = s[:at] + "\u00ad" + s[at:]
    return rng.choice([s, s.upper(), f" {s} "])


def _noisy(e: Event, rng: random.Random) -> Event:
    loc = e.location
    if loc is not None:
        loc = Location(*(_noisy_text(v, rng) for v in dataclasses.astuple(loc)))
    return dataclasses.replace(
        e,
        key=e.key + "-v2",
        title=_noisy_text(e.title, rng) or "",
        audience=_noisy_text(e.audience, rng),
        note=_noisy_text(e.note, rng),
        location=loc,
        start=e.start.astimezone(dt.UTC) if e.start else None,
        links=tuple(dataclasses.replace(k, url=k.url.replace("https", "http")) for k in e.links),
        summary="Neu geschrieben." if e.status == "past" else e.summary,
    )


@given(pages(), nows)
def test_diff_of_a_page_with_itself_is_empty(p: Page, now: dt.datetime) -> None:
    assert diff_pages(p, p, now) == []


@given(pages(), nows)
def test_baseline_is_empty(p: Page, now: dt.datetime) -> None:
    assert diff_pages(None, p, now) == []


@given(pages(), pages(), nows, st.randoms(use_true_random=False))
def test_diff_does_not_depend_on_event_order(
    old: Page, new: Page, now: dt.datetime, rng: random.Random
) -> None:
    def shuffled(p: Page) -> Page:
        return page(*rng.sample(p.events, len(p.events)))

    assert diff_pages(shuffled(old), shuffled(new), now) == diff_pages(old, new, now)


@given(pages(), nows, st.randoms(use_true_random=False))
def test_markup_and_typography_variations_give_nothing(
    p: Page, now: dt.datetime, rng: random.Random
) -> None:
    noisy = page(*rng.sample([_noisy(e, rng) for e in p.events], len(p.events)))
    assert diff_pages(p, noisy, now) == []


def _check_kind(c: Change, now: dt.datetime) -> None:
    names = {f.field for f in c.fields}
    old, new = c.old, c.new
    if old is not None and new is not None:
        assert c.fields == changed_fields(old, new)
    else:
        assert c.fields == ()
    if c.kind == "new_date":
        assert old is None and new is not None and new.status == "upcoming"
        assert not has_passed(new, now)
    elif c.kind == "rescheduled":
        assert new is not None and new.status == "upcoming" and not has_passed(new, now)
        assert old is not None and (old.status == "cancelled" or names & SCHEDULE_FIELDS)
    elif c.kind == "updated":
        assert old is not None and old.status == "upcoming"
        assert new is not None and new.status == "upcoming" and not has_passed(new, now)
        assert names & DETAIL_FIELDS and not names & SCHEDULE_FIELDS
    elif c.kind == "cancelled":
        assert new is not None and new.status == "cancelled"
        assert old is None or old.status != "cancelled"
    elif c.kind == "removed":
        assert new is None and old is not None and old.status == "upcoming"
        assert not has_passed(old, now)
    else:
        assert c.kind == "concluded" and old is not None and old.status == "upcoming"
        assert (new is None and has_passed(old, now)) or (new is not None and new.status == "past")


@given(pages(), pages(), nows)
@settings(max_examples=200)
def test_one_consistent_change_per_event(old: Page, new: Page, now: dt.datetime) -> None:
    changes = diff_pages(old, new, now)
    olds = [id(c.old) for c in changes if c.old is not None]
    news = [id(c.new) for c in changes if c.new is not None]
    assert len(olds) == len(set(olds)) and len(news) == len(set(news))
    for c in changes:
        _check_kind(c, now)


Mutation = Callable[[Event], "tuple[Event | None, Change]"]


def _shift(e: Event) -> tuple[Event | None, Change]:
    new = moved(e, e.date + dt.timedelta(days=14), (17, 19) if e.start else None)
    fields = [FieldChange("date", e.date.isoformat(), new.date.isoformat())]
    for name in ("start", "end"):
        before, after = getattr(e, name), getattr(new, name)
        if before is not None:
            fields.append(FieldChange(name, before.isoformat(), after.isoformat()))
    return new, Change("rescheduled", e, new, tuple(fields))


def _move_venue(e: Event) -> tuple[Event | None, Change]:
    new = dataclasses.replace(e, location=PHIL if e.location == H2 else H2)
    return new, Change("updated", e, new, changed_fields(e, new))


def _cancel(e: Event) -> tuple[Event | None, Change]:
    new = dataclasses.replace(e, status="cancelled")
    return new, Change("cancelled", e, new, (FieldChange("status", "upcoming", "cancelled"),))


def _remove(e: Event) -> tuple[Event | None, Change]:
    return None, Change("removed", e, None, ())


@given(pages(), st.sampled_from([_shift, _move_venue, _cancel, _remove]), st.data())
def test_a_single_mutation_gives_exactly_its_change(
    p: Page, mutate: Mutation, data: st.DataObject
) -> None:
    target = data.draw(st.sampled_from(TITLES))
    e = data.draw(events(target).filter(lambda x: x.status == "upcoming"))
    base = page(*(x for x in p.events if x.title != target), e)
    now = data.draw(
        st.datetimes(dt.datetime(2025, 8, 1), dt.datetime.combine(e.date, dt.time(8)))
    ).replace(tzinfo=BERLIN)
    new_event, expected = mutate(e)
    assert diff_pages(base, replace_event(base, e, new_event), now) == [expected]
    if mutate is _move_venue:
        assert {"venue", "location"} <= {f.field for f in expected.fields}


def test_the_diff_command_lists_a_recurring_date_as_the_check_recorded_it() -> None:
    """``rvr-watch diff A B`` pairs events as the check did (at the newer snapshot's time)."""
    from rvr_watch.commands.diff import structured_diff
    from storage.queries import StoredSnapshot

    last = event("Offene Sprechstunde Fachkräftesicherung", dt.date(2026, 2, 10))
    nxt = moved(last, dt.date(2026, 3, 10))
    seen = [dt.datetime(2026, 2, 1, 8, tzinfo=dt.UTC), dt.datetime(2026, 2, 12, 8, tzinfo=dt.UTC)]
    a, b = (
        StoredSnapshot(n, "fr", at, b"", "text/html", page(e))
        for n, (at, e) in enumerate(zip(seen, (last, nxt), strict=True), 1)
    )
    rows = structured_diff(a, b, BERLIN)
    assert [(r["change"], r["status"], r["event"]["date"]) for r in rows] == [
        ("concluded", "gone", dt.date(2026, 2, 10)),
        ("new_date", "added", dt.date(2026, 3, 10)),
    ]
