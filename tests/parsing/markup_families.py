"""Markup families: one page model, written the ways real series pages write it.

Each :class:`Family` renders the model's main content; a chrome from ``cms_chrome.py``
wraps it into a full document. ``drop`` names the fields a family's markup cannot
state (a Datum | Thema | Ort table has no audience column): :meth:`Family.expect`
gives the model as a reader of that rendering would write it down.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cms_chrome import CHROMES
from event_writing import (
    cancelled_date,
    clock,
    contact_box,
    date_de,
    date_en,
    day_of,
    esc,
    link_html,
    multi_de,
    place_inline,
    place_lines,
    time_de,
    when_de,
    when_html,
)
from page_model import Draw, Json, as_shown, restrict

Body = Callable[[Json, Draw], str]


@dataclass(frozen=True)
class Family:
    name: str
    body: Body
    parser: str = "rvr-series"
    drop: frozenset[str] = frozenset()
    link_label: str | None = None  # the label this family gives the programme link

    def expect(self, model: Json) -> Json:
        out = restrict(model, self.drop)
        if self.link_label:
            for event in out["events"]:
                event["links"] = [{**li, "label": self.link_label} for li in event["links"]]
        return out


NEWS_IN_MAIN = (
    '<h2>Aktuelles</h2><ul class="news-teaser-list">'
    '<li><span class="date">12.01.2026</span> – '
    "Pressemitteilung: Neue Förderrunde für Quartiere</li>"
    '<li><span class="date">08.12.2025</span> – Regionalkonferenz zieht Bilanz</li></ul>'
)


def render_page(family: Family, model: Json, draw: Draw, chrome: str) -> str:
    """The whole document: the family's content, contact boxes, the chrome around."""
    body = family.body(as_shown(model), draw)
    if draw.nbsp:  # dated news teasers inside the content, after the series
        body += NEWS_IN_MAIN
    body += contact_box(model["contacts"], "Kontakt", style=draw.time_style)
    return CHROMES[chrome](model["series"]["title"], body)


def upcoming(model: Json) -> list[Json]:
    return [e for e in model["events"] if e["status"] != "past"]


def past(model: Json) -> list[Json]:
    return [e for e in model["events"] if e["status"] == "past"]


def head(model: Json, draw: Draw, *, english: bool = False) -> str:
    series = model["series"]
    out = f"<h1>{esc(series['title'], draw)}</h1>"
    if series["subtitle"]:
        out += f"<h2>{esc(series['subtitle'], draw)}</h2>"
    if english:
        out += (
            "<p>The workshop series brings together companies, universities and public "
            "bodies. Registration closes one week before each date.</p>"
            "<p>Registration deadline for the first date: 26 January 2026.</p>"
        )
    else:
        out += (
            "<p>Die Reihe bringt Unternehmen, Hochschulen und Verwaltung zusammen. "
            "Die Teilnahme ist kostenfrei.</p>"
            "<p>Anmeldeschluss für den ersten Termin: 26. Januar 2026</p>"
        )
    return out


def tail() -> str:
    return '<p class="small">Stand: 01.10.2025</p>'


def labelled(label: str, value: str | None) -> str:
    return f"<p><strong>{label}:</strong> {value}</p>" if value else ""


def links_p(event: Json, draw: Draw, label: str | None = None) -> str:
    return "".join(f"<p>{link_html(li, draw, label)}</p>" for li in event["links"])


def heading_title(event: Json, draw: Draw) -> str:
    """A title in a heading, wrapped by a ``<br>`` where an editor broke a long one."""
    out = esc(event["title"], draw)
    words = out.split(" ")
    if draw.shy and draw.nbsp and len(words) >= 4:
        out = " ".join(words[:2]) + "<br>" + " ".join(words[2:])
    return out


def past_facts(event: Json, draw: Draw, label: str = "Ort") -> str:
    """What a past event states besides title and date: place and a summary."""
    out = labelled(label, place_inline(event["location"], draw))
    return out + (f"<p>{esc(event['summary'])}</p>" if event["summary"] else "")


def past_title(event: Json, english: bool = False) -> str:
    day = day_of(event)
    return f"{event['title']} ({day:%d.%m.%Y})"


# --- the families -----------------------------------------------------------------------


def accordion(model: Json, draw: Draw) -> str:
    def item(i: int, event: Json, *, is_past: bool) -> str:
        label = f"{event['title']} ({day_of(event):%d.%m.%Y})"
        if is_past:
            inner = past_facts(event, draw, "Wo")
        else:
            inner = (
                labelled("Wann", when_html(event, draw))
                + labelled("Wo", place_inline(event["location"], draw))
                + labelled("Für wen", event["audience"] and esc(event["audience"], draw))
                + links_p(event, draw)
            )
        return (
            f'<div class="accordion-item"><h3 class="accordion-header" id="h{i}">'
            f'<button class="accordion-button collapsed" type="button" '
            f'data-bs-toggle="collapse" data-bs-target="#c{i}" aria-expanded="false">'
            f"{esc(label, draw)}</button></h3>"
            f'<div id="c{i}" class="accordion-collapse collapse" aria-labelledby="h{i}">'
            f'<div class="accordion-body">{inner}</div></div></div>'
        )

    out = head(model, draw) + '<h2>Nächste Termine</h2><div class="accordion" id="acc1">'
    out += "".join(item(i, e, is_past=False) for i, e in enumerate(upcoming(model)))
    out += "</div>"
    if past(model):
        out += f"<h2>Rückblick: {esc(model['series']['title'])}</h2>"
        out += '<div class="accordion" id="acc2">'
        out += "".join(item(10 + i, e, is_past=True) for i, e in enumerate(past(model)))
        out += "</div>"
    return out + tail()


def tabs(model: Json, draw: Draw) -> str:
    def event_html(event: Json) -> str:
        if event["status"] == "past":
            return f"<h4>{esc(past_title(event), draw)}</h4>{past_facts(event, draw)}"
        return (
            f"<h4>{heading_title(event, draw)}</h4>"
            f"<p>{when_html(event, draw)}</p>"
            + labelled("Ort", place_inline(event["location"], draw))
            + labelled("Zielgruppe", event["audience"] and esc(event["audience"]))
            + links_p(event, draw)
        )

    out = head(model, draw)
    out += (
        '<ul class="nav nav-tabs" role="tablist">'
        '<li class="nav-item"><button class="nav-link active" data-bs-toggle="tab" '
        'data-bs-target="#termine" role="tab">Termine</button></li>'
    )
    if past(model):
        out += (
            '<li class="nav-item"><button class="nav-link" data-bs-toggle="tab" '
            'data-bs-target="#rueckblick" role="tab">Rückblick</button></li>'
        )
    out += '</ul><div class="tab-content">'
    out += '<div class="tab-pane fade show active" id="termine" role="tabpanel">'
    out += "".join(event_html(e) for e in upcoming(model)) + "</div>"
    if past(model):
        out += '<div class="tab-pane fade" id="rueckblick" role="tabpanel">'
        out += "".join(event_html(e) for e in past(model)) + "</div>"
    return out + "</div>" + tail()


def _datetime_attr(event: Json) -> str:
    start = clock(event["start"])
    return start.isoformat() if start else event["date"]


def cards(model: Json, draw: Draw) -> str:
    def card(event: Json) -> str:
        when = when_html(event, draw)
        body = (
            f'<p class="card-subtitle"><time datetime="{_datetime_attr(event)}">{when}</time></p>'
            f'<h3 class="card-title">{heading_title(event, draw)}</h3>'
        )
        if event["status"] == "past":
            body += past_facts(event, draw)
        else:
            body += f'<p class="card-text">{place_lines(event["location"], draw)}</p>'
            body += labelled("Zielgruppe", event["audience"] and esc(event["audience"]))
            body += links_p(event, draw)
        card = f'<div class="card h-100"><div class="card-body">{body}</div></div>'
        return f'<div class="col">{card}</div>'

    out = head(model, draw) + "<h2>Kommende Veranstaltungen</h2>"
    out += '<div class="row row-cols-md-2">' + "".join(map(card, upcoming(model))) + "</div>"
    if past(model):
        out += "<h2>Vergangene Veranstaltungen</h2>"
        out += '<div class="row row-cols-md-2">' + "".join(map(card, past(model))) + "</div>"
    return out + tail()


def table(model: Json, draw: Draw) -> str:
    rows = []
    for event in model["events"]:
        when = when_html(event, draw)
        rows.append(
            f"<tr><td>{when}</td><td>{esc(event['title'], draw)}</td>"
            f"<td>{place_lines(event['location'], draw)}</td></tr>"
        )
    return (
        head(model, draw)
        + "<h2>Programm</h2>"
        + '<table class="contenttable"><thead><tr><th scope="col">Datum</th>'
        + '<th scope="col">Thema</th><th scope="col">Ort</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
        + tail()
    )


def listing(model: Json, draw: Draw) -> str:
    def li(event: Json) -> str:
        text = f"<strong>{when_html(event, draw)}</strong> – {esc(event['title'], draw)}"
        where = place_inline(event["location"], draw)
        return f"<li>{text} – {where}</li>" if where else f"<li>{text}</li>"

    out = head(model, draw) + "<h2>Termine 2026/2027</h2><ul>"
    out += "".join(map(li, upcoming(model))) + "</ul>"
    if past(model):
        out += "<h2>Rückschau</h2><ul>" + "".join(map(li, past(model))) + "</ul>"
    return out + tail()


def deflist(model: Json, draw: Draw) -> str:
    def dl(event: Json) -> str:
        rows = [("Termin", when_html(event, draw))]
        if event["location"]:
            rows.append(("Ort", place_lines(event["location"], draw)))
        if event["audience"]:
            rows.append(("Zielgruppe", esc(event["audience"])))
        if event["links"]:
            rows.append(("Unterlagen", link_html(event["links"][0], draw)))
        inner = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        return f"<h3>{heading_title(event, draw)}</h3><dl class='event-facts'>{inner}</dl>"

    out = head(model, draw) + "<h2>Nächste Termine</h2>" + "".join(map(dl, upcoming(model)))
    if past(model):
        out += "<h2>Rückblick</h2>"
        for event in past(model):
            out += f"<h3>{esc(past_title(event), draw)}</h3>{past_facts(event, draw)}"
    return out + tail()


def br_paragraph(model: Json, draw: Draw) -> str:
    def para(event: Json) -> str:
        lines = [
            f"<strong>{esc(event['title'], draw)}</strong>",
            f"Datum: {when_html(event, draw)}",
        ]
        if event["location"]:
            lines.append(f"Ort: {place_inline(event['location'], draw)}")
        if event["audience"]:
            lines.append(f"Zielgruppe: {esc(event['audience'])}")
        lines += [link_html(li, draw) for li in event["links"]]
        return "<p>" + "<br>\n".join(lines) + "</p>"

    out = head(model, draw) + "<h2>Termine</h2>" + "".join(map(para, upcoming(model)))
    if past(model):
        out += "<h2>Rückblick</h2>"
        for event in past(model):
            lines = [f"<strong>{day_of(event):%d.%m.%Y}: {esc(event['title'], draw)}</strong>"]
            if event["location"]:
                lines.append(f"Ort: {place_inline(event['location'], draw)}")
            if event["summary"]:
                lines.append(esc(event["summary"]))
            out += "<p>" + "<br>".join(lines) + "</p>"
    return out + tail()


def headings(model: Json, draw: Draw) -> str:
    """Date-first headings (h2-h5), no section words; past events as bold paragraphs."""
    level = 2 + draw.time_style % 4

    def block(event: Json) -> str:
        if event["status"] == "past":
            return f"<p><b>{esc(past_title(event), draw)}</b></p>{past_facts(event, draw)}"
        plain = {**event, "status": "upcoming"}
        start, end = clock(event["start"]), clock(event["end"])
        if start and end and start.date() != end.date() and not event["daily"]:
            date, hours = when_de(plain, draw), None
        elif event["daily"]:
            date, hours = multi_de(plain, draw).split(", ", 1)
        else:
            date, hours = date_de(day_of(event), 1), time_de(plain, draw)
        date = esc(date)
        if event["status"] == "cancelled":
            date = cancelled_date(date, draw.cancel_form)
        out = f"<h{level}>{date} – {esc(event['title'], draw)}</h{level}>"
        out += labelled("Uhrzeit", hours and esc(hours))
        out += labelled("Ort", place_inline(event["location"], draw))
        out += labelled("Zielgruppe", event["audience"] and esc(event["audience"]))
        return out + links_p(event, draw)

    return head(model, draw) + "".join(map(block, model["events"])) + tail()


def english(model: Json, draw: Draw) -> str:
    def block(event: Json) -> str:
        if event["status"] == "past":
            day = day_of(event)
            return (
                f"<h3>{esc(event['title'], draw)} ({date_en(day, 1)})</h3>"
                f"{past_facts(event, draw, 'Venue')}"
            )
        return (
            f"<h3>{heading_title(event, draw)}</h3>"
            + labelled("Date", when_html(event, draw, english=True))
            + labelled("Venue", place_inline(event["location"], draw))
            + labelled("Audience", event["audience"] and esc(event["audience"]))
            + links_p(event, draw, "Programme")
        )

    out = head(model, draw, english=True) + "<h2>Upcoming events</h2>"
    out += "".join(map(block, upcoming(model)))
    if past(model):
        out += "<h2>Past events</h2>" + "".join(map(block, past(model)))
    return out + '<p class="small">Last updated: 1 October 2025</p>'


def synonyms(model: Json, draw: Draw) -> str:
    def block(event: Json) -> str:
        out = labelled("Was", esc(event["title"], draw)) + labelled("Wann", when_html(event, draw))
        if event["status"] == "past":
            return f"<div class='termin'>{out}{past_facts(event, draw, 'Wo')}</div>"
        out += labelled("Wo", place_inline(event["location"], draw))
        out += labelled("Für wen", event["audience"] and esc(event["audience"]))
        return f"<div class='termin'>{out}{links_p(event, draw)}</div><hr>"

    out = head(model, draw) + "<h2>Save the Date</h2>" + "".join(map(block, upcoming(model)))
    if past(model):
        out += "<h2>Dokumentation</h2>" + "".join(map(block, past(model)))
    return out + tail()


NO_EXTRAS = frozenset({"audience", "links", "summary", "note"})
NO_NOTE = frozenset({"note"})

FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("accordion", accordion),
        Family("tabs", tabs),
        Family("cards", cards),
        Family("table", table, drop=NO_EXTRAS),
        Family("list", listing, drop=NO_EXTRAS),
        Family("dl", deflist),
        Family("br-paragraph", br_paragraph),
        Family("headings", headings, drop=NO_NOTE),
        Family("english", english, drop=NO_NOTE, link_label="Programme"),
        Family("synonyms", synonyms),
    )
}
