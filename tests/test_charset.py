"""The charset chain: every route gives back the German text as published."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from scraper.charset import decode_body
from scraper.errors import BadContent

SAMPLE = "Bahnhofstraße 69 – Karriere in GE? Mach’s mit Wasserstoff! „Grüße“ für 5 €"
GERMAN = st.text(
    alphabet=st.sampled_from(
        list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?()-/&")
        + list("äöüÄÖÜß€„“”‚‘’–—…«»§°é\xad\xa0\n")
    ),
    max_size=200,
)


def _page(text: str, meta: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"
    )


def _cp1252_encodable(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_sample_survives_every_route() -> None:
    page = _page(SAMPLE)
    meta = _page(SAMPLE, '<meta charset="windows-1252">')
    http_equiv = _page(
        SAMPLE, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    )
    routes: list[tuple[bytes, str | None]] = [
        (codecs.BOM_UTF8 + page.encode("utf-8"), "text/html; charset=windows-1252"),
        (codecs.BOM_UTF16_LE + page.encode("utf-16-le"), None),
        (codecs.BOM_UTF16_BE + page.encode("utf-16-be"), "text/html"),
        (page.encode("utf-8"), "text/html; charset=UTF-8"),
        (page.encode("cp1252"), 'text/html; charset="windows-1252"'),
        (page.encode("cp1252"), "text/html; charset=ISO-8859-1"),  # WHATWG: means cp1252
        (meta.encode("cp1252"), "text/html"),
        (http_equiv.encode("utf-8"), None),
        (page.encode("utf-8"), None),
        (page.encode("cp1252"), None),
    ]
    for body, content_type in routes:
        text = decode_body(body, content_type)
        assert SAMPLE in text, (body[:40], content_type)
        assert "\ufeff" not in text


def test_header_that_fails_strictly_falls_through_to_meta() -> None:
    body = _page(SAMPLE, '<meta charset="windows-1252">').encode("cp1252")
    assert SAMPLE in decode_body(body, "text/html; charset=utf-8")


def test_mislabelled_utf8_is_not_turned_into_mojibake() -> None:
    # Labelled latin-1, sent as UTF-8: cp1252 decodes it without error into "ÃŸ".
    body = _page(SAMPLE).encode("utf-8")
    assert SAMPLE in decode_body(body, "text/html; charset=iso-8859-1")
    meta = _page(SAMPLE, '<meta charset="iso-8859-1">').encode("utf-8")
    assert SAMPLE in decode_body(meta, None)


def test_unknown_label_is_ignored() -> None:
    assert SAMPLE in decode_body(_page(SAMPLE).encode("utf-8"), "text/html; charset=x-klingon")


def test_meta_beyond_the_first_4kb_is_not_read() -> None:
    filler = "<!--" + "x" * 5000 + "-->"
    body = (filler + '<meta charset="koi8-r">' + SAMPLE).encode("utf-8")
    assert SAMPLE in decode_body(body, None)


@pytest.mark.parametrize(
    "text", ["BahnhofstraÃŸe", "Machâ€™s", "GrÃ¼ÃŸe", "Preis:Â\xa05 €", "ungÃ¼ltig \ufffd"]
)
def test_mojibake_and_replacement_characters_are_refused(text: str) -> None:
    with pytest.raises(BadContent):
        decode_body(_page(text).encode("utf-8"), "text/html; charset=utf-8")


def test_real_german_next_to_lookalike_characters_is_kept() -> None:
    # "ß“" and "ß" + soft hyphen are UTF-8 lead/continuation pairs in cp1252 terms,
    # but they are ordinary German and must not count as mojibake.
    text = "„Gruß“ aus der Groß\xadstadt, Ü« und Straße»"
    assert text in decode_body(_page(text).encode("utf-8"), None)
    assert text in decode_body(_page(text).encode("cp1252"), "text/html; charset=windows-1252")


@pytest.mark.parametrize(
    "body",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"%PDF-1.7\n\x00\x01\x02\x03",
        bytes(range(1, 32)) * 10,
        b"\xff\xfeA\x00\x00\x00",  # UTF-16 BOM, then a NUL character
    ],
)
def test_binary_bodies_are_refused(body: bytes) -> None:
    with pytest.raises(BadContent, match="binary"):
        decode_body(body, None)


def test_undecodable_body_names_what_was_tried() -> None:
    # 0x81 is undefined in cp1252 and 0xC3 0x28 is invalid UTF-8.
    with pytest.raises(BadContent, match=r"utf-8.*cp1252"):
        decode_body(b"<html>\xc3\x28 \x81</html>", "text/html")


def test_bom_wins_and_a_broken_bom_body_is_refused() -> None:
    with pytest.raises(BadContent, match="BOM"):
        decode_body(codecs.BOM_UTF8 + "Straße".encode("cp1252"), "text/html; charset=cp1252")


@given(GERMAN)
def test_german_text_round_trips_utf8_routes(text: str) -> None:
    page = _page(text)
    utf8 = page.encode("utf-8")
    assert decode_body(utf8, "text/html; charset=utf-8") == page
    assert decode_body(utf8, None) == page
    assert decode_body(codecs.BOM_UTF8 + utf8, "text/html; charset=iso-8859-1") == page
    assert decode_body(page.encode("utf-16"), "text/html") == page
    meta = _page(text, '<meta charset="utf-8">')
    assert decode_body(meta.encode("utf-8"), "text/html") == meta


@given(GERMAN)
def test_german_text_round_trips_cp1252_routes(text: str) -> None:
    assume(_cp1252_encodable(text))
    page = _page(text)
    data = page.encode("cp1252")
    assert decode_body(data, "text/html; charset=windows-1252") == page
    assert decode_body(data, "text/html; charset=latin1") == page
    meta = _page(text, '<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">')
    assert decode_body(meta.encode("cp1252"), None) == meta
    # Undeclared, the chain tries UTF-8 first: cp1252 bytes that happen to be valid
    # UTF-8 (e.g. "ß“" is the UTF-8 for U+07D3) cannot be told apart without a label.
    assume(not _is_utf8(data) or data.isascii())
    assert decode_body(data, None) == page
