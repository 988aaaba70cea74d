# ruff: noqa: E501 - golden messages are compared line for line, whole
"""notify.messages: golden messages for every kind in both languages, the layout, the escaping.

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
    Reader,
    link_label,
    render_message,
)
from notify.wording import Language
from scraper.model import Event, Link, Location
from storage.diff import Change, changed_fields
from storage.diff import FieldChange as FieldChangeT

TZ = ZoneInfo("Europe/Berlin")
READER = Reader(kinds=frozenset({"new_date", "rescheduled", "cancelled", "monitor_error"}))
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
        "NEUER TERMIN\n"
        "fachkraefte-reihe\n"
        "\n"
        "Auf der Seite steht ein neuer Termin.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  Wann: Donnerstag, 27. November 2025, 17:00–19:00 Uhr\n"
        "  Wo: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Hinweis: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "Zur Seite „fachkraefte-reihe“: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite „fachkraefte-reihe“ eingetragen ist, für: neue Termine, verschobene Termine, Absagen und Störungen der Seite.\n"
        "Wenn Sie keine Nachrichten mehr möchten, antworten Sie bitte dem Absender dieser Nachricht; er betreibt rvr-watch für Sie und trägt Sie aus.\n"
        "Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch.\n",
    ),
    ("new_date", "en"): (
        "New date: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "NEW DATE\n"
        "fachkraefte-reihe\n"
        "\n"
        "A new date is listed on the page.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  When: Thursday, 27 November 2025, 17:00–19:00\n"
        "  Where: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Note: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "Open “fachkraefte-reihe”: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "You receive this message because your address is subscribed in rvr-watch to the page “fachkraefte-reihe”, for: new dates, moved dates, cancellations and page outages.\n"
        "To stop these messages, please reply to the sender of this message; they run rvr-watch for you and will remove you.\n"
        "Detected on 20 Nov 2025, 10:15 by rvr-watch.\n",
    ),
    ("rescheduled", "de"): (
        "Termin verschoben: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "TERMIN VERSCHOBEN\n"
        "fachkraefte-reihe\n"
        "\n"
        "Dieser Termin findet zu einer anderen Zeit statt.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  Wann: Donnerstag, 27. November 2025, 17:00–19:00 Uhr\n"
        "  Wo: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Hinweis: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "Was sich geändert hat:\n"
        "- Wann: bisher Mittwoch, 26. November 2025, 16:00–18:00 Uhr\n"
        "        jetzt Donnerstag, 27. November 2025, 17:00–19:00 Uhr\n"
        "\n"
        "Zur Seite „fachkraefte-reihe“: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite „fachkraefte-reihe“ eingetragen ist, für: neue Termine, verschobene Termine, Absagen und Störungen der Seite.\n"
        "Wenn Sie keine Nachrichten mehr möchten, antworten Sie bitte dem Absender dieser Nachricht; er betreibt rvr-watch für Sie und trägt Sie aus.\n"
        "Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch.\n",
    ),
    ("rescheduled", "en"): (
        "Date moved: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "DATE MOVED\n"
        "fachkraefte-reihe\n"
        "\n"
        "This date now takes place at a different time.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  When: Thursday, 27 November 2025, 17:00–19:00\n"
        "  Where: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Note: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "What changed:\n"
        "- When: was Wednesday, 26 November 2025, 16:00–18:00\n"
        "        now Thursday, 27 November 2025, 17:00–19:00\n"
        "\n"
        "Open “fachkraefte-reihe”: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "You receive this message because your address is subscribed in rvr-watch to the page “fachkraefte-reihe”, for: new dates, moved dates, cancellations and page outages.\n"
        "To stop these messages, please reply to the sender of this message; they run rvr-watch for you and will remove you.\n"
        "Detected on 20 Nov 2025, 10:15 by rvr-watch.\n",
    ),
    ("updated", "de"): (
        "Termin geändert: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "TERMIN GEÄNDERT\n"
        "fachkraefte-reihe\n"
        "\n"
        "Die Angaben zu diesem Termin haben sich geändert.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  Wann: Donnerstag, 27. November 2025, 17:00–19:00 Uhr\n"
        "  Wo: Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen\n"
        "  Zielgruppe: Fachkräfte und Unternehmen\n"
        "  Hinweis: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "Was sich geändert hat:\n"
        "- Wo: bisher H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "      jetzt Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen\n"
        "- Zielgruppe: bisher Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "              jetzt Fachkräfte und Unternehmen\n"
        "\n"
        "Zur Seite „fachkraefte-reihe“: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite „fachkraefte-reihe“ eingetragen ist, für: neue Termine, verschobene Termine, Absagen und Störungen der Seite.\n"
        "Wenn Sie keine Nachrichten mehr möchten, antworten Sie bitte dem Absender dieser Nachricht; er betreibt rvr-watch für Sie und trägt Sie aus.\n"
        "Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch.\n",
    ),
    ("updated", "en"): (
        "Date updated: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "DATE UPDATED\n"
        "fachkraefte-reihe\n"
        "\n"
        "The details of this date have changed.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  When: Thursday, 27 November 2025, 17:00–19:00\n"
        "  Where: Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen\n"
        "  Audience: Fachkräfte und Unternehmen\n"
        "  Note: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "What changed:\n"
        "- Where: was H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "         now Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen\n"
        "- Audience: was Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "            now Fachkräfte und Unternehmen\n"
        "\n"
        "Open “fachkraefte-reihe”: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "You receive this message because your address is subscribed in rvr-watch to the page “fachkraefte-reihe”, for: new dates, moved dates, cancellations and page outages.\n"
        "To stop these messages, please reply to the sender of this message; they run rvr-watch for you and will remove you.\n"
        "Detected on 20 Nov 2025, 10:15 by rvr-watch.\n",
    ),
    ("cancelled", "de"): (
        "Termin abgesagt: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "TERMIN ABGESAGT\n"
        "fachkraefte-reihe\n"
        "\n"
        "Dieser Termin wurde abgesagt. Er findet nicht statt.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff! [ABGESAGT]\n"
        "  Wann: Donnerstag, 27. November 2025, 17:00–19:00 Uhr\n"
        "  Wo: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Hinweis: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "Was sich geändert hat:\n"
        "- Status: bisher angekündigt\n"
        "          jetzt abgesagt\n"
        "\n"
        "Zur Seite „fachkraefte-reihe“: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite „fachkraefte-reihe“ eingetragen ist, für: neue Termine, verschobene Termine, Absagen und Störungen der Seite.\n"
        "Wenn Sie keine Nachrichten mehr möchten, antworten Sie bitte dem Absender dieser Nachricht; er betreibt rvr-watch für Sie und trägt Sie aus.\n"
        "Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch.\n",
    ),
    ("cancelled", "en"): (
        "Date cancelled: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "DATE CANCELLED\n"
        "fachkraefte-reihe\n"
        "\n"
        "This date has been cancelled. It will not take place.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff! [CANCELLED]\n"
        "  When: Thursday, 27 November 2025, 17:00–19:00\n"
        "  Where: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Note: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "What changed:\n"
        "- Status: was announced\n"
        "          now cancelled\n"
        "\n"
        "Open “fachkraefte-reihe”: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "You receive this message because your address is subscribed in rvr-watch to the page “fachkraefte-reihe”, for: new dates, moved dates, cancellations and page outages.\n"
        "To stop these messages, please reply to the sender of this message; they run rvr-watch for you and will remove you.\n"
        "Detected on 20 Nov 2025, 10:15 by rvr-watch.\n",
    ),
    ("removed", "de"): (
        "Termin entfernt: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "TERMIN ENTFERNT\n"
        "fachkraefte-reihe\n"
        "\n"
        "Ein Termin steht nicht mehr auf der Seite, ohne als abgesagt markiert zu sein. Bitte prüfen Sie die Seite.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  Wann: Donnerstag, 27. November 2025, 17:00–19:00 Uhr\n"
        "  Wo: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Hinweis: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "Zur Seite „fachkraefte-reihe“: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite „fachkraefte-reihe“ eingetragen ist, für: neue Termine, verschobene Termine, Absagen und Störungen der Seite.\n"
        "Wenn Sie keine Nachrichten mehr möchten, antworten Sie bitte dem Absender dieser Nachricht; er betreibt rvr-watch für Sie und trägt Sie aus.\n"
        "Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch.\n",
    ),
    ("removed", "en"): (
        "Date removed: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "DATE REMOVED\n"
        "fachkraefte-reihe\n"
        "\n"
        "A date is no longer listed on the page, without being marked as cancelled. Please check the page.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  When: Thursday, 27 November 2025, 17:00–19:00\n"
        "  Where: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Note: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "Open “fachkraefte-reihe”: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "You receive this message because your address is subscribed in rvr-watch to the page “fachkraefte-reihe”, for: new dates, moved dates, cancellations and page outages.\n"
        "To stop these messages, please reply to the sender of this message; they run rvr-watch for you and will remove you.\n"
        "Detected on 20 Nov 2025, 10:15 by rvr-watch.\n",
    ),
    ("concluded", "de"): (
        "Veranstaltung abgeschlossen: Karriere in GE? Mach’s mit Wasserstoff! – 27.11.2025, Gelsenkirchen",
        "VERANSTALTUNG ABGESCHLOSSEN\n"
        "fachkraefte-reihe\n"
        "\n"
        "Eine Veranstaltung ist vorüber und steht nun im Rückblick.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  Wann: Donnerstag, 27. November 2025, 17:00–19:00 Uhr\n"
        "  Wo: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Zielgruppe: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Hinweis: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "Was sich geändert hat:\n"
        "- Status: bisher angekündigt\n"
        "          jetzt im Rückblick\n"
        "\n"
        "Zur Seite „fachkraefte-reihe“: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite „fachkraefte-reihe“ eingetragen ist, für: neue Termine, verschobene Termine, Absagen und Störungen der Seite.\n"
        "Wenn Sie keine Nachrichten mehr möchten, antworten Sie bitte dem Absender dieser Nachricht; er betreibt rvr-watch für Sie und trägt Sie aus.\n"
        "Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch.\n",
    ),
    ("concluded", "en"): (
        "Event concluded: Karriere in GE? Mach’s mit Wasserstoff! – 27 Nov 2025, Gelsenkirchen",
        "EVENT CONCLUDED\n"
        "fachkraefte-reihe\n"
        "\n"
        "An event is over and now listed in the review.\n"
        "\n"
        "Karriere in GE? Mach’s mit Wasserstoff!\n"
        "  When: Thursday, 27 November 2025, 17:00–19:00\n"
        "  Where: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen\n"
        "  Audience: Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "  Note: mit Ausklang\n"
        "  Links: Programm (PDF, 172 KB): https://www.rvr.ruhr/fileadmin/Programm.pdf\n"
        "\n"
        "What changed:\n"
        "- Status: was announced\n"
        "          now in the review\n"
        "\n"
        "Open “fachkraefte-reihe”: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "You receive this message because your address is subscribed in rvr-watch to the page “fachkraefte-reihe”, for: new dates, moved dates, cancellations and page outages.\n"
        "To stop these messages, please reply to the sender of this message; they run rvr-watch for you and will remove you.\n"
        "Detected on 20 Nov 2025, 10:15 by rvr-watch.\n",
    ),
    ("monitor_error", "de"): (
        "Seite nicht erreichbar: fachkraefte-reihe",
        "SEITE NICHT ERREICHBAR\n"
        "fachkraefte-reihe\n"
        "\n"
        "Die Seite „fachkraefte-reihe“ kann seit 20.11.2025, 06:00 Uhr nicht geprüft werden (3 fehlgeschlagene Prüfungen in Folge).\n"
        "\n"
        "  Letzter Fehler: HTTP status 503\n"
        "\n"
        "Solange die Seite nicht erreichbar ist, werden keine Änderungen erkannt. Sie erhalten eine Nachricht, sobald sie wieder funktioniert.\n"
        "\n"
        "Zur Seite „fachkraefte-reihe“: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite „fachkraefte-reihe“ eingetragen ist, für: neue Termine, verschobene Termine, Absagen und Störungen der Seite.\n"
        "Wenn Sie keine Nachrichten mehr möchten, antworten Sie bitte dem Absender dieser Nachricht; er betreibt rvr-watch für Sie und trägt Sie aus.\n"
        "Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch.\n",
    ),
    ("monitor_error", "en"): (
        "Page unreachable: fachkraefte-reihe",
        "PAGE UNREACHABLE\n"
        "fachkraefte-reihe\n"
        "\n"
        "The page “fachkraefte-reihe” could not be checked since 20 Nov 2025, 06:00 (3 failed checks in a row).\n"
        "\n"
        "  Last error: HTTP status 503\n"
        "\n"
        "While the page is unreachable, no changes are detected. You will get a message as soon as it works again.\n"
        "\n"
        "Open “fachkraefte-reihe”: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "You receive this message because your address is subscribed in rvr-watch to the page “fachkraefte-reihe”, for: new dates, moved dates, cancellations and page outages.\n"
        "To stop these messages, please reply to the sender of this message; they run rvr-watch for you and will remove you.\n"
        "Detected on 20 Nov 2025, 10:15 by rvr-watch.\n",
    ),
    ("monitor_recovered", "de"): (
        "Seite wieder erreichbar: fachkraefte-reihe",
        "SEITE WIEDER ERREICHBAR\n"
        "fachkraefte-reihe\n"
        "\n"
        "Die Seite „fachkraefte-reihe“ wird wieder erfolgreich geprüft. Sie war seit 20.11.2025, 06:00 Uhr nicht erreichbar (5 fehlgeschlagene Prüfungen).\n"
        "\n"
        "  Letzter Fehler: HTTP status 503\n"
        "\n"
        "Zur Seite „fachkraefte-reihe“: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite „fachkraefte-reihe“ eingetragen ist, für: neue Termine, verschobene Termine, Absagen und Störungen der Seite.\n"
        "Wenn Sie keine Nachrichten mehr möchten, antworten Sie bitte dem Absender dieser Nachricht; er betreibt rvr-watch für Sie und trägt Sie aus.\n"
        "Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch.\n",
    ),
    ("monitor_recovered", "en"): (
        "Page reachable again: fachkraefte-reihe",
        "PAGE REACHABLE AGAIN\n"
        "fachkraefte-reihe\n"
        "\n"
        "The page “fachkraefte-reihe” is being checked successfully again. It had been unreachable since 20 Nov 2025, 06:00 (5 failed checks).\n"
        "\n"
        "  Last error: HTTP status 503\n"
        "\n"
        "Open “fachkraefte-reihe”: https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe\n"
        "\n"
        "-- \n"
        "You receive this message because your address is subscribed in rvr-watch to the page “fachkraefte-reihe”, for: new dates, moved dates, cancellations and page outages.\n"
        "To stop these messages, please reply to the sender of this message; they run rvr-watch for you and will remove you.\n"
        "Detected on 20 Nov 2025, 10:15 by rvr-watch.\n",
    ),
}


# --- golden messages -----------------------------------------------------------------


@pytest.mark.parametrize(("kind", "language"), sorted(GOLDEN))
def test_golden_title_and_text(kind: str, language: Language) -> None:
    message = render_message([CASES[kind]], language=language, tz=TZ, reader=READER)
    assert (message.title, message.text) == GOLDEN[kind, language]


@pytest.mark.parametrize("kind", sorted(CASES))
def test_every_format_says_the_same(kind: str) -> None:
    message = render_message([CASES[kind]], language="de", tz=TZ, reader=READER)
    headline = message.title.partition(":")[0]
    for rendered in (message.html, message.chat_html, message.markdown):
        assert headline in rendered
        assert "eingetragen ist, für: neue Termine, verschobene Termine" in rendered
        assert "Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch." in rendered
    if isinstance(CASES[kind], EventNotice):
        for rendered in (message.html, message.chat_html, message.markdown):
            assert "Donnerstag, 27. November 2025, 17:00–19:00 Uhr" in rendered
            assert "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen" in rendered
            assert "Programm (PDF, 172 KB)" in rendered


def test_an_old_value_is_struck_and_the_new_one_stands_out() -> None:
    message = render_message([CASES["rescheduled"]], language="de", tz=TZ)
    old, new = "Mittwoch, 26. November 2025, 16:00–18:00 Uhr", "Donnerstag, 27. November 2025"
    assert f"<del>{old}</del> → <b>{new}" in message.chat_html
    assert f"~~{old}~~ → **{new}" in message.markdown
    struck = _collect(message.html)
    assert old in struck.text_in["del"] and new in "".join(struck.text_in["b"])


def test_a_cancellation_states_itself_in_its_change_list_in_every_format() -> None:
    for language, was, now in (("de", "angekündigt", "abgesagt"), ("en", "announced", "cancelled")):
        message = render_message([CASES["cancelled"]], language=language, tz=TZ)
        assert f"<del>{was}</del> → <b>{now}</b>" in message.chat_html
        assert f"~~{was}~~ → **{now}**" in message.markdown
        assert was in _collect(message.html).text_in["del"]
        assert now.upper() in message.text  # the badge next to the title


def test_several_notices_make_one_message_with_a_summary_title() -> None:
    notices = [
        replace(_event_notice(CASES["new_date"]), page_title="Fachkräfte-Reihe"),
        replace(_event_notice(CASES["cancelled"]), page_title="Fachkräfte-Reihe"),
    ]
    message = render_message(notices, language="de", tz=TZ)
    assert message.title == "Fachkräfte-Reihe: 2 Änderungen"
    assert message.text.startswith("2 ÄNDERUNGEN\nFachkräfte-Reihe\n\n== Neuer Termin ==\n")
    assert "\n== Termin abgesagt ==\n" in message.text
    assert message.chat_html.count("<h4>") == 2
    assert message.markdown.count("### ") == 2


def test_a_shortened_digest_says_how_many_more_there_are() -> None:
    message = render_message([CASES["new_date"]], language="de", tz=TZ, more=9_990)
    assert message.title == "fachkraefte-reihe: 9.991 Änderungen"
    assert "… und 9.990 weitere Änderungen – alle stehen auf der Seite." in message.text
    english = render_message([CASES["new_date"]], language="en", tz=TZ, more=9_990)
    assert "… and 9,990 more changes – all of them are on the page." in english.markdown


def test_several_pages_get_a_neutral_title_and_a_link_each() -> None:
    other = replace(_event_notice(CASES["removed"]), page_name="andere-seite")
    message = render_message([CASES["new_date"], other], language="en", tz=TZ)
    assert message.title == "rvr-watch: 2 changes"
    assert "“fachkraefte-reihe and andere-seite”" in message.text


def test_the_unsubscribe_link_is_in_the_footer_when_given() -> None:
    url = "https://watch.example.org/unsubscribe/abc123"
    reader = Reader(kinds=frozenset({"new_date"}), list_unsubscribe=url)
    message = render_message([CASES["new_date"]], language="de", tz=TZ, reader=reader)
    assert message.list_unsubscribe == url
    assert f"Keine Nachrichten mehr erhalten: abbestellen: {url}" in message.text
    assert url in _hrefs(message.html) and url in _hrefs(message.chat_html)
    assert "antworten Sie bitte dem Absender" not in message.text
    plain = render_message([CASES["new_date"]], language="de", tz=TZ)
    assert plain.list_unsubscribe is None and "antworten Sie bitte dem Absender" in plain.text


def test_empty_notices_are_refused() -> None:
    with pytest.raises(ValueError, match="at least one"):
        render_message([], tz=TZ)


def _event_notice(notice: Notice) -> EventNotice:
    assert isinstance(notice, EventNotice)
    return notice


# --- dates, times, values and links ------------------------------------------------------


def _only(event: Event, language: Language = "de") -> Message:
    return render_message([event_notice("new_date", None, event)], language=language, tz=TZ)


def test_start_without_end_and_no_time_at_all() -> None:
    start_only = replace(EVENT, end=None)
    assert "Wann: Donnerstag, 27. November 2025, ab 17:00 Uhr\n" in _only(start_only).text
    assert "When: Thursday, 27 November 2025, from 17:00\n" in _only(start_only, "en").text
    no_time = replace(EVENT, start=None, end=None)
    assert "Wann: Donnerstag, 27. November 2025\n" in _only(no_time).text


def test_multi_day_event_names_both_days() -> None:
    two_days = replace(EVENT, end=dt.datetime(2025, 11, 28, 13, 0, tzinfo=TZ))
    assert (
        "Wann: Donnerstag, 27. November 2025 – Freitag, 28. November 2025, "
        "Beginn 17:00 Uhr, Ende 13:00 Uhr\n"
    ) in _only(two_days).text


def test_times_are_shown_in_the_subscribers_zone() -> None:
    utc = replace(
        EVENT,
        start=dt.datetime(2025, 7, 1, 15, 0, tzinfo=dt.UTC),
        end=dt.datetime(2025, 7, 1, 17, 0, tzinfo=dt.UTC),
        date=dt.date(2025, 7, 1),
    )
    assert "Wann: Dienstag, 1. Juli 2025, 17:00–19:00 Uhr\n" in _only(utc).text


def test_generic_field_changes_read_old_to_new() -> None:
    fields = (
        FieldChangeT("title", "Alt", "Neu"),
        FieldChangeT("links", [], [{"label": "Programm", "url": "https://x.example/p.pdf"}]),
        FieldChangeT("note", "mit Ausklang", None),
    )
    notice = EventNotice(Change("updated", EVENT, EVENT, fields), "p", PAGE, DETECTED)
    text = render_message([notice], tz=TZ).text
    assert "- Titel: bisher Alt\n         jetzt Neu\n" in text
    assert "- Links: bisher keine Angabe\n         jetzt Programm (PDF)\n" in text
    assert "- Hinweis: bisher mit Ausklang\n           jetzt keine Angabe\n" in text


@pytest.mark.parametrize(
    ("label", "url", "size", "shown"),
    [
        (
            "Programm",
            "https://x.example/a/2025-11-27_Programm.pdf",
            "172 KB",
            "Programm (PDF, 172 KB)",
        ),
        ("Anmeldung", "https://x.example/anmeldung", None, "Anmeldung"),
        (
            "",
            "https://x.example/files/Flyer%20Herbst.docx",
            "1,2 MB",
            "Flyer Herbst (Word, 1,2 MB)",
        ),
        ("https://x.example/p.pdf", "https://x.example/p.pdf", None, "p (PDF)"),
    ],
)
def test_links_get_short_labels(label: str, url: str, size: str | None, shown: str) -> None:
    assert link_label(label, url, size) == shown


# --- the calendar ----------------------------------------------------------------------------


def test_new_date_carries_a_publish_calendar_that_parses() -> None:
    message = render_message([CASES["new_date"]], tz=TZ)
    assert message.calendar is not None and message.calendar.method == "PUBLISH"
    (attachment,) = message.attachments
    assert attachment.content == message.calendar.content
    assert attachment.filename == "2025-11-27-karriere-in-ge-machs-mit-wasserstoff.ics"
    assert attachment.mime_type == "text/calendar"
    calendar = icalendar.Calendar.from_ical(attachment.content)
    assert str(calendar["METHOD"]) == "PUBLISH"
    (event,) = calendar.walk("VEVENT")
    assert (
        str(event["UID"])
        == "fachkraefte-reihe/2025-11-27-karriere-in-ge-machs-mit-wasserstoff@rvr-watch"
    )
    assert str(event["SUMMARY"]) == EVENT.title
    assert event.decoded("DTSTART") == EVENT.start
    assert event.decoded("DTSTAMP") == DETECTED


def test_other_kinds_get_a_calendar_only_with_a_stable_uid() -> None:
    for kind in ("rescheduled", "updated", "cancelled", "removed", "concluded"):
        message = render_message([CASES[kind]], tz=TZ)
        assert message.attachments == () and message.calendar is None
    cancelled = replace(_event_notice(CASES["cancelled"]), calendar_uid="event-7@rvr", sequence=4)
    message = render_message([cancelled], tz=TZ)
    assert message.calendar is not None and message.calendar.method == "CANCEL"
    calendar = icalendar.Calendar.from_ical(message.calendar.content)
    assert str(calendar["METHOD"]) == "CANCEL"
    (event,) = calendar.walk("VEVENT")
    assert (str(event["UID"]), int(str(event["SEQUENCE"])), str(event["STATUS"])) == (
        "event-7@rvr",
        4,
        "CANCELLED",
    )


def test_a_calendar_with_new_and_cancelled_dates_publishes_both() -> None:
    cancelled = replace(_event_notice(CASES["cancelled"]), calendar_uid="event-7@rvr", sequence=4)
    second = event_notice(
        "new_date", None, replace(EVENT, key="2026-01-15-x", date=dt.date(2026, 1, 15))
    )
    message = render_message([second, cancelled], tz=TZ)
    assert message.calendar is not None and message.calendar.method == "PUBLISH"
    assert message.calendar.filename == "termine.ics"
    calendar = icalendar.Calendar.from_ical(message.calendar.content)
    assert [str(e["STATUS"]) for e in calendar.walk("VEVENT")] == ["CONFIRMED", "CANCELLED"]


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


# --- untrusted text ------------------------------------------------------------------------

EVIL_TITLE = (
    '<script>alert(1)</script> "><img src=x onerror=alert(1)> [x](javascript:alert(1)) @room'
)
EVIL = replace(
    EVENT,
    title=EVIL_TITLE,
    audience="**fett** _kursiv_ `code` <b>b</b> &amp; @ROOM",
    links=(
        Link("Anmeldung", "javascript:alert(1)"),
        Link('x" onmouseover="alert(1)', 'https://ok.example/a"b<c>'),
    ),
)
# What our own layout uses; scraped text must never add to it.
EMAIL_TAGS = {"html", "head", "meta", "title", "style", "body", "div", "table", "tr", "td",
              "p", "h1", "h2", "span", "b", "del", "a", "br"}  # fmt: skip


def test_scraped_markup_is_escaped_in_html() -> None:
    message = _only(EVIL)
    for rendered in (message.html, message.chat_html):
        assert "<script" not in rendered and "<img" not in rendered
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
        assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in rendered
        assert 'href="javascript' not in rendered
        assert "javascript:alert(1)" in rendered  # shown as text, not a link
        assert '<a href="https://ok.example/a&quot;b&lt;c&gt;"' in rendered
        assert "EVENT-HANDLER" not in _tags(rendered)
    assert _tags(message.html) <= EMAIL_TAGS
    assert _tags(message.chat_html) <= {"p", "b", "br", "a", "ul", "li", "h4", "del", "i"}


def test_scraped_markup_is_escaped_in_markdown() -> None:
    message = _only(EVIL)
    assert "\\[x\\](javascript:alert(1))" in message.markdown
    assert "\\*\\*fett\\*\\* \\_kursiv\\_ \\`code\\`" in message.markdown
    rendered = markdown.markdown(message.markdown)
    assert _tags(rendered) <= {"p", "strong", "ul", "li", "a", "em"}
    assert "javascript" not in "".join(_hrefs(rendered))


def test_mentions_are_defused_everywhere() -> None:
    message = _only(EVIL)
    for rendered in (
        message.title,
        message.text,
        message.html,
        message.chat_html,
        message.markdown,
    ):
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
    audience = next(line for line in message.text.splitlines() if line.startswith("  Zielgruppe: "))
    assert len(audience) == len("  Zielgruppe: ") + FIELD_MAX and audience.endswith("…")
    many = [event_notice("new_date", None, replace(huge, key=f"k{i}")) for i in range(200)]
    message = render_message(many, tz=TZ)
    assert all(
        len(body) <= BODY_MAX for body in (message.text, message.chat_html, message.markdown)
    )
    assert "weitere Änderungen – alle stehen auf der Seite." in message.text
    assert message.title == "fachkraefte-reihe: 200 Änderungen"
    assert message.text.endswith("Erkannt am 20.11.2025, 10:15 Uhr von rvr-watch.\n")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.text(max_size=100))
def test_any_scraped_text_stays_text(title: str, venue: str) -> None:
    event = replace(EVENT, title=title, location=Location(venue=venue, city=venue))
    message = _only(event)
    assert "\n" not in message.title and len(message.title) <= TITLE_MAX
    assert _tags(message.html) <= EMAIL_TAGS
    assert _hrefs(message.html) == ["https://www.rvr.ruhr/fileadmin/Programm.pdf", PAGE]
    assert _tags(message.chat_html) <= {"p", "b", "br", "a", "i"}
    rendered = markdown.markdown(message.markdown)
    assert _tags(rendered) <= {"p", "strong", "ul", "li", "a", "em"}
    assert "@room" not in message.text.lower()


class _TagCollector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.text_in: dict[str, str] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if any(name.startswith("on") for name, _ in attrs):
            self.tags.add("EVENT-HANDLER")
        self.hrefs += [value or "" for name, value in attrs if name == "href"]
        if tag not in ("br", "meta"):
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        for tag in set(self._open):
            self.text_in[tag] = self.text_in.get(tag, "") + data


def _collect(markup: str) -> _TagCollector:
    collector = _TagCollector()
    collector.feed(markup)
    collector.close()
    return collector


def _tags(markup: str) -> set[str]:
    return _collect(markup).tags


def _hrefs(markup: str) -> list[str]:
    return _collect(markup).hrefs
