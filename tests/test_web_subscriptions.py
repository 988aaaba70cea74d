"""Self-service alerts over real HTTP and real SMTP: double opt-in, fan-out through the
outbox, one-click unsubscribe, and the abuse rules (CSRF, rate limits, tokens, no
address oracle)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import httpx
import pytest
from httpserver import HTTPTestServer
from smtpserver import SMTPServer
from websupport import (
    DATE_LINE,
    HTML,
    MOVED_LINE,
    PAGE,
    START,
    Clock,
    check,
    free_port,
    live_site,
    mail_link,
    mail_text,
    make_config,
    service,
)

from rvr_watch.cli import main
from rvr_watch.web.ratelimit import RateLimiter
from storage import web_subscribers

CANCELLED = DATE_LINE + " - abgesagt"


def _token(client: httpx.Client) -> str:
    form = client.get("/subscribe")
    assert form.status_code == 200
    found = re.search(r'name="token" value="([^"]+)"', form.text)
    assert found
    return found[1]


def _subscribe(client: httpx.Client, email: str, **extra: str) -> httpx.Response:
    data = {"token": _token(client), "email": email, "kinds": "rescheduled", "language": "de"}
    return client.post("/subscribe", data={**data, **extra})


def test_double_opt_in_alert_and_one_click_unsubscribe(
    db_url: str, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    port, clock = free_port(), Clock(START)
    team = f"  - name: team\n    notify: ['{smtp_server.url(to='team@example.org')}']\n"
    config = make_config(
        db_url, http_server, port=port, mail=smtp_server.url(to="x@example.org"), subscribers=team
    )
    http_server.set("/reihe", PAGE, headers=HTML)
    with service(config, clock) as svc:
        assert check(svc) == []
    with live_site(config, clock, port) as live:
        answer = _subscribe(live.client, "Reader@Example.org")
        assert answer.status_code == 200 and "Bitte prüfen Sie Ihr Postfach" in answer.text
        (confirmation,) = smtp_server.wait_for(1)
        assert confirmation["To"] == "Reader@Example.org"
        assert re.fullmatch(
            r"<rvr-watch\.confirm\.[0-9a-f]{24}@127\.0\.0\.1>", confirmation["Message-ID"]
        )
        link = mail_link(confirmation, "/confirm")
        with live.site.reads() as session:  # nothing is a subscriber before the link is used
            assert web_subscribers.list_subscribers(session) == []
        token = re.search(r"t=([^&\s]+)", link)[1]  # type: ignore[index]
        page = live.client.get(link)
        assert page.status_code == 200 and "Anmeldung bestätigen" in page.text
        confirmed = live.client.post("/confirm", data={"t": token})
        assert confirmed.status_code == 200 and "Reader@Example.org" in confirmed.text
        reused = live.client.post("/confirm", data={"t": token})
        assert reused.status_code == 400 and "Link ungültig" in reused.text

        smtp_server.clear()
        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE), headers=HTML)
        with service(config, clock) as svc:
            assert check(svc) == ["rescheduled"]
            svc.drain()  # a second drain sends nothing again
        mails = smtp_server.wait_for(2)
        by_to = {m["To"]: m for m in mails}
        assert set(by_to) == {"team@example.org", "Reader@Example.org"}
        alert = by_to["Reader@Example.org"]
        assert "List-Unsubscribe" not in by_to["team@example.org"]
        assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        unsubscribe = alert["List-Unsubscribe"].strip("<>")
        assert unsubscribe.startswith(f"http://127.0.0.1:{port}/unsubscribe?s=")
        assert unsubscribe in mail_text(alert)

        # RFC 8058: the mail provider POSTs the body to the header's URL.
        wrong = live.client.post(unsubscribe[:-3] + "AAA", data={"List-Unsubscribe": "One-Click"})
        assert wrong.status_code == 400
        done = live.client.post(unsubscribe, data={"List-Unsubscribe": "One-Click"})
        assert done.status_code == 200 and "Abbestellt" in done.text
        with live.site.reads() as session:
            assert web_subscribers.list_subscribers(session) == []

        smtp_server.clear()
        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, CANCELLED), headers=HTML)
        with service(config, clock) as svc:
            kinds = check(svc)
        assert kinds, "the page change was detected"
        assert [m["To"] for m in smtp_server.wait_for(1)] == ["team@example.org"]


def test_abuse_rules(tmp_path: Path, http_server: HTTPTestServer, smtp_server: SMTPServer) -> None:
    port, clock = free_port(), Clock(START)
    config = make_config(
        f"sqlite:///{tmp_path / 'w.db'}", http_server, port=port, mail=smtp_server.url()
    )
    with live_site(config, clock, port, client_limit=RateLimiter(6, 600.0)) as live:
        client = live.client
        # CSRF: no token, a token without its cookie, a forged token: all refused.
        _token(client)
        plain = {"email": "a@example.org", "kinds": "new_date", "language": "de"}
        assert client.post("/subscribe", data=plain).status_code == 403
        token = _token(client)
        stranger = httpx.post(f"{live.url}/subscribe", data={**plain, "token": token})
        assert stranger.status_code == 403
        assert client.post("/subscribe", data={**plain, "token": token + "x"}).status_code == 403
        assert smtp_server.messages() == []

        # A known address and an unknown one get the same page; the known one's repeat
        # request within the gap sends no second mail (no mail storms).
        first = _subscribe(client, "known@example.org")
        (mail,) = smtp_server.wait_for(1)
        again = _subscribe(client, "known@example.org")
        unknown = _subscribe(client, "new@example.org")
        assert first.status_code == again.status_code == unknown.status_code == 200
        assert first.text == again.text == unknown.text
        smtp_server.wait_for(2)
        assert [m["To"] for m in smtp_server.messages()] == [
            "known@example.org",
            "new@example.org",
        ]

        # The client limit holds: the 7th post in the window is refused with Retry-After.
        refused = _subscribe(client, "other@example.org")
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0

        # Bad input is explained, next to the field.
        live.site.client_limit = RateLimiter(100, 600.0)
        bad = _subscribe(client, "not-an-address")
        assert bad.status_code == 400 and 'aria-invalid="true"' in bad.text

        # An expired link is refused, and so is a made-up one.
        clock.advance(hours=49)
        token = re.search(r"t=([^&\s]+)", mail_link(mail, "/confirm"))[1]  # type: ignore[index]
        assert client.post("/confirm", data={"t": token}).status_code == 400
        assert client.post("/confirm", data={"t": "x" * 43}).status_code == 400


def test_the_address_limit_per_day(
    tmp_path: Path, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    port, clock = free_port(), Clock(START)
    config = make_config(
        f"sqlite:///{tmp_path / 'w.db'}", http_server, port=port, mail=smtp_server.url()
    )
    with live_site(config, clock, port) as live:
        for _ in range(5):
            assert _subscribe(live.client, "many@example.org").status_code == 200
            clock.advance(minutes=11)
        smtp_server.wait_for(3)
        assert len(smtp_server.messages()) == 3  # at most three confirmation mails a day


def test_subscribers_command_lists_and_removes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.db"
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        f"database: sqlite:///{db}\npages:\n  - name: s\n    url: https://x.org/\n",
        encoding="utf-8",
    )
    assert main(["--config", str(config_path), "subscribers"]) == 0
    from rvr_watch.engine.wiring import open_database

    database = open_database(f"sqlite:///{db}")
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    with database.sessions.begin() as session:
        for email in ("a@example.org", "b@example.org"):
            token = web_subscribers.add_signup(session, email, ["new_date"], "en", now)
            web_subscribers.confirm(session, token, now)
    database.dispose()
    capsys.readouterr()
    assert main(["--config", str(config_path), "subscribers", "--format", "json"]) == 0
    assert "a@example.org" in capsys.readouterr().out
    assert main(["--config", str(config_path), "subscribers", "--remove", "A@example.org"]) == 0
    assert "removed 1 subscriber" in capsys.readouterr().out
    assert main(["--config", str(config_path), "subscribers", "--remove", "zz@example.org"]) == 2
    assert main(["--config", str(config_path), "subscribers"]) == 0
    out = capsys.readouterr().out
    assert "b@example.org" in out and "a@example.org" not in out
