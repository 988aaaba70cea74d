"""Hand-written partner pages in the markup their CMS plugins produce (tx_news lists, a
five-column GSB table with registration links, a Save-the-Date teaser, Neos cards with UTC
``<time>``, a title-first WordPress list). Expected JSON written out by hand."""

# Data: markup as the plugins write it, one element a line.
# ruff: noqa: E501

from __future__ import annotations

from corpus_handwritten import Handwritten
from corpus_kit import ev, page
from corpus_pages import BEZREG, BOCHUM, IHK_ESSEN, UNI_DUE, WESEL

U_TX = "https://www.ihk.de/essen/veranstaltungen/exportsprechtage"
U_GSB = "https://www.bezreg-muenster.de/de/regionalplanung/foren-regionalentwicklung"
U_STD = "https://www.uni-due.de/transfer/transfertag"
U_NEOS = "https://www.kreis-wesel.de/klimaforum"
U_EO = "https://www.bochum.de/nachbarschaftsgespraeche"

TX_NEWS = (
    "<h1>Exportsprechtage</h1>"
    "<p>Einzelgespräche mit den Außenhandelskammern – kostenfrei für Mitgliedsunternehmen.</p>"
    "<h2>Veranstaltungen</h2>"
    '<div class="news-list-view" id="news-container-4711">'
    '<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">'
    '<div class="header"><span class="news-list-date"><time datetime="2026-02-10">10.02.2026</time></span>'
    '<h3><span itemprop="headline">Länderschwerpunkt Indien</span></h3></div>'
    '<div class="teaser-text" itemprop="description"><p>9:00 bis 16:00 Uhr, IHK zu Essen, Am Waldthausenpark 2, 45127 Essen</p></div>'
    '<p><a href="/essen/anmeldung/indien-2026" class="more">Zur Anmeldung</a></p></div>'
    '<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">'
    '<div class="header"><span class="news-list-date"><time datetime="2026-03-17">17.03.2026</time></span>'
    '<h3><span itemprop="headline">Länderschwerpunkt Vietnam</span></h3></div>'
    '<div class="teaser-text" itemprop="description"><p>9:00 bis 16:00 Uhr, IHK zu Essen, Am Waldthausenpark 2, 45127 Essen</p></div>'
    '<p><a href="/essen/anmeldung/vietnam-2026" class="more">Zur Anmeldung</a></p></div>'
    '<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">'
    '<div class="header"><span class="news-list-date"><time datetime="2025-11-25">25.11.2025</time></span>'
    '<h3><span itemprop="headline">Länderschwerpunkt Brasilien</span></h3></div>'
    '<div class="teaser-text" itemprop="description"><p>IHK zu Essen, Am Waldthausenpark 2, 45127 Essen</p></div></div>'
    "</div>"
)
TX_PLACE = ("IHK zu Essen", "Am Waldthausenpark 2", "45127", "Essen")

GSB_TABLE = (
    '<h1 class="isFirstInSlot">Foren Regionalentwicklung Münsterland und Emscher-Lippe</h1>'
    '<p class="abstract">Die Foren begleiten die Umsetzung des Regionalplans.</p>'
    "<h2>Termine 2026</h2>"
    '<table class="textualData links"><caption>Foren 2026</caption>'
    "<thead><tr><th>Datum</th><th>Uhrzeit</th><th>Veranstaltung</th><th>Ort</th><th>Anmeldung</th></tr></thead><tbody>"
    "<tr><td>Mo., 23.02.2026</td><td>14:00 – 17:00 Uhr</td><td>Forum Emscher-Lippe: Flächen für Gewerbe</td>"
    "<td>Rathaus Gladbeck<br>Willy-Brandt-Platz 2<br>45964 Gladbeck</td>"
    '<td><a href="/SharedDocs/Formulare/anmeldung-forum-2026-02.html" class="Basepage">Anmeldung</a></td></tr>'
    "<tr><td>Mo., 27.04.2026</td><td>14:00 – 17:00 Uhr</td><td>Forum Münsterland: Wasser und Landwirtschaft</td>"
    "<td>Kreishaus Coesfeld<br>Friedrich-Ebert-Straße 7<br>48653 Coesfeld</td>"
    "<td>ausgebucht</td></tr>"
    "</tbody></table>"
    '<p class="date">Stand: 02.01.2026</p>'
)

SAVE_THE_DATE = (
    "<h1>Transfertag Ruhr</h1>"
    "<p>Der Transfertag zeigt, wie Forschung aus der Universität in Unternehmen und Kommunen wirkt.</p>"
    "<h2>Save the Date</h2>"
    "<h3>20. Januar 2027 – Transfer in die Region</h3>"
    "<p>10:00 bis 16:30 Uhr</p>"
    "<p>Glaspavillon, Universitätsstraße 12, 45141 Essen</p>"
    "<p>Das Programm folgt im Herbst 2026.</p>"
)

NEOS_CARDS = (
    "<h1>Klimaforum Kreis Wesel</h1>"
    "<p>Kommunen, Betriebe und Bürgerschaft arbeiten gemeinsam an der Klimaanpassung.</p>"
    '<div class="neos-contentcollection card-grid">'
    '<article class="card card--event"><div class="card__meta">'
    '<time datetime="2026-04-16T08:00:00Z">Do, 16.04.2026 · 10:00 Uhr</time></div>'
    '<h3 class="card__title">Schwammstadt am Niederrhein</h3>'
    '<p class="card__place">Rathaus Moers, Rathausplatz 1, 47441 Moers</p></article>'
    '<article class="card card--event"><div class="card__meta">'
    '<time datetime="2026-10-08T08:00:00Z">Do, 08.10.2026 · 10:00 Uhr</time></div>'
    '<h3 class="card__title">Hitzeschutz in Pflegeeinrichtungen</h3>'
    '<p class="card__place">Online via Zoom</p></article>'
    "</div>"
)

EO_LIST = (
    '<h1 class="wp-block-post-title">Nachbarschaftsgespräche</h1>'
    "<p>Die Bezirksvertretungen laden zum Gespräch über das Leben im Stadtteil ein.</p>"
    '<h2 class="wp-block-heading">Die nächsten Gespräche</h2>'
    '<ul class="eo-events eo-events-shortcode">'
    '<li class="eo-event-venue-wattenscheid eo-event-future">Wattenscheid: Plätze und Parks – 5. März 2026, 18:00 Uhr, Stadtteilladen Wattenscheid, Oststraße 41, 44866 Bochum</li>'
    '<li class="eo-event-venue-langendreer eo-event-future">Langendreer: Wege zur Schule – 9. April 2026, 18:00 Uhr, Kulturzentrum Bahnhof Langendreer, Wallbaumweg 108, 44894 Bochum</li>'
    "</ul>"
)

PARTNER_HAND: dict[str, Handwritten] = {
    "ihk-exportsprechtage-tx-news": Handwritten(
        "TYPO3 tx_news list: <time> dates, time and place in the teaser, registration links",
        IHK_ESSEN,
        U_TX,
        "2026-01-20T09:00:00+01:00",
        TX_NEWS,
        page(
            U_TX,
            "Exportsprechtage",
            None,
            [
                ev(
                    "2026-02-10",
                    "Länderschwerpunkt Indien",
                    "09:00",
                    "16:00",
                    where=TX_PLACE,
                    links=(
                        ("Zur Anmeldung", "https://www.ihk.de/essen/anmeldung/indien-2026", None),
                    ),
                ),
                ev(
                    "2026-03-17",
                    "Länderschwerpunkt Vietnam",
                    "09:00",
                    "16:00",
                    where=TX_PLACE,
                    links=(
                        ("Zur Anmeldung", "https://www.ihk.de/essen/anmeldung/vietnam-2026", None),
                    ),
                ),
                ev("2025-11-25", "Länderschwerpunkt Brasilien", status="past", where=TX_PLACE),
            ],
        ),
        partner=True,
    ),
    "bezreg-foren-gsb-table-registration": Handwritten(
        "GSB table Datum | Uhrzeit | Veranstaltung | Ort | Anmeldung, one date booked out",
        BEZREG,
        U_GSB,
        "2026-01-12T09:00:00+01:00",
        GSB_TABLE,
        page(
            U_GSB,
            "Foren Regionalentwicklung Münsterland und Emscher-Lippe",
            None,
            [
                ev(
                    "2026-02-23",
                    "Forum Emscher-Lippe: Flächen für Gewerbe",
                    "14:00",
                    "17:00",
                    where=("Rathaus Gladbeck", "Willy-Brandt-Platz 2", "45964", "Gladbeck"),
                    links=(
                        (
                            "Anmeldung",
                            "https://www.bezreg-muenster.de/SharedDocs/Formulare/anmeldung-forum-2026-02.html",
                            None,
                        ),
                    ),
                ),
                ev(
                    "2026-04-27",
                    "Forum Münsterland: Wasser und Landwirtschaft",
                    "14:00",
                    "17:00",
                    where=("Kreishaus Coesfeld", "Friedrich-Ebert-Straße 7", "48653", "Coesfeld"),
                ),
            ],
        ),
        partner=True,
    ),
    "ude-transfertag-save-the-date": Handwritten(
        "one Save-the-Date teaser with a date-first h3",
        UNI_DUE,
        U_STD,
        "2026-06-01T09:00:00+02:00",
        SAVE_THE_DATE,
        page(
            U_STD,
            "Transfertag Ruhr",
            None,
            [
                ev(
                    "2027-01-20",
                    "Transfer in die Region",
                    "10:00",
                    "16:30",
                    where=("Glaspavillon", "Universitätsstraße 12", "45141", "Essen"),
                    summary="Das Programm folgt im Herbst 2026.",
                ),
            ],
        ),
        partner=True,
    ),
    "wesel-klimaforum-neos-cards-utc": Handwritten(
        "Neos cards with <time datetime='…Z'> (UTC) beside the local time, summer and winter",
        WESEL,
        U_NEOS,
        "2026-02-01T09:00:00+01:00",
        NEOS_CARDS,
        page(
            U_NEOS,
            "Klimaforum Kreis Wesel",
            None,
            [
                ev(
                    "2026-04-16",
                    "Schwammstadt am Niederrhein",
                    "10:00",
                    where=("Rathaus Moers", "Rathausplatz 1", "47441", "Moers"),
                ),
                ev(
                    "2026-10-08",
                    "Hitzeschutz in Pflegeeinrichtungen",
                    "10:00",
                    where="Online via Zoom",
                ),
            ],
        ),
        partner=True,
    ),
    "bochum-nachbarschaft-title-first-list": Handwritten(
        "WordPress Event Organiser list: title first, then date, time and place in one item",
        BOCHUM,
        U_EO,
        "2026-02-01T09:00:00+01:00",
        EO_LIST,
        page(
            U_EO,
            "Nachbarschaftsgespräche",
            None,
            [
                ev(
                    "2026-03-05",
                    "Wattenscheid: Plätze und Parks",
                    "18:00",
                    where=("Stadtteilladen Wattenscheid", "Oststraße 41", "44866", "Bochum"),
                ),
                ev(
                    "2026-04-09",
                    "Langendreer: Wege zur Schule",
                    "18:00",
                    where=(
                        "Kulturzentrum Bahnhof Langendreer",
                        "Wallbaumweg 108",
                        "44894",
                        "Bochum",
                    ),
                ),
            ],
        ),
        partner=True,
    ),
}
