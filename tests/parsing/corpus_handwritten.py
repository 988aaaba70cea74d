"""Hand-written corpus documents: the issue's exact failures and the contract's refusals.

Each entry is ``name -> Handwritten``: the site that dresses it (or None for a page
that is a whole document of its own), the main content HTML, and the expected contract
JSON written out by hand (``None``: the page must be refused with NotASeriesPage).
"""

# Data: one event or one place a line, as a reader notes it down.
# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from corpus_kit import Site, ev, page
from corpus_life import (
    AUD,
    BRANDT,
    CONTACTS_HTML,
    FILES,
    P_AUFTAKT,
    P_TALENT,
    P_WELCOME,
    SUB,
    URL,
)
from corpus_pages import HERNE, LANDESAMT, RUB, RVR, UNNA
from page_model import Json


@dataclass(frozen=True)
class Handwritten:
    about: str
    site: Site | None
    url: str
    now: str
    html: str  # main content (dressed by ``site``) or the whole document
    expected: Json | None
    parser: str = "rvr-series"
    partner: bool = False


RUECKBLICK_H3 = (
    "<h2>Rückblick</h2>"
    "<h3>Auftaktveranstaltung (19.03.2025)</h3>"
    "<p>Die Auftaktveranstaltung bildete den Startschuss für die Reihe.</p>"
    "<h3>Talentschmiede in Dortmund: Strategien für den Fachkräftenachwuchs (19.05.2025)</h3>"
    "<p>Wie können wir mehr junge Menschen für eine Ausbildung begeistern?</p>"
    "<h3>Welcome Ruhrgebiet – Gemeinsam Fachkräfte gewinnen, halten und integrieren "
    "(06.11.2025)</h3>"
    "<p>Kommunen, Unternehmen und Hochschulen zeigten gelungene Beispiele.</p>"
)
INTRO = (
    "<h1>Fachkräfte-Reihe 2025</h1>"
    f"<h2>{SUB}</h2>"
    "<p>Transformation zur grünsten Industrieregion der Welt – das ist das Ziel für das "
    "Ruhrgebiet. Die gemeinsame Veranstaltungsreihe beleuchtet Herausforderungen und "
    "Chancen für die Berufsbildung.</p>"
)
KARRIERE_CANCELLED = {
    **ev(
        "2025-11-27",
        "Karriere in GE? Mach’s mit Wasserstoff!",
        "17:00",
        "19:00",
        status="cancelled",
        where=("H2PopUpLab", "Bahnhofstraße 69", "45879", "Gelsenkirchen"),
        audience=AUD,
    )
}


def rvr25(events: list[Json]) -> Json:
    return page(URL, "Fachkräfte-Reihe 2025", SUB, events, (BRANDT,))


HANDWRITTEN: dict[str, Handwritten] = {
    "rvr-issue-abgesagt-strong-del": Handwritten(
        "the issue's vanished cancellation: 'ABGESAGT: <del>…</del>' then Thema/Zielgruppe/Ort",
        RVR,
        URL,
        "2025-11-20T09:00:00+01:00",
        INTRO
        + "<h3>Nächster Termin</h3>"
        + "<p><strong>ABGESAGT: <del>27. November 2025 von 17:00 Uhr bis 19:00 Uhr</del>"
        + "</strong></p>"
        + "<p><strong>Thema:</strong> Karriere in GE? Mach’s mit Wasserstoff!</p>"
        + f"<p><strong>Zielgruppe:</strong> {AUD}</p>"
        + "<p><strong>Ort:</strong> H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen</p>"
        + RUECKBLICK_H3
        + CONTACTS_HTML,
        rvr25([KARRIERE_CANCELLED, P_AUFTAKT, P_TALENT, P_WELCOME]),
    ),
    "rvr-issue-rueckblick-list-cities": Handwritten(
        "the issue's refused Rückblick list: '<li><strong>date</strong> – title – City</li>'",
        RVR,
        URL,
        "2025-12-10T09:00:00+01:00",
        INTRO
        + "<h2>Rückblick</h2><ul>"
        + "<li><strong>19.03.2025</strong> – Auftaktveranstaltung – Essen</li>"
        + "<li><strong>19.05.2025</strong> – Talentschmiede: Strategien für den "
        "Fachkräftenachwuchs – Dortmund</li>"
        + "<li><strong>06.11.2025</strong> – Welcome Ruhrgebiet – Essen</li>"
        + "<li><strong>26.11.2025</strong> – Bildungsbericht Ruhr 2025: Vorstellung der "
        "Ergebnisse – Essen</li>"
        + "<li><strong>27.11.2025</strong> – Karriere in GE? Mach’s mit Wasserstoff! – "
        "Gelsenkirchen</li>" + "</ul>" + CONTACTS_HTML,
        rvr25(
            [
                ev("2025-03-19", "Auftaktveranstaltung", status="past", where=(None, "Essen")),
                ev(
                    "2025-05-19",
                    "Talentschmiede: Strategien für den Fachkräftenachwuchs",
                    status="past",
                    where=(None, "Dortmund"),
                ),
                ev("2025-11-06", "Welcome Ruhrgebiet", status="past", where=(None, "Essen")),
                ev(
                    "2025-11-26",
                    "Bildungsbericht Ruhr 2025: Vorstellung der Ergebnisse",
                    status="past",
                    where=(None, "Essen"),
                ),
                ev(
                    "2025-11-27",
                    "Karriere in GE? Mach’s mit Wasserstoff!",
                    status="past",
                    where=(None, "Gelsenkirchen"),
                ),
            ]
        ),
    ),
    "rvr-issue-dd-br-address-link-in-span": Handwritten(
        "relaunch: dt/dd with a <br> address, size inside the link, straight apostrophe",
        RVR,
        URL,
        "2025-11-10T09:00:00+01:00",
        INTRO
        + "<h2>Nächster Termin</h2><dl>"
        + "<dt>Thema</dt><dd>Karriere in GE? Mach's mit Wasserstoff!</dd>"
        + "<dt>Datum</dt><dd>Donnerstag, 27. November 2025</dd>"
        + "<dt>Uhrzeit</dt><dd>17:00 bis 19:00 Uhr</dd>"
        + "<dt>Ort</dt><dd>H2PopUpLab<br>Bahnhofstraße 69<br>45879 Gelsenkirchen</dd>"
        + f"<dt>Zielgruppe</dt><dd>{AUD}</dd>"
        + '<dt>Download</dt><dd><a href="/fileadmin/user_upload/RVR/Themen/'
        'Bildung_Wissenschaft/Fachkraefte-Reihe/2025-11-27_Programm_Karriere_in_GE.pdf">'
        + 'Programm <span class="meta">PDF, 172 KB</span></a></dd></dl>'
        + RUECKBLICK_H3
        + CONTACTS_HTML,
        rvr25(
            [
                ev(
                    "2025-11-27",
                    "Karriere in GE? Mach's mit Wasserstoff!",
                    "17:00",
                    "19:00",
                    where=("H2PopUpLab", "Bahnhofstraße 69", "45879", "Gelsenkirchen"),
                    audience=AUD,
                    links=(
                        (
                            "Programm",
                            f"{FILES}/2025-11-27_Programm_Karriere_in_GE.pdf",
                            "172 KB",
                        ),
                    ),
                ),
                P_AUFTAKT,
                P_TALENT,
                P_WELCOME,
            ]
        ),
    ),
    "rvr-prose-rueckblick-city-from-venue": Handwritten(
        "Rückblick in prose: 'am 19. März 2025 in der Philharmonie Essen' gives the city",
        RVR,
        URL,
        "2025-04-14T09:00:00+02:00",
        INTRO
        + "<h2>Nächster Termin</h2>"
        + "<p><strong>19. Mai 2025, 15:00–18:00 Uhr</strong></p>"
        + "<p><strong>Thema:</strong> Talentschmiede in Dortmund: Strategien für den "
        "Fachkräftenachwuchs</p>"
        + "<p><strong>Ort:</strong> HWK-Bildungszentrum, Ardeystraße 93, 44139 Dortmund</p>"
        + "<h2>Rückblick</h2>"
        + "<p>Die Auftaktveranstaltung am 19. März 2025 in der Philharmonie Essen bildete den "
        "Startschuss für die Reihe. Rund 300 Gäste aus Wirtschaft und Politik kamen.</p>"
        + CONTACTS_HTML,
        rvr25(
            [
                ev(
                    "2025-05-19",
                    "Talentschmiede in Dortmund: Strategien für den Fachkräftenachwuchs",
                    "15:00",
                    "18:00",
                    where=("HWK-Bildungszentrum", "Ardeystraße 93", "44139", "Dortmund"),
                ),
                ev(
                    "2025-03-19",
                    "Auftaktveranstaltung",
                    status="past",
                    where=("Philharmonie Essen", "Essen"),
                    summary="Die Auftaktveranstaltung am 19. März 2025 in der Philharmonie "
                    "Essen bildete den Startschuss für die Reihe.",
                ),
            ]
        ),
    ),
    "rvr-2026-verschoben-auf": Handwritten(
        "a date moved: 'verschoben auf 19. März 2026' after the old date",
        RVR,
        URL,
        "2026-02-20T09:00:00+01:00",
        "<h1>Fachkräfte-Reihe 2026</h1>"
        + f"<h2>{SUB}</h2><p>Auch 2026 lädt die Reihe zu Werkstätten ein.</p>"
        + "<h2>Nächste Termine</h2>"
        + "<p><strong>23. April 2026, 17:00–19:00 Uhr (verschoben auf 30. April 2026)</strong></p>"
        + "<p><strong>Thema:</strong> Digitale Berufe im Revier</p>"
        + "<p><strong>Ort:</strong> Zeche Zollverein, Gelsenkirchener Straße 181, 45309 Essen</p>"
        + CONTACTS_HTML,
        page(
            URL,
            "Fachkräfte-Reihe 2026",
            SUB,
            [
                ev(
                    "2026-04-30",
                    "Digitale Berufe im Revier",
                    "17:00",
                    "19:00",
                    where=("Zeche Zollverein", "Gelsenkirchener Straße 181", "45309", "Essen"),
                )
            ],
            (BRANDT,),
        ),
    ),
    "rub-drupal-time-utc-summer": Handwritten(
        "Drupal <time datetime='…Z'> in UTC beside the visible local summer time",
        RUB,
        "https://www.ruhr-uni-bochum.de/de/ringvorlesung-wasser",
        "2026-04-01T09:00:00+02:00",
        "<h1>Ringvorlesung Wasser</h1>"
        + "<p>Die Vorlesungen sind öffentlich, eine Anmeldung ist nicht nötig.</p>"
        + "<h2>Termine</h2>"
        + '<div class="views-row"><h3>Flüsse im Wandel</h3><div class="field--name-field-date">'
        + '<time datetime="2026-05-12T14:15:00Z">Di., 12.05.2026 - 16:15</time> - '
        + '<time datetime="2026-05-12T15:45:00Z">17:45</time></div>'
        + "<p>Ort: HZO 10, Universitätsstraße 150, 44801 Bochum</p></div>"
        + '<div class="views-row"><h3>Grundwasser im Revier</h3>'
        + '<div class="field--name-field-date">'
        + '<time datetime="2026-06-09T14:15:00Z">Di., 09.06.2026 - 16:15</time> - '
        + '<time datetime="2026-06-09T15:45:00Z">17:45</time></div>'
        + "<p>Ort: HZO 10, Universitätsstraße 150, 44801 Bochum</p></div>",
        page(
            "https://www.ruhr-uni-bochum.de/de/ringvorlesung-wasser",
            "Ringvorlesung Wasser",
            None,
            [
                ev(
                    "2026-05-12",
                    "Flüsse im Wandel",
                    "16:15",
                    "17:45",
                    where=("HZO 10", "Universitätsstraße 150", "44801", "Bochum"),
                ),
                ev(
                    "2026-06-09",
                    "Grundwasser im Revier",
                    "16:15",
                    "17:45",
                    where=("HZO 10", "Universitätsstraße 150", "44801", "Bochum"),
                ),
            ],
        ),
        partner=True,
    ),
    "herne-anmeldeschluss-and-news": Handwritten(
        "registration deadline and a press date beside the dates (must not become events)",
        HERNE,
        "https://www.herne.de/werkstatt-innenstadt",
        "2026-01-20T09:00:00+01:00",
        "<h1>Werkstatt Innenstadt</h1>"
        + "<p>Pressemitteilung vom 12.01.2026: Die Stadt lädt zur Werkstatt ein.</p>"
        + "<h2>Termine</h2>"
        + "<h3>Werkstatt 1: Handel und Gastronomie</h3>"
        + "<p>Mittwoch, 11. März 2026, 18:00–20:00 Uhr</p>"
        + "<p>Ort: Kulturzentrum Herne, Willi-Pohlmann-Platz 1, 44623 Herne</p>"
        + "<p>Anmeldeschluss: 4. März 2026</p>"
        + "<h3>Werkstatt 2: Wohnen über den Läden</h3>"
        + "<p>Mittwoch, 15. April 2026, 18:00–20:00 Uhr</p>"
        + "<p>Ort: Kulturzentrum Herne, Willi-Pohlmann-Platz 1, 44623 Herne</p>"
        + "<p>Anmeldeschluss: 8. April 2026</p>"
        + "<p>Zuletzt aktualisiert: 14.01.2026</p>",
        page(
            "https://www.herne.de/werkstatt-innenstadt",
            "Werkstatt Innenstadt",
            None,
            [
                ev(
                    "2026-03-11",
                    "Werkstatt 1: Handel und Gastronomie",
                    "18:00",
                    "20:00",
                    where=("Kulturzentrum Herne", "Willi-Pohlmann-Platz 1", "44623", "Herne"),
                ),
                ev(
                    "2026-04-15",
                    "Werkstatt 2: Wohnen über den Läden",
                    "18:00",
                    "20:00",
                    where=("Kulturzentrum Herne", "Willi-Pohlmann-Platz 1", "44623", "Herne"),
                ),
            ],
        ),
        partner=True,
    ),
}

# --- refusals: pages that hold no series ---------------------------------------------------

MAINTENANCE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Wartungsarbeiten</title>
<style>body{font-family:sans-serif;text-align:center;margin-top:10%}</style></head>
<body><img src="/typo3conf/ext/rvr_sitepackage/Resources/Public/Images/rvr-logo.svg" alt="Regionalverband Ruhr">
<h1>Wartungsarbeiten</h1>
<p>Unsere Website wird gerade gewartet und ist in Kürze wieder für Sie da.</p>
<p>Vielen Dank für Ihr Verständnis.</p></body></html>
"""
WP_MAINTENANCE = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><meta name="robots" content="noindex">
<title>Wartungsmodus</title></head>
<body class="wp-maintenance"><div class="wrap"><h1>Kurzzeitig wegen regelmäßiger Wartungsarbeiten nicht verfügbar.</h1>
<p>Bitte versuche es in einer Minute noch einmal.</p></div></body></html>
"""
SHELL = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Veranstaltungen | Kreis Unna</title>
<link rel="stylesheet" href="/static/css/app.4f1c2e.css"><script defer src="/static/js/chunk-vendors.9d1e.js"></script>
<script defer src="/static/js/app.3b77.js"></script></head>
<body><noscript><strong>Bitte aktivieren Sie JavaScript, um diese Seite zu nutzen.</strong></noscript>
<div id="app"></div></body></html>
"""
COOKIE_WALL = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>Bochumer Stadtdialoge – Stadt Bochum</title></head>
<body class="consent-required"><div id="consent-wall" role="dialog" aria-modal="true">
<h2>Ihre Zustimmung ist erforderlich</h2>
<p>Um diese Seite anzuzeigen, benötigen wir Ihre Einwilligung in die Verwendung von Cookies und externen Diensten.</p>
<p>Weitere Informationen finden Sie in unserer <a href="/datenschutz/">Datenschutzerklärung</a>.</p>
<button id="consent-accept">Alle akzeptieren</button> <button id="consent-settings">Einstellungen</button></div>
<main id="content"></main><script src="/wp-content/plugins/consent-wall/wall.js"></script></body></html>
"""

CLOUDFLARE = """<!DOCTYPE html>
<html lang="en-US">
<head>
<title>Just a moment...</title>
<meta http-equiv="refresh" content="390">
</head>
<body class="no-js">
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">www.bochum.de</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript>
<div id="challenge-error-title">
<div class="h2">
<span class="icon-wrapper">
</span>
<span id="challenge-error-text">Enable JavaScript and cookies to continue</span>
</div>
</div>
</noscript>
<div id="challenge-body-text" class="core-msg spacer">www.bochum.de needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo">
<div class="footer-inner">
<div class="clearfix diagnostic-wrapper">
<div class="ray-id">Ray ID: <code>8f2a1b3c4d5e6f70</code>
</div>
</div>
<div class="text-center" id="footer-text">Performance &amp; security by Cloudflare</div>
</div>
</div>
<script>(function(){window._cf_chl_opt={cvId: '3',cZone: "www.bochum.de"};}());</script>
</body>
</html>
"""

REFUSALS: dict[str, Handwritten] = {
    "refuse-cloudflare-challenge": Handwritten(
        "a bot-protection challenge page served instead of the page",
        None,
        "https://www.bochum.de/bochumer-stadtdialoge",
        "2026-01-10T09:00:00+01:00",
        CLOUDFLARE,
        None,
    ),
    "refuse-access-denied-in-layout": Handwritten(
        "'Zugriff verweigert (Fehler 403)' in the site's own layout, served with 200",
        RVR,
        URL,
        "2026-01-10T09:00:00+01:00",
        "<h1>Zugriff verweigert</h1><p>Sie haben keine Berechtigung, diese Seite aufzurufen "
        "(Fehler 403). Bitte melden Sie sich an.</p>",
        None,
    ),
    "refuse-rvr-maintenance": Handwritten(
        "maintenance notice served instead of the page",
        None,
        URL,
        "2026-01-10T03:00:00+01:00",
        MAINTENANCE,
        None,
    ),
    "refuse-wordpress-maintenance": Handwritten(
        "WordPress maintenance mode",
        None,
        "https://www.bochum.de/bochumer-stadtdialoge",
        "2026-01-10T03:00:00+01:00",
        WP_MAINTENANCE,
        None,
    ),
    "refuse-rvr-not-found-200": Handwritten(
        "'Seite nicht gefunden' in the site's own layout, served with 200",
        RVR,
        URL,
        "2026-01-10T09:00:00+01:00",
        "<h1>Seite nicht gefunden</h1><p>Die angeforderte Seite existiert nicht oder wurde "
        "verschoben. Fehlercode 404.</p><p>Nutzen Sie die Suche oder kehren Sie zur "
        '<a href="/">Startseite</a> zurück.</p>',
        None,
    ),
    "refuse-gsb-not-found-200": Handwritten(
        "GSB error page 'Seite nicht gefunden' with navigation and news",
        LANDESAMT,
        "https://www.arbeitsschutz.nrw.de/regionalforen-ruhr",
        "2026-01-10T09:00:00+01:00",
        "<h1>Fehler 404 – Seite nicht gefunden</h1><p>Leider konnte die von Ihnen "
        "aufgerufene Seite nicht gefunden werden.</p><ul><li>Prüfen Sie die Schreibweise der "
        "Adresse.</li><li>Nutzen Sie die Suchfunktion.</li></ul>",
        None,
    ),
    "refuse-english-page-not-found": Handwritten(
        "English 'Page not found' served with 200",
        RUB,
        "https://www.ruhr-uni-bochum.de/en/lecture-series-energy-transition",
        "2026-01-10T09:00:00+01:00",
        "<h1>Page not found</h1><p>The page you requested could not be found. It may have "
        "been moved or deleted.</p>",
        None,
    ),
    "refuse-cookie-wall-without-content": Handwritten(
        "a real cookie wall: consent dialog, empty main",
        None,
        "https://www.bochum.de/bochumer-stadtdialoge",
        "2026-01-10T09:00:00+01:00",
        COOKIE_WALL,
        None,
    ),
    "refuse-empty-js-shell": Handwritten(
        "JavaScript app shell with no content",
        None,
        "https://www.kreis-unna.de/kreisdialog-bildung",
        "2026-01-10T09:00:00+01:00",
        SHELL,
        None,
    ),
    "refuse-truncated-after-heading": Handwritten(
        "document cut off right after 'Nächste Termine'",
        None,
        URL,
        "2026-01-10T09:00:00+01:00",
        "",
        None,
    ),
    "refuse-truncated-mid-date": Handwritten(
        "document cut off inside the first date line",
        None,
        "https://www.kreis-unna.de/kreisdialog-bildung",
        "2026-01-10T09:00:00+01:00",
        "",
        None,
    ),
    "refuse-county-consent-notice-in-layout": Handwritten(
        "consent wall inside the site's layout, content replaced by the notice",
        UNNA,
        "https://www.kreis-unna.de/kreisdialog-bildung",
        "2026-01-10T09:00:00+01:00",
        '<div class="cookie-wall"><h1>Cookie-Einstellungen</h1><p>Diese Seite kann erst '
        "angezeigt werden, wenn Sie der Verwendung von Cookies zustimmen.</p>"
        "<button>Zustimmen</button></div>",
        None,
    ),
}
