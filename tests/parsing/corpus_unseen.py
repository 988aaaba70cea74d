"""Unseen pages: whole documents written by hand in styles the other specs do not use.

Written without the renderers of ``markup_families.py`` and ``cms_chrome.py``: each is
one organisation's page in its CMS's own markup (TYPO3 content elements, Drupal views,
WordPress blocks, Elementor, Joomla, Neos, GSB, Sitepark IES, Imperia, Fiona), with its
own chrome (cookie banner, breadcrumb, sidebar, footer) and wordings the corpus did not
have (sections "Kommende Termine im Überblick", "Veranstaltungsrückblick", dates
"14. Januar 2026 | 16 Uhr", "14.1.26", "Jan 14, 2026, 4–6 pm", "findet nicht statt",
"wird verschoben – neuer Termin folgt", two dates on one line, "hybrid: … und online").
The expected JSON is what a reader of each page notes down.
"""

# Data: markup as the CMSs write it, one element a line.
# ruff: noqa: E501

from __future__ import annotations

from corpus_handwritten import Handwritten
from corpus_kit import ev, page


def _doc(title: str, body: str, lang: str = "de") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
        '<link rel="stylesheet" href="/assets/main.css"><script src="/assets/main.js" defer></script>'
        f"</head>\n{body}\n</html>\n"
    )


# 1. TYPO3 (fluid_styled_content frames), IHK: "Termine 2026", "Mi, 14.01.2026, 16:00–18:00 Uhr",
# "ausgebucht" (not cancelled), "muss leider entfallen", "Str." address, sidebar contact.
U_IHK = "https://www.ihk.de/bochum/energie/energie-scouts-ruhr"
IHK_TYPO3 = _doc(
    "Energie-Scouts Ruhr - IHK Mittleres Ruhrgebiet",
    """<body class="page-4711">
<div id="cookieconsent" class="cookie-consent" role="dialog"><p>Wir nutzen Cookies, um unsere Website zu verbessern.</p><button>Alle akzeptieren</button><button>Nur notwendige</button></div>
<header class="page-header"><a class="logo" href="/bochum/">IHK Mittleres Ruhrgebiet</a><nav class="main-nav"><ul><li><a href="/bochum/bildung">Bildung</a></li><li><a href="/bochum/energie">Energie</a></li><li><a href="/bochum/veranstaltungen">Veranstaltungen</a></li></ul></nav></header>
<div class="breadcrumb-wrap"><ol class="breadcrumb"><li><a href="/bochum/">Startseite</a></li><li><a href="/bochum/energie">Energie und Umwelt</a></li><li class="active">Energie-Scouts Ruhr</li></ol></div>
<div class="container"><div class="row"><main class="col-md-8" id="content">
<div id="c20311" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="">Energie-Scouts Ruhr</h1><h2 class="subheader">Azubis machen Energieeffizienz sichtbar</h2></header></div>
<div id="c20312" class="frame frame-default frame-type-text frame-layout-0"><p>Seit 2019 qualifiziert die IHK Auszubildende zu Energie-Scouts. Über 180 Azubis aus 60 Betrieben haben bisher mitgemacht.</p><p>Frist für die Anmeldung der Teams: 31.01.2026</p></div>
<div id="c20313" class="frame frame-default frame-type-header frame-layout-0"><header><h2 class="">Termine 2026</h2></header></div>
<div id="c20314" class="frame frame-default frame-type-text frame-layout-0"><h3>Auftakt-Workshop: Energieflüsse im Betrieb erkennen</h3><p>Mi, 14.01.2026, 16:00–18:00 Uhr</p><p>IHK Mittleres Ruhrgebiet, Ostring 30–32, 44787 Bochum</p><p>Die Veranstaltung ist ausgebucht. Eine Warteliste wird geführt.</p></div>
<div id="c20315" class="frame frame-default frame-type-text frame-layout-0"><h3>Messen, rechnen, präsentieren</h3><p>Mi, 11.03.2026, 09:00–15:30 Uhr</p><p>Online (Webex)</p><p>Die Teams stellen ihre Messergebnisse vor und erhalten Feedback.</p></div>
<div id="c20316" class="frame frame-default frame-type-text frame-layout-0"><h3>Betriebsbesichtigung Stadtwerke Bochum</h3><p>Mi, 22.04.2026, 10:00–12:00 Uhr</p><p><strong>Muss leider entfallen.</strong></p></div>
<div id="c20317" class="frame frame-default frame-type-text frame-layout-0"><h3>Abschlussveranstaltung mit Preisverleihung</h3><p>Mi, 17.06.2026, 17:00 Uhr</p><p>Zeche Zollverein, Gelsenkirchener Str. 181, 45309 Essen</p><p><a href="/blueprint/servlet/resource/blob/5512/einladung-abschluss.pdf">Einladung (PDF, 240 KB)</a></p></div>
</main>
<aside class="col-md-4 sidebar"><div class="frame frame-type-text"><h3>Ihr Ansprechpartner</h3><p>Dr. Jan Kowalski<br>Energie und Umwelt<br>Tel. 0234 9113-123<br><a href="mailto:kowalski@bochum.ihk.de">kowalski@bochum.ihk.de</a></p></div>
<div class="frame"><h3>Weitere Veranstaltungen</h3><ul><li><a href="/bochum/v/1">20.01.2026 – Sprechtag Fördermittel</a></li><li><a href="/bochum/v/2">03.02.2026 – Energieeffizienz-Netzwerk</a></li></ul></div></aside>
</div></div>
<footer class="page-footer"><p>© 2026 IHK Mittleres Ruhrgebiet · Ostring 30–32 · 44787 Bochum</p><a href="/impressum">Impressum</a></footer>
</body>""",
)
IHK_EXPECTED = page(
    U_IHK,
    "Energie-Scouts Ruhr",
    "Azubis machen Energieeffizienz sichtbar",
    [
        ev(
            "2026-01-14",
            "Auftakt-Workshop: Energieflüsse im Betrieb erkennen",
            "16:00",
            "18:00",
            where=("IHK Mittleres Ruhrgebiet", "Ostring 30–32", "44787", "Bochum"),
            summary="Die Veranstaltung ist ausgebucht. Eine Warteliste wird geführt.",
        ),
        ev(
            "2026-03-11",
            "Messen, rechnen, präsentieren",
            "09:00",
            "15:30",
            where="Online (Webex)",
            summary="Die Teams stellen ihre Messergebnisse vor und erhalten Feedback.",
        ),
        ev(
            "2026-04-22",
            "Betriebsbesichtigung Stadtwerke Bochum",
            "10:00",
            "12:00",
            status="cancelled",
            where=(None, "Bochum"),
            summary="Muss leider entfallen.",
        ),
        ev(
            "2026-06-17",
            "Abschlussveranstaltung mit Preisverleihung",
            "17:00",
            where=("Zeche Zollverein", "Gelsenkirchener Str. 181", "45309", "Essen"),
            links=(
                (
                    "Einladung",
                    "https://www.ihk.de/blueprint/servlet/resource/blob/5512/einladung-abschluss.pdf",
                    "240 KB",
                ),
            ),
        ),
    ],
    (("Dr. Jan Kowalski", "Energie und Umwelt", "kowalski@bochum.ihk.de", "0234 9113-123"),),
)

# 2. Drupal views (university): "Unsere nächsten Veranstaltungen", "14. Januar 2026 | 16 Uhr",
# "Raum 2.13, Campus Bottrop", "hybrid: Campus Gelsenkirchen und online", "Veranstaltungsrückblick".
U_WHS = "https://www.w-hs.de/transfer/ki-werkstatt-mittelstand"
WHS_DRUPAL = _doc(
    "KI-Werkstatt Mittelstand | Westfälische Hochschule",
    """<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header"><a href="/" rel="home">Westfälische Hochschule</a></div></header>
<nav role="navigation" aria-labelledby="block-main-menu"><ul class="menu"><li><a href="/studium">Studium</a></li><li><a href="/forschung">Forschung</a></li><li><a href="/transfer">Transfer</a></li></ul></nav>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system-breadcrumb-block"><ol><li><a href="/">Startseite</a></li><li><a href="/transfer">Transfer</a></li><li>KI-Werkstatt Mittelstand</li></ol></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title">KI-Werkstatt Mittelstand</span></h1></div>
<article class="node node--type-page node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Die KI-Werkstatt ist ein Angebot des Transferzentrums der Westfälischen Hochschule für kleine und mittlere Unternehmen im Emscher-Lippe-Raum. Die Teilnahme ist kostenfrei.</p></div></div></article>
<div class="views-element-container block block-views"><h2>Unsere nächsten Veranstaltungen</h2><div class="view view-veranstaltungen view-id-veranstaltungen view-display-id-block_1"><div class="view-content">
<div class="views-row"><article class="node node--type-event node--view-mode-teaser"><h3 class="node__title"><span class="field field--name-title">KI im Mittelstand: Was geht schon heute?</span></h3><div class="field field--name-field-event-date field--type-datetime">14. Januar 2026 | 16 Uhr</div><div class="field field--name-field-location">Raum 2.13, Campus Bottrop</div><div class="field field--name-body"><p>Praxisbeispiele aus drei Unternehmen der Region.</p></div></article></div>
<div class="views-row"><article class="node node--type-event node--view-mode-teaser"><h3 class="node__title"><span class="field field--name-title">Datenschutz und KI-Werkzeuge</span></h3><div class="field field--name-field-event-date field--type-datetime">4. Februar 2026 | 14–17 Uhr</div><div class="field field--name-field-location">Hörsaal 1, Neidenburger Straße 43, 45897 Gelsenkirchen</div></article></div>
<div class="views-row"><article class="node node--type-event node--view-mode-teaser"><h3 class="node__title"><span class="field field--name-title">Sprachmodelle im Kundenservice</span></h3><div class="field field--name-field-event-date field--type-datetime">18. März 2026 | 16 Uhr</div><div class="field field--name-field-location">Raum B 1.04, Campus Recklinghausen</div><div class="field field--name-body"><p>Die Veranstaltung wird verschoben, ein neuer Termin folgt.</p></div></article></div>
</div></div></div>
<div class="views-element-container block block-views"><h2>Veranstaltungsrückblick</h2><div class="view view-veranstaltungen view-display-id-block_2"><div class="view-content">
<div class="views-row"><article class="node node--type-event node--view-mode-teaser"><h3 class="node__title"><span class="field field--name-title">Bilderkennung in der Qualitätssicherung</span></h3><div class="field field--name-field-event-date field--type-datetime">12. November 2025 | 16 Uhr</div><div class="field field--name-field-location">Raum 2.13, Campus Bottrop</div></article></div>
<div class="views-row"><article class="node node--type-event node--view-mode-teaser"><h3 class="node__title"><span class="field field--name-title">Auftakt der KI-Werkstatt</span></h3><div class="field field--name-field-event-date field--type-datetime">24. September 2025 | 16 Uhr</div><div class="field field--name-field-location">Raum 2.13, Campus Bottrop</div></article></div>
</div></div></div>
</div></div></main>
<footer role="contentinfo"><p>Westfälische Hochschule · Neidenburger Straße 43 · 45897 Gelsenkirchen</p><p>Zuletzt aktualisiert: 02.12.2025</p></footer></div>
</body>""",
)
_BOTTROP = ("Raum 2.13, Campus Bottrop", "Bottrop")
WHS_EXPECTED = page(
    U_WHS,
    "KI-Werkstatt Mittelstand",
    None,
    [
        ev(
            "2026-01-14",
            "KI im Mittelstand: Was geht schon heute?",
            "16:00",
            where=_BOTTROP,
            summary="Praxisbeispiele aus drei Unternehmen der Region.",
        ),
        ev(
            "2026-02-04",
            "Datenschutz und KI-Werkzeuge",
            "14:00",
            "17:00",
            where=("Hörsaal 1", "Neidenburger Straße 43", "45897", "Gelsenkirchen"),
        ),
        ev(
            "2026-03-18",
            "Sprachmodelle im Kundenservice",
            "16:00",
            status="cancelled",
            where=("Raum B 1.04, Campus Recklinghausen", "Recklinghausen"),
            summary="Die Veranstaltung wird verschoben, ein neuer Termin folgt.",
        ),
        ev("2025-09-24", "Auftakt der KI-Werkstatt", "16:00", status="past", where=_BOTTROP),
        ev(
            "2025-11-12",
            "Bilderkennung in der Qualitätssicherung",
            "16:00",
            status="past",
            where=_BOTTROP,
        ),
    ],
)

# 3. WordPress block editor: "Die Reihe im Überblick", "Mittwoch, den 14.01.2026, ab 16.00 Uhr",
# "14.1.26", "findet nicht statt", a "Bisherige Termine" list with a range across months.
U_WP = "https://www.gruenderallianz.ruhr/gruendungsfruehstueck"
WP_BLOCKS = _doc(
    "Gründungsfrühstück – Gründerallianz Ruhr",
    """<body class="page-template-default page wp-embed-responsive">
<div id="borlabs-cookie" class="BorlabsCookie" style="display:none"><p>Wir benötigen Ihre Zustimmung.</p></div>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Gründerallianz Ruhr</a></p><nav id="site-navigation" class="main-navigation"><ul><li><a href="/angebote">Angebote</a></li><li><a href="/termine">Termine</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main"><article class="page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Gründungsfrühstück</h1></header>
<div class="entry-content">
<p class="has-large-font-size">Einmal im Quartal treffen sich Gründerinnen und Gründer aus dem Ruhrgebiet zum Austausch bei Kaffee und Brötchen. Das Format gibt es seit 2017.</p>
<h2 class="wp-block-heading">Die Reihe im Überblick</h2>
<div class="wp-block-group is-layout-constrained"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Gründen im Team</h3>
<p>Mittwoch, den 14.01.2026, ab 9.00 Uhr</p>
<p>Startpunkt Dortmund, Emil-Figge-Straße 80, 44227 Dortmund</p>
</div></div>
<div class="wp-block-group is-layout-constrained"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Finanzierung ohne Bank</h3>
<p>Mittwoch, den 15.04.2026, ab 9.00 Uhr</p>
<p>Die Veranstaltung findet nicht statt.</p>
</div></div>
<div class="wp-block-group is-layout-constrained"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Nachfolge statt Neugründung</h3>
<p>Mittwoch, den 08.07.2026, ab 9.00 Uhr</p>
<p>Haus der Technik, Hollestraße 1, 45127 Essen</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://www.gruenderallianz.ruhr/anmeldung/?event=nachfolge">Jetzt anmelden</a></div></div>
</div></div>
<h2 class="wp-block-heading">Bisherige Termine</h2>
<ul class="wp-block-list">
<li>8.10.25: Marketing mit kleinem Budget (Bochum)</li>
<li>2.7.25: Scheitern als Chance (Essen)</li>
</ul>
</div></article></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/2025/12/jahresrueckblick/">Jahresrückblick 2025</a> <span class="post-date">15. Dezember 2025</span></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 Gründerallianz Ruhr</div></footer>
</body>""",
)
WP_EXPECTED = page(
    U_WP,
    "Gründungsfrühstück",
    None,
    [
        ev(
            "2026-01-14",
            "Gründen im Team",
            "09:00",
            where=("Startpunkt Dortmund", "Emil-Figge-Straße 80", "44227", "Dortmund"),
        ),
        ev(
            "2026-04-15",
            "Finanzierung ohne Bank",
            "09:00",
            status="cancelled",
            summary="Die Veranstaltung findet nicht statt.",
        ),
        ev(
            "2026-07-08",
            "Nachfolge statt Neugründung",
            "09:00",
            where=("Haus der Technik", "Hollestraße 1", "45127", "Essen"),
            links=(
                (
                    "Jetzt anmelden",
                    "https://www.gruenderallianz.ruhr/anmeldung/?event=nachfolge",
                    None,
                ),
            ),
        ),
        ev("2025-07-02", "Scheitern als Chance", status="past", where=(None, "Essen")),
        ev("2025-10-08", "Marketing mit kleinem Budget", status="past", where=(None, "Bochum")),
    ],
)

# 4. Elementor: "Kommende Termine im Überblick" (icon lists), "14. Januar 2026 | 16 Uhr" with a
# "Veranstaltungsort:" label, "wird verschoben auf", and a Rückblick under "Vergangene Termine".
U_EL = "https://www.emscher-lippe-netzwerk.de/frauen-in-mint"
ELEMENTOR = _doc(
    "Frauen in MINT – Netzwerk Emscher-Lippe",
    """<body class="page elementor-default elementor-kit-5 elementor-page elementor-page-812">
<div data-elementor-type="header" class="elementor elementor-location-header"><div class="elementor-widget-container"><a href="/"><img src="/logo.svg" alt="Netzwerk Emscher-Lippe"></a><nav class="elementor-nav-menu--main"><ul><li><a href="/netzwerk">Netzwerk</a></li><li><a href="/projekte">Projekte</a></li></ul></nav></div></div>
<div data-elementor-type="wp-page" data-elementor-id="812" class="elementor elementor-812">
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">Frauen in MINT</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Gesprächsabende für Schülerinnen, Studentinnen und Berufseinsteigerinnen</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Ingenieurinnen, Informatikerinnen und Chemikerinnen aus der Region erzählen von ihrem Berufsweg. Die Abende finden abwechselnd in Gelsenkirchen, Bottrop und Marl statt.</p></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Kommende Termine im Überblick</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h3 class="elementor-heading-title elementor-size-default">Chemie im Chemiepark</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-calendar"></i></span><span class="elementor-icon-list-text">Donnerstag, 22. Januar 2026 | 18:00 – 20:00 Uhr</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-map-marker-alt"></i></span><span class="elementor-icon-list-text">Veranstaltungsort: Chemiepark Marl, Paul-Baumann-Straße 1, 45772 Marl</span></li>
</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h3 class="elementor-heading-title elementor-size-default">Informatik und Games</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-calendar"></i></span><span class="elementor-icon-list-text">Donnerstag, 19. Februar 2026 | 18:00 – 20:00 Uhr – wird verschoben auf Donnerstag, 5. März 2026</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-map-marker-alt"></i></span><span class="elementor-icon-list-text">Veranstaltungsort: hybrid: Bottrop und online</span></li>
</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Vergangene Termine</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p><strong>27. November 2025:</strong> Bauingenieurwesen zum Anfassen, Westfälische Hochschule Gelsenkirchen</p></div></div>
</div></div></div></section>
</div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><p>© 2026 Netzwerk Emscher-Lippe</p></div>
</body>""",
)
EL_EXPECTED = page(
    U_EL,
    "Frauen in MINT",
    "Gesprächsabende für Schülerinnen, Studentinnen und Berufseinsteigerinnen",
    [
        ev(
            "2026-01-22",
            "Chemie im Chemiepark",
            "18:00",
            "20:00",
            where=("Chemiepark Marl", "Paul-Baumann-Straße 1", "45772", "Marl"),
        ),
        {
            **ev("2026-03-05", "Informatik und Games", "18:00", "20:00"),
            "location": {
                "venue": "hybrid: Bottrop und online",
                "street": None,
                "postcode": None,
                "city": "Bottrop",
                "text": "hybrid: Bottrop und online",
            },
        },
        ev(
            "2025-11-27",
            "Bauingenieurwesen zum Anfassen",
            status="past",
            where=("Westfälische Hochschule Gelsenkirchen", "Gelsenkirchen"),
        ),
    ],
)

# 5. Joomla (com_content article): two dates on one line, "Termine: 12.03. und 14.05.2026",
# one event a topic; a "Veranstaltungsrückblick" with dated h3 headings.
U_JOOMLA = "https://www.kreis-re.de/index.php/wirtschaft/ausbildungsbotschafter"
JOOMLA = _doc(
    "Ausbildungsbotschafter im Kreis Recklinghausen",
    """<body class="site com_content view-article itemid-312">
<header class="header container-header full-width"><div class="navbar-brand"><a class="brand-logo" href="/">Kreis Recklinghausen</a></div><div class="container-nav"><nav class="navbar navbar-expand-md" aria-label="Hauptmenü"><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="/index.php/wirtschaft">Wirtschaft</a></li></ul></nav></div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Startseite</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Ausbildungsbotschafter</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">Ausbildungsbotschafter im Kreis Recklinghausen</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2025-11-03T09:12:44+01:00" itemprop="datePublished">Veröffentlicht: 03. November 2025</time></dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<p>Junge Auszubildende berichten in Schulklassen von ihrer Ausbildung. Die Kreiswirtschaftsförderung schult sie dafür in kompakten Workshops.</p>
<h2>Schulungen für neue Botschafterinnen und Botschafter</h2>
<p><strong>Termine: 12.03. und 14.05.2026, jeweils 14:00–17:00 Uhr</strong></p>
<p>Ort: Kreishaus Recklinghausen, Kurt-Schumacher-Allee 1, 45657 Recklinghausen</p>
<p>Inhalt: Auftreten vor der Klasse, Präsentation des eigenen Berufs.</p>
<h2>Veranstaltungsrückblick</h2>
<h3>Botschaftertag 2025 (25.09.2025)</h3>
<p>Rund 90 Auszubildende aus 40 Betrieben tauschten sich in der Vestlandhalle aus.</p>
<h3>Schulung im Frühjahr (20.03.2025)</h3>
<p>Zwölf neue Botschafterinnen und Botschafter wurden geschult.</p>
</div></div></main></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>Kreis Recklinghausen · Kurt-Schumacher-Allee 1 · 45657 Recklinghausen</p></div></footer>
</body>""",
)
_KREISHAUS = ("Kreishaus Recklinghausen", "Kurt-Schumacher-Allee 1", "45657", "Recklinghausen")
_SCHULUNG = "Schulungen für neue Botschafterinnen und Botschafter"
_INHALT = "Inhalt: Auftreten vor der Klasse, Präsentation des eigenen Berufs."
JOOMLA_EXPECTED = page(
    U_JOOMLA,
    "Ausbildungsbotschafter im Kreis Recklinghausen",
    None,
    [
        ev("2026-03-12", _SCHULUNG, "14:00", "17:00", where=_KREISHAUS, summary=_INHALT),
        ev("2026-05-14", _SCHULUNG, "14:00", "17:00", where=_KREISHAUS, summary=_INHALT),
        ev(
            "2025-03-20",
            "Schulung im Frühjahr",
            status="past",
            summary="Zwölf neue Botschafterinnen und Botschafter wurden geschult.",
        ),
        ev(
            "2025-09-25",
            "Botschaftertag 2025",
            status="past",
            summary="Rund 90 Auszubildende aus 40 Betrieben tauschten sich in der Vestlandhalle aus.",
        ),
    ],
)

# 6. Neos (city): cards with a date range across months, "Kommende Termine:" teaser text,
# a cancellation in a badge "Fällt aus", "neuer Termin folgt" (cancelled), footer.
U_NEOS = "https://www.herten.de/stadtentwicklung/zukunftswerkstatt-innenstadt"
NEOS = _doc(
    "Zukunftswerkstatt Innenstadt | Stadt Herten",
    """<body class="neos-page">
<div class="cookie-bar" data-component="CookieBar" aria-hidden="true"><p>Diese Website verwendet Cookies.</p></div>
<header class="header"><a href="/" class="header__logo">Stadt Herten</a><nav class="nav-main"><ul><li><a href="/rathaus">Rathaus</a></li><li><a href="/leben">Leben in Herten</a></li></ul></nav></header>
<main class="main"><div class="neos-contentcollection">
<div class="stage"><h1 class="stage__headline">Zukunftswerkstatt Innenstadt</h1><p class="stage__teaser">Gemeinsam die Herner Straße neu denken</p></div>
<div class="text-block"><p>Die Stadt Herten lädt Bürgerinnen, Bürger und Gewerbetreibende ein, die Zukunft der Innenstadt mitzugestalten. Das Förderprogramm läuft bis 2028.</p></div>
<h2 class="headline">Kommende Termine im Überblick</h2>
<div class="card-list">
<div class="card"><div class="card__body"><p class="card__date">30. März – 2. April 2026, jeweils 17:00–20:00 Uhr</p><h3 class="card__title">Planungswoche Marktplatz</h3><p class="card__place">Glashaus Herten, Hermannstraße 16, 45699 Herten</p><p class="card__text">Vier Abende mit Planerinnen und Planern vor Ort.</p></div></div>
<div class="card"><div class="card__body"><span class="badge badge--warning">Fällt aus</span><p class="card__date">6. Mai 2026, 18:00 Uhr</p><h3 class="card__title">Spaziergang durch die Fußgängerzone</h3><p class="card__place">Treffpunkt: Rathaus Herten, Kurt-Schumacher-Straße 2, 45699 Herten</p></div></div>
<div class="card"><div class="card__body"><p class="card__date">17. Juni 2026, 18:00 Uhr</p><h3 class="card__title">Ergebnisabend</h3><p class="card__text">Die Veranstaltung wird verschoben, neuer Termin folgt.</p></div></div>
</div>
</div></main>
<footer class="footer"><p>Stadt Herten · Kurt-Schumacher-Straße 2 · 45699 Herten</p><p>Stand: 01.12.2025</p></footer>
</body>""",
)
NEOS_EXPECTED = page(
    U_NEOS,
    "Zukunftswerkstatt Innenstadt",
    None,
    [
        ev(
            "2026-03-30",
            "Planungswoche Marktplatz",
            "17:00",
            "20:00",
            until="2026-04-02",
            where=("Glashaus Herten", "Hermannstraße 16", "45699", "Herten"),
            summary="Vier Abende mit Planerinnen und Planern vor Ort.",
        ),
        ev(
            "2026-05-06",
            "Spaziergang durch die Fußgängerzone",
            "18:00",
            status="cancelled",
            where=("Rathaus Herten", "Kurt-Schumacher-Straße 2", "45699", "Herten"),
            summary="Fällt aus",
        ),
        ev(
            "2026-06-17",
            "Ergebnisabend",
            "18:00",
            status="cancelled",
            summary="Die Veranstaltung wird verschoben, neuer Termin folgt.",
        ),
    ],
)

# 7. GSB (Government Site Builder, state agency): a "Termin" definition table per event,
# weekday "Do., 5. März 2026", a "Veranstaltungsort" over two <br> lines, download link.
U_GSB = "https://www.mhkbd.nrw/themen/bau/ruhrkonferenz-wohnen"
GSB = _doc(
    "Ruhrkonferenz Wohnen - Ministerium für Heimat, Kommunales, Bau und Digitalisierung NRW",
    """<body class="gsb">
<div id="wrapperOuter"><div id="wrapperInner"><a class="skipLink" href="#content">Zum Inhalt springen</a>
<div id="header"><div id="navServiceMeta"><ul><li><a href="/leichte-sprache">Leichte Sprache</a></li></ul></div><div id="navPrimary"><ul><li><a href="/themen">Themen</a></li></ul></div></div>
<div id="navBreadcrumbs"><p>Sie sind hier:</p><ol><li><a href="/">Startseite</a></li><li><a href="/themen/bau">Bauen</a></li><li><strong>Ruhrkonferenz Wohnen</strong></li></ol></div>
<div id="main"><div id="content" class="content">
<h1 class="isFirstInSlot">Ruhrkonferenz Wohnen</h1>
<p class="abstract">Drei Fachgespräche zu bezahlbarem Wohnen im Ruhrgebiet.</p>
<h2>Termine</h2>
<div class="eventEntry"><h3>Fachgespräch 1: Bestand sanieren</h3>
<table class="eventData"><tr><th scope="row">Termin</th><td>Do., 5. März 2026, 10:00 bis 15:00 Uhr</td></tr><tr><th scope="row">Veranstaltungsort</th><td>Wissenschaftspark Gelsenkirchen<br>Munscheidstraße 14<br>45886 Gelsenkirchen</td></tr></table>
<p><a class="Publication FTpdf" href="/SharedDocs/Downloads/DE/Bau/programm-fachgespraech-1.pdf?__blob=publicationFile&amp;v=2" title="Programm (PDF, 98 KB)">Programm <span class="sizeInfo">(PDF, 98 KB)</span></a></p></div>
<div class="eventEntry"><h3>Fachgespräch 2: Neubau im Quartier</h3>
<table class="eventData"><tr><th scope="row">Termin</th><td>Do., 7. Mai 2026, 10:00 bis 15:00 Uhr</td></tr><tr><th scope="row">Veranstaltungsort</th><td>Landschaftspark Duisburg-Nord, Kraftzentrale<br>Emscherstraße 71<br>47137 Duisburg</td></tr></table></div>
<p class="date">Stand: 10.12.2025</p>
</div></div>
<div id="footer"><p>© Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen</p></div>
</div></div>
</body>""",
)
GSB_EXPECTED = page(
    U_GSB,
    "Ruhrkonferenz Wohnen",
    None,
    [
        ev(
            "2026-03-05",
            "Fachgespräch 1: Bestand sanieren",
            "10:00",
            "15:00",
            where=(
                "Wissenschaftspark Gelsenkirchen",
                "Munscheidstraße 14",
                "45886",
                "Gelsenkirchen",
            ),
            links=(
                (
                    "Programm",
                    "https://www.mhkbd.nrw/SharedDocs/Downloads/DE/Bau/programm-fachgespraech-1.pdf?__blob=publicationFile&v=2",
                    "98 KB",
                ),
            ),
        ),
        ev(
            "2026-05-07",
            "Fachgespräch 2: Neubau im Quartier",
            "10:00",
            "15:00",
            where=(
                "Landschaftspark Duisburg-Nord, Kraftzentrale",
                "Emscherstraße 71",
                "47137",
                "Duisburg",
            ),
        ),
    ],
)

# 8. English university page (Imperia): "Upcoming events" / "Past events",
# "Jan 14, 2026, 4–6 pm", "online (Zoom)", "Wed, Feb 11, 2026, 10 am – 12 pm".
U_EN = "https://www.uni-due.de/international/en/career-talks.php"
IMPERIA_EN = _doc(
    "Career Talks for International Students - University of Duisburg-Essen",
    """<body>
<!--imperia:head-->
<div id="header" class="header"><a href="/en/" class="logo">UNIVERSITÄT DUISBURG-ESSEN</a><div id="navigation" class="navigation"><ul><li><a href="/en/studies">Studies</a></li><li><a href="/en/research">Research</a></li></ul></div></div>
<div id="breadcrumb"><a href="/en/">Home</a> &gt; <a href="/international/en/">International Office</a> &gt; Career Talks</div>
<div id="wrapper"><div id="content">
<!--imperia:content-->
<h1>Career Talks for International Students</h1>
<p>Since 2018 the International Office has invited alumni to talk about starting a career in the Ruhr area. Apply for the mentoring programme by 31 January 2026.</p>
<h2>Upcoming events</h2>
<div class="box"><h3>Working in engineering</h3><p>Jan 14, 2026, 4–6 pm</p><p>Campus Essen, room R12 R05 A69, Universitätsstraße 2, 45141 Essen</p></div>
<div class="box"><h3>Applying in German</h3><p>Wed, Feb 11, 2026, 10 am – 12 pm</p><p>online (Zoom)</p><p>Registration: <a href="https://www.uni-due.de/international/en/register.php?talk=applying">Register here</a></p></div>
<h2>Past events</h2>
<div class="box"><h3>Internships in the Ruhr area</h3><p>Nov 19, 2025, 4–6 pm</p><p>Campus Duisburg, Forsthausweg 2, 47057 Duisburg</p></div>
<!--/imperia:content-->
</div>
<div id="sidebar" class="sidebar"><h3>News</h3><p>Dec 1, 2025: New deadlines for the winter semester</p></div></div>
<div id="footer"><p>Last updated: Dec 2, 2025</p><p>© University of Duisburg-Essen</p></div>
</body>""",
    lang="en",
)
IMPERIA_EXPECTED = page(
    U_EN,
    "Career Talks for International Students",
    None,
    [
        ev(
            "2026-01-14",
            "Working in engineering",
            "16:00",
            "18:00",
            where=("Campus Essen, room R12 R05 A69", "Universitätsstraße 2", "45141", "Essen"),
        ),
        {
            **ev("2026-02-11", "Applying in German", "10:00", "12:00", where="online (Zoom)"),
            "links": [
                {
                    "label": "Register here",
                    "url": "https://www.uni-due.de/international/en/register.php?talk=applying",
                    "size": None,
                }
            ],
        },
        ev(
            "2025-11-19",
            "Internships in the Ruhr area",
            "16:00",
            "18:00",
            status="past",
            where=("Campus Duisburg", "Forsthausweg 2", "47057", "Duisburg"),
        ),
    ],
)

# 9. Sitepark IES (city of Gelsenkirchen): a table "Datum | Thema | Ort" without header
# cells (first row bold), dates "Di 20.01.2026" (short weekday without punctuation).
U_IES = "https://www.gelsenkirchen.de/de/wirtschaft/unternehmerfruehstueck/"
SITEPARK = _doc(
    "Unternehmerfrühstück | Stadt Gelsenkirchen",
    """<body class="sp-page">
<div class="sp-cookie-consent" id="consent-layer"><p>Cookies und externe Inhalte</p></div>
<div class="sp-header"><a href="/de/">Stadt Gelsenkirchen</a><ul class="sp-navigation"><li><a href="/de/wirtschaft/">Wirtschaft</a></li></ul></div>
<div class="sp-breadcrumb"><span><a href="/de/">Start</a></span> › <span><a href="/de/wirtschaft/">Wirtschaft</a></span> › <span>Unternehmerfrühstück</span></div>
<div class="sp-content"><div class="sp-article">
<h1>Unternehmerfrühstück</h1>
<p>Die Wirtschaftsförderung lädt seit über 20 Jahren zum Unternehmerfrühstück ein: Impuls, Austausch, Kaffee.</p>
<h2>Termine 2026</h2>
<table class="sp-table">
<tbody>
<tr><td><strong>Datum</strong></td><td><strong>Thema</strong></td><td><strong>Ort</strong></td></tr>
<tr><td>Di 20.01.2026</td><td>Fachkräfte aus dem Ausland gewinnen</td><td>Wissenschaftspark, Munscheidstraße 14</td></tr>
<tr><td>Di 17.03.2026</td><td>Energiepreise und Eigenstrom</td><td>Hans-Sachs-Haus, Ebertstraße 11</td></tr>
<tr><td>Di 12.05.2026</td><td>Nachfolge regeln</td><td>Schloss Horst, Turfstraße 21</td></tr>
</tbody>
</table>
<p>Anmeldung bis jeweils eine Woche vorher an <a href="mailto:wirtschaft@gelsenkirchen.de">wirtschaft@gelsenkirchen.de</a>.</p>
</div></div>
<div class="sp-footer"><p>Stadt Gelsenkirchen · Ebertstraße 11 · 45879 Gelsenkirchen</p></div>
</body>""",
)
SITEPARK_EXPECTED = page(
    U_IES,
    "Unternehmerfrühstück",
    None,
    [
        ev(
            "2026-01-20",
            "Fachkräfte aus dem Ausland gewinnen",
            where=("Wissenschaftspark", "Munscheidstraße 14", None, None),
        ),
        ev(
            "2026-03-17",
            "Energiepreise und Eigenstrom",
            where=("Hans-Sachs-Haus", "Ebertstraße 11", None, None),
        ),
        ev("2026-05-12", "Nachfolge regeln", where=("Schloss Horst", "Turfstraße 21", None, None)),
    ],
)

# 10. Fiona (university, TU Dortmund style): a "Die Reihe im Überblick" definition list,
# "Mittwoch, den 4. Februar 2026, 16.15 Uhr", a "Veranstaltungsrückblick" without dates
# beyond a short list, Anmeldeschluss line.
U_FIONA = "https://www.tu-dortmund.de/transfer/ringvorlesung-strukturwandel/"
FIONA = _doc(
    "Ringvorlesung Strukturwandel - TU Dortmund",
    """<body>
<div id="skiplinks"><a href="#inhalt">Zum Inhalt</a></div>
<div id="kopf"><a href="/">TU Dortmund</a><div id="hauptnavigation"><ul><li><a href="/studium/">Studium</a></li></ul></div></div>
<div id="pfad">Sie sind hier: <a href="/">TU Dortmund</a> / <a href="/transfer/">Transfer</a> / Ringvorlesung Strukturwandel</div>
<div id="inhalt"><div class="fiona-content">
<h1>Ringvorlesung Strukturwandel</h1>
<h2>Wintersemester 2025/26</h2>
<p>Die Ringvorlesung ist offen für alle Interessierten. Sie wird seit 2012 gemeinsam mit dem Regionalverband Ruhr veranstaltet.</p>
<h2>Die Reihe im Überblick</h2>
<dl class="termine">
<dt>Mittwoch, den 3. Dezember 2025, 16.15 Uhr</dt><dd>Prof. Dr. Anna Berger: Vom Bergbau zur Wissensregion<br>Hörsaalgebäude II, Hörsaal 3</dd>
<dt>Mittwoch, den 14. Januar 2026, 16.15 Uhr</dt><dd>Dr. Tim Kowalczyk: Flächen, Wasser, Wärme – die Infrastruktur der Zukunft<br>Hörsaalgebäude II, Hörsaal 3</dd>
<dt>Mittwoch, den 4. Februar 2026, 16.15 Uhr</dt><dd>Podiumsdiskussion: Was bleibt vom Strukturwandel?<br>Rudolf-Chaudoire-Pavillon, Baroper Straße 297, 44227 Dortmund</dd>
</dl>
<p>Anmeldeschluss für die Podiumsdiskussion: 28. Januar 2026</p>
</div></div>
<div id="fuss"><p>Letzte Änderung: 20.11.2025</p></div>
</body>""",
)
FIONA_EXPECTED = page(
    U_FIONA,
    "Ringvorlesung Strukturwandel",
    "Wintersemester 2025/26",
    [
        ev(
            "2026-01-14",
            "Dr. Tim Kowalczyk: Flächen, Wasser, Wärme – die Infrastruktur der Zukunft",
            "16:15",
            where=("Hörsaalgebäude II, Hörsaal 3", None, None, None),
        ),
        ev(
            "2026-02-04",
            "Podiumsdiskussion: Was bleibt vom Strukturwandel?",
            "16:15",
            where=("Rudolf-Chaudoire-Pavillon", "Baroper Straße 297", "44227", "Dortmund"),
        ),
        ev(
            "2025-12-03",
            "Prof. Dr. Anna Berger: Vom Bergbau zur Wissensregion",
            "16:15",
            status="past",
            where=("Hörsaalgebäude II, Hörsaal 3", None, None, None),
        ),
    ],
)

# 11. TYPO3 with tx_calendarize-like list (county): "Unsere nächsten Termine" in an accordion,
# "14. Januar 2026 | 16 Uhr", "Termin verschoben – neuer Termin folgt", "fällt wegen
# Krankheit aus", a sidebar with news dates.
U_ENNEPE = "https://www.en-kreis.de/wirtschaft/gruenderstammtisch"
TYPO3_CAL = _doc(
    "Gründerstammtisch EN - Ennepe-Ruhr-Kreis",
    """<body id="p812">
<div class="tx-cookieman" id="cookieman-modal" aria-hidden="true"><p>Datenschutzeinstellungen</p></div>
<header id="page-header"><a href="/">Ennepe-Ruhr-Kreis</a><nav id="nav-main"><ul><li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav></header>
<div id="page-content"><main id="maincontent">
<div id="c901" class="frame frame-type-header"><h1>Gründerstammtisch EN</h1></div>
<div id="c902" class="frame frame-type-text"><p>Der Stammtisch bringt Gründerinnen, Gründer und Beratungsstellen im Ennepe-Ruhr-Kreis zusammen – abwechselnd in Witten, Hattingen und Schwelm.</p></div>
<div id="c903" class="frame frame-type-list"><h2>Unsere nächsten Termine</h2>
<div class="tx-calendarize"><div class="calendarize-list">
<div class="calendarize-item"><div class="calendarize-date">14. Januar 2026 | 19 Uhr</div><h3 class="calendarize-title">Crowdfunding für lokale Projekte</h3><div class="calendarize-location">Brauhaus Rietkötter, Sprockhöveler Straße 30, 58455 Witten</div></div>
<div class="calendarize-item"><div class="calendarize-date">11. Februar 2026 | 19 Uhr</div><h3 class="calendarize-title">Steuern im ersten Jahr</h3><div class="calendarize-location">Hattingen, Altstadtcafé, Untermarkt 2</div><div class="calendarize-note">Fällt wegen Krankheit des Referenten aus.</div></div>
<div class="calendarize-item"><div class="calendarize-date">11. März 2026 | 19 Uhr</div><h3 class="calendarize-title">Gründen im Nebenerwerb</h3><div class="calendarize-location">Schwelm, Ibach-Haus, Wilhelmstraße 30</div></div>
</div></div></div>
</main>
<aside class="sidebar"><h2>Aktuelles</h2><p>05.12.2025 – Neue Förderberatung in Witten</p></aside></div>
<footer id="page-footer"><p>© Ennepe-Ruhr-Kreis 2026</p></footer>
</body>""",
)
TYPO3_CAL_EXPECTED = page(
    U_ENNEPE,
    "Gründerstammtisch EN",
    None,
    [
        ev(
            "2026-01-14",
            "Crowdfunding für lokale Projekte",
            "19:00",
            where=("Brauhaus Rietkötter", "Sprockhöveler Straße 30", "58455", "Witten"),
        ),
        {
            **ev(
                "2026-02-11",
                "Steuern im ersten Jahr",
                "19:00",
                status="cancelled",
                summary="Fällt wegen Krankheit des Referenten aus.",
            ),
            "location": {
                "venue": "Altstadtcafé",
                "street": "Untermarkt 2",
                "postcode": None,
                "city": "Hattingen",
                "text": "Hattingen, Altstadtcafé, Untermarkt 2",
            },
        },
        {
            **ev("2026-03-11", "Gründen im Nebenerwerb", "19:00"),
            "location": {
                "venue": "Ibach-Haus",
                "street": "Wilhelmstraße 30",
                "postcode": None,
                "city": "Schwelm",
                "text": "Schwelm, Ibach-Haus, Wilhelmstraße 30",
            },
        },
    ],
)

# 12. Archive only (WordPress classic theme): "Veranstaltungsrückblick" and "Rückblick 2024",
# past events as paragraphs starting with the date in bold, intro "gegründet 2015".
U_ARCH = "https://www.zukunftsnetz-ruhr.de/dialogreihe-mobilitaet/"
ARCHIVE = _doc(
    "Dialogreihe Mobilität – Zukunftsnetz Ruhr",
    """<body class="page">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><p>Wir verwenden Cookies.</p></div></div>
<div id="page" class="site"><header id="masthead" class="site-header"><a href="/">Zukunftsnetz Ruhr</a><nav class="main-navigation"><ul><li><a href="/ueber-uns/">Über uns</a></li></ul></nav></header>
<div id="content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="page"><header class="entry-header"><h1 class="entry-title">Dialogreihe Mobilität</h1></header>
<div class="entry-content">
<p>Das Zukunftsnetz Ruhr wurde 2015 gegründet. Die Dialogreihe ist 2025 abgeschlossen worden; hier finden Sie die Dokumentation aller Termine.</p>
<h2>Veranstaltungsrückblick</h2>
<p><strong>4. November 2025:</strong> Radschnellweg RS1 – Stand und Ausblick. Ort: Stadtbibliothek Mülheim, Viktoriaplatz 1, 45468 Mülheim an der Ruhr. <a href="/wp-content/uploads/2025/11/rs1-praesentation.pdf">Präsentation (PDF, 2,1 MB)</a></p>
<p><strong>9. September 2025:</strong> Mobilstationen im Quartier. Ort: Bochum, Haus des Wissens</p>
<p><strong>17. Juni 2025:</strong> Auftakt der Dialogreihe</p>
</div></article></main></div></div>
<footer id="colophon" class="site-footer"><p>© 2026 Zukunftsnetz Ruhr</p></footer></div>
</body>""",
)
ARCHIVE_EXPECTED = page(
    U_ARCH,
    "Dialogreihe Mobilität",
    None,
    [
        ev("2025-06-17", "Auftakt der Dialogreihe", status="past"),
        {
            **ev("2025-09-09", "Mobilstationen im Quartier", status="past"),
            "location": {
                "venue": "Haus des Wissens",
                "street": None,
                "postcode": None,
                "city": "Bochum",
                "text": "Bochum, Haus des Wissens",
            },
        },
        ev(
            "2025-11-04",
            "Radschnellweg RS1 – Stand und Ausblick",
            status="past",
            where=("Stadtbibliothek Mülheim", "Viktoriaplatz 1", "45468", "Mülheim an der Ruhr"),
            links=(
                (
                    "Präsentation",
                    "https://www.zukunftsnetz-ruhr.de/wp-content/uploads/2025/11/rs1-praesentation.pdf",
                    "2,1 MB",
                ),
            ),
        ),
    ],
)

# 13. Refused: a press release in a city CMS that names one event date in prose only.
U_PRESS = "https://www.bottrop.de/presse/2025/fachkraeftetag.php"
PRESS = _doc(
    "Pressemitteilung: Fachkräftetag 2026 | Stadt Bottrop",
    """<body>
<div id="cookie-hint" class="cookie-hint"><p>Diese Seite nutzt Cookies.</p></div>
<header><a href="/">Stadt Bottrop</a><nav><a href="/presse/">Presse</a></nav></header>
<main><article class="press-release">
<h1>Fachkräftetag 2026: Anmeldung für Aussteller startet</h1>
<p class="meta">Pressemitteilung vom 01.12.2025</p>
<p>Die Stadt Bottrop richtet den Fachkräftetag im kommenden Jahr wieder gemeinsam mit der Agentur für Arbeit aus. Unternehmen, die sich am 18. April 2026 in der Saalbau präsentieren möchten, können sich ab sofort anmelden. Die Frist endet am 31.01.2026.</p>
<p>Im vergangenen Jahr kamen rund 1.500 Besucherinnen und Besucher. Oberbürgermeister Klaus Strehl: „Der Fachkräftetag ist seit 2016 ein fester Termin für unsere Betriebe.“</p>
</article></main>
<footer><p>© Stadt Bottrop</p></footer>
</body>""",
)


# 14. Contao (mod_eventlist), a business development agency: "14.01.2026 (Mittwoch), 16:00 -
# 18:00 Uhr", "(ausgebucht)" beside a title, "Ersatztermin:", a move with the verb last.
U_CONTAO = "https://www.wfg-kreis-unna.de/veranstaltungen/digitalsprechtage"
CONTAO = _doc(
    "Digitalsprechtage - WFG Kreis Unna",
    """<body id="top" class="mac chrome">
<div id="wrapper"><header id="header"><div class="inside"><a href="/">WFG Kreis Unna</a><nav class="mod_navigation block"><ul class="level_1"><li><a href="/foerderung">Förderung</a></li></ul></nav></div></header>
<div id="container"><main id="main"><div class="inside">
<div class="mod_article first last block" id="article-112">
<div class="ce_text first block"><h1>Digitalsprechtage</h1><p>Einzelgespräche zu Förderprogrammen für die Digitalisierung kleiner Betriebe. Die Gespräche dauern jeweils 45 Minuten.</p></div>
<div class="mod_eventlist block"><h2>Termine im Überblick</h2>
<div class="event layout_list upcoming cal_3 even"><p class="time"><time datetime="2026-01-14T16:00:00+01:00" itemprop="startDate">14.01.2026 (Mittwoch), 16:00 - 18:00 Uhr</time></p><h3><a href="/veranstaltungen/digitalsprechtag-unna" title="Digitalsprechtag Unna (ausgebucht)">Digitalsprechtag Unna (ausgebucht)</a></h3><p class="location">Technologiezentrum Unna, Friedrich-Ebert-Straße 19, 59425 Unna</p></div>
<div class="event layout_list upcoming cal_3 odd"><p class="time"><time datetime="2026-02-11T16:00:00+01:00">11.02.2026 (Mittwoch), 16:00 - 18:00 Uhr</time></p><h3><a href="/veranstaltungen/digitalsprechtag-kamen">Digitalsprechtag Kamen</a></h3><p class="location">Rathaus Kamen, Rathausplatz 1, 59174 Kamen</p><div class="ce_text"><p>Ersatztermin: 25.02.2026</p></div></div>
<div class="event layout_list upcoming cal_3 even"><p class="time"><time datetime="2026-03-11T16:00:00+01:00">11.03.2026 (Mittwoch), 16:00 - 18:00 Uhr</time></p><h3><a href="/veranstaltungen/digitalsprechtag-schwerte">Digitalsprechtag Schwerte</a></h3><p class="location">Rohrmeisterei, Ruhrstraße 20, 58239 Schwerte</p><div class="ce_text"><p>Der Sprechtag wird auf den 18. März 2026 verschoben.</p></div></div>
</div></div></div></main></div>
<footer id="footer"><div class="inside"><p>© 2026 Wirtschaftsförderungsgesellschaft für den Kreis Unna mbH</p></div></footer></div>
</body>""",
)
_SPRECHTAG = "https://www.wfg-kreis-unna.de/veranstaltungen/digitalsprechtag-"
CONTAO_EXPECTED = page(
    U_CONTAO,
    "Digitalsprechtage",
    None,
    [
        {
            **ev(
                "2026-01-14",
                "Digitalsprechtag Unna",
                "16:00",
                "18:00",
                where=("Technologiezentrum Unna", "Friedrich-Ebert-Straße 19", "59425", "Unna"),
            ),
            "links": [
                {
                    "label": "Digitalsprechtag Unna (ausgebucht)",
                    "url": f"{_SPRECHTAG}unna",
                    "size": None,
                }
            ],
        },
        {
            **ev(
                "2026-02-25",
                "Digitalsprechtag Kamen",
                "16:00",
                "18:00",
                where=("Rathaus Kamen", "Rathausplatz 1", "59174", "Kamen"),
                summary="Ersatztermin: 25.02.2026",
            ),
            "links": [
                {"label": "Digitalsprechtag Kamen", "url": f"{_SPRECHTAG}kamen", "size": None}
            ],
        },
        {
            **ev(
                "2026-03-18",
                "Digitalsprechtag Schwerte",
                "16:00",
                "18:00",
                where=("Rohrmeisterei", "Ruhrstraße 20", "58239", "Schwerte"),
                summary="Der Sprechtag wird auf den 18. März 2026 verschoben.",
            ),
            "links": [
                {"label": "Digitalsprechtag Schwerte", "url": f"{_SPRECHTAG}schwerte", "size": None}
            ],
        },
    ],
)

# 15. A plain city list (Stadt Castrop-Rauxel, a self-built CMS): "Do., 22.01.26 · 18:00 – 20:00
# Uhr · Ort · Titel" items and "|" pieces with the town first.
U_CITY = "https://www.castrop-rauxel.de/wirtschaft/unternehmerabende"
CITY_LIST = _doc(
    "Unternehmerabende | Stadt Castrop-Rauxel",
    """<body>
<div class="consent-banner" hidden><p>Wir verwenden Cookies.</p></div>
<div class="top"><a href="/">Stadt Castrop-Rauxel</a> <a href="/suche">Suche</a></div>
<div class="menu"><ul><li><a href="/rathaus">Rathaus</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul></div>
<div class="content">
<h1>Unternehmerabende</h1>
<p>Seit 2010 treffen sich Unternehmerinnen und Unternehmer der Stadt viermal im Jahr.</p>
<h2>Unsere nächsten Termine</h2>
<ul class="termine">
<li>Do., 22.01.26 · 18:00 – 20:00 Uhr · Castrop-Rauxel, Stadthalle · Neujahrsempfang der Wirtschaft</li>
<li>Do., 23.04.26 · 18:00 – 20:00 Uhr · Castrop-Rauxel, Zeche Erin, Erinstraße 1 · Flächen für Gewerbe</li>
</ul>
<h2>Rückblick</h2>
<ul class="termine">
<li>16.10.2025 | 18:00 Uhr | Castrop-Rauxel | Fachkräfte aus der Region</li>
</ul>
</div>
<div class="bottom"><p>Stadt Castrop-Rauxel · Europaplatz 1 · 44575 Castrop-Rauxel</p></div>
</body>""",
)
CITY_EXPECTED = page(
    U_CITY,
    "Unternehmerabende",
    None,
    [
        {
            **ev("2026-01-22", "Neujahrsempfang der Wirtschaft", "18:00", "20:00"),
            "location": {
                "venue": "Stadthalle",
                "street": None,
                "postcode": None,
                "city": "Castrop-Rauxel",
                "text": "Castrop-Rauxel, Stadthalle",
            },
        },
        {
            **ev("2026-04-23", "Flächen für Gewerbe", "18:00", "20:00"),
            "location": {
                "venue": "Zeche Erin",
                "street": "Erinstraße 1",
                "postcode": None,
                "city": "Castrop-Rauxel",
                "text": "Castrop-Rauxel, Zeche Erin, Erinstraße 1",
            },
        },
        ev(
            "2025-10-16",
            "Fachkräfte aus der Region",
            "18:00",
            status="past",
            where=(None, "Castrop-Rauxel"),
        ),
    ],
)


UNSEEN: dict[str, Handwritten] = {
    "unseen-ihk-typo3-frames-ausgebucht": Handwritten(
        "unseen: TYPO3 frames, 'Mi, 14.01.2026, 16:00–18:00 Uhr', 'ausgebucht' is not cancelled, 'Muss leider entfallen.', 'Str.' address, sidebar contact",
        None, U_IHK, "2026-01-05T09:00:00+01:00", IHK_TYPO3, IHK_EXPECTED, partner=True,
    ),
    "unseen-whs-drupal-views-rooms": Handwritten(
        "unseen: Drupal views, 'Unsere nächsten Veranstaltungen', '14. Januar 2026 | 16 Uhr', 'Raum 2.13, Campus Bottrop', 'wird verschoben, ein neuer Termin folgt', 'Veranstaltungsrückblick'",
        None, U_WHS, "2026-01-05T09:00:00+01:00", WHS_DRUPAL, WHS_EXPECTED, partner=True,
    ),
    "unseen-wp-blocks-findet-nicht-statt": Handwritten(
        "unseen: WordPress blocks, 'Die Reihe im Überblick', 'Mittwoch, den 14.01.2026, ab 9.00 Uhr', 'findet nicht statt', '8.10.25: Titel (Stadt)'",
        None, U_WP, "2026-01-05T09:00:00+01:00", WP_BLOCKS, WP_EXPECTED, partner=True,
    ),
    "unseen-elementor-icon-lists-hybrid": Handwritten(
        "unseen: Elementor icon lists, 'Kommende Termine im Überblick', 'wird verschoben auf', 'hybrid: Bottrop und online', 'Datum: Titel, Ort' past line",
        None, U_EL, "2026-01-05T09:00:00+01:00", ELEMENTOR, EL_EXPECTED, partner=True,
    ),
    "unseen-joomla-two-dates-one-line": Handwritten(
        "unseen: Joomla article, 'Termine: 12.03. und 14.05.2026, jeweils 14:00–17:00 Uhr' (two events), 'Veranstaltungsrückblick' with dated h3",
        None, U_JOOMLA, "2026-01-05T09:00:00+01:00", JOOMLA, JOOMLA_EXPECTED, partner=True,
    ),
    "unseen-neos-cards-range-across-months": Handwritten(
        "unseen: Neos cards, '30. März – 2. April 2026, jeweils 17:00–20:00 Uhr', badge 'Fällt aus', 'neuer Termin folgt', 'Treffpunkt:'",
        None, U_NEOS, "2026-01-05T09:00:00+01:00", NEOS, NEOS_EXPECTED, partner=True,
    ),
    "unseen-gsb-row-header-tables": Handwritten(
        "unseen: GSB event tables with row headers 'Termin'/'Veranstaltungsort', '(PDF, 98 KB)' in a span",
        None, U_GSB, "2026-01-05T09:00:00+01:00", GSB, GSB_EXPECTED, partner=True,
    ),
    "unseen-imperia-english-month-first": Handwritten(
        "unseen: English Imperia page, 'Jan 14, 2026, 4–6 pm', 'Wed, Feb 11, 2026, 10 am – 12 pm', 'online (Zoom)', 'apply by 31 January 2026'",
        None, U_EN, "2026-01-05T09:00:00+01:00", IMPERIA_EN, IMPERIA_EXPECTED, partner=True,
    ),
    "unseen-sitepark-table-bold-header-row": Handwritten(
        "unseen: Sitepark IES table whose header row is bold <td>, 'Di 20.01.2026', places without postcode",
        None, U_IES, "2026-01-05T09:00:00+01:00", SITEPARK, SITEPARK_EXPECTED, partner=True,
    ),
    "unseen-fiona-dl-speaker-titles": Handwritten(
        "unseen: Fiona dl, 'Mittwoch, den 14. Januar 2026, 16.15 Uhr' in dt, speaker: title and room in dd",
        None, U_FIONA, "2026-01-05T09:00:00+01:00", FIONA, FIONA_EXPECTED, partner=True,
    ),
    "unseen-typo3-calendarize-faellt-wegen-aus": Handwritten(
        "unseen: TYPO3 calendarize list, '14. Januar 2026 | 19 Uhr', 'Fällt wegen Krankheit des Referenten aus.', 'City, venue, street'",
        None, U_ENNEPE, "2026-01-05T09:00:00+01:00", TYPO3_CAL, TYPO3_CAL_EXPECTED, partner=True,
    ),
    "unseen-wp-archive-bold-date-paragraphs": Handwritten(
        "unseen: archive only, 'Veranstaltungsrückblick', '<strong>4. November 2025:</strong> Titel. Ort: …' paragraphs",
        None, U_ARCH, "2026-01-05T09:00:00+01:00", ARCHIVE, ARCHIVE_EXPECTED, partner=True,
    ),
    "unseen-contao-eventlist-ersatztermin": Handwritten(
        "unseen: Contao event list, '14.01.2026 (Mittwoch), 16:00 - 18:00 Uhr', '(ausgebucht)' title link, 'Ersatztermin:', 'wird auf den … verschoben'",
        None, U_CONTAO, "2026-01-05T09:00:00+01:00", CONTAO, CONTAO_EXPECTED, partner=True,
    ),
    "unseen-city-list-dots-and-bars": Handwritten(
        "unseen: plain city list, 'Do., 22.01.26 · 18:00 – 20:00 Uhr · Town, Venue · Title', '16.10.2025 | 18:00 Uhr | Town | Title'",
        None, U_CITY, "2026-01-05T09:00:00+01:00", CITY_LIST, CITY_EXPECTED, partner=True,
    ),
    "unseen-refuse-press-release-prose-date": Handwritten(
        "unseen: a city press release naming one date in prose: no series page",
        None, U_PRESS, "2026-01-05T09:00:00+01:00", PRESS, None,
    ),
}  # fmt: skip
