"""Turn an HTML page into the lines a reader sees, once, with what the parser needs.

The series parser never looks at class names or heading levels to find things;
it works on this flat list of visible lines. A line is the text of a block element
(paragraph, heading, list item, table cell, ``dt``/``dd`` ...) up to the next block
boundary or ``<br>``, cleaned with :func:`scraper.text.clean_text`. Each line keeps
what the reader can see about it: heading level, whether it is all bold (reads as a
heading), which part is struck through, its links, and the block elements that
contain it (to group a contact box without knowing its class).

Chrome a reader skips is left out: scripts, styles, navigation, footers, forms (not
ASP.NET's form around the whole page), the site header (a ``<header>`` directly in
``<body>``), images with their captions (``<figure>``: logos and picture credits; a
figure holding a table is WordPress's table block, content), and visually hidden elements
(``sr-only``-style container headings such as "25-50-25 weiß"). Elements are skipped
by tag or by their attributes during the walk. The walk is the hot path of the
parser: it touches each node once and costs about as much as lexbor's own parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final, NamedTuple
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.errors import NotASeriesPage
from scraper.parsers._lexicon import LABELS
from scraper.text import CACHED_PARAGRAPH, CACHED_TEXT, clean_text

_BLOCK = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "caption", "center", "dd"),
        *("details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "h1", "h2", "h3"),
        *("h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre"),
        *("section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
        "button",
    )
)
_SKIP = frozenset(
    (
        *("script", "style", "noscript", "template", "svg", "nav", "footer", "form"),
        *("select", "iframe", "object", "textarea", "input", "img", "picture", "video"),
        *("audio", "canvas", "map", "head", "figure"),
    )
)
# An accordion or tab button and a <details> summary read as the heading of their panel.
_HEADLIKE = frozenset(("button", "summary"))
_FRAMES = frozenset(("form", "figure"))  # skipped, unless they frame content (_frames)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Blocks whose entry needs more than a new line: chrome, tables, buttons.
_SPECIAL_BLOCKS = frozenset(
    ("header", "aside", "table", "tr", "td", "th", "button", "section", "article")
)
_SECTIONING = frozenset(("section", "article"))  # their numbers are noted (Document.sections)
_STRIKE = frozenset(("del", "s", "strike"))
_BOLD = frozenset(("strong", "b"))
# A page nested deeper than this is hostile (no real page comes near it): refused,
# before lexbor's parse for the block containers whose nesting costs it quadratic time.
MAX_DEPTH = 3000
_TOO_DEEP = f"the page is nested more than {MAX_DEPTH} levels deep: not a page a reader could read"
_DEEP_SCAN_FROM = 20_000  # tags ("<") in a page before its nesting is measured
_CONTAINERS = re.compile(
    r"<(/?)(?:div|section|article|aside|blockquote|main|nav|header|footer|figure|details"
    r"|fieldset|ul|ol|dl|table|span|a|b|i|em|strong)[\s>/]",
    re.IGNORECASE,
)
# Hidden by attribute: the common "visually hidden" class conventions (Bootstrap,
# WordPress, HTML5 Boilerplate, Drupal) and the roles that mark chrome. Checked in
# the walk: reading a node's attributes costs ~0.2 µs, a CSS query ~40 µs.
_HIDDEN_CLASSES = frozenset(
    (
        *("sr-only", "sr-only-focusable", "visually-hidden", "visuallyhidden"),
        *("screen-reader-text", "element-invisible"),
        "w-condition-invisible",  # Webflow: an element its conditions hide
    )
)
_CHROME_ROLES = frozenset(("navigation", "banner", "contentinfo", "search"))
_PANEL_ROLES = frozenset(("tabpanel", "region"))
# Consent managers' containers, by the words their classes and ids use (Borlabs,
# Usercentrics, Cookiebot, Klaro, OneTrust, tarteaucitron, Osano "cc-", DSGVO plugins,
# PrivacyWire).
_CONSENT_WORDS = (
    *("cookie", "consent", "gdpr", "dsgvo", "usercentrics", "borlabs", "klaro"),
    *("onetrust", "tarteaucitron", "cc-window", "cc-banner", "privacy-banner"),
    "privacywire",  # ProcessWire's PrivacyWire
)
_SIDE_ROLES = frozenset(("complementary",))
# The attributes that carry schema.org items: microdata and RDFa Lite.
_SCHEMA_KEYS = frozenset(("itemscope", "itemtype", "vocab", "typeof"))


def _known_tags() -> dict[int, str]:
    """``tag_id`` → tag name of the elements the walk tells apart, and of text nodes:
    reading a node's ``tag_id`` costs a third of reading its ``tag`` (a new string).

    lexbor gives each HTML element it knows a fixed id, and an unknown one an id of its
    document's own; so the ids are read from two documents parsed side by side and kept
    only where both agree. A node whose id is not here is asked for its name."""
    inline = ("a", "b", "strong", "del", "s", "strike", "span", "em", "i", "time", "label")
    table = ("table", "tbody", "tfoot", "thead", "tr", "td", "th", "caption")
    names = sorted((_BLOCK | _SKIP | {"br", *inline}) - {"body", "head", *table})
    sample = (
        "<html><head><title>t</title><style></style><script></script><template></template>"
        "<noscript></noscript></head><body>x"
        + "".join(f"<{name}></{name}>" for name in names)
        + "<table><caption></caption><thead><tr><th></th></tr></thead><tbody><tr><td></td>"
        "</tr></tbody><tfoot></tfoot></table></body></html>"
    )
    seen: list[dict[int, str]] = []
    docs = [LexborHTMLParser(sample), LexborHTMLParser(sample)]  # both alive: no reuse
    for doc in docs:
        root = doc.root
        nodes = root.traverse(include_text=True) if root is not None else ()
        seen.append({node.tag_id: node.tag for node in nodes if node.tag is not None})
    return {tid: tag for tid, tag in seen[0].items() if seen[1].get(tid) == tag}


_VISIBLE, _SKIPPED, _CONSENT, _SIDE, _FOOTER = 0, 1, 2, 3, 4
_FOOTER_CLASSES = frozenset(("footer", "site-footer", "page-footer", "main-footer", "l-footer"))
_FOOTER_PREFIXES = frozenset(
    ("sp", "c", "o", "g", "region", "global", "portal", "layout", "footer")
)


# Filled once per process; a test sets it to {} to read every name from its node.
_KNOWN_TAGS: dict[int, str] = _known_tags()
# lexbor's id of text nodes (its "#text" element), the walk's most common node.
_TEXT_ID: Final = next(tid for tid, tag in _KNOWN_TAGS.items() if tag == "-text")


def _consent(attrs: dict[str, str | None]) -> bool:
    for name in ("class", "id"):
        value = attrs.get(name)
        if value and any(word in value.lower() for word in _CONSENT_WORDS):
            return True
    return False


def _panel(attrs: dict[str, str | None]) -> bool:
    """A collapsed accordion or inactive tab panel: hidden until clicked, but content."""
    if attrs.get("role") in _PANEL_ROLES:
        return True
    classes = (attrs.get("class") or "").lower()
    return any(w in classes for w in ("panel", "collapse", "accordion", "tab-", "tabs"))


# The attributes _visibility looks at: an element with none of them (a link with only
# "href", "title" and "target") is visible, found with one set operation.
_VISIBILITY_KEYS = frozenset(("class", "id", "role", "style", "hidden", "aria-hidden"))
_HIDING_KEYS = _VISIBILITY_KEYS - {"class", "id"}


def _visibility(attrs: dict[str, str | None]) -> int:
    """How the walk treats an element: visible, skipped, a consent box, a sidebar, a footer."""
    if _VISIBILITY_KEYS.isdisjoint(attrs):
        return _VISIBLE
    classes = attrs.get("class")
    if classes is not None and len(attrs) == 1:
        return _class_visibility(classes)  # the most common case: a class alone
    ident = attrs.get("id")
    if classes:
        seen = _class_visibility(classes)
        if seen != _VISIBLE:
            return seen
    if ident:
        seen = _id_visibility(ident)
        if seen != _VISIBLE:
            return seen
    # Most elements carry only a class and an id, or a link's href and target: nothing
    # else to look at.
    if _HIDING_KEYS.isdisjoint(attrs):
        return _VISIBLE
    role = attrs.get("role")
    if role in _CHROME_ROLES:
        return _SKIPPED
    if role in _SIDE_ROLES:
        return _SIDE
    style = attrs.get("style") or ""
    hidden = (
        "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
        or ("none" in style and "display:none" in style.replace(" ", ""))
    )
    return _SKIPPED if hidden and not _panel(attrs) else _VISIBLE


@lru_cache(maxsize=4096)
def _class_visibility(classes: str) -> int:
    """What a class attribute alone says (cached: a page repeats its class strings)."""
    if not _HIDDEN_CLASSES.isdisjoint(classes.split()):
        return _SKIPPED
    return _by_name(classes, None) if _may_name_chrome(classes) else _VISIBLE


@lru_cache(maxsize=4096)
def _id_visibility(ident: str) -> int:
    """What an id alone says (cached like a class: a page keeps its ids)."""
    return _by_name(None, ident) if _may_name_chrome(ident) else _VISIBLE


def _may_name_chrome(name: str) -> bool:
    """Whether a class or id may name chrome (then _by_name decides which). Substring
    tests: a regular expression here would cost more than the rest of the walk."""
    return (
        "nav" in name
        or "ooter" in name
        or "fuss" in name
        or "idebar" in name
        or "ookie" in name
        or "onsent" in name
        or "cc-" in name
        or "gdpr" in name
        or "klaro" in name
        or "orlabs" in name
        or "entrics" in name
        or "onetrust" in name
        or "tarteau" in name
        or "dsgvo" in name
        or "privacy" in name
    )


def _by_name(classes: str | None, ident: str | None) -> int:
    """Chrome named by its classes or id: consent managers, sidebars, navigation (Bootstrap
    "nav"/"navbar"/"nav-tabs", GSB "navPrimary"), footers ("#footer"; a card's
    "card-footer" is content)."""
    tokens = classes.split() if classes else []
    low = (ident or "").lower()
    if _consent({"class": classes, "id": ident}):
        return _CONSENT
    if classes and "sidebar" in classes:
        return _SIDE
    if any(t.startswith("nav") for t in tokens) or low.startswith("nav"):
        return _SKIPPED
    if "footer" in low or "fuss" in low or not _FOOTER_CLASSES.isdisjoint(tokens):
        return _FOOTER
    if any(t.endswith("-footer") and t[:-7] in _FOOTER_PREFIXES for t in tokens):
        return _FOOTER  # Sitepark "sp-footer", "c-footer", Drupal "region-footer" …
    return _VISIBLE


class Anchor(NamedTuple):
    """A link inside a line: its visible text, absolute URL ("" if none) and e-mail.

    A named tuple, not a frozen dataclass: one is made for every link of a page, and a
    frozen dataclass's ``__init__`` costs three times as much."""

    label: str
    url: str
    email: str | None


@dataclass(slots=True)
class Line:
    """One visible line of the page (see the module docstring). Treat as read-only."""

    text: str
    plain: str  # the text without its struck-through parts
    level: int  # 1..6 inside h1..h6, else 0
    bold: bool  # every visible character is bold, or an accordion/tab button: a heading
    tag: str  # innermost block element
    anchors: tuple[Anchor, ...]
    boxes: tuple[int, ...]  # ids of the enclosing block elements, outermost first
    label: str | None = None  # the column header of a table cell ("Datum", "Ort" …)
    side: bool = False  # in a sidebar (<aside>, role=complementary): not the series

    @property
    def heading_like(self) -> bool:
        """True for a heading or an all-bold line: what a reader takes as a heading."""
        return self.level > 0 or self.bold

    @property
    def struck(self) -> bool:
        """True if part of the line is struck through."""
        return self.plain != self.text


@dataclass(frozen=True, slots=True)
class Document:
    """The visible lines of a page and what is known about the page as a whole."""

    title: str  # the <title>
    lines: tuple[Line, ...]
    complete: bool  # the closing </body> or </html> arrived
    has_footer: bool
    base: str  # the URL links are resolved against
    consent: bool = False  # a consent manager's box was on the page (left out)
    # A JSON-LD script, or an element with microdata or RDFa, in <head> or in the part
    # of <body> that was read (scripts and items inside left-out chrome are not seen).
    structured: bool = False
    # The numbers (as in Line.boxes) of the visible <section> and <article> elements.
    sections: frozenset[int] = frozenset()
    # The parsed page, for readers of its structured data (parsed once, not again).
    tree: LexborHTMLParser | None = field(default=None, compare=False, repr=False)


def decode_mailto_token(token: str, vector: int) -> str | None:
    """Decode TYPO3's ``data-mailto-token`` (a Caesar shift in three ASCII ranges)."""
    out = []
    for ch in token:
        n = ord(ch)
        for lo, hi in ((0x2B, 0x3A), (0x40, 0x5A), (0x61, 0x7A)):
            if lo <= n <= hi:
                n = lo + (n - lo - vector) % (hi - lo + 1)
                break
        out.append(chr(n))
    decoded = "".join(out)
    return decoded[7:] if decoded.startswith("mailto:") else None


def _anchor_email(attrs: dict[str, str | None], href: str, label: str) -> str | None:
    if href[:7].lower() == "mailto:":
        return unquote(href[7:].split("?", 1)[0]).strip() or None
    token = attrs.get("data-mailto-token")
    # The token is only decoded when the link text does not show the address itself
    # ("brandt[at]rvr.ruhr" is read from the text later, more cheaply).
    if token and "@" not in label and "at]" not in label and "at)" not in label:
        vector = attrs.get("data-mailto-vector") or "0"
        return decode_mailto_token(token, int(vector)) if vector.lstrip("-").isdigit() else None
    return None


# A relative path urljoin would only append to the base's directory: no scheme, query,
# fragment, parameters, dot segments or whitespace.
_PLAIN_PATH = re.compile(r"[\w\-~%+=&,!$'()*@][\w\-~%+=&,!$'()*@/.]*")


def _absolute(base: str, origin: str, href: str, folder: str = "") -> str:
    """``href`` resolved against ``base``; the common forms without urljoin's cost.

    ``folder`` is the base's directory ("https://host/a/b/" for ".../a/b/page"): a
    plain relative path ("fileadmin/p.pdf", TYPO3's usual form) is appended to it.
    """
    if href.startswith(("https://", "http://", "tel:", "javascript:")):
        return href  # urljoin keeps these as they are ("tel" and "javascript" are not relative)
    if href.startswith("/") and not href.startswith("//") and origin:
        return origin + href
    if folder and _PLAIN_PATH.fullmatch(href) and "/." not in href and "//" not in href:
        return folder + href
    return urljoin(base, href)


# An ASCII http(s) address without spaces, control characters or brackets: urlsplit
# keeps its host as written (the lower-case scheme too) and raises for none of it.
_PLAIN_ORIGIN = re.compile(r"(https?://([^\x00-\x20\x7f/?#\[\]]*))[^\x00-\x20\x7f\[\]]*")


@lru_cache(maxsize=256)  # per page URL: a watcher parses the same pages again and again
def _origin(base: str) -> str:
    plain = _PLAIN_ORIGIN.fullmatch(base) if base.isascii() else None
    if plain is not None:  # the common case, without urlsplit's cost
        return plain.group(1) if plain.group(2) else ""
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


# A web address urljoin takes apart and puts together unchanged: lower-case scheme, a
# host, a path without empty or dot segments; no query, fragment, parameters, spaces.
_PLAIN_BASE = re.compile(r"https?://[^\x00-\x20\x7f/?#;\\]+(?:/[^\x00-\x20\x7f?#;\\]*)?")


@lru_cache(maxsize=256)
def _folder(base: str) -> str:
    """The directory urljoin resolves a plain relative path in ("https://host/a/b/"
    for "https://host/a/b/page"), or "" if ``base`` is no absolute web address."""
    if not _origin(base):
        return ""
    if _PLAIN_BASE.fullmatch(base) and "/." not in base and "//" not in base[8:]:
        # The common case, without urljoin's cost: everything up to the last "/".
        cut = base.rfind("/")
        return base[: cut + 1] if cut > base.find("//") + 1 else base + "/"
    probe = urljoin(base, "_")
    return probe[:-1] if probe.endswith("/_") else ""


# Where the walk is: the innermost block's tag, heading level (1..6, else 0), whether it
# is in a sidebar, and a table cell's column header. One tuple, so that entering a block
# stores one attribute and leaving it restores one. The enclosing blocks' numbers are
# kept apart, in a list (see _Walker.path): a line copies them only when it ends.
_Context = tuple[str, int, bool, str | None]
_TAG: Final = 0
_LEVEL: Final = 1
_SIDE_OF: Final = 2
_LABEL: Final = 3
_MAX_BOXES: Final = 64  # a line keeps the numbers of this many enclosing blocks at most
# What the walk undoes when an element's children are done, the second item of its
# frame on the walk's stack: a block (restore the context), an inline element (its
# strike and bold), a link (and note it), a table (and its column headers).
_UNDO_BLOCK: Final = 0
_UNDO_INLINE: Final = 1
_UNDO_LINK: Final = 2
_UNDO_TABLE: Final = 3


@lru_cache(maxsize=4096)
def _clean_line(raw: str) -> str:
    """:func:`clean_text` of a short line, kept: a watcher reads the same lines again, and
    a cache hit costs less than checking a line's characters."""
    return clean_text(raw)


@lru_cache(maxsize=512)
def _clean_paragraph(raw: str) -> str:
    """:func:`clean_text` of a paragraph, kept like a line's (fewer, as they are longer).
    The cleaned text comes back as the same string object every time, whose hash Python
    keeps: the per-text caches further on find it without hashing it again."""
    return clean_text(raw)


class _Walker:
    """Depth-first walk that cuts the tree into lines, with an explicit stack.

    No recursion: a page nested a hundred thousand levels deep costs a bounded walk
    (or a refusal at ``MAX_DEPTH``), never a ``RecursionError``. This is the parser's
    hot path, so the per-node work is kept small: the line's text pieces are collected
    as they come, and everything else about the line (struck parts, boldness, links)
    is only recorded when it occurs.
    """

    def __init__(self, base: str) -> None:
        self.base = base
        self.origin = _origin(base)
        self.folder = _folder(base)
        self.lines: list[Line] = []
        self.parts: list[str] = []  # the current line's raw text pieces
        self.struck_at: list[int] = []  # indexes of pieces that are struck through
        self.anchors: list[Anchor] = []
        self.ctx: _Context = ("", 0, False, None)
        # The numbers of the enclosing blocks, outermost first (a line's ``boxes``): a
        # block is numbered as it is entered, so that lines tell their blocks apart.
        self.path: list[int] = []
        self.last_box = 0
        self.sections: list[int] = []  # the numbers of the <section> and <article> blocks
        self.struck = 0  # depth of <del>/<s>/line-through around the current node
        self.bold = 0
        self.thin = False  # the line has non-bold text
        self.headers: list[str] = []  # the column headers of the innermost table
        self.col = 0  # the next cell's column in the current table row
        self.has_footer = False
        self.consent = False
        # The page carries schema.org data (a JSON-LD script, microdata or RDFa): seen
        # on the way, so that other pages do not pay for looking for it.
        self.structured = False

    def flush(self) -> None:
        """End the current line (a block boundary or <br>)."""
        parts = self.parts
        if parts:
            joined = "".join(parts)
            size = len(joined)
            if size <= CACHED_TEXT:
                text = _clean_line(joined)
            else:
                text = _clean_paragraph(joined) if size <= CACHED_PARAGRAPH else clean_text(joined)
            if text:
                plain = text
                if self.struck_at:
                    struck = set(self.struck_at)
                    plain = clean_text("".join(p for i, p in enumerate(parts) if i not in struck))
                anchors = tuple(self.anchors) if self.anchors else ()
                tag, level, side, label = self.ctx
                bold = not self.thin or tag in _HEADLIKE
                path = self.path
                boxes = tuple(path) if len(path) <= _MAX_BOXES else tuple(path[:_MAX_BOXES])
                self.lines.append(Line(text, plain, level, bold, tag, anchors, boxes, label, side))
            parts.clear()
            # Also when the line came out empty (an editor's "<del>&nbsp;</del>"): its
            # struck pieces must not strike the next line through.
            self.struck_at.clear()
            self.thin = False
        if self.anchors:
            self.anchors.clear()

    def line_break(self) -> None:
        """A ``<br>`` ends the line, except inside a heading (still one heading)."""
        ctx = self.ctx
        if ctx[_LEVEL] or ctx[_TAG] in _HEADLIKE:
            self.parts.append(" ")
        else:
            self.flush()

    def walk(self, root: LexborNode) -> None:  # noqa: PLR0915 - the hot loop, inlined
        """Cut everything below ``root`` into lines."""
        # Children are reached by first_child and siblings by next: a generator per element
        # (iter) costs more than the walk's own work on it. A frame is (element, what to
        # undo when its children are done, ...). Whitespace-only text nodes are passed over
        # (lexbor's test, in C: most nodes of a page are indentation); where one separates
        # two inline elements, _enter_inline puts a space back.
        stack: list[tuple[Any, ...]] = []
        parts = self.parts
        anchors = self.anchors
        path = self.path
        push = stack.append
        depth = 0  # len(stack)
        node = root.first_child
        prev_text: LexborNode | None = None  # the sibling before ``node``, if a text node
        struck, bold = self.struck > 0, self.bold > 0
        known = _KNOWN_TAGS
        box = self.last_box
        while True:
            while node is not None:
                if node.is_empty_text_node:  # indentation: most nodes of a page
                    prev_text = node
                    node = node.next
                    continue
                tag_id = node.tag_id
                if tag_id == _TEXT_ID:
                    raw = node.text_content or ""
                    if struck:
                        self.struck_at.append(len(parts))
                    parts.append(raw)
                    if not bold and not self.thin and not raw.isspace():
                        self.thin = True
                    prev_text = node
                    node = node.next
                    continue
                tag = known.get(tag_id) or node.tag
                frame: tuple[Any, ...] | None
                if tag in _BLOCK:
                    attrs = node.attributes
                    seen = _VISIBLE
                    if attrs:
                        # _visibility's own fast path, without the call: a class alone.
                        classes = attrs.get("class")
                        if classes is not None and len(attrs) == 1:
                            seen = _class_visibility(classes)
                        else:
                            seen = _visibility(attrs)
                            if not self.structured and not _SCHEMA_KEYS.isdisjoint(attrs):
                                self.structured = True
                    if seen not in (_VISIBLE, _SIDE):
                        self._hidden(seen)
                        frame = None
                    elif tag in _SPECIAL_BLOCKS:
                        box += 1
                        frame = self._enter_block(node, tag, attrs, seen, box)
                    else:  # most blocks need nothing but a new line (inlined: the hot path)
                        if parts or anchors:
                            self.flush()
                        ctx = self.ctx
                        box += 1
                        path.append(box)
                        if seen == _SIDE:
                            self.ctx = (tag, _HEADINGS.get(tag, ctx[_LEVEL]), True, ctx[_LABEL])
                        elif tag in _HEADINGS:
                            self.ctx = (tag, _HEADINGS[tag], ctx[_SIDE_OF], ctx[_LABEL])
                        else:
                            self.ctx = (tag, ctx[_LEVEL], ctx[_SIDE_OF], ctx[_LABEL])
                        frame = (node, _UNDO_BLOCK, ctx)
                elif tag == "br":
                    self.line_break()
                    frame = None
                elif tag in _SKIP:
                    frame = None
                    if tag == "footer":
                        self.has_footer = True
                    elif tag == "script" and not self.structured:
                        self.structured = _schema_script(node)
                    elif tag in _FRAMES and _frames(node, tag):
                        # ASP.NET's page-wide <form> (Sitefinity, DNN, SharePoint) frames
                        # the page, WordPress's table block is a <table> in a <figure>:
                        # read like a <div>. Any other form or figure (a picture) is left out.
                        if parts or anchors:
                            self.flush()
                        frame = (node, _UNDO_BLOCK, self.ctx)
                        box += 1
                        path.append(box)
                elif tag and tag[0].isalpha():
                    frame = self._enter_inline(node, tag, prev_text)
                    struck, bold = self.struck > 0, self.bold > 0
                else:
                    frame = None
                prev_text = None
                if frame is None:
                    node = node.next
                    continue
                push(frame)
                depth += 1
                if depth >= MAX_DEPTH:
                    raise NotASeriesPage(_TOO_DEEP)
                node = node.first_child
            if not depth:
                self.last_box = box
                return
            # Every child done: leave the element, go on with its next sibling.
            frame = stack.pop()
            depth -= 1
            kind = frame[1]
            if kind == _UNDO_BLOCK:
                if parts or anchors:
                    self.flush()
                self.ctx = frame[2]
                path.pop()
            elif kind == _UNDO_INLINE:
                self.struck -= frame[2]
                self.bold -= frame[3]
                struck, bold = self.struck > 0, self.bold > 0
            else:
                self._leave(frame)
                struck, bold = self.struck > 0, self.bold > 0
            prev_text = None
            node = frame[0].next

    def _hidden(self, seen: int) -> None:
        """Note what a left-out element was (a consent box, a footer)."""
        if seen == _CONSENT:
            self.consent = True
        elif seen == _FOOTER:
            self.has_footer = True

    def _enter_block(
        self, child: LexborNode, tag: str, attrs: dict[str, str | None], seen: int, box: int
    ) -> tuple[Any, ...] | None:
        """Enter one of the blocks that need more than a new line (``_SPECIAL_BLOCKS``),
        visible or a sidebar (``seen``), as block number ``box``; its frame, or ``None``
        if its children are not read or it is not a block of its own (a header row)."""
        ctx = self.ctx
        side = ctx[_SIDE_OF]
        if attrs:
            if tag == "button" and attrs.get("type") in ("submit", "reset"):
                return None
            side = side or seen == _SIDE
        if tag == "header" and _is_body(child.parent):
            return None  # the site header
        if tag == "aside":
            side = True
        if self.parts or self.anchors:
            self.flush()
        frame: tuple[Any, ...] = (child, _UNDO_BLOCK, ctx)
        level, label = ctx[_LEVEL], ctx[_LABEL]
        if tag in _HEADINGS:
            level = _HEADINGS[tag]
        elif tag in _SECTIONING:
            self.sections.append(box)
        elif tag == "table":
            frame = (child, _UNDO_TABLE, ctx, self.headers, self.col)
            self.headers, self.col = [], 0
        elif tag == "tr":
            headers = _header_row(child)
            if headers is not None:
                self.headers = headers
                return None
            self.col = 0
        elif tag in ("td", "th"):
            headers = self.headers
            label = headers[self.col] if self.col < len(headers) else None
            self.col += 1
        self.path.append(box)
        self.ctx = (tag, level, side, label)
        return frame

    def _enter_inline(
        self, node: LexborNode, tag: str, prev_text: LexborNode | None
    ) -> tuple[Any, ...] | None:
        """Enter an inline element; ``prev_text`` is its previous sibling if that is a
        text node. Its frame, or ``None`` if its children are not read."""
        attrs = node.attributes
        if attrs:
            seen = _visibility(attrs)
            if seen in (_SKIPPED, _FOOTER):
                return None
            if seen == _CONSENT:
                self.consent = True
                return None
            if not self.structured and not _SCHEMA_KEYS.isdisjoint(attrs):
                self.structured = True
        if self.ctx[_TAG] == "address" and (self.parts or self.anchors):
            parent = node.parent
            if parent is not None and parent.tag == "address":
                self.flush()  # each part of an <address> (venue, street …) is its own piece
        if self.parts and prev_text is not None:
            raw = prev_text.text_content or "x"
            if raw.isspace():
                self.parts.append(" ")
        strike = tag in _STRIKE or "line-through" in (attrs.get("style") or "")
        bold = tag in _BOLD
        self.struck += strike
        self.bold += bold
        if tag == "a":
            return (node, _UNDO_LINK, strike, bold, len(self.parts), attrs)
        return (node, _UNDO_INLINE, strike, bold)

    def _leave(self, frame: tuple[Any, ...]) -> None:
        """Leave a table or a link; the walk itself leaves the other elements."""
        if frame[1] == _UNDO_TABLE:
            if self.parts or self.anchors:
                self.flush()
            self.ctx, self.headers, self.col = frame[2], frame[3], frame[4]
            self.path.pop()
            return
        self.struck -= frame[2]
        self.bold -= frame[3]
        first, attrs = frame[4], frame[5]
        joined = "".join(self.parts[first:])
        label = _clean_line(joined) if len(joined) <= CACHED_TEXT else clean_text(joined)
        href = (attrs.get("href") or "").strip()
        email = _anchor_email(attrs, href, label)
        if email or not href or href[0] == "#" or "data-mailto-token" in attrs:
            url = ""
        else:
            url = _absolute(self.base, self.origin, href, self.folder)
        self.anchors.append(Anchor(label, url, email))


def _is_body(node: LexborNode | None) -> bool:
    return node is not None and (_KNOWN_TAGS.get(node.tag_id) or node.tag) == "body"


def _frames(node: LexborNode, tag: str) -> bool:
    """A skipped element that is content: a ``<form>`` right in ``<body>`` that holds the
    page's ``<h1>`` (the whole page is one form: ASP.NET WebForms), or a ``<figure>`` whose
    content is a ``<table>`` (after a caption, if any: WordPress's table block, CKEditor 5)."""
    if tag == "form":
        return _is_body(node.parent) and node.css_first("h1") is not None
    child = node.first_child
    while child is not None:
        if not child.is_empty_text_node:
            name = child.tag
            if name != "figcaption":
                return name == "table"
        child = child.next
    return False


def _header_row(row: LexborNode) -> list[str] | None:
    """The column headers if ``row`` is a row of ``<th>`` cells only, or of cells that
    are each one bold label with a known field among them (CMSs without ``<th>``:
    ``<td><strong>Datum</strong></td><td><strong>Thema</strong></td>``), else ``None``."""
    cells = [node for node in row.iter() if node.tag in ("td", "th")]
    if len(cells) < 2:
        return None
    if all(node.tag == "th" for node in cells):
        return [clean_text(node.text()) for node in cells]
    names = []
    for node in cells:
        children = [
            c
            for c in node.iter(include_text=True)
            if c.tag != "-text" or (c.text_content or "").strip()
        ]
        if len(children) != 1 or children[0].tag not in ("strong", "b"):
            return None
        text = clean_text(node.text())
        if not text or len(text) > 30:
            return None
        names.append(text)
    if not any(name.rstrip(" :").lower() in LABELS for name in names):
        return None
    return names


@lru_cache(maxsize=256)  # per page: TYPO3 states <base href> on every page
def _resolve_base(url: str, href: str) -> str:
    return urljoin(url, href)


def _head_info(tree: LexborHTMLParser, url: str) -> tuple[str, str, bool]:
    """The page title, the base URL and whether a JSON-LD script is there, read from
    <head> without a CSS query (by tag id: a node's name is a new string each time)."""
    title, base, structured = "", url, False
    head = tree.head
    for node in head.iter() if head is not None else ():
        tag = _KNOWN_TAGS.get(node.tag_id) or node.tag
        if tag == "title":
            raw = node.text()
            title = _clean_line(raw) if len(raw) <= CACHED_TEXT else clean_text(raw)
        elif tag == "base":
            base = _resolve_base(url, (node.attributes.get("href") or "").strip())
        elif tag == "script" and not structured:
            structured = _schema_script(node)
    return title, base, structured


def _schema_script(script: LexborNode) -> bool:
    """Whether ``script`` is JSON-LD (``type="application/ld+json"``)."""
    kind = script.attributes.get("type")
    return kind is not None and "ld+json" in kind.lower()


def _has_end(html: str) -> bool:
    """Whether the closing </body> or </html> arrived (searched near the end, no copy)."""
    start = max(0, len(html) - 4096)
    # Searched backwards: the tags stand near the end, so the search stops soon.
    return (
        html.rfind("</html", start) >= 0
        or html.rfind("</body", start) >= 0
        or html.rfind("</HTML", start) >= 0
        or html.rfind("</BODY", start) >= 0
    )


def too_deep(html: str) -> bool:
    """True if ``html`` nests its containers deeper than ``MAX_DEPTH`` (measured only on
    pages with very many tags: a linear scan that spares lexbor a quadratic parse)."""
    # Every tag takes at least three characters ("<b>"): a short page cannot have enough.
    if len(html) < 3 * _DEEP_SCAN_FROM or html.count("<") < _DEEP_SCAN_FROM:
        return False
    depth = 0
    for m in _CONTAINERS.finditer(html):
        depth += -1 if m.group(1) else 1
        if depth > MAX_DEPTH:
            return True
    return False


def read_document(html: str, url: str) -> Document:
    """Parse ``html`` once and return its visible lines (links resolved against ``url``).

    Raises ``NotASeriesPage`` for a page nested deeper than ``MAX_DEPTH``.
    """
    if too_deep(html):
        raise NotASeriesPage(_TOO_DEEP)
    tree = LexborHTMLParser(html)
    title, base, structured = _head_info(tree, url)
    body = tree.body
    walker = _Walker(base)
    walker.structured = structured
    if body is not None:
        walker.walk(body)
        walker.flush()
    complete = _has_end(html)
    lines = tuple(walker.lines)
    return Document(
        title,
        lines,
        complete,
        walker.has_footer,
        base,
        walker.consent,
        walker.structured,
        frozenset(walker.sections),
        tree,
    )


def page_text(html: str, parsed: LexborHTMLParser | None = None) -> str:
    """All text of the page, chrome included, lower-cased: to name why a page is refused.

    ``parsed`` is ``html`` already parsed (``Document.tree``): a copy of it is cut, which
    costs a third of parsing the page again, and the tree itself stays whole.
    """
    tree = parsed.clone() if parsed is not None else LexborHTMLParser(html)
    for node in tree.css("script, style, template"):
        node.decompose()
    root = tree.root
    return clean_text(root.text(separator=" ")).lower() if root is not None else ""
