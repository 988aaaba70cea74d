"""Hand-written pages where structured data and visible text meet: JSON-LD that disagrees
with the visible time (the visible text wins), a JSON-LD-only page with a rescheduled and a
cancelled event among non-event graph nodes, a page whose next date is still to be
announced, and all-day and year-crossing dates. Expected JSON written out by hand."""

# Data: markup one element a line.
# ruff: noqa: E501

from __future__ import annotations

import json

from corpus_handwritten import Handwritten
from corpus_kit import ev, page
from corpus_pages import HRW, HWK, RE_KREIS, TU_DO

U_CONFLICT = "https://www.hochschule-ruhr-west.de/transfer/ki-sprechstunde"
U_LD = "https://www.tu-dortmund.de/forschung/logistik-dialog"
U_TBA = "https://www.hwk-do.de/artikel/meisterforum"
U_DAYS = "https://www.kreis-re.de/ehrenamtstage"


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


CONFLICT = (
    "<h1>KI-Sprechstunde für den Mittelstand</h1>"
    "<p>Forschende der HRW beantworten Fragen von Unternehmen zu Künstlicher Intelligenz.</p>"
    "<h2>Nächste Termine</h2>"
    "<h3>Bilderkennung in der Qualitätssicherung</h3>"
    "<p><strong>Termin:</strong> Donnerstag, 19. März 2026, 16:30–18:00 Uhr</p>"
    "<p><strong>Ort:</strong> Hochschule Ruhr West, Duisburger Straße 100, 45479 Mülheim an der Ruhr</p>"
    "<h3>Sprachmodelle im Kundenservice</h3>"
    "<p><strong>Termin:</strong> Donnerstag, 23. April 2026, 16:30–18:00 Uhr</p>"
    "<p><strong>Ort:</strong> Online via Zoom</p>"
    + ld(
        {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "itemListElement": [
                {
                    "@type": "Event",
                    "name": "Bilderkennung in der Qualitätssicherung",
                    # The CMS exported the old time; the page text was corrected.
                    "startDate": "2026-03-19T16:00:00+01:00",
                    "endDate": "2026-03-19T17:30:00+01:00",
                    "location": {
                        "@type": "Place",
                        "name": "Hochschule Ruhr West",
                        "address": {
                            "@type": "PostalAddress",
                            "streetAddress": "Duisburger Straße 100",
                            "postalCode": "45479",
                            "addressLocality": "Mülheim an der Ruhr",
                        },
                    },
                },
                {
                    "@type": "Event",
                    "name": "Sprachmodelle im Kundenservice",
                    "startDate": "2026-04-23T14:30:00Z",
                    "endDate": "2026-04-23T16:00:00Z",
                    "location": {"@type": "VirtualLocation", "url": "https://zoom.us/j/555"},
                },
            ],
        }
    )
)

LD_ONLY = (
    "<h1>Logistik-Dialog</h1>"
    "<p>Die Termine werden aus unserem Veranstaltungskalender geladen.</p>"
    '<div id="tud-events" data-feed="/api/events?series=logistik-dialog"></div>'
    + ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebPage",
                    "@id": U_LD,
                    "name": "Logistik-Dialog",
                    "datePublished": "2025-09-01",
                },
                {"@type": "Organization", "name": "TU Dortmund", "foundingDate": "1968-12-16"},
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Forschung"}],
                },
                {
                    "@type": "BusinessEvent",
                    "name": "Lieferketten nach dem Lieferkettengesetz",
                    "startDate": "2026-05-07T15:00:00+02:00",
                    "endDate": "2026-05-07T17:00:00+02:00",
                    "previousStartDate": "2026-04-16T15:00:00+02:00",
                    "eventStatus": "https://schema.org/EventRescheduled",
                    "location": {
                        "@type": "Place",
                        "name": "Fraunhofer IML",
                        "address": "Joseph-von-Fraunhofer-Straße 2-4, 44227 Dortmund",
                    },
                },
                {
                    "@type": "BusinessEvent",
                    "name": "Drohnen in der Intralogistik",
                    "startDate": "2026-06-11T15:00:00+02:00",
                    "eventStatus": "https://schema.org/EventCancelled",
                    "location": {
                        "@type": "Place",
                        "name": "Fraunhofer IML",
                        "address": "Joseph-von-Fraunhofer-Straße 2-4, 44227 Dortmund",
                    },
                },
            ],
        }
    )
)

TBA = (
    "<h1>Meisterforum</h1>"
    "<p>Das Meisterforum bringt Jungmeisterinnen und Jungmeister mit erfahrenen Betrieben zusammen.</p>"
    "<h2>Nächster Termin</h2>"
    "<p>Der nächste Termin wird in Kürze bekannt gegeben.</p>"
    "<h2>Rückblick</h2>"
    "<h3>Betriebsübernahme gut vorbereiten (04.11.2025)</h3>"
    "<p>Drei Betriebe berichteten, wie die Übergabe an die nächste Generation gelang.</p>"
    "<h3>Mitarbeitende finden und halten (10.06.2025)</h3>"
    "<p>Im Mittelpunkt standen Arbeitgebermarken im Handwerk.</p>"
)

DAYS = (
    "<h1>Ehrenamtstage im Kreis Recklinghausen</h1>"
    "<p>Vereine stellen sich vor, Engagierte tauschen sich aus.</p>"
    "<h2>Kommende Veranstaltungen</h2>"
    "<h3>Ehrenamtsmesse</h3>"
    "<p>Samstag, 12. September 2026, ganztägig</p>"
    "<p>Ort: Vestlandhalle, Herner Straße 10, 45657 Recklinghausen</p>"
    "<h3>Winterakademie für Vereinsvorstände</h3>"
    "<p>30.12.2026 – 02.01.2027, jeweils 10–15 Uhr</p>"
    "<p>Ort: Haus der Kulturen, Bahnhofstraße 83, 45721 Haltern am See</p>"
)

STRUCTURED_HAND: dict[str, Handwritten] = {
    "hrw-ki-sprechstunde-jsonld-disagrees": Handwritten(
        "visible times beside JSON-LD with an outdated time: the visible text wins",
        HRW,
        U_CONFLICT,
        "2026-02-01T09:00:00+01:00",
        CONFLICT,
        page(
            U_CONFLICT,
            "KI-Sprechstunde für den Mittelstand",
            None,
            [
                ev(
                    "2026-03-19",
                    "Bilderkennung in der Qualitätssicherung",
                    "16:30",
                    "18:00",
                    where=(
                        "Hochschule Ruhr West",
                        "Duisburger Straße 100",
                        "45479",
                        "Mülheim an der Ruhr",
                    ),
                ),
                ev(
                    "2026-04-23",
                    "Sprachmodelle im Kundenservice",
                    "16:30",
                    "18:00",
                    where="Online via Zoom",
                ),
            ],
        ),
        partner=True,
    ),
    "tudo-logistik-dialog-jsonld-graph": Handwritten(
        "JSON-LD only (schema-events): @graph with page nodes, a rescheduled and a cancelled event",
        TU_DO,
        U_LD,
        "2026-02-01T09:00:00+01:00",
        LD_ONLY,
        page(
            U_LD,
            "Logistik-Dialog",
            None,
            [
                ev(
                    "2026-05-07",
                    "Lieferketten nach dem Lieferkettengesetz",
                    "15:00",
                    "17:00",
                    where=(
                        "Fraunhofer IML",
                        "Joseph-von-Fraunhofer-Straße 2-4",
                        "44227",
                        "Dortmund",
                    ),
                ),
                ev(
                    "2026-06-11",
                    "Drohnen in der Intralogistik",
                    "15:00",
                    status="cancelled",
                    where=(
                        "Fraunhofer IML",
                        "Joseph-von-Fraunhofer-Straße 2-4",
                        "44227",
                        "Dortmund",
                    ),
                ),
            ],
        ),
        parser="schema-events",
        partner=True,
    ),
    "hwk-meisterforum-next-date-tba": Handwritten(
        "'Nächster Termin' still to be announced: no upcoming date, not refused",
        HWK,
        U_TBA,
        "2026-01-15T09:00:00+01:00",
        TBA,
        page(
            U_TBA,
            "Meisterforum",
            None,
            [
                ev(
                    "2025-11-04",
                    "Betriebsübernahme gut vorbereiten",
                    status="past",
                    summary="Drei Betriebe berichteten, wie die Übergabe an die nächste Generation gelang.",
                ),
                ev(
                    "2025-06-10",
                    "Mitarbeitende finden und halten",
                    status="past",
                    summary="Im Mittelpunkt standen Arbeitgebermarken im Handwerk.",
                ),
            ],
        ),
        partner=True,
    ),
    "re-ehrenamtstage-allday-and-new-year": Handwritten(
        "an all-day date (no time) and a multi-day event over the new year with daily hours",
        RE_KREIS,
        U_DAYS,
        "2026-03-01T09:00:00+01:00",
        DAYS,
        page(
            U_DAYS,
            "Ehrenamtstage im Kreis Recklinghausen",
            None,
            [
                ev(
                    "2026-09-12",
                    "Ehrenamtsmesse",
                    note="ganztägig",  # the rest of the date line, as "– mit Ausklang" is
                    where=("Vestlandhalle", "Herner Straße 10", "45657", "Recklinghausen"),
                ),
                ev(
                    "2026-12-30",
                    "Winterakademie für Vereinsvorstände",
                    "10:00",
                    "15:00",
                    until="2027-01-02",
                    where=("Haus der Kulturen", "Bahnhofstraße 83", "45721", "Haltern am See"),
                ),
            ],
        ),
        partner=True,
    ),
}
