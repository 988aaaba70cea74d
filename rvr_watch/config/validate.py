"""Checking plain configuration data against the frozen dataclasses of :mod:`.model`.

Each field of those dataclasses names its :data:`Rule` in its metadata (``rule(...)``).
A rule takes the value found for the field (from YAML: dicts, lists and scalars; in
code: anything a caller passes) and returns the value the field keeps (a list becomes a
tuple, an int a float, a time zone name a ``ZoneInfo``), or reports what is wrong and
returns :data:`INVALID`. :meth:`Checker.section` walks a mapping field by field, in the
order the class declares them, then names the keys it does not know, so one pass
reports every problem, each with the key path (``loc``) it is about.

Types are strict: no text is read as a number or a boolean, a boolean is not an
integer, and only a number field takes an integer (as a float). Messages describe a
wrong value's type, never the value itself: it may be a secret.

The module imports nothing beyond the standard library, so loading a configuration
costs little start-up time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, Final, NamedTuple

Loc = tuple[str | int, ...]


class _Invalid:
    """The type of :data:`INVALID`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = _Invalid()
"""What a rule returns for a value it reported a problem about."""

# rule(checker, value, loc, siblings) → the value to keep, or INVALID. ``siblings`` are
# the fields of the same mapping that were checked before this one and are valid.
Rule = Callable[["Checker", Any, Loc, Mapping[str, Any]], Any]
# A check of a value whose type is already right: raises ValueError with the message.
Check = Callable[[Any], object]
# The same, for a check that needs the validation's context or the fields before it.
InfoCheck = Callable[[Any, "Info"], object]
_RULE = "rvr_watch.rule"
_KEY = "rvr_watch.key"


# NamedTuples, not dataclasses, for the module's own records: a class is made ten
# times faster (start-up time).
class Issue(NamedTuple):
    """One problem: the key path, the message, and for an unknown key the keys allowed."""

    loc: Loc
    message: str
    known_keys: frozenset[str] | None = None


class Info(NamedTuple):
    """What an :data:`InfoCheck` gets beside the value: the validation's ``context``, and
    ``data``, the fields of the same mapping checked (and valid) before this one."""

    context: Mapping[str, object]
    data: Mapping[str, Any]


class Checker:
    """Collects the issues of one validation; ``context`` holds its parameters."""

    def __init__(self, context: Mapping[str, object] | None = None) -> None:
        self.context: Mapping[str, object] = context or {}
        self.issues: list[Issue] = []

    def report(self, loc: Loc, message: str) -> _Invalid:
        """Record a problem about ``loc``; returns :data:`INVALID` for the caller to return."""
        self.issues.append(Issue(loc, message))
        return INVALID

    def section(self, cls: type[Any], data: object, loc: Loc = ()) -> Any:
        """``data`` (a mapping) as an instance of dataclass ``cls``, or :data:`INVALID`.

        An instance of ``cls`` is taken as it is (it was checked when it was made).
        Absent keys take their defaults; a key without a default is reported missing.
        """
        if isinstance(data, cls):
            return data
        if not isinstance(data, dict):
            return self.report(loc, f"expected a mapping, got {describe(data)}")
        values: dict[str, Any] = {}
        valid = True
        spec = _spec(cls)
        for name, field_rule, default in spec.fields:
            if name in data:
                value = field_rule(self, data[name], (*loc, name), values)
            elif default is not dataclasses.MISSING:
                value = default()
            else:
                value = self.report((*loc, name), "required key is missing")
            if value is INVALID:
                valid = False
            else:
                values[name] = value
        for key in data:
            if key not in spec.keys:
                self.issues.append(Issue((*loc, key), "unknown key", spec.keys))
                valid = False
        if not valid:
            return INVALID
        return build(cls, {**spec.unset, **values})

    def run(self, checks: tuple[Check, ...], value: Any, loc: Loc) -> Any:
        """``value`` after ``checks`` in order; the first ``ValueError`` is the problem."""
        for check in checks:
            try:
                check(value)
            except ValueError as e:
                return self.report(loc, str(e))
        return value


class _Spec(NamedTuple):
    # (name, rule, default factory or MISSING) of each YAML key, in declaration order.
    fields: tuple[tuple[str, Rule, Any], ...]
    keys: frozenset[str]
    unset: dict[str, Any]  # the fields that are not YAML keys, with their defaults


_SPECS: dict[type[Any], _Spec] = {}


def _spec(cls: type[Any]) -> _Spec:
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = _make_spec(cls)
    return spec


def _make_spec(cls: type[Any]) -> _Spec:
    fields = []
    unset: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        default = _default_of(field)
        if field.metadata.get(_KEY, True):
            fields.append((field.name, field.metadata[_RULE], default))
        else:
            unset[field.name] = default()
    return _Spec(tuple(fields), frozenset(name for name, _, _ in fields), unset)


def _default_of(field: dataclasses.Field[Any]) -> Any:
    if field.default is not dataclasses.MISSING:
        value = field.default
        return lambda: value
    return field.default_factory


def build(cls: type[Any], values: Mapping[str, Any]) -> Any:
    """An instance of dataclass ``cls`` holding ``values``, which have been checked already.

    Bypasses ``__init__`` (and so ``__post_init__``): the checks ran with the caller's
    context, which ``__post_init__`` does not have.
    """
    instance = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(instance, name, value)
    return instance


def check_instance(instance: Any) -> list[str]:
    """Check the fields of a dataclass instance made in code, keeping converted values.

    Returns the problems as ``Class.key: message`` lines (empty when all is well).
    """
    cls = type(instance)
    checker = Checker()
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        given = getattr(instance, field.name)
        value = field.metadata[_RULE](checker, given, (field.name,), values)
        if value is not INVALID:
            values[field.name] = value
            if value is not given:
                object.__setattr__(instance, field.name, value)
    return [f"{cls.__name__}.{dotted(p.loc)}: {p.message}" for p in checker.issues]


def rule(check: Rule, *, key: bool = True) -> dict[str, object]:
    """A field's metadata: its rule, and whether the file may set it (``key``)."""
    return {_RULE: check, _KEY: key}


# --- rules ---------------------------------------------------------------------------


def text(*checks: Check) -> Rule:
    """A string (nothing else is turned into one), then ``checks``."""
    return _of_type(str, "a string", checks)


def _of_type(kind: type, expected: str, checks: tuple[Check, ...]) -> Rule:
    """A value that is a ``kind`` (nothing is converted to one), then ``checks``."""

    def check_type(checker: Checker, value: Any, loc: Loc, _: Mapping[str, Any]) -> Any:
        if not isinstance(value, kind):
            return checker.report(loc, f"expected {expected}, got {describe(value)}")
        return checker.run(checks, value, loc)

    return check_type


def optional_text() -> Rule:
    """A string or null."""
    some_text = text()

    def check_optional(checker: Checker, value: Any, loc: Loc, siblings: Mapping[str, Any]) -> Any:
        return None if value is None else some_text(checker, value, loc, siblings)

    return check_optional


def integer(*, gt: int | None = None, ge: int | None = None) -> Rule:
    """An integer (not true/false, not a number with a fraction part, not text)."""

    def check_integer(checker: Checker, value: Any, loc: Loc, _: Mapping[str, Any]) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return checker.report(loc, f"expected an integer, got {describe(value)}")
        return _bounded(checker, value, loc, gt, ge)

    return check_integer


def number(*, gt: float | None = None) -> Rule:
    """A number, kept as a float; an integer is taken if a float can hold it."""

    def check_number(checker: Checker, value: Any, loc: Loc, _: Mapping[str, Any]) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            try:
                value = float(value)
            except OverflowError:  # beyond 1.8e308
                return checker.report(loc, "expected a number, got an integer")
        if not isinstance(value, float):
            return checker.report(loc, f"expected a number, got {describe(value)}")
        return _bounded(checker, value, loc, gt, None)

    return check_number


def _bounded(
    checker: Checker, value: float, loc: Loc, gt: float | None, ge: float | None
) -> float | _Invalid:
    # Written as "not (value > gt)" so that NaN is refused.
    if gt is not None and not value > gt:
        return checker.report(loc, f"must be greater than {gt:g}")
    if ge is not None and not value >= ge:
        return checker.report(loc, f"must be at least {ge:g}")
    return value


def boolean(*checks: Check) -> Rule:
    """true or false (not 1, not "yes")."""
    return _of_type(bool, "true or false", checks)


def one_of(*choices: str) -> Rule:
    """One of the strings ``choices``."""
    quoted = [repr(choice) for choice in choices]
    expected = f"{', '.join(quoted[:-1])} or {quoted[-1]}" if len(quoted) > 1 else quoted[0]

    def check_choice(checker: Checker, value: Any, loc: Loc, _: Mapping[str, Any]) -> Any:
        if isinstance(value, str) and value in choices:
            return value
        shown = repr(value)[:40] if isinstance(value, str) else describe(value)
        return checker.report(loc, f"must be {expected}, got {shown}")

    return check_choice


def then(first: Rule, check: InfoCheck) -> Rule:
    """``first``, then ``check`` on what it kept (its ``ValueError`` is the problem)."""

    def check_then(checker: Checker, value: Any, loc: Loc, siblings: Mapping[str, Any]) -> Any:
        value = first(checker, value, loc, siblings)
        if value is INVALID:
            return INVALID
        try:
            check(value, Info(checker.context, siblings))
        except ValueError as e:
            return checker.report(loc, str(e))
        return value

    return check_then


def converted(convert: Callable[[Any], Any]) -> Rule:
    """Whatever ``convert`` makes of the value; its ``ValueError`` is the problem."""

    def check_converted(checker: Checker, value: Any, loc: Loc, _: Mapping[str, Any]) -> Any:
        try:
            return convert(value)
        except ValueError as e:
            return checker.report(loc, str(e))

    return check_converted


def list_of(item: Rule, *checks: Check, into: type[tuple[Any, ...] | frozenset[Any]]) -> Rule:
    """A list whose items pass ``item``, kept as ``into`` (tuple or frozenset); then
    ``checks`` on the whole (run only when every item is valid)."""
    accepted = (list, tuple) if into is tuple else (list, tuple, set, frozenset)

    def check_list(checker: Checker, value: Any, loc: Loc, _: Mapping[str, Any]) -> Any:
        if not isinstance(value, accepted):
            return checker.report(loc, f"expected a list, got {describe(value)}")
        items = [item(checker, entry, (*loc, i), {}) for i, entry in enumerate(value)]
        if any(entry is INVALID for entry in items):
            return INVALID
        return checker.run(checks, into(items), loc)

    return check_list


def section(cls: type[Any]) -> Rule:
    """A mapping checked as dataclass ``cls`` (or an instance of it, made in code)."""

    def check_section(checker: Checker, value: Any, loc: Loc, _: Mapping[str, Any]) -> Any:
        return checker.section(cls, value, loc)

    return check_section


def none_as(default: object, inner: Rule) -> Rule:
    """Null read as ``default`` before ``inner``."""

    def check_none(checker: Checker, value: Any, loc: Loc, siblings: Mapping[str, Any]) -> Any:
        return inner(checker, default if value is None else value, loc, siblings)

    return check_none


# --- words -----------------------------------------------------------------------------


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
    for kind, words in kinds:
        if isinstance(value, kind):
            return words
    return f"a {type(value).__name__}"


def dotted(loc: Loc) -> str:
    """``("pages", 0, "schedule")`` → ``pages[0].schedule``."""
    words = ""
    for part in loc:
        words += f"[{part}]" if isinstance(part, int) else f".{part}" if words else part
    return words
