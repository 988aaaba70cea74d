"""The e-mail HTML document: message blocks laid out for mail clients.

Written for what mail clients actually render: tables for layout (Outlook's Word
engine ignores most CSS), every style inline (Gmail drops ``<style>`` in some views),
one column at most 600 px wide that shrinks to any phone (320 px and up), system
fonts, no images. Dark mode: ``color-scheme`` meta tags plus a ``prefers-color-scheme``
block for clients that honour it (Apple Mail, Outlook on macOS and iOS); clients that
invert colours themselves (Gmail, Outlook.com) get a palette that inverts cleanly.
All text is escaped by :mod:`notify.markup`.
"""

from __future__ import annotations

from collections.abc import Sequence

from notify.markup import (
    Action,
    Block,
    Card,
    Changes,
    Fields,
    Footer,
    Heading,
    Headline,
    Line,
    Para,
    Tone,
    esc,
    html_line,
    is_web_url,
)

FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
TEXT = "#1f2328"
MUTED = "#59636e"
LINE = "#d8dee4"
PAGE_BG = "#f3f4f6"
CARD_BG = "#ffffff"
EVENT_BG = "#f6f8fa"
LINK = "#0b57d0"
# Accent per tone: strong enough on white and on the dark palette below.
TONES: dict[Tone, str] = {
    "new": "#1a7f37",
    "moved": "#9a6700",
    "changed": "#0b57d0",
    "cancelled": "#cf222e",
    "gone": "#8250df",
    "info": "#59636e",
    "alert": "#cf222e",
    "ok": "#1a7f37",
}
_LINK_STYLE = f"color:{LINK};text-decoration:underline;"

_DARK_CSS = """
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .rw-page { background-color:#0d1117 !important; }
  .rw-card { background-color:#161b22 !important; border-color:#30363d !important; }
  .rw-event { background-color:#0d1117 !important; border-color:#30363d !important; }
  .rw-text { color:#e6edf3 !important; }
  .rw-muted { color:#9198a1 !important; }
  .rw-rule { border-color:#30363d !important; }
  .rw-link { color:#79b8ff !important; }
  .rw-button { background-color:#1f6feb !important; color:#ffffff !important; }
}
@media only screen and (max-width:480px) {
  .rw-pad { padding:18px 16px !important; }
  .rw-outer { padding:8px 4px !important; }
  .rw-label { display:block !important; width:auto !important; padding-bottom:0 !important; }
  .rw-value { display:block !important; padding:0 16px 8px 16px !important; }
  .rw-title { font-size:21px !important; }
}
"""


def to_email_html(blocks: Sequence[Block], *, title: str, preheader: str, language: str) -> str:
    """The complete HTML document of an e-mail (``title`` is the subject)."""
    body = "\n".join(_block(block) for block in blocks)
    return f"""<!DOCTYPE html>
<html lang="{esc(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>{esc(title)}</title>
<style>{_DARK_CSS}</style>
</head>
<body class="rw-page" style="margin:0;padding:0;background-color:{PAGE_BG};">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;">{esc(preheader)}</div>
<table role="presentation" class="rw-page" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:{PAGE_BG};">
<tr><td class="rw-outer" align="center" style="padding:24px 12px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="rw-card" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:{CARD_BG};border:1px solid {LINE};border-radius:10px;">
<tr><td class="rw-pad rw-text" style="padding:28px 32px;font-family:{FONT};font-size:16px;line-height:1.5;color:{TEXT};overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word;">
{body}
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
"""  # noqa: E501 - HTML for mail clients reads best unwrapped


def _block(block: Block) -> str:
    if isinstance(block, Headline):
        return _headline(block)
    if isinstance(block, Heading):
        color = TONES[block.tone]
        return (
            f'<h2 style="margin:28px 0 10px;font-size:13px;line-height:1.3;letter-spacing:0.06em;'
            f'text-transform:uppercase;color:{color};font-family:{FONT};">{esc(block.text)}</h2>'
        )
    if isinstance(block, Para):
        return f'<p style="margin:0 0 16px;">{html_line(block.line, _LINK_STYLE)}</p>'
    if isinstance(block, Card):
        return _card(block)
    if isinstance(block, Changes):
        return _changes(block)
    if isinstance(block, Fields):
        return "".join(
            f'<p style="margin:0 0 16px;"><span class="rw-muted" style="font-size:14px;'
            f'color:{MUTED};">{esc(label)}</span><br>{html_line(value, _LINK_STYLE)}</p>'
            for label, value in block.rows
        )
    if isinstance(block, Action):
        return _button(block)
    return _footer(block)


def _headline(block: Headline) -> str:
    color = TONES[block.tone]
    return (
        f'<p class="rw-muted" style="margin:0 0 6px;font-size:14px;color:{MUTED};">'
        f"{esc(block.kicker)}</p>\n"
        f'<h1 class="rw-title" style="margin:0 0 18px;font-size:24px;line-height:1.25;'
        f"font-weight:700;color:{TEXT};font-family:{FONT};border-left:4px solid {color};"
        f'padding-left:12px;"><span class="rw-text" style="color:{TEXT};">'
        f"{esc(block.title)}</span></h1>"
    )


def _card(card: Card) -> str:
    badge = ""
    if card.badge:
        badge = (
            f' <span style="display:inline-block;margin-left:6px;padding:1px 8px;'
            f"border-radius:10px;background-color:{TONES['cancelled']};color:#ffffff;"
            f'font-size:12px;font-weight:700;letter-spacing:0.04em;vertical-align:middle;">'
            f"{esc(card.badge)}</span>"
        )
    title = esc(card.title)
    if card.struck:
        title = f'<del style="text-decoration:line-through;">{title}</del>'
    head = (
        f'<tr><td colspan="2" style="padding:14px 16px 6px;font-size:18px;line-height:1.35;'
        f'font-weight:700;"><span class="rw-text" style="color:{TEXT};">{title}</span>'
        f"{badge}</td></tr>"
    )
    rows = "".join(_row(label, value) for label, value in card.rows)
    return (
        f'<table role="presentation" class="rw-event" width="100%" cellpadding="0" '
        f'cellspacing="0" border="0" style="margin:0 0 18px;background-color:{EVENT_BG};'
        f'border:1px solid {LINE};border-radius:8px;border-collapse:separate;">'
        f'{head}{rows}<tr><td colspan="2" style="height:10px;line-height:10px;font-size:1px;">'
        f"&nbsp;</td></tr></table>"
    )


def _row(label: str, value: Line) -> str:
    shown = html_line(value, _LINK_STYLE)
    return (
        f'<tr><td class="rw-label rw-muted" width="104" style="width:104px;padding:4px 8px 4px '
        f'16px;font-size:14px;color:{MUTED};vertical-align:top;white-space:nowrap;">'
        f"{esc(label)}</td>"
        f'<td class="rw-value" style="padding:4px 16px 4px 0;font-size:15px;vertical-align:top;">'
        f"{shown}</td></tr>"
    )


def _changes(block: Changes) -> str:
    items = []
    for item in block.items:
        if item.old is None:
            value = f"<b>{esc(item.new)}</b>"
        else:
            value = (
                f'<span class="rw-muted" style="color:{MUTED};">{esc(block.was)}:</span> '
                f'<del class="rw-muted" style="color:{MUTED};text-decoration:line-through;">'
                f"{esc(item.old)}</del><br>"
                f'<span class="rw-muted" style="color:{MUTED};">{esc(block.now)}:</span> '
                f"<b>{esc(item.new)}</b>"
            )
        items.append(
            f'<tr><td style="padding:6px 0;border-top:1px solid {LINE};font-size:15px;" '
            f'class="rw-rule"><span style="font-weight:600;">{esc(item.label)}</span><br>'
            f"{value}</td></tr>"
        )
    return (
        f'<p style="margin:0 0 6px;font-weight:700;">{esc(block.heading)}</p>'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="margin:0 0 18px;">{"".join(items)}</table>'
    )


def _button(block: Action) -> str:
    link = block.link
    if not is_web_url(link.url):
        return f'<p style="margin:0 0 16px;">{html_line((link,))}</p>'
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
        f'style="margin:4px 0 24px;"><tr><td class="rw-button" style="border-radius:6px;'
        f'background-color:{LINK};"><a class="rw-button" href="{esc(link.url)}" '
        f'style="display:inline-block;padding:10px 18px;font-family:{FONT};font-size:15px;'
        f'font-weight:600;color:#ffffff;text-decoration:none;border-radius:6px;">'
        f"{esc(link.label)}</a></td></tr></table>"
    )


def _footer(block: Footer) -> str:
    style = f"color:{MUTED};text-decoration:underline;"
    lines = "".join(
        f'<p style="margin:0 0 8px;">{html_line(line, style)}</p>' for line in block.lines
    )
    return (
        f'<div class="rw-muted rw-rule" style="margin-top:8px;padding-top:16px;'
        f'border-top:1px solid {LINE};font-size:13px;line-height:1.5;color:{MUTED};">'
        f"{lines}</div>"
    )
