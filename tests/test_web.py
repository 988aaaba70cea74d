"""The website over real HTTP: pages, languages, feeds, health, metrics, escaping.

A real check history is made with the engine (loopback page server, SQLite and
PostgreSQL); the site is served by uvicorn on a free loopback port.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import httpx
import icalendar
import pytest
from httpserver import HTTPTestServer
from websupport import (
    DATE_LINE,
    HTML,
    KEY,
    MOVED_LINE,
    PAGE,
    START,
    TITLE,
    Clock,
    check,
    free_port,
    live_site,
    make_config,
    service,
)

from rvr_watch.cli import main
from rvr_watch.web.ops import StatusMemo


def _history(db_url: str, http_server: HTTPTestServer, port: int, clock: Clock) -> None:
    """Baseline, then a reschedule."""
    config = make_config(db_url, http_server, port=port)
    http_server.set("/reihe", PAGE, headers=HTML)
    with service(config, clock) as svc:
        assert check(svc) == []
        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE), headers=HTML)
        assert check(svc) == ["rescheduled"]


def _sequences(body: bytes) -> dict[str, int]:
    calendar = icalendar.Calendar.from_ical(body)
    return {str(e["UID"]): int(e["SEQUENCE"]) for e in calendar.walk("VEVENT")}


def test_pages_feeds_and_languages(db_url: str, http_server: HTTPTestServer) -> None:
    port, clock = free_port(), Clock(START)
    config = make_config(db_url, http_server, port=port)
    http_server.set("/reihe", PAGE, headers=HTML)
    with service(config, clock) as svc:
        assert check(svc) == []
    with live_site(config, clock, port) as live:
        client = live.client
        home = client.get("/")
        assert home.status_code == 200
        assert '<html lang="de">' in home.text
        assert "Kommende Termine" in home.text
        assert TITLE in home.text
        assert "Donnerstag, 27. November 2025" in home.text
        assert "17:00–19:00 Uhr" in home.text
        assert "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen" in home.text
        assert f"webcal://127.0.0.1:{port}/events.ics" in home.text
        english = client.get("/?lang=en")
        assert '<html lang="en">' in english.text and "Upcoming dates" in english.text
        assert "Thursday, 27 November 2025" in english.text
        negotiated = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9,de;q=0.5"})
        assert "Upcoming dates" in negotiated.text
        assert "Kommende Termine" in client.get("/", headers={"Accept-Language": "fr"}).text
        metrics = client.get("/metrics").text  # on both databases
        assert 'rvr_watch_checks_total{page="series",outcome="changed"} 1' in metrics
        assert client.get("/healthz").json()["database"] == "ok"
        # Links keep a chosen language.
        assert 'href="/changes?lang=en"' in english.text

        ics = client.get("/events.ics")
        assert ics.status_code == 200
        assert ics.headers["content-type"].startswith("text/calendar")
        assert ics.headers["content-encoding"] == "gzip"  # httpx asks for it, as calendar apps do
        sequences = _sequences(ics.content)
        uid = f"{KEY}@series.rvr-watch"
        assert sequences[uid] == 0 and len(sequences) > 1  # the Rückblick is in it too
        etag, modified = ics.headers["etag"], ics.headers["last-modified"]
        again = client.get("/events.ics", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == etag and again.headers["last-modified"] == modified
        assert "content-security-policy" in again.headers
        time.sleep(1.1)  # the remembered content state expires: the application answers
        later = client.get("/events.ics", headers={"If-None-Match": etag})
        assert later.status_code == 304 and later.headers["etag"] == etag
        assert client.get("/events.ics", headers={"If-Modified-Since": modified}).status_code == 304
        assert client.get("/events.ics").content == ics.content  # byte-stable
        assert client.get("/pages/series/events.ics").status_code == 200
        assert client.get("/pages/nope/events.ics").status_code == 404

        # The same JSON as the CLI's `events --all --format json`.
        api = client.get("/api/events", params={"all": "1"}).json()
        assert KEY in [e["key"] for e in api]
        event_page = client.get(f"/pages/series/events/{KEY}")
        assert event_page.status_code == 200 and TITLE in event_page.text
        assert client.get("/pages/series/events/no-such-key").status_code == 404

        # A reschedule: SEQUENCE goes up, the ETag changes, the old one no longer matches.
        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE), headers=HTML)
        with service(config, clock) as svc:
            assert check(svc) == ["rescheduled"]
        time.sleep(1.1)  # the content state is trusted for one second
        moved = client.get("/events.ics", headers={"If-None-Match": etag})
        assert moved.status_code == 200 and moved.headers["etag"] != etag
        assert _sequences(moved.content) == {**sequences, uid: 1}

        feed = feedparser.parse(client.get("/changes.atom").content)
        assert not feed.bozo, feed.bozo_exception
        (entry,) = feed.entries
        assert entry.title.startswith("Termin verschoben: " + TITLE)
        history = client.get(f"/pages/series/events/{KEY}").text
        assert "Termin verschoben" in history and "Donnerstag, 4. Dezember 2025, 18:00" in history
        changes = client.get("/changes", params={"kind": "rescheduled", "page": "series"}).text
        assert TITLE in changes
        assert TITLE not in client.get("/changes", params={"kind": "cancelled"}).text


def test_healthz_and_metrics(tmp_path: Path, http_server: HTTPTestServer) -> None:
    port, clock = free_port(), Clock(START)
    db_url = f"sqlite:///{tmp_path / 'w.db'}"
    config = make_config(db_url, http_server, port=port)
    http_server.set("/reihe", PAGE, headers=HTML)
    with service(config, clock) as svc:
        check(svc)
    with live_site(config, clock, port, status=StatusMemo(ttl_s=0)) as live:
        health = live.client.get("/healthz")
        assert health.status_code == 200, health.text
        assert health.json()["healthy"] is True
        metrics = live.client.get("/metrics").text
        assert 'rvr_watch_checks_total{page="series",outcome="changed"} 1' in metrics
        assert "rvr_watch_outbox_depth 0" in metrics
        assert 'rvr_watch_last_success_timestamp_seconds{page="series"}' in metrics
        # Two failed checks reach the threshold: 503 with the reason.
        http_server.set("/reihe", "down", status=500)
        with service(config, clock) as svc:
            for _ in range(2):
                clock.advance(hours=1)
                check(svc)
        health = live.client.get("/healthz")
        assert health.status_code == 503
        assert "series: 2 failed checks in a row" in health.json()["reason"]
        metrics = live.client.get("/metrics").text
        assert 'rvr_watch_checks_total{page="series",outcome="failed"} 2' in metrics
        status = live.client.get("/status")
        assert status.status_code == 200 and "gestört" in status.text


def test_scraped_markup_is_escaped_everywhere(tmp_path: Path, http_server: HTTPTestServer) -> None:
    port, clock = free_port(), Clock(START)
    config = make_config(f"sqlite:///{tmp_path / 'w.db'}", http_server, port=port)
    # Visible text on the page (escaped in its HTML), as a careless editor might paste it.
    hostile_title = "Karriere &lt;script&gt;alert(1)&lt;/script&gt; in GE"
    page = PAGE.replace("Karriere in GE? Mach’s mit Wasserstoff!", hostile_title)
    page = page.replace(
        'href="/fileadmin/user_upload/RVR/Themen/Bildung_Wissenschaft/Fachkraefte-Reihe/'
        '2025-11-27_Programm_Karriere_in_GE.pdf"',
        'href="javascript:alert(1)"',
    )
    http_server.set("/reihe", page, headers=HTML)
    with service(config, clock) as svc:
        check(svc)
        clock.advance(hours=1)
        http_server.set("/reihe", page.replace(DATE_LINE, MOVED_LINE), headers=HTML)
        assert check(svc) == ["rescheduled"]
    with live_site(config, clock, port) as live:
        api = live.client.get("/api/events", params={"all": "1"}).json()
        assert any("<script>" in e["title"] for e in api)  # JSON keeps the text as published
        assert any(link["url"] == "javascript:alert(1)" for e in api for link in e["links"])
        with live.site.reads() as session:
            from storage.queries import list_events

            (first,) = [
                s.first_key
                for s in list_events(session, include_all=True)
                if "<script>" in s.event.title
            ]
        assert "<script>" not in live.client.get("/status").text
        for path in ("/", "/?lang=en", "/changes", f"/pages/series/events/{first}"):
            body = live.client.get(path).text
            assert "<script>" not in body, path
            assert "&lt;script&gt;" in body, path
            assert 'href="javascript:' not in body, path
        atom = live.client.get("/changes.atom").text
        assert "<script>" not in atom and "&lt;script&gt;" in atom


def test_serve_command_starts_answers_and_stops_cleanly(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    port = free_port()
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        f"database: sqlite:///{tmp_path / 'w.db'}\n"
        f"pages:\n  - name: series\n    url: {http_server.url('/reihe')}\n"
        f"web:\n  base_url: https://termine.example.org/\n",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "rvr_watch",
            "--config",
            str(config_path),
            "serve",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline
                time.sleep(0.1)
        # Never checked: as `status` says, not healthy yet; the database answers.
        assert answer.json()["database"] == "ok"
        home = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert home.status_code == 200 and "webcal://termine.example.org/events.ics" in home.text
        assert home.headers["content-security-policy"].startswith("default-src 'none'")
        assert httpx.get(f"http://127.0.0.1:{port}/subscribe", timeout=5).status_code == 404
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err


def test_serve_says_when_it_cannot_listen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        f"database: sqlite:///{tmp_path / 'w.db'}\npages:\n  - name: s\n    url: https://x.org/\n",
        encoding="utf-8",
    )
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["--config", str(config_path), "serve", "--port", str(port)]) == 1
    assert f"rvr-watch: cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err
    assert main(["--config", str(config_path), "serve", "--port", "0"]) == 2


def test_serve_refuses_a_bad_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        "pages:\n  - name: s\n    url: https://x.org/\nweb:\n  subscriptions: true\n",
        encoding="utf-8",
    )
    assert main(["--config", str(config_path), "serve"]) == 2
    assert "web.subscriptions: true needs web.mail" in capsys.readouterr().err


def test_api_events_is_the_cli_json(
    tmp_path: Path, http_server: HTTPTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    port, clock = free_port(), Clock(START)
    db_url = f"sqlite:///{tmp_path / 'w.db'}"
    _history(db_url, http_server, port, clock)
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        f"database: {db_url}\npages:\n  - name: series\n    url: {http_server.url('/reihe')}\n",
        encoding="utf-8",
    )
    assert main(["--config", str(config_path), "events", "--all", "--format", "json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    config = make_config(db_url, http_server, port=port)
    with live_site(config, clock, port) as live:
        assert live.client.get("/api/events", params={"all": "1"}).json() == cli


def test_a_one_shot_check_loads_no_web_framework(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        f"database: sqlite:///{tmp_path / 'w.db'}\nhttp:\n  robots: false\n"
        f"pages:\n  - name: series\n    url: {http_server.url('/reihe')}\n"
        "web:\n  base_url: https://termine.example.org/\n",
        encoding="utf-8",
    )
    http_server.set("/reihe", PAGE, headers=HTML)
    code = (
        "import sys\nfrom rvr_watch.cli import main\n"
        f"status = main(['--config', {str(config_path)!r}, 'check'])\n"
        "print(status, sorted(m for m in sys.modules if m.split('.')[0] in "
        "('starlette', 'jinja2', 'uvicorn') or m.startswith('rvr_watch.web')))"
    )
    for _ in range(2):  # the baseline, then an unchanged check
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip().splitlines()[-1] == "0 []"
