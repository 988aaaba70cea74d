"""The website in a real browser: headless Chromium (the system's, driven by Playwright).

One person's minute with nothing but a browser: subscribe through the form, confirm
from the e-mail (real aiosmtpd), get the alert for a real page change with its
List-Unsubscribe headers, unsubscribe with one click, and get nothing after that.
And axe-core finds no WCAG 2.1 A/AA (or best-practice) violation on any page, in German
and English, at desktop and phone widths. Screenshots of every page go to
``$RVR_WATCH_SCREENSHOTS`` when it is set.

Skips only when Chromium cannot be installed (``tests/support/install_chromium.sh``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from httpserver import HTTPTestServer
from smtpserver import SMTPServer
from websupport import (
    DATE_LINE,
    HTML,
    KEY,
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

from rvr_watch.config.model import Config

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def _chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        subprocess.run(["bash", str(ROOT / "tests/support/install_chromium.sh")], check=False)
        found = shutil.which("chromium")
    if found is None:
        pytest.skip("chromium is not installed and could not be installed (needs root or sudo)")
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        yield launched
        launched.close()


class Audit:
    """Runs axe-core on pages and keeps screenshots."""

    def __init__(self) -> None:
        from axe_playwright_python.sync_playwright import Axe

        self.axe = Axe()
        folder = os.environ.get("RVR_WATCH_SCREENSHOTS")
        self.shots = Path(folder) if folder else None
        if self.shots:
            self.shots.mkdir(parents=True, exist_ok=True)

    def __call__(self, page: Any, name: str) -> None:
        results = self.axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        assert results.violations_count == 0, f"{name}:\n{results.generate_report()}"
        if self.shots:
            page.screenshot(path=str(self.shots / f"{name}.png"), full_page=True)


def _checked_once(
    tmp_path: Path, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> tuple[int, Clock, Config]:
    """A site's config with subscriptions, and the sample page checked once (a baseline)."""
    port, clock = free_port(), Clock(START)
    config = make_config(
        f"sqlite:///{tmp_path / 'w.db'}", http_server, port=port, mail=smtp_server.url()
    )
    http_server.set("/reihe", PAGE, headers=HTML)
    with service(config, clock) as svc:
        assert check(svc) == []
    return port, clock, config


def test_subscribe_confirm_alert_unsubscribe_in_a_browser(
    browser: Any, tmp_path: Path, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    port, clock, config = _checked_once(tmp_path, http_server, smtp_server)
    audit = Audit()
    with live_site(config, clock, port) as live:
        page = browser.new_page(locale="de-DE")  # the browser's Accept-Language picks German
        page.goto(f"{live.url}/")
        assert page.get_by_role("heading", level=1).inner_text() == "Kommende Termine"
        page.get_by_role("link", name="Benachrichtigungen").click()
        page.get_by_label("E-Mail-Adresse").fill("leser@example.org")
        page.get_by_label("Termin abgesagt").uncheck()
        page.get_by_label("Englisch").check()
        page.get_by_role("button", name="Anmelden").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Bitte prüfen Sie Ihr Postfach"
        audit(page, "flow-sent")

        (confirmation,) = smtp_server.wait_for(1)
        assert confirmation["To"] == "leser@example.org"
        page.goto(mail_link(confirmation, "/confirm"))
        page.get_by_role("button", name="Confirm subscription").click()  # the mail's language
        assert "leser@example.org" in page.inner_text("main")
        audit(page, "flow-confirmed")

        smtp_server.clear()
        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE), headers=HTML)
        with service(config, clock) as svc:
            assert check(svc) == ["rescheduled"]
        (alert,) = smtp_server.wait_for(1)
        assert alert["To"] == "leser@example.org"
        assert alert["Subject"].startswith("Date moved")  # English, as chosen
        assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        unsubscribe = alert["List-Unsubscribe"].strip("<>")
        assert unsubscribe in mail_text(alert)

        page.goto(unsubscribe)
        page.get_by_role("button", name="Abbestellen").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Abbestellt"
        audit(page, "flow-unsubscribed")

        smtp_server.clear()
        clock.advance(hours=1)
        http_server.set("/reihe", PAGE, headers=HTML)  # moved back: a change again
        with service(config, clock) as svc:
            assert check(svc) == ["rescheduled"]
        assert smtp_server.messages() == []  # nobody is left to tell
        page.close()


def test_every_page_passes_axe_in_german_and_english(
    browser: Any, tmp_path: Path, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    port, clock, config = _checked_once(tmp_path, http_server, smtp_server)
    with service(config, clock) as svc:
        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, DATE_LINE + " - abgesagt"), headers=HTML)
        assert check(svc) == ["cancelled"]
    audit = Audit()
    paths = {
        "index": "/",
        "event": f"/pages/series/events/{KEY}",
        "changes": "/changes",
        "changes-filtered": "/changes?kind=cancelled&page=series",
        "status": "/status",
        "subscribe": "/subscribe",
        "confirm": "/confirm?t=" + "x" * 43,
        "unsubscribe": "/unsubscribe?s=1&t=abc",
        "not-found": "/no/such/page",
    }
    with live_site(config, clock, port) as live:
        for width, suffix in ((1200, ""), (360, "-phone")):
            page = browser.new_page(viewport={"width": width, "height": 900})
            for lang in ("de", "en"):
                for name, path in paths.items():
                    separator = "&" if "?" in path else "?"
                    page.goto(f"{live.url}{path}{separator}lang={lang}")
                    audit(page, f"{name}-{lang}{suffix}")
                page.goto(f"{live.url}/subscribe?lang={lang}")
                page.get_by_role("button").last.click()  # empty form: errors shown
                assert page.locator("[aria-invalid=true]").count() == 1
                audit(page, f"subscribe-errors-{lang}{suffix}")
                page.goto(f"{live.url}/confirm?lang={lang}&t=" + "y" * 43)
                page.get_by_role("button").last.click()  # invalid link message
                audit(page, f"invalid-{lang}{suffix}")
            page.close()
        # The cancelled date is struck through and says so in words.
        page = browser.new_page(locale="de-DE")
        page.goto(f"{live.url}/")
        cancelled = page.locator("article.cancelled")
        assert cancelled.locator("del").first.is_visible()
        assert "abgesagt" in cancelled.inner_text()
        page.emulate_media(media="print")
        assert page.locator("header nav").is_hidden()
        page.close()
