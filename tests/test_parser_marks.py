"""Cancellation marks and struck-through dates under "Nächster Termin", over generated pages.

A mark ("entfällt", "(abgesagt)", a struck date …) belongs to the event of the line it
is on, whichever event that is; a struck date followed by a new one moves the event to
the new date and states no time the page does not give.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from scraper.parsers import parse_rvr_series

URL = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
BERLIN = ZoneInfo("Europe/Berlin")
INTRO = "<h1>Fachkräfte-Reihe 2027</h1><h2>Untertitel der Reihe</h2><p>Einleitung.</p>"
MONTHS = (
    *("Januar", "Februar", "März", "April", "Mai", "Juni"),
    *("Juli", "August", "September", "Oktober", "November", "Dezember"),
)


def events(section: str) -> list[dict[str, Any]]:
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        f"{INTRO}<h2>Nächster Termin</h2>{section}"
        "<h2>Rückblick</h2><h3>Auftakt (19.05.2025)</h3><p>War gut.</p>"
        "</main><footer><p>Impressum</p></footer></body></html>"
    )
    found = parse_rvr_series(html, URL, BERLIN).to_json()["events"]
    return [e for e in found if e["status"] != "past"]


def render_day(d: dt.date, form: str) -> str:
    if form == "name":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if form == "numeric4":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


_FORMS = st.sampled_from(["name", "numeric4", "numeric2"])
_DAYS_2027 = st.dates(min_value=dt.date(2027, 1, 1), max_value=dt.date(2027, 12, 31))
# Every way the parser reads a cancellation, by the line it is on.
_ON_DATE = [" – abgesagt", " (abgesagt)", " – entfällt", " entfällt", " – fällt leider aus"]
_ON_DATE += [" (storniert)", " – Abgesagt", " (entfällt)"]
_ON_DATE += [" – findet nicht statt", " – muss leider ausfallen", " (verschoben)"]
_ON_TITLE = ["Abgesagt: {}", "{} (abgesagt)", "{} – entfällt", "{} (entfällt)", "{} (fällt aus)"]
_ON_NOTE = ["Die Veranstaltung fällt leider aus.", "Dieser Termin entfällt.", "Abgesagt!"]
_ON_NOTE += ["Die Veranstaltung wurde storniert.", "Die Veranstaltung ist leider ausgefallen."]
_ON_NOTE += ["Die Veranstaltung findet nicht statt.", "Muss leider entfallen."]
_ON_NOTE += ["Fällt wegen Krankheit des Referenten aus.", "Der Workshop muss leider ausfallen."]
# Postponed without a new date: the stated date will not take place.
_ON_NOTE += ["Die Veranstaltung wird verschoben, ein neuer Termin folgt.", "Verschoben!"]


@st.composite
def _event(
    draw: st.DrawFn, day: dt.date, title: str, title_first: bool
) -> tuple[str, dict[str, Any]]:
    """One event's lines, and what the parser must make of them."""
    hour = draw(st.integers(min_value=8, max_value=20))
    clock = draw(st.sampled_from([f"{hour} Uhr", f"{hour}:00 Uhr", f"{hour}.00 Uhr"]))
    date_text = f"{render_day(day, draw(_FORMS))}, {clock}"
    mark = draw(st.sampled_from([None, "date", "title", "note", "struck"]))
    title_line = f"Thema: {title}"
    note = None
    if mark == "date":
        date_text += draw(st.sampled_from(_ON_DATE))
    elif mark == "struck":
        tag = draw(st.sampled_from(["s", "del", "strike"]))
        date_text = f"<{tag}>{date_text}</{tag}>"
    elif mark == "title":
        title_line = "Thema: " + draw(st.sampled_from(_ON_TITLE)).format(title)
    elif mark == "note":
        note = draw(st.sampled_from(_ON_NOTE))
    if draw(st.booleans()):
        date_text = f"<strong>{date_text}</strong>"
    date_line, title_p = f"<p>{date_text}</p>", f"<p>{title_line}</p>"
    lines = title_p + date_line if title_first else date_line + title_p
    if note is not None:
        lines += f"<p>{note}</p>"
    expected = {
        "status": "upcoming" if mark is None else "cancelled",
        "title": title,
        "date": day.isoformat(),
        "start": dt.datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN).isoformat(),
        "note": None,
        "summary": note,
    }
    return lines, expected


@given(st.data(), st.lists(_DAYS_2027, min_size=1, max_size=4, unique=True), st.booleans())
def test_a_cancellation_marks_only_the_event_whose_line_carries_it(
    data: st.DataObject, days: list[dt.date], title_first: bool
) -> None:
    days.sort()
    drawn = [
        data.draw(_event(day, f"Sache {chr(65 + i)}", title_first)) for i, day in enumerate(days)
    ]
    section = "".join(lines for lines, _ in drawn)
    fields = ("status", "title", "date", "start", "note", "summary")
    got = [{k: e[k] for k in fields} for e in events(section)]
    assert got == [expected for _, expected in drawn], section


def test_the_second_date_line_cancels_the_second_event() -> None:
    # The reported case: it used to cancel "Erste Sache" and leave "Zweite Sache" upcoming.
    for wrap in ("{}", "<strong>{}</strong>"):
        section = (
            f"<p>{wrap.format('10. Juni 2027, 10 Uhr')}</p><p>Thema: Erste Sache</p>"
            f"<p>{wrap.format('1. Juli 2027, 10 Uhr – entfällt')}</p><p>Thema: Zweite Sache</p>"
        )
        got = [(e["title"], e["status"]) for e in events(section)]
        assert got == [("Erste Sache", "upcoming"), ("Zweite Sache", "cancelled")]


def test_an_unlabelled_title_heading_loses_its_cancel_wrapper() -> None:
    section = (
        "<p>10. Juni 2027, 10 Uhr</p><h4>Erste Sache</h4>"
        "<p>1. Juli 2027, 10 Uhr</p><h4>Zweite Sache (abgesagt)</h4>"
    )
    got = [(e["key"], e["title"], e["status"]) for e in events(section)]
    assert got == [
        ("2027-06-10-erste-sache", "Erste Sache", "upcoming"),
        ("2027-07-01-zweite-sache", "Zweite Sache", "cancelled"),
    ]


_STRIKES = st.sampled_from(
    [
        ("<s>", "</s>"),
        ("<del>", "</del>"),
        ("<strike>", "</strike>"),
        ('<span style="text-decoration: line-through;">', "</span>"),
    ]
)


@given(
    st.data(),
    st.lists(_DAYS_2027, min_size=2, max_size=2, unique=True),
    st.sampled_from(["", " ", ", ", " – ", " - ", " / "]),
    st.one_of(st.none(), st.integers(min_value=0, max_value=23)),
)
def test_a_struck_date_moves_the_event_to_the_new_date_and_guesses_no_time(
    data: st.DataObject, days: list[dt.date], sep: str, hour: int | None
) -> None:
    old, new = days
    opening, closing = data.draw(_STRIKES)
    new_text = render_day(new, data.draw(_FORMS))
    if hour is not None:
        new_text += f", {hour}.00 Uhr"
    line = f"{opening}{render_day(old, data.draw(_FORMS))}{closing}{sep}{new_text}"
    if data.draw(st.booleans()):
        line = f"<strong>{line}</strong>"
    (event,) = events(f"<p>{line}</p><p>Thema: Verlegt</p>")
    start = None
    if hour is not None:
        start = dt.datetime(new.year, new.month, new.day, hour, tzinfo=BERLIN).isoformat()
    got = (event["status"], event["date"], event["start"], event["end"], event["note"])
    assert got == ("upcoming", new.isoformat(), start, None, None), line


def test_the_reported_struck_dates() -> None:
    for line in ("<s>10.06.2027</s> 17.06.2027", "<del>10.06.2027</del>, 17.06.2027"):
        (event,) = events(f"<p>{line}</p><p>Thema: Verlegt</p>")
        assert (event["date"], event["start"], event["status"]) == (
            "2027-06-17",
            None,
            "upcoming",
        )


def test_a_struck_date_with_its_time_moves_the_time_along() -> None:
    # As with "verschoben auf": the stated time moves with the date when the new one has none.
    (event,) = events("<p><s>10.06.2027, 17.30 Uhr</s> 17.06.2027</p><p>Thema: Verlegt</p>")
    assert (event["date"], event["start"]) == ("2027-06-17", "2027-06-17T17:30:00+02:00")


@given(
    empty=st.sampled_from(["&nbsp;", " ", "\u200b", "<br>", "&#160;&#160;"]),
    strike=st.sampled_from(["del", "s", "strike"]),
    where=st.sampled_from(["own paragraph", "end of the intro"]),
)
def test_an_empty_struck_piece_strikes_nothing_after_it(
    empty: str, strike: str, where: str
) -> None:
    # Rich-text editors leave "<del>&nbsp;</del>" behind; the event after it is not
    # cancelled (it used to be: the empty line's struck piece carried over).
    leftover = f"<{strike}>{empty}</{strike}>"
    intro = f"<p>{leftover}</p>" if where == "own paragraph" else f"<p>Hallo {leftover}</p>"
    section = f"{intro}<p>10. Juni 2027, 10 Uhr</p><p>Thema: Erste Sache</p>"
    got = [(e["title"], e["status"], e["date"]) for e in events(section)]
    assert got == [("Erste Sache", "upcoming", "2027-06-10")]
