"""The config file: every rule, with the exact messages users see."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rvr_watch import HOMEPAGE, __version__
from rvr_watch.config.model import (
    DEFAULT_KINDS,
    Config,
    ConfigError,
    HttpConfig,
    PageConfig,
    SubscriberConfig,
    WebConfig,
    load_config,
    parse_config,
    resolve_config_path,
    resolve_database_url,
)
from rvr_watch.errors import UsageError

REPO = Path(__file__).resolve().parent.parent
PAGE = "pages:\n  - name: p\n    url: https://example.org/x\n"
RVR_URL = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
ALL_DEFAULT_KINDS = {"new_date", "rescheduled", "updated", "cancelled", "removed"}

# The example from the contract's "config.yaml" section, verbatim.
CONTRACT_EXAMPLE = """\
database: sqlite:///rvr-watch.db      # any SQLAlchemy URL; postgresql+psycopg://user@host/db works too
timezone: Europe/Berlin               # for schedules and for event times without an offset
http:                                 # all optional
  user_agent: "rvr-watch/<version> (+<homepage>)"
  timeout_s: 30
  max_bytes: 5000000                  # larger responses are refused, not read into memory
  robots: true                        # obey robots.txt (fetched at most daily); a disallowed page fails with a clear error
pages:
  - name: fachkraefte-reihe           # unique, [a-z0-9-]
    url: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe
    parser: rvr-series                # default rvr-series
    schedule: "0 */2 * * *"           # cron in `timezone`; default hourly
    error_threshold: 3                # consecutive failed checks before one monitor_error alert
subscribers:                          # may be empty: then changes are only printed and stored
  - name: team
    notify: ["mailtos://${SMTP_USER}:${SMTP_PASSWORD}@smtp.example.org?to=team@example.org"]
    kinds: [new_date, rescheduled, updated, cancelled, removed]   # the default when omitted
    language: de                      # de (default) or en
"""  # noqa: E501


def parse(text: str, env: dict[str, str] | None = None) -> Config:
    return parse_config(textwrap.dedent(text), source="config.yaml", env=env or {})


def problems(text: str, env: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse(text, env)
    assert str(caught.value) == "\n".join(caught.value.problems)
    return list(caught.value.problems)


# --- what parses -----------------------------------------------------------------------


def test_defaults_fill_everything_but_pages() -> None:
    config = parse(PAGE)
    assert config.database == "sqlite:///rvr-watch.db"
    assert config.timezone == ZoneInfo("Europe/Berlin")
    assert config.http == HttpConfig(
        user_agent=f"rvr-watch/{__version__} (+{HOMEPAGE})",
        timeout_s=30.0,
        max_bytes=5_000_000,
        robots=True,
    )
    assert config.pages == (
        PageConfig(
            name="p",
            url="https://example.org/x",
            parser="rvr-series",
            schedule="0 * * * *",
            error_threshold=3,
        ),
    )
    assert config.subscribers == ()
    assert config.source is None


def test_subscriber_defaults() -> None:
    config = parse(PAGE + "subscribers:\n  - name: a\n    notify: ['json://127.0.0.1/x']\n")
    (subscriber,) = config.subscribers
    assert subscriber == SubscriberConfig(name="a", notify=("json://127.0.0.1/x",))
    assert subscriber.kinds == DEFAULT_KINDS == ALL_DEFAULT_KINDS
    assert subscriber.language == "de"


def test_the_contracts_example_parses() -> None:
    config = parse(CONTRACT_EXAMPLE, {"SMTP_USER": "bot", "SMTP_PASSWORD": "pw"})
    assert config.database == "sqlite:///rvr-watch.db"
    assert config.timezone == ZoneInfo("Europe/Berlin")
    assert config.http == HttpConfig(
        user_agent="rvr-watch/<version> (+<homepage>)",
        timeout_s=30,
        max_bytes=5_000_000,
        robots=True,
    )
    assert config.pages == (
        PageConfig(name="fachkraefte-reihe", url=RVR_URL, schedule="0 */2 * * *"),
    )
    assert config.subscribers == (
        SubscriberConfig(
            name="team",
            notify=("mailtos://bot:pw@smtp.example.org?to=team@example.org",),
            kinds=frozenset(ALL_DEFAULT_KINDS),
            language="de",
        ),
    )


def test_the_shipped_config_yaml_parses_without_any_secrets() -> None:
    config = load_config(REPO / "config.yaml", env={})
    assert config.source == REPO / "config.yaml"
    assert config.database == f"sqlite:///{REPO}/rvr-watch.db"
    assert config.timezone == ZoneInfo("Europe/Berlin")
    assert config.http == HttpConfig()
    assert config.pages == (
        PageConfig(
            name="fachkraefte-reihe",
            url=RVR_URL,
            parser="rvr-series",
            schedule="0 */2 * * *",
            error_threshold=3,
        ),
    )
    assert config.subscribers == ()


def test_empty_sections_mean_their_defaults() -> None:
    config = parse(PAGE + "http:\nsubscribers:\n")
    assert config.http == HttpConfig()
    assert config.subscribers == ()


def test_english_and_every_kind_are_accepted() -> None:
    config = parse(
        PAGE
        + "subscribers:\n  - name: ops\n    notify: ['json://h/x', 'mailto://u:p@h']\n"
        + "    kinds: [monitor_error, concluded]\n    language: en\n"
    )
    (subscriber,) = config.subscribers
    assert subscriber.kinds == frozenset({"monitor_error", "concluded"})
    assert subscriber.language == "en"
    assert subscriber.notify == ("json://h/x", "mailto://u:p@h")


def test_config_is_frozen_and_page_lookup_names_the_known_pages() -> None:
    config = parse(PAGE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.database = "sqlite://"  # type: ignore[misc]
    assert config.page("p").url == "https://example.org/x"
    with pytest.raises(UsageError) as caught:
        config.page("q")
    assert str(caught.value) == "no page named 'q' in the configuration (known: p)"


def test_known_parsers_can_be_given() -> None:
    text = PAGE + "    parser: other\n"
    config = parse_config(text, source="c.yaml", env={}, parsers={"other"})
    assert config.pages[0].parser == "other"
    with pytest.raises(ConfigError) as caught:
        parse_config(text, source="c.yaml", env={}, parsers={"a", "b"})
    assert caught.value.problems == (
        "c.yaml:4: pages[0].parser: unknown parser 'other' (known: a, b)",
    )


def test_objects_made_in_code_are_checked_and_converted_like_the_file() -> None:
    with pytest.raises(ConfigError) as caught:
        PageConfig(name="Reihe", url="ftp://example.org/x", error_threshold=True)
    assert caught.value.problems == (
        "PageConfig.name: must use only a-z, 0-9 and '-', got 'Reihe'",
        "PageConfig.url: must be an http or https URL, got 'ftp://example.org/x'",
        "PageConfig.error_threshold: expected an integer, got true/false",
    )
    with pytest.raises(ConfigError) as caught:
        Config(pages=())
    assert caught.value.problems == ("Config.pages: must list at least one entry",)
    with pytest.raises(ConfigError) as caught:
        WebConfig(subscriptions=True)
    assert caught.value.problems == (
        "WebConfig.subscriptions: true needs web.mail, a mailto:// or mailtos:// URL to send from",
    )
    with pytest.raises(TypeError):
        HttpConfig(robot=False)  # type: ignore[call-arg]
    # Lists become tuples and frozensets, an integer a float, names and mappings objects.
    subscriber = SubscriberConfig(name="a", notify=["json://h/x"], kinds=["new_date"])  # type: ignore[arg-type]
    assert subscriber.notify == ("json://h/x",)
    assert subscriber.kinds == frozenset({"new_date"})
    timeout = HttpConfig(timeout_s=5).timeout_s
    assert timeout == 5.0 and isinstance(timeout, float)
    config = Config(
        timezone="UTC",  # type: ignore[arg-type]
        pages=[{"name": "p", "url": "https://example.org/x"}],  # type: ignore[arg-type]
    )
    assert config == parse("timezone: UTC\n" + PAGE)
    assert hash(config) == hash(parse("timezone: UTC\n" + PAGE))
    # A changed copy is checked again.
    assert dataclasses.replace(config, database="sqlite:///b.db").database == "sqlite:///b.db"
    with pytest.raises(ConfigError, match=r"^Config.database: unsupported database 'mysql'"):
        dataclasses.replace(config, database="mysql://db/x")


# --- ${VAR} ------------------------------------------------------------------------------


def test_variables_are_expanded_in_strings() -> None:
    config = parse(
        "database: postgresql+psycopg://${DB_USER}:${DB_PASS}@db/rvr\n"
        "http:\n"
        '  user_agent: "watcher ${NAME}/${NAME}"\n' + PAGE,
        {"DB_USER": "rvr", "DB_PASS": "s3cret", "NAME": "x"},
    )
    assert config.database == "postgresql+psycopg://rvr:s3cret@db/rvr"
    assert config.http.user_agent == "watcher x/x"


def test_a_missing_variable_names_itself_and_its_line() -> None:
    text = PAGE + "subscribers:\n  - name: a\n    notify: ['mailtos://${U}:${PW}@h?to=x@y']\n"
    assert problems(text, {"U": "me"}) == [
        "config.yaml:6: subscribers[0].notify[0]: environment variable PW is not set",
    ]
    # Only the missing variable is reported, not what the unexpanded text would fail.
    assert problems("http:\n  timeout_s: ${T}\n" + PAGE) == [
        "config.yaml:2: http.timeout_s: environment variable T is not set",
    ]


def test_double_dollar_is_a_literal_and_a_malformed_reference_is_an_error() -> None:
    config = parse("http:\n  user_agent: 'a $${HOME} $b $$'\n" + PAGE, {"HOME": "/root"})
    assert config.http.user_agent == "a ${HOME} $b $$"
    assert problems("http:\n  user_agent: 'a ${1x}'\n" + PAGE) == [
        "config.yaml:2: http.user_agent: malformed ${...}: a name is [A-Za-z_][A-Za-z0-9_]*;"
        " $${ is a literal ${",
    ]


def test_an_unquoted_variable_takes_the_type_of_its_value_a_quoted_one_stays_text() -> None:
    config = parse("http:\n  timeout_s: ${T}\n  robots: ${R}\n" + PAGE, {"T": "12.5", "R": "false"})
    assert config.http.timeout_s == 12.5
    assert config.http.robots is False
    assert problems("http:\n  timeout_s: '${T}'\n" + PAGE, {"T": "12.5"}) == [
        "config.yaml:2: http.timeout_s: expected a number, got a string",
    ]


def test_a_variable_cannot_inject_yaml() -> None:
    env = {"UA": "x\nrobots: false", "T": "[1, 2]"}
    assert parse("http:\n  user_agent: ${UA}\n" + PAGE, env).http.user_agent == env["UA"]
    assert problems("http:\n  timeout_s: ${T}\n" + PAGE, env) == [
        "config.yaml:2: http.timeout_s: expected a number, got a string",
    ]


@given(st.text(st.characters(exclude_categories=["Cs"]), min_size=1).filter(str.strip))
def test_any_variable_value_arrives_verbatim(value: str) -> None:
    config = parse('http:\n  user_agent: "${UA}"\n' + PAGE, {"UA": value})
    assert config.http.user_agent == value


# --- unknown keys, types and values ------------------------------------------------------


def test_unknown_keys_are_named_with_their_lines() -> None:
    text = """\
        colour: blue
        source: /etc/x.yaml
        pages:
          - name: p
            url: https://example.org/x
            shedule: "0 * * * *"
        subscribers:
          - name: a
            notify: ['json://h/x']
            languages: en
        """
    assert problems(text) == [
        "config.yaml:1: colour: unknown key",
        "config.yaml:2: source: unknown key",
        "config.yaml:6: pages[0].shedule: unknown key (did you mean `schedule`?)",
        "config.yaml:10: subscribers[0].languages: unknown key (did you mean `language`?)",
    ]


def test_wrong_types() -> None:
    text = """\
        database: 5
        timezone: [Europe/Berlin]
        http:
          timeout_s: "30"
          max_bytes: 1.5
          robots: "yes"
          user_agent: null
        pages:
          - name: 12
            url: https://example.org/x
            error_threshold: true
        subscribers:
          - name: a
            notify: json://h/x
            kinds: new_date
        """
    assert problems(text) == [
        "config.yaml:1: database: expected a string, got an integer",
        "config.yaml:2: timezone: expected a time zone name such as 'Europe/Berlin', got a list",
        "config.yaml:4: http.timeout_s: expected a number, got a string",
        "config.yaml:5: http.max_bytes: expected an integer, got a number",
        "config.yaml:6: http.robots: expected true or false, got a string",
        "config.yaml:7: http.user_agent: expected a string, got null",
        "config.yaml:9: pages[0].name: expected a string, got an integer",
        "config.yaml:11: pages[0].error_threshold: expected an integer, got true/false",
        "config.yaml:14: subscribers[0].notify: expected a list, got a string",
        "config.yaml:15: subscribers[0].kinds: expected a list, got a string",
    ]


def test_sections_of_the_wrong_shape() -> None:
    assert problems("http: fast\npages: {name: p}\nsubscribers: [x]\n") == [
        "config.yaml:1: http: expected a mapping, got a string",
        "config.yaml:2: pages: expected a list, got a mapping",
        "config.yaml:3: subscribers[0]: expected a mapping, got a string",
    ]
    assert problems("- pages\n") == ["config.yaml:1: expected a mapping, got a list"]


def test_missing_and_empty_required_keys() -> None:
    assert problems("database: sqlite:///x.db\n") == [
        "config.yaml:1: pages: required key is missing",
    ]
    assert problems("pages: []\n") == ["config.yaml:1: pages: must list at least one entry"]
    text = "pages:\n  - url: https://example.org\nsubscribers:\n  - name: ' '\n    notify: []\n"
    assert problems(text) == [
        "config.yaml:2: pages[0].name: required key is missing",
        "config.yaml:4: subscribers[0].name: must not be empty",
        "config.yaml:5: subscribers[0].notify: must list at least one entry",
    ]


def test_bad_values() -> None:
    text = """\
        timezone: Mars/Olympus
        http:
          timeout_s: 0
          max_bytes: -1
        pages:
          - name: Fachkräfte Reihe
            url: ftp://example.org/x
            error_threshold: 0
          - name: q
            url: https:///no-host
        subscribers:
          - name: a
            notify: ['json://h/x']
            kinds: [new_date, changed]
            language: fr
          - name: b
            notify: ['json://h/x']
            kinds: []
        """
    assert problems(text) == [
        "config.yaml:1: timezone: unknown time zone 'Mars/Olympus'",
        "config.yaml:3: http.timeout_s: must be greater than 0",
        "config.yaml:4: http.max_bytes: must be greater than 0",
        "config.yaml:6: pages[0].name: must use only a-z, 0-9 and '-', got 'Fachkräfte Reihe'",
        "config.yaml:7: pages[0].url: must be an http or https URL, got 'ftp://example.org/x'",
        "config.yaml:8: pages[0].error_threshold: must be at least 1",
        "config.yaml:10: pages[1].url: must be an http or https URL, got 'https:///no-host'",
        "config.yaml:14: subscribers[0].kinds[1]: unknown change kind 'changed' (one of:"
        " new_date, rescheduled, updated, cancelled, removed, concluded, monitor_error)",
        "config.yaml:15: subscribers[0].language: must be 'de' or 'en', got 'fr'",
        "config.yaml:18: subscribers[1].kinds: must list at least one kind",
    ]


def test_bad_cron_expressions_five_and_six_fields() -> None:
    text = """\
        pages:
          - name: a
            url: https://example.org/a
            schedule: "61 * * * *"
          - name: b
            url: https://example.org/b
            schedule: "*/0 * * * * *"
          - name: c
            url: https://example.org/c
            schedule: "0 * * *"
          - name: d
            url: https://example.org/d
            schedule: "0 9 * * 8"
          - name: e
            url: https://example.org/e
            schedule: "0 9 * * 0-7/2"
        """
    assert problems(text) == [
        "config.yaml:4: pages[0].schedule: invalid cron expression '61 * * * *' (Error"
        " validating expression '61': the last value (61) is higher than the maximum value (59))",
        "config.yaml:7: pages[1].schedule: invalid cron expression '*/0 * * * * *'"
        " (Increment must be higher than 0)",
        "config.yaml:10: pages[2].schedule: invalid cron expression '0 * * *'"
        " (expected 5 fields (or 6 with seconds first), got 4)",
        "config.yaml:13: pages[3].schedule: invalid cron expression '0 9 * * 8'"
        " (unrecognised day-of-week '8' (0-7 or sun-sat))",
    ]


def test_schedules_that_never_run_are_refused_and_rare_ones_kept() -> None:
    text = """\
        pages:
          - name: a
            url: https://example.org/a
            schedule: "0 0 30 2 *"
          - name: b
            url: https://example.org/b
            schedule: "0 0 31 4,6,9,11 *"
          - name: c
            url: https://example.org/c
            schedule: "0 0 29 2 mon"
        """
    assert problems(text) == [
        "config.yaml:4: pages[0].schedule: invalid cron expression '0 0 30 2 *'"
        " (no date matches it, so it would never run)",
        "config.yaml:7: pages[1].schedule: invalid cron expression '0 0 31 4,6,9,11 *'"
        " (no date matches it, so it would never run)",
    ]  # 29 February on a Monday: rare (2044, 2072, …) but real


def test_six_field_and_macro_schedules_are_accepted() -> None:
    text = (
        PAGE
        + "    schedule: '*/5 * * * * *'\n  - name: q\n    url: http://h/\n    schedule: '@daily'\n"
    )
    config = parse(text)
    assert [page.schedule for page in config.pages] == ["*/5 * * * * *", "@daily"]


def test_duplicate_names() -> None:
    text = """\
        pages:
          - name: p
            url: https://example.org/1
          - name: p
            url: https://example.org/2
        subscribers:
          - name: team
            notify: ['json://h/x']
          - name: team
            notify: ['json://h/y']
        """
    assert problems(text) == [
        "config.yaml:4: pages[1].name: duplicate page name 'p' (first at line 2)",
        "config.yaml:9: subscribers[1].name: duplicate subscriber name 'team' (first at line 7)",
    ]


def test_duplicate_yaml_keys() -> None:
    text = PAGE + "    name: q\ntimezone: UTC\ntimezone: UTC\n"
    assert problems(text) == [
        "config.yaml:4: pages[0].name: duplicate key (first at line 2)",
        "config.yaml:6: timezone: duplicate key (first at line 5)",
    ]


def test_non_string_keys_and_unsupported_tags() -> None:
    assert problems(PAGE + "1: x\nhttp: !!python/object:os.system {}\n") == [
        "config.yaml:4: a key must be a string",
        "config.yaml:5: http: unsupported YAML tag 'tag:yaml.org,2002:python/object:os.system'",
    ]


@pytest.mark.parametrize("value", ["!!timestamp x", "!!int 12x", "!!float x"])
def test_malformed_tagged_values_are_problems_not_tracebacks(value: str) -> None:
    found = problems(PAGE + f"timezone: {value}\n")
    assert found[0].startswith("config.yaml:4: timezone: unsupported value (YAML tag")


def test_invalid_yaml_names_its_line() -> None:
    assert problems("pages:\n  - name: p\n    url: a: b\n") == [
        "config.yaml:3: invalid YAML: a ': ' where no key can start: put a value that "
        "contains ': ' in quotes, or check this line's indentation",
    ]
    assert problems("pages:\n  - name: *p\n") == [
        "config.yaml:2: invalid YAML: '*' refers to an anchor that is not defined; put a "
        "value starting with '*' in quotes"
    ]
    assert problems("") == ["config.yaml:1: the file is empty (at least 'pages' is needed)"]
    assert problems("# only a comment\n") == [
        "config.yaml:1: the file is empty (at least 'pages' is needed)"
    ]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (PAGE + "   schedule: '* * * * *'\n", 4, "the indentation does not line up"),
        ("pages:\n\t- name: p\n", 2, "a tab character: YAML indents with spaces only"),
        ("pages: [a, b\n", 2, "a [ is not closed (a ']' is missing)"),
        ('timezone: "UTC\npages: []\n', 3, "a quoted value is not closed"),
        ("timezone: @UTC\n", 1, "'@' cannot start a value; put the value in quotes"),
        ("timezone: UTC\n---\npages: []\n", 2, "more than one YAML document"),
    ],
)
def test_yaml_syntax_errors_in_our_words(text: str, line: int, words: str) -> None:
    (problem,) = problems(text)
    assert problem.startswith(f"config.yaml:{line}: invalid YAML: {words}")
    assert "expected <block end>" not in problem and "token" not in problem


def test_yaml_is_composed_by_libyaml_when_present() -> None:
    import yaml

    from rvr_watch.config import yaml_lines

    assert yaml.__with_libyaml__  # the wheels on PyPI bundle it
    assert yaml_lines.LOADER is yaml.CSafeLoader


def test_every_problem_is_reported_in_line_order() -> None:
    text = """\
        pages:
          - name: p
            url: https://example.org/x
            schedule: "every hour"
            bogus: 1
        timezone: Nowhere
        http:
          timeout_s: -1
        """
    assert problems(text) == [
        "config.yaml:4: pages[0].schedule: invalid cron expression 'every hour'"
        " (expected 5 fields (or 6 with seconds first), got 2)",
        "config.yaml:5: pages[0].bogus: unknown key",
        "config.yaml:6: timezone: unknown time zone 'Nowhere'",
        "config.yaml:8: http.timeout_s: must be greater than 0",
    ]


# --- secrets -----------------------------------------------------------------------------


def test_notify_urls_are_redacted_in_errors_and_hidden_from_repr() -> None:
    text = PAGE + "subscribers:\n  - name: a\n    notify:\n"
    bad = [
        "      - 'mailtos://bot:hunter2@smtp.example.org /?to=x@y'\n",
        "      - 'mailto:/bot:hunter2@smtp.example.org'\n",
        "      - 'smtp.example.org:hunter2'\n",
        "      - 42\n",
    ]
    found = problems(text + "".join(bad))
    assert found == [
        "config.yaml:7: subscribers[0].notify[0]: not an apprise URL (scheme://...):"
        " 'mailtos://***:***@smtp.example.org /?to=x@y'",
        "config.yaml:8: subscribers[0].notify[1]: not an apprise URL (scheme://...): 'mailto:***'",
        "config.yaml:9: subscribers[0].notify[2]: not an apprise URL (scheme://...):"
        " 'smtp.example.org:***'",
        "config.yaml:10: subscribers[0].notify[3]: expected a string, got an integer",
    ]
    assert "hunter2" not in "\n".join(found)
    good = parse(
        "database: postgresql://rvr:dbpass@db/x\n" + text + "      - mailtos://bot:hunter2@h\n"
    )
    assert "hunter2" not in repr(good)
    assert "dbpass" not in repr(good)


# --- files and paths ---------------------------------------------------------------------


def test_a_missing_file_says_how_to_name_one(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(ConfigError) as caught:
        load_config(missing, env={})
    assert str(caught.value) == (
        f"config file not found: {missing} (use --config or RVR_WATCH_CONFIG)"
    )
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path, env={})
    assert str(caught.value) == f"cannot read config file {tmp_path}: Is a directory"


def test_errors_from_a_file_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rvr.yaml"
    path.write_text("pages: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert caught.value.problems == (f"{path}:1: pages: expected a list, got an integer",)
    path.write_bytes(b"pages: \xff\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert caught.value.problems == (f"{path}: not UTF-8 text (bad byte at offset 7)",)


def test_a_relative_sqlite_path_is_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    path = tmp_path / "etc" / "config.yaml"
    path.write_text("database: sqlite:///data/rvr.db?timeout=5\n" + PAGE, encoding="utf-8")
    config = load_config(path, env={})
    assert config.database == f"sqlite:///{tmp_path}/etc/data/rvr.db?timeout=5"
    assert config.source == path


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////var/lib/rvr.db",
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///file:x.db?uri=true",
        "postgresql+psycopg://rvr@db/rvr",
    ],
)
def test_other_database_urls_are_unchanged(url: str) -> None:
    assert resolve_database_url(url, Path("/srv")) == url


def test_relative_sqlite_with_a_driver() -> None:
    assert resolve_database_url("sqlite+pysqlite:///a/../b.db", Path("/srv")) == (
        "sqlite+pysqlite:////srv/b.db"
    )


def test_config_path_order() -> None:
    env = {"RVR_WATCH_CONFIG": "/etc/rvr.yaml"}
    assert resolve_config_path("my.yaml", env) == Path("my.yaml")
    assert resolve_config_path(None, env) == Path("/etc/rvr.yaml")
    assert resolve_config_path(None, {}) == Path("config.yaml")
    assert resolve_config_path(None, {"RVR_WATCH_CONFIG": ""}) == Path("config.yaml")


def test_the_configuration_docs_describe_every_key() -> None:
    docs = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    for model in (Config, HttpConfig, PageConfig, SubscriberConfig):
        for key in {field.name for field in dataclasses.fields(model)} - {"source"}:
            assert f"| `{key}` |" in docs, f"{model.__name__}.{key} is not documented"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("notaurl", "not a database URL (such as sqlite:///rvr-watch.db or"),
        ("mysql://u:pw@127.0.0.1:1/db", "unsupported database 'mysql' (sqlite or postgresql)"),
        ("postgresql+psycopg2://u@h/db", "unsupported driver 'psycopg2' for postgresql"),
        ("sqlite://", "an in-memory SQLite database keeps nothing between runs"),
        ("sqlite:///:memory:", "an in-memory SQLite database keeps nothing between runs"),
    ],
)
def test_databases_rvr_watch_cannot_use_are_config_errors(url: str, problem: str) -> None:
    (line,) = problems(f"database: '{url}'\n" + PAGE)
    assert line.startswith(f"config.yaml:1: database: {problem}")
    assert "pw" not in line  # the URL (and any password in it) is not repeated


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///rvr.db",
        "sqlite+pysqlite:////var/lib/rvr.db",
        "sqlite:///file:x.db?uri=true",
        "postgresql://rvr@db/rvr",
        "postgresql+psycopg://rvr:pw@db:5433/rvr?sslmode=require",
    ],
)
def test_databases_rvr_watch_can_use_are_accepted(url: str) -> None:
    assert parse(f"database: '{url}'\n" + PAGE).database == url


# --- subscriber URLs checked when the config is loaded (issue 11, item 1) ------------


def _stub_check_url(url: str) -> str | None:
    # A stand-in for notify.urls.check_url (NOTIFY's), with its signature: None when the
    # URL is usable, else one line without secrets. Only this test uses a stub.
    if url.startswith("jsn://"):
        return "unknown service 'jsn' (did you mean 'json'?)"
    userinfo = url.partition("?")[0]
    if url.startswith("mailto://") and "from=" not in url and "@" not in userinfo:
        return "mailto:// needs from= or a user@host"
    return None


def test_subscriber_urls_are_checked_with_key_and_line() -> None:
    text = PAGE + (
        "subscribers:\n"
        "  - name: team\n"
        "    notify:\n"
        "      - 'json://hooks.example.org/x'\n"
        "      - 'jsn://hooks.example.org/x'\n"
        "  - name: mail\n"
        "    notify: ['mailto://smtp.example.org?to=t@example.org']\n"
    )
    with pytest.raises(ConfigError) as caught:
        parse_config(text, source="config.yaml", check_url=_stub_check_url)
    assert caught.value.problems == (
        "config.yaml:8: subscribers[0].notify[1]: unknown service 'jsn' (did you mean 'json'?)",
        "config.yaml:10: subscribers[1].notify[0]: mailto:// needs from= or a user@host",
    )


@pytest.mark.parametrize("char", ["#", "/", "?"])
def test_a_password_with_an_unencoded_delimiter_is_refused_without_echoing_it(char: str) -> None:
    url = f"mailtos://bot:pa{char}SECRET@smtp.example.org?to=t@example.org"
    (problem,) = problems(PAGE + f"subscribers:\n  - name: a\n    notify: ['{url}']\n")
    assert problem.startswith("config.yaml:6: subscribers[0].notify[0]: the password holds")
    assert repr(char) in problem
    assert "SECRET" not in problem and f"pa{char}" not in problem
