"""A small document model for messages, rendered as plain text, Markdown, chat HTML and
an e-mail HTML document.

Every string that reaches a renderer is treated as untrusted: HTML escapes all of it,
Markdown escapes its special characters, and only http(s) links become links. Scraped
text is cleaned before it gets here (:func:`clean_untrusted`): control and bidi-override
characters removed, whitespace collapsed to one line, ``@room`` and friends defused for
chat services, and the length capped. The e-mail layout lives in :mod:`notify.html`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal
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
Tone = Literal["new", "moved", "changed", "cancelled", "gone", "info", "alert", "ok"]


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


# --- the model ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Link:
    """A link; rendered as a link only when ``url`` is http(s)."""

    url: str
    label: str


@dataclass(frozen=True, slots=True)
class Strong:
    text: str


Span = str | Link | Strong
Line = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Headline:
    """The message's head: what happened (``title``) and where (``kicker``)."""

    kicker: str
    title: str
    tone: Tone


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading inside a digest, with the tone of its kind."""

    text: str
    tone: Tone


@dataclass(frozen=True, slots=True)
class Para:
    line: Line


@dataclass(frozen=True, slots=True)
class Card:
    """An event: its title, an optional badge (``ABGESAGT``) and label/value rows."""

    title: str
    rows: tuple[tuple[str, Line], ...]
    badge: str | None = None
    struck: bool = False  # the whole event is off: its title is struck through


@dataclass(frozen=True, slots=True)
class Difference:
    """One changed value: ``old`` (struck) → ``new``; ``old`` None = nothing before."""

    label: str
    old: str | None
    new: str


@dataclass(frozen=True, slots=True)
class Changes:
    heading: str
    items: tuple[Difference, ...]
    was: str  # "bisher" / "was"
    now: str  # "jetzt" / "now"


@dataclass(frozen=True, slots=True)
class Fields:
    """Label/value rows outside an event card (a monitor alert's last error)."""

    rows: tuple[tuple[str, Line], ...]


@dataclass(frozen=True, slots=True)
class Action:
    """The main link of a message (the watched page), shown as a button in e-mail."""

    link: Link


@dataclass(frozen=True, slots=True)
class Footer:
    lines: tuple[Line, ...]


Block = Headline | Heading | Para | Card | Changes | Fields | Action | Footer


def is_web_url(url: str) -> bool:
    """True for absolute http(s) URLs with a host: the only ones that become links."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


# --- plain text ---------------------------------------------------------------------------


def to_text(blocks: Sequence[Block]) -> str:
    """Blocks as plain text for reading in any mail client: blank lines between blocks."""
    parts = [_text_block(block) for block in blocks]
    return "\n\n".join(part for part in parts if part) + "\n"


def _text_block(block: Block) -> str:
    if isinstance(block, Headline):
        return f"{block.title.upper()}\n{block.kicker}"
    if isinstance(block, Heading):
        return f"== {block.text} =="
    if isinstance(block, Para):
        return _text_line(block.line)
    if isinstance(block, Card):
        title = f"{block.title} [{block.badge}]" if block.badge else block.title
        return "\n".join([title, *_text_rows(block.rows)])
    if isinstance(block, Changes):
        lines = [block.heading]
        for item in block.items:
            if item.old is None:
                lines.append(f"- {item.label}: {item.new}")
            else:
                lines.append(f"- {item.label}: {block.was} {item.old}")
                lines.append(f"  {' ' * len(item.label)}  {block.now} {item.new}")
        return "\n".join(lines)
    if isinstance(block, Fields):
        return "\n".join(_text_rows(block.rows))
    if isinstance(block, Action):
        return f"{block.link.label}: {block.link.url}"
    return "-- \n" + "\n".join(_text_line(line) for line in block.lines)


def _text_rows(rows: Iterable[tuple[str, Line]]) -> list[str]:
    return [f"  {label}: {_text_line(value)}" if label else f"  {_text_line(value)}"
            for label, value in rows]  # fmt: skip


def _text_line(line: Iterable[Span]) -> str:
    return "".join(_text_span(span) for span in line)


def _text_span(span: Span) -> str:
    if isinstance(span, Strong):
        return span.text
    if isinstance(span, Link):
        return span.url if span.label == span.url else f"{span.label}: {span.url}"
    return span


# --- Markdown -----------------------------------------------------------------------------


def to_markdown(blocks: Sequence[Block]) -> str:
    """Blocks as CommonMark; text escaped so it can carry no markup, links http(s) only."""
    return "\n\n".join(_md_block(block) for block in blocks)


def _md_block(block: Block) -> str:
    if isinstance(block, Headline):
        return f"**{md_escape(block.title)}** · {md_escape(block.kicker)}"
    if isinstance(block, Heading):
        return f"### {md_escape(block.text)}"
    if isinstance(block, Para):
        return _md_line(block.line)
    if isinstance(block, Card):
        title = f"~~{md_escape(block.title)}~~" if block.struck else md_escape(block.title)
        badge = f" ({md_escape(block.badge)})" if block.badge else ""
        rows = [f"- {md_escape(label)}: {_md_line(v)}" if label else f"- {_md_line(v)}"
                for label, v in block.rows]  # fmt: skip
        return "\n".join([f"**{title}**{badge}", "", *rows])
    if isinstance(block, Changes):
        items = [
            f"- {md_escape(i.label)}: "
            + (f"~~{md_escape(i.old)}~~ → " if i.old is not None else "")
            + f"**{md_escape(i.new)}**"
            for i in block.items
        ]
        return "\n".join([f"**{md_escape(block.heading)}**", "", *items])
    if isinstance(block, Fields):
        return "\n".join(f"- {md_escape(label)}: {_md_line(v)}" for label, v in block.rows)
    if isinstance(block, Action):
        return _md_link(block.link)
    return "\n\n".join(f"_{_md_line(line)}_" for line in block.lines)


def _md_line(line: Iterable[Span]) -> str:
    return "".join(_md_span(span) for span in line)


def _md_span(span: Span) -> str:
    if isinstance(span, Strong):
        return f"**{md_escape(span.text)}**"
    if isinstance(span, Link):
        return _md_link(span)
    return md_escape(span)


def _md_link(link: Link) -> str:
    if not is_web_url(link.url):
        return md_escape(_text_span(link))
    # Characters that would end or break the link destination are percent-encoded.
    target = quote(link.url, safe="/:?#[]@!$&'*+,;=%~-._")
    return f"[{md_escape(link.label)}]({target.replace('(', '%28').replace(')', '%29')})"


def md_escape(text: str) -> str:
    """Escape inline Markdown specials with backslashes and HTML specials as entities.

    Line-start syntax (``#``, ``-``, ``1.``, ``>``) needs no escape: rendered text never
    starts a line, every line begins with words or markup of the renderer.
    """
    return html.escape(_MD_SPECIAL.sub(r"\\\1", text), quote=False)


# --- chat HTML (Matrix formatted body: a small, safe tag set, no styles) -----------------


def to_chat_html(blocks: Sequence[Block]) -> str:
    """Blocks as simple HTML for chat clients (Matrix ``formatted_body``)."""
    return "\n".join(_chat_block(block) for block in blocks)


def _chat_block(block: Block) -> str:
    if isinstance(block, Headline):
        return f"<p><b>{esc(block.title)}</b> · {esc(block.kicker)}</p>"
    if isinstance(block, Heading):
        return f"<h4>{esc(block.text)}</h4>"
    if isinstance(block, Para):
        return f"<p>{html_line(block.line)}</p>"
    if isinstance(block, Card):
        title = f"<del>{esc(block.title)}</del>" if block.struck else esc(block.title)
        badge = f" ({esc(block.badge)})" if block.badge else ""
        rows = "".join(f"<br>{_chat_row(label, value)}" for label, value in block.rows)
        return f"<p><b>{title}</b>{badge}{rows}</p>"
    if isinstance(block, Changes):
        items = "".join(
            f"<li>{esc(i.label)}: "
            + (f"<del>{esc(i.old)}</del> → " if i.old is not None else "")
            + f"<b>{esc(i.new)}</b></li>"
            for i in block.items
        )
        return f"<p><b>{esc(block.heading)}</b></p><ul>{items}</ul>"
    if isinstance(block, Fields):
        return "<p>" + "<br>".join(_chat_row(label, v) for label, v in block.rows) + "</p>"
    if isinstance(block, Action):
        return f"<p>{html_link(block.link)}</p>"
    return "<p><i>" + "<br>".join(html_line(line) for line in block.lines) + "</i></p>"


def _chat_row(label: str, value: Line) -> str:
    return f"{esc(label)}: {html_line(value)}" if label else html_line(value)


def html_line(line: Iterable[Span], link_style: str = "") -> str:
    """Spans as escaped HTML; ``link_style`` is put on every anchor (e-mail)."""
    return "".join(_html_span(span, link_style) for span in line)


def _html_span(span: Span, link_style: str) -> str:
    if isinstance(span, Strong):
        return f"<b>{esc(span.text)}</b>"
    if isinstance(span, Link):
        return html_link(span, link_style)
    return esc(span)


def html_link(link: Link, style: str = "") -> str:
    """An anchor for an http(s) link (escaped), else the link as escaped text."""
    if not is_web_url(link.url):
        return esc(_text_span(link))
    styled = f' class="rw-link" style="{style}"' if style else ""
    return f'<a href="{esc(link.url)}"{styled}>{esc(link.label)}</a>'


def esc(text: str) -> str:
    """HTML-escape text and attribute values (quotes included)."""
    return html.escape(text, quote=True)
