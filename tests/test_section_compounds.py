"""Section headings that name the series' gatherings by a compound word.

"Die nächsten Stadtgespräche", "Kommende Netzwerktreffen", "Bisherige Bürgerdialoge": a
reader sees a section of upcoming or past dates, although no section word of the
lexicon stands there alone. Such a heading opens its section only where dated lines
follow it, so "Aktuelle Tarifgespräche" above a news text is no section (it would
otherwise be an upcoming section without a date: a refusal).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.parsers._lexicon import compound_section_kind
from scraper.parsers.rvr_series import parse_rvr_series

BERLIN = ZoneInfo("Europe/Berlin")
URL = "https://www.example.org/stadtgespraeche"
NOW = dt.datetime(2026, 12, 4, 12, tzinfo=BERLIN)
MONTHS = (
    *("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"),
    *("September", "Oktober", "November", "Dezember"),
)
FIRST = ("Stadt", "Netzwerk", "Bürger", "Fach", "Quartiers", "Unternehmer", "Zukunfts-")
LAST = ("gespräche", "treffen", "dialoge", "foren", "abende", "vorträge", "sprechtage")
UPCOMING = ("Die nächsten", "Kommende", "Unsere nächsten", "Anstehende", "Weitere")
PAST = ("Vergangene", "Bisherige", "Frühere", "Zurückliegende")
TITLES = ("Wohnen in Wanne", "Mobilität in der Innenstadt", "Grün in der Stadt", "Ehrenamt")


def _card(day: dt.date, title: str) -> str:
    """A WordPress column: the date first, the title in bold below it, then the place."""
    return (
        f'<div class="wp-block-column"><p><time datetime="{day:%Y-%m-%d}T18:00">'
        f"{day.day}. {MONTHS[day.month - 1]} {day.year}, 18 Uhr</time></p>"
        f"<p><strong>{title}</strong></p><p>Treffpunkt: Rathaus Herne</p></div>"
    )


def _page(upcoming_heading: str, past_heading: str, events: list[tuple[dt.date, str]]) -> str:
    future = [(d, t) for d, t in events if d >= NOW.date()]
    past = [(d, t) for d, t in events if d < NOW.date()]
    return (
        "<!DOCTYPE html><html lang=de><head><title>Stadtgespräche</title></head><body>"
        "<nav><a href=/>Start</a></nav><main><h1>Stadtgespräche Herne</h1>"
        "<p>Bürgerinnen und Bürger diskutieren mit der Verwaltung.</p>"
        f'<div class="wp-block-group"><h2>{upcoming_heading}</h2><div class="wp-block-columns">'
        + "".join(_card(d, t) for d, t in future)
        + f'</div></div><div class="wp-block-group"><h2>{past_heading}</h2>'
        '<div class="wp-block-columns">'
        + "".join(_card(d, t) for d, t in past)
        + "</div></div></main><footer><p>Stand: 01.10.2026</p></footer></body></html>"
    )


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.tuples(st.sampled_from(UPCOMING), st.sampled_from(PAST)),
    st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)),
    st.lists(
        st.dates(min_value=dt.date(2027, 1, 1), max_value=dt.date(2027, 12, 31)),
        min_size=1,
        max_size=3,
        unique=True,
    ),
    st.lists(
        st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2026, 11, 30)),
        min_size=1,
        max_size=3,
        unique=True,
    ),
)
def test_cards_under_a_compound_heading_are_named_by_their_own_titles(
    words: tuple[str, str],
    parts: tuple[str, str],
    future: list[dt.date],
    past: list[dt.date],
) -> None:
    (before, before_past), (first, last) = words, parts
    compound = first + (last.capitalize() if first.endswith("-") else last)
    events = [(day, TITLES[k % len(TITLES)]) for k, day in enumerate(sorted(future + past))]
    html = _page(f"{before} {compound}", f"{before_past} {compound}", events)
    page = parse_rvr_series(html, URL, BERLIN, now=NOW)
    got = sorted((e.date, e.title, e.status) for e in page.events)
    want = sorted((d, t, "upcoming" if d >= NOW.date() else "past") for d, t in events)
    assert got == want
    assert all(e.location is not None and e.location.city == "Herne" for e in page.events)


def test_a_compound_heading_without_dates_below_opens_no_section() -> None:
    """ "Aktuelle Tarifgespräche" over a news text: the page's dates are read, the news is
    not a section without a date (which would refuse the page)."""
    events = [(dt.date(2027, 1, 26), "Ehrenamt"), (dt.date(2026, 5, 12), "Wohnen in Wanne")]
    html = _page("Kommende Stadtgespräche", "Rückblick", events)
    html = html.replace(
        "</main>",
        "<h2>Weitere Tarifgespräche</h2><p>Die Verhandlungen gehen im Frühjahr weiter.</p></main>",
    )
    page = parse_rvr_series(html, URL, BERLIN, now=NOW)
    assert [(e.date, e.title) for e in page.events] == events


def test_compound_section_kind() -> None:
    assert compound_section_kind("Die nächsten Stadtgespräche") == "upcoming"
    assert compound_section_kind("Kommende Netzwerktreffen 2027") == "upcoming"
    assert compound_section_kind("Bisherige Bürgerdialoge:") == "past"
    # Not a gathering, or more than a heading: no section.
    assert compound_section_kind("Die nächsten Schritte") is None
    assert compound_section_kind("Weitere Informationen") is None
    assert compound_section_kind("Die nächsten Stadtgespräche finden im Rathaus statt.") is None
