"""Markup families of event plugins and structured data: The Events Calendar (WordPress),
JSON-LD only (read by the ``schema-events`` parser) and schema.org microdata. Same contract
as ``markup_families.py``."""

from __future__ import annotations

import json

from event_writing import esc, place_parts, shown_city, when_html
from markup_families import NO_EXTRAS, NO_NOTE, Family, head, links_p, past, tail, upcoming
from page_model import Draw, Json

TEC = "tribe-events-calendar-list__event"


def wp_events(model: Json, draw: Draw) -> str:
    """The Events Calendar (WordPress plugin) list view markup."""

    def article(event: Json) -> str:
        when = when_html(event, draw)
        loc = event["location"]
        venue = ""
        if loc:
            parts = place_parts(loc)
            name, rest = (parts[0], parts[1:]) if loc["venue"] else (None, parts)
            venue = '<address class="tribe-events-calendar-list__event-venue tribe-common-b2">'
            if name:
                venue += f'<span class="{TEC}-venue-title tribe-common-b2--bold">'
                venue += f"{esc(name, draw)}</span> "
            if rest:
                address = esc(", ".join(rest))
                venue += f'<span class="{TEC}-venue-address">{address}</span>'
            venue += "</address>"
        desc = ""
        if event["summary"]:
            desc = f'<div class="{TEC}-description"><p>{esc(event["summary"])}</p></div>'
        if event["audience"]:
            audience = esc(event["audience"])
            desc += f'<div class="{TEC}-description"><p>Zielgruppe: {audience}</p></div>'
        cls = "tribe-events-calendar-list__event-row"
        if event["status"] == "past":
            cls += " tribe-events-calendar-list__event-row--past"
        return (
            f'<div class="{cls}"><div class="tribe-events-calendar-list__event-wrapper">'
            f'<article class="tribe-events-calendar-list__event type-tribe_events">'
            f'<header class="tribe-events-calendar-list__event-header">'
            f'<div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2">'
            f'<time class="tribe-events-calendar-list__event-datetime" datetime="{event["date"]}">'
            f"{when}</time></div>"
            f'<h3 class="{TEC}-title tribe-common-h6">{esc(event["title"], draw)}</h3>'
            f"{venue}</header>{desc}{links_p(event, draw)}</article></div></div>"
        )

    out = head(model, draw)
    out += '<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list">'
    out += '<h2 class="tribe-events-header__title">Kommende Veranstaltungen</h2>'
    out += '<div class="tribe-events-calendar-list">' + "".join(map(article, upcoming(model)))
    out += "</div>"
    if past(model):
        out += (
            '<h2 class="tribe-events-calendar-latest-past__heading">Vergangene Veranstaltungen</h2>'
        )
        out += '<div class="tribe-events-calendar-latest-past">'
        out += "".join(map(article, past(model))) + "</div>"
    if draw.nbsp:  # the plugin also emits its events as JSON-LD: the same events, not twice
        out += _ld_script(model)
    return out + "</div>" + tail()


def _ld_event(event: Json) -> Json:
    loc = event["location"]
    data: Json = {
        "@type": "EducationEvent",
        "name": event["title"],
        "startDate": event["start"] or event["date"],
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventCancelled"
        if event["status"] == "cancelled"
        else "https://schema.org/EventScheduled",
        "organizer": {
            "@type": "Organization",
            "name": "Beispielregion",
            "url": "https://www.beispiel-region.de",
        },
    }
    if event["end"]:
        data["endDate"] = event["end"]
    if event.get("_was") and event["status"] != "cancelled":
        data["previousStartDate"] = event["_was"]
        data["eventStatus"] = "https://schema.org/EventRescheduled"
    if loc and loc["street"] is None and loc["postcode"] is None and loc["city"] is None:
        data["location"] = {
            "@type": "VirtualLocation",
            "name": loc["text"],
            "url": "https://zoom.us/j/123",
        }
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
    elif loc:
        address: Json = {"@type": "PostalAddress", "addressCountry": "DE"}
        if loc["street"]:
            address["streetAddress"] = loc["street"]
        if loc["postcode"]:
            address["postalCode"] = loc["postcode"]
        if loc["city"]:
            address["addressLocality"] = shown_city(loc)
        place: Json = {"@type": "Place", "address": address}
        if loc["venue"]:
            place["name"] = loc["venue"]
        data["location"] = place
    return data


def _ld_script(model: Json) -> str:
    graph = {"@context": "https://schema.org", "@graph": [_ld_event(e) for e in model["events"]]}
    blob = json.dumps(graph, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">{blob}</script>'


def jsonld(model: Json, draw: Draw) -> str:
    return (
        f"<h1>{esc(model['series']['title'])}</h1>"
        "<p>Die Termine der Reihe werden hier geladen.</p>"
        '<div id="event-app" data-source="/api/events"></div>'
        "<noscript>Bitte aktivieren Sie JavaScript, um die Termine zu sehen.</noscript>"
        + _ld_script(model)
    )


def microdata(model: Json, draw: Draw) -> str:
    def item(event: Json) -> str:
        start = event["start"] or event["date"]
        out = (
            '<div class="event" itemscope itemtype="https://schema.org/Event">'
            f'<h3 itemprop="name">{esc(event["title"], draw)}</h3>'
            f'<p><time itemprop="startDate" datetime="{start}">{when_html(event, draw)}</time>'
        )
        if event["end"]:
            out += f'<meta itemprop="endDate" content="{event["end"]}">'
        out += "</p>"
        loc = event["location"]
        if loc:
            out += '<p itemprop="location" itemscope itemtype="https://schema.org/Place">'
            if loc["street"] is None and loc["city"] is None:
                out += f'<span itemprop="name">{esc(loc["text"])}</span>'
            else:
                if loc["venue"]:
                    out += f'<span itemprop="name">{esc(loc["venue"], draw)}</span><br>'
                out += '<span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
                if loc["street"]:
                    out += f'<span itemprop="streetAddress">{esc(loc["street"])}</span><br>'
                if loc["postcode"]:
                    out += f'<span itemprop="postalCode">{loc["postcode"]}</span> '
                city = esc(shown_city(loc) or "")
                out += f'<span itemprop="addressLocality">{city}</span></span>'
            out += "</p>"
        if event["audience"]:
            out += f"<p>Zielgruppe: {esc(event['audience'])}</p>"
        if event["summary"]:
            out += f'<p itemprop="description">{esc(event["summary"])}</p>'
        return out + links_p(event, draw) + "</div>"

    out = head(model, draw) + "<h2>Veranstaltungen</h2>" + "".join(map(item, upcoming(model)))
    if past(model):
        out += "<h2>Vergangene Veranstaltungen</h2>" + "".join(map(item, past(model)))
    return out + tail()


STRUCTURED_FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("wp-events", wp_events, drop=NO_NOTE),
        Family(
            "jsonld",
            jsonld,
            parser="schema-events",
            drop=frozenset({*NO_EXTRAS, "daily", "subtitle", "contacts"}),
        ),
        Family("microdata", microdata, drop=NO_NOTE),
    )
}
