"""The website's words in German (default) and English, and how a language is chosen.

``?lang=en`` or ``?lang=de`` wins; otherwise the first of the browser's
``Accept-Language`` preferences we have; otherwise German.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from notify.wording import MONTHS, WEEKDAYS

Lang = Literal["de", "en"]
LANGS: tuple[Lang, ...] = ("de", "en")

# The names of days and months are the messages' (notify.wording): one table of each.
_WEEKDAYS, _MONTHS = WEEKDAYS, MONTHS

WORDS: dict[Lang, dict[str, str]] = {
    "de": {
        "site": "Termine",
        "skip": "Zum Inhalt springen",
        "nav": "Hauptnavigation",
        "nav_dates": "Termine",
        "nav_changes": "Änderungen",
        "nav_status": "Status",
        "nav_subscribe": "Benachrichtigungen",
        "other_lang": "English",
        "other_lang_label": "This page in English",
        "upcoming_title": "Kommende Termine",
        "upcoming_intro": "Alle angekündigten Termine der beobachteten Seiten. "
        "Abgesagte Termine bleiben durchgestrichen sichtbar.",
        "no_dates": "Zurzeit sind keine Termine angekündigt.",
        "source": "Quelle",
        "calendar": "Kalender abonnieren",
        "calendar_webcal": "In Kalender-App abonnieren (webcal)",
        "calendar_ics": "ICS-Datei",
        "all_calendar": "Alle Termine als Kalender",
        "cancelled": "abgesagt",
        "date": "Datum",
        "time": "Uhrzeit",
        "place": "Ort",
        "audience": "Zielgruppe",
        "note": "Hinweis",
        "links": "Unterlagen",
        "history_link": "Verlauf",
        "oclock": "Uhr",
        "event_title": "Termin",
        "current": "Aktueller Stand",
        "history": "Verlauf",
        "history_intro": "Jede gespeicherte Fassung dieses Termins, älteste zuerst.",
        "seen_from": "gesehen ab",
        "seen_until": "bis",
        "first_seen": "zuerst gesehen",
        "gone": "Nicht mehr auf der Seite seit",
        "changed_fields": "Geändert",
        "earlier": "Frühere Einträge mit diesem Schlüssel",
        "changes_title": "Änderungen",
        "changes_intro": "Erkannte Änderungen, neueste zuerst.",
        "filter": "Filtern",
        "kind": "Art",
        "page": "Seite",
        "all": "alle",
        "apply": "Anzeigen",
        "detected": "Erkannt",
        "event": "Termin",
        "what": "Was sich geändert hat",
        "no_changes": "Keine Änderungen gefunden.",
        "shown_newest": "Gezeigt werden die {count} neuesten.",
        "changes_feed": "Änderungen als Atom-Feed",
        "status_title": "Status",
        "status_intro": "Zustand der Überwachung je Seite.",
        "outcome_changed": "geändert",
        "outcome_unchanged": "unverändert",
        "outcome_not_modified": "unverändert (304)",
        "outcome_failed": "fehlgeschlagen",
        "outcome_refused": "abgelehnt (keine Terminseite)",
        "health": "Zustand",
        "ok": "in Ordnung",
        "failing": "gestört",
        "last_check": "Letzte Prüfung",
        "last_success": "Letzter Erfolg",
        "failures": "Fehlschläge in Folge",
        "pending": "Ausstehende Zustellungen",
        "outcome": "Ergebnis",
        "never": "nie",
        "subscribe_title": "Benachrichtigungen per E-Mail",
        "subscribe_intro": "Erhalten Sie eine E-Mail, wenn ein Termin angekündigt, verschoben, "
        "geändert oder abgesagt wird. Kein Konto nötig; Sie bestätigen Ihre Adresse über "
        "einen Link und können jederzeit mit einem Klick abbestellen.",
        "email": "E-Mail-Adresse",
        "email_hint": "Nur für diese Benachrichtigungen. Gespeichert werden Adresse, Auswahl "
        "und Sprache, sonst nichts.",
        "kinds": "Worüber möchten Sie informiert werden?",
        "language": "Sprache der E-Mails",
        "lang_de": "Deutsch",
        "lang_en": "Englisch",
        "submit": "Anmelden",
        "bad_email": "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.",
        "bad_kinds": "Bitte wählen Sie mindestens eine Art von Änderung.",
        "error_heading": "Bitte prüfen Sie Ihre Eingaben",
        "sent_title": "Bitte prüfen Sie Ihr Postfach",
        "sent_text": "Wenn die Adresse Benachrichtigungen erhalten kann, haben wir eine E-Mail "
        "mit einem Bestätigungslink geschickt. Er ist 48 Stunden gültig. Erst nach der "
        "Bestätigung erhalten Sie Benachrichtigungen.",
        "confirm_title": "Anmeldung bestätigen",
        "confirm_text": "Bitte bestätigen Sie Ihre Anmeldung mit der Schaltfläche.",
        "confirm_button": "Anmeldung bestätigen",
        "confirmed_title": "Anmeldung bestätigt",
        "confirmed_text": "Danke! Sie erhalten ab jetzt Benachrichtigungen an {email}. "
        "Jede E-Mail enthält einen Link zum Abbestellen.",
        "invalid_title": "Link ungültig",
        "invalid_text": "Dieser Link ist abgelaufen, wurde schon verwendet oder ist "
        "unvollständig. Sie können sich erneut anmelden.",
        "unsubscribe_title": "Benachrichtigungen abbestellen",
        "unsubscribe_text": "Möchten Sie keine Benachrichtigungen mehr erhalten?",
        "unsubscribe_button": "Abbestellen",
        "unsubscribed_title": "Abbestellt",
        "unsubscribed_text": "Sie erhalten keine Benachrichtigungen mehr. Ihre Adresse wurde "
        "gelöscht.",
        "closed_title": "Anmeldung nicht verfügbar",
        "closed_text": "Auf dieser Seite können Sie sich nicht selbst anmelden.",
        "forbidden_title": "Formular abgelaufen",
        "forbidden_text": "Das Formular ist abgelaufen oder unvollständig. Bitte laden Sie die "
        "Seite neu und senden Sie es noch einmal.",
        "busy_title": "Zu viele Anfragen",
        "busy_text": "Bitte versuchen Sie es in einigen Minuten noch einmal.",
        "not_found_title": "Nicht gefunden",
        "not_found_text": "Diese Seite gibt es nicht.",
        "back_home": "Zu den Terminen",
        "footer": "Automatisch erstellt von rvr-watch aus den veröffentlichten Seiten. "
        "Maßgeblich sind die Angaben der Quelle.",
    },
    "en": {
        "site": "Dates",
        "skip": "Skip to content",
        "nav": "Main navigation",
        "nav_dates": "Dates",
        "nav_changes": "Changes",
        "nav_status": "Status",
        "nav_subscribe": "Alerts",
        "other_lang": "Deutsch",
        "other_lang_label": "Diese Seite auf Deutsch",
        "upcoming_title": "Upcoming dates",
        "upcoming_intro": "Every announced date of the watched pages. Cancelled dates stay "
        "visible, struck through.",
        "no_dates": "No dates are announced at the moment.",
        "source": "Source",
        "calendar": "Subscribe to the calendar",
        "calendar_webcal": "Subscribe in a calendar app (webcal)",
        "calendar_ics": "ICS file",
        "all_calendar": "All dates as a calendar",
        "cancelled": "cancelled",
        "date": "Date",
        "time": "Time",
        "place": "Place",
        "audience": "Audience",
        "note": "Note",
        "links": "Documents",
        "history_link": "History",
        "oclock": "",
        "event_title": "Date",
        "current": "Current state",
        "history": "History",
        "history_intro": "Every stored version of this date, oldest first.",
        "seen_from": "seen from",
        "seen_until": "until",
        "first_seen": "first seen",
        "gone": "No longer on the page since",
        "changed_fields": "Changed",
        "earlier": "Earlier entries with this key",
        "changes_title": "Changes",
        "changes_intro": "Detected changes, newest first.",
        "filter": "Filter",
        "kind": "Kind",
        "page": "Page",
        "all": "all",
        "apply": "Show",
        "detected": "Detected",
        "event": "Date",
        "what": "What changed",
        "no_changes": "No changes found.",
        "shown_newest": "Showing the {count} newest.",
        "changes_feed": "Changes as an Atom feed",
        "status_title": "Status",
        "status_intro": "Monitoring state per page.",
        "outcome_changed": "changed",
        "outcome_unchanged": "unchanged",
        "outcome_not_modified": "unchanged (304)",
        "outcome_failed": "failed",
        "outcome_refused": "refused (not a series page)",
        "health": "Health",
        "ok": "ok",
        "failing": "failing",
        "last_check": "Last check",
        "last_success": "Last success",
        "failures": "Failures in a row",
        "pending": "Pending deliveries",
        "outcome": "Outcome",
        "never": "never",
        "subscribe_title": "E-mail alerts",
        "subscribe_intro": "Get an e-mail when a date is announced, moved, changed or "
        "cancelled. No account needed: you confirm your address through a link and can "
        "unsubscribe with one click at any time.",
        "email": "E-mail address",
        "email_hint": "Used only for these alerts. We store the address, your choices and "
        "the language, nothing else.",
        "kinds": "What would you like to hear about?",
        "language": "Language of the e-mails",
        "lang_de": "German",
        "lang_en": "English",
        "submit": "Subscribe",
        "bad_email": "Please enter a valid e-mail address, such as name@example.org.",
        "bad_kinds": "Please choose at least one kind of change.",
        "error_heading": "Please check your entries",
        "sent_title": "Please check your inbox",
        "sent_text": "If the address can receive alerts, we have sent it an e-mail with a "
        "confirmation link. It is valid for 48 hours. Alerts start only after you confirm.",
        "confirm_title": "Confirm your subscription",
        "confirm_text": "Please confirm your subscription with the button.",
        "confirm_button": "Confirm subscription",
        "confirmed_title": "Subscription confirmed",
        "confirmed_text": "Thank you! Alerts now go to {email}. Every e-mail has a link to "
        "unsubscribe.",
        "invalid_title": "Invalid link",
        "invalid_text": "This link has expired, was used already or is incomplete. You can "
        "subscribe again.",
        "unsubscribe_title": "Unsubscribe from alerts",
        "unsubscribe_text": "Do you want to stop receiving alerts?",
        "unsubscribe_button": "Unsubscribe",
        "unsubscribed_title": "Unsubscribed",
        "unsubscribed_text": "You will not receive any more alerts. Your address has been deleted.",
        "closed_title": "Subscriptions not available",
        "closed_text": "This site does not offer self-service subscriptions.",
        "forbidden_title": "Form expired",
        "forbidden_text": "The form has expired or is incomplete. Please reload the page and "
        "send it again.",
        "busy_title": "Too many requests",
        "busy_text": "Please try again in a few minutes.",
        "not_found_title": "Not found",
        "not_found_text": "There is no such page.",
        "back_home": "To the dates",
        "footer": "Made automatically by rvr-watch from the published pages. The source's "
        "information is authoritative.",
    },
}


def _shared_words() -> None:
    """Change kinds, field names and statuses in the words of the e-mails (notify.wording),
    so the site and the messages name things alike."""
    from notify.wording import WORDS as MESSAGE_WORDS
    from storage.schema import CHANGE_KINDS

    for lang in LANGS:
        theirs = MESSAGE_WORDS[lang]
        for key, value in theirs.items():
            if key.startswith(("field_", "status_")):
                WORDS[lang].setdefault(key, value)
        for kind in CHANGE_KINDS:
            WORDS[lang].setdefault(f"kind_{kind}", theirs.get(kind, kind))


_shared_words()


def choose_language(query_lang: str | None, accept_language: str | None) -> Lang:
    """``?lang=`` if it names one of ours, else the best ``Accept-Language`` match, else de."""
    if query_lang in LANGS:
        return query_lang
    best: tuple[float, Lang] | None = None
    for position, item in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in LANGS:
            continue
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                continue
        score = weight - position * 1e-6  # earlier wins among equal weights
        if weight > 0 and (best is None or score > best[0]):
            best = (score, primary)
    return best[1] if best else "de"


def long_date(day: dt.date, lang: Lang) -> str:
    """``Donnerstag, 27. November 2025`` / ``Thursday, 27 November 2025``."""
    weekday, month = _WEEKDAYS[lang][day.weekday()], _MONTHS[lang][day.month - 1]
    if lang == "de":
        return f"{weekday}, {day.day}. {month} {day.year}"
    return f"{weekday}, {day.day} {month} {day.year}"


def short_month(day: dt.date, lang: Lang) -> str:
    """The month name's first three letters (for the date badge)."""
    return _MONTHS[lang][day.month - 1][:3]


def weekday_short(day: dt.date, lang: Lang) -> str:
    """``Do`` / ``Thu``."""
    return _WEEKDAYS[lang][day.weekday()][: 2 if lang == "de" else 3]


def time_range(start: dt.datetime | None, end: dt.datetime | None, lang: Lang) -> str:
    """``17:00–19:00 Uhr`` / ``17:00–19:00``; empty when the page gives no time."""
    if start is None:
        return ""
    text = f"{start:%H:%M}"
    if end is not None and end != start:
        text += f"–{end:%H:%M}"
        if end.date() != start.date():
            text += f" ({long_date(end.date(), lang)})"
    suffix = WORDS[lang]["oclock"]
    return f"{text} {suffix}" if suffix else text


def moment(value: dt.datetime, lang: Lang, tz: dt.tzinfo) -> str:
    """A stored time in the site's zone: ``20.11.2025, 10:00 Uhr`` / ``20 Nov 2025, 10:00``."""
    local = value.astimezone(tz)
    if lang == "de":
        return f"{local:%d.%m.%Y, %H:%M} Uhr"
    return f"{local.day} {_MONTHS['en'][local.month - 1][:3]} {local.year}, {local:%H:%M}"


def field_label(field: str, lang: Lang) -> str:
    """The reader's word for an event field (``date`` → ``Datum``)."""
    return WORDS[lang].get(f"field_{field}", field)


def field_value(field: str, value: str, lang: Lang) -> str:
    """A changed value as readers know it: status words translated, ISO times shortened."""
    if field == "status":
        return WORDS[lang].get(f"status_{value}", value)
    if field in ("start", "end") and len(value) >= 16 and value[10] == "T":
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return f"{long_date(parsed.date(), lang)}, {parsed:%H:%M}"
    if field == "date" and len(value) == 10:
        try:
            return long_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return value
    return value
