"""schema.org items on a page, as JSON-LD-shaped dicts: JSON-LD scripts, microdata, RDFa Lite.

:mod:`scraper.structured` reads ``Event`` items from here into typed values. This
module only finds them, whatever the syntax: ``json_ld_items`` walks every JSON-LD
script (objects, lists, ``@graph``, nesting, ``@id`` references; JSON as CMSs write it,
with comments, CDATA wrappers and trailing commas); ``microdata_items``
turns ``itemscope``/``itemprop`` (and RDFa Lite ``typeof``/``property``) items into
the same ``{"@type": …, "name": …}`` shape. Both are iterative and bounded: a hostile
page costs bounded time and never a ``RecursionError``.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator, Reversible
from dataclasses import dataclass
from typing import Any, Literal

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = [
    "EVENT_TYPES",
    "INLINE_ELEMENTS",
    "Source",
    "item_types",
    "json_ld_items",
    "local_name",
    "microdata_items",
]

log = logging.getLogger(__name__)

Source = Literal["json-ld", "microdata", "rdfa"]
Item = tuple[dict[str, Any], str | None, Source]
"""An ``Event`` item, the name of its ``EventSeries`` (if any) and its syntax."""

EVENT_TYPES = frozenset(
    (
        *("Event", "BusinessEvent", "ChildrensEvent", "ComedyEvent", "CourseInstance"),
        *("DanceEvent", "DeliveryEvent", "EducationEvent", "ExhibitionEvent", "Festival"),
        *("FoodEvent", "Hackathon", "LiteraryEvent", "MusicEvent", "PublicationEvent"),
        *("BroadcastEvent", "OnDemandEvent", "SaleEvent", "ScreeningEvent", "SocialEvent"),
        *("SportsEvent", "TheaterEvent", "VisualArtsEvent"),
    )
)
"""``Event`` and its schema.org subtypes (``EventSeries`` is the series, not a date)."""

_MAX_DEPTH = 40  # JSON-LD nesting followed (real data: < 10)
_MAX_NODES = 5_000_000  # JSON values visited per page (a 5 MB page holds fewer)
_MAX_SCRIPT = 20_000_000  # characters of one JSON-LD script (pages are capped at 5 MB by default)
_MAX_ITEM_DEPTH = 6  # microdata items inside items (Event > Place > PostalAddress …)
_MAX_ANCESTORS = 400  # steps up the tree to find a property's item

# --- JSON-LD ----------------------------------------------------------------------------

_COMMENT = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[)|(?:-->|//\s*\]\]>)\s*$")


def json_ld_items(tree: LexborHTMLParser) -> Iterator[Item]:
    """The ``Event`` objects of every JSON-LD script, with the name of their series."""
    documents: list[Any] = []
    for script in tree.css("script"):
        kind = (script.attributes.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        raw = script.text(deep=True)
        if len(raw) > _MAX_SCRIPT:
            log.warning("JSON-LD script of %d characters skipped (too large)", len(raw))
            continue
        data = _load(raw)
        if data is not None:
            documents.append(data)
    # One walk over the data: the objects that name an "@id" or an event type (the
    # only ones either step below looks at), with their series, in the walk's order.
    found = [
        (value, series, course)
        for value, _, series, course in _walk(documents)
        if isinstance(value, dict) and ("@id" in value or item_types(value) & EVENT_TYPES)
    ]
    ids = _index_ids(found)
    for item, series in _events_in(found, ids):
        yield item, series, "json-ld"


def _load(raw: str) -> Any:
    """One script's JSON, read strictly first; ``None`` (logged) if it is not JSON.

    What CMSs write around and into JSON-LD is tolerated on a second try: a byte order
    mark, HTML comments and CDATA wrappers (``<!-- … -->``, ``//<![CDATA[``,
    ``/*<![CDATA[*/``), ``//`` and ``/* */`` comments, trailing commas, raw control
    characters in strings, a trailing ``;``, several values one after another. The
    second try is linear (one regular-expression pass, then one decoding pass), so only
    a page whose data is broken pays for it.
    """
    text = _COMMENT.sub("", raw.lstrip("\ufeff \t\r\n"))
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError) as e:
        error = e
    lax = text
    if "//" in text or "/*" in text or _TRAILING.search(text) is not None:
        lax = _LAX_COMMA.sub(_keep_strings, _LAX_COMMENT.sub(_keep_strings, text))
    if lax != text:
        try:
            return json.loads(lax, strict=False)
        except (ValueError, RecursionError):
            pass
    values = _concatenated(lax)
    if values:
        return values
    log.info("JSON-LD script skipped: %s", str(error)[:120])
    return None


_DECODER = json.JSONDecoder(strict=False)
_MAX_VALUES = 100  # values one after another in one script
_BETWEEN = re.compile(r"[\s,;]*")


def _concatenated(text: str) -> list[Any] | None:
    """Values written one after another into one script (two plugins sharing it:
    ``{…}{…}``, ``{…},{…}``; or one value and a ``;``), as a list; ``None`` unless all
    of it is read. Each value is decoded once, from where the last one ended: linear."""
    values: list[Any] = []
    at = _BETWEEN.match(text).end()  # type: ignore[union-attr] # always matches
    while at < len(text):
        try:
            value, at = _DECODER.raw_decode(text, at)
        except (ValueError, RecursionError):
            return None
        values.append(value)
        if len(values) > _MAX_VALUES:
            return None  # not two plugins: no page writes that many values in one script
        at = _BETWEEN.match(text, at).end()  # type: ignore[union-attr] # always matches
    return values or None


# A JSON string (kept as it is) or, outside strings, a comment or a comma before a
# closing bracket (dropped). Strings first, so "https://…" and ", ]" inside a string stay.
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_LAX_COMMENT = re.compile(_STRING + r"|//[^\n]*|/\*(?:[^*]|\*(?!/))*(?:\*/|$)", re.S)
_LAX_COMMA = re.compile(_STRING + r"|,(?=\s*[\]}])")
_TRAILING = re.compile(r",\s*[\]}]")  # a trailing comma, or one inside a string: look closer


def _keep_strings(match: re.Match[str]) -> str:
    text = match.group()
    return text if text.startswith('"') else ""


_Frame = tuple[Any, int, str | None, dict[str, Any] | None]


def _walk(root: Any) -> Iterator[_Frame]:
    """Every value below ``root`` with its depth, the name of the nearest enclosing
    ``EventSeries`` and the nearest enclosing ``Course``; iterative and bounded."""
    stack: list[_Frame] = [(root, 0, None, None)]
    visited = 0
    while stack and visited < _MAX_NODES:
        value, depth, series, course = stack.pop()
        visited += 1
        yield value, depth, series, course
        if depth >= _MAX_DEPTH:
            continue
        children: Reversible[Any]
        if isinstance(value, dict):
            types = item_types(value)
            if "EventSeries" in types:
                series = _plain(value.get("name")) or series
            if "Course" in types:
                course = value
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        below = depth + 1
        stack.extend([(child, below, series, course) for child in reversed(children)])


_Found = tuple[dict[str, Any], str | None, dict[str, Any] | None]


def _index_ids(found: list[_Found]) -> dict[str, dict[str, Any]]:
    ids: dict[str, dict[str, Any]] = {}
    for value, _, _ in found:
        ident = value.get("@id")
        if isinstance(ident, str) and len(value) > 1:
            ids.setdefault(ident, value)
    return ids


def _events_in(
    found: list[_Found], ids: dict[str, dict[str, Any]]
) -> Iterator[tuple[dict[str, Any], str | None]]:
    seen = _containers(found, ids)
    memo: dict[int, Any] = {}
    for value, series, course in found:
        if id(value) in seen:
            continue
        if item_types(value) & EVENT_TYPES:
            seen.add(id(value))
            # An event made of sub-events (a conference of sessions) is a container:
            # its sub-events are the dates, found on their own by the walk.
            if not value.get("subEvent") and not value.get("subEvents"):
                yield _resolve(_of_course(value, course), ids, memo), series
        elif "@id" in value and len(value) == 1:
            target = ids.get(str(value["@id"]))
            if target is not None and item_types(target) & EVENT_TYPES and id(target) not in seen:
                seen.add(id(target))
                yield _resolve(target, ids, memo), series


def _containers(found: list[_Found], ids: dict[str, dict[str, Any]]) -> set[int]:
    """The ``superEvent``s of the page's events (inline or by ``@id``): the frame an
    event belongs to ("Gründungswochen Ruhr", March to June), not a date of its own,
    as an event made of sub-events is not."""
    out: set[int] = set()
    for value, _, _ in found:
        raw = value.get("superEvent")
        for frame in raw if isinstance(raw, list) else [raw]:
            if isinstance(frame, dict):
                target = ids.get(str(frame["@id"])) if set(frame) == {"@id"} else frame
                if target is not None:
                    out.add(id(target))
    return out


_FROM_COURSE = ("name", "description", "url")


def _of_course(item: dict[str, Any], course: dict[str, Any] | None) -> dict[str, Any]:
    """A ``CourseInstance`` (a VHS or chamber course's date) states what the ``Course``
    around it does not repeat: its name, description and page come from the course."""
    if course is None or course is item or all(key in item for key in _FROM_COURSE):
        return item
    return {**{key: course[key] for key in _FROM_COURSE if key in course}, **item}


_REF_DEPTH = 5  # levels below an event where ``{"@id": …}`` references are followed


def _resolve(
    item: dict[str, Any], ids: dict[str, dict[str, Any]], memo: dict[int, Any] | None = None
) -> Any:
    """``item`` with its ``{"@id": …}`` references replaced by the objects they name, a
    few levels down (an event's ``location`` names a ``Place`` whose ``address`` names a
    ``PostalAddress``: Yoast Local SEO). Each named object is resolved once per page
    (``memo``), a reference back to an object being resolved stays as it is, and inline
    data is copied only ``_REF_DEPTH`` levels down: bounded by the data's size."""
    return _deref(item, ids, {} if memo is None else memo, 0)


def _deref(value: Any, ids: dict[str, dict[str, Any]], memo: dict[int, Any], depth: int) -> Any:
    if depth > _REF_DEPTH:
        return value
    if isinstance(value, dict):
        if len(value) == 1 and "@id" in value:
            target = ids.get(str(value["@id"]))
            if target is None:
                return value
            key = id(target)
            if key not in memo:
                memo[key] = target  # while it is resolved: a cycle ends here
                memo[key] = _deref(target, ids, memo, depth + 1)
            return memo[key]
        return {k: _deref(v, ids, memo, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_deref(v, ids, memo, depth + 1) for v in value]
    return value


def item_types(item: dict[str, Any]) -> set[str]:
    """The schema.org type names of an item ("https://schema.org/EducationEvent" →
    "EducationEvent")."""
    raw = item.get("@type", item.get("type"))
    values = raw if isinstance(raw, list) else [raw]
    return {local_name(v) for v in values if isinstance(v, str)}


# --- microdata --------------------------------------------------------------------------

_URL_PROPS = {"a": "href", "area": "href", "link": "href", "audio": "src", "embed": "src"}
_URL_PROPS |= {"iframe": "src", "img": "src", "source": "src", "track": "src", "video": "src"}


@dataclass(frozen=True, slots=True)
class _Syntax:
    """How an HTML attribute syntax marks items and properties."""

    scope: str  # the attribute that opens an item
    types: str  # the attribute naming its type(s)
    prop: str  # the attribute naming a property
    source: Source


_MICRODATA = _Syntax("itemscope", "itemtype", "itemprop", "microdata")
# RDFa Lite, as Drupal and some TYPO3 extensions write schema.org:
# <div vocab="https://schema.org/" typeof="Event"><span property="name">…</span></div>
_RDFA = _Syntax("typeof", "typeof", "property", "rdfa")


def microdata_items(tree: LexborHTMLParser) -> Iterator[Item]:
    """Microdata and RDFa Lite ``Event`` items as JSON-LD-shaped dicts."""
    for syntax in (_MICRODATA, _RDFA):
        yield from _items(tree, syntax)


def _items(tree: LexborHTMLParser, syntax: _Syntax) -> Iterator[Item]:
    found = tree.css(f"[{syntax.scope}][{syntax.types}]")
    scopes = [n for n in found if _node_types(n, syntax) & EVENT_TYPES]
    if not scopes:
        return
    # Every property once, grouped by the item it belongs to (its nearest scope above).
    props: dict[int, list[LexborNode]] = {}
    for node in tree.css(f"[{syntax.prop}]"):
        owner = _item_of(node, syntax)
        if owner is not None:
            props.setdefault(owner.mem_id, []).append(node)
    if syntax is _MICRODATA:
        _add_referenced(tree, found, props)
    budget = _Budget(_MARKUP_BUDGET)
    for scope in scopes:
        item = _microdata_item(scope, syntax, props, 0, budget)
        # An event made of sub-events is a container; the sub-events are in ``scopes``.
        if not item.get("subEvent"):
            yield item, None, syntax.source


def _node_types(node: LexborNode, syntax: _Syntax) -> set[str]:
    raw = node.attributes.get(syntax.types) or ""
    return {local_name(v) for v in raw.split() if v}


def _item_of(node: LexborNode, syntax: _Syntax) -> LexborNode | None:
    """The nearest element above ``node`` that opens an item."""
    parent = node.parent
    steps = 0
    while parent is not None and steps < _MAX_ANCESTORS:
        if syntax.scope in parent.attributes:
            return parent
        parent = parent.parent
        steps += 1
    return None


_MAX_REFERENCED = 200  # properties one itemref token contributes
_MAX_REFERENCES = 50_000  # properties all itemrefs of a page contribute together


def _add_referenced(
    tree: LexborHTMLParser, items: list[LexborNode], props: dict[int, list[LexborNode]]
) -> None:
    """Add the properties that items take from elsewhere by ``itemref="id …"`` (a place
    stated once for several events), as the microdata spec crawls them: the referenced
    element if it has ``itemprop``, and, below an element that opens no item of its own,
    the ``itemprop`` elements not inside another item. The page's ids are indexed only
    when an item uses ``itemref``; each token is crawled once, at most
    ``_MAX_REFERENCED`` properties, and a page's items take at most ``_MAX_REFERENCES``
    properties by reference together (many events sharing one place stay cheap)."""
    referring = [n for n in items if (n.attributes.get("itemref") or "").strip()]
    if not referring:
        return
    index: dict[str, LexborNode] = {}
    for node in tree.css("[id]"):
        index.setdefault(node.attributes.get("id") or "", node)
    crawled: dict[str, list[LexborNode]] = {}
    budget = _MAX_REFERENCES
    for item in referring:
        for token in dict.fromkeys((item.attributes.get("itemref") or "").split()):
            if token not in crawled:
                target = index.get(token)
                crawled[token] = _referenced(target) if target is not None else []
            taken = [n for n in crawled[token] if n.mem_id != item.mem_id][: max(budget, 0)]
            budget -= len(taken)
            props.setdefault(item.mem_id, []).extend(taken)
        if budget <= 0:
            log.info(
                "itemref: more referenced properties than %d; the rest not read", _MAX_REFERENCES
            )
            return


def _referenced(target: LexborNode) -> list[LexborNode]:
    out = [target] if "itemprop" in target.attributes else []
    if "itemscope" in target.attributes:
        return out
    for node in target.css("[itemprop]"):
        if len(out) >= _MAX_REFERENCED:
            break
        parent, steps = node.parent, 0
        while parent is not None and parent.mem_id != target.mem_id and steps < _MAX_ANCESTORS:
            if "itemscope" in parent.attributes:
                break
            parent, steps = parent.parent, steps + 1
        else:
            if parent is not None and parent.mem_id == target.mem_id:
                out.append(node)
    return out


def _microdata_item(
    scope: LexborNode,
    syntax: _Syntax,
    props: dict[int, list[LexborNode]],
    depth: int,
    budget: _Budget,
) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": sorted(_node_types(scope, syntax))}
    if depth >= _MAX_ITEM_DEPTH:
        return item
    for node in props.get(scope.mem_id, ()):
        if syntax.scope in node.attributes:
            value: Any = _microdata_item(node, syntax, props, depth + 1, budget)
        else:
            value = _microdata_value(node, budget)
        for name in (node.attributes.get(syntax.prop) or "").split():
            # RDFa may prefix the vocabulary: property="schema:startDate".
            item.setdefault(local_name(name), []).append(value)
    return {k: (v[0] if isinstance(v, list) and len(v) == 1 else v) for k, v in item.items()}


def _microdata_value(node: LexborNode, budget: _Budget) -> Any:
    attrs = node.attributes
    tag = node.tag
    if attrs.get("content") is not None:
        return attrs["content"]
    if tag in _URL_PROPS:
        return attrs.get(_URL_PROPS[tag]) or ""
    if tag == "time" and attrs.get("datetime"):
        # Keep the visible text beside the machine value for the cross-check.
        return {"@datetime": attrs["datetime"], "@text": node.text(deep=True)}
    if tag in ("data", "meter") and attrs.get("value") is not None:
        return attrs["value"]
    if tag == "object":
        return attrs.get("data") or ""
    return _node_text(node, budget)


# Elements inside a line of text: "<em>drei</em>." reads "drei.", "<b>KI</b>-Werkstatt"
# "KI-Werkstatt". Every other element (p, div, br, li, …) ends a line: an address written
# "Porscheplatz 1<br>45127 Essen" keeps its two lines.
INLINE_ELEMENTS = frozenset(
    (
        *("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i"),
        *("kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time"),
        *("u", "var", "wbr"),
    )
)
_MARKUP_BUDGET = 2_000_000  # characters of markup per page read element by element
_HIDDEN = re.compile(r"<(script|style|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_MARKUP = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]{0,2000}>")


@dataclass(slots=True)
class _Budget:
    """Characters of markup a page's text properties may still be read from element by
    element (nested properties serialise the same markup again and again)."""

    left: int


def _node_text(node: LexborNode, budget: _Budget) -> str:
    """The text of ``node`` as a reader sees it: inline markup joins, other elements
    break lines (``\\n``; whitespace is collapsed later, an address is split at them)."""
    if budget.left <= 0:
        return node.text(deep=True, separator=" ")
    markup = node.html or ""
    budget.left -= len(markup)
    return html.unescape(_MARKUP.sub(_break, _HIDDEN.sub("", markup)))


def _break(match: re.Match[str]) -> str:
    return "" if match.group(2).lower() in INLINE_ELEMENTS else "\n"


def _plain(value: Any) -> str | None:
    """A name as written (the first of several, or a ``{"@value": …}``), not yet cleaned."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    return value if isinstance(value, str) else None


def local_name(name: str) -> str:
    """A schema.org name without its vocabulary: "https://schema.org/EventCancelled",
    "schema:startDate" → "EventCancelled", "startDate"."""
    if "/" in name or ":" in name or "#" in name:
        return _LOCAL.search(name).group()  # type: ignore[union-attr] # always matches
    return name


_LOCAL = re.compile(r"[^/:#]*$")
