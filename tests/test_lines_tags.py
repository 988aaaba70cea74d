"""The walk's table of tag ids (``_lines._KNOWN_TAGS``) changes nothing it reads.

The walk asks each node for its ``tag_id`` and looks the name up, instead of asking
for its ``tag``: the table holds only ids that lexbor gives the same element in every
document. Hypothesis writes pages of known and unknown (custom) elements, text,
comments, tables and lists; the lines read with the table must be the lines read
without it, and every id in the table must name the same element in a new document.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from scraper.parsers import _lines
from scraper.parsers._lines import read_document

URL = "https://www.example.org/reihe"
TAGS = (
    *("p", "div", "section", "h2", "h3", "li", "ul", "dl", "dt", "dd", "strong", "b", "a"),
    *("del", "s", "span", "em", "br", "nav", "footer", "header", "aside", "button", "time"),
    *("my-card", "x-date", "ruhr-event", "foo"),  # unknown: ids of the document's own
)
WORDS = ("Fachkräfte", "27.11.2025", "17 Uhr", "Ort: Essen", "Abgesagt", " ", "Thema: KI")


@st.composite
def fragments(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(("text", "element", "comment", "table")))
        if kind == "text" or depth > 3:
            parts.append(draw(st.sampled_from(WORDS)))
        elif kind == "comment":
            parts.append("<!-- Stand: 01.10.2025 -->")
        elif kind == "table":
            cells = "".join(f"<td>{draw(st.sampled_from(WORDS))}</td>" for _ in range(2))
            parts.append(f"<table><tr><th>Datum</th><th>Thema</th></tr><tr>{cells}</tr></table>")
        else:
            tag = draw(st.sampled_from(TAGS))
            inner = draw(fragments(depth + 1))
            parts.append(f'<{tag} class="c">{inner}</{tag}>' if tag != "br" else "<br>")
    return "".join(parts)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(fragments())
def test_the_table_of_tag_ids_reads_what_the_tag_names_read(body: str) -> None:
    html = f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"
    with_table = read_document(html, URL)
    table = _lines._KNOWN_TAGS
    _lines._KNOWN_TAGS = {}  # every node asked for its name
    try:
        without = read_document(html, URL)
    finally:
        _lines._KNOWN_TAGS = table
    strip = [
        (ln.text, ln.plain, ln.level, ln.bold, ln.tag, ln.anchors, ln.label, ln.side)
        for ln in with_table.lines
    ]
    assert strip == [
        (ln.text, ln.plain, ln.level, ln.bold, ln.tag, ln.anchors, ln.label, ln.side)
        for ln in without.lines
    ]
    assert (with_table.has_footer, with_table.consent) == (without.has_footer, without.consent)


def test_every_id_in_the_table_names_its_element_in_a_new_document() -> None:
    names = sorted(set(_lines._KNOWN_TAGS.values()) - {"-text"})
    assert {"p", "div", "td", "br", "a", "nav", "-text"} <= set(_lines._KNOWN_TAGS.values())
    doc = LexborHTMLParser(
        "<table><tr><td>x</td></tr></table>" + "".join(f"<{n}></{n}>" for n in names)
    )
    assert doc.root is not None
    for node in doc.root.traverse(include_text=True):
        if node.tag_id in _lines._KNOWN_TAGS:
            assert _lines._KNOWN_TAGS[node.tag_id] == node.tag
    custom = LexborHTMLParser("<my-card>x</my-card>").css_first("my-card")
    assert custom is not None and custom.tag_id not in _lines._KNOWN_TAGS
