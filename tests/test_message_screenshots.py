"""Every kind's e-mail HTML rendered by a real browser (headless Chromium) at phone and
desktop widths, light and dark; the PNGs are kept in tests/artifacts/screenshots/.

Chromium is the system's (``tests/support/install_chromium.sh``), driven by Playwright
through ``executable_path``. The assertions are about layout a reader would notice: no
sideways scrolling on a 360 px phone, a column no wider than 600 px on a desktop, the
headline first, sans-serif text, and dark colours when the client asks for dark.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from test_messages import CASES, EVENT, TZ, event_notice

from notify.messages import Notice, Reader, render_message

ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "screenshots"
READER = Reader(kinds=frozenset({"new_date", "rescheduled", "updated", "cancelled", "removed"}))


def _titled(notice: Notice) -> Notice:
    return replace(notice, page_title="Fachkräfte-Reihe")


MESSAGES: dict[str, list[Notice]] = {
    kind: [_titled(notice)] for kind, notice in CASES.items() if kind != "monitor_recovered"
}
MESSAGES["digest"] = [
    _titled(event_notice("new_date", None, replace(EVENT, date=dt.date(2026, 1, 15)))),
    _titled(CASES["rescheduled"]),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if chromium is None:
        reason = "no Chromium/Playwright: run tests/support/install_chromium.sh"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield launched
        launched.close()


def _shoot(browser: Any, html: str, name: str, width: int, scheme: str) -> dict[str, Any]:
    page = browser.new_page(viewport={"width": width, "height": 700}, color_scheme=scheme)
    try:
        page.set_content(html, wait_until="load")
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}-{scheme}.png"), full_page=True)
        facts: dict[str, Any] = page.evaluate(
            """() => {
                const card = document.querySelector('.rw-card').getBoundingClientRect();
                const h1 = document.querySelector('h1');
                return {
                    scrollWidth: document.documentElement.scrollWidth,
                    cardWidth: card.width,
                    headline: h1.innerText,
                    headlineTop: h1.getBoundingClientRect().top,
                    font: getComputedStyle(h1).fontFamily,
                    background: getComputedStyle(document.body).backgroundColor,
                    text: getComputedStyle(document.querySelector('.rw-pad')).color,
                };
            }"""
        )
        return facts
    finally:
        page.close()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_each_kind_renders_well_on_a_phone_and_a_desktop(browser: Any, name: str) -> None:
    message = render_message(MESSAGES[name], language="de", tz=TZ, reader=READER)
    small = _shoot(browser, message.html, name, 320, "light")
    assert small["scrollWidth"] <= 320  # the narrowest phones still scroll only down
    phone = _shoot(browser, message.html, name, 360, "light")
    assert phone["scrollWidth"] <= 360  # nothing to scroll sideways
    assert phone["headlineTop"] < 120  # what happened is the first thing one reads
    assert "sans-serif" in phone["font"]
    desktop = _shoot(browser, message.html, name, 1024, "light")
    assert desktop["scrollWidth"] <= 1024 and desktop["cardWidth"] <= 600
    expected = "2 Änderungen" if name == "digest" else message.title.partition(":")[0]
    assert desktop["headline"] == expected
    assert desktop["background"] == "rgb(243, 244, 246)"


@pytest.mark.slow
def test_long_unbroken_words_wrap_instead_of_widening_the_page(browser: Any) -> None:
    word = "Fachkräftesicherungsnetzwerkveranstaltungsreihenauftakt" * 2
    event = replace(EVENT, title=word, note=f"https://example.org/{'x' * 120}")
    message = render_message([event_notice("new_date", None, event)], tz=TZ, reader=READER)
    assert _shoot(browser, message.html, "long-words", 320, "light")["scrollWidth"] <= 320


@pytest.mark.slow
@pytest.mark.parametrize("name", ["rescheduled", "cancelled"])
def test_dark_mode_gets_dark_colours(browser: Any, name: str) -> None:
    message = render_message(MESSAGES[name], language="en", tz=TZ, reader=READER)
    for width in (360, 1024):
        dark = _shoot(browser, message.html, f"{name}-en", width, "dark")
        assert dark["background"] == "rgb(13, 17, 23)"
        assert dark["text"] == "rgb(230, 237, 243)"
        assert dark["scrollWidth"] <= width
