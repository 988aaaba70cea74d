"""notify.send and notify.redact: real deliveries through apprise to loopback servers.

E-mail goes to the aiosmtpd server of tests/smtpserver.py; Matrix to a real Synapse
(installed by tests/support/install_synapse.sh into .cache/synapse-venv), see
test_matrix_*.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import json
import logging
import os
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import icalendar
import pytest
import yaml
from httpserver import HTTPTestServer
from hypothesis import given
from hypothesis import strategies as st
from smtpserver import PASSWORD, SMTPServer

from notify.messages import EventNotice, Message, render_message
from notify.redact import redact_url, url_secrets
from notify.send import MESSAGE_ID_HEADER, ApprisedSender, Sender, SendResult, _scrub
from rvr_watch.logs import setup_logging
from scraper.model import Event, Link, Location
from storage.diff import Change

PAGE = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
EVIL_TITLE = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) @room"
EVENT = Event(
    key="2025-11-27-karriere-in-ge",
    status="upcoming",
    title="Karriere in GE? Mach’s mit Wasserstoff!",
    date=dt.date(2025, 11, 27),
    start=dt.datetime(2025, 11, 27, 16, 0, tzinfo=dt.UTC),
    end=dt.datetime(2025, 11, 27, 18, 0, tzinfo=dt.UTC),
    location=Location(venue="H2PopUpLab", city="Gelsenkirchen"),
    links=(Link("Anmeldung", "javascript:alert(1)"),),
)


def _message(event: Event = EVENT) -> Message:
    from zoneinfo import ZoneInfo

    notice = EventNotice(
        Change("new_date", None, event),
        "fachkraefte-reihe",
        PAGE,
        dt.datetime(2025, 11, 20, 9, 15, tzinfo=dt.UTC),
    )
    return render_message([notice], language="de", tz=ZoneInfo("Europe/Berlin"))


def _parts(mail: EmailMessage) -> tuple[str, str, list[EmailMessage]]:
    plain = mail.get_body(preferencelist=("plain",))
    rich = mail.get_body(preferencelist=("html",))
    assert plain is not None and rich is not None
    attachments = [part for part in mail.iter_attachments() if isinstance(part, EmailMessage)]
    return str(plain.get_content()), str(rich.get_content()), attachments


# --- e-mail ----------------------------------------------------------------------------


def test_every_resend_of_a_delivery_carries_the_same_message_id(smtp_server: SMTPServer) -> None:
    sender = ApprisedSender()
    for _attempt in range(2):
        sender.send([smtp_server.url()], _message(), message_id="<rvr-watch.7.abc@rvr-watch>")
    sender.send([smtp_server.url()], _message(), message_id="<rvr-watch.8.def@rvr-watch>")
    mails = smtp_server.wait_for(3)
    assert [mail.get_all("Message-ID") for mail in mails] == [
        ["<rvr-watch.7.abc@rvr-watch>"],
        ["<rvr-watch.7.abc@rvr-watch>"],
        ["<rvr-watch.8.def@rvr-watch>"],
    ]


def test_email_arrives_with_plain_html_and_ics(smtp_server: SMTPServer) -> None:
    message = _message(replace(EVENT, title=EVIL_TITLE))
    (result,) = ApprisedSender().send([smtp_server.url()], message, message_id="delivery-42")
    assert result == SendResult(redact_url(smtp_server.url()), "sent", None)
    (mail,) = smtp_server.wait_for(1)
    assert mail["Subject"] == message.title
    assert "\n" not in mail["Subject"]
    assert mail["Subject"].startswith("Neuer Termin: <script>alert(1)</script> <img")
    assert mail[MESSAGE_ID_HEADER] == "delivery-42"
    assert mail["To"] == "team@example.org" and mail["From"] == "rvr-watch@example.org"
    plain, rich, attachments = _parts(mail)
    assert "Veranstaltung: <script>alert(1)</script> <img src=x onerror=alert(1)>" in plain
    assert "Datum: Donnerstag, 27. November 2025" in plain
    assert "Uhrzeit: 17:00–19:00 Uhr" in plain
    assert PAGE in plain
    assert "<script" not in rich and "<img" not in rich and 'href="javascript' not in rich
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;" in rich
    assert "@\u2060room" in rich and "@room" not in rich
    assert f'<a href="{PAGE}">' in rich
    (ics,) = attachments
    assert ics.get_filename() == "2025-11-27-karriere-in-ge.ics"
    assert ics.get_content_type() == "text/calendar"
    payload = ics.get_payload(decode=True)
    assert isinstance(payload, bytes)
    (vevent,) = icalendar.Calendar.from_ical(payload).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == EVIL_TITLE
    assert vevent.decoded("DTSTART") == EVENT.start


def test_refused_message_fails_with_the_servers_reason(smtp_server: SMTPServer) -> None:
    smtp_server.mode = "refuse"
    (result,) = ApprisedSender().send([smtp_server.url()], _message(), message_id="m")
    assert result.outcome == "failed"
    assert result.error is not None and "550" in result.error and "policy violation" in result.error
    assert smtp_server.received == []


def test_temporary_refusal_fails_with_the_servers_reason(smtp_server: SMTPServer) -> None:
    smtp_server.mode = "tempfail"
    (result,) = ApprisedSender().send([smtp_server.url()], _message(), message_id="m")
    assert result.outcome == "failed"
    assert result.error is not None and "451" in result.error


def test_lost_final_reply_is_uncertain(smtp_server: SMTPServer) -> None:
    smtp_server.mode = "drop"
    (result,) = ApprisedSender().send([smtp_server.url()], _message(), message_id="m")
    assert result.outcome == "uncertain"
    assert result.error is not None and "Connection unexpectedly closed" in result.error
    # The server did take it: exactly why a retry could deliver it twice.
    assert len(smtp_server.wait_for(1)) == 1


def test_server_down_fails(smtp_server: SMTPServer) -> None:
    smtp_server.down()
    (result,) = ApprisedSender().send([smtp_server.url()], _message(), message_id="m")
    assert result.outcome == "failed"
    assert result.error is not None and "Connection refused" in result.error


def test_wrong_password_fails(smtp_server: SMTPServer) -> None:
    url = smtp_server.url().replace(PASSWORD, "wrong-password")
    (result,) = ApprisedSender().send([url], _message(), message_id="m")
    assert result.outcome == "failed"
    assert "wrong-password" not in (result.error or "") + result.url_redacted


def test_one_broken_url_does_not_block_the_others(smtp_server: SMTPServer) -> None:
    sender: Sender = ApprisedSender()
    urls = ["nonsense://what", "mailto://", smtp_server.url(to="second@example.org")]
    results = sender.send(urls, _message(), message_id="m")
    assert [r.outcome for r in results] == ["failed", "failed", "sent"]
    assert results[0].error == "not a usable apprise URL (unknown service or invalid syntax)"
    (mail,) = smtp_server.wait_for(1)
    assert mail["To"] == "second@example.org"


def test_secrets_stay_out_of_results_and_logs(
    smtp_server: SMTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    smtp_server.mode = "refuse"
    apprise_logger = logging.getLogger("apprise")
    level_before = apprise_logger.level
    results = ApprisedSender().send(
        [smtp_server.url(), "mailto://user:hunter2-secret@"], _message(), message_id="m"
    )
    assert [r.outcome for r in results] == ["failed", "failed"]
    for result in results:
        assert PASSWORD not in repr(result) and "hunter2-secret" not in repr(result)
    # apprise's own records of a send are not passed on (they may quote the URL) ...
    assert [r for r in caplog.records if r.name == "apprise"] == []
    # ... and its logger is left as it was.
    assert apprise_logger.level == level_before and apprise_logger.filters == []


# --- redaction ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "mailtos://alice:p%40ss@smtp.example.org:465?to=team@example.org&from=a@b.org",
            "mailtos://***:***@smtp.example.org:465?to=team@example.org&from=a@b.org",
        ),
        (
            "mailto://smtp.example.org?user=alice&pass=geheim&to=t@example.org&mode=insecure",
            "mailto://smtp.example.org?user=***&pass=***&to=t@example.org&mode=insecure",
        ),
        (
            "matrixs://bot:pw@matrix.example.org/#alerts",
            "matrixs://***:***@matrix.example.org/#alerts",
        ),
        (
            "matrix://bot:pw@127.0.0.1:8008/#room?mode=matrix&token=abc",
            "matrix://***:***@127.0.0.1:8008/#room?mode=matrix&token=***",
        ),
        ("tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/987654", "tgram://***/987654"),
        (
            "json://hooks.example.org/notify?+Authorization=Bearer%20x&format=text",
            "json://hooks.example.org/notify?+Authorization=***&format=text",
        ),
        ("discord://1234567890/abcdefghij1234", "discord://***/***"),
        ("not a url", "***"),
    ],
)
def test_redact_url(url: str, shown: str) -> None:
    assert redact_url(url) == shown


@pytest.mark.parametrize("answer", ["refused", "500"])
def test_secrets_in_a_webhook_path_stay_out_of_errors_and_debug_logs(
    http_server: HTTPTestServer, answer: str
) -> None:
    # A Discord/Slack-style webhook carries its token in the path. An error that quotes
    # only the path (requests: "url: /hooks/<token>"), or urllib3's DEBUG line for the
    # request, must not bring it back.
    token = "T0KENsecretVALUE1234567890"
    port = http_server.port
    if answer == "refused":
        with socket.socket() as probe:  # a loopback port nobody listens on
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
    else:
        http_server.set(f"/hooks/{token}", status=500, body=b"kaputt")
    url = f"json://127.0.0.1:{port}/hooks/{token}"
    stream = io.StringIO()
    handler = setup_logging("DEBUG", "text", stream)
    try:
        (result,) = ApprisedSender().send([url], _message(), message_id="m")
    finally:
        logging.getLogger().removeHandler(handler)
    assert result.outcome == "failed" and result.error
    assert token not in result.error and token not in result.url_redacted
    assert "/hooks/***" in result.url_redacted
    assert token not in stream.getvalue()
    if answer == "500":
        assert len(http_server.requests_for(f"/hooks/{token}")) == 1  # it did get there


_TOKENS = st.from_regex(r"[A-Za-z]{4,12}[0-9][A-Za-z0-9_-]{4,20}", fullmatch=True)


@given(token=_TOKENS, password=_TOKENS, user=st.from_regex(r"[a-z]{3,10}", fullmatch=True))
def test_no_hidden_part_of_a_url_survives_scrubbing(token: str, password: str, user: str) -> None:
    for url in (
        f"json://hooks.example.org/hooks/{token}?format=text",
        f"mailtos://{user}:{password}@smtp.example.org?to=t@example.org",
        f"matrixs://{user}:{password}@matrix.example.org/#room?token={token}",
        f"tgram://123456789:{token}/987654",
    ):
        secrets = url_secrets(url)
        assert secrets and all(secret in url for secret in secrets)
        quoted = f"failed: {url} (path /hooks/{token}, user {user}, pw {password}, {token})"
        scrubbed = _scrub(quoted, url)
        for secret in {token, password, user} & set(secrets):
            assert secret not in scrubbed
        assert url not in scrubbed


# --- Matrix, through a real Synapse on loopback ----------------------------------------------

SYNAPSE_VENV = Path(__file__).resolve().parent.parent / ".cache" / "synapse-venv"
MATRIX_USER = "rvrbot"
MATRIX_PASSWORD = "matrix-pw-123"
SHARED_SECRET = "rvr-watch-test-shared-secret"
_RELAXED = {"per_second": 1000, "burst_count": 1000}


@dataclass(frozen=True, slots=True)
class Homeserver:
    base_url: str
    port: int


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Homeserver]:
    """A Synapse homeserver on 127.0.0.1 (SQLite) with one user, for the session."""
    python = SYNAPSE_VENV / "bin" / "python"
    if not python.exists():
        reason = f"Synapse is not installed in {SYNAPSE_VENV}: run tests/support/install_synapse.sh"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("synapse")
    port = _free_port()
    config = home / "homeserver.yaml"
    subprocess.run(
        [str(python), "-m", "synapse.app.homeserver", "--server-name", "localhost",
         "--config-path", str(config), "--generate-config", "--report-stats=no"],
        cwd=home, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    settings = yaml.safe_load(config.read_text())
    settings.update(
        listeners=[
            {"port": port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False,
             "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}]}
        ],
        database={"name": "sqlite3", "args": {"database": str(home / "homeserver.db")}},
        registration_shared_secret=SHARED_SECRET,
        enable_registration=False,
        trusted_key_servers=[],
        suppress_key_server_warning=True,
        report_stats=False,
        rc_message=_RELAXED,
        rc_login={"address": _RELAXED, "account": _RELAXED, "failed_attempts": _RELAXED},
        rc_registration=_RELAXED,
        rc_joins={"local": _RELAXED, "remote": _RELAXED},
    )  # fmt: skip
    config.write_text(yaml.safe_dump(settings))
    log = (home / "synapse.out").open("wb")
    process = subprocess.Popen(
        [str(python), "-m", "synapse.app.homeserver", "--config-path", str(config)],
        cwd=home, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base_url, process, home / "synapse.out")
        _register(base_url, MATRIX_USER, MATRIX_PASSWORD)
        yield Homeserver(base_url, port)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_up(base_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"Synapse exited: {log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{base_url}/_matrix/client/versions", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"Synapse did not start: {log.read_text()[-3000:]}")


def _register(base_url: str, user: str, password: str) -> None:
    url = f"{base_url}/_synapse/admin/v1/register"
    nonce = httpx.get(url, timeout=10).json()["nonce"]
    mac = hmac.new(SHARED_SECRET.encode(), digestmod=hashlib.sha1)
    mac.update(b"\x00".join([nonce.encode(), user.encode(), password.encode(), b"notadmin"]))
    body = {"nonce": nonce, "username": user, "password": password, "admin": False}
    response = httpx.post(url, json={**body, "mac": mac.hexdigest()}, timeout=30)
    response.raise_for_status()


def _client(server: Homeserver) -> httpx.Client:
    login = httpx.post(
        f"{server.base_url}/_matrix/client/v3/login",
        json={
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": MATRIX_USER},
            "password": MATRIX_PASSWORD,
        },
        timeout=30,
    )
    login.raise_for_status()
    token = login.json()["access_token"]
    return httpx.Client(
        base_url=f"{server.base_url}/_matrix/client/v3",
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )


@pytest.mark.slow
def test_matrix_message_is_escaped_and_cannot_ping_the_room(synapse: Homeserver) -> None:
    with _client(synapse) as client:
        created = client.post("/createRoom", json={"room_alias_name": "rvr-alerts"})
        created.raise_for_status()
        room_id = created.json()["room_id"]
        message = _message(replace(EVENT, title=EVIL_TITLE))
        url = f"matrix://{MATRIX_USER}:{MATRIX_PASSWORD}@127.0.0.1:{synapse.port}/#rvr-alerts"
        (result,) = ApprisedSender().send([url], message, message_id="m-1")
        assert result.outcome == "sent", result.error
        assert MATRIX_PASSWORD not in result.url_redacted
        history = client.get(f"/rooms/{room_id}/messages", params={"dir": "b", "limit": 20})
        history.raise_for_status()
    events = [e for e in history.json()["chunk"] if e["type"] == "m.room.message"]
    texts = [e["content"] for e in events if e["content"].get("format")]
    (content,) = texts
    assert content["format"] == "org.matrix.custom.html"
    formatted, body = content["formatted_body"], content["body"]
    assert "<script" not in formatted and "<img" not in formatted
    assert 'href="javascript' not in formatted
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in formatted
    assert f'<a href="{PAGE}">' in formatted
    for text in (formatted, body):
        assert "@room" not in text.lower()
        assert "@\u2060room" in text
    assert "Datum: Donnerstag, 27. November 2025" in body
    files = [e["content"] for e in events if e["content"].get("msgtype") == "m.file"]
    assert [f["body"] for f in files] == ["2025-11-27-karriere-in-ge.ics"]


def test_tls_settings_are_kept_per_url_across_sends(smtp_server: SMTPServer) -> None:
    # White-box on purpose: the speed-up reuses apprise's TLS context per URL, and one
    # URL's `verify=no` must never weaken another URL's certificate checks.
    from notify import send

    checked = smtp_server.url(to="a@example.org")
    unchecked = smtp_server.url(to="b@example.org", verify="no")
    sender = ApprisedSender()
    for url in (checked, unchecked, checked, unchecked):
        assert sender.send([url], _message(), message_id="m")[0].outcome == "sent"
    assert send._tls_contexts[checked].verify_mode == ssl.CERT_REQUIRED
    assert send._tls_contexts[checked].check_hostname is True
    assert send._tls_contexts[unchecked].verify_mode == ssl.CERT_NONE
    assert len(smtp_server.wait_for(4)) == 4


# --- which apprise plugins are loaded ----------------------------------------------------


def test_direct_plugins_match_apprises_own_schemes() -> None:
    # The table of plugins built without apprise's registry must name each class where
    # apprise has it, with every scheme the class declares and no other.
    from notify.send import DIRECT_PLUGINS, _direct_plugin_class

    for module, name in set(DIRECT_PLUGINS.values()):
        plugin_class = _direct_plugin_class(module, name)
        assert plugin_class is not None, f"apprise.plugins.{module}.{name} is gone"
        declared: set[str] = set()
        for value in (plugin_class.protocol, plugin_class.secure_protocol):
            declared.update([value] if isinstance(value, str) else value or ())
        listed = {scheme for scheme, entry in DIRECT_PLUGINS.items() if entry == (module, name)}
        assert listed == declared, name


_SEND_IN_FRESH_PROCESS = """
import sys
from notify.messages import Message
from notify.send import ApprisedSender

message = Message(title="Neuer Termin", text="27.11.", markdown="27.11.", html="<p>27.11.</p>")
for url in sys.argv[1:]:
    print(ApprisedSender().send([url], message, message_id="m-1")[0].outcome)
print(sorted({m.split(".")[2] for m in sys.modules if m.startswith("apprise.plugins.")}))
"""


def test_sending_loads_only_the_plugins_the_urls_need(
    http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    # A fresh interpreter: another test may already have loaded every plugin here.
    http_server.set("/hook", body=b"{}", headers={"Content-Type": "application/json"})
    urls = [f"json://127.0.0.1:{http_server.port}/hook", smtp_server.url(to="a@example.org")]
    result = subprocess.run(
        [sys.executable, "-c", _SEND_IN_FRESH_PROCESS, *urls],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    *outcomes, plugins = result.stdout.splitlines()
    assert outcomes == ["sent", "sent"]
    assert plugins == str(["base", "custom_json", "email"])
    [posted] = http_server.requests_for("/hook")
    assert json.loads(posted.body)["title"] == "Neuer Termin"
    assert len(smtp_server.wait_for(1)) == 1


def test_services_outside_the_table_go_through_apprises_registry(
    http_server: HTTPTestServer,
) -> None:
    # apprise:// (an Apprise API server) is not in DIRECT_PLUGINS; it must still work.
    from notify.send import DIRECT_PLUGINS

    assert "apprise" not in DIRECT_PLUGINS
    http_server.set("/notify", body=b"{}", headers={"Content-Type": "application/json"})
    url = f"apprise://127.0.0.1:{http_server.port}/token"
    message = replace(_message(), attachments=())  # a plain form post, easy to read back
    result = ApprisedSender().send([url], message, message_id="m")[0]
    assert result.outcome == "sent", result.error
    [posted] = http_server.requests_for("/notify")
    assert posted.headers["x-apprise-config-id"] == "token"
    assert parse_qs(posted.body.decode())["title"] == [message.title]


def test_unusable_urls_of_direct_plugins_fail_with_a_reason() -> None:
    # Built from the class, a URL the plugin refuses is reported like any unusable URL.
    results = ApprisedSender().send(
        ["mailto://", "tgram://", "json://"], _message(), message_id="m"
    )
    assert [r.outcome for r in results] == ["failed", "failed", "failed"]
    assert all("not a usable apprise URL" in (r.error or "") for r in results)
