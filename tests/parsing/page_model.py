"""The page model the relaunch property tests render and expect back.

A model is the contract JSON of a series page (``Page.to_json()`` plus the multi-day
``daily`` field), built by hypothesis from small pools of realistic content. Renderers
(``markup_families.py``) turn it into HTML of one markup family; the parser must return
exactly this JSON. Every value here is what a careful reader of the rendered page
would write down, so nothing in the model is derived from the parser.

The key rule is restated here on purpose (not imported from the parser): the ISO date,
then the title lower-cased, umlauts transliterated, apostrophes dropped, other runs of
non-alphanumerics as "-", cut on a word boundary at 60 characters; a repeated key on one
page gets "-2", "-3" ...
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

BERLIN = ZoneInfo("Europe/Berlin")
URL = "https://www.beispiel-region.de/themen/bildung/werkstatt-reihe"
# The time of the check: pages without section words are split into upcoming and past
# by this instant. Upcoming dates are drawn after it, past dates before it.
NOW = dt.datetime(2026, 1, 15, 10, 0, tzinfo=BERLIN)

Json = dict[str, Any]

# --- keys -------------------------------------------------------------------------------

_TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "", "'": "", "‘": ""}
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 60) -> str:
    """The contract key's title part (see module docstring)."""
    s = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = _NON_ALNUM.sub("-", s).strip("-")
    if len(s) > limit:
        cut = s.rfind("-", 0, limit + 1)
        s = s[: cut if cut > 0 else limit]
    return s


def event_key(date: str, title: str) -> str:
    tail = slug(title)
    return f"{date}-{tail}" if tail else date


def with_unique_keys(events: list[Json]) -> list[Json]:
    seen: dict[str, int] = {}
    out = []
    for event in events:
        n = seen[event["key"]] = seen.get(event["key"], 0) + 1
        out.append({**event, "key": f"{event['key']}-{n}"} if n > 1 else event)
    return out


# --- content pools ----------------------------------------------------------------------

NOUNS = (
    "Fachkräfte",
    "Übergänge",
    "Wasserstoff",
    "Ausbildung",
    "Weiterbildung",
    "Mittelstand",
    "Strukturwandel",
    "Kreislaufwirtschaft",
    "Quartiersentwicklung",
    "Willkommenskultur",
    "Berufsorientierung",
    "Künstliche Intelligenz",
    "Gründungsförderung",
    "Klimaanpassung",
)
ADJECTIVES = ("Grüne", "Digitale", "Starke", "Neue", "Gemeinsame", "Regionale", "Junge")
PATTERNS = (
    "{a} {n1} für das Revier",
    "{n1} & {n2}",
    "{n1}: {a} Wege im Mittelstand",
    "„{n1}“ – {a} Perspektiven",
    "Mach’s mit {n1}!",
    "{n1} – wie geht’s weiter?",
    "Werkstatt {n1}: {n2} im Blick",
    "Dialog {n1}",
    "{n1} 2030: {a} Wege im Mittelstand",
    "Werkstatt {n1} (Teil 2)",
    "{n1} - {n2}",
    "Mach's mit {n1}!",
)
AUDIENCES = (
    "Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
    "Kleine und mittlere Unternehmen",
    "Lehrkräfte und Schulleitungen",
    "Personalverantwortliche",
    "Studierende und Interessierte",
    "Kommunen, Unternehmen und Hochschulen",
)
SUMMARIES = (
    "Rund 80 Gäste diskutierten über Wege in die Ausbildung.",
    "Die Teilnehmenden erarbeiteten in drei Arbeitsgruppen konkrete Vorschläge.",
    "Im Mittelpunkt stand die Frage, wie Betriebe junge Menschen erreichen.",
    "Die Ergebnisse fließen in die nächste Veranstaltung der Reihe ein.",
    "Expertinnen und Experten stellten Beispiele guter Praxis vor.",
)
# (venue, street, postcode, city): real streets and postcodes of Ruhr cities.
PLACES = (
    ("Wissenschaftspark Gelsenkirchen", "Munscheidstraße 14", "45886", "Gelsenkirchen"),
    ("Zeche Zollverein", "Gelsenkirchener Straße 181", "45309", "Essen"),
    ("Dortmunder U", "Leonie-Reygers-Terrasse 2", "44137", "Dortmund"),
    ("Haus der Technik", "Hollestraße 1", "45127", "Essen"),
    ("Jahrhunderthalle", "An der Jahrhunderthalle 1", "44793", "Bochum"),
    ("Rathaus Herne", "Friedrich-Ebert-Platz 2", "44623", "Herne"),
    ("Kulturzentrum Lindenbrauerei", "Rexroth-Straße 9", "59423", "Unna"),
    (None, "Kronprinzenstraße 35", "45128", "Essen"),
    ("Stadthalle Mülheim", "Theodor-Heuss-Platz 1", "45479", "Mülheim an der Ruhr"),
    ("Zeche Carl", "Wilhelm-Nieswandt-Allee 100", "45326", "Essen", "Essen-Altenessen"),
    ("Haus der Technik, Raum 2.04", "Hollestraße 1", "45127", "Essen"),
)
VENUE_CITY = (
    ("HWK-Bildungszentrum", "Dortmund"),
    ("Gründerzentrum", "Bottrop"),
    ("Bürgerhaus", "Moers"),
)
NOTES = ("mit Ausklang", "anschließend Get-together", "mit Imbiss")
ONLINE = ("Online via Zoom", "Online (Webex)", "digital per MS Teams")
SIZES = ("172 KB", "310 KB", "1,2 MB", "96 KB", "48 kB")


CONTACTS = (
    {
        "name": "Dr. Jana Özdemir",
        "unit": "Referat Wirtschaft und Arbeit",
        "email": "oezdemir@beispiel-region.de",
        "phone": "0201 2069-317",
    },
    {
        "name": "Lukas Brandtner",
        "unit": None,
        "email": "brandtner@beispiel-region.de",
        "phone": None,
    },
)


@dataclass(frozen=True)
class Draw:
    """Presentation choices that must not change the parse (one per rendering)."""

    shy: bool  # soft hyphens inside long words
    nbsp: bool  # no-break spaces before "Uhr"
    date_style: int  # which way a date is written (renderers take it modulo their forms)
    time_style: int
    cancel_form: int


def loc_json(
    venue: str | None,
    street: str | None,
    pc: str | None,
    city: str | None,
    shown: str | None = None,
) -> Json:
    """A place as a reader notes it; ``shown`` is the city as written ("Essen-Altenessen")
    when it differs from the municipality (``city``)."""
    parts = [p for p in (venue, street) if p]
    if pc:
        parts.append(f"{pc} {shown or city}")
    elif city:
        parts.append(city)
    return {
        "venue": venue,
        "street": street,
        "postcode": pc,
        "city": city,
        "text": ", ".join(parts),
    }


@st.composite
def titles(draw: st.DrawFn) -> str:
    nouns = draw(st.lists(st.sampled_from(NOUNS), min_size=2, max_size=2, unique=True))
    pattern = draw(st.sampled_from(PATTERNS))
    return pattern.format(a=draw(st.sampled_from(ADJECTIVES)), n1=nouns[0], n2=nouns[1])


@st.composite
def locations(draw: st.DrawFn) -> Json | None:
    kind = draw(st.sampled_from(("full", "full", "venue-city", "online", "none")))
    if kind == "full":
        return loc_json(*draw(st.sampled_from(PLACES)))
    if kind == "venue-city":
        venue, city = draw(st.sampled_from(VENUE_CITY))
        return loc_json(venue, None, None, city)
    if kind == "online":
        where = draw(st.sampled_from(ONLINE))
        return {"venue": where, "street": None, "postcode": None, "city": None, "text": where}
    return None


def _at(day: dt.date, hour: int, minute: int = 0) -> str:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN).isoformat()


# How an upcoming event's time is stated: a span, a start only, none, several days with
# daily hours ("multi"), or over two days without daily hours ("over").
SHAPES = ("span", "span", "start", "none", "multi", "over")


@st.composite
def upcoming_events(draw: st.DrawFn, day: dt.date) -> Json:
    title = draw(titles())
    shape = draw(st.sampled_from(SHAPES))
    start = end = daily = None
    date = day.isoformat()
    if shape in {"span", "start"}:
        h = draw(st.integers(9, 17))
        m = draw(st.sampled_from((0, 0, 30)))
        start = _at(day, h, m)
        if shape == "span":
            end = _at(day, h + draw(st.integers(1, 4)), m)
    elif shape == "multi":
        last = day + dt.timedelta(days=draw(st.integers(1, 2)))
        h1, h2 = draw(st.sampled_from(((9, 16), (10, 17), (9, 15))))
        start, end = _at(day, h1), _at(last, h2)
        daily = {"start": f"{h1:02d}:00", "end": f"{h2:02d}:00", "until": last.isoformat()}
    elif shape == "over":  # over two days, no daily hours: "5.2., 9 Uhr bis 6.2., 16 Uhr"
        last = day + dt.timedelta(days=1)
        start, end = _at(day, draw(st.integers(9, 18))), _at(last, draw(st.integers(9, 16)))
    links = []
    if draw(st.booleans()):
        links = [
            {
                "label": "Programm",
                "url": f"https://www.beispiel-region.de/fileadmin/programme/{date}.pdf",
                "size": draw(st.sampled_from(SIZES)),
            }
        ]
    moved = None
    if draw(st.integers(0, 5)) == 0:  # moved here from an earlier date, which stays struck
        moved = (day - dt.timedelta(days=draw(st.integers(1, 2)))).isoformat()
    return {
        "_was": moved,
        "key": event_key(date, title),
        "status": "upcoming",
        "title": title,
        "date": date,
        "start": start,
        "end": end,
        "daily": daily,
        "audience": draw(st.none() | st.sampled_from(AUDIENCES)),
        "note": draw(st.none() | st.sampled_from(NOTES)),
        "location": draw(locations()),
        "links": links,
        "summary": None,
    }


PAST_CITIES = ("Dortmund", "Bottrop", "Hamm", "Recklinghausen")


@st.composite
def past_events(draw: st.DrawFn, day: dt.date) -> Json:
    title = draw(titles())
    date = day.isoformat()
    location = None
    kind = draw(st.sampled_from(("none", "none", "city", "title-city")))
    if kind != "none":  # "… – Hamm" beside the title, or "Werkstatt in Bottrop: …"
        city = draw(st.sampled_from(PAST_CITIES))
        location = {"venue": None, "street": None, "postcode": None, "city": city, "text": city}
        if kind == "title-city":
            title = f"Werkstatt in {city}: {title}"
    return {
        "key": event_key(date, title),
        "status": "past",
        "title": title,
        "date": date,
        "start": None,
        "end": None,
        "daily": None,
        "audience": None,
        "note": None,
        "location": location,
        "links": [],
        "summary": draw(st.sampled_from(SUMMARIES)),
        "_city_in_title": kind == "title-city",
    }


def _distinct_days(lo: dt.date, hi: dt.date, n: int) -> st.SearchStrategy[list[dt.date]]:
    # Distinct and at least three days apart, so a multi-day event never overlaps the next.
    span = (hi - lo).days // 3
    return st.lists(st.integers(0, span), min_size=n, max_size=n, unique=True).map(
        lambda xs: sorted(lo + dt.timedelta(days=3 * x) for x in xs)
    )


@st.composite
def page_models(draw: st.DrawFn, min_past: int = 0) -> Json:
    """A whole page: series heading, 1-4 upcoming (maybe cancelled) events, 0-3 past ones."""
    n_up = draw(st.integers(1, 4))
    n_past = draw(st.integers(min_past, 3))
    up_days = draw(_distinct_days(dt.date(2026, 2, 2), dt.date(2027, 6, 30), n_up))
    past_days = draw(_distinct_days(dt.date(2025, 1, 13), dt.date(2025, 12, 15), n_past))
    upcoming = [draw(upcoming_events(d)) for d in up_days]
    cancelled = draw(st.sets(st.integers(0, n_up - 1), max_size=min(2, n_up)))
    for i in cancelled:
        upcoming[i] = {**upcoming[i], "status": "cancelled"}
    past = [draw(past_events(d)) for d in past_days]
    year = up_days[0].year
    return {
        "url": URL,
        "series": {
            "title": f"Werkstatt-Reihe {year}",
            "subtitle": draw(
                st.sampled_from(
                    (
                        None,
                        "Fachkräfte für die Transformation im Ruhrgebiet",
                        "Gemeinsam für gute Arbeit in der Region",
                    )
                )
            ),
        },
        "events": with_unique_keys(upcoming + past),
        "contacts": draw(
            st.lists(st.sampled_from(CONTACTS), max_size=2, unique_by=lambda c: c["name"])
        ),
    }


draws = st.builds(
    Draw,
    shy=st.booleans(),
    nbsp=st.booleans(),
    date_style=st.integers(0, 4),
    time_style=st.integers(0, 4),
    cancel_form=st.integers(0, 7),
)


def restrict(model: Json, drop: frozenset[str]) -> Json:
    """The model with fields a family cannot express set to what the page then states."""
    events = []
    for event in model["events"]:
        e = dict(event)
        for name in drop - {"subtitle", "contacts"}:
            e[name] = [] if name == "links" else None
        events.append(e)
    series = dict(model["series"])
    if "subtitle" in drop:
        series["subtitle"] = None
    contacts = [] if "contacts" in drop else model["contacts"]
    return {**model, "series": series, "events": events, "contacts": contacts}


def as_shown(model: Json) -> Json:
    """The model as a page shows it: a city named only in the title has no place line."""
    events = [{**e, "location": None} if e.get("_city_in_title") else e for e in model["events"]]
    return {**model, "events": events}
