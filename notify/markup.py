"""A tiny document model for messages, rendered as plain text, HTML and Markdown.

Every string that reaches a renderer is treated as untrusted: HTML escapes all of it,
Markdown escapes its special characters, and only http(s) links become links. Scraped
text is cleaned before it gets here (:func:`clean_untrusted`): control and bidi-override
characters removed, whitespace collapsed to one line, ``@room`` and friends defused for
chat services, and the length capped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

# Controls that are not whitespace, and the bidi controls (embeddings, overrides,
# isolates, marks) that can make text read differently from what it says.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
# Chat-wide mentions: Matrix @room, Slack/Discord/Mattermost @channel, @here, @everyone.
_MENTION = re.compile(r"@(?=(?:room|channel|here|everyone|all)\b)", re.IGNORECASE)
WORD_JOINER = "\u2060"
ELLIPSIS = "…"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]~|])")


def clean_untrusted(text: object, limit: int) -> str:
    """Make one line of untrusted text safe to show: see the module docstring."""
    value = str(text).encode("utf-8", "replace").decode("utf-8")
    value = " ".join(_INVISIBLE.sub("", value).split())
    value = _MENTION.sub("@" + WORD_JOINER, value)
    return cap(value, limit)


def cap(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in an ellipsis if cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + ELLIPSIS


@dataclass(frozen=True, slots=True)
class Link:
    """A link; rendered as a link only when ``url`` is http(s)."""

    url: str
    label: str


Span = str | Link
Line = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    line: Line


@dataclass(frozen=True, slots=True)
class Para:
    line: Line


@dataclass(frozen=True, slots=True)
class Fields:
    """Label/value rows, e.g. ``Datum: Donnerstag, 27. November 2025``."""

    rows: tuple[tuple[str, Line], ...]


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[Line, ...]


Block = Heading | Para | Fields | Bullets


def is_web_url(url: str) -> bool:
    """True for absolute http(s) URLs with a host: the only ones that become links."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


# --- plain text ---------------------------------------------------------------------


def to_text(blocks: Sequence[Block]) -> str:
    """Blocks as plain text, blank lines between blocks."""
    return "\n\n".join(_text_block(block) for block in blocks)


def _text_block(block: Block) -> str:
    if isinstance(block, Heading | Para):
        return _text_line(block.line)
    if isinstance(block, Fields):
        return "\n".join(f"{label}: {_text_line(value)}" for label, value in block.rows)
    return "\n".join(f"- {_text_line(item)}" for item in block.items)


def _text_line(line: Iterable[Span]) -> str:
    return "".join(span if isinstance(span, str) else _text_link(span) for span in line)


def _text_link(link: Link) -> str:
    return link.url if link.label == link.url else f"{link.label} ({link.url})"


# --- HTML -----------------------------------------------------------------------------


def to_html(blocks: Sequence[Block]) -> str:
    """Blocks as an HTML fragment; all text escaped, only http(s) links are anchors."""
    return "\n".join(_html_block(block) for block in blocks)


def _html_block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h3>{_html_line(block.line)}</h3>"
    if isinstance(block, Para):
        return f"<p>{_html_line(block.line)}</p>"
    if isinstance(block, Fields):
        rows = "<br>".join(
            f"<b>{_esc(label)}:</b> {_html_line(value)}" for label, value in block.rows
        )
        return f"<p>{rows}</p>"
    items = "".join(f"<li>{_html_line(item)}</li>" for item in block.items)
    return f"<ul>{items}</ul>"


def _html_line(line: Iterable[Span]) -> str:
    return "".join(_esc(span) if isinstance(span, str) else _html_link(span) for span in line)


def _html_link(link: Link) -> str:
    if not is_web_url(link.url):
        return _esc(_text_link(link))
    return f'<a href="{_esc(link.url)}">{_esc(link.label)}</a>'


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


# --- Markdown -------------------------------------------------------------------------


def to_markdown(blocks: Sequence[Block]) -> str:
    """Blocks as CommonMark; text escaped so it can carry no markup, links http(s) only."""
    return "\n\n".join(_md_block(block) for block in blocks)


def _md_block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"### {_md_line(block.line)}"
    if isinstance(block, Para):
        return _md_line(block.line)
    if isinstance(block, Fields):
        return "\n".join(f"- **{md_escape(label)}:** {_md_line(v)}" for label, v in block.rows)
    return "\n".join(f"- {_md_line(item)}" for item in block.items)


def _md_line(line: Iterable[Span]) -> str:
    return "".join(md_escape(span) if isinstance(span, str) else _md_link(span) for span in line)


def _md_link(link: Link) -> str:
    if not is_web_url(link.url):
        return md_escape(_text_link(link))
    # Characters that would end or break the link destination are percent-encoded.
    target = quote(link.url, safe="/:?#[]@!$&'*+,;=%~-._")
    return f"[{md_escape(link.label)}]({target.replace('(', '%28').replace(')', '%29')})"


def md_escape(text: str) -> str:
    """Escape inline Markdown specials with backslashes and HTML specials as entities.

    Line-start syntax (``#``, ``-``, ``1.``, ``>``) needs no escape: rendered text never
    starts a line, every line begins with words or markup of the renderer.
    """
    return html.escape(_MD_SPECIAL.sub(r"\\\1", text), quote=False)
