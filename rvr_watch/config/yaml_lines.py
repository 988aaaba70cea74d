"""Reading the config's YAML: text → plain data that remembers the line of every key.

Used by :mod:`rvr_watch.config.model` only. PyYAML *composes* the text into nodes (no Python
objects yet); the nodes become dicts, lists and scalars here, which lets duplicate keys
be found and every key's line be kept. ``${VAR}`` is expanded in string scalars at this
point - after YAML parsing, so an environment value can never add YAML structure. An
unquoted scalar is re-typed after expansion (``timeout_s: ${TIMEOUT}`` becomes a number);
that resolves the type of one scalar only. ``$${`` gives a literal ``${``.

Validation errors (pydantic's) are turned into :class:`Problem` values with the line of
the key they concern, and rendered as ``FILE:LINE: dotted.key: message``. Messages
describe a wrong value's type, never the value itself: it may be a secret.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml
from pydantic_core import ErrorDetails

Loc = tuple[str | int, ...]

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_STR_TAG = "tag:yaml.org,2002:str"
_REFERENCE = re.compile(r"\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$\{")
_MAX_DEPTH = 32  # a recursive alias (&a [*a]) must not recurse forever


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the config, at ``line``, about the key at ``loc``."""

    line: int
    loc: Loc
    message: str


class InvalidYaml(Exception):
    """The text is not YAML; ``line`` (1-based) and ``what`` say where and why."""

    def __init__(self, line: int, what: str) -> None:
        self.line = line
        self.what = what
        super().__init__(f"line {line}: {what}")


@dataclass
class YamlDocument:
    """The document as plain data, the line of every key/item, and problems found so far."""

    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    unexpanded: list[Loc] = field(default_factory=list)  # a ${VAR} failed: no more errors here

    def line(self, loc: Loc) -> int:
        """The line of ``loc``, else of its nearest ancestor that is in the file."""
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.lines:
                return self.lines[loc[:end]]
        return 1

    def add(self, loc: Loc, message: str) -> None:
        """Record a problem about ``loc`` at its line."""
        self.problems.append(Problem(self.line(loc), loc, message))


def read_yaml(text: str, env: Mapping[str, str]) -> YamlDocument | None:
    """Compose ``text`` and build its data; ``None`` for an empty document.

    Raises :class:`InvalidYaml` for a syntax error.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        raise InvalidYaml(mark.line + 1 if mark else 1, e.problem or e.context or "?") from None
    except yaml.YAMLError as e:  # unmarked: a stream-level problem
        raise InvalidYaml(1, str(e)) from None
    if root is None:
        return None
    document = YamlDocument(data=None)
    document.data = _Builder(document, env).build(root, ())
    return document


class _Builder:
    """Turns composed nodes into data, noting lines, duplicate keys and ``${VAR}``s."""

    def __init__(self, document: YamlDocument, env: Mapping[str, str]) -> None:
        self.doc = document
        self.env = env
        self.loader = yaml.SafeLoader("")  # used only as scalar constructor and resolver

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        self.doc.lines.setdefault(loc, node.start_mark.line + 1)
        if len(loc) > _MAX_DEPTH:
            self.doc.add(loc, "nested too deeply")
            return None
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP_TAG:
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ_TAG:
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, loc)
        self.doc.add(loc, f"unsupported YAML tag {node.tag!r}")
        return None

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._scalar(key_node, loc) if isinstance(key_node, yaml.ScalarNode) else None
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                self.doc.problems.append(Problem(line, loc, "a key must be a string"))
                continue
            if key in result:
                first = self.doc.lines[(*loc, key)]
                message = f"duplicate key (first at line {first})"
                self.doc.problems.append(Problem(line, (*loc, key), message))
                continue
            self.doc.lines[(*loc, key)] = line
            result[key] = self.build(value_node, (*loc, key))
        return result

    def _scalar(self, node: yaml.ScalarNode, loc: Loc) -> Any:
        try:
            value = self.loader.construct_object(node)
        except (yaml.YAMLError, ValueError):
            self.doc.add(loc, f"unsupported value (YAML tag {node.tag!r})")
            return None
        if not isinstance(value, str) or node.tag != _STR_TAG:
            return value
        failures: list[str] = []
        expanded = _REFERENCE.sub(lambda m: self._substitute(m, failures), value)
        if failures:
            for message in failures:
                self.doc.add(loc, message)
            self.doc.unexpanded.append(loc)
            return value
        if expanded == value or node.style is not None:
            return expanded
        tag = self.loader.resolve(yaml.ScalarNode, expanded, (True, False))  # type: ignore[no-untyped-call]
        try:
            return self.loader.construct_object(yaml.ScalarNode(tag, expanded))
        except (yaml.YAMLError, ValueError):
            return expanded

    def _substitute(self, match: re.Match[str], failures: list[str]) -> str:
        if match[0] == "$${":
            return "${"
        name = match[1]
        if name is None:
            failures.append(
                "malformed ${...}: a name is [A-Za-z_][A-Za-z0-9_]*; $${ is a literal ${"
            )
        elif name not in self.env:
            failures.append(f"environment variable {name} is not set")
        else:
            return self.env[name]
        return match[0]


def duplicate_names(document: YamlDocument, section: str, what: str) -> None:
    """Record a problem for every entry of list ``section`` that repeats an earlier name."""
    items = document.data.get(section) if isinstance(document.data, dict) else None
    if not isinstance(items, list):
        return
    first_seen: dict[str, int] = {}
    for index, item in enumerate(items):
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str):
            continue
        loc: Loc = (section, index, "name")
        if name in first_seen:
            document.add(loc, f"duplicate {what} name {name!r} (first at line {first_seen[name]})")
        else:
            first_seen[name] = document.line(loc)


def add_validation_error(document: YamlDocument, error: ErrorDetails) -> None:
    """Record one pydantic error, unless it is about a value whose ``${VAR}`` failed."""
    loc = tuple(error["loc"])
    if not any(loc[: len(bad)] == bad for bad in document.unexpanded):
        document.add(loc, _message(error))


def render(problems: list[Problem], source: str) -> list[str]:
    """``FILE:LINE: dotted.key: message`` lines, sorted by line."""
    return [
        f"{source}:{p.line}: {dotted(p.loc)}: {p.message}"
        if p.loc
        else f"{source}:{p.line}: {p.message}"
        for p in sorted(problems, key=lambda p: p.line)
    ]


def dotted(loc: Loc) -> str:
    """``("pages", 0, "schedule")`` → ``pages[0].schedule``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else part
    return text


def describe(value: object) -> str:
    """What kind of YAML value ``value`` is, for messages (not the value: it may be secret)."""
    kinds: tuple[tuple[type, str], ...] = (
        (bool, "true/false"),
        (int, "an integer"),
        (float, "a number"),
        (str, "a string"),
        (list, "a list"),
        (dict, "a mapping"),
    )
    if value is None:
        return "null"
    for kind, text in kinds:
        if isinstance(value, kind):
            return text
    return f"a {type(value).__name__}"


_EXPECTED = {
    "string_type": "a string",
    "int_type": "an integer",
    "float_type": "a number",
    "bool_type": "true or false",
    "tuple_type": "a list",
    "list_type": "a list",
    "frozen_set_type": "a list",
    "set_type": "a list",
    "model_type": "a mapping",
    "dict_type": "a mapping",
}


def _message(error: ErrorDetails) -> str:
    kind, ctx = error["type"], error.get("ctx", {})
    if kind == "value_error":
        return str(ctx["error"])
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {describe(error['input'])}"
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if kind == "greater_than":
        return f"must be greater than {ctx['gt']:g}"
    if kind == "greater_than_equal":
        return f"must be at least {ctx['ge']:g}"
    if kind == "literal_error":
        value = error["input"]
        shown = repr(value)[:40] if isinstance(value, str) else describe(value)
        return f"must be {ctx['expected']}, got {shown}"
    msg = error["msg"]
    return msg[:1].lower() + msg[1:]
