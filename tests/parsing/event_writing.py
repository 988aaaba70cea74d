"""How pages write the pieces of an event: dates, times, places, links, cancellations.

Shared by the markup families in ``markup_families.py``. Every writer takes a model event
(contract JSON) and a :class:`page_model.Draw` and returns HTML in one of the forms
real pages use; which form is the draw's business, so hypothesis varies it.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from page_model import Draw, Json

MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_LONG_WORD = re.compile(r"\w{10,}")


def esc(text: str, draw: Draw | None = None) -> str:
    """Escape text; with ``draw.shy`` put a soft hyphen into every long word."""
    out = html.escape(text, quote=False)
    if draw is not None and draw.shy:
        out = _LONG_WORD.sub(lambda m: m.group(0)[:5] + "&shy;" + m.group(0)[5:], out)
    return out


def day_of(event: Json) -> dt.date:
    return dt.date.fromisoformat(event["date"])


def clock(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def date_de(day: dt.date, style: int) -> str:
    """One German way of writing a day."""
    forms = (
        f"{day:%d.%m.%Y}",
        f"{day.day}. {MONTHS[day.month - 1]} {day.year}",
        f"{WEEKDAYS[day.weekday()][:2]}., {day:%d.%m.%Y}",
        f"{WEEKDAYS[day.weekday()]}, {day.day}. {MONTHS[day.month - 1]} {day.year}",
        f"{WEEKDAYS[day.weekday()][:2]}., {day:%d.%m.%y}",
    )
    return forms[style % len(forms)]


def _hm(t: dt.datetime, style: int) -> str:
    if style == 1:
        return f"{t:%H.%M}"
    if style == 3 and t.minute == 0:
        return str(t.hour)
    return f"{t:%H:%M}"


def time_de(event: Json, draw: Draw) -> str | None:
    """The time of a one-day event as a German page writes it, or None."""
    start, end = clock(event["start"]), clock(event["end"])
    if start is None:
        return None
    uhr = ("\u00a0" if draw.nbsp else " ") + "Uhr"
    s = draw.time_style % 5
    if s == 4:  # tables often leave out "Uhr"
        return f"{start:%H:%M}" + (f" – {end:%H:%M}" if end else "")
    if end is None:
        return f"ab {_hm(start, s)}{uhr}" if s == 2 else f"{_hm(start, s)}{uhr}"
    if s == 2:
        return f"von {_hm(start, 0)}{uhr} bis {_hm(end, 0)}{uhr}"
    if s == 1:
        return f"{_hm(start, 1)} - {_hm(end, 1)}{uhr}"
    return f"{_hm(start, s)}–{_hm(end, s)}{uhr}"


def multi_de(event: Json, draw: Draw) -> str:
    """A multi-day event with daily hours: "12.–13. März 2026, jeweils 9–16 Uhr"."""
    first, last = clock(event["start"]), clock(event["end"])
    assert first is not None and last is not None
    a, b = first.date(), last.date()
    if draw.date_style % 2 == 0 and a.month == b.month:
        days = f"{a.day}.–{b.day}. {MONTHS[a.month - 1]} {a.year}"
    elif a.year == b.year:
        days = f"{a:%d.%m.}–{b:%d.%m.%Y}"
    else:
        days = f"{a:%d.%m.%Y} – {b:%d.%m.%Y}"
    h1, h2 = event["daily"]["start"], event["daily"]["end"]
    if draw.time_style % 2:
        return f"{days}, jeweils {h1}–{h2} Uhr"
    return f"{days}, jeweils {int(h1[:2])}–{int(h2[:2])} Uhr"


def when_de(event: Json, draw: Draw, *, with_time: bool = True) -> str:
    """Date and time in one line ("Do., 12.03.2026, 17:00–19:00 Uhr")."""
    if event.get("daily"):
        return multi_de(event, draw)
    start, end = clock(event["start"]), clock(event["end"])
    if start and end and end.date() != start.date():  # over days, no daily hours stated
        return (
            f"{date_de(start.date(), draw.date_style)}, {_hm(start, 0)} Uhr bis "
            f"{date_de(end.date(), draw.date_style)}, {_hm(end, 0)} Uhr"
        )
    text = date_de(day_of(event), draw.date_style)
    t = time_de(event, draw) if with_time else None
    return f"{text}, {t}" if t else text


def date_en(day: dt.date, style: int) -> str:
    forms = (
        f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
        f"{WEEKDAYS_EN[day.weekday()]}, {day.day} {MONTHS_EN[day.month - 1]} {day.year}",
    )
    return forms[style % len(forms)]


def _ampm(t: dt.datetime, style: int) -> str:
    hour = t.hour % 12 or 12
    suffix = "pm" if t.hour >= 12 else "am"
    if style % 2:
        return f"{hour}.{t:%M} {suffix}" if t.minute else f"{hour} {suffix}"
    return f"{hour}:{t:%M} {suffix}"


def when_en(event: Json, draw: Draw) -> str:
    if event.get("daily"):
        first, last = clock(event["start"]), clock(event["end"])
        assert first is not None and last is not None
        a, b = first.date(), last.date()
        if a.month == b.month and a.year == b.year:
            days = f"{a.day}–{b.day} {MONTHS_EN[a.month - 1]} {a.year}"
        else:
            days = f"{date_en(a, 1)} – {date_en(b, 1)}"
        t1 = first.replace(hour=int(event["daily"]["start"][:2]))
        t2 = first.replace(hour=int(event["daily"]["end"][:2]))
        return f"{days}, daily {_ampm(t1, draw.time_style)} – {_ampm(t2, draw.time_style)}"
    text = date_en(day_of(event), draw.date_style)
    start, end = clock(event["start"]), clock(event["end"])
    if start is None:
        return text
    if end is not None and end.date() != start.date():
        ending = date_en(end.date(), draw.date_style)
        return f"{text}, {_ampm(start, draw.time_style)} – {ending}, {_ampm(end, draw.time_style)}"
    if end is None:
        return f"{text}, {_ampm(start, draw.time_style)}"
    return f"{text}, {_ampm(start, draw.time_style)} – {_ampm(end, draw.time_style)}"


def place_parts(location: Json | None) -> list[str]:
    """The lines a place is written in: its pieces as stated (venue, street, "postcode city")."""
    return location["text"].split(", ") if location else []


def shown_city(location: Json) -> str | None:
    """The city as the page writes it ("Essen-Altenessen"), from the stated text."""
    if location["postcode"]:
        return str(location["text"].rsplit(f"{location['postcode']} ", 1)[1])
    return location["city"]


def place_inline(location: Json | None, draw: Draw) -> str:
    return ", ".join(esc(p, draw) for p in place_parts(location))


def place_lines(location: Json | None, draw: Draw) -> str:
    return "<br>".join(esc(p, draw) for p in place_parts(location))


def link_html(link: Json, draw: Draw, label: str | None = None) -> str:
    """A download link with its size in one of the common forms."""
    label = html.escape(label or link["label"])
    size = link["size"]
    href = link["url"].replace("https://www.beispiel-region.de", "")
    forms = (
        f'<a href="{href}" class="download">{label}</a> (PDF, {size})',
        f'<a href="{href}" class="link-download">{label} <span class="file-meta">PDF, '
        f"{size}</span></a>",
        f'<a href="{href}">{label}</a> [pdf | {size}]',
        f'<a href="{link["url"]}" target="_blank">{label}</a> ({size})',
        f'<a href="{href}">{label}</a> PDF-Datei {size}',
    )
    if size is None:
        return f'<a href="{href}">{label}</a>'
    return forms[(draw.date_style + draw.time_style) % len(forms)]


CANCEL_FORMS = 8


def cancelled_date(date_html: str, form: int, *, english: bool = False) -> str:
    """A date line marked as cancelled, in one of the common forms."""
    word = "Cancelled" if english else "Abgesagt"
    form %= CANCEL_FORMS
    if english and form in {2, 3}:
        form = 1
    if form == 0:
        return f"<strong>{word.upper()}: <del>{date_html}</del></strong>"
    if form == 1:
        return f"{date_html} – {word.lower()}"
    if form == 2:
        return f"{date_html} – entfällt"
    if form == 3:
        return f"{date_html} (fällt aus)"
    if form == 4:
        return f'{date_html} <span class="badge bg-danger">{word}</span>'
    if form == 5:
        return f"<del>{date_html}</del>"
    if form == 6:
        return f"<s>{date_html}</s>"
    return f'<span style="text-decoration: line-through">{date_html}</span>'


def when_html(event: Json, draw: Draw, *, english: bool = False, with_time: bool = True) -> str:
    """The date line as HTML, struck or marked when the event is cancelled."""
    text = when_en(event, draw) if english else when_de(event, draw, with_time=with_time)
    if event.get("note"):
        text += f" – {event['note']}"
    out = esc(text)
    if event["status"] == "cancelled":
        out = cancelled_date(out, draw.cancel_form, english=english)
    elif event.get("_was") and not english:
        was = date_de(dt.date.fromisoformat(event["_was"]), draw.date_style)
        if draw.cancel_form % 2:
            out = f"<del>{esc(was)}</del> {out}"
        else:
            out = (
                f'<span style="text-decoration: line-through">{esc(was)}</span> Neuer Termin: {out}'
            )
    return out


def contact_box(contacts: list[Json], heading: str = "Ansprechpartnerin", style: int = 0) -> str:
    """Contact boxes as pages show them: name, unit, e-mail and phone; the e-mail as a
    ``mailto:`` link (style 0), as "name[at]host" text (1), or labelled (2)."""
    out = f"<h2>{heading}</h2>" if contacts else ""
    for c in contacts:
        lines = [f'<span class="name">{c["name"]}</span>']
        if c["unit"]:
            lines.append(c["unit"])
        local, host = c["email"].split("@")
        phone = c["phone"]
        if style % 3 == 1:
            lines.append(f"{local}[at]{host}")
            lines += [f"Tel.: {phone}"] if phone else []
        elif style % 3 == 2:
            lines.append(f'E-Mail: <a href="mailto:{c["email"]}">{c["email"]}</a>')
            lines += [f"Telefon: {phone}"] if phone else []
        else:
            lines.append(f'<a href="mailto:{c["email"]}">{c["email"]}</a>')
            lines += [f"Tel. {phone}"] if phone else []
        out += '<div class="contact-box"><p>' + "<br>".join(lines) + "</p></div>"
    return out
