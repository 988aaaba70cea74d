"""Turn an HTML page into the lines a reader sees, once, with what the parser needs.

The series parser never looks at class names or heading levels to find things;
it works on this flat list of visible lines. A line is the text of a block element
(paragraph, heading, list item, table cell, ``dt``/``dd`` ...) up to the next block
boundary or ``<br>``, cleaned with :func:`scraper.text.clean_text`. Each line keeps
what the reader can see about it: heading level, whether it is all bold (reads as a
heading), which part is struck through, its links, and the block elements that
contain it (to group a contact box without knowing its class).

Chrome a reader skips is left out: scripts, styles, navigation, footers, forms, the
site header (a ``<header>`` directly in ``<body>``), images with their captions
(``<figure>``: logos and picture credits), and visually hidden elements
(``sr-only``-style container headings such as "25-50-25 weiß"). Elements are skipped
by tag or by their attributes during the walk. The walk is the hot path of the
parser: it touches each node once and costs about as much as lexbor's own parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.text import clean_text

_BLOCK = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "caption", "center", "dd"),
        *("details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "h1", "h2", "h3"),
        *("h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre"),
        *("section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
    )
)
_SKIP = frozenset(
    (
        *("script", "style", "noscript", "template", "svg", "nav", "footer", "form", "button"),
        *("select", "iframe", "object", "textarea", "input", "img", "picture", "video"),
        *("audio", "canvas", "map", "head", "figure"),
    )
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_STRIKE = frozenset(("del", "s", "strike"))
_BOLD = frozenset(("strong", "b"))
# Hidden by attribute: the common "visually hidden" class conventions (Bootstrap,
# WordPress, HTML5 Boilerplate, Drupal) and the roles that mark chrome. Checked in
# the walk: reading a node's attributes costs ~0.2 µs, a CSS query ~40 µs.
_HIDDEN_CLASSES = frozenset(
    (
        *("sr-only", "sr-only-focusable", "visually-hidden", "visuallyhidden"),
        *("screen-reader-text", "element-invisible"),
    )
)
_CHROME_ROLES = frozenset(("navigation", "banner", "contentinfo", "search"))


def _hidden(attrs: dict[str, str | None]) -> bool:
    classes = attrs.get("class")
    # Cheap substring tests first; the exact token test only when one of them hits.
    if (
        classes
        and (
            "only" in classes
            or "hidden" in classes
            or "invisible" in classes
            or "reader" in classes
        )
        and not _HIDDEN_CLASSES.isdisjoint(classes.split())
    ):
        return True
    # Most elements carry only a class and an id: nothing else to look at.
    if len(attrs) <= ("class" in attrs) + ("id" in attrs):
        return False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if attrs.get("role") in _CHROME_ROLES:
        return True
    style = attrs.get("style") or ""
    return "none" in style and "display:none" in style.replace(" ", "")


@dataclass(frozen=True, slots=True)
class Anchor:
    """A link inside a line: its visible text, absolute URL ("" if none) and e-mail."""

    label: str
    url: str
    email: str | None


@dataclass(slots=True)
class Line:
    """One visible line of the page (see the module docstring). Treat as read-only."""

    text: str
    plain: str  # the text without its struck-through parts
    level: int  # 1..6 inside h1..h6, else 0
    bold: bool  # every visible character is bold: reads as a heading
    tag: str  # innermost block element
    anchors: tuple[Anchor, ...]
    boxes: tuple[int, ...]  # ids of the enclosing block elements, outermost first

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


def _absolute(base: str, origin: str, href: str) -> str:
    """``href`` resolved against ``base``; the common forms without urljoin's cost."""
    if href.startswith(("https://", "http://")):
        return href
    if href.startswith("/") and not href.startswith("//") and origin:
        return origin + href
    return urljoin(base, href)


def _origin(base: str) -> str:
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


class _Walker:
    """Depth-first walk that cuts the tree into lines (state kept between calls).

    This is the parser's hot path, so the per-node work is kept small: the line's
    text pieces are collected as they come, and everything else about the line
    (struck parts, boldness, links) is only recorded when it occurs.
    """

    def __init__(self, base: str) -> None:
        self.base = base
        self.origin = _origin(base)
        self.lines: list[Line] = []
        self.parts: list[str] = []  # the current line's raw text pieces
        self.struck_at: list[int] = []  # indexes of pieces that are struck through
        self.anchors: list[Anchor] = []
        self.boxes: tuple[int, ...] = ()
        self.tag = ""
        self.level = 0
        self.struck = 0  # depth of <del>/<s>/line-through around the current node
        self.bold = 0
        self.thin = False  # the line has non-bold text
        self.has_footer = False

    def flush(self) -> None:
        """End the current line (a block boundary or <br>)."""
        parts = self.parts
        if parts:
            text = clean_text("".join(parts))
            if text:
                plain = text
                if self.struck_at:
                    struck = set(self.struck_at)
                    plain = clean_text("".join(p for i, p in enumerate(parts) if i not in struck))
                    self.struck_at = []
                anchors = tuple(self.anchors) if self.anchors else ()
                line = Line(text, plain, self.level, not self.thin, self.tag, anchors, self.boxes)
                self.lines.append(line)
            parts.clear()
            self.thin = False
        if self.anchors:
            self.anchors.clear()

    def walk(self, node: LexborNode) -> None:
        # Whitespace-only text nodes are skipped in C (most nodes of a page are
        # indentation); where one separates two inline elements, _inline puts it back.
        parts = self.parts
        # Struck-through and bold change only inside _inline, which restores them.
        struck, bold = self.struck > 0, self.bold > 0
        for child in node.iter(True, True):  # include_text, skip_empty (positional: faster)
            tag = child.tag
            if tag == "-text":
                raw = child.text_content or ""
                if struck:
                    self.struck_at.append(len(parts))
                parts.append(raw)
                if not bold and not self.thin and not raw.isspace():
                    self.thin = True
            elif tag in _BLOCK:
                if tag == "header" and node.tag == "body":
                    continue  # the site header
                attrs = child.attributes
                if attrs and _hidden(attrs):
                    continue
                if parts or self.anchors:
                    self.flush()
                outer_tag, outer_level, outer_boxes = self.tag, self.level, self.boxes
                self.boxes = (*outer_boxes, child.mem_id)
                self.tag = tag
                if tag in _HEADINGS:
                    self.level = _HEADINGS[tag]
                self.walk(child)
                if parts or self.anchors:
                    self.flush()
                self.tag, self.level, self.boxes = outer_tag, outer_level, outer_boxes
            elif tag == "br":
                self.flush()
            elif tag in _SKIP:
                self.has_footer = self.has_footer or tag == "footer"
            elif tag and tag[0].isalpha():
                self._inline(child, tag)

    def _inline(self, node: LexborNode, tag: str) -> None:
        attrs = node.attributes
        if attrs and _hidden(attrs):
            return
        if self.parts:
            before = node.prev
            if before is not None and before.tag == "-text":
                raw = before.text_content or "x"
                if raw.isspace():
                    self.parts.append(" ")
        strike = tag in _STRIKE or "line-through" in (attrs.get("style") or "")
        bold = tag in _BOLD
        self.struck += strike
        self.bold += bold
        if tag == "a":
            first = len(self.parts)
            self.walk(node)
            label = clean_text("".join(self.parts[first:]))
            href = (attrs.get("href") or "").strip()
            email = _anchor_email(attrs, href, label)
            if email or not href or href[0] == "#" or "data-mailto-token" in attrs:
                url = ""
            else:
                url = _absolute(self.base, self.origin, href)
            self.anchors.append(Anchor(label, url, email))
        else:
            self.walk(node)
        self.struck -= strike
        self.bold -= bold


def _head_info(tree: LexborHTMLParser, url: str) -> tuple[str, str]:
    """The page title and the base URL, read from <head> without a CSS query."""
    title, base = "", url
    head = tree.head
    for node in head.iter() if head is not None else ():
        if node.tag == "title":
            title = clean_text(node.text())
        elif node.tag == "base":
            base = urljoin(url, (node.attributes.get("href") or "").strip())
    return title, base


def _has_end(html: str) -> bool:
    """Whether the closing </body> or </html> arrived (searched near the end, no copy)."""
    start = max(0, len(html) - 4096)
    return any(html.find(tag, start) >= 0 for tag in ("</body", "</html", "</BODY", "</HTML"))


def read_document(html: str, url: str) -> Document:
    """Parse ``html`` once and return its visible lines (links resolved against ``url``)."""
    tree = LexborHTMLParser(html)
    title, base = _head_info(tree, url)
    body = tree.body
    walker = _Walker(base)
    if body is not None:
        walker.walk(body)
        walker.flush()
    complete = _has_end(html)
    return Document(title, tuple(walker.lines), complete, walker.has_footer, base)


def page_text(html: str) -> str:
    """All text of the page, chrome included, lower-cased: to name why a page is refused."""
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, template"):
        node.decompose()
    root = tree.root
    return clean_text(root.text(separator=" ")).lower() if root is not None else ""
