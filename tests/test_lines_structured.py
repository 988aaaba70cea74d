"""The walk notes whether a page carries schema.org data, so that only such pages pay for
the cross-check of structured data with the visible text (``Document.structured``)."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.parsers import get_parser
from scraper.parsers._lines import read_document

URL = "https://www.example.org/reihe"
BERLIN = ZoneInfo("Europe/Berlin")
_JSONLD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",'
    ' "name": "Nur im JSON-LD", "startDate": "2027-03-11T18:00:00+01:00"}</script>'
)
_MICRODATA = (
    '<div itemscope itemtype="https://schema.org/Event"><span itemprop="name">Nur im'
    ' Markup</span><meta itemprop="startDate" content="2027-03-11T18:00"></div>'
)
_BLOCKS = [
    "<h2>Nächste Termine</h2>",
    "<p>Do, 14.01.2027, 18 Uhr: Fachkräfte im Handwerk</p>",
    "<p>Ort: Rathaus Bochum, Willy-Brandt-Platz 2–6, 44787 Bochum</p>",
]


def _page(head: str = "", body_blocks: list[str] | None = None) -> str:
    body = "".join(body_blocks if body_blocks is not None else _BLOCKS)
    return (
        f"<!DOCTYPE html><html><head><title>Reihe</title>{head}</head>"
        f"<body><main><h1>Die Reihe</h1>{body}</main></body></html>"
    )


PLACES = {
    "JSON-LD in <head>": _page(head=_JSONLD),
    "JSON-LD at the end of <body>": _page(body_blocks=[*_BLOCKS, _JSONLD]),
    "type in capitals": _page(head=_JSONLD.replace("application/ld+json", "Application/LD+JSON")),
    "microdata on a block": _page(body_blocks=[*_BLOCKS, _MICRODATA]),
    "microdata on an inline element": _page(
        body_blocks=[
            *_BLOCKS,
            '<p><span itemscope itemtype="https://schema.org/Event">'
            '<span itemprop="name">Nur im Markup</span>'
            '<meta itemprop="startDate" content="2027-03-11T18:00"></span></p>',
        ]
    ),
    "RDFa Lite": _page(
        body_blocks=[
            *_BLOCKS,
            '<div vocab="https://schema.org/" typeof="Event">'
            '<span property="name">Nur im Markup</span>'
            '<meta property="startDate" content="2027-03-11T18:00"></div>',
        ]
    ),
}


@pytest.mark.parametrize("html", PLACES.values(), ids=PLACES.keys())
def test_schema_org_data_is_noticed_wherever_a_reader_of_it_looks(html: str) -> None:
    assert read_document(html, URL).structured


@pytest.mark.parametrize(
    "html",
    [
        _page(),
        _page(head='<script src="/app.js"></script><script>var x = "ld";</script>'),
        _page(head='<script type="application/json">{"a": 1}</script>'),
        _page(body_blocks=[*_BLOCKS, '<div class="event" id="e1" data-x="1">Text</div>']),
    ],
    ids=["plain", "other scripts", "plain JSON", "attributes of no vocabulary"],
)
def test_a_page_without_schema_org_data_is_not_taken_for_one(html: str) -> None:
    assert not read_document(html, URL).structured


@pytest.mark.parametrize("html", PLACES.values(), ids=PLACES.keys())
def test_structured_data_is_cross_checked_with_the_visible_text(
    html: str, caplog: pytest.LogCaptureFixture
) -> None:
    parse = get_parser("rvr-series")
    with caplog.at_level(logging.INFO, logger="scraper"):
        page = parse(html, URL, BERLIN)
    assert [e.title for e in page.events] == ["Fachkräfte im Handwerk"]  # visible text wins
    assert "is not on the visible page" in caplog.text


@given(
    where=st.integers(min_value=0, max_value=len(_BLOCKS)),
    data=st.sampled_from([_JSONLD, _MICRODATA]),
    wrappers=st.integers(min_value=0, max_value=4),
)
def test_schema_org_data_anywhere_among_the_visible_blocks_is_noticed(
    where: int, data: str, wrappers: int
) -> None:
    wrapped = '<div class="frame">' * wrappers + data + "</div>" * wrappers
    blocks = [*_BLOCKS[:where], wrapped, *_BLOCKS[where:]]
    assert read_document(_page(body_blocks=blocks), URL).structured
    assert not read_document(_page(body_blocks=_BLOCKS), URL).structured


def test_the_sectioning_elements_around_a_line_are_known_by_their_numbers() -> None:
    html = _page(
        body_blocks=[
            '<section class="intro"><article><h2>Reihe</h2><p>Text</p></article></section>',
            "<div><section hidden><p>Verborgen</p></section><p>Außerhalb</p></div>",
        ]
    )
    doc = read_document(html, URL)
    inner = next(line for line in doc.lines if line.text == "Text")
    outside = next(line for line in doc.lines if line.text == "Außerhalb")
    assert len(doc.sections) == 2  # the hidden <section> is not read, nor counted
    assert doc.sections <= set(inner.boxes)
    assert doc.sections.isdisjoint(outside.boxes)
