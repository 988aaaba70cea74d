"""Bytes → text, once, at the edge: the charset chain and its sanity checks.

The chain, first usable answer wins:

1. a byte-order mark (authoritative: a BOM that does not decode is an error);
2. the ``charset`` of the HTTP ``Content-Type`` header;
3. ``<meta charset>`` / ``<meta http-equiv="Content-Type">`` in the first 4 KB;
4. strict UTF-8;
5. windows-1252.

A declared charset is only "usable" when the body decodes strictly with it *and*
the result is not mojibake; otherwise the next step is tried. Servers often label
UTF-8 pages ``ISO-8859-1``: the label decodes without error, but every "ß" turns
into "ÃŸ", so the label is not believed and UTF-8 (step 4) takes over.
Labels follow the WHATWG Encoding Standard where it matters for German pages:
``iso-8859-1``, ``latin1`` and ``us-ascii`` mean windows-1252 (so a ``’`` sent as
byte 0x92 stays a ``’``).

Text that still holds U+FFFD, UTF-8-read-as-cp1252 mojibake ("Ã¤", "â€™") or
binary (NUL bytes, control characters) is refused with :class:`BadContent`.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from scraper.errors import BadContent

_META_SCAN = 4096
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG: these labels all mean windows-1252 on the web.
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-user-defined": "cp1252",
}
_CONTROLS = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^"';\s]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)""", re.IGNORECASE
)


def _continuation_images() -> dict[str, int]:
    """Each character a UTF-8 continuation byte (0x80-0xBF) becomes in cp1252/latin-1."""
    images: dict[str, int] = {}
    for byte in range(0x80, 0xC0):
        images[bytes([byte]).decode("latin-1")] = byte
        # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252.
        with contextlib.suppress(UnicodeDecodeError):
            images[bytes([byte]).decode("cp1252")] = byte
    return images


_CONT = _continuation_images()
_CONT_CLASS = "".join(re.escape(ch) for ch in _CONT)
# Only lead characters that do not occur in ordinary German/English text before
# such a character: "Ã" (ä ö ü ß é ...), "Â" (no-break space, §, °, «, »), "â" (’ “ ” – € …).
# "ß“" or "Ü«" are real German and must not count.
_MOJIBAKE = re.compile(f"[ÂÃ][{_CONT_CLASS}]|â[{_CONT_CLASS}]{{2}}")
_MOJIBAKE_LEADS = ("Â", "Ã", "â")


def decode_body(body: bytes, content_type: str | None) -> str:
    """Decode an HTML body to text (BOM → header → meta → UTF-8 → windows-1252).

    Raises :class:`BadContent` for binary bodies, for bodies no step decodes,
    and for text that would still be mojibake or hold U+FFFD.
    """
    for bom, bom_encoding in _BOMS:
        if body.startswith(bom):
            try:
                text = body[len(bom) :].decode(bom_encoding)
            except UnicodeDecodeError as e:
                raise BadContent(f"body does not decode as {bom_encoding} despite its BOM") from e
            _check_text(text, bom_encoding)
            return text
    problems: list[str] = []
    tried: set[str] = set()
    for source, label in (
        ("header", _header_charset(content_type)),
        ("meta", _meta_charset(body)),
        ("fallback", "utf-8"),
        ("fallback", "cp1252"),
    ):
        encoding = _normalise(label)
        if encoding is None or encoding in tried:
            continue
        tried.add(encoding)
        # A declared charset that fails (strictly, or into mojibake) is not
        # believed; the chain goes on to the next step instead of refusing.
        try:
            text = body.decode(encoding)
            _check_text(text, encoding)
        except (UnicodeDecodeError, BadContent) as e:
            if _is_binary(body):
                raise BadContent("body is binary, not text") from e
            problems.append(f"{source} {encoding}: {_reason(e)}")
            continue
        return text
    raise BadContent("body is not readable text (" + "; ".join(problems) + ")")


def _header_charset(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_META_SCAN])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    # A meta tag readable as ASCII cannot be UTF-16 (HTML spec: treat as UTF-8).
    return "utf-8" if label.startswith("utf-16") else label


def _normalise(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _check_text(text: str, encoding: str) -> None:
    """Refuse decoded text that is binary, holds U+FFFD or is mojibake."""
    if _has_binary_chars(text):
        raise BadContent("body is binary, not text")
    if "\ufffd" in text:
        raise BadContent(f"text holds U+FFFD replacement characters ({encoding})")
    # Mojibake needs one of its three lead characters; most pages have none, and
    # looking for them is far cheaper than running the pattern over the whole text.
    if not any(lead in text for lead in _MOJIBAKE_LEADS):
        return
    for match in _MOJIBAKE.finditer(text):
        if _is_utf8_image(match.group()):
            raise BadContent(f"text holds mojibake {match.group()!r} ({encoding})")


def _is_utf8_image(chars: str) -> bool:
    """True when ``chars`` are the cp1252/latin-1 reading of one UTF-8 character."""
    raw = bytes(_CONT.get(ch, ord(ch)) for ch in chars)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _has_binary_chars(text: str) -> bool:
    """NUL, or more than 1 % control characters (other than tab, newlines, form feed)."""
    if "\x00" in text:
        return True
    return len(_CONTROLS.findall(text)) > len(text) // 100


def _is_binary(body: bytes) -> bool:
    return b"\x00" in body


def _reason(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"byte 0x{error.object[error.start]:02x} at {error.start} does not decode"
    return str(error)
