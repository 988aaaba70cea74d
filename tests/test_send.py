"""notify.send, notify.mail and notify.redact: real deliveries to loopback servers.

E-mail goes to the aiosmtpd server of tests/smtpserver.py and is read back with the
standard library's parser (``policy=default``); webhooks to tests/httpserver.py; Matrix
to a real Synapse (installed by tests/support/install_synapse.sh into
.cache/synapse-venv), see test_matrix_*.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import hmac
import io
import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import icalendar
import pytest
import yaml
from httpserver import HTTPTestServer
from hypothesis import given, settings
from hypothesis import strategies as st
from smtpserver import PASSWORD, SMTPServer

from notify.mail import build_email, message_id, message_id_token
from notify.mail_url import parse_email_url
from notify.messages import EventNotice, Message, MonitorNotice, Notice, Reader, render_message
from notify.redact import redact_url, url_secrets
from notify.send import ApprisedSender, Sender, SendResult, _scrub, with_read_timeout
from rvr_watch.logs import setup_logging
from scraper.model import Event, Link, Location
from storage.diff import Change, changed_fields
from storage.engine import make_engine, migrate
from storage.meta import instance_id

TZ = ZoneInfo("Europe/Berlin")
PAGE = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
DETECTED = dt.datetime(2025, 11, 20, 9, 15, tzinfo=dt.UTC)
EVIL_TITLE = (
    '<script>alert(1)</script> "><img src=x onerror=alert(1)> [x](javascript:alert(1)) @room'
)
EVENT = Event(
    key="2025-11-27-karriere-in-ge",
    status="upcoming",
    title="Karriere in GE? Mach’s mit Wasserstoff!",
    date=dt.date(2025, 11, 27),
    start=dt.datetime(2025, 11, 27, 16, 0, tzinfo=dt.UTC),
    end=dt.datetime(2025, 11, 27, 18, 0, tzinfo=dt.UTC),
    location=Location(venue="H2PopUpLab", street="Bahnhofstraße 69", city="Gelsenkirchen"),
    links=(
        Link("Programm", "https://www.rvr.ruhr/fileadmin/Programm.pdf", "172 KB"),
        Link("Anmeldung", "javascript:alert(1)"),
    ),
)
MOVED = replace(
    EVENT,
    date=dt.date(2025, 12, 4),
    start=dt.datetime(2025, 12, 4, 17, 0, tzinfo=dt.UTC),
    end=dt.datetime(2025, 12, 4, 19, 0, tzinfo=dt.UTC),
)


def _notice(kind: str, old: Event | None, new: Event | None, uid: str | None = None) -> Notice:
    fields = changed_fields(old, new) if old and new else ()
    change = Change(kind, old, new, fields)  # type: ignore[arg-type]
    return EventNotice(
        change, "fachkraefte-reihe", PAGE, DETECTED, "Fachkräfte-Reihe", uid, 3 if uid else 0
    )


KINDS: dict[str, Notice] = {
    "new_date": _notice("new_date", None, EVENT),
    "rescheduled": _notice("rescheduled", EVENT, MOVED, uid="evt-1@rvr-watch"),
    "updated": _notice(
        "updated", EVENT, replace(EVENT, audience="Fachkräfte"), uid="evt-1@rvr-watch"
    ),
    "cancelled": _notice(
        "cancelled", EVENT, replace(EVENT, status="cancelled"), uid="evt-1@rvr-watch"
    ),
    "removed": _notice("removed", EVENT, None),
    "concluded": _notice("concluded", EVENT, replace(EVENT, status="past")),
    "monitor_error": MonitorNotice(
        "monitor_error", "fachkraefte-reihe", PAGE, DETECTED, 3, "HTTP status 503", DETECTED
    ),
}


def _message(event: Event = EVENT, **kwargs: object) -> Message:
    notice = _notice("new_date", None, event)
    return render_message([notice], language="de", tz=TZ, **kwargs)  # type: ignore[arg-type]


def _parts(mail: EmailMessage) -> tuple[str, str, list[EmailMessage]]:
    plain = mail.get_body(preferencelist=("plain",))
    rich = mail.get_body(preferencelist=("html",))
    assert plain is not None and rich is not None
    attachments = [part for part in mail.iter_attachments() if isinstance(part, EmailMessage)]
    return str(plain.get_content()), str(rich.get_content()), attachments


def _defects(mail: EmailMessage) -> list[object]:
    found: list[object] = []
    for part in mail.walk():
        found += part.defects
        for value in part.values():
            found += getattr(value, "defects", ())
    return found


def _calendar_part(mail: EmailMessage) -> EmailMessage:
    (part,) = [p for p in mail.walk() if p.get_content_type() == "text/calendar"]
    assert isinstance(part, EmailMessage)
    return part


# --- e-mail: what arrives ----------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_arrives_as_a_clean_multipart_mail(kind: str, smtp_server: SMTPServer) -> None:
    message = render_message([KINDS[kind]], language="de", tz=TZ)
    (result,) = ApprisedSender().send([smtp_server.url()], message, message_id="rvr-watch.1.x")
    assert result.outcome == "sent", result.error
    (received,) = smtp_server.received
    mail = email.message_from_bytes(received.raw, policy=email.policy.default)
    assert isinstance(mail, EmailMessage)
    assert _defects(mail) == []
    head, _, body = received.raw.partition(b"\r\n\r\n")
    assert max(map(len, head.split(b"\r\n"))) <= 998  # RFC 5322
    encoded = [line for line in body.split(b"\r\n") if not line.startswith(b"Content-")]
    assert max(map(len, encoded)) <= 78  # the parts' contents encoded for any MTA
    assert mail["Subject"] == message.title
    assert mail["Message-ID"] == "<rvr-watch.1.x@example.org>"
    assert mail["Auto-Submitted"] == "auto-generated"
    assert mail["Content-Language"] == "de"
    assert "List-Unsubscribe" not in mail
    plain, rich, attachments = _parts(mail)
    assert plain.replace("\r\n", "\n") == message.text
    assert rich.replace("\r\n", "\n") == message.html
    alternative = next(p for p in mail.walk() if p.get_content_type() == "multipart/alternative")
    kinds = [p.get_content_type() for p in alternative.iter_parts()]
    if message.calendar is None:
        assert mail.get_content_type() == "multipart/alternative"
        assert kinds == ["text/plain", "text/html"] and attachments == []
        return
    assert mail.get_content_type() == "multipart/mixed"
    assert kinds == ["text/plain", "text/html", "text/calendar"]
    part = _calendar_part(mail)
    method = "CANCEL" if kind == "cancelled" else "PUBLISH"
    assert part.get_param("method") == method
    assert str(part.get_param("charset")).lower() == "utf-8"
    calendar = icalendar.Calendar.from_ical(part.get_content())
    assert str(calendar["METHOD"]) == method
    (vevent,) = calendar.walk("VEVENT")
    notice = KINDS[kind]
    assert isinstance(notice, EventNotice)
    assert str(vevent["UID"]) == (notice.calendar_uid or f"fachkraefte-reihe/{EVENT.key}@rvr-watch")
    assert int(str(vevent["SEQUENCE"])) == notice.sequence
    assert str(vevent["ORGANIZER"]) == "mailto:rvr-watch@example.org"
    assert vevent["ORGANIZER"].params["CN"] == "rvr-watch"
    (ics,) = attachments
    assert ics.get_filename() == message.calendar.filename
    assert ics.get_payload(decode=True) == part.get_content().encode()


def test_a_cancellation_mail_states_the_cancellation(smtp_server: SMTPServer) -> None:
    message = render_message([KINDS["cancelled"]], language="de", tz=TZ)
    ApprisedSender().send([smtp_server.url()], message, message_id="m")
    (mail,) = smtp_server.wait_for(1)
    plain, rich, _ = _parts(mail)
    assert "- Status: bisher angekündigt\r\n          jetzt abgesagt" in plain
    assert ">angekündigt</del>" in rich and "<b>abgesagt</b>" in rich
    vevent = icalendar.Calendar.from_ical(_calendar_part(mail).get_content()).walk("VEVENT")[0]
    assert str(vevent["STATUS"]) == "CANCELLED"


def test_scraped_markup_and_line_breaks_stay_out_of_headers(smtp_server: SMTPServer) -> None:
    title = EVIL_TITLE + "\r\nBcc: victim@example.org\r\nX-Injected: yes"
    message = _message(replace(EVENT, title=title))
    (result,) = ApprisedSender().send([smtp_server.url()], message, message_id="m")
    assert result.outcome == "sent"
    (received,) = smtp_server.received
    assert received.rcpt_tos == ("team@example.org",)
    mail = received.message
    assert _defects(mail) == []
    assert "Bcc" not in mail and "X-Injected" not in mail
    subject = mail["Subject"]
    assert "\n" not in subject and "\r" not in subject
    assert subject.startswith('Neuer Termin: <script>alert(1)</script> "><img src=x onerror')
    plain, rich, _ = _parts(mail)
    assert "<script" not in rich and "<img" not in rich and 'href="javascript' not in rich
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror" in rich
    assert "@\u2060room" in rich and "@room" not in rich
    assert EVIL_TITLE.replace("@room", "@\u2060room") in plain


def test_a_list_unsubscribe_url_becomes_one_click_headers(smtp_server: SMTPServer) -> None:
    url = "https://watch.example.org/u/tok123"
    message = _message(reader=Reader(list_unsubscribe=url))
    ApprisedSender().send([smtp_server.url()], message, message_id="m")
    (mail,) = smtp_server.wait_for(1)
    assert mail["List-Unsubscribe"] == f"<{url}>"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f'href="{url}"' in _parts(mail)[1]


@pytest.mark.parametrize("url", ["http://watch.example.org/u/1", "https://x.example/u?a=<b>"])
def test_an_unsubscribe_url_unfit_for_the_header_stays_out_of_it(
    url: str, smtp_server: SMTPServer
) -> None:
    ApprisedSender().send(
        [smtp_server.url()], _message(reader=Reader(list_unsubscribe=url)), message_id="m"
    )
    (mail,) = smtp_server.wait_for(1)
    assert "List-Unsubscribe" not in mail and "List-Unsubscribe-Post" not in mail
    assert _defects(mail) == []


def test_to_cc_and_bcc_share_one_transaction(smtp_server: SMTPServer) -> None:
    url = smtp_server.url(to="a@example.org,b@example.org", cc="c@example.org")
    url += "&bcc=d%40example.org&name=RVR+Watch&reply=office%40example.org"
    (result,) = ApprisedSender().send([url], _message(), message_id="m")
    assert result.outcome == "sent", result.error
    (received,) = smtp_server.received
    assert received.rcpt_tos == ("a@example.org", "b@example.org", "c@example.org", "d@example.org")
    mail = received.message
    assert (mail["To"], mail["Cc"], mail["Reply-To"]) == (
        "a@example.org, b@example.org",
        "c@example.org",
        "office@example.org",
    )
    assert mail["From"] == "RVR Watch <rvr-watch@example.org>" and "Bcc" not in mail


@settings(max_examples=60, deadline=None)
@given(title=st.text(max_size=300), venue=st.text(max_size=80))
def test_any_scraped_text_gives_a_mail_without_defects(title: str, venue: str) -> None:
    # Built and parsed back without a server: whatever the page says, the mail is valid,
    # its subject is the message's one-line title and no header is added.
    message = _message(replace(EVENT, title=title, location=Location(venue=venue)))
    target = parse_email_url("mailto://relay.example.org?from=rvr@example.org&to=t@example.org")
    raw = build_email(message, target, message_id_value="<a.b@example.org>").as_bytes()
    mail = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(mail, EmailMessage) and _defects(mail) == []
    assert mail["Subject"] == message.title
    assert sorted(mail.keys()) == sorted(
        ["Subject", "From", "To", "Date", "Message-ID", "Auto-Submitted",
         "X-Auto-Response-Suppress", "MIME-Version", "Content-Type", "Content-Language"]
    )  # fmt: skip
    assert _parts(mail)[0].replace("\r\n", "\n") == message.text


# --- e-mail: Message-IDs -----------------------------------------------------------------


def test_message_ids_are_unique_across_databases_and_stable_for_a_resend(
    smtp_server: SMTPServer, tmp_path: Path
) -> None:
    instances = []
    for name in ("first.db", "second.db"):  # e.g. a recreated database
        engine = make_engine(f"sqlite:///{tmp_path / name}")
        migrate(engine)
        with engine.connect() as connection:
            from sqlalchemy.orm import Session

            with Session(connection) as session:
                instances.append(instance_id(session))
                assert instance_id(session) == instances[-1]  # read again: the same
        engine.dispose()
    assert instances[0] != instances[1] and all(len(i) == 32 for i in instances)
    sender = ApprisedSender()
    tokens = [message_id_token(instances[0], 1), message_id_token(instances[1], 1)]
    for token in [tokens[0], tokens[0], tokens[1]]:  # delivery 1 twice (a resend), then db 2
        sender.send([smtp_server.url()], _message(), message_id=token)
    ids = [mail["Message-ID"] for mail in smtp_server.wait_for(3)]
    assert ids[0] == ids[1] != ids[2]
    assert ids[0] == f"<rvr-watch.1.{instances[0]}@example.org>"


@pytest.mark.parametrize("token", ["rvr-watch.test.20251120 my team", "ä@ö <x>", "", "a..b"])
def test_a_message_id_is_valid_whatever_the_token_holds(
    token: str, smtp_server: SMTPServer
) -> None:
    (result,) = ApprisedSender().send([smtp_server.url()], _message(), message_id=token)
    assert result.outcome == "sent"
    (mail,) = smtp_server.wait_for(1)
    assert _defects(mail) == []
    value = mail["Message-ID"]
    assert value == message_id(token, "example.org")  # the same again for a resend
    assert value.startswith("<rvr-watch.") and value.endswith("@example.org>") and " " not in value


# --- e-mail: outcomes --------------------------------------------------------------------


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
    assert result.error is not None and "may have the message" in result.error
    # The server did take it: exactly why a retry could deliver it twice.
    assert len(smtp_server.wait_for(1)) == 1


def test_a_session_is_kept_and_reopened_when_the_server_closed_it(
    smtp_server: SMTPServer,
) -> None:
    sender = ApprisedSender()
    assert sender.send([smtp_server.url()], _message(), message_id="a")[0].outcome == "sent"
    assert sender.send([smtp_server.url()], _message(), message_id="b")[0].outcome == "sent"
    smtp_server.down()  # the kept session dies with the server ...
    smtp_server.up()
    # ... and is replaced before anything is handed over: no failure, no duplicate.
    assert sender.send([smtp_server.url()], _message(), message_id="c")[0].outcome == "sent"
    sender.close()
    assert [m["Message-ID"] for m in smtp_server.wait_for(3)] == [
        f"<{token}@example.org>" for token in "abc"
    ]


def test_server_down_fails(smtp_server: SMTPServer) -> None:
    smtp_server.down()
    (result,) = ApprisedSender().send([smtp_server.url()], _message(), message_id="m")
    assert result.outcome == "failed"
    assert result.error is not None and "cannot connect" in result.error


def test_wrong_password_fails_without_showing_it(smtp_server: SMTPServer) -> None:
    url = smtp_server.url().replace(PASSWORD, "wrong-password")
    (result,) = ApprisedSender().send([url], _message(), message_id="m")
    assert result.outcome == "failed"
    assert result.error is not None and "535" in result.error
    assert "wrong-password" not in result.error + result.url_redacted


def test_one_broken_url_does_not_block_the_others(smtp_server: SMTPServer) -> None:
    sender: Sender = ApprisedSender()
    urls = ["nonsense://what", "mailto://", smtp_server.url(to="second@example.org")]
    results = sender.send(urls, _message(), message_id="m")
    assert [r.outcome for r in results] == ["failed", "failed", "sent"]
    assert results[0].error == "not a usable apprise URL (unknown service or invalid syntax)"
    assert results[1].error == "mailto:// needs the SMTP server's host name"
    (mail,) = smtp_server.wait_for(1)
    assert mail["To"] == "second@example.org"


def test_secrets_stay_out_of_results_and_logs(
    smtp_server: SMTPServer, http_server: HTTPTestServer
) -> None:
    smtp_server.mode = "refuse"
    http_server.set("/hooks/TOKENsecret123", status=500, body=b"no")
    urls = [
        smtp_server.url(),
        "mailto://user:hunter2-secret@",
        f"json://127.0.0.1:{http_server.port}/hooks/TOKENsecret123",
    ]
    stream = io.StringIO()
    handler = setup_logging("DEBUG", "text", stream)
    try:
        results = ApprisedSender().send(urls, _message(), message_id="m")
    finally:
        logging.getLogger().removeHandler(handler)
    assert [r.outcome for r in results] == ["failed", "failed", "failed"]
    for result in results:
        for secret in (PASSWORD, "hunter2-secret", "TOKENsecret123"):
            assert secret not in repr(result)
    # apprise's own records go into its results, not into our log (they may quote URLs).
    assert " apprise" not in stream.getvalue() and "TOKENsecret123" not in stream.getvalue()


# --- webhooks and other services through apprise ----------------------------------------


def test_a_webhook_gets_the_message(http_server: HTTPTestServer) -> None:
    http_server.set("/hook", body=b"{}", headers={"Content-Type": "application/json"})
    url = f"json://127.0.0.1:{http_server.port}/hook"
    (result,) = ApprisedSender().send([url], _message(), message_id="m")
    assert result == SendResult(redact_url(url), "sent", None)
    [posted] = http_server.requests_for("/hook")
    payload = json.loads(posted.body)
    assert payload["title"] == _message().title
    assert "Donnerstag, 27. November 2025" in payload["message"]


def test_a_webhook_answering_after_the_read_timeout_is_uncertain(
    http_server: HTTPTestServer,
) -> None:
    # The service got the request and acts on it; we only miss its answer.
    http_server.set("/slow", body=b"{}", delay_s=3.0)
    url = f"json://127.0.0.1:{http_server.port}/slow?rto=1"
    (result,) = ApprisedSender().send([url], _message(), message_id="m")
    assert result.outcome == "uncertain", result.error
    assert result.error is not None and "read timeout (1 s)" in result.error
    assert len(http_server.requests_for("/slow")) == 1  # it did arrive


def test_a_webhook_refusing_at_once_failed(http_server: HTTPTestServer) -> None:
    http_server.set("/broken", status=500, body=b"kaputt")
    url = f"json://127.0.0.1:{http_server.port}/broken?rto=5"
    (result,) = ApprisedSender().send([url], _message(), message_id="m")
    assert result.outcome == "failed"
    assert result.error is not None and "500" in result.error


def test_a_webhook_that_cannot_be_reached_failed() -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (result,) = ApprisedSender().send([f"json://127.0.0.1:{port}/x"], _message(), message_id="m")
    assert result.outcome == "failed"


def test_apprise_urls_get_a_read_timeout_for_slow_services_unless_they_set_one() -> None:
    assert with_read_timeout("json://h/p", 30) == "json://h/p?rto=30"
    assert with_read_timeout("json://h/p?format=text", 30) == "json://h/p?format=text&rto=30"
    assert with_read_timeout("json://h/p?RTO=5", 30) == "json://h/p?RTO=5"
    assert with_read_timeout("matrixs://u:p@h/#room", 30) == "matrixs://u:p@h/#room?rto=30"


_SEND_IN_FRESH_PROCESS = """
import sys
from notify.messages import Message
from notify.send import ApprisedSender

message = Message(title="Neuer Termin", text="27.11.", markdown="27.11.", html="<p>27.11.</p>")
for url in sys.argv[1:]:
    print(ApprisedSender().send([url], message, message_id="m-1")[0].outcome)
print("apprise" in sys.modules)
"""


def test_e_mail_alone_never_imports_apprise(
    http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    # A fresh interpreter: another test may already have imported apprise here.
    def run(*urls: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", _SEND_IN_FRESH_PROCESS, *urls],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return result.stdout.split()

    assert run(smtp_server.url()) == ["sent", "False"]
    http_server.set("/hook", body=b"{}", headers={"Content-Type": "application/json"})
    assert run(f"json://127.0.0.1:{http_server.port}/hook") == ["sent", "True"]


def test_apprise_is_used_through_its_public_api_only() -> None:
    # No plugin classes, no module patches: nothing below apprise's package namespace.
    source = (Path(__file__).parent.parent / "notify" / "send.py").read_text()
    assert "apprise.plugins" not in source and "setattr(" not in source
    assert "import apprise" in source


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
def test_matrix_gets_the_text_then_the_file_once_and_cannot_ping_the_room(
    synapse: Homeserver,
) -> None:
    with _client(synapse) as client:
        created = client.post("/createRoom", json={"room_alias_name": "rvr-alerts"})
        created.raise_for_status()
        room_id = created.json()["room_id"]
        message = _message(replace(EVENT, title=EVIL_TITLE))
        url = f"matrix://{MATRIX_USER}:{MATRIX_PASSWORD}@127.0.0.1:{synapse.port}/#rvr-alerts"
        (result,) = ApprisedSender().send([url], message, message_id="m-1")
        assert result.outcome == "sent", result.error
        assert MATRIX_PASSWORD not in result.url_redacted
        history = client.get(f"/rooms/{room_id}/messages", params={"dir": "f", "limit": 50})
        history.raise_for_status()
    events = [e for e in history.json()["chunk"] if e["type"] == "m.room.message"]
    kinds = [e["content"].get("msgtype") for e in events]
    bodies = [e["content"].get("body", "") for e in events]
    # In the room's order: the message, then the calendar file, each exactly once
    # (apprise posts a line with every file; ours says what the file is).
    assert kinds == ["m.text", "m.file", "m.text"]
    assert bodies[1] == "2025-11-27-karriere-in-ge.ics"
    assert bodies[2].startswith("↑ Kalenderdatei zu dieser Nachricht")
    content = events[0]["content"]
    assert content["format"] == "org.matrix.custom.html"
    formatted, body = content["formatted_body"], content["body"]
    assert "<script" not in formatted and "<img" not in formatted
    assert 'href="javascript' not in formatted
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in formatted
    assert f'<a href="{PAGE}">' in formatted
    assert "<del>" not in formatted or "</del>" in formatted
    for text in (formatted, body):
        assert "@room" not in text.lower()
        assert "@\u2060room" in text
    assert "Donnerstag, 27. November 2025" in body and "Donnerstag, 27. November 2025" in formatted
    files = [e["content"] for e in events if e["content"].get("msgtype") == "m.file"]
    assert [f["body"] for f in files] == ["2025-11-27-karriere-in-ge.ics"]
