"""More markup families, modelled on CMS plugins: a title-first event list (WordPress Event
Organiser), a news list with ``<time>`` and a teaser line "time, place" (TYPO3 tx_news),
cards with a UTC ``<time datetime>`` and "Do, 16.04.2026 · 10:00 Uhr" (Neos), and a
five-column table Datum | Uhrzeit | Veranstaltung | Ort | Zielgruppe (Government Site
Builder). Same contract as ``markup_families.py``."""

from __future__ import annotations

import datetime as dt

from event_writing import (
    MONTHS,
    cancelled_date,
    clock,
    date_de,
    day_of,
    esc,
    multi_de,
    place_inline,
    place_lines,
    time_de,
    when_de,
)
from markup_families import Family, head, links_p, past, tail, upcoming
from page_model import Draw, Json

_UTC = dt.UTC
_WD = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def _over_days(event: Json) -> bool:
    start, end = clock(event["start"]), clock(event["end"])
    return bool(start and end and start.date() != end.date())


def _struck(text: str, event: Json, draw: Draw) -> str:
    out = esc(text)
    return cancelled_date(out, draw.cancel_form) if event["status"] == "cancelled" else out


def title_first_list(model: Json, draw: Draw) -> str:
    def li(event: Json) -> str:
        plain = {**event, "status": "upcoming", "note": None}
        when = _struck(when_de(plain, draw), event, draw)
        where = place_inline(event["location"], draw)
        text = f"{esc(event['title'], draw)} – {when}"
        return f'<li class="eo-event-future">{text}, {where}</li>' if where else f"<li>{text}</li>"

    out = head(model, draw)
    if upcoming(model):
        out += '<h2>Unsere nächsten Termine</h2><ul class="eo-events eo-events-shortcode">'
        out += "".join(map(li, upcoming(model))) + "</ul>"
    if past(model):
        out += "<h2>Bisherige Termine</h2><ul>" + "".join(map(li, past(model))) + "</ul>"
    return out + tail()


def news_list(model: Json, draw: Draw) -> str:
    def article(event: Json) -> str:
        plain = {**event, "status": "upcoming", "note": None}
        day = day_of(event)
        shown = _struck(f"{day:%d.%m.%Y}", event, draw)
        if event["daily"] or _over_days(event):
            hours = when_de(plain, draw)
        else:
            hours = time_de(plain, draw)
        teaser = ", ".join(
            p for p in (hours and esc(hours), place_inline(event["location"], draw)) if p
        )
        out = (
            '<div class="article articletype-0"><div class="header">'
            f'<span class="news-list-date"><time datetime="{event["date"]}">{shown}</time></span>'
            f'<h3><span itemprop="headline">{esc(event["title"], draw)}</span></h3></div>'
        )
        if teaser:
            out += f'<div class="teaser-text"><p>{teaser}</p></div>'
        if event["audience"]:
            out += f"<p>Zielgruppe: {esc(event['audience'])}</p>"
        return out + links_p(event, draw) + "</div>"

    return (
        head(model, draw)
        + '<h2>Veranstaltungen</h2><div class="news-list-view">'
        + "".join(map(article, model["events"]))
        + "</div>"
        + tail()
    )


def _utc(value: str) -> str:
    return dt.datetime.fromisoformat(value).astimezone(_UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_cards(model: Json, draw: Draw) -> str:
    def card(event: Json) -> str:
        plain = {**event, "status": "upcoming", "note": None}
        day = day_of(event)
        if event["daily"] or _over_days(event):
            shown = when_de(plain, draw)
        else:
            shown = f"{_WD[day.weekday()]}, {day:%d.%m.%Y}"
            hours = time_de(plain, draw)
            if hours:
                shown += f" · {hours}"
        stamp = _utc(event["start"]) if event["start"] else event["date"]
        out = (
            '<article class="card card--event"><div class="card__meta">'
            f'<time datetime="{stamp}">{_struck(shown, event, draw)}</time></div>'
            f'<h3 class="card__title">{esc(event["title"], draw)}</h3>'
        )
        if event["location"]:
            out += f'<p class="card__place">{place_inline(event["location"], draw)}</p>'
        return out + links_p(event, draw) + "</article>"

    cards = "".join(map(card, model["events"]))
    return (
        head(model, draw) + f'<div class="neos-contentcollection card-grid">{cards}</div>' + tail()
    )


def table5(model: Json, draw: Draw) -> str:
    def row(event: Json) -> str:
        plain = {**event, "status": "upcoming", "note": None}
        day = day_of(event)
        if _over_days(event) and not event["daily"]:
            date, hours = when_de(plain, draw), ""
        elif event["daily"]:
            date, hours = multi_de(plain, draw).split(", ", 1)
        else:
            date, hours = date_de(day, 2), time_de(plain, draw) or ""
        return (
            f"<tr><td>{_struck(date, event, draw)}</td><td>{esc(hours)}</td>"
            f"<td>{esc(event['title'], draw)}</td><td>{place_lines(event['location'], draw)}</td>"
            f"<td>{esc(event['audience'] or '')}</td></tr>"
        )

    return (
        head(model, draw)
        + "<h2>Termine im Überblick</h2>"
        + '<table class="textualData"><thead><tr><th>Datum</th><th>Uhrzeit</th>'
        + "<th>Veranstaltung</th><th>Ort</th><th>Zielgruppe</th></tr></thead><tbody>"
        + "".join(map(row, model["events"]))
        + "</tbody></table>"
        + tail()
    )


def details(model: Json, draw: Draw) -> str:
    """HTML ``<details>`` disclosure widgets (WordPress "Details" block) under ARIA headings."""

    def item(event: Json) -> str:
        plain = {**event, "status": "upcoming", "note": None}
        if event["daily"] or _over_days(event):
            summary, hours = when_de(plain, draw), None
        else:
            summary, hours = date_de(day_of(event), draw.date_style), time_de(plain, draw)
        shown = _struck(summary, event, draw)
        out = f"<details><summary>{shown} | {esc(event['title'], draw)}</summary>"
        if hours:
            out += f"<p>Uhrzeit: {esc(hours)}</p>"
        if event["location"]:
            out += f"<p>Ort: {place_inline(event['location'], draw)}</p>"
        if event["audience"]:
            out += f"<p>Zielgruppe: {esc(event['audience'])}</p>"
        if event["summary"]:
            out += f"<p>{esc(event['summary'])}</p>"
        return out + links_p(event, draw) + "</details>"

    def heading(text: str) -> str:
        return f'<div class="h2" role="heading" aria-level="2">{text}</div>'

    out = head(model, draw)
    if upcoming(model):
        out += heading("Nächste Termine") + "".join(map(item, upcoming(model)))
    if past(model):
        out += heading("Rückblick") + "".join(map(item, past(model)))
    return out + tail()


def month_list(model: Json, draw: Draw) -> str:
    """Dates grouped under month headings ("März 2026"), one list item a date."""

    def months(events: list[Json]) -> str:
        out, current = "", None
        for event in events:
            day = day_of(event)
            month = f"{MONTHS[day.month - 1]} {day.year}"
            if month != current:
                out += ("</ul>" if current else "") + f"<h3>{month}</h3><ul>"
                current = month
            plain = {**event, "status": "upcoming", "note": None}
            item = f"{_struck(when_de(plain, draw), event, draw)} – {esc(event['title'], draw)}"
            where = place_inline(event["location"], draw)
            out += f"<li>{item} – {where}</li>" if where else f"<li>{item}</li>"
        return out + ("</ul>" if current else "")

    out = head(model, draw)
    if upcoming(model):
        out += "<h2>Termine</h2>" + months(upcoming(model))
    if past(model):
        out += "<h2>Rückblick</h2>" + months(past(model))
    return out + tail()


_NOTE_SUMMARY = frozenset({"note", "summary"})

PLUGIN_FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family(
            "title-first-list",
            title_first_list,
            drop=frozenset({*_NOTE_SUMMARY, "audience", "links"}),
        ),
        Family("news-list", news_list, drop=_NOTE_SUMMARY),
        Family("utc-cards", utc_cards, drop=frozenset({*_NOTE_SUMMARY, "audience"})),
        Family("table5", table5, drop=frozenset({*_NOTE_SUMMARY, "links"})),
        Family("details", details, drop=frozenset({"note"})),
        Family("month-list", month_list, drop=frozenset({*_NOTE_SUMMARY, "audience", "links"})),
    )
}
