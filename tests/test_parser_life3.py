"""Rules first met on the third round of the RVR page's life written by hand
(``tests/parsing/corpus_life3.py``): each stated for the family of wordings and markup,
so that it fails if the rule breaks, not only on the page that showed it.

- a date whose topic is still to come ("18. Februar 2027 – Thema folgt", "Thema: N.N.")
  is named by the series, and the diff takes it for the event its day later names;
- a booking badge right after a title ("Title <span>ausgebucht</span>") is no part of it;
- a term no label names in a ``<dl>`` keeps its value beside it ("Format: hybrid");
- the hours on the ``<br>`` line under a date in a date column are its hours;
- hours in parentheses after a date ("20.05.2027 (10 bis 13 Uhr)") are its hours;
- a "Nächster Termin" box in an ``<aside>`` beside the series' title gives the next date;
- the same dates served twice (a table for wide screens, cards for phones) are one each.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.dates import parse_when
from scraper.parsers import parse_rvr_series
from scraper.parsers._lexicon import strip_cancel
from storage.diff import diff_pages

sys.path.insert(0, str(Path(__file__).parent / "parsing"))

from page_model import titles

URL = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 12, 10, 9, 0, tzinfo=BERLIN)
SERIES = "Fachkräfte-Reihe 2027"
INTRO = (
    "<p>Die gemeinsame Veranstaltungsreihe beleuchtet Herausforderungen und Chancen für die "
    "Berufsbildung im Ruhrgebiet.</p>"
)
days = st.dates(dt.date(2027, 1, 4), dt.date(2027, 12, 20))
hours = st.integers(8, 18)
PLACES = (
    ("H2PopUpLab", "Bahnhofstraße 69", "45879", "Gelsenkirchen"),
    ("Welterbe Zollverein", "Gelsenkirchener Straße 181", "45309", "Essen"),
    ("Jahrhunderthalle Bochum", "An der Jahrhunderthalle 1", "44793", "Bochum"),
)


def page(main: str, *, head: str = "", now: dt.datetime = NOW) -> Any:
    html = (
        "<!DOCTYPE html><html><head><title>Fachkräfte-Reihe</title></head><body>"
        f"<main>{head or f'<h1>{SERIES}</h1>{INTRO}'}{main}</main>"
        "<footer><p>Impressum</p></footer></body></html>"
    )
    return parse_rvr_series(html, URL, BERLIN, now=now)


def upcoming(parsed: Any) -> list[Any]:
    return [e for e in parsed.events if e.status != "past"]


def german(day: dt.date) -> str:
    months = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August")
    months += ("September", "Oktober", "November", "Dezember")
    return f"{day.day}. {months[day.month - 1]} {day.year}"


# --- "Thema folgt": a date announced before its topic ---------------------------------

BESIDE = (
    "Thema folgt",
    "Das Thema folgt in Kürze",
    "Thema wird noch bekannt gegeben",
    "Titel folgt",
    "Programm folgt",
    "N.N.",
    "tba",
    "TBA",
    "Topic to be announced",
    "(Thema folgt)",
)
LABELLED = ("folgt", "wird noch bekannt gegeben", "N.N.", "tba", "in Planung")


@given(
    days,
    st.sampled_from(BESIDE),
    st.sampled_from((" – ", " - ", ": ", " ", ", ")),
    st.sampled_from(("Save the Date", "Nächster Termin", "Nächste Termine")),
)
def test_a_date_whose_topic_is_to_follow_is_named_by_the_series(
    day: dt.date, words: str, sep: str, heading: str
) -> None:
    parsed = page(f"<h2>{heading}</h2><p><strong>{german(day)}</strong>{sep}{words}</p>")
    (event,) = upcoming(parsed)
    assert (event.date, event.title) == (day, SERIES)
    assert event.note == words.strip("()")


@given(days, st.sampled_from(LABELLED), st.sampled_from(("Thema", "Titel", "Topic")))
def test_a_labelled_topic_still_to_come_is_no_title(day: dt.date, words: str, label: str) -> None:
    parsed = page(
        f"<h2>Save the Date</h2><p><strong>{german(day)}</strong></p>"
        f"<p><strong>{label}:</strong> {words}</p>"
    )
    (event,) = upcoming(parsed)
    assert (event.date, event.title) == (day, SERIES)


@given(titles())
def test_a_real_title_is_no_topic_to_follow(title: str) -> None:
    from scraper.parsers._lexicon import topic_to_follow

    assert not topic_to_follow(title)


def _named(day: dt.date, title: str, hour: int | None, place: int | None) -> str:
    when = german(day) + (f", {hour}:00 bis {hour + 2}:00 Uhr" if hour is not None else "")
    where = ""
    if place is not None:
        venue, street, code, city = PLACES[place]
        where = f"<p><strong>Ort:</strong> {venue}, {street}, {code} {city}</p>"
    return (
        f"<h2>Nächste Termine</h2><p><strong>{when}</strong></p>"
        f"<p><strong>Thema:</strong> {title}</p>{where}"
    )


@given(
    days,
    st.sampled_from(BESIDE[:5]),
    titles(),
    st.none() | hours,
    st.none() | st.integers(0, len(PLACES) - 1),
)
def test_a_saved_date_that_gets_its_topic_is_one_change_of_that_date(
    day: dt.date, words: str, title: str, hour: int | None, place: int | None
) -> None:
    saved = page(f"<h2>Save the Date</h2><p><strong>{german(day)}</strong> – {words}</p>")
    named = page(_named(day, title, hour, place))
    changes = diff_pages(saved, named, NOW)
    # the time stated for the first time is a change of the time ("date or time changes")
    assert [c.kind for c in changes] == ["rescheduled" if hour is not None else "updated"]
    assert changes[0].old is not None and changes[0].old.title == SERIES
    # and back: the topic withdrawn ("Thema folgt" again) is still that date
    back = diff_pages(named, saved, NOW)
    assert [c.kind for c in back] == ["rescheduled" if hour is not None else "updated"]


@given(days, titles(), titles())
def test_two_named_dates_on_one_day_are_still_told_apart(
    day: dt.date, first: str, second: str
) -> None:
    # The series' title pairs a date with whatever its day names; two titles of their
    # own that have nothing in common are two events (removed, new), as before.
    before, after = page(_named(day, first, None, None)), page(_named(day, second, None, None))
    (old,), (new,) = upcoming(before), upcoming(after)
    kinds = sorted(c.kind for c in diff_pages(before, after, NOW))
    if kinds == ["new_date", "removed"]:
        assert old.title != new.title
    else:  # alike or one contained in the other: the same date, its title reworded
        assert len(kinds) <= 1


# --- "Title <span>ausgebucht</span>": a booking badge beside a title ---------------------

BADGES = (
    ' <span class="c-badge">ausgebucht</span>',
    ' <span class="badge">Ausgebucht</span>',
    " (ausgebucht)",
    " – ausgebucht",
    " – leider ausgebucht",
    " <em>bereits ausgebucht!</em>",
    " (fully booked)",
    ' <span class="tag">sold out</span>',
)


@given(titles(), st.sampled_from(BADGES), st.sampled_from(("h3", "thema")), days)
def test_a_booking_badge_after_a_title_is_no_part_of_it(
    title: str, badge: str, where: str, day: dt.date
) -> None:
    if where == "h3":
        main = f"<h2>Nächste Termine</h2><h3>{title}{badge}</h3><p>{german(day)}, 17 Uhr</p>"
    else:
        main = (
            f"<h2>Nächste Termine</h2><p><strong>{german(day)}, 17 Uhr</strong></p>"
            f"<p><strong>Thema:</strong> {title}{badge}</p>"
        )
    (event,) = upcoming(page(main))
    assert (event.title, event.status) == (title, "upcoming")


@pytest.mark.parametrize(
    "title", ["Ausgebucht", "Wenn der Kurs ausgebucht ist: Wartelisten", "Sold out? Tickets"]
)
def test_a_title_that_is_about_booking_keeps_its_words(title: str) -> None:
    assert strip_cancel(title) == title


# --- <dt>Format</dt><dd>hybrid</dd>: a term no label names -------------------------------

TERMS = ("Format", "Kosten", "Sprache", "Moderation", "Hinweis", "Barrierefreiheit")
VALUES = (
    "hybrid – vor Ort und im Livestream",
    "kostenfrei",
    "Deutsch und Englisch",
    "Dr. Anna Schulz (IHK Dortmund)",
    "Der Veranstaltungsort ist barrierefrei.",
)


@given(days, titles(), st.sampled_from(TERMS), st.sampled_from(VALUES), st.booleans())
def test_a_term_no_label_names_keeps_its_value_beside_it(
    day: dt.date, title: str, term: str, value: str, colon: bool
) -> None:
    main = (
        f"<h2>Nächste Termine</h2><article><h3>{title}</h3><dl>"
        f"<dt>Datum</dt><dd>{german(day)}, 17 Uhr</dd>"
        f"<dt>{term}{':' if colon else ''}</dt><dd>{value}</dd>"
        "<dt>Ort</dt><dd>H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen</dd></dl></article>"
    )
    (event,) = upcoming(page(main))
    assert (event.title, event.summary) == (title, f"{term}: {value}")
    assert event.location is not None and event.location.venue == "H2PopUpLab"


# --- the hours on the <br> line of a date cell ------------------------------------------

CELL_TIMES = (
    ("{h}:00–{e}:00 Uhr", True),
    ("{h} bis {e} Uhr", True),
    ("{h}.00 - {e}.00 Uhr", True),
    ("von {h}:00 bis {e}:00 Uhr", True),
    ("ab {h} Uhr", False),
)


@given(
    st.lists(st.tuples(days, hours, titles()), min_size=1, max_size=3, unique_by=lambda t: t[0]),
    st.sampled_from(CELL_TIMES),
    st.sampled_from(("Termin", "Datum", "Wann")),
)
def test_the_hours_under_a_date_in_its_cell_are_its_hours(
    rows: list[tuple[dt.date, int, str]], form: tuple[str, bool], header: str
) -> None:
    text, ends = form
    body = "".join(
        f"<tr><td>{d:%d.%m.%Y}<br>{text.format(h=h, e=h + 2)}</td><td>{t}</td>"
        "<td>Welterbe Zollverein, Gelsenkirchener Straße 181, 45309 Essen</td></tr>"
        for d, h, t in rows
    )
    main = (
        f"<h2>Nächste Termine</h2><table><thead><tr><th>{header}</th><th>Thema</th><th>Ort</th>"
        f"</tr></thead><tbody>{body}</tbody></table>"
    )
    got = sorted((e.date, e.start, e.end, e.summary) for e in upcoming(page(main)))

    def at(d: dt.date, h: int) -> dt.datetime:
        return dt.datetime(d.year, d.month, d.day, h, tzinfo=BERLIN)

    want = sorted((d, at(d, h), at(d, h + 2) if ends else None, None) for d, h, _ in rows)
    assert got == want


# --- "20.05.2027 (10 bis 13 Uhr)": hours in parentheses ----------------------------------


@given(
    days,
    hours,
    st.integers(1, 4),
    st.sampled_from(("{h} bis {e} Uhr", "{h}–{e} Uhr", "{h}:00 – {e}:30 Uhr", "ab {h} Uhr")),
    st.sampled_from(("{d:%d.%m.%Y}", "Do., {d:%d.%m.%Y}", "{g}")),
)
def test_hours_in_parentheses_after_a_date_are_its_hours(
    day: dt.date, hour: int, length: int, times: str, date: str
) -> None:
    text = f"{date.format(d=day, g=german(day))} ({times.format(h=hour, e=hour + length)})"
    when = parse_when(text, BERLIN)
    assert when is not None and when.date == day and when.start is not None
    assert when.start.hour == hour
    if "bis" in times or "–" in times:
        assert when.end is not None and when.end.hour == hour + length


@pytest.mark.parametrize(
    "text",
    [
        "27.11.2025 (17 Teilnehmende)",
        "06.05.2027 (10 bis 13 Uhr, online)",  # only a time as a whole in parentheses
        "06.05.2027 (Raum 12)",
        "06.05.2027 (2. Termin)",
    ],
)
def test_other_words_in_parentheses_after_a_date_give_no_hours(text: str) -> None:
    when = parse_when(text, BERLIN)
    assert when is not None and when.start is None


# --- a "Nächster Termin" box beside the series' title ------------------------------------


def _box(day: dt.date, title: str) -> str:
    return (
        '<aside class="c-nextdate"><h2>Nächster Termin</h2>'
        f"<p><strong>{german(day)}, 16:00 bis 18:30 Uhr</strong></p>"
        f"<p><strong>Thema:</strong> {title}</p>"
        "<p><strong>Ort:</strong> H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen</p></aside>"
    )


@given(days, titles(), st.booleans(), st.sampled_from(("section", "article")))
def test_a_next_date_box_beside_the_series_title_gives_the_next_date(
    day: dt.date, title: str, more: bool, sectioning: str
) -> None:
    later = day + dt.timedelta(days=35)
    head = f"<{sectioning}><h1>{SERIES}</h1>{INTRO}{_box(day, title)}</{sectioning}>"
    main = (
        f"<h2>Weitere Termine</h2><p><strong>{german(later)}</strong></p>"
        "<p><strong>Thema:</strong> Werkstatt Kreislaufwirtschaft</p>"
        if more
        else "<h2>Rückblick</h2><h3>Fachkräfte sichern im Handwerk (08.10.2026)</h3>"
        "<p>Rund 60 Betriebe diskutierten.</p>"
    )
    got = [(e.date, e.title) for e in upcoming(page(main, head=head))]
    assert (day, title) in got
    assert len(got) == 1 + more


@given(days, st.sampled_from(("Neujahrsempfang des Verbands", "Ehrenamtsbörse im Rathaus")))
def test_a_site_sidebar_beside_the_series_next_dates_is_not_read(day: dt.date, other: str) -> None:
    # The organisation's sidebar, outside the series' section: its events are not the
    # series' (they do not name it, and the main text has next dates of its own).
    head = f"<section><h1>{SERIES}</h1>{INTRO}</section>"
    main = (
        "<h2>Nächste Termine</h2><p><strong>18. Februar 2027</strong></p>"
        "<p><strong>Thema:</strong> KI im Handwerk</p>"
    )
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        f"{head}{main}</main>{_box(day, other)}<footer><p>Impressum</p></footer></body></html>"
    )
    parsed = parse_rvr_series(html, URL, BERLIN, now=NOW)
    assert [e.title for e in upcoming(parsed)] == ["KI im Handwerk"]


# --- the same dates served twice: a table for wide screens, cards for phones ------------


@given(
    st.lists(st.tuples(days, hours, titles()), min_size=1, max_size=3, unique_by=lambda t: t[0]),
    st.booleans(),
    st.booleans(),
)
def test_dates_served_as_a_table_and_as_cards_are_one_event_each(
    rows: list[tuple[dt.date, int, str]], table_hours: bool, cards_first: bool
) -> None:
    cells = "".join(
        f"<tr><td>{d:%d.%m.%Y}{f'<br>{h}:00–{h + 2}:00 Uhr' if table_hours else ''}</td>"
        f"<td>{t}</td><td>H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen</td></tr>"
        for d, h, t in rows
    )
    table = (
        '<div class="d-none d-md-block"><table><thead><tr><th>Termin</th><th>Thema</th>'
        f"<th>Ort</th></tr></thead><tbody>{cells}</tbody></table></div>"
    )
    cards = (
        '<div class="d-md-none">'
        + "".join(
            f'<article class="card"><p class="date">{d:%d.%m.%Y} | {h}:00–{h + 2}:00 Uhr</p>'
            f"<h3>{t}</h3><dl><dt>Zielgruppe</dt><dd>Kleine und mittlere Unternehmen</dd>"
            "<dt>Ort</dt><dd>H2PopUpLab<br>Bahnhofstraße 69<br>45879 Gelsenkirchen</dd></dl>"
            f'<p><a href="{URL}/anmeldung-{d:%Y%m%d}">Zur Anmeldung</a></p></article>'
            for d, h, t in rows
        )
        + "</div>"
    )
    both = cards + table if cards_first else table + cards
    events = upcoming(page(f"<h2>Nächste Termine</h2>{both}"))
    got = sorted(
        (e.date, e.title, e.start.hour if e.start else None, e.audience, len(e.links))
        for e in events
    )
    want = sorted((d, t, h, "Kleine und mittlere Unternehmen", 1) for d, h, t in rows)
    assert got == want


@given(days, titles(), st.integers(9, 12), st.integers(14, 17))
def test_two_sessions_of_one_title_on_one_day_stay_two(
    day: dt.date, title: str, morning: int, afternoon: int
) -> None:
    main = (
        f"<h2>Nächste Termine</h2><p><strong>{german(day)}, {morning}:00 Uhr</strong></p>"
        f"<p><strong>Thema:</strong> {title}</p>"
        f"<p><strong>{german(day)}, {afternoon}:00 Uhr</strong></p>"
        f"<p><strong>Thema:</strong> {title}</p>"
    )
    starts = sorted(e.start.hour for e in upcoming(page(main)) if e.start)
    assert starts == [morning, afternoon]


# --- "Neuer Termin: …" as a line of its own: a move, no event -------------------------

NOTICES = (
    "Neuer Termin: {new}",
    "Verschoben! Neuer Termin: {new}",
    "Achtung: neuer Termin: {new}",
    "Ersatztermin: {new}",
    "Verschoben auf {new}",
    "New date: {new}",
)


def _two(first: str, second: str) -> str:
    return (
        f"<h2>Nächste Termine</h2>{first}<p><strong>Thema:</strong> KI im Handwerk</p>"
        "<p><strong>Ort:</strong> H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen</p>"
        f"{second}<p><strong>Thema:</strong> Wasserstoff im Revier</p>"
    )


@given(
    days,
    st.integers(7, 40),
    st.sampled_from(NOTICES),
    st.sampled_from(("strong", "em", "li")),
    st.booleans(),
)
def test_a_new_date_on_a_line_of_its_own_moves_the_event_above(
    day: dt.date, shift: int, notice: str, form: str, struck: bool
) -> None:
    new = day + dt.timedelta(days=shift)
    text = notice.format(new=german(new))
    line = f"<ul><li>{text}</li></ul>" if form == "li" else f"<p><{form}>{text}</{form}></p>"
    old = f"<s>{german(day)}</s>, 16 Uhr" if struck else f"{german(day)}, 16 Uhr"
    later = new + dt.timedelta(days=30)
    parsed = page(
        _two(f"<p><strong>{old}</strong></p>", f"{line}<p><strong>{german(later)}</strong></p>")
    )
    got = sorted(
        (e.date, e.title, e.status, e.start.hour if e.start else None) for e in upcoming(parsed)
    )
    assert got == [
        (new, "KI im Handwerk", "upcoming", 16),
        (later, "Wasserstoff im Revier", "upcoming", None),
    ]


@given(days, st.integers(7, 40), st.sampled_from(NOTICES[:5]), st.booleans())
def test_a_new_date_above_the_struck_old_one_moves_that_event(
    day: dt.date, shift: int, notice: str, earlier: bool
) -> None:
    new = day + dt.timedelta(days=shift)
    first = ""
    if earlier:  # an event before it, which the notice must leave alone
        first = (
            f"<p><strong>{german(day - dt.timedelta(days=20))}</strong></p>"
            "<p><strong>Thema:</strong> Werkstatt Kreislaufwirtschaft</p>"
        )
    main = (
        f"<h2>Nächste Termine</h2>{first}"
        f"<p><strong>{notice.format(new=german(new))}</strong></p>"
        f"<p><strong><s>{german(day)}</s>, 15:00 bis 17:00 Uhr</strong></p>"
        "<p><strong>Thema:</strong> Fachkräfte für die Pflege gewinnen</p>"
    )
    got = [(e.date, e.title, e.status) for e in upcoming(page(main))]
    assert (new, "Fachkräfte für die Pflege gewinnen", "upcoming") in got
    assert len(got) == 1 + earlier
    if earlier:
        assert got[0] == (day - dt.timedelta(days=20), "Werkstatt Kreislaufwirtschaft", "upcoming")


@given(days, titles())
def test_a_struck_date_with_an_abgesagt_stays_cancelled_when_a_date_is_named(
    day: dt.date, title: str
) -> None:
    # "Abgesagt" with the struck date: cancelled, whatever else the notice says
    main = (
        f"<h2>Nächste Termine</h2><p><strong><s>{german(day)}</s> – abgesagt</strong></p>"
        f"<p><strong>Thema:</strong> {title}</p><p>Neuer Termin: wird bekannt gegeben</p>"
    )
    (event,) = upcoming(page(main))
    assert (event.date, event.status) == (day, "cancelled")


# --- notices in bold and in sentences ----------------------------------------------------

NOTICE_SENTENCES = (
    ("Die Veranstaltung am {d} muss leider ausfallen.", "cancelled"),
    ("Der Workshop am {d} entfällt.", "cancelled"),
    ("Die Veranstaltung wurde ersatzlos gestrichen.", "cancelled"),
    ("Bitte beachten Sie: Der Einlass am {d} beginnt eine halbe Stunde früher.", "upcoming"),
)


@given(days, titles(), st.sampled_from(NOTICE_SENTENCES), st.booleans())
def test_a_notice_sentence_about_the_date_is_no_event_of_its_own(
    day: dt.date, title: str, notice: tuple[str, str], bold: bool
) -> None:
    text, status = notice
    sentence = text.format(d=f"{day.day}. {german(day).split()[1]}")
    para = f"<p><strong>{sentence}</strong></p>" if bold else f"<p>{sentence}</p>"
    later = day + dt.timedelta(days=30)
    main = (
        f"<h2>Nächste Termine</h2><p><strong>{german(day)}, 16 Uhr</strong></p>"
        f"<p><strong>Thema:</strong> {title}</p>{para}"
        f"<p><strong>{german(later)}, 17 Uhr</strong></p>"
        "<p><strong>Thema:</strong> Wasserstoff im Revier</p>"
    )
    got = sorted((e.date, e.title, e.status) for e in upcoming(page(main)))
    assert got == [(day, title, status), (later, "Wasserstoff im Revier", "upcoming")]


MOVE_SENTENCES = (
    "Die Veranstaltung wird verlegt. Sie findet nun am {new} statt.",
    "Achtung: Der Workshop findet jetzt am {new} statt.",
    "Wegen der Ferien findet die Veranstaltung stattdessen am {new} statt.",
)


@given(days, st.integers(7, 60), st.sampled_from(MOVE_SENTENCES), st.none() | hours)
def test_a_sentence_that_the_date_now_takes_place_on_another_day_moves_it(
    day: dt.date, shift: int, sentence: str, hour: int | None
) -> None:
    new = day + dt.timedelta(days=shift)
    when = german(day) + (f", {hour} Uhr" if hour is not None else "")
    main = (
        f"<h2>Nächste Termine</h2><p><strong>{when}</strong></p>"
        f"<p><strong>Thema:</strong> Jahresabschluss</p><p>{sentence.format(new=german(new))}</p>"
    )
    (event,) = upcoming(page(main))
    assert (event.date, event.status) == (new, "upcoming")
    assert (event.start.hour if event.start else None) == hour


@given(
    days,
    st.sampled_from(("im", "in der", "beim")),
    st.sampled_from(PLACES),
    st.sampled_from(("ab 16 Uhr", "um 16 Uhr", "16 Uhr")),
)
def test_a_preposition_before_the_place_beside_a_date_is_no_part_of_it(
    day: dt.date, prep: str, place: tuple[str, str, str, str], time: str
) -> None:
    venue, street, code, city = place
    main = (
        f"<h2>Nächster Termin</h2><p><strong>Am {german(day)} {time} {prep} {venue}, "
        f"{street}, {code} {city}</strong></p><p><strong>Thema:</strong> Jahresabschluss</p>"
    )
    (event,) = upcoming(page(main))
    assert event.location is not None
    assert (event.location.venue, event.location.street, event.location.city) == (
        venue,
        street,
        city,
    )


def test_a_street_named_with_a_preposition_keeps_it() -> None:
    main = (
        "<h2>Nächster Termin</h2><p><strong>18. Februar 2027, 16 Uhr, Im Defdahl 10, "
        "44141 Dortmund</strong></p><p><strong>Thema:</strong> Jahresabschluss</p>"
    )
    (event,) = upcoming(page(main))
    assert event.location is not None and event.location.street == "Im Defdahl 10"
