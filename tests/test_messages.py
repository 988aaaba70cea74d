# ruff: noqa: E501 - golden messages are compared line for line, whole
"""notify.messages: golden messages for every kind in both languages, and the escaping.

The golden strings are whole messages; reviewing a change to them is reviewing what
subscribers will read.
"""

from __future__ import annotations

import datetime as dt
import html.parser
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import markdown  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notify.messages import (
    BODY_MAX,
    FIELD_MAX,
    TITLE_MAX,
    EventNotice,
    Message,
    MonitorNotice,
    Notice,
    render_message,
)
from notify.wording import Language
from scraper.model import Event, Link, Location
from storage.diff import Change, changed_fields
from storage.diff import FieldChange as FieldChangeT

TZ = ZoneInfo("Europe/Berlin")
PAGE = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
DETECTED = dt.datetime(2025, 11, 20, 9, 15, tzinfo=dt.UTC)
EVENT = Event(
    key="2025-11-27-karriere-in-ge-machs-mit-wasserstoff",
    status="upcoming",
    title="Karriere in GE? Mach’s mit Wasserstoff!",
    date=dt.date(2025, 11, 27),
    start=dt.datetime(2025, 11, 27, 17, 0, tzinfo=TZ),
    end=dt.datetime(2025, 11, 27, 19, 0, tzinfo=TZ),
    audience="Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
    note="mit Ausklang",
    location=Location(
        venue="H2PopUpLab",
        street="Bahnhofstraße 69",
        postcode="45879",
        city="Gelsenkirchen",
        text="H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
    ),
    links=(Link("Programm", "https://www.rvr.ruhr/fileadmin/Programm.pdf", "172 KB"),),
)
EARLIER = replace(
    EVENT,
    key="2025-11-26-karriere-in-ge-machs-mit-wasserstoff",
    date=dt.date(2025, 11, 26),
    start=dt.datetime(2025, 11, 26, 16, 0, tzinfo=TZ),
    end=dt.datetime(2025, 11, 26, 18, 0, tzinfo=TZ),
)
ELSEWHERE = replace(
    EVENT,
    audience="Fachkräfte und Unternehmen",
    location=Location(
        venue="Wissenschaftspark",
        street="Munscheidstraße 14",
        postcode="45886",
        city="Gelsenkirchen",
        text="Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen",
    ),
)
CANCELLED = replace(EVENT, status="cancelled")
PAST = replace(EVENT, status="past")


def change(kind: str, old: Event | None, new: Event | None) -> Change:
    fields = changed_fields(old, new) if old and new else ()
    return Change(kind, old, new, fields)  # type: ignore[arg-type]


def event_notice(kind: str, old: Event | None, new: Event | None, **kw: Any) -> EventNotice:
    return EventNotice(change(kind, old, new), "fachkraefte-reihe", PAGE, DETECTED, **kw)


CASES: dict[str, Notice] = {
    "new_date": event_notice("new_date", None, EVENT),
    "rescheduled": event_notice("rescheduled", EARLIER, EVENT),
    "updated": event_notice("updated", EVENT, ELSEWHERE),
    "cancelled": event_notice("cancelled", EVENT, CANCELLED),
    "removed": event_notice("removed", EVENT, None),
    "concluded": event_notice("concluded", EVENT, PAST),
    "monitor_error": MonitorNotice(
        "monitor_error",
        "fachkraefte-reihe",
        PAGE,
        since=dt.datetime(2025, 11, 20, 5, 0, tzinfo=dt.UTC),
        failures=3,
        last_error="HTTP status 503",
        detected_at=DETECTED,
    ),
    "monitor_recovered": MonitorNotice(
        "monitor_recovered",
        "fachkraefte-reihe",
        PAGE,
        since=dt.datetime(2025, 11, 20, 5, 0, tzinfo=dt.UTC),
        failures=5,
        last_error="HTTP status 503",
        detected_at=DETECTED,
    ),
}


GOLDEN: dict[tuple[str, Language], tuple[str, str]] = {
    ("new_date", "de"): (
        "Neuer Termin: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "Ein neuer Termin wurde angekündigt.\n"
        "\n"
        "Veranstaltung: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Datum: Donnerstag, 27. November 2025\n"
        "Uhrzeit: 17:00–19:00 Uhr\n"
        "Ort: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Hinweis: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "Seite: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).",
    ),
    ("new_date", "en"): (
        "New date: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "A new date has been announced.\n"
        "\n"
        "Event: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Date: Thursday, 27 November 2025\n"
        "Time: 17:00–19:00\n"
        "Place: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Note: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "Page: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15).",
    ),
    ("rescheduled", "de"): (
        "Termin verschoben: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "Ein Termin wurde verschoben.\n"
        "\n"
        "Veranstaltung: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Datum: Donnerstag, 27. November 2025\n"
        "Uhrzeit: 17:00–19:00 Uhr\n"
        "Ort: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Hinweis: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "Was sich geändert hat:\n"
        "\n"
        "- Termin: Mittwoch, 26. November 2025, 16:00–18:00 Uhr → Donnerstag, 27. November 2025, 17:00–19:00 Uhr\n"
        "\n"
        "Seite: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).",
    ),
    ("rescheduled", "en"): (
        "Date moved: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "A date has been moved.\n"
        "\n"
        "Event: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Date: Thursday, 27 November 2025\n"
        "Time: 17:00–19:00\n"
        "Place: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Note: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "What changed:\n"
        "\n"
        "- When: Wednesday, 26 November 2025, 16:00–18:00 → Thursday, 27 November 2025, 17:00–19:00\n"
        "\n"
        "Page: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15).",
    ),
    ("updated", "de"): (
        "Termin geändert: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "Die Angaben zu einem Termin haben sich geändert.\n"
        "\n"
        "Veranstaltung: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Datum: Donnerstag, 27. November 2025\n"
        "Uhrzeit: 17:00–19:00 Uhr\n"
        "Ort: Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen\n"
        "Zielgruppe: Fachkräfte und Unternehmen\n"
        "Hinweis: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "Was sich geändert hat:\n"
        "\n"
        "- Ort: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen → Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen\n"
        "- Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft → Fachkräfte und Unternehmen\n"
        "\n"
        "Seite: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).",
    ),
    ("updated", "en"): (
        "Date updated: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "The details of a date have changed.\n"
        "\n"
        "Event: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Date: Thursday, 27 November 2025\n"
        "Time: 17:00–19:00\n"
        "Place: Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen\n"
        "Audience: Fachkräfte und Unternehmen\n"
        "Note: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "What changed:\n"
        "\n"
        "- Place: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen → Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen\n"
        "- Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft → Fachkräfte und Unternehmen\n"
        "\n"
        "Page: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15).",
    ),
    ("cancelled", "de"): (
        "Termin abgesagt: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "Ein Termin wurde abgesagt.\n"
        "\n"
        "Veranstaltung: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Datum: Donnerstag, 27. November 2025\n"
        "Uhrzeit: 17:00–19:00 Uhr\n"
        "Ort: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Hinweis: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "Seite: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).",
    ),
    ("cancelled", "en"): (
        "Date cancelled: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "A date has been cancelled.\n"
        "\n"
        "Event: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Date: Thursday, 27 November 2025\n"
        "Time: 17:00–19:00\n"
        "Place: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Note: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "Page: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15).",
    ),
    ("removed", "de"): (
        "Termin entfernt: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "Ein Termin steht nicht mehr auf der Seite, ohne als abgesagt markiert zu sein. Bitte prüfen Sie die Seite.\n"
        "\n"
        "Veranstaltung: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Datum: Donnerstag, 27. November 2025\n"
        "Uhrzeit: 17:00–19:00 Uhr\n"
        "Ort: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Hinweis: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "Seite: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).",
    ),
    ("removed", "en"): (
        "Date removed: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "A date is no longer listed on the page, without being marked as cancelled. Please check the page.\n"
        "\n"
        "Event: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Date: Thursday, 27 November 2025\n"
        "Time: 17:00–19:00\n"
        "Place: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Note: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "Page: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15).",
    ),
    ("concluded", "de"): (
        "Veranstaltung abgeschlossen: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "Eine Veranstaltung ist vorüber und steht nun im Rückblick.\n"
        "\n"
        "Veranstaltung: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Datum: Donnerstag, 27. November 2025\n"
        "Uhrzeit: 17:00–19:00 Uhr\n"
        "Ort: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Hinweis: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "Was sich geändert hat:\n"
        "\n"
        "- Status: angekündigt → im Rückblick\n"
        "\n"
        "Seite: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).",
    ),
    ("concluded", "en"): (
        "Event concluded: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "An event is over and now listed in the review.\n"
        "\n"
        "Event: Karriere in GE? Mach’s mit Wasserstoff!\n"
        "Date: Thursday, 27 November 2025\n"
        "Time: 17:00–19:00\n"
        "Place: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "Note: mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
        "\n"
        "What changed:\n"
        "\n"
        "- Status: announced → in the review\n"
        "\n"
        "Page: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15).",
    ),
    ("monitor_error", "de"): (
        "Seite nicht erreichbar: fachkraefte-reihe",
        "Die Seite „fachkraefte-reihe“ kann seit 20.11.2025, 06:00 Uhr nicht geprüft werden (3 fehlgeschlagene Prüfungen in Folge).\n"
        "\n"
        "Letzter Fehler: HTTP status 503\n"
        "\n"
        "Solange die Seite nicht erreichbar ist, werden keine Änderungen erkannt. Sie erhalten eine Nachricht, sobald sie wieder funktioniert.\n"
        "\n"
        "Seite: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).",
    ),
    ("monitor_error", "en"): (
        "Page unreachable: fachkraefte-reihe",
        "The page “fachkraefte-reihe” could not be checked since 20 Nov 2025, 06:00 (3 failed checks in a row).\n"
        "\n"
        "Last error: HTTP status 503\n"
        "\n"
        "While the page is unreachable, no changes are detected. You will get a message as soon as it works again.\n"
        "\n"
        "Page: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15).",
    ),
    ("monitor_recovered", "de"): (
        "Seite wieder erreichbar: fachkraefte-reihe",
        "Die Seite „fachkraefte-reihe“ wird wieder erfolgreich geprüft. Sie war seit 20.11.2025, 06:00 Uhr nicht erreichbar (5 fehlgeschlagene Prüfungen).\n"
        "\n"
        "Letzter Fehler: HTTP status 503\n"
        "\n"
        "Seite: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).",
    ),
    ("monitor_recovered", "en"): (
        "Page reachable again: fachkraefte-reihe",
        "The page “fachkraefte-reihe” is being checked successfully again. It had been unreachable since 20 Nov 2025, 06:00 (5 failed checks).\n"
        "\n"
        "Last error: HTTP status 503\n"
        "\n"
        "Page: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15).",
    ),
}
HTML_NEW_DATE_DE = (
    "<p>Ein neuer Termin wurde angekündigt.</p>\n"
    '<p><b>Veranstaltung:</b> Karriere in GE? Mach’s mit Wasserstoff!<br><b>Datum:</b> Donnerstag, 27. November 2025<br><b>Uhrzeit:</b> 17:00–19:00 Uhr<br><b>Ort:</b> H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen<br><b>Zielgruppe:</b> Akteure aus Wirtschaft, Verwaltung und Wissenschaft<br><b>Hinweis:</b> mit Ausklang<br><b>Programm:</b> <a href="https://www.rvr.ruhr/fileadmin/Programm.pdf">https://www.rvr.ruhr/fileadmin/Programm.pdf</a> (172 KB)</p>\n'
    '<p><b>Seite:</b> <a href="https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe">https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe</a></p>\n'
    "<p>Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).</p>"
)
MARKDOWN_NEW_DATE_DE = (
    "Ein neuer Termin wurde angekündigt.\n"
    "\n"
    "- **Veranstaltung:** Karriere in GE? Mach’s mit Wasserstoff!\n"
    "- **Datum:** Donnerstag, 27. November 2025\n"
    "- **Uhrzeit:** 17:00–19:00 Uhr\n"
    "- **Ort:** H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
    "- **Zielgruppe:** Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
    "- **Hinweis:** mit Ausklang\n"
    "- **Programm:** [https://www.rvr.ruhr/fileadmin/Programm.pdf](https://www.rvr.ruhr/fileadmin/Programm.pdf) (172 KB)\n"
    "\n"
    "- **Seite:** [https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe](https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe)\n"
    "\n"
    "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr)."
)
HTML_MONITOR_ERROR_EN = (
    "<p>The page “fachkraefte-reihe” could not be checked since 20 Nov 2025, 06:00 (3 failed checks in a row).</p>\n"
    "<p><b>Last error:</b> HTTP status 503</p>\n"
    "<p>While the page is unreachable, no changes are detected. You will get a message as soon as it works again.</p>\n"
    '<p><b>Page:</b> <a href="https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe">https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe</a></p>\n'
    "<p>rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15).</p>"
)
MARKDOWN_MONITOR_ERROR_EN = (
    "The page “fachkraefte-reihe” could not be checked since 20 Nov 2025, 06:00 (3 failed checks in a row).\n"
    "\n"
    "- **Last error:** HTTP status 503\n"
    "\n"
    "While the page is unreachable, no changes are detected. You will get a message as soon as it works again.\n"
    "\n"
    "- **Page:** [https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe](https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe)\n"
    "\n"
    "rvr-watch created this message automatically (detected on 20 Nov 2025, 10:15)."
)
SEVERAL_DE = (
    "Fachkräfte-Reihe: 2 Änderungen",
    "Neuer Termin: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen\n"
    "\n"
    "Ein neuer Termin wurde angekündigt.\n"
    "\n"
    "Veranstaltung: Karriere in GE? Mach’s mit Wasserstoff!\n"
    "Datum: Donnerstag, 27. November 2025\n"
    "Uhrzeit: 17:00–19:00 Uhr\n"
    "Ort: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
    "Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
    "Hinweis: mit Ausklang\n"
    "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
    "\n"
    "Termin abgesagt: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen\n"
    "\n"
    "Ein Termin wurde abgesagt.\n"
    "\n"
    "Veranstaltung: Karriere in GE? Mach’s mit Wasserstoff!\n"
    "Datum: Donnerstag, 27. November 2025\n"
    "Uhrzeit: 17:00–19:00 Uhr\n"
    "Ort: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
    "Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
    "Hinweis: mit Ausklang\n"
    "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf (172 KB)\n"
    "\n"
    "Seite: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
    "\n"
    "Diese Nachricht hat rvr-watch automatisch erstellt (erkannt am 20.11.2025, 10:15 Uhr).",
)


# --- golden messages -----------------------------------------------------------------


@pytest.mark.parametrize(("kind", "language"), sorted(GOLDEN))
def test_golden_title_and_text(kind: str, language: Language) -> None:
    message = render_message([CASES[kind]], language=language, tz=TZ)
    assert (message.title, message.text) == GOLDEN[kind, language]


def test_golden_html_and_markdown_of_a_new_date() -> None:
    message = render_message([CASES["new_date"]], language="de", tz=TZ)
    assert message.html == HTML_NEW_DATE_DE
    assert message.markdown == MARKDOWN_NEW_DATE_DE


def test_golden_html_and_markdown_of_a_monitor_alert() -> None:
    message = render_message([CASES["monitor_error"]], language="en", tz=TZ)
    assert message.html == HTML_MONITOR_ERROR_EN
    assert message.markdown == MARKDOWN_MONITOR_ERROR_EN
    assert message.attachments == ()


def test_several_notices_make_one_message_with_a_summary_title() -> None:
    notices = [
        replace(_event_notice(CASES["new_date"]), page_title="Fachkräfte-Reihe"),
        replace(_event_notice(CASES["cancelled"]), page_title="Fachkräfte-Reihe"),
    ]
    message = render_message(notices, language="de", tz=TZ)
    assert (message.title, message.text) == SEVERAL_DE
    assert message.html.count("<h3>") == 2
    assert message.markdown.count("\n### ") == 1 and message.markdown.startswith("### ")


def test_several_pages_get_a_neutral_title() -> None:
    other = replace(_event_notice(CASES["removed"]), page_name="andere-seite")
    message = render_message([CASES["new_date"], other], language="en", tz=TZ)
    assert message.title == "rvr-watch: 2 changes"


def test_empty_notices_are_refused() -> None:
    with pytest.raises(ValueError, match="at least one"):
        render_message([], tz=TZ)


def _event_notice(notice: Notice) -> EventNotice:
    assert isinstance(notice, EventNotice)
    return notice


# --- dates, times and values -------------------------------------------------------------


def _only(event: Event, language: Language = "de") -> Message:
    return render_message([event_notice("new_date", None, event)], language=language, tz=TZ)


def test_start_without_end_and_no_time_at_all() -> None:
    start_only = replace(EVENT, end=None)
    assert "Uhrzeit: ab 17:00 Uhr\n" in _only(start_only).text
    assert "Time: from 17:00\n" in _only(start_only, "en").text
    no_time = replace(EVENT, start=None, end=None)
    assert "Uhrzeit" not in _only(no_time).text
    assert "Datum: Donnerstag, 27. November 2025\n" in _only(no_time).text


def test_multi_day_event_names_both_days() -> None:
    two_days = replace(EVENT, end=dt.datetime(2025, 11, 28, 13, 0, tzinfo=TZ))
    text = _only(two_days).text
    assert "Datum: Donnerstag, 27. November 2025 – Freitag, 28. November 2025\n" in text
    assert "Uhrzeit: Beginn 17:00 Uhr, Ende 13:00 Uhr\n" in text


def test_times_are_shown_in_the_subscribers_zone() -> None:
    utc = replace(
        EVENT,
        start=dt.datetime(2025, 7, 1, 15, 0, tzinfo=dt.UTC),
        end=dt.datetime(2025, 7, 1, 17, 0, tzinfo=dt.UTC),
        date=dt.date(2025, 7, 1),
    )
    assert "Uhrzeit: 17:00–19:00 Uhr\n" in _only(utc).text


def test_generic_field_changes_read_old_to_new() -> None:
    fields = (
        FieldChangeT("title", "Alt", "Neu"),
        FieldChangeT("links", [], [{"label": "Programm", "url": "https://x.example/p.pdf"}]),
        FieldChangeT("note", "mit Ausklang", None),
    )
    notice = EventNotice(Change("updated", EVENT, EVENT, fields), "p", PAGE, DETECTED)
    text = render_message([notice], tz=TZ).text
    assert "- Titel: Alt → Neu\n" in text
    assert "- Links: keine Angabe → Programm (https://x.example/p.pdf)\n" in text
    assert "- Hinweis: mit Ausklang → keine Angabe\n" in text


# --- attachments ---------------------------------------------------------------------------


def test_new_date_carries_an_ics_that_parses() -> None:
    (attachment,) = render_message([CASES["new_date"]], tz=TZ).attachments
    assert attachment.filename == "2025-11-27-karriere-in-ge-machs-mit-wasserstoff.ics"
    assert attachment.mime_type == "text/calendar"
    calendar = icalendar.Calendar.from_ical(attachment.content)
    (event,) = calendar.walk("VEVENT")
    assert (
        str(event["UID"])
        == "fachkraefte-reihe/2025-11-27-karriere-in-ge-machs-mit-wasserstoff@rvr-watch"
    )
    assert str(event["SUMMARY"]) == EVENT.title
    assert event.decoded("DTSTART") == EVENT.start
    assert event.decoded("DTSTAMP") == DETECTED


def test_other_kinds_get_an_ics_only_with_a_stable_uid() -> None:
    for kind in ("rescheduled", "updated", "cancelled", "removed", "concluded"):
        assert render_message([CASES[kind]], tz=TZ).attachments == ()
    cancelled = replace(_event_notice(CASES["cancelled"]), calendar_uid="event-7@rvr", sequence=4)
    (attachment,) = render_message([cancelled], tz=TZ).attachments
    (event,) = icalendar.Calendar.from_ical(attachment.content).walk("VEVENT")
    assert (str(event["UID"]), int(str(event["SEQUENCE"])), str(event["STATUS"])) == (
        "event-7@rvr",
        4,
        "CANCELLED",
    )


def test_several_new_dates_share_one_calendar_file() -> None:
    second = event_notice(
        "new_date", None, replace(EVENT, key="2026-01-15-x", date=dt.date(2026, 1, 15))
    )
    (attachment,) = render_message([CASES["new_date"], second], tz=TZ).attachments
    assert attachment.filename == "termine.ics"
    assert len(icalendar.Calendar.from_ical(attachment.content).walk("VEVENT")) == 2


def test_a_digest_over_several_pages_links_each_event_to_its_own_page() -> None:
    other_url = "https://example.org/andere-reihe"
    second = replace(
        event_notice(
            "new_date", None, replace(EVENT, key="2026-01-15-x", date=dt.date(2026, 1, 15))
        ),
        page_name="andere-reihe",
        page_url=other_url,
    )
    first = _event_notice(CASES["new_date"])
    (attachment,) = render_message([first, second], tz=TZ).attachments
    events = icalendar.Calendar.from_ical(attachment.content).walk("VEVENT")
    assert [str(vevent["URL"]) for vevent in events] == [first.page_url, other_url]
    assert first.page_url != other_url


# --- untrusted text ------------------------------------------------------------------------

EVIL_TITLE = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) @room"
EVIL = replace(
    EVENT,
    title=EVIL_TITLE,
    audience="**fett** _kursiv_ `code` <b>b</b> &amp; @ROOM",
    links=(
        Link("Anmeldung", "javascript:alert(1)"),
        Link('x" onmouseover="alert(1)', 'https://ok.example/a"b<c>'),
    ),
)


def test_scraped_markup_is_escaped_in_html() -> None:
    message = _only(EVIL)
    assert "<script" not in message.html and "<img" not in message.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in message.html
    assert "&lt;img src=x onerror=alert(1)&gt;" in message.html
    assert 'href="javascript' not in message.html
    assert "javascript:alert(1)" in message.html  # shown as text, not a link
    assert '<a href="https://ok.example/a&quot;b&lt;c&gt;">' in message.html
    assert "&lt;b&gt;b&lt;/b&gt; &amp;amp;" in message.html
    assert _tags(message.html) <= {"p", "b", "br", "a", "ul", "li", "h3"}


def test_scraped_markup_is_escaped_in_markdown() -> None:
    message = _only(EVIL)
    assert "\\[x\\](javascript:alert(1))" in message.markdown
    assert "\\*\\*fett\\*\\* \\_kursiv\\_ \\`code\\`" in message.markdown
    rendered = markdown.markdown(message.markdown)
    assert _tags(rendered) <= {"p", "strong", "ul", "li", "a"}
    assert "javascript" not in "".join(_hrefs(rendered))


def test_mentions_are_defused_everywhere() -> None:
    message = _only(EVIL)
    for rendered in (message.title, message.text, message.html, message.markdown):
        assert "@room" not in rendered.lower()
        assert "@\u2060room" in rendered
    assert "@\u2060ROOM" in message.text


def test_controls_and_bidi_overrides_are_removed_and_subjects_are_one_line() -> None:
    sneaky = replace(
        EVENT, title="Gut\u202eesab\u202c\x00\x07\r\nBcc: evil@example.org\x85\u2066x\u2069"
    )
    message = _only(sneaky)
    assert message.title.startswith("Neuer Termin: Gutesab Bcc: evil@example.org x – ")
    assert "\n" not in message.title and "\r" not in message.title
    for rendered in (message.title, message.text, message.html, message.markdown):
        assert not any(ch in rendered for ch in "\u202e\u202c\x00\x07\x85\u2066\u2069")


def test_lengths_are_capped() -> None:
    huge = replace(EVENT, title="A" * 10_000, audience="B" * 10_000)
    message = _only(huge)
    assert len(message.title) <= TITLE_MAX and message.title.endswith("27.11.2025, Gelsenkirchen")
    assert "A" * 30 + "…" in message.title
    audience = next(line for line in message.text.splitlines() if line.startswith("Zielgruppe: "))
    assert len(audience) == len("Zielgruppe: ") + FIELD_MAX and audience.endswith("…")
    many = [event_notice("new_date", None, replace(huge, key=f"k{i}")) for i in range(200)]
    message = render_message(many, tz=TZ)
    assert all(len(body) <= BODY_MAX for body in (message.text, message.html, message.markdown))
    assert "weitere Änderungen, siehe Seite." in message.text
    assert message.text.endswith("(erkannt am 20.11.2025, 10:15 Uhr).")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.text(max_size=100))
def test_any_scraped_text_stays_text(title: str, venue: str) -> None:
    event = replace(EVENT, title=title, location=Location(venue=venue, city=venue))
    message = _only(event)
    assert "\n" not in message.title and len(message.title) <= TITLE_MAX
    assert _tags(message.html) <= {"p", "b", "br", "a"}
    assert _hrefs(message.html) == ["https://www.rvr.ruhr/fileadmin/Programm.pdf", PAGE]
    rendered = markdown.markdown(message.markdown)
    assert _tags(rendered) <= {"p", "strong", "ul", "li", "a"}
    assert "@room" not in message.text.lower()


class _TagCollector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if any(name.startswith("on") for name, _ in attrs):
            self.tags.add("EVENT-HANDLER")
        self.hrefs += [value or "" for name, value in attrs if name == "href"]


def _collect(markup: str) -> _TagCollector:
    collector = _TagCollector()
    collector.feed(markup)
    collector.close()
    return collector


def _tags(markup: str) -> set[str]:
    return _collect(markup).tags


def _hrefs(markup: str) -> list[str]:
    return _collect(markup).hrefs
