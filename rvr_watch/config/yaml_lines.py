"""Reading the config's YAML: text → plain data that remembers the line of every key.

Used by :mod:`rvr_watch.config.model` only. PyYAML *composes* the text into nodes (no Python
objects yet); the nodes become dicts, lists and scalars here, which lets duplicate keys
be found and every key's line be kept. ``${VAR}`` is expanded in string scalars at this
point - after YAML parsing, so an environment value can never add YAML structure. An
unquoted scalar is re-typed after expansion (``timeout_s: ${TIMEOUT}`` becomes a number);
that resolves the type of one scalar only. ``$${`` gives a literal ``${``.

The problems :mod:`rvr_watch.config.validate` finds are turned into :class:`Problem` values
with the line of the key they concern, and rendered as ``FILE:LINE: dotted.key: message``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from rvr_watch.config.validate import Loc, dotted

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_STR_TAG = "tag:yaml.org,2002:str"
_REFERENCE = re.compile(r"\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$\{")
_MAX_DEPTH = 32  # a recursive alias (&a [*a]) must not recurse forever
# libyaml's C parser composes nodes with the same line marks, about ten times faster than
# the pure-Python one (a 1000-page config: 0.8 s → under 0.1 s). Builds of PyYAML
# without libyaml fall back to the pure-Python loader; the messages below cover both.
LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        root = yaml.compose(text, Loader=LOADER)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        lines = text.splitlines()
        line_text = lines[line - 1] if 0 < line <= len(lines) else ""
        column = mark.column if mark else 0
        what = yaml_problem(e.problem or "", e.context or "", line_text, column)
        raise InvalidYaml(line, what) from None
    except yaml.YAMLError as e:  # unmarked: a stream-level problem
        raise InvalidYaml(1, str(e)) from None
    if root is None:
        return None
    document = YamlDocument(data=None)
    document.data = _Builder(document, env).build(root, ())
    return document


def yaml_problem(problem: str, context: str, line_text: str, column: int) -> str:
    """A YAML syntax error in our words (PyYAML's and libyaml's wordings both)."""
    if "\t" in line_text[: max(column, 0) + 1] and "cannot start any token" in problem:
        return "a tab character: YAML indents with spaces only"
    if "cannot start any token" in problem:
        char = line_text[column : column + 1] or "?"
        return f"{char!r} cannot start a value; put the value in quotes"
    if "mapping values are not allowed" in problem:
        return (
            "a ': ' where no key can start: put a value that contains ': ' in quotes, "
            "or check this line's indentation"
        )
    if (
        "expected '-' indicator" in problem
        or "expected <block end>" in problem
        or "did not find expected key" in problem
        or "could not find expected ':'" in problem
    ):
        return (
            "the indentation does not line up with the lines above "
            "(keys of one mapping start in the same column; list items start with '- ')"
        )
    if "quoted scalar" in context:
        return "a quoted value is not closed (a \" or ' is missing)"
    for opener, closer in (("[", "]"), ("{", "}")):
        if f"'{closer}'" in problem:
            return f"a {opener} is not closed (a {closer!r} is missing)"
    if "undefined alias" in problem:
        return (
            "'*' refers to an anchor that is not defined; put a value starting with '*' in quotes"
        )
    if "another document" in problem:
        return "more than one YAML document ('---'); the configuration is one document"
    return f"cannot be read as YAML ({problem or context})"


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
        # PyYAML's constructors fail on malformed tagged scalars with whatever their
        # code runs into (``!!timestamp x``: AttributeError), not only with YAMLError.
        except (yaml.YAMLError, ValueError, TypeError, AttributeError, OverflowError):
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
        # A plain scalar's style is None (PyYAML) or "" (libyaml).
        if expanded == value or node.style:
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


def add_checked_problem(
    document: YamlDocument,
    loc: Loc,
    message: str,
    known_keys: Collection[str] | None = None,
) -> None:
    """Record a problem the validation found, unless it is about a value whose ``${VAR}``
    failed (that failure is the problem).

    ``known_keys``, given for an unknown key, names the keys allowed beside it, for a
    "did you mean" hint.
    """
    if any(loc[: len(bad)] == bad for bad in document.unexpanded):
        return
    if known_keys is not None and loc:
        message += did_you_mean(str(loc[-1]), known_keys)
    document.add(loc, message)


def did_you_mean(word: str, choices: Collection[str]) -> str:
    """`` (did you mean `schedule`?)`` for the closest choice, or "" when none is close."""
    close = difflib.get_close_matches(word.lower(), sorted(choices), n=1, cutoff=0.75)
    return f" (did you mean `{close[0]}`?)" if close else ""


def render(problems: list[Problem], source: str) -> list[str]:
    """``FILE:LINE: dotted.key: message`` lines, sorted by line."""
    return [
        f"{source}:{p.line}: {dotted(p.loc)}: {p.message}"
        if p.loc
        else f"{source}:{p.line}: {p.message}"
        for p in sorted(problems, key=lambda p: p.line)
    ]
