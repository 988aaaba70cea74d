"""clean_text: invisible and control characters out, whitespace collapsed, typography kept;
cap_text / cap_page: every field bounded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.model import Contact, Event, Link, Location, Page, Series
from scraper.text import FIELD_CAPS, cap_page, cap_text, clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Fach\u00adkräfte-Reihe", "Fachkräfte-Reihe"),  # soft hyphen
        ("H2PopUp\u200bLab", "H2PopUpLab"),  # zero-width space
        ("a\u200cb\u200dc\u2060d\ufeffe", "abcde"),  # ZWNJ, ZWJ, word joiner, BOM
        ("17:00\u00a0Uhr", "17:00 Uhr"),  # no-break space
        ("Bahnhofstraße\u202f69", "Bahnhofstraße 69"),  # narrow no-break space
        ("  Akteure aus\n\t Wirtschaft \u00a0 ", "Akteure aus Wirtschaft"),
        ("Mach’s – „Wasserstoff“", "Mach’s – „Wasserstoff“"),  # typography as published
        ("\u00ad\u200b \u00a0", ""),
        ("", ""),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


_NOISE = st.sampled_from(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
_SPACE = st.sampled_from([" ", "\u00a0", "\u202f", "\n", "\t", "  "])


@given(st.lists(st.text(alphabet="abcäöüß’–„“XYZ0123", min_size=1), min_size=1, max_size=6))
def test_words_survive_any_whitespace_and_noise(words: list[str]) -> None:
    noisy = "\u00a0 ".join("\u00ad".join(word) for word in words) + "\u200b\n"
    assert clean_text(noisy) == " ".join(words)


@given(st.text(), _NOISE, _SPACE)
def test_clean_text_is_idempotent_and_clean(text: str, noise: str, space: str) -> None:
    once = clean_text(noise + text + space + noise)
    assert clean_text(once) == once
    assert once == once.strip()
    assert "  " not in once
    for ch in "\u00ad\u200b\u200c\u200d\u2060\ufeff\u00a0\u202f\n\t":
        assert ch not in once


# --- control and bidi characters (issue 12: nothing raw reaches a terminal) -------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Boom\x1b[2J\x07 Titel", "Boom[2J Titel"),  # ESC, BEL
        ("a\x00b\x7fc\x9bd", "abcd"),  # NUL, DEL, C1 CSI
        ("\u202etxt.exe", "txt.exe"),  # right-to-left override
        ("a\u2066b\u2069c\u200ed\u200ff\u061cg", "abcdfg"),  # isolates, marks
        ("Zeile\x85zwei", "Zeile zwei"),  # NEL is a line break, not deleted
        ("x \x1b y", "x y"),  # no double space where a character went
    ],
)
def test_controls_and_bidi_are_stripped(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


_UNSAFE_CHARS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F, 0x9B)]
_UNSAFE_CHARS += ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"]


@given(st.lists(st.text(min_size=1) | st.sampled_from(_UNSAFE_CHARS), max_size=12))
def test_no_control_or_bidi_character_survives(pieces: list[str]) -> None:
    once = clean_text("".join(pieces))
    assert clean_text(once) == once
    assert not any(ch in once for ch in _UNSAFE_CHARS)
    assert all(unicodedata.category(ch) != "Cc" for ch in once)  # no control at all


# --- caps -------------------------------------------------------------------------------


def test_cap_text() -> None:
    assert cap_text("kurz", 300) == "kurz"
    assert cap_text("Karriere in GE? Mach’s mit Wasserstoff!", 18) == "Karriere in GE?…"
    assert cap_text("x" * 50, 10) == "x" * 9 + "…"  # no space near the end: a hard cut
    assert cap_text("abc", 1) == "…"


@given(st.text(), st.integers(min_value=1, max_value=400))
def test_cap_text_bounds_and_is_idempotent(text: str, limit: int) -> None:
    capped = cap_text(text, limit)
    assert len(capped) <= limit
    assert cap_text(capped, limit) == capped
    if len(text) <= limit:
        assert capped == text
    else:
        assert capped.endswith("…") and text.startswith(capped[:-1].rstrip())


def test_cap_page_caps_every_field() -> None:
    huge = "Wort " * 100_000
    event = Event(
        key="k",
        status="upcoming",
        title=huge,
        date=dt.date(2027, 1, 1),
        audience=huge,
        note=huge,
        summary=huge,
        location=Location(huge, huge, huge, huge, huge),
        links=(Link(huge, "https://x.de/" + "a" * 10_000, huge),),
    )
    page = Page(
        url="https://x.de",
        series=Series(huge, huge),
        events=(event,),
        contacts=(Contact(huge, huge, huge, huge),),
    )
    capped = cap_page(page)
    got = capped.events[0]
    limits = {
        got.title: FIELD_CAPS["title"],
        got.audience: FIELD_CAPS["audience"],
        got.note: FIELD_CAPS["note"],
        got.summary: FIELD_CAPS["summary"],
        capped.series.title: FIELD_CAPS["series.title"],
        capped.contacts[0].name: FIELD_CAPS["contact.name"],
    }
    for value, limit in limits.items():
        assert value is not None and len(value) <= limit
    assert got.location is not None
    assert all(len(v or "") <= 1000 for v in vars_of(got.location))
    assert len(got.links[0].url) <= FIELD_CAPS["link.url"]
    assert len(capped.series.subtitle or "") <= FIELD_CAPS["series.subtitle"]
    assert cap_page(capped) == capped
    small = Page(
        url="u", series=Series("t"), events=(Event("k", "past", "t", dt.date(2027, 1, 1)),)
    )
    assert cap_page(small) == small


def vars_of(location: Location) -> list[str | None]:
    return [location.venue, location.street, location.postcode, location.city, location.text]


# --- every registered parser cleans and caps every field (issue 12) ----------------------


def test_every_parser_strips_controls_and_caps_fields() -> None:
    import json
    from zoneinfo import ZoneInfo

    from scraper.parsers import PARSERS

    hostile = "\x1b[2J\x07\u202eBoom " + "Wort " * 20_000  # ~100 KB
    data = {"@type": "Event", "name": hostile, "startDate": "2027-03-11T17:00:00+01:00",
            "location": hostile, "description": hostile}  # fmt: skip
    html = (
        '<html><head><title>Reihe</title><script type="application/ld+json">'
        f"{json.dumps(data)}</script></head><body><h1>Fachkräfte-Reihe 2027</h1>"
        f"<h2>Nächster Termin</h2><p>11.03.2027, 17:00 Uhr – {hostile}</p>"
        f"<p>Thema: {hostile}</p><p>Zielgruppe: {hostile}</p><p>Ort: {hostile}</p>"
        f"<p>{hostile}</p><footer>Impressum</footer></body></html>"
    )
    for name, parse in PARSERS.items():
        page = parse(html, "https://x.de/reihe", ZoneInfo("Europe/Berlin"))
        assert page.events, name
        for event in page.events:
            loc = event.location
            texts = [event.title, event.audience, event.note, event.summary]
            texts += vars_of(loc) if loc else []
            for text in filter(None, texts):
                assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text, name
            assert len(event.title) <= FIELD_CAPS["title"], name
            assert len(event.summary or "") <= FIELD_CAPS["summary"], name
            assert len(event.note or "") <= FIELD_CAPS["note"], name
            assert len(event.audience or "") <= FIELD_CAPS["audience"], name
            assert all(len(v or "") <= FIELD_CAPS["location.text"] for v in texts[4:]), name


def _one_huge(field: str) -> Page:
    """A small page where only ``field`` is over its cap."""
    huge = "x " * 3000
    loc = Location("v", "s", "12345", "c", "t")
    link = Link("l", "https://x.de/a", "1 KB")
    contact = Contact("n", "u", "e@x.de", "1")
    replace = dataclasses.replace
    if field.startswith("location."):
        loc = replace(loc, **{field.split(".")[1]: huge})
    elif field.startswith("link."):
        link = replace(link, **{field.split(".")[1]: huge})
    elif field.startswith("contact."):
        contact = replace(contact, **{field.split(".")[1]: huge})
    event = Event("k", "upcoming", "t", dt.date(2027, 1, 1), location=loc, links=(link,))
    if field.startswith("event."):
        event = replace(event, **{field.split(".")[1]: huge})
    series = Series("t", "s")
    if field.startswith("series."):
        series = replace(series, **{field.split(".")[1]: huge})
    return Page("https://x.de", series, (event,), (contact,))


@pytest.mark.parametrize(
    "field",
    [
        *("series.title", "series.subtitle", "event.title", "event.audience", "event.note"),
        *("event.summary", "location.venue", "location.street", "location.postcode"),
        *("location.city", "location.text", "link.label", "link.url", "link.size"),
        *("contact.name", "contact.unit", "contact.email", "contact.phone"),
    ],
)
def test_cap_page_caps_each_field_alone(field: str) -> None:
    page = cap_page(_one_huge(field))
    event = page.events[0]
    assert event.location is not None
    values = {
        "series.title": page.series.title,
        "series.subtitle": page.series.subtitle,
        "event.title": event.title,
        "event.audience": event.audience,
        "event.note": event.note,
        "event.summary": event.summary,
        "location.venue": event.location.venue,
        "location.street": event.location.street,
        "location.postcode": event.location.postcode,
        "location.city": event.location.city,
        "location.text": event.location.text,
        "link.label": event.links[0].label,
        "link.url": event.links[0].url,
        "link.size": event.links[0].size,
        "contact.name": page.contacts[0].name,
        "contact.unit": page.contacts[0].unit,
        "contact.email": page.contacts[0].email,
        "contact.phone": page.contacts[0].phone,
    }
    cap = FIELD_CAPS[
        field.removeprefix("event.").removeprefix("location.").replace("text", "location.text")
    ]
    value = values[field]
    assert value is not None and len(value) <= cap and value.endswith("…")
