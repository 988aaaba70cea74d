"""The one redaction module: every service's secret positions, and passwords that break URLs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notify.redact import redact_text, redact_url, scrub, unencoded_in_password, url_secrets

# (URL, the secrets in it, what must stay readable) for every service the docs name
# (docs/notifications.md, docs/configuration.md) and the database URLs.
SERVICES = [
    (
        "mailtos://bot:S3cr3t-pw@smtp.example.org?to=team@example.org&from=rvr@example.org",
        ["bot", "S3cr3t-pw"],
        ["smtp.example.org", "to=team@example.org", "from=rvr@example.org"],
    ),
    (
        "mailtos://bot:geheimes@smtp.example.org:465?mode=ssl&to=team@example.org",
        ["geheimes"],
        ["smtp.example.org:465", "mode=ssl"],
    ),
    (
        "mailto://relay:nodigits@relay.internal:2525?mode=insecure&to=t@example.org",
        ["nodigits"],
        ["relay.internal:2525", "mode=insecure"],
    ),
    (
        "mailto://smtp.example.org?user=alice&pass=geheim&to=t@example.org",
        ["alice", "geheim"],
        ["smtp.example.org", "to=t@example.org"],
    ),
    ("matrixs://bot:roompass@matrix.example.org/#fachkraefte", ["roompass"], ["#fachkraefte"]),
    ("matrix://syt_abcdefghijklmno@127.0.0.1:8008/#room", ["syt_abcdefghijklmno"], ["#room"]),
    (
        "json://hooks.example.org/hooks/TokenWithoutDigits?format=text",
        ["TokenWithoutDigits"],
        ["hooks.example.org/hooks/", "format=text"],
    ),
    (
        "jsons://hooks.example.org/api?+Authorization=Bearer%20abc&format=text",
        ["Bearer%20abc"],
        ["+Authorization=***"],
    ),
    ("form://user:formpass@hooks.example.org/in", ["formpass"], ["hooks.example.org/in"]),
    ("ntfys://user:ntfypass@ntfy.example.org/rvr-topic", ["ntfypass", "rvr-topic"], []),
    ("gotify://gotify.example.org/AbcdEfghIjklMno", ["AbcdEfghIjklMno"], ["gotify.example.org"]),
    ("gotifys://gotify.example.org/lowercasetoken", ["lowercasetoken"], ["gotify.example.org"]),
    (
        "tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/987654",
        ["AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "123456789"],
        ["/987654"],
    ),
    ("slack://TokenA/TokenB/TokenC/#general", ["TokenA", "TokenB", "TokenC"], ["#general"]),
    ("discord://1234567890/abcdefghijklmno", ["1234567890", "abcdefghijklmno"], []),
    ("mmost://chat.example.org/mattermosttoken", ["mattermosttoken"], ["chat.example.org"]),
    ("rocket://bot:rocketpw@chat.example.org/RoomID", ["rocketpw"], ["chat.example.org"]),
    ("signal://signal.example.org:8080/+4912345/+4967890", [], ["+4912345", "+4967890"]),
    ("msteams://TokenA/TokenB/TokenC/", ["TokenA", "TokenB", "TokenC"], []),
    ("pbul://accesstokenonly", ["accesstokenonly"], []),
    ("pover://userkey@apptokenvalue", ["userkey", "apptokenvalue"], []),
    ("apprise://apprise.example.org/configkey", ["configkey"], ["apprise.example.org"]),
    ("postgresql+psycopg://rvr:dbpass@db.example.org/rvr", ["dbpass"], ["db.example.org/rvr"]),
    (
        "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe",
        [],
        ["/themen/bildung-wissenschaft-1/fachkraefte-reihe"],
    ),
]


@pytest.mark.parametrize(("url", "secrets", "kept"), SERVICES)
def test_every_service_hides_its_secrets(url: str, secrets: list[str], kept: list[str]) -> None:
    shown = redact_url(url)
    for secret in secrets:
        assert secret not in shown, shown
        assert secret in url_secrets(url)
    for part in kept:
        assert part in shown
    quoted = f"failed: {url} (request to {url.partition('://')[2]})"
    assert not any(s in scrub(quoted, url_secrets(url)) for s in secrets if len(s) >= 3)
    assert redact_text(f"sending to {url}; retry") == f"sending to {shown}; retry"


@pytest.mark.parametrize("char", ["#", "/", "?"])
def test_unencoded_delimiters_in_a_password_are_hidden_and_named(char: str) -> None:
    url = f"mailto://user:pa{char}SECRET@smtp.example.org?to=t@example.org"
    assert redact_url(url) == "mailto://***:***@smtp.example.org?to=t@example.org"
    assert "SECRET" not in redact_text(f"start-up: {url} ready")
    assert unencoded_in_password(url) == char
    assert unencoded_in_password(url.replace(char, "%23")) is None


@pytest.mark.parametrize(
    "url",
    [
        "mailto://user:pw@smtp.example.org/x?to=a@b.example.org",
        "json://hooks.example.org:8080/x?to=a@b.example.org",
        "matrixs://bot:pw@matrix.example.org/#room",
        "tgram://123456789:AAHdqTcvCH1vGWJ/987654",
    ],
)
def test_ordinary_urls_are_not_taken_for_broken_passwords(url: str) -> None:
    assert unencoded_in_password(url) is None


_PASSWORD = st.text(
    st.characters(codec="ascii", categories=["L", "N", "P", "S"], exclude_characters="@"),
    min_size=4,
)


@given(password=_PASSWORD)
def test_any_password_is_hidden_whatever_it_contains(password: str) -> None:
    # "bot:000/..." reads as host "bot", port 000 (see notify.redact._authority), so the
    # password starts with a letter here.
    url = f"mailtos://bot:x{password}@smtp.example.org?to=t@example.org"
    shown = redact_url(url)
    assert shown == "mailtos://***:***@smtp.example.org?to=t@example.org"
