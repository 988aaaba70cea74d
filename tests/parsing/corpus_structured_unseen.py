"""Whole documents with schema.org event data written by hand the way CMSs and plugins
emit it, independent of the renderers in ``*_families.py``: Yoast/RankMath ``@graph``
with ``@id`` references, The Events Calendar's top-level array, ``ItemList``,
``EventSeries.subEvent``, every ``eventStatus`` spelling, online and hybrid places,
JSON-LD that is not strict JSON (trailing commas, comments, CDATA, BOM), the date
formats of real exporters, microdata with ``itemref``, RDFa Lite, VHS courses with
``CourseInstance``s, sessions of one day in date-first cards, one event stated by two
plugins (day and place; time), and a page whose only dates are not events (refused).

Each ``expected`` is what a careful reader of the data notes down, never parser output.
"""

# Data: markup one element a line.
# ruff: noqa: E501

from __future__ import annotations

from corpus_handwritten import Handwritten
from corpus_kit import ev, page


def doc(title: str, head: str, body: str) -> str:
    """A whole document: ``head`` holds the page's scripts, ``body`` its main content."""
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>"
        '<header><nav><a href="/">Start</a> <a href="/veranstaltungen/">Veranstaltungen</a> '
        '<a href="/kontakt/">Kontakt</a></nav></header>'
        f"<main>{body}</main>"
        "<footer><p>© 2026 · Impressum · Datenschutz</p></footer></body></html>"
    )


NOW = "2026-03-01T09:00:00+01:00"

# --- 1. WordPress: Yoast @graph beside The Events Calendar's top-level array ------------

U_TEC = "https://www.wfm-metropoleruhr.de/veranstaltungen/digitalforum/"
YOAST = """<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.wfm-metropoleruhr.de/veranstaltungen/digitalforum/","url":"https://www.wfm-metropoleruhr.de/veranstaltungen/digitalforum/","name":"Digitalforum Metropole Ruhr - Business Metropole Ruhr","isPartOf":{"@id":"https://www.wfm-metropoleruhr.de/#website"},"datePublished":"2025-10-02T08:12:44+00:00","dateModified":"2026-02-20T14:03:10+00:00","breadcrumb":{"@id":"https://www.wfm-metropoleruhr.de/veranstaltungen/digitalforum/#breadcrumb"},"inLanguage":"de"},{"@type":"BreadcrumbList","@id":"https://www.wfm-metropoleruhr.de/veranstaltungen/digitalforum/#breadcrumb","itemListElement":[{"@type":"ListItem","position":1,"name":"Startseite","item":"https://www.wfm-metropoleruhr.de/"},{"@type":"ListItem","position":2,"name":"Digitalforum"}]},{"@type":"WebSite","@id":"https://www.wfm-metropoleruhr.de/#website","url":"https://www.wfm-metropoleruhr.de/","name":"Business Metropole Ruhr","potentialAction":[{"@type":"SearchAction","target":{"@type":"EntryPoint","urlTemplate":"https://www.wfm-metropoleruhr.de/?s={search_term_string}"},"query-input":"required name=search_term_string"}]},{"@type":"Organization","@id":"https://www.wfm-metropoleruhr.de/#organization","name":"Business Metropole Ruhr GmbH","foundingDate":"2007-01-01","logo":{"@type":"ImageObject","url":"https://www.wfm-metropoleruhr.de/logo.png"}}]}</script>"""
TEC = """<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"KI im Mittelstand &#8211; Praxisbeispiele aus dem Revier","description":"&lt;p&gt;Drei Unternehmen zeigen, wie sie KI im Alltag einsetzen.&lt;/p&gt;\\n","url":"https://www.wfm-metropoleruhr.de/veranstaltung/ki-im-mittelstand/","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","startDate":"2026-03-12T17:00:00+01:00","endDate":"2026-03-12T19:30:00+01:00","location":{"@type":"Place","name":"Haus der Technik","description":"","url":"","address":{"@type":"PostalAddress","streetAddress":"Hollestraße 1","addressLocality":"Essen","addressRegion":"NRW","postalCode":"45127","addressCountry":"Deutschland"},"telephone":"","sameAs":""},"organizer":{"@type":"Person","name":"Business Metropole Ruhr","description":"","url":"","telephone":"","email":"","sameAs":""},"offers":{"@type":"Offer","price":"0","priceCurrency":"EUR","url":"https://www.wfm-metropoleruhr.de/veranstaltung/ki-im-mittelstand/","category":"primary","availability":"inStock","validFrom":"2026-01-15T00:00:00+00:00"},"performer":"Organization"},{"@context":"http://schema.org","@type":"Event","name":"Cybersicherheit &amp; Resilienz","description":"","url":"https://www.wfm-metropoleruhr.de/veranstaltung/cybersicherheit-resilienz/","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","startDate":"2026-04-16T17:00:00+02:00","endDate":"2026-04-16T19:00:00+02:00","location":{"@type":"Place","name":"Zeche Zollverein, Halle 12","description":"","url":"","address":{"@type":"PostalAddress","streetAddress":"Gelsenkirchener Straße 181","addressLocality":"Essen","postalCode":"45309","addressCountry":"Deutschland"}},"performer":"Organization"},{"@context":"http://schema.org","@type":"Event","name":"Daten teilen in der Region","description":"&lt;p&gt;R&uuml;ckblick mit Fotos folgt.&lt;/p&gt;","url":"https://www.wfm-metropoleruhr.de/veranstaltung/daten-teilen/","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","startDate":"2026-02-05T17:00:00+01:00","endDate":"2026-02-05T19:00:00+01:00","location":{"@type":"Place","name":"Haus der Technik","address":{"@type":"PostalAddress","streetAddress":"Hollestraße 1","addressLocality":"Essen","postalCode":"45127"}},"performer":"Organization"}]</script>"""
TEC_BODY = (
    "<h1>Digitalforum Metropole Ruhr</h1>"
    "<p>Das Digitalforum bringt Unternehmen aus dem Ruhrgebiet zu Fragen der Digitalisierung zusammen.</p>"
    '<div class="tribe-events-view" data-view="list"><noscript>Bitte aktivieren Sie JavaScript, um die Termine zu sehen.</noscript></div>'
)
HAUS_DER_TECHNIK = ("Haus der Technik", "Hollestraße 1", "45127", "Essen")
TEC_EXPECTED = page(
    U_TEC,
    "Digitalforum Metropole Ruhr",
    None,
    [
        ev(
            "2026-03-12",
            "KI im Mittelstand – Praxisbeispiele aus dem Revier",
            "17:00",
            "19:30",
            where=HAUS_DER_TECHNIK,
            summary="Drei Unternehmen zeigen, wie sie KI im Alltag einsetzen.",
            links=(
                (
                    "Details",
                    "https://www.wfm-metropoleruhr.de/veranstaltung/ki-im-mittelstand/",
                    None,
                ),
            ),
        ),
        ev(
            "2026-04-16",
            "Cybersicherheit & Resilienz",
            "17:00",
            "19:00",
            where=("Zeche Zollverein, Halle 12", "Gelsenkirchener Straße 181", "45309", "Essen"),
            links=(
                (
                    "Details",
                    "https://www.wfm-metropoleruhr.de/veranstaltung/cybersicherheit-resilienz/",
                    None,
                ),
            ),
        ),
        ev(
            "2026-02-05",
            "Daten teilen in der Region",
            "17:00",
            "19:00",
            status="past",
            where=HAUS_DER_TECHNIK,
            summary="Rückblick mit Fotos folgt.",
            links=(
                ("Details", "https://www.wfm-metropoleruhr.de/veranstaltung/daten-teilen/", None),
            ),
        ),
    ],
)

# --- 2. Yoast Local SEO / RankMath: @graph, @id references two levels deep -------------

U_RM = "https://www.hs-bochum.de/transfer/gruendungsabende/"
RANKMATH = """<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":["Person","Organization"],"@id":"https://www.hs-bochum.de/#person","name":"Hochschule Bochum"},{"@type":"WebSite","@id":"https://www.hs-bochum.de/#website","url":"https://www.hs-bochum.de","name":"Hochschule Bochum","publisher":{"@id":"https://www.hs-bochum.de/#person"},"inLanguage":"de-DE"},{"@type":"Place","@id":"https://www.hs-bochum.de/#campus","name":"Hochschule Bochum, Hörsaal C 1-03","address":{"@id":"https://www.hs-bochum.de/#campus-address"}},{"@type":"PostalAddress","@id":"https://www.hs-bochum.de/#campus-address","streetAddress":"Am Hochschulcampus 1","postalCode":"44801","addressLocality":"Bochum","addressCountry":"DE"},{"@type":"WebPage","@id":"https://www.hs-bochum.de/transfer/gruendungsabende/#webpage","url":"https://www.hs-bochum.de/transfer/gruendungsabende/","name":"Gründungsabende","datePublished":"2025-11-03T10:00:00+01:00","dateModified":"2026-02-10T09:00:00+01:00","isPartOf":{"@id":"https://www.hs-bochum.de/#website"},"inLanguage":"de-DE"},{"@type":"BlogPosting","headline":"Rückblick: Gründungsabend im Januar","datePublished":"2026-01-30T12:00:00+01:00","author":{"@id":"https://www.hs-bochum.de/#person"},"mainEntityOfPage":{"@id":"https://www.hs-bochum.de/transfer/gruendungsabende/#webpage"}},{"@type":["Event","EducationEvent"],"@id":"https://www.hs-bochum.de/transfer/gruendungsabende/#schema-1","name":"Vom Forschungsprojekt zum Start-up","startDate":"2026-03-18T18:00","endDate":"2026-03-18T20:00","eventStatus":"EventScheduled","eventAttendanceMode":"OfflineEventAttendanceMode","location":{"@id":"https://www.hs-bochum.de/#campus"},"organizer":{"@id":"https://www.hs-bochum.de/#person"},"mainEntityOfPage":{"@id":"https://www.hs-bochum.de/transfer/gruendungsabende/#webpage"}},{"@type":["Event","EducationEvent"],"@id":"https://www.hs-bochum.de/transfer/gruendungsabende/#schema-2","name":"Finanzierung für Gründende","startDate":"2026-04-22T18:00","endDate":"2026-04-22T20:00","eventStatus":"EventScheduled","location":{"@id":"https://www.hs-bochum.de/#campus"}},{"@type":["Event","EducationEvent"],"@id":"https://www.hs-bochum.de/transfer/gruendungsabende/#schema-0","name":"Teams finden, Rollen klären","startDate":"2026-01-28T18:00","endDate":"2026-01-28T20:00","location":{"@id":"https://www.hs-bochum.de/#campus"}}]}</script>"""
RM_BODY = (
    "<h1>Gründungsabende</h1>"
    "<p>Die Gründungsabende der Hochschule Bochum richten sich an Studierende und Forschende mit einer Geschäftsidee.</p>"
)
HSBO = ("Hochschule Bochum, Hörsaal C 1-03", "Am Hochschulcampus 1", "44801", "Bochum")
RM_EXPECTED = page(
    U_RM,
    "Gründungsabende",
    None,
    [
        ev("2026-03-18", "Vom Forschungsprojekt zum Start-up", "18:00", "20:00", where=HSBO),
        ev("2026-04-22", "Finanzierung für Gründende", "18:00", "20:00", where=HSBO),
        ev(
            "2026-01-28", "Teams finden, Rollen klären", "18:00", "20:00", status="past", where=HSBO
        ),
    ],
)

# --- 3. ItemList of ListItems; every eventStatus spelling ------------------------------

U_LIST = "https://www.ihk.de/gelsenkirchen/veranstaltungen/aussenwirtschaftstage"
ITEMLIST = """<script type="application/ld+json">
{
  "@context": "http://schema.org/",
  "@type": "ItemList",
  "name": "Außenwirtschaftstage",
  "numberOfItems": 5,
  "itemListElement": [
    {"@type": "ListItem", "position": 1, "item": {
      "@type": "BusinessEvent",
      "name": "Zoll kompakt",
      "startDate": "2026-03-10T09:00:00+01:00",
      "endDate": "2026-03-10T13:00:00+01:00",
      "eventStatus": "EventCancelled",
      "location": {"@type": "Place", "name": "IHK Nord Westfalen, Geschäftsstelle Gelsenkirchen", "address": {"@type": "PostalAddress", "streetAddress": "Rathausplatz 7", "postalCode": "45894", "addressLocality": "Gelsenkirchen"}}
    }},
    {"@type": "ListItem", "position": 2, "item": {
      "@type": "BusinessEvent",
      "name": "Exportkontrolle für Einsteiger",
      "startDate": "2026-03-24T09:00:00+01:00",
      "endDate": "2026-03-24T12:30:00+01:00",
      "eventStatus": "http://schema.org/EventPostponed",
      "location": {"@type": "Place", "name": "IHK Nord Westfalen, Geschäftsstelle Gelsenkirchen", "address": {"@type": "PostalAddress", "streetAddress": "Rathausplatz 7", "postalCode": "45894", "addressLocality": "Gelsenkirchen"}}
    }},
    {"@type": "ListItem", "position": 3, "item": {
      "@type": "BusinessEvent",
      "name": "Incoterms 2020 in der Praxis",
      "startDate": "2026-05-06T09:00:00+02:00",
      "endDate": "2026-05-06T12:30:00+02:00",
      "previousStartDate": "2026-04-15T09:00:00+02:00",
      "eventStatus": "https://schema.org/EventRescheduled",
      "location": {"@type": "Place", "name": "IHK Nord Westfalen, Geschäftsstelle Gelsenkirchen", "address": {"@type": "PostalAddress", "streetAddress": "Rathausplatz 7", "postalCode": "45894", "addressLocality": "Gelsenkirchen"}}
    }},
    {"@type": "ListItem", "position": 4, "item": {
      "@type": "BusinessEvent",
      "name": "Märkte in Nordafrika",
      "startDate": "2026-06-02T10:00:00+02:00",
      "endDate": "2026-06-02T11:30:00+02:00",
      "eventStatus": "https://schema.org/EventMovedOnline",
      "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
      "location": {"@type": "VirtualLocation", "name": "Online (Webex)", "url": "https://ihk-nw.webex.com/meet/aussenwirtschaft"}
    }},
    {"@type": "ListItem", "position": 5, "item": {
      "@type": "BusinessEvent",
      "name": "Präferenzrecht aktuell",
      "startDate": "2026-02-17T09:00:00+01:00",
      "endDate": "2026-02-17T12:00:00+01:00",
      "eventStatus": "https://schema.org/EventScheduled",
      "location": {"@type": "Place", "name": "IHK Nord Westfalen, Geschäftsstelle Gelsenkirchen", "address": {"@type": "PostalAddress", "streetAddress": "Rathausplatz 7", "postalCode": "45894", "addressLocality": "Gelsenkirchen"}}
    }}
  ]
}
</script>"""
LIST_BODY = (
    "<h1>Außenwirtschaftstage</h1>"
    "<p>Kompaktseminare der IHK Nord Westfalen für exportierende Unternehmen.</p>"
)
IHK_GE = (
    "IHK Nord Westfalen, Geschäftsstelle Gelsenkirchen",
    "Rathausplatz 7",
    "45894",
    "Gelsenkirchen",
)
LIST_EXPECTED = page(
    U_LIST,
    "Außenwirtschaftstage",
    None,
    [
        ev("2026-03-10", "Zoll kompakt", "09:00", "13:00", status="cancelled", where=IHK_GE),
        ev(
            "2026-03-24",
            "Exportkontrolle für Einsteiger",
            "09:00",
            "12:30",
            status="cancelled",
            where=IHK_GE,
            note="verschoben, neuer Termin folgt",
        ),
        ev("2026-05-06", "Incoterms 2020 in der Praxis", "09:00", "12:30", where=IHK_GE),
        ev("2026-06-02", "Märkte in Nordafrika", "10:00", "11:30", where="Online (Webex)"),
        ev("2026-02-17", "Präferenzrecht aktuell", "09:00", "12:00", status="past", where=IHK_GE),
    ],
)

# --- 4. EventSeries with subEvents (UTC), no h1: the series names the page -------------

U_SERIES = "https://www.uni-due.de/innovationsdialog/"
SERIES = """<script type="application/ld+json">{
  "@context": "https://schema.org",
  "@type": "EventSeries",
  "name": "Innovationsdialog Rhein-Ruhr",
  "organizer": {"@type": "CollegeOrUniversity", "name": "Universität Duisburg-Essen", "foundingDate": "2003-01-01"},
  "startDate": "2026-01-01",
  "endDate": "2026-12-31",
  "subEvent": [
    {"@type": "Hackathon", "name": "Wasserstoff-Hackathon", "startDate": "2026-04-17T07:00:00Z", "endDate": "2026-04-18T15:00:00Z",
     "location": {"@type": "Place", "name": "ZBT – Zentrum für BrennstoffzellenTechnik", "address": {"@type": "PostalAddress", "streetAddress": "Carl-Benz-Straße 201", "postalCode": "47057", "addressLocality": "Duisburg"}}},
    {"@type": "ExhibitionEvent", "name": "Transferausstellung im Glaspavillon", "startDate": "2026-03-20T09:00:00Z", "endDate": "2026-03-20T16:00:00Z",
     "location": {"@type": "Place", "name": "Glaspavillon R12", "address": {"@type": "PostalAddress", "streetAddress": "Universitätsstraße 12", "postalCode": "45141", "addressLocality": "Essen"}}},
    {"@type": "Event", "name": "Auftakt: Regionale Innovationsstrategie", "startDate": "2026-01-22T16:00:00Z", "endDate": "2026-01-22T18:00:00Z",
     "location": {"@type": "Place", "name": "Glaspavillon R12", "address": {"@type": "PostalAddress", "streetAddress": "Universitätsstraße 12", "postalCode": "45141", "addressLocality": "Essen"}}}
  ]
}</script>"""
SERIES_BODY = (
    '<div class="ude-teaser"><p class="lead">Forschung und Unternehmen der Region im Gespräch.</p>'
    '<div id="event-app"></div></div>'
)
SERIES_EXPECTED = page(
    U_SERIES,
    "Innovationsdialog Rhein-Ruhr",
    None,
    [
        ev(
            "2026-03-20",
            "Transferausstellung im Glaspavillon",
            "10:00",
            "17:00",
            where=("Glaspavillon R12", "Universitätsstraße 12", "45141", "Essen"),
        ),
        {
            **ev(
                "2026-04-17",
                "Wasserstoff-Hackathon",
                "09:00",
                where=(
                    "ZBT – Zentrum für BrennstoffzellenTechnik",
                    "Carl-Benz-Straße 201",
                    "47057",
                    "Duisburg",
                ),
            ),
            "end": "2026-04-18T17:00:00+02:00",
        },
        ev(
            "2026-01-22",
            "Auftakt: Regionale Innovationsstrategie",
            "17:00",
            "19:00",
            status="past",
            where=("Glaspavillon R12", "Universitätsstraße 12", "45141", "Essen"),
        ),
    ],
)

# --- 5. Online and hybrid: VirtualLocation with a URL only, [Place, VirtualLocation] -----

U_ONLINE = "https://www.kreis-unna.de/wirtschaft/digitalsprechstunde"
ONLINE = """<script type="application/ld+json">[
{"@context":"https://schema.org","@type":"Event","name":"Fördermittel für Digitalisierung","startDate":"2026-03-11T10:00:00+01:00","endDate":"2026-03-11T11:00:00+01:00","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","location":{"@type":"VirtualLocation","url":"https://kreis-unna.webex.com/meet/wirtschaft"}},
{"@context":"https://schema.org","@type":"Event","name":"E-Rechnung: Was ändert sich?","startDate":"2026-04-08T10:00:00+02:00","endDate":"2026-04-08T11:30:00+02:00","eventAttendanceMode":"https://schema.org/MixedEventAttendanceMode","location":[{"@type":"Place","name":"Kreishaus Unna","address":{"@type":"PostalAddress","streetAddress":"Friedrich-Ebert-Straße 17","postalCode":"59425","addressLocality":"Unna"}},{"@type":"VirtualLocation","url":"https://kreis-unna.webex.com/meet/wirtschaft"}]},
{"@context":"https://schema.org","@type":"Event","name":"Künstliche Intelligenz im Handwerk","startDate":"2026-05-13T10:00:00+02:00","endDate":"2026-05-13T11:00:00+02:00","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode"},
{"@context":"https://schema.org","@type":"Event","name":"Datenschutz im Betrieb","startDate":"2026-06-10T10:00:00+02:00","endDate":"2026-06-10T11:00:00+02:00","eventAttendanceMode":"OnlineEventAttendanceMode","location":{"@type":"VirtualPlace","url":"https://kreis-unna.webex.com/meet/wirtschaft"}}
]</script>"""
ONLINE_BODY = (
    "<h1>Digitalsprechstunde</h1>"
    "<p>Die Wirtschaftsförderung des Kreises Unna beantwortet Fragen kleiner Betriebe.</p>"
)
ONLINE_EXPECTED = page(
    U_ONLINE,
    "Digitalsprechstunde",
    None,
    [
        ev("2026-03-11", "Fördermittel für Digitalisierung", "10:00", "11:00", where="Online"),
        ev(
            "2026-04-08",
            "E-Rechnung: Was ändert sich?",
            "10:00",
            "11:30",
            where=("Kreishaus Unna", "Friedrich-Ebert-Straße 17", "59425", "Unna"),
        ),
        ev("2026-05-13", "Künstliche Intelligenz im Handwerk", "10:00", "11:00", where="Online"),
        ev("2026-06-10", "Datenschutz im Betrieb", "10:00", "11:00", where="Online"),
    ],
)

# --- 6. JSON-LD that is not strict JSON ---------------------------------------------------

U_LAX = "https://www.gelsenkirchen.de/de/wirtschaft/unternehmerfruehstueck/"
LAX = (
    # A CDATA wrapper in block comments, a trailing comma, a // comment line.
    """<script type="application/ld+json">/*<![CDATA[*/
{
  "@context": "https://schema.org",
  "@type": "Event",
  // generated by the city's event module
  "name": "Unternehmerfrühstück Nord",
  "startDate": "2026-03-19T08:00:00+01:00",
  "endDate": "2026-03-19T10:00:00+01:00",
  "location": {
    "@type": "Place",
    "name": "Wissenschaftspark Gelsenkirchen",
    "address": {"@type": "PostalAddress", "streetAddress": "Munscheidstraße 14", "postalCode": "45886", "addressLocality": "Gelsenkirchen",},
  },
}
/*]]>*/</script>"""
    # A byte order mark, an HTML comment around it, an unescaped line break in a string.
    """<script type="application/ld+json">\ufeff<!--
{"@context": "https://schema.org", "@type": "Event", "name": "Unternehmerfrühstück Süd",
 "description": "Austausch bei Kaffee
und Brötchen.",
 "startDate": "2026-04-23T08:00:00+02:00", "endDate": "2026-04-23T10:00:00+02:00",
 "location": {"@type": "Place", "name": "Schloss Horst", "address": {"@type": "PostalAddress", "streetAddress": "Turfstraße 21", "postalCode": "45899", "addressLocality": "Gelsenkirchen"}}}
--></script>"""
    # A block comment and a trailing comma in a list.
    """<script type="application/ld+json">
/* Veranstaltungen */
[
  {"@context": "https://schema.org", "@type": "Event", "name": "Unternehmerfrühstück West", "startDate": "2026-02-12T08:00:00+01:00", "endDate": "2026-02-12T10:00:00+01:00",
   "location": {"@type": "Place", "name": "Musiktheater im Revier", "address": {"@type": "PostalAddress", "streetAddress": "Kennedyplatz", "postalCode": "45881", "addressLocality": "Gelsenkirchen"}}},
]
</script>"""
    # Two plugins writing into one script: an object, then another, then a semicolon.
    """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Stadt Gelsenkirchen","foundingDate":"1875"}
{"@context":"https://schema.org","@type":"Event","name":"Unternehmerfrühstück Ost","startDate":"2026-05-21T08:00:00+02:00","endDate":"2026-05-21T10:00:00+02:00","location":{"@type":"Place","name":"Zeche Consolidation","address":{"@type":"PostalAddress","streetAddress":"Consolidationstraße 3","postalCode":"45889","addressLocality":"Gelsenkirchen"}}};</script>"""
)
LAX_BODY = (
    "<h1>Unternehmerfrühstück</h1>"
    "<p>Die Wirtschaftsförderung Gelsenkirchen lädt Unternehmerinnen und Unternehmer ein.</p>"
)
LAX_EXPECTED = page(
    U_LAX,
    "Unternehmerfrühstück",
    None,
    [
        ev(
            "2026-03-19",
            "Unternehmerfrühstück Nord",
            "08:00",
            "10:00",
            where=(
                "Wissenschaftspark Gelsenkirchen",
                "Munscheidstraße 14",
                "45886",
                "Gelsenkirchen",
            ),
        ),
        ev(
            "2026-04-23",
            "Unternehmerfrühstück Süd",
            "08:00",
            "10:00",
            where=("Schloss Horst", "Turfstraße 21", "45899", "Gelsenkirchen"),
            summary="Austausch bei Kaffee und Brötchen.",
        ),
        ev(
            "2026-05-21",
            "Unternehmerfrühstück Ost",
            "08:00",
            "10:00",
            where=("Zeche Consolidation", "Consolidationstraße 3", "45889", "Gelsenkirchen"),
        ),
        ev(
            "2026-02-12",
            "Unternehmerfrühstück West",
            "08:00",
            "10:00",
            status="past",
            where=("Musiktheater im Revier", "Kennedyplatz", "45881", "Gelsenkirchen"),
        ),
    ],
)

# --- 7. Date spellings of real exporters ---------------------------------------------------

U_DATES = "https://www.hamm.de/wirtschaft/gruenderstammtisch"
DATES = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Event","name":"Gründerstammtisch März","startDate":"2026-03-12T17:00:00.000+0100","endDate":"2026-03-12T19:00:00.000+0100","location":"Heinrich-von-Kleist-Forum, Platz der Deutschen Einheit 1, 59065 Hamm"},
{"@type":"Event","name":"Gründerstammtisch April","startDate":["2026-04-09T17:00:00+02:00"],"endDate":["2026-04-09T19:00:00+02:00"],"location":"Heinrich-von-Kleist-Forum, Platz der Deutschen Einheit 1, 59065 Hamm"},
{"@type":"Event","name":"Gründerstammtisch Mai","startDate":"2026-05-07T15:00:00Z","endDate":"2026-05-07T17:00:00Z","location":"Heinrich-von-Kleist-Forum, Platz der Deutschen Einheit 1, 59065 Hamm"},
{"@type":"Event","name":"Gründerstammtisch Juni","startDate":"2026-06-11T17:00","endDate":"2026-06-11T19:00","location":"Heinrich-von-Kleist-Forum, Platz der Deutschen Einheit 1, 59065 Hamm"},
{"@type":"Event","name":"Gründerstammtisch Juli","startDate":{"@type":"DateTime","@value":"2026-07-09T17:00:00+02:00"},"endDate":{"@type":"DateTime","@value":"2026-07-09T19:00:00+02:00"},"location":"Heinrich-von-Kleist-Forum, Platz der Deutschen Einheit 1, 59065 Hamm"},
{"@type":"Event","name":"Gründungstage Hamm","startDate":"2026-09-24","endDate":"2026-09-26","doorTime":"09:30","location":"Heinrich-von-Kleist-Forum, Platz der Deutschen Einheit 1, 59065 Hamm"},
{"@type":"Event","name":"Gründerstammtisch Februar","startDate":"2026-02-12T17:00:00+01:00","endDate":"2026-02-12T19:00:00+01:00","location":"Heinrich-von-Kleist-Forum, Platz der Deutschen Einheit 1, 59065 Hamm"}
]}</script>"""
DATES_BODY = "<h1>Gründerstammtisch Hamm</h1><p>Einmal im Monat treffen sich Gründerinnen und Gründer im Kleist-Forum.</p>"
KLEIST = ("Heinrich-von-Kleist-Forum", "Platz der Deutschen Einheit 1", "59065", "Hamm")
DATES_EXPECTED = page(
    U_DATES,
    "Gründerstammtisch Hamm",
    None,
    [
        ev("2026-03-12", "Gründerstammtisch März", "17:00", "19:00", where=KLEIST),
        ev("2026-04-09", "Gründerstammtisch April", "17:00", "19:00", where=KLEIST),
        ev("2026-05-07", "Gründerstammtisch Mai", "17:00", "19:00", where=KLEIST),
        ev("2026-06-11", "Gründerstammtisch Juni", "17:00", "19:00", where=KLEIST),
        ev("2026-07-09", "Gründerstammtisch Juli", "17:00", "19:00", where=KLEIST),
        # Doors open at 9:30; the start is not stated.
        ev("2026-09-24", "Gründungstage Hamm", where=KLEIST),
        ev(
            "2026-02-12", "Gründerstammtisch Februar", "17:00", "19:00", status="past", where=KLEIST
        ),
    ],
)

# --- 8. Microdata: nested Place > PostalAddress, <meta>, <time>, itemref ----------------

U_MICRO = "https://www.bochum.de/wirtschaftsentwicklung/quartiersgespraeche"
MICRO_BODY = """<h1>Quartiersgespräche</h1>
<p>Die Bochum Wirtschaftsentwicklung spricht mit Händlern und Anwohnern über ihr Quartier.</p>
<p id="ort-lueg" itemprop="location" itemscope itemtype="https://schema.org/Place"><span itemprop="name">Kulturhaus Thealozzi</span>,
 <span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">Pestalozzistraße 19</span>, <span itemprop="postalCode">44793</span> <span itemprop="addressLocality">Bochum</span></span></p>
<ul class="termine">
<li itemscope itemtype="https://schema.org/Event" itemref="ort-lueg">
  <h3 itemprop="name">Quartier Griesenbruch</h3>
  <meta itemprop="startDate" content="2026-03-17T18:00:00+01:00"><meta itemprop="endDate" content="2026-03-17T20:00:00+01:00">
  <p>Dienstag, 17.03.2026, 18–20 Uhr</p>
</li>
<li itemscope itemtype="http://schema.org/Event">
  <h3 itemprop="name">Quartier Langendreer</h3>
  <p><time itemprop="startDate" datetime="2026-04-21T16:00:00Z">21.04.2026, 18:00 Uhr</time> bis <time itemprop="endDate" datetime="2026-04-21T18:00:00Z">20:00 Uhr</time></p>
  <div itemprop="location" itemscope itemtype="https://schema.org/Place">
    <span itemprop="name">Kulturbahnhof Langendreer</span>
    <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="streetAddress">Wallbaumweg 108</span><br>
      <span itemprop="postalCode">44894</span> <span itemprop="addressLocality">Bochum</span>
    </div>
  </div>
</li>
<li itemscope itemtype="https://schema.org/Event">
  <h3 itemprop="name">Quartier <span class="hl">Wattenscheid</span></h3>
  <meta itemprop="startDate" content="2026-05-19T18:00:00+02:00">
  <p>Dienstag, 19.05.2026, 18 Uhr</p>
  <div itemprop="description"><p>Mit der <strong>Bezirksbürgermeisterin</strong>.</p></div>
  <p itemprop="location" itemscope itemtype="https://schema.org/Place"><span itemprop="name">Stadtteilbüro Wattenscheid</span><br>
  <span itemprop="address">Alter Markt 10<br>44866 Bochum</span></p>
</li>
<li itemscope itemtype="https://schema.org/Event" itemref="ort-lueg">
  <h3 itemprop="name">Quartier Ehrenfeld</h3>
  <meta itemprop="startDate" content="2026-02-10T18:00:00+01:00">
  <p>Dienstag, 10.02.2026, 18 Uhr</p>
</li>
</ul>"""
THEALOZZI = ("Kulturhaus Thealozzi", "Pestalozzistraße 19", "44793", "Bochum")
MICRO_EXPECTED = page(
    U_MICRO,
    "Quartiersgespräche",
    None,
    [
        ev("2026-03-17", "Quartier Griesenbruch", "18:00", "20:00", where=THEALOZZI),
        ev(
            "2026-04-21",
            "Quartier Langendreer",
            "18:00",
            "20:00",
            where=("Kulturbahnhof Langendreer", "Wallbaumweg 108", "44894", "Bochum"),
        ),
        ev(
            "2026-05-19",
            "Quartier Wattenscheid",
            "18:00",
            where=("Stadtteilbüro Wattenscheid", "Alter Markt 10", "44866", "Bochum"),
            summary="Mit der Bezirksbürgermeisterin.",
        ),
        ev("2026-02-10", "Quartier Ehrenfeld", "18:00", status="past", where=THEALOZZI),
    ],
)

# --- 9. RDFa Lite (Drupal) -------------------------------------------------------------

U_RDFA = "https://www.oberhausen.de/de/index/wirtschaft/werkstattgespraeche.php"
RDFA_BODY = """<h1>Werkstattgespräche Oberhausen</h1>
<p>Handwerk und Industrie berichten aus ihren Werkstätten.</p>
<div vocab="https://schema.org/" class="view-content">
 <article typeof="Event">
  <h2 property="name">Additive Fertigung im Mittelstand</h2>
  <p><span property="startDate" content="2026-03-26T16:00:00+01:00">26. März 2026, 16 Uhr</span></p>
  <div property="location" typeof="Place"><span property="name">Fraunhofer UMSICHT</span>,
   <span property="address" typeof="PostalAddress"><span property="streetAddress">Osterfelder Straße 3</span>, <span property="postalCode">46047</span> <span property="addressLocality">Oberhausen</span></span></div>
 </article>
 <article typeof="EducationEvent">
  <h2 property="name">Robotik für kleine Betriebe</h2>
  <p><time property="startDate" datetime="2026-04-30T14:00:00Z">30. April 2026, 16 Uhr</time></p>
  <div property="location" typeof="Place"><span property="name">Fraunhofer UMSICHT</span>,
   <span property="address" typeof="PostalAddress"><span property="streetAddress">Osterfelder Straße 3</span>, <span property="postalCode">46047</span> <span property="addressLocality">Oberhausen</span></span></div>
 </article>
</div>"""
UMSICHT = ("Fraunhofer UMSICHT", "Osterfelder Straße 3", "46047", "Oberhausen")
RDFA_EXPECTED = page(
    U_RDFA,
    "Werkstattgespräche Oberhausen",
    None,
    [
        ev("2026-03-26", "Additive Fertigung im Mittelstand", "16:00", where=UMSICHT),
        ev("2026-04-30", "Robotik für kleine Betriebe", "16:00", where=UMSICHT),
    ],
)

# --- 10. Names and places as CMSs write them: tags, entities, address as text ------------

U_ENT = "https://www.dortmund.de/wirtschaft/frauen-in-fuehrung"
ENT = """<script type="application/ld+json">{
"@context": "https://schema.org/",
"@graph": [
 {"@type": "Event", "name": "<b>Führung &amp; Verantwortung</b> – Netzwerkabend", "startDate": "2026-03-05T18:30:00+01:00", "endDate": "2026-03-05T21:00:00+01:00",
  "description": "<p>Mit Impuls &quot;Sichtbar werden&quot; und <em>Austausch</em>.</p>",
  "location": "Dortmunder U, Leonie-Reygers-Terrasse 2, 44137 Dortmund"},
 {"@type": "SocialEvent", "name": "Mentoring &#038; Coaching: Auftakt", "startDate": "2026-04-14T18:00:00+02:00",
  "location": {"@type": "Place", "name": "Depot Dortmund", "address": "Immermannstraße 29\\n44147 Dortmund"}},
 {"@type": "Event", "name": "Gründerinnen im Gespräch", "startDate": "2026-05-19T18:00:00+02:00",
  "location": {"@type": "Place", "address": {"@type": "PostalAddress", "streetAddress": "Königswall 15", "postalCode": "44137", "addressLocality": "Dortmund"}}}
]}</script>"""
ENT_BODY = "<h1>Frauen in Führung</h1><p>Ein Netzwerk der Wirtschaftsförderung Dortmund für Frauen in Verantwortung.</p>"
ENT_EXPECTED = page(
    U_ENT,
    "Frauen in Führung",
    None,
    [
        ev(
            "2026-03-05",
            "Führung & Verantwortung – Netzwerkabend",
            "18:30",
            "21:00",
            where=("Dortmunder U", "Leonie-Reygers-Terrasse 2", "44137", "Dortmund"),
            summary='Mit Impuls "Sichtbar werden" und Austausch.',
        ),
        ev(
            "2026-04-14",
            "Mentoring & Coaching: Auftakt",
            "18:00",
            where=("Depot Dortmund", "Immermannstraße 29", "44147", "Dortmund"),
        ),
        ev(
            "2026-05-19",
            "Gründerinnen im Gespräch",
            "18:00",
            where=(None, "Königswall 15", "44137", "Dortmund"),
        ),
    ],
)

# --- 11. A VHS course: Course with hasCourseInstance (the name is the course's) ---------

U_VHS = "https://www.vhs-essen.de/programm/beruf/existenzgruendung"
VHS = """<script type="application/ld+json">{
  "@context": {"@vocab": "http://schema.org/"},
  "@type": "Course",
  "name": "Existenzgründung kompakt",
  "description": "Von der Idee zum Businessplan.",
  "provider": {"@type": "Organization", "name": "VHS Essen", "foundingDate": "1919"},
  "offers": {"@type": "Offer", "price": "49.00", "priceCurrency": "EUR", "validFrom": "2026-01-05"},
  "hasCourseInstance": [
    {"@type": "CourseInstance", "courseMode": "onsite", "startDate": "2026-03-14T10:00:00+01:00", "endDate": "2026-03-14T16:00:00+01:00",
     "location": {"@type": "Place", "name": "VHS Essen, Raum 2.14", "address": {"@type": "PostalAddress", "streetAddress": "Burgplatz 1", "postalCode": "45127", "addressLocality": "Essen"}}},
    {"@type": "CourseInstance", "courseMode": "online", "startDate": "2026-05-09T10:00:00+02:00", "endDate": "2026-05-09T16:00:00+02:00",
     "location": {"@type": "VirtualLocation", "name": "Online-Kurs", "url": "https://vhs.cloud/"}}
  ]
}</script>"""
VHS_BODY = (
    "<h1>Existenzgründung</h1><p>Kurse der Volkshochschule Essen für Gründerinnen und Gründer.</p>"
)
VHS_EXPECTED = page(
    U_VHS,
    "Existenzgründung",
    None,
    [
        ev(
            "2026-03-14",
            "Existenzgründung kompakt",
            "10:00",
            "16:00",
            where=("VHS Essen, Raum 2.14", "Burgplatz 1", "45127", "Essen"),
            summary="Von der Idee zum Businessplan.",
        ),
        ev(
            "2026-05-09",
            "Existenzgründung kompakt",
            "10:00",
            "16:00",
            where="Online-Kurs",
            summary="Von der Idee zum Businessplan.",
        ),
    ],
)

# --- 12. Types written as URLs, JSON-LD in a JavaScript shell read by rvr-series --------

U_SHELL = "https://www.rvr.ruhr/themen/wirtschaft/flaechendialog"
SHELL = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"https://schema.org/Event","name":"Flächendialog Emscher-Lippe","startDate":"2026-03-25T14:00:00+01:00","endDate":"2026-03-25T17:00:00+01:00","location":{"@type":"Place","name":"Regionalverband Ruhr","address":{"@type":"PostalAddress","streetAddress":"Kronprinzenstraße 35","postalCode":"45128","addressLocality":"Essen"}}},
{"@type":"http://schema.org/Event","name":"Flächendialog Hellweg","startDate":"2026-05-20T14:00:00+02:00","endDate":"2026-05-20T17:00:00+02:00","location":{"@type":"Place","name":"Rathaus Unna","address":{"@type":"PostalAddress","streetAddress":"Rathausplatz 1","postalCode":"59423","addressLocality":"Unna"}}}
]}</script>"""
SHELL_BODY = (
    "<h1>Flächendialog</h1>"
    "<p>Der RVR spricht mit den Kommunen über Gewerbeflächen in der Metropole Ruhr.</p>"
    '<div id="app" data-src="/api/termine"></div>'
)
SHELL_EXPECTED = page(
    U_SHELL,
    "Flächendialog",
    None,
    [
        ev(
            "2026-03-25",
            "Flächendialog Emscher-Lippe",
            "14:00",
            "17:00",
            where=("Regionalverband Ruhr", "Kronprinzenstraße 35", "45128", "Essen"),
        ),
        ev(
            "2026-05-20",
            "Flächendialog Hellweg",
            "14:00",
            "17:00",
            where=("Rathaus Unna", "Rathausplatz 1", "59423", "Unna"),
        ),
    ],
)

# --- 13. Dates that are not events: refused ------------------------------------------------

U_NOISE = "https://www.handwerk-ruhr.de/aktuelles/meisterpraemie"
NOISE = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Organization","name":"Handwerkskammer Dortmund","foundingDate":"1900-04-01"},
{"@type":"BlogPosting","headline":"Meisterprämie steigt","datePublished":"2026-02-03T09:00:00+01:00","dateModified":"2026-02-04T10:00:00+01:00"},
{"@type":"Product","name":"Meisterkurs Teil III","offers":{"@type":"Offer","price":"1290","priceCurrency":"EUR","validFrom":"2026-04-01","availabilityStarts":"2026-04-01T08:00:00+02:00"}},
{"@type":"WebPage","name":"Meisterprämie steigt","datePublished":"2026-02-03"}
]}</script>"""
NOISE_BODY = "<h1>Meisterprämie steigt</h1><p>Ab dem 1. April 2026 erhalten Jungmeister eine höhere Prämie.</p>"

# --- 14. Sessions of one day in date-first cards (The Events Calendar "photo" view) -----

U_DAY = "https://www.ruhr-uni-bochum.de/tag-der-lehre/"
DAY = """<script type="application/ld+json">[
{"@context":"http://schema.org","@type":"EducationEvent","name":"Digitale Prüfungen","startDate":"2026-03-12T10:00:00+01:00","endDate":"2026-03-12T11:30:00+01:00","location":{"@type":"Place","name":"Hörsaalzentrum Ost","address":{"@type":"PostalAddress","streetAddress":"Universitätsstraße 150","postalCode":"44801","addressLocality":"Bochum"}}},
{"@context":"http://schema.org","@type":"EducationEvent","name":"KI in der Lehre","startDate":"2026-03-12T12:00:00+01:00","endDate":"2026-03-12T13:30:00+01:00","location":{"@type":"Place","name":"Hörsaalzentrum Ost","address":{"@type":"PostalAddress","streetAddress":"Universitätsstraße 150","postalCode":"44801","addressLocality":"Bochum"}}},
{"@context":"http://schema.org","@type":"EducationEvent","name":"Lernräume der Zukunft","startDate":"2026-03-12T14:00:00+01:00","endDate":"2026-03-12T15:30:00+01:00","location":{"@type":"Place","name":"Hörsaalzentrum Ost","address":{"@type":"PostalAddress","streetAddress":"Universitätsstraße 150","postalCode":"44801","addressLocality":"Bochum"}}}
]</script>"""
DAY_BODY = """<h1>Tag der Lehre</h1>
<p>Lehrende der Ruhr-Universität stellen neue Formate vor.</p>
<div class="tribe-events-pro-photo">
<article class="tribe-events-pro-photo__event"><div class="tribe-events-pro-photo__event-datetime"><time datetime="2026-03-12">12. März 2026</time> <span>10:00 – 11:30</span></div><h3 class="tribe-events-pro-photo__event-title">Digitale Prüfungen</h3></article>
<article class="tribe-events-pro-photo__event"><div class="tribe-events-pro-photo__event-datetime"><time datetime="2026-03-12">12. März 2026</time> <span>12:00 – 13:30</span></div><h3 class="tribe-events-pro-photo__event-title">KI in der Lehre</h3></article>
<article class="tribe-events-pro-photo__event"><div class="tribe-events-pro-photo__event-datetime"><time datetime="2026-03-12">12. März 2026</time> <span>14:00 – 15:30</span></div><h3 class="tribe-events-pro-photo__event-title">Lernräume der Zukunft</h3></article>
</div>"""
HZO = ("Hörsaalzentrum Ost", "Universitätsstraße 150", "44801", "Bochum")
DAY_EXPECTED = page(
    U_DAY,
    "Tag der Lehre",
    None,
    [
        ev("2026-03-12", "Digitale Prüfungen", "10:00", "11:30", where=HZO),
        ev("2026-03-12", "KI in der Lehre", "12:00", "13:30", where=HZO),
        ev("2026-03-12", "Lernräume der Zukunft", "14:00", "15:30", where=HZO),
    ],
)

# --- 15. Two plugins, one event: the SEO plugin states the day, the calendar the time ---

U_TWO = "https://www.emscher-lippe.de/veranstaltungen/klimaanpassung-im-quartier/"
TWO = """<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.emscher-lippe.de/veranstaltungen/klimaanpassung-im-quartier/","name":"Klimaanpassung im Quartier","datePublished":"2025-12-01T09:00:00+00:00"},{"@type":"Event","name":"Hitzeschutz in der Stadt","startDate":"2026-04-15","location":{"@type":"Place","name":"Emschergenossenschaft","address":{"@type":"PostalAddress","streetAddress":"Kronprinzenstraße 24","postalCode":"45128","addressLocality":"Essen"}}},{"@type":"Event","name":"Starkregen &#8211; was tun?","startDate":"2026-05-20","location":{"@type":"Place","name":"Emschergenossenschaft","address":{"@type":"PostalAddress","streetAddress":"Kronprinzenstraße 24","postalCode":"45128","addressLocality":"Essen"}}}]}</script>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"Hitzeschutz in der Stadt","description":"&lt;p&gt;Beispiele aus Bottrop und Gelsenkirchen.&lt;/p&gt;","startDate":"2026-04-15T15:00:00+02:00","endDate":"2026-04-15T17:00:00+02:00"},{"@context":"http://schema.org","@type":"Event","name":"Starkregen – was tun?","startDate":"2026-05-20T13:00:00Z","endDate":"2026-05-20T15:00:00Z"}]</script>"""
TWO_BODY = "<h1>Klimaanpassung im Quartier</h1><p>Eine Reihe für Kommunen und Wohnungswirtschaft im Emscher-Lippe-Raum.</p>"
EG = ("Emschergenossenschaft", "Kronprinzenstraße 24", "45128", "Essen")
TWO_EXPECTED = page(
    U_TWO,
    "Klimaanpassung im Quartier",
    None,
    [
        ev(
            "2026-04-15",
            "Hitzeschutz in der Stadt",
            "15:00",
            "17:00",
            where=EG,
            summary="Beispiele aus Bottrop und Gelsenkirchen.",
        ),
        ev("2026-05-20", "Starkregen – was tun?", "15:00", "17:00", where=EG),
    ],
)

STRUCTURED_UNSEEN: dict[str, Handwritten] = {
    "unseen-wp-tec-array-beside-yoast-graph": Handwritten(
        "WordPress: Yoast @graph noise beside The Events Calendar's top-level array (entities, escaped HTML)",
        None,
        U_TEC,
        NOW,
        doc("Digitalforum Metropole Ruhr - Business Metropole Ruhr", YOAST + TEC, TEC_BODY),
        TEC_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-rankmath-graph-id-references": Handwritten(
        "RankMath/Yoast Local @graph: events typed [Event, EducationEvent], times without offset, place and its address by @id",
        None,
        U_RM,
        NOW,
        doc("Gründungsabende – Hochschule Bochum", RANKMATH, RM_BODY),
        RM_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-itemlist-every-event-status": Handwritten(
        "ItemList of ListItems, http context with slash: cancelled (short), postponed (http URL), rescheduled, moved online",
        None,
        U_LIST,
        NOW,
        doc("Außenwirtschaftstage | IHK Nord Westfalen", ITEMLIST, LIST_BODY),
        LIST_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-eventseries-subevents-utc": Handwritten(
        "EventSeries with Hackathon/ExhibitionEvent sub-events in UTC, no h1: the series names the page",
        None,
        U_SERIES,
        NOW,
        doc("Veranstaltungen | Universität Duisburg-Essen", SERIES, SERIES_BODY),
        SERIES_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-online-and-hybrid-places": Handwritten(
        "online attendance with a nameless VirtualLocation, a VirtualPlace or no location; hybrid [Place, VirtualLocation]",
        None,
        U_ONLINE,
        NOW,
        doc("Digitalsprechstunde – Kreis Unna", ONLINE, ONLINE_BODY),
        ONLINE_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-lax-json-ld": Handwritten(
        "JSON-LD that is not strict JSON: CDATA in block comments, // and /* */ comments, trailing commas, BOM, HTML comment, raw newline, two objects in one script",
        None,
        U_LAX,
        NOW,
        doc("Unternehmerfrühstück | Stadt Gelsenkirchen", LAX, LAX_BODY),
        LAX_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-exporter-date-spellings": Handwritten(
        "dates as exporters write them: +0100 with milliseconds, arrays, Z, no offset, a JSON-LD value object, date-only with doorTime; location as text",
        None,
        U_DATES,
        NOW,
        doc("Gründerstammtisch | Stadt Hamm", DATES, DATES_BODY),
        DATES_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-microdata-itemref-meta-time": Handwritten(
        "microdata: nested Place > PostalAddress, an address as text lines, inline markup, <meta content>, <time datetime> in UTC, a shared place by itemref",
        None,
        U_MICRO,
        NOW,
        doc("Quartiersgespräche | Stadt Bochum", "", MICRO_BODY),
        MICRO_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-rdfa-lite-drupal": Handwritten(
        "RDFa Lite (vocab/typeof/property) with nested Place > PostalAddress, content= and <time datetime> in UTC",
        None,
        U_RDFA,
        NOW,
        doc("Werkstattgespräche | Stadt Oberhausen", "", RDFA_BODY),
        RDFA_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-names-with-markup-and-text-places": Handwritten(
        "names with tags and entities, description with HTML, location as text, address as text with a newline, a place without a name",
        None,
        U_ENT,
        NOW,
        doc("Frauen in Führung – Stadt Dortmund", ENT, ENT_BODY),
        ENT_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-vhs-course-instances": Handwritten(
        "a VHS Course with CourseInstances that carry no name of their own; @vocab context; an Offer's validFrom is no date",
        None,
        U_VHS,
        NOW,
        doc("Existenzgründung – VHS Essen", VHS, VHS_BODY),
        VHS_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-rvr-shell-types-as-urls": Handwritten(
        "rvr-series on a JavaScript shell whose dates are JSON-LD only, @type written as full URLs",
        None,
        U_SHELL,
        NOW,
        doc("Flächendialog | Regionalverband Ruhr", SHELL, SHELL_BODY),
        SHELL_EXPECTED,
        parser="rvr-series",
    ),
    "unseen-refuse-dates-that-are-not-events": Handwritten(
        "refused: an Organization's foundingDate, a BlogPosting's datePublished, an Offer's validFrom are no event dates",
        None,
        U_NOISE,
        NOW,
        doc("Meisterprämie steigt | HWK Dortmund", NOISE, NOISE_BODY),
        None,
        parser="schema-events",
        partner=True,
    ),
    "unseen-sessions-of-one-day-date-first": Handwritten(
        "three sessions on one day in date-first cards (TEC photo view): each keeps its own time",
        None,
        U_DAY,
        NOW,
        doc("Tag der Lehre – Ruhr-Universität Bochum", DAY, DAY_BODY),
        DAY_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-two-plugins-day-and-time": Handwritten(
        "Yoast states each event's day and place, The Events Calendar its time: one event each",
        None,
        U_TWO,
        NOW,
        doc("Klimaanpassung im Quartier – Emscher-Lippe", TWO, TWO_BODY),
        TWO_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
}
