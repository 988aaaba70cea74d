"""Building blocks for the fixture corpus: events as a reader writes them down, sites.

``ev(...)`` spells one event of the contract JSON from what the page states ("17:00",
a place as venue/street/postcode/city); ``Site`` dresses the chrome of ``cms_chrome.py``
in an organisation's own name, address and news. Used by ``corpus_pages.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from page_model import BERLIN, Json, event_key, loc_json, with_unique_keys


def _at(day: str, hm: str | None) -> str | None:
    if hm is None:
        return None
    d = dt.date.fromisoformat(day)
    h, m = (int(x) for x in hm.split(":"))
    return dt.datetime(d.year, d.month, d.day, h, m, tzinfo=BERLIN).isoformat()


Place = tuple[str | None, str | None, str | None, str | None] | tuple[str, str] | str


def place(where: Place | None) -> Json | None:
    """(venue, street, postcode, city), (venue, city) or an online place as text."""
    if where is None:
        return None
    if isinstance(where, str):
        return {"venue": where, "street": None, "postcode": None, "city": None, "text": where}
    if len(where) == 2:
        venue, city = where
        if venue and city and city in venue:  # "Philharmonie Essen": the venue names the city
            return {**loc_json(venue, None, None, city), "text": venue}
        return loc_json(venue, None, None, city)
    return loc_json(*where)


def ev(
    date: str,
    title: str,
    start: str | None = None,
    end: str | None = None,
    *,
    status: str = "upcoming",
    where: Place | None = None,
    audience: str | None = None,
    links: tuple[tuple[str, str, str | None], ...] = (),
    summary: str | None = None,
    until: str | None = None,
    note: str | None = None,
) -> Json:
    """One event. ``until`` makes it multi-day with ``start``-``end`` daily hours."""
    daily = None
    end_at = _at(date, end)
    if until is not None:
        end_at = _at(until, end)
        if start is not None:
            daily = {"start": start, "end": end, "until": until}
    return {
        "key": event_key(date, title),
        "status": status,
        "title": title,
        "date": date,
        "start": _at(date, start),
        "end": end_at,
        "daily": daily,
        "audience": audience,
        "note": note,
        "location": place(where),
        "links": [{"label": lb, "url": u, "size": s} for lb, u, s in links],
        "summary": summary,
    }


Person = tuple[str, str | None, str, str | None]


def page(
    url: str,
    title: str,
    subtitle: str | None,
    events: list[Json],
    contacts: tuple[Person, ...] = (),
) -> Json:
    return {
        "url": url,
        "series": {"title": title, "subtitle": subtitle},
        "events": with_unique_keys(events),
        "contacts": [{"name": n, "unit": u, "email": e, "phone": p} for n, u, e, p in contacts],
    }


def cancel_first(model: Json) -> Json:
    """The same page with its first event marked as cancelled."""
    first, *rest = model["events"]
    return {**model, "events": [{**first, "status": "cancelled"}, *rest]}


@dataclass(frozen=True)
class Site:
    """An organisation's dress for one of the chromes in ``cms_chrome.py``."""

    chrome: str
    org: str
    address: str
    news: tuple[tuple[str, str], ...] = ()
    extra: dict[str, str] = field(default_factory=dict)

    def dress(self, document: str) -> str:
        for placeholder in (
            "Hochschule Ruhr West-Beispiel",
            "Beispielregion",
            "Hochschule Beispiel",
            "Stadt Beispiel",
            "Kreis Beispiel",
            "Landesamt Beispiel",
        ):
            document = document.replace(placeholder, self.org)
        for old, new in (
            ("Kronprinzenstraße 35<br>45128 Essen", self.address.replace(" · ", "<br>")),
            ("Duisburger Straße 100 · 45479 Mülheim an der Ruhr", self.address),
            ("Der Landrat · Hohe Straße 1 · 59174 Kamen", self.address),
        ):
            document = document.replace(old, new)
        for (old_date, old_title), (new_date, new_title) in zip(
            _PLACEHOLDER_NEWS, self.news, strict=False
        ):
            document = document.replace(old_date, new_date, 1).replace(old_title, new_title)
        for old, new in self.extra.items():
            document = document.replace(old, new)
        return document


_PLACEHOLDER_NEWS = (
    ("12.01.2026", "Pressemitteilung vom 12.01.2026: Neue Förderrunde für Quartiere"),
    ("08.12.2025", "Regionalkonferenz zieht Bilanz"),
    ("27.11.2025", "Stellenausschreibung: Referentin (m/w/d) – Bewerbungsschluss 31.01.2026"),
)
