"""The configuration file: YAML → one frozen, typed :class:`Config`, or a :class:`ConfigError`.

Design: the public types are pydantic v2 models with ``extra="forbid"`` and ``frozen=True``,
so the rules live in one place (the field types and validators) and the result is
immutable; other modules and tests can also build them directly (``PageConfig(name=...,
url=...)``) and get the same checks. Reading happens in two steps:

1. :mod:`rvr_watch.config.yaml_lines` turns the YAML text into plain data that remembers the
   line of every key, reports duplicate keys and expands ``${VAR}`` in string values
   (after YAML parsing, so a value cannot inject YAML; ``$${`` is a literal ``${``);
2. pydantic validates everything at once; each error's ``loc`` is mapped back to its line.

Every problem is reported, sorted by line, as ``FILE:LINE: dotted.key: what is wrong``.
Secret values (notify URLs, the database URL) never appear in messages or in ``repr``.

A relative SQLite path (``sqlite:///rvr-watch.db``) is resolved against the directory of
the config file, so ``rvr-watch check`` from cron finds the same database whatever the
working directory is.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, TypeVar
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from notify.redact import redact_text, redact_url, unencoded_in_password
from rvr_watch import HOMEPAGE, __version__
from rvr_watch.config.cron import check_schedule, make_trigger
from rvr_watch.config.yaml_lines import (
    InvalidYaml,
    add_validation_error,
    describe,
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
_T = TypeVar("_T")


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` holds one line per problem."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


# --- field checks (each raises ValueError with the text shown to the user) ---------------


def _non_empty(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _non_empty_seq(value: tuple[_T, ...]) -> tuple[_T, ...]:
    if not value:
        raise ValueError("must list at least one entry")
    return value


def _check_page_name(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9-]+", value):
        raise ValueError(f"must use only a-z, 0-9 and '-', got {value!r}")
    return value


def _check_http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http or https URL, got {redact_text(value)!r}")
    return value


# The databases rvr-watch is built and tested for, with the drivers it installs.
_DATABASE_DRIVERS = {"sqlite": (None, "pysqlite"), "postgresql": (None, "psycopg")}
_DATABASE_EXAMPLE = "sqlite:///rvr-watch.db or postgresql+psycopg://user@host/db"


def _check_database_url(value: str) -> str:
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
    return value


def _check_apprise_url(value: str, info: ValidationInfo) -> str:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*://\S+", value):
        raise ValueError(f"not an apprise URL (scheme://...): {_hide_url(value)!r}")
    char = unencoded_in_password(value)
    if char is not None:
        raise ValueError(
            f"the password holds an unencoded {char!r}, which ends it early for every URL "
            f"parser: write it as {quote(char, safe='')} (percent-encode the password)"
        )
    context = info.context if isinstance(info.context, Mapping) else {}
    check = context.get("check_url", _service_check())
    problem = check(value) if check is not None else None
    if problem:
        raise ValueError(problem)
    return value


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


def _check_cron(value: str) -> str:
    try:
        check_schedule(value)
    except ValueError as e:
        raise ValueError(f"invalid cron expression {value!r} ({e})") from None
    return value


def _check_kind(value: str) -> str:
    if value not in ALL_KINDS:
        raise ValueError(f"unknown change kind {value!r} (one of: {', '.join(ALL_KINDS)})")
    return value


def _check_kinds(value: frozenset[str]) -> frozenset[str]:
    if not value:
        raise ValueError("must list at least one kind")
    return value


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


def _none_as(default: object) -> BeforeValidator:
    """An empty section (``http:`` with every line commented out) means its defaults."""
    return BeforeValidator(lambda value: default if value is None else value)


def _known_parsers() -> frozenset[str]:
    # The parser registry lives in the scraper; imported late (it pulls in the HTML parser).
    try:
        module = importlib.import_module("scraper.parsers")
    except ImportError:
        return DEFAULT_PARSERS
    return frozenset(getattr(module, "PARSERS", DEFAULT_PARSERS))


Text = Annotated[str, Strict(), AfterValidator(_non_empty)]

# --- the typed configuration ----------------------------------------------------------


class HttpConfig(BaseModel):
    """How pages are fetched."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    user_agent: Text = DEFAULT_USER_AGENT
    timeout_s: Annotated[float, Strict(), Field(gt=0)] = 30.0
    max_bytes: Annotated[int, Strict(), Field(gt=0)] = 5_000_000
    robots: Annotated[bool, Strict()] = True


class PageConfig(BaseModel):
    """One watched page."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Strict(), AfterValidator(_check_page_name)]
    url: Annotated[str, Strict(), AfterValidator(_check_http_url)]
    parser: Annotated[str, Strict()] = "rvr-series"
    schedule: Annotated[str, Strict(), AfterValidator(_check_cron)] = "0 * * * *"
    error_threshold: Annotated[int, Strict(), Field(ge=1)] = 3

    @field_validator("parser")
    @classmethod
    def _known_parser(cls, value: str, info: ValidationInfo) -> str:
        context = info.context if isinstance(info.context, Mapping) else {}
        known = context.get("parsers") or _known_parsers()
        if value not in known:
            raise ValueError(f"unknown parser {value!r} (known: {', '.join(sorted(known))})")
        return value

    def trigger(self, tz: ZoneInfo) -> CronTrigger:
        """The APScheduler trigger for this page's schedule in time zone ``tz``."""
        return make_trigger(self.schedule, tz)


class SubscriberConfig(BaseModel):
    """Someone who is told about changes, through one or more apprise URLs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Text
    notify: Annotated[
        tuple[Annotated[str, Strict(), AfterValidator(_check_apprise_url)], ...],
        AfterValidator(_non_empty_seq),
        Field(repr=False),
    ]
    kinds: Annotated[
        frozenset[Annotated[str, Strict(), AfterValidator(_check_kind)]],
        AfterValidator(_check_kinds),
    ] = DEFAULT_KINDS
    language: Literal["de", "en"] = "de"
    # A delivery whose outcome is uncertain (it may have arrived) is resent once, or never.
    resend_uncertain: Literal["once", "never"] = "once"


class WebConfig(BaseModel):
    """The website of ``rvr-watch serve`` (see docs/web.md)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: Annotated[str, Strict(), AfterValidator(_check_http_url)] = "http://127.0.0.1:8080/"
    # mailto(s):// URL that sends confirmations and alerts to web subscribers (to= is added).
    mail: Annotated[str | None, Strict(), Field(repr=False)] = None
    subscriptions: Annotated[bool, Strict()] = False  # after mail: its check reads mail

    @field_validator("subscriptions")
    @classmethod
    def _mail_needed(cls, value: bool, info: ValidationInfo) -> bool:
        mail = info.data.get("mail") or ""
        if value and not re.match(r"mailtos?://", mail):
            raise ValueError("true needs web.mail, a mailto:// or mailtos:// URL to send from")
        return value


class Config(BaseModel):
    """The whole configuration; ``source`` is the file it was read from (not a YAML key)."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    database: Annotated[Text, AfterValidator(_check_database_url), Field(repr=False)] = (
        "sqlite:///rvr-watch.db"
    )
    timezone: Annotated[ZoneInfo, BeforeValidator(_to_zone)] = ZoneInfo("Europe/Berlin")
    http: Annotated[HttpConfig, _none_as({})] = Field(default_factory=HttpConfig)
    pages: Annotated[tuple[PageConfig, ...], AfterValidator(_non_empty_seq)]
    subscribers: Annotated[tuple[SubscriberConfig, ...], _none_as(())] = ()
    web: Annotated[WebConfig, _none_as({})] = Field(default_factory=WebConfig)
    source: Path | None = None

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
    try:
        config = Config.model_validate(data, context=context)
    except ValidationError as e:
        for error in e.errors(include_url=False):
            add_validation_error(document, error, _keys_at)
    if document.problems:
        raise ConfigError(render(document.problems, source))
    if path is None:
        return config
    database = resolve_database_url(config.database, Path(os.path.abspath(path)).parent)
    return config.model_copy(update={"database": database, "source": path})


def _keys_at(loc: tuple[str | int, ...]) -> frozenset[str]:
    """The keys the model allows in the mapping at ``loc`` (for "did you mean")."""
    model: type[BaseModel] | None = Config
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        field = model.model_fields.get(part)
        model = _model_in(field.annotation) if field is not None else None
    if model is None:
        return frozenset()
    return frozenset(model.model_fields) - {"source"}


def _model_in(annotation: object) -> type[BaseModel] | None:
    """The model class inside ``annotation`` (``HttpConfig``, ``tuple[PageConfig, ...]``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for inner in getattr(annotation, "__args__", ()):
        found = _model_in(inner)
        if found is not None:
            return found
    return None


def resolve_database_url(url: str, base_dir: Path) -> str:
    """A relative SQLite file path made absolute against ``base_dir``; other URLs unchanged."""
    match = re.fullmatch(r"(sqlite(?:\+\w+)?:///)([^?]*)(\?.*)?", url)
    if match is None:
        return url
    prefix, file, query = match[1], match[2], match[3] or ""
    if not file or file.startswith(("/", ":memory:", "file:")):
        return url
    return f"{prefix}{os.path.abspath(base_dir / file)}{query}"
