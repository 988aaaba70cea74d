"""The configuration file: YAML → one frozen, typed :class:`Config`, or a :class:`ConfigError`.

Design: the public types are frozen dataclasses (``kw_only``, ``slots``) whose fields
name their rules in their metadata (:mod:`rvr_watch.config.validate`), so the rules live
in one place and the result is immutable; other modules and tests can also build them
directly (``PageConfig(name=..., url=...)``) and get the same checks (a
:class:`ConfigError` naming the field). Reading happens in two steps:

1. :mod:`rvr_watch.config.yaml_lines` turns the YAML text into plain data that remembers the
   line of every key, reports duplicate keys and expands ``${VAR}`` in string values
   (after YAML parsing, so a value cannot inject YAML; ``$${`` is a literal ``${``);
2. :mod:`rvr_watch.config.validate` checks everything at once; each problem's key path is
   mapped back to its line.

Every problem is reported, sorted by line, as ``FILE:LINE: dotted.key: what is wrong``.
Secret values (notify URLs, the database URL, ``web.mail``) never appear in messages or
in ``repr``.

A relative SQLite path (``sqlite:///rvr-watch.db``) is resolved against the directory of
the config file, so ``rvr-watch check`` from cron finds the same database whatever the
working directory is.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import os
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from notify.redact import redact_text, redact_url, unencoded_in_password
from rvr_watch import HOMEPAGE, __version__
from rvr_watch.config.cron import check_schedule, make_trigger
from rvr_watch.config.validate import (
    Checker,
    Info,
    boolean,
    check_instance,
    converted,
    describe,
    integer,
    list_of,
    none_as,
    number,
    one_of,
    optional_text,
    rule,
    section,
    text,
    then,
)
from rvr_watch.config.yaml_lines import (
    InvalidYaml,
    add_checked_problem,
    duplicate_names,
    read_yaml,
    render,
)
from rvr_watch.errors import UsageError
from storage.kinds import CHANGE_KINDS

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

CONFIG_ENV = "RVR_WATCH_CONFIG"
DEFAULT_USER_AGENT = f"rvr-watch/{__version__} (+{HOMEPAGE})"
DEFAULT_KINDS = frozenset({"new_date", "rescheduled", "updated", "cancelled", "removed"})
# What a subscriber can ask for: every event change, and the monitor's alerts (whose
# recovery notices go to the same subscribers).
ALL_KINDS = (*CHANGE_KINDS, "monitor_error")
DEFAULT_PARSERS = frozenset({"rvr-series"})


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` holds one line per problem."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


# --- field checks (each raises ValueError with the text shown to the user) ---------------


def _non_empty(value: str) -> None:
    if not value.strip():
        raise ValueError("must not be empty")


def _non_empty_seq(value: tuple[object, ...]) -> None:
    if not value:
        raise ValueError("must list at least one entry")


def _check_page_name(value: str) -> None:
    if not re.fullmatch(r"[a-z0-9-]+", value):
        raise ValueError(f"must use only a-z, 0-9 and '-', got {value!r}")


def _check_http_url(value: str) -> None:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http or https URL, got {redact_text(value)!r}")


# The databases rvr-watch is built and tested for, with the drivers it installs.
_DATABASE_DRIVERS = {"sqlite": (None, "pysqlite"), "postgresql": (None, "psycopg")}
_DATABASE_EXAMPLE = "sqlite:///rvr-watch.db or postgresql+psycopg://user@host/db"


def _check_database_url(value: str) -> None:
    match = re.match(r"([A-Za-z][A-Za-z0-9]*)(?:\+(\w+))?://", value)
    if match is None:
        raise ValueError(f"not a database URL (such as {_DATABASE_EXAMPLE})")
    backend, driver = match[1].lower(), match[2]
    drivers = _DATABASE_DRIVERS.get(backend)
    if drivers is None:
        raise ValueError(f"unsupported database {backend!r} (sqlite or postgresql)")
    if driver not in drivers:
        use = "postgresql+psycopg://" if backend == "postgresql" else "sqlite:///"
        raise ValueError(f"unsupported driver {driver!r} for {backend} (use {use})")
    rest = value[match.end() :]
    if backend == "sqlite" and rest.split("?")[0] in ("", "/", "/:memory:"):
        raise ValueError(
            "an in-memory SQLite database keeps nothing between runs; give a file, such as "
            "sqlite:///rvr-watch.db"
        )


def _check_apprise_url(value: str, info: Info) -> None:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*://\S+", value):
        raise ValueError(f"not an apprise URL (scheme://...): {_hide_url(value)!r}")
    char = unencoded_in_password(value)
    if char is not None:
        raise ValueError(
            f"the password holds an unencoded {char!r}, which ends it early for every URL "
            f"parser: write it as {quote(char, safe='')} (percent-encode the password)"
        )
    check = cast("UrlCheck | None", info.context.get("check_url", _service_check()))
    problem = check(value) if check is not None else None
    if problem:
        raise ValueError(problem)


UrlCheck = Callable[[str], str | None]


@functools.cache
def _service_check() -> UrlCheck | None:
    """``notify.urls.check_url``: scheme known, required parameters present (one line, no
    secrets). Cheap by contract (no apprise import for the services rvr-watch sends
    itself), so loading the config stays fast."""
    try:
        module = importlib.import_module("notify.urls")
    except ImportError:  # a notify package without it: the syntax check above only
        return None
    check: UrlCheck | None = getattr(module, "check_url", None)
    return check


def _hide_url(value: str) -> str:
    """A malformed notify URL for a message: redacted, or only its scheme when it has no
    ``//`` (a redactor cannot tell user and password apart in ``mailto:/user:pw@host``)."""
    scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value)
    if scheme and value[scheme.end() :].startswith("//"):
        return redact_url(value)
    return f"{scheme[0]}***" if scheme else "***"


def _check_cron(value: str) -> None:
    try:
        check_schedule(value)
    except ValueError as e:
        raise ValueError(f"invalid cron expression {value!r} ({e})") from None


def _check_kind(value: str) -> None:
    if value not in ALL_KINDS:
        raise ValueError(f"unknown change kind {value!r} (one of: {', '.join(ALL_KINDS)})")


def _check_kinds(value: frozenset[str]) -> None:
    if not value:
        raise ValueError("must list at least one kind")


def _check_parser(value: str, info: Info) -> None:
    known = cast("Collection[str]", info.context.get("parsers") or _known_parsers())
    if value not in known:
        raise ValueError(f"unknown parser {value!r} (known: {', '.join(sorted(known))})")


def _mail_needed(value: bool, info: Info) -> None:
    mail = info.data.get("mail") or ""
    if value and not re.match(r"mailtos?://", mail):
        raise ValueError("true needs web.mail, a mailto:// or mailtos:// URL to send from")


def _to_zone(value: object) -> ZoneInfo:
    if isinstance(value, ZoneInfo):
        return value
    if not isinstance(value, str):
        raise ValueError(
            f"expected a time zone name such as 'Europe/Berlin', got {describe(value)}"
        )
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {value!r}") from None


def _to_path(value: object) -> Path | None:
    if value is None or isinstance(value, Path):
        return value
    if isinstance(value, str):
        return Path(value)
    raise ValueError(f"expected a path, got {describe(value)}")


def _known_parsers() -> frozenset[str]:
    # The parser registry lives in the scraper; imported late (it pulls in the HTML parser).
    try:
        module = importlib.import_module("scraper.parsers")
    except ImportError:
        return DEFAULT_PARSERS
    return frozenset(getattr(module, "PARSERS", DEFAULT_PARSERS))


_TEXT = text(_non_empty)

# --- the typed configuration ----------------------------------------------------------


class _Checked:
    """The configuration's dataclasses: one made in code is checked like one read from a
    file (without a context: the scraper's parsers, notify's URL check)."""

    __slots__ = ()

    def __post_init__(self) -> None:
        problems = check_instance(self)
        if problems:
            raise ConfigError(problems)


@dataclass(frozen=True, slots=True, kw_only=True)
class HttpConfig(_Checked):
    """How pages are fetched."""

    user_agent: str = field(default=DEFAULT_USER_AGENT, metadata=rule(_TEXT))
    timeout_s: float = field(default=30.0, metadata=rule(number(gt=0)))
    max_bytes: int = field(default=5_000_000, metadata=rule(integer(gt=0)))
    robots: bool = field(default=True, metadata=rule(boolean()))


@dataclass(frozen=True, slots=True, kw_only=True)
class PageConfig(_Checked):
    """One watched page."""

    name: str = field(metadata=rule(text(_check_page_name)))
    url: str = field(metadata=rule(text(_check_http_url)))
    parser: str = field(default="rvr-series", metadata=rule(then(text(), _check_parser)))
    schedule: str = field(default="0 * * * *", metadata=rule(text(_check_cron)))
    error_threshold: int = field(default=3, metadata=rule(integer(ge=1)))

    def trigger(self, tz: ZoneInfo) -> CronTrigger:
        """The APScheduler trigger for this page's schedule in time zone ``tz``."""
        return make_trigger(self.schedule, tz)


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriberConfig(_Checked):
    """Someone who is told about changes, through one or more apprise URLs."""

    name: str = field(metadata=rule(_TEXT))
    notify: tuple[str, ...] = field(
        repr=False,
        metadata=rule(list_of(then(text(), _check_apprise_url), _non_empty_seq, into=tuple)),
    )
    kinds: frozenset[str] = field(
        default=DEFAULT_KINDS,
        metadata=rule(list_of(text(_check_kind), _check_kinds, into=frozenset)),
    )
    language: Literal["de", "en"] = field(default="de", metadata=rule(one_of("de", "en")))
    # A delivery whose outcome is uncertain (it may have arrived) is resent once, or never.
    resend_uncertain: Literal["once", "never"] = field(
        default="once", metadata=rule(one_of("once", "never"))
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class WebConfig(_Checked):
    """The website of ``rvr-watch serve`` (see docs/web.md)."""

    base_url: str = field(default="http://127.0.0.1:8080/", metadata=rule(text(_check_http_url)))
    # mailto(s):// URL that sends confirmations and alerts to web subscribers (to= is added).
    mail: str | None = field(default=None, repr=False, metadata=rule(optional_text()))
    subscriptions: bool = field(  # after mail: its check reads mail
        default=False, metadata=rule(then(boolean(), _mail_needed))
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Config(_Checked):
    """The whole configuration; ``source`` is the file it was read from (not a YAML key)."""

    database: str = field(
        default="sqlite:///rvr-watch.db",
        repr=False,
        metadata=rule(text(_non_empty, _check_database_url)),
    )
    timezone: ZoneInfo = field(
        default=ZoneInfo("Europe/Berlin"), metadata=rule(converted(_to_zone))
    )
    # An empty section (``http:`` with every line commented out) means its defaults.
    http: HttpConfig = field(
        default_factory=HttpConfig, metadata=rule(none_as({}, section(HttpConfig)))
    )
    pages: tuple[PageConfig, ...] = field(
        metadata=rule(list_of(section(PageConfig), _non_empty_seq, into=tuple))
    )
    subscribers: tuple[SubscriberConfig, ...] = field(
        default=(), metadata=rule(none_as((), list_of(section(SubscriberConfig), into=tuple)))
    )
    web: WebConfig = field(
        default_factory=WebConfig, metadata=rule(none_as({}, section(WebConfig)))
    )
    source: Path | None = field(default=None, metadata=rule(converted(_to_path), key=False))

    def page(self, name: str) -> PageConfig:
        """The page called ``name``; a usage error naming the known pages if there is none."""
        for page in self.pages:
            if page.name == name:
                return page
        known = ", ".join(page.name for page in self.pages)
        raise UsageError(f"no page named {name!r} in the configuration (known: {known})")


# --- public functions -----------------------------------------------------------------


def resolve_config_path(cli_value: str | None, env: Mapping[str, str] = os.environ) -> Path:
    """``--config FILE``, else ``$RVR_WATCH_CONFIG``, else ``./config.yaml``."""
    if cli_value:
        return Path(cli_value)
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    return Path("config.yaml")


def load_config(
    path: Path,
    env: Mapping[str, str] = os.environ,
    *,
    parsers: Collection[str] | None = None,
) -> Config:
    """Read and validate the config file at ``path``; raises :class:`ConfigError`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            [f"config file not found: {path} (use --config or {CONFIG_ENV})"]
        ) from None
    except OSError as e:
        raise ConfigError([f"cannot read config file {path}: {e.strerror}"]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ConfigError([f"{path}: not UTF-8 text (bad byte at offset {e.start})"]) from None
    return parse_config(text, source=str(path), env=env, path=path, parsers=parsers)


def parse_config(
    text: str,
    *,
    source: str,
    env: Mapping[str, str] = os.environ,
    path: Path | None = None,
    parsers: Collection[str] | None = None,
    check_url: UrlCheck | None = None,
) -> Config:
    """Validate config ``text``; ``source`` names it in messages.

    ``path`` (the file it came from) anchors a relative SQLite path and becomes
    ``Config.source``. ``parsers`` overrides the known parser names (default: the
    scraper's registry); ``check_url`` the check of each notify URL (default:
    ``notify.urls.check_url``). Raises :class:`ConfigError` listing every problem.
    """
    try:
        document = read_yaml(text, env)
    except InvalidYaml as e:
        raise ConfigError([f"{source}:{e.line}: invalid YAML: {e.what}"]) from None
    if document is None:
        raise ConfigError([f"{source}:1: the file is empty (at least 'pages' is needed)"])
    data = document.data
    if not isinstance(data, dict):
        document.add((), f"expected a mapping, got {describe(data)}")
        raise ConfigError(render(document.problems, source))
    if "source" in data:  # a field of Config, but not something the file may set
        document.add(("source",), "unknown key")
        del data["source"]
    duplicate_names(document, "pages", "page")
    duplicate_names(document, "subscribers", "subscriber")
    context: dict[str, object] = {}
    if parsers is not None:
        context["parsers"] = frozenset(parsers)
    if check_url is not None:
        context["check_url"] = check_url
    checker = Checker(context)
    config = checker.section(Config, data)
    for issue in checker.issues:
        add_checked_problem(document, issue.loc, issue.message, issue.known_keys)
    if document.problems:
        raise ConfigError(render(document.problems, source))
    assert isinstance(config, Config)  # every INVALID comes with a problem
    if path is None:
        return config
    database = resolve_database_url(config.database, Path(os.path.abspath(path)).parent)
    return dataclasses.replace(config, database=database, source=path)


def resolve_database_url(url: str, base_dir: Path) -> str:
    """A relative SQLite file path made absolute against ``base_dir``; other URLs unchanged."""
    match = re.fullmatch(r"(sqlite(?:\+\w+)?:///)([^?]*)(\?.*)?", url)
    if match is None:
        return url
    prefix, file, query = match[1], match[2], match[3] or ""
    if not file or file.startswith(("/", ":memory:", "file:")):
        return url
    return f"{prefix}{os.path.abspath(base_dir / file)}{query}"
