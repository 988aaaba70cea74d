"""Unseen pages, second round: whole documents written by hand, not through the renderers.

Each is one organisation's page in its CMS's own markup (Magnolia, FirstSpirit, Plone,
Weblication, Drupal Paragraphs, CoreMedia, Pimcore, WordPress with Modern Events Calendar,
a TYPO3 content table, a Kirby site) with wordings neither the renderers nor the first
round (``corpus_unseen.py``) have: "Uhrzeit:"/"Gebäude:"/"Raum:"/"Referent:" labels,
"Mi., 13.01.2027", "Do 14.01." under "Staffel 2027", "18.15 h", "18 h", "17–19 h",
"Einlass 18:30 Uhr, Beginn 19 Uhr", "Termin wird noch bekannt gegeben", a card whose date
is split into day/month/year spans, the weekday on its own line in a ``<dt>``, the
programme of one two-day event with a heading per day, the next date only in a sentence
beside a registration iframe, an "Anmeldeschluss" column, "muss leider entfallen",
"Thursday 14 January 2027, 6–8pm", a "Raum" column, one "Ort:" under a run of bare dates.
The expected JSON is what a reader of each page notes down; three tempting pages (a news
article with a dated subheading, a maintenance notice with its return date, a not-found
page with sidebar dates) must be refused.
"""

# Data: markup as the CMSs write it, one element a line.
# ruff: noqa: E501

from __future__ import annotations

from corpus_handwritten import Handwritten
from corpus_kit import ev, page

NOW = "2026-12-04T09:00:00+01:00"


def _doc(title: str, body: str, lang: str = "de") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        '<link rel="stylesheet" href="/static/site.css"><script src="/static/site.js" defer></script>'
        f"</head>\n{body}\n</html>\n"
    )


# 1. Magnolia (university): a lecture series with "Datum:", "Uhrzeit:", "Gebäude:", "Raum:",
# "Referent:" labels, "Mi., 13.01.2027", "18.15 h", "18 h", "muss leider entfallen".
U_RUB = "https://www.ruhr-uni-bochum.de/energie/ringvorlesung-wasserstoff"
MAGNOLIA = _doc(
    "Ringvorlesung Wasserstoff | Ruhr-Universität Bochum",
    """<body class="rub-page">
<div id="cookie-notice" class="cookie-notice" aria-hidden="true"><p>Diese Website verwendet Cookies.</p></div>
<header class="rub-header"><a class="rub-logo" href="/">RUB</a><nav class="rub-nav"><ul><li><a href="/studium">Studium</a></li><li><a href="/forschung">Forschung</a></li></ul></nav></header>
<main class="rub-main"><div class="mgnl-area main-area">
<div class="mgnl-component text-image"><h1>Ringvorlesung Wasserstoff</h1><p>Im Wintersemester lädt das Zentrum für Energieforschung zu öffentlichen Abendvorträgen ein. Der Eintritt ist frei, eine Anmeldung ist nicht nötig.</p></div>
<div class="mgnl-component headline"><h2>Termine im Wintersemester 2026/27</h2></div>
<div class="mgnl-component event-teaser"><h3 class="event-title">Grüner Wasserstoff aus dem Revier</h3>
<ul class="event-meta"><li><span class="label">Datum:</span> Mi., 13.01.2027</li><li><span class="label">Uhrzeit:</span> 18.15 h</li><li><span class="label">Gebäude:</span> HZO</li><li><span class="label">Raum:</span> 20</li><li><span class="label">Referent:</span> Prof. Dr. Ulf Berger</li></ul></div>
<div class="mgnl-component event-teaser"><h3 class="event-title">Pipelines, Kavernen, Tanks: Wasserstoff speichern</h3>
<ul class="event-meta"><li><span class="label">Datum:</span> Mi., 27.01.2027</li><li><span class="label">Uhrzeit:</span> 18 h</li><li><span class="label">Gebäude:</span> ID</li><li><span class="label">Raum:</span> 04/413</li><li><span class="label">Referentin:</span> Dr. Katrin Lenz</li></ul></div>
<div class="mgnl-component event-teaser"><h3 class="event-title">Stahl ohne Kohle</h3>
<ul class="event-meta"><li><span class="label">Datum:</span> Mi., 10.02.2027</li><li><span class="label">Uhrzeit:</span> 18.15–19.45 h</li><li><span class="label">Gebäude:</span> HZO</li><li><span class="label">Raum:</span> 20</li></ul>
<p class="event-notice">Die Veranstaltung muss leider entfallen.</p></div>
</div></main>
<footer class="rub-footer"><p>Ruhr-Universität Bochum · Universitätsstraße 150 · 44801 Bochum</p></footer>
</body>""",
)


def _room(building: str, room: str) -> dict[str, str | None]:
    text = f"Gebäude {building}, Raum {room}"
    return {"venue": text, "street": None, "postcode": None, "city": None, "text": text}


MAGNOLIA_EXPECTED = page(
    U_RUB,
    "Ringvorlesung Wasserstoff",
    None,
    [
        {
            **ev(
                "2027-01-13",
                "Grüner Wasserstoff aus dem Revier",
                "18:15",
                summary="Referent: Prof. Dr. Ulf Berger",
            ),
            "location": _room("HZO", "20"),
        },
        {
            **ev(
                "2027-01-27",
                "Pipelines, Kavernen, Tanks: Wasserstoff speichern",
                "18:00",
                summary="Referentin: Dr. Katrin Lenz",
            ),
            "location": _room("ID", "04/413"),
        },
        {
            **ev(
                "2027-02-10",
                "Stahl ohne Kohle",
                "18:15",
                "19:45",
                status="cancelled",
                summary="Die Veranstaltung muss leider entfallen.",
            ),
            "location": _room("HZO", "20"),
        },
    ],
)

# 2. FirstSpirit (chamber of crafts): "Staffel 2027" / "Staffel 2026" headings, dates without
# a year and with a short weekday ("Do 14.01."), "Einlass 18:30 Uhr, Beginn 19:00 Uhr".
U_HWK = "https://www.hwk-do.de/meisterabende"
FIRSTSPIRIT = _doc(
    "Meisterabende - Handwerkskammer Dortmund",
    """<body>
<div class="fs-cookie-layer" id="fs-consent" style="display:none"><p>Cookie-Einstellungen</p></div>
<header class="fs-header"><a href="/">Handwerkskammer Dortmund</a><nav class="fs-mainnav"><a href="/ausbildung">Ausbildung</a><a href="/meister">Meister</a></nav></header>
<div class="fs-breadcrumb"><a href="/">Start</a> › <a href="/meister">Meister</a> › Meisterabende</div>
<main id="fs-content">
<section class="fs-stage"><h1>Meisterabende</h1><p class="fs-teaser">Meisterinnen und Meister erzählen, wie sie ihren Betrieb übernommen oder gegründet haben.</p></section>
<section class="fs-section"><h2>Staffel 2027</h2>
<div class="fs-event"><p class="fs-event__date">Do 14.01.</p><h3 class="fs-event__title">Vom Gesellen zum Chef: Betriebsübernahme im Kfz-Handwerk</h3><p class="fs-event__time">Einlass 18:30 Uhr, Beginn 19:00 Uhr</p><p class="fs-event__place">Bildungszentrum Hansemann, Barbarastraße 9, 44357 Dortmund</p></div>
<div class="fs-event"><p class="fs-event__date">Do 11.03.</p><h3 class="fs-event__title">Frauen führen Betriebe</h3><p class="fs-event__time">Einlass 18:30 Uhr, Beginn 19:00 Uhr</p><p class="fs-event__place">Handwerkskammer Dortmund, Ardeystraße 93, 44139 Dortmund</p></div>
</section>
<section class="fs-section"><h2>Staffel 2026</h2>
<div class="fs-event"><p class="fs-event__date">Do 12.11.</p><h3 class="fs-event__title">Gründen im Lebensmittelhandwerk</h3><p class="fs-event__place">Handwerkskammer Dortmund, Ardeystraße 93, 44139 Dortmund</p></div>
</section>
</main>
<footer class="fs-footer"><p>© Handwerkskammer Dortmund 2026</p><a href="/impressum">Impressum</a></footer>
</body>""",
)
_HWK = ("Handwerkskammer Dortmund", "Ardeystraße 93", "44139", "Dortmund")
FIRSTSPIRIT_EXPECTED = page(
    U_HWK,
    "Meisterabende",
    None,
    [
        ev(
            "2027-01-14",
            "Vom Gesellen zum Chef: Betriebsübernahme im Kfz-Handwerk",
            "19:00",
            where=("Bildungszentrum Hansemann", "Barbarastraße 9", "44357", "Dortmund"),
        ),
        ev(
            "2027-03-11",
            "Frauen führen Betriebe",
            "19:00",
            where=_HWK,
        ),
        ev("2026-11-12", "Gründen im Lebensmittelhandwerk", status="past", where=_HWK),
    ],
)

# 3. Plone (university of applied sciences): a definition list whose <dt> holds the weekday
# on its own line above the date; "17–19 h"; title as a link.
U_HSBO = "https://www.hochschule-bochum.de/transfer/kolloquium-nachhaltiges-bauen"
PLONE = _doc(
    "Kolloquium Nachhaltiges Bauen — Hochschule Bochum",
    """<body class="template-document_view portaltype-document site-hsbo">
<div id="portal-top"><header id="portal-header"><a id="portal-logo" href="/">Hochschule Bochum</a><nav id="portal-globalnav"><ul><li><a href="/studium">Studium</a></li></ul></nav></header></div>
<div id="portal-breadcrumbs"><span id="breadcrumbs-you-are-here">Sie sind hier:</span> <a href="/">Startseite</a> / <a href="/transfer">Transfer</a></div>
<div id="portal-column-content"><article id="content">
<header><h1 class="documentFirstHeading">Kolloquium Nachhaltiges Bauen</h1><div class="documentDescription description">Fachvorträge für Planungsbüros, Bauverwaltungen und Studierende</div></header>
<div id="content-core"><p>Das Kolloquium findet seit 2012 an der Hochschule statt. Die Vorträge werden von der Ingenieurkammer-Bau NRW als Fortbildung anerkannt.</p>
<h2>Kommende Termine</h2>
<dl class="termine">
<dt><span class="weekday">Donnerstag</span><br><span class="date">14.01.2027</span></dt>
<dd><p class="title"><a href="/transfer/kolloquium-nachhaltiges-bauen/holz-hybrid">Holz-Hybridbau im Bestand</a></p><p>17–19 h</p><p>Hörsaal AW 02/14, Am Hochschulcampus 1, 44801 Bochum</p></dd>
<dt><span class="weekday">Donnerstag</span><br><span class="date">11.02.2027</span></dt>
<dd><p class="title"><a href="/transfer/kolloquium-nachhaltiges-bauen/zirkulaer">Zirkuläres Bauen: Rückbau als Rohstofflager</a></p><p>17–19 h</p><p>Hörsaal AW 02/14, Am Hochschulcampus 1, 44801 Bochum</p></dd>
</dl>
</div></article></div>
<footer id="portal-footer-wrapper"><p>Hochschule Bochum · Am Hochschulcampus 1 · 44801 Bochum</p></footer>
</body>""",
)
_HSBO = ("Hörsaal AW 02/14", "Am Hochschulcampus 1", "44801", "Bochum")
_HSBO_LINK = "https://www.hochschule-bochum.de/transfer/kolloquium-nachhaltiges-bauen/"
PLONE_EXPECTED = page(
    U_HSBO,
    "Kolloquium Nachhaltiges Bauen",
    # The description under the h1 is a paragraph, not a heading: no subtitle, as for the
    # Neos "stage__teaser" of corpus_unseen.py (the corpus's rule for a lead text).
    None,
    [
        ev(
            "2027-01-14",
            "Holz-Hybridbau im Bestand",
            "17:00",
            "19:00",
            where=_HSBO,
            links=(("Holz-Hybridbau im Bestand", f"{_HSBO_LINK}holz-hybrid", None),),
        ),
        ev(
            "2027-02-11",
            "Zirkuläres Bauen: Rückbau als Rohstofflager",
            "17:00",
            "19:00",
            where=_HSBO,
            links=(
                ("Zirkuläres Bauen: Rückbau als Rohstofflager", f"{_HSBO_LINK}zirkulaer", None),
            ),
        ),
    ],
)

# 4. Weblication (city): a card grid whose date is split into day, month and year spans
# with no space between them (the theme stacks them with CSS).
U_HERNE = "https://www.herne.de/Wirtschaft/Gruenderstammtisch/"
WEBLICATION = _doc(
    "Gründerstammtisch - Stadt Herne",
    """<body class="wDesktop">
<div id="blockCookie" class="cookieBanner" hidden><p>Wir setzen Cookies ein.</p></div>
<div id="blockHeader"><a href="/">Stadt Herne</a><div id="navigationMain"><ul><li><a href="/Rathaus/">Rathaus</a></li><li><a href="/Wirtschaft/">Wirtschaft</a></li></ul></div></div>
<div id="blockContent"><div id="blockMain">
<div class="elementHeadline"><h1>Gründerstammtisch</h1></div>
<div class="elementText"><p>Der Gründerstammtisch ist ein offenes Treffen der Wirtschaftsförderung für alle, die in Herne gründen wollen oder gerade gegründet haben.</p></div>
<div class="elementHeadline"><h2>Kommende Veranstaltungen</h2></div>
<div class="elementContainerCards">
<div class="card"><div class="cardDate"><span class="day">14</span><span class="month">Jan</span><span class="year">2027</span></div><div class="cardBody"><h3><a href="/Wirtschaft/Gruenderstammtisch/Steuern-im-ersten-Jahr/">Steuern im ersten Jahr</a></h3><p>18:00 Uhr · Kulturzentrum Herne, Willi-Pohlmann-Platz 1, 44623 Herne</p></div></div>
<div class="card"><div class="cardDate"><span class="day">11</span><span class="month">Feb</span><span class="year">2027</span></div><div class="cardBody"><h3><a href="/Wirtschaft/Gruenderstammtisch/Social-Media-fuer-Gruender/">Social Media für Gründer</a></h3><p>18:00 Uhr · Kulturzentrum Herne, Willi-Pohlmann-Platz 1, 44623 Herne</p></div></div>
</div>
</div></div>
<div id="blockFooter"><p>Stadt Herne · Friedrich-Ebert-Platz 2 · 44623 Herne</p></div>
</body>""",
)
_KUZ = ("Kulturzentrum Herne", "Willi-Pohlmann-Platz 1", "44623", "Herne")
_HERNE = "https://www.herne.de/Wirtschaft/Gruenderstammtisch/"
WEBLICATION_EXPECTED = page(
    U_HERNE,
    "Gründerstammtisch",
    None,
    [
        ev(
            "2027-01-14",
            "Steuern im ersten Jahr",
            "18:00",
            where=_KUZ,
            links=(("Steuern im ersten Jahr", f"{_HERNE}Steuern-im-ersten-Jahr/", None),),
        ),
        ev(
            "2027-02-11",
            "Social Media für Gründer",
            "18:00",
            where=_KUZ,
            links=(("Social Media für Gründer", f"{_HERNE}Social-Media-fuer-Gruender/", None),),
        ),
    ],
)

# 5. Drupal Paragraphs, English: "Upcoming events" / "Past events", "Thursday 14 January
# 2027, 6–8pm", "Wednesday 10 February 2027, 10am–12.30pm".
U_UDE = "https://www.uni-due.de/en/transfer/industry-dialogues"
DRUPAL_PARAGRAPHS = _doc(
    "Industry Dialogues | University of Duisburg-Essen",
    """<body class="path-node page-node-type-landing-page">
<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<header role="banner"><a href="/en/">University of Duisburg-Essen</a></header>
<nav role="navigation"><ul><li><a href="/en/study">Study</a></li><li><a href="/en/research">Research</a></li></ul></nav>
<main role="main" id="main-content"><div class="region region-content">
<h1 class="page-title"><span>Industry Dialogues</span></h1>
<div class="field field--name-field-paragraphs"><div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="field field--name-field-text"><p>Researchers and companies from the Ruhr region meet to discuss one question of the energy transition in each session. Admission is free.</p></div></div>
<div class="paragraph paragraph--type--heading"><h2>Upcoming events</h2></div>
<div class="paragraph paragraph--type--event-teaser"><div class="field field--name-field-date">Thursday 14 January 2027, 6–8pm</div><h3 class="field field--name-field-title">Heat pumps for old buildings</h3><div class="field field--name-field-venue">Glaspavillon, Universitätsstraße 12, 45141 Essen</div></div>
<div class="paragraph paragraph--type--event-teaser"><div class="field field--name-field-date">Wednesday 10 February 2027, 10am–12.30pm</div><h3 class="field field--name-field-title">Batteries in the grid</h3><div class="field field--name-field-venue">Online (Zoom)</div></div>
<div class="paragraph paragraph--type--heading"><h2>Past events</h2></div>
<div class="paragraph paragraph--type--event-teaser"><div class="field field--name-field-date">Thursday 12 November 2026, 6–8pm</div><h3 class="field field--name-field-title">District heating in Duisburg</h3><div class="field field--name-field-venue">Gerhard-Mercator-Haus, Lotharstraße 57, 47057 Duisburg</div></div>
</div></div></main>
<footer role="contentinfo"><p>© University of Duisburg-Essen</p></footer>
</body>""",
    lang="en",
)
DRUPAL_PARAGRAPHS_EXPECTED = page(
    U_UDE,
    "Industry Dialogues",
    None,
    [
        ev(
            "2027-01-14",
            "Heat pumps for old buildings",
            "18:00",
            "20:00",
            where=("Glaspavillon", "Universitätsstraße 12", "45141", "Essen"),
        ),
        ev("2027-02-10", "Batteries in the grid", "10:00", "12:30", where="Online (Zoom)"),
        ev(
            "2026-11-12",
            "District heating in Duisburg",
            "18:00",
            "20:00",
            status="past",
            where=("Gerhard-Mercator-Haus", "Lotharstraße 57", "47057", "Duisburg"),
        ),
    ],
)

# 6. TYPO3 (chamber): the next event is a two-day Fachtag whose "Programm" has a heading per
# day with the times of its talks: one event, not three.
U_IHKNW = "https://www.ihk.de/nordwestfalen/fachtag-kreislaufwirtschaft"
PROGRAMME = _doc(
    "Fachtag Kreislaufwirtschaft - IHK Nord Westfalen",
    """<body>
<header class="site-header"><a href="/nordwestfalen/">IHK Nord Westfalen</a><nav class="nav-main"><a href="/nordwestfalen/umwelt">Umwelt</a></nav></header>
<main id="content">
<div class="frame frame-type-header"><h1>Fachtag Kreislaufwirtschaft</h1></div>
<div class="frame frame-type-text"><p>Der Fachtag zeigt Unternehmen der Emscher-Lippe-Region, wie sie Wertstoffe im Kreislauf halten. Er findet einmal im Jahr in Gelsenkirchen statt.</p></div>
<div class="frame frame-type-text"><h2>Nächster Termin</h2>
<p><strong>21.–22. Januar 2027</strong></p>
<p>Wissenschaftspark Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen</p>
<p><a href="https://www.ihk.de/nordwestfalen/fachtag-kreislaufwirtschaft/anmeldung">Zur Anmeldung</a></p></div>
<div class="frame frame-type-text"><h3>Programm</h3>
<h4>Donnerstag, 21. Januar 2027</h4>
<ul><li>10:00 Uhr Begrüßung</li><li>10:30 Uhr Keynote: Rohstoffe aus dem Abfall</li><li>14:00 Uhr Werkstattgespräche</li></ul>
<h4>Freitag, 22. Januar 2027</h4>
<ul><li>09:30 Uhr Exkursion zur Zentraldeponie Emscherbruch</li><li>13:00 Uhr Abschluss</li></ul></div>
</main>
<footer class="page-footer"><p>IHK Nord Westfalen · Sentmaringer Weg 61 · 48151 Münster</p></footer>
</body>""",
)
PROGRAMME_EXPECTED = page(
    U_IHKNW,
    "Fachtag Kreislaufwirtschaft",
    None,
    [
        ev(
            "2027-01-21",
            "Fachtag Kreislaufwirtschaft",
            where=(
                "Wissenschaftspark Gelsenkirchen",
                "Munscheidstraße 14",
                "45886",
                "Gelsenkirchen",
            ),
            links=(
                (
                    "Zur Anmeldung",
                    "https://www.ihk.de/nordwestfalen/fachtag-kreislaufwirtschaft/anmeldung",
                    None,
                ),
            ),
        ),
    ],
)

# 7. County site: the next date only in a sentence beside a registration iframe.
U_KRE = "https://www.kreis-re.de/wirtschaft/online-sprechstunde-foerdermittel"
IFRAME = _doc(
    "Online-Sprechstunde Fördermittel | Kreis Recklinghausen",
    """<body>
<header><a href="/">Kreis Recklinghausen</a><nav><a href="/wirtschaft">Wirtschaft</a></nav></header>
<main>
<h1>Online-Sprechstunde Fördermittel</h1>
<p>Welche Förderprogramme passen zu meinem Vorhaben? In der Online-Sprechstunde beantworten Fachleute der Wirtschaftsförderung Ihre Fragen.</p>
<h2>Nächster Termin</h2>
<p>Die nächste Online-Sprechstunde findet am Dienstag, 19. Januar 2027, von 10 bis 11:30 Uhr statt.</p>
<iframe src="https://formulare.kreis-re.de/anmeldung/sprechstunde" title="Anmeldeformular" width="100%" height="600"></iframe>
<p><a href="https://formulare.kreis-re.de/anmeldung/sprechstunde">Zur Anmeldung</a></p>
</main>
<footer><p>Kreis Recklinghausen · Kurt-Schumacher-Allee 1 · 45657 Recklinghausen</p></footer>
</body>""",
)
IFRAME_SENTENCE = "Die nächste Online-Sprechstunde findet am Dienstag, 19. Januar 2027, von 10 bis 11:30 Uhr statt."
IFRAME_EXPECTED = page(
    U_KRE,
    "Online-Sprechstunde Fördermittel",
    None,
    [
        ev(
            "2027-01-19",
            "Online-Sprechstunde",
            "10:00",
            "11:30",
            links=(
                ("Zur Anmeldung", "https://formulare.kreis-re.de/anmeldung/sprechstunde", None),
            ),
            summary=IFRAME_SENTENCE,
        ),
    ],
)

# 8. TYPO3 content table (business development): "Datum | Veranstaltung | Ort |
# Anmeldeschluss", "Mi., 13.1.27", a row "Termin wird noch bekannt gegeben".
U_WFDO = "https://www.wirtschaftsfoerderung-dortmund.de/exportwerkstatt"
TABLE = _doc(
    "Exportwerkstatt - Wirtschaftsförderung Dortmund",
    """<body>
<header id="page-header"><a href="/">Wirtschaftsförderung Dortmund</a><nav class="navbar"><a href="/standort">Standort</a></nav></header>
<main id="page-content">
<h1>Exportwerkstatt</h1>
<p>In der Exportwerkstatt lernen kleine Unternehmen Schritt für Schritt, wie sie neue Auslandsmärkte erschließen.</p>
<h2>Termine</h2>
<table class="contenttable">
<thead><tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th><th>Anmeldeschluss</th></tr></thead>
<tbody>
<tr><td>Mi., 13.1.27</td><td>Zoll und Ursprung</td><td>IHK zu Dortmund, Märkische Straße 120, 44141 Dortmund</td><td>06.01.2027</td></tr>
<tr><td>Mi., 10.3.27</td><td>Zahlungssicherung im Auslandsgeschäft</td><td>IHK zu Dortmund, Märkische Straße 120, 44141 Dortmund</td><td>03.03.2027</td></tr>
<tr><td>Termin wird noch bekannt gegeben</td><td>Vertrieb in Skandinavien</td><td>Online</td><td>–</td></tr>
</tbody></table>
<p>Die Teilnahme ist kostenfrei.</p>
</main>
<footer class="page-footer"><p>Stand: 01.12.2026</p></footer>
</body>""",
)
_IHKDO = ("IHK zu Dortmund", "Märkische Straße 120", "44141", "Dortmund")
TABLE_EXPECTED = page(
    U_WFDO,
    "Exportwerkstatt",
    None,
    [
        ev("2027-01-13", "Zoll und Ursprung", where=_IHKDO),
        ev("2027-03-10", "Zahlungssicherung im Auslandsgeschäft", where=_IHKDO),
    ],
)

# 9. Pimcore (city): "Saison 2026/27" and "Saison 2025/26" sections; "Mi 20.01.2027 | 19:30
# Uhr" with a short weekday without punctuation, "ab 17:30 Uhr".
U_MH = "https://www.muelheim-ruhr.de/wissenschaftsabende"
PIMCORE = _doc(
    "Wissenschaftsabende | Stadt Mülheim an der Ruhr",
    """<body>
<header class="header"><a href="/">Stadt Mülheim an der Ruhr</a><nav class="main-navigation"><a href="/kultur">Kultur</a></nav></header>
<main class="main">
<div class="pimcore_area_headline"><h1>Wissenschaftsabende</h1></div>
<div class="pimcore_area_wysiwyg"><p>Die Hochschule Ruhr West und die Stadt laden Bürgerinnen und Bürger zu Abenden mit Forschenden aus der Region ein.</p></div>
<div class="pimcore_area_headline"><h2>Saison 2026/27</h2></div>
<div class="pimcore_area_event-list"><ul class="events">
<li class="event"><p class="event-date">Mi 20.01.2027 | 19:30 Uhr</p><p class="event-title"><strong>Roboter in der Pflege</strong></p><p class="event-location">Stadthalle Mülheim, Theodor-Heuss-Platz 1, 45479 Mülheim an der Ruhr</p></li>
<li class="event"><p class="event-date">Mi 17.03.2027 | ab 17:30 Uhr</p><p class="event-title"><strong>Forschungsnacht am Campus</strong></p><p class="event-location">Hochschule Ruhr West, Duisburger Straße 100, 45479 Mülheim an der Ruhr</p></li>
</ul></div>
<div class="pimcore_area_headline"><h2>Saison 2025/26</h2></div>
<div class="pimcore_area_event-list"><ul class="events">
<li class="event"><p class="event-date">Mi 21.10.2026 | 19:30 Uhr</p><p class="event-title"><strong>Wasserstoff für Mülheim</strong></p><p class="event-location">Stadthalle Mülheim, Theodor-Heuss-Platz 1, 45479 Mülheim an der Ruhr</p></li>
</ul></div>
</main>
<footer class="footer"><p>Stadt Mülheim an der Ruhr · Am Rathaus 1 · 45468 Mülheim an der Ruhr</p></footer>
</body>""",
)
_STADTHALLE = ("Stadthalle Mülheim", "Theodor-Heuss-Platz 1", "45479", "Mülheim an der Ruhr")
PIMCORE_EXPECTED = page(
    U_MH,
    "Wissenschaftsabende",
    None,
    [
        ev("2027-01-20", "Roboter in der Pflege", "19:30", where=_STADTHALLE),
        ev(
            "2027-03-17",
            "Forschungsnacht am Campus",
            "17:30",
            where=("Hochschule Ruhr West", "Duisburger Straße 100", "45479", "Mülheim an der Ruhr"),
        ),
        ev("2026-10-21", "Wasserstoff für Mülheim", "19:30", status="past", where=_STADTHALLE),
    ],
)

# 10. CoreMedia (state agency): an accordion whose panel has "Zeit: Einlass 17 Uhr, Beginn
# 17:30 Uhr" and "Veranstaltungsort:"; a badge "Abgesagt" is not used, the text says it.
U_NRW = "https://www.wirtschaft.nrw/transformationsdialog-ruhr"
COREMEDIA = _doc(
    "Transformationsdialog Ruhr | Ministerium für Wirtschaft NRW",
    """<body class="cm-page">
<header class="cm-header"><a href="/">Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie</a></header>
<nav class="cm-navigation" aria-label="Hauptnavigation"><a href="/themen">Themen</a></nav>
<main class="cm-main">
<h1 class="cm-headline">Transformationsdialog Ruhr</h1>
<p class="cm-teaser">Im Transformationsdialog sprechen Landesregierung, Sozialpartner und Kommunen über den Umbau der Industrie im Ruhrgebiet.</p>
<h2 class="cm-section">Nächste Veranstaltungen</h2>
<div class="cm-accordion">
<div class="cm-accordion__item"><h3><button class="cm-accordion__button" aria-expanded="false" aria-controls="p1">Chemieindustrie im Wandel (Marl, 25.01.2027)</button></h3>
<div id="p1" class="cm-accordion__panel collapse" role="region"><p><strong>Zeit:</strong> Einlass 17 Uhr, Beginn 17:30 Uhr</p><p><strong>Veranstaltungsort:</strong> Chemiepark Marl, Paul-Baumann-Straße 1, 45772 Marl</p></div></div>
<div class="cm-accordion__item"><h3><button class="cm-accordion__button" aria-expanded="false" aria-controls="p2">Stahlstandort Duisburg (Duisburg, 22.02.2027)</button></h3>
<div id="p2" class="cm-accordion__panel collapse" role="region"><p><strong>Zeit:</strong> Einlass 17 Uhr, Beginn 17:30 Uhr</p><p><strong>Veranstaltungsort:</strong> Landschaftspark Duisburg-Nord, Emscherstraße 71, 47137 Duisburg</p></div></div>
</div>
</main>
<footer class="cm-footer"><p>© 2026 MWIKE NRW</p></footer>
</body>""",
)
COREMEDIA_EXPECTED = page(
    U_NRW,
    "Transformationsdialog Ruhr",
    None,
    [
        ev(
            "2027-01-25",
            "Chemieindustrie im Wandel",
            "17:30",
            where=("Chemiepark Marl", "Paul-Baumann-Straße 1", "45772", "Marl"),
        ),
        ev(
            "2027-02-22",
            "Stahlstandort Duisburg",
            "17:30",
            where=("Landschaftspark Duisburg-Nord", "Emscherstraße 71", "47137", "Duisburg"),
        ),
    ],
)

# 11. WordPress with Modern Events Calendar: month dividers "Januar 2027", day and month in
# one label "14 Jan" without a year.
U_MEC = "https://www.emscher-lippe.de/netzwerk-frauen-in-mint"
MEC = _doc(
    "Netzwerk Frauen in MINT – Emscher-Lippe",
    """<body class="page-template-default">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden"><p>Wir verwenden Cookies.</p></div></div>
<header id="masthead" class="site-header"><a href="/">WiN Emscher-Lippe</a><nav class="main-navigation"><a href="/netzwerke">Netzwerke</a></nav></header>
<main id="primary" class="site-main"><article class="page">
<h1 class="entry-title">Netzwerk Frauen in MINT</h1>
<div class="entry-content"><p>Das Netzwerk bringt Ingenieurinnen, Informatikerinnen und Naturwissenschaftlerinnen aus Unternehmen der Emscher-Lippe-Region zusammen.</p>
<h2>Unsere nächsten Treffen</h2>
<div class="mec-wrap"><div class="mec-event-list-standard">
<div class="mec-month-divider"><span>Januar 2027</span></div>
<article class="mec-event-article"><div class="mec-event-date"><span class="mec-start-date-label">14 Jan</span></div><h4 class="mec-event-title"><a class="mec-color-hover" href="https://www.emscher-lippe.de/events/mentoring-start/">Mentoring: Auftakt des neuen Jahrgangs</a></h4><div class="mec-time-details"><span class="mec-start-time">17:00</span> - <span class="mec-end-time">19:00</span></div><div class="mec-venue-details"><span>Wissenschaftspark Gelsenkirchen</span><address class="mec-event-address"><span>Munscheidstraße 14, 45886 Gelsenkirchen</span></address></div></article>
<div class="mec-month-divider"><span>März 2027</span></div>
<article class="mec-event-article"><div class="mec-event-date"><span class="mec-start-date-label">4 Mär</span></div><h4 class="mec-event-title"><a class="mec-color-hover" href="https://www.emscher-lippe.de/events/equal-pay-day/">Equal Pay Day: Gehälter verhandeln</a></h4><div class="mec-time-details"><span class="mec-start-time">17:00</span> - <span class="mec-end-time">19:00</span></div><div class="mec-venue-details"><span>Online</span></div></article>
</div></div>
</div></article></main>
<footer class="site-footer"><p>© 2026 WiN Emscher-Lippe GmbH</p></footer>
</body>""",
)
MEC_EXPECTED = page(
    U_MEC,
    "Netzwerk Frauen in MINT",
    None,
    [
        ev(
            "2027-01-14",
            "Mentoring: Auftakt des neuen Jahrgangs",
            "17:00",
            "19:00",
            where=(
                "Wissenschaftspark Gelsenkirchen",
                "Munscheidstraße 14",
                "45886",
                "Gelsenkirchen",
            ),
            links=(
                (
                    "Mentoring: Auftakt des neuen Jahrgangs",
                    "https://www.emscher-lippe.de/events/mentoring-start/",
                    None,
                ),
            ),
        ),
        ev(
            "2027-03-04",
            "Equal Pay Day: Gehälter verhandeln",
            "17:00",
            "19:00",
            where="Online",
            links=(
                (
                    "Equal Pay Day: Gehälter verhandeln",
                    "https://www.emscher-lippe.de/events/equal-pay-day/",
                    None,
                ),
            ),
        ),
    ],
)

# 12. Kirby (a network's own site): "Do 14.01." list items under "Termine 2027" with the
# time after the title, "Die Veranstaltung muss leider entfallen" on the item's own line.
U_KIRBY = "https://www.digitalnetzwerk-ruhr.de/fruehstueck"
KIRBY = _doc(
    "Digitalfrühstück — Digitalnetzwerk Ruhr",
    """<body>
<header class="header"><a class="logo" href="/">Digitalnetzwerk Ruhr</a><nav class="menu"><a href="/ueber-uns">Über uns</a><a href="/fruehstueck" aria-current="page">Digitalfrühstück</a></nav></header>
<main class="main">
<article class="text">
<h1>Digitalfrühstück</h1>
<p>Jeden zweiten Monat treffen sich Selbstständige und kleine Unternehmen zum Frühstück und zu einem kurzen Impuls.</p>
<h2>Termine 2027</h2>
<ul>
<li><p><strong>Do 14.01.</strong> – KI-Werkzeuge im Büroalltag, 8:30–10 Uhr</p><p>Coworking Unperfekthaus, Friedrich-Ebert-Straße 18, 45127 Essen</p></li>
<li><p><strong>Do 11.03.</strong> – Barrierefreie Websites, 8:30–10 Uhr</p><p>Coworking Unperfekthaus, Friedrich-Ebert-Straße 18, 45127 Essen</p><p>Die Veranstaltung muss leider entfallen.</p></li>
<li><p><strong>Do 13.05.</strong> – E-Rechnung ohne Stress, 8:30–10 Uhr</p><p>Online</p></li>
</ul>
</article>
</main>
<footer class="footer"><p>© 2026 Digitalnetzwerk Ruhr e. V.</p></footer>
</body>""",
)
_UPH = ("Coworking Unperfekthaus", "Friedrich-Ebert-Straße 18", "45127", "Essen")
KIRBY_EXPECTED = page(
    U_KIRBY,
    "Digitalfrühstück",
    None,
    [
        ev("2027-01-14", "KI-Werkzeuge im Büroalltag", "08:30", "10:00", where=_UPH),
        ev(
            "2027-03-11",
            "Barrierefreie Websites",
            "08:30",
            "10:00",
            status="cancelled",
            where=_UPH,
            summary="Die Veranstaltung muss leider entfallen.",
        ),
        ev("2027-05-13", "E-Rechnung ohne Stress", "08:30", "10:00", where="Online"),
    ],
)

# 13. Refused: a news article about a past event, with a dated subheading and a photo link.
U_NEWS = "https://www.gelsenkirchen.de/de/aktuelles/2026/fachkraeftetag-bilanz.aspx"
NEWS = _doc(
    "Fachkräftetag zieht Bilanz | Stadt Gelsenkirchen",
    """<body>
<header><a href="/">Stadt Gelsenkirchen</a><nav><a href="/de/aktuelles/">Aktuelles</a></nav></header>
<main><article class="news-detail">
<p class="news-meta">Meldung vom 13.11.2026</p>
<h1>Fachkräftetag zieht Bilanz: 900 Gäste im Hans-Sachs-Haus</h1>
<p>Rund 900 Besucherinnen und Besucher haben sich am Donnerstag beim Fachkräftetag über Ausbildung und Jobs in Gelsenkirchen informiert. 60 Betriebe stellten sich vor.</p>
<h2>Podium am 12. November 2026</h2>
<p>Oberbürgermeisterin Andrea Henze diskutierte mit Auszubildenden über den Weg in den Beruf. „Wir brauchen jedes Talent“, sagte sie.</p>
<p><a href="/de/aktuelles/2026/fachkraeftetag-fotos.aspx">Zur Bildergalerie</a></p>
</article></main>
<footer><p>© Stadt Gelsenkirchen</p></footer>
</body>""",
)

# 14. Refused: a maintenance notice that names the date and time the page returns.
U_MAINT = "https://www.metropoleruhr.de/wirtschaft/fachkraefte-dialog"
MAINTENANCE = _doc(
    "Wartungsarbeiten | metropoleruhr",
    """<body>
<header><a href="/">metropoleruhr</a></header>
<main>
<h1>Wartungsarbeiten</h1>
<p>Wegen Wartungsarbeiten ist diese Seite vorübergehend nicht erreichbar. Ab Montag, 7. Dezember 2026, 8 Uhr sind wir wieder für Sie da.</p>
</main>
</body>""",
)


# 15. A university table (TYPO3, HRW): "Datum | Uhrzeit | Thema | Referent*in | Raum", "Di
# 19.01.27", "Einlass 17 Uhr, Beginn 17:30 Uhr" in the time column; the room is the place;
# the speaker column gives the summary as in corpus_prose_hand.py (the name alone).
U_HRW = "https://www.hochschule-ruhr-west.de/transfer/energieabende"
HRW_TABLE = _doc(
    "Energieabende - Hochschule Ruhr West",
    """<body>
<header id="header"><a href="/">Hochschule Ruhr West</a><nav class="nav-main"><a href="/studium">Studium</a></nav></header>
<main id="main">
<h1>Energieabende</h1>
<p>Forschende der Hochschule stellen Projekte zur Energiewende in Unternehmen vor. Die Abende finden am Campus Mülheim statt; Gäste sind willkommen.</p>
<h2>Termine im Wintersemester</h2>
<table class="contenttable contenttable-2">
<thead><tr><th scope="col">Datum</th><th scope="col">Uhrzeit</th><th scope="col">Thema</th><th scope="col">Referent*in</th><th scope="col">Raum</th></tr></thead>
<tbody>
<tr><td>Di 19.01.27</td><td>Einlass 17 Uhr, Beginn 17:30 Uhr</td><td>Abwärme in der Lebensmittelindustrie</td><td>Prof. Dr. Mareike Stein</td><td>Hörsaal 01.110</td></tr>
<tr><td>Di 16.02.27</td><td>17:30–19:00 Uhr</td><td>Photovoltaik auf Hallendächern</td><td>Dipl.-Ing. Tobias Wirth</td><td>Hörsaal 01.110</td></tr>
</tbody></table>
</main>
<footer class="footer"><p>Hochschule Ruhr West · Duisburger Straße 100 · 45479 Mülheim an der Ruhr</p></footer>
</body>""",
)
_HS_ROOM = "Hörsaal 01.110"
HRW_TABLE_EXPECTED = page(
    U_HRW,
    "Energieabende",
    None,
    [
        ev(
            "2027-01-19",
            "Abwärme in der Lebensmittelindustrie",
            "17:30",
            where=_HS_ROOM,
            summary="Prof. Dr. Mareike Stein",
        ),
        ev(
            "2027-02-16",
            "Photovoltaik auf Hallendächern",
            "17:30",
            "19:00",
            where=_HS_ROOM,
            summary="Dipl.-Ing. Tobias Wirth",
        ),
    ],
)

# 16. TYPO3 news-like event pages of a women's business forum: the date line itself says
# "Do., 14.01.2027, Einlass 17 Uhr, Beginn 17:30 Uhr"; a label list with "Donnerstag<br>
# 11.03.2027" as the date value.
U_UFO = "https://www.unternehmerinnen-forum-ruhr.de/veranstaltungen"
DATELINE_DOORS = _doc(
    "Veranstaltungen | Unternehmerinnen-Forum Ruhr",
    """<body>
<header class="header"><a href="/">Unternehmerinnen-Forum Ruhr</a><nav class="navigation"><a href="/mitglieder">Mitglieder</a></nav></header>
<main class="content">
<h1>Unternehmerinnen-Forum Ruhr</h1>
<p>Das Forum ist ein Netzwerk von Unternehmerinnen aus dem Ruhrgebiet. Gäste sind bei allen Abenden willkommen.</p>
<h2>Kommende Veranstaltungen</h2>
<div class="event"><h3>Neujahrsempfang</h3>
<p><strong>Do., 14.01.2027, Einlass 17 Uhr, Beginn 17:30 Uhr</strong></p>
<p>Zeche Zollern, Grubenweg 5, 44388 Dortmund</p></div>
<div class="event"><h3>Nachfolge in Frauenhand</h3>
<dl><dt>Datum</dt><dd>Donnerstag<br>11.03.2027</dd><dt>Uhrzeit</dt><dd>ab 17:30 Uhr</dd><dt>Ort</dt><dd>Sparkasse Bochum<br>Dr.-Ruer-Platz 5<br>44787 Bochum</dd></dl></div>
</main>
<footer class="footer"><p>© 2026 Unternehmerinnen-Forum Ruhr e. V.</p></footer>
</body>""",
)
DATELINE_DOORS_EXPECTED = page(
    U_UFO,
    "Unternehmerinnen-Forum Ruhr",
    None,
    [
        ev(
            "2027-01-14",
            "Neujahrsempfang",
            "17:30",
            where=("Zeche Zollern", "Grubenweg 5", "44388", "Dortmund"),
        ),
        ev(
            "2027-03-11",
            "Nachfolge in Frauenhand",
            "17:30",
            where=("Sparkasse Bochum", "Dr.-Ruer-Platz 5", "44787", "Bochum"),
        ),
    ],
)

# 17. County page (Kreis Unna): three bare date lines "Mi., 13.01.2027, 16–18 Uhr", then one
# "Ort:" for all of them and a closing sentence; the series names each date.
U_UNNA = "https://www.kreis-unna.de/wirtschaft/sprechstunde-nachfolge"
THREE_DATES = _doc(
    "Sprechstunde Unternehmensnachfolge | Kreis Unna",
    """<body>
<header class="kopf"><a href="/">Kreis Unna</a><nav class="hauptnavigation"><a href="/wirtschaft">Wirtschaft</a></nav></header>
<main class="inhalt">
<h1>Sprechstunde Unternehmensnachfolge</h1>
<p>Sie möchten Ihren Betrieb übergeben oder einen Betrieb übernehmen? Die Wirtschaftsförderung berät Sie vertraulich und kostenfrei.</p>
<h2>Nächste Termine</h2>
<p>Mi., 13.01.2027, 16–18 Uhr</p>
<p>Mi., 10.02.2027, 16–18 Uhr</p>
<p>Mi., 10.03.2027, 16–18 Uhr</p>
<p>Ort: Kreishaus Unna, Friedrich-Ebert-Straße 17, 59425 Unna</p>
<p>Bitte vereinbaren Sie einen Gesprächstermin unter 02303 27-1690.</p>
</main>
<footer class="fuss"><p>Kreis Unna · Friedrich-Ebert-Straße 17 · 59425 Unna</p></footer>
</body>""",
)
_KREISHAUS = ("Kreishaus Unna", "Friedrich-Ebert-Straße 17", "59425", "Unna")
THREE_DATES_EXPECTED = page(
    U_UNNA,
    "Sprechstunde Unternehmensnachfolge",
    None,
    [
        ev(day, "Sprechstunde Unternehmensnachfolge", "16:00", "18:00", where=_KREISHAUS)
        for day in ("2027-01-13", "2027-02-10", "2027-03-10")
    ],
)

# 18. English page (Ruhr-Universität, Magnolia English): "Thursday 14 January 2027, 6pm–8pm"
# in a heading with the title, a one-event "Programme" with clock times, a cancellation.
U_RUB_EN = "https://www.ruhr-uni-bochum.de/en/research-school/career-talks"
ENGLISH_PROGRAMME = _doc(
    "Career Talks | Research School",
    """<body>
<header class="rub-header"><a href="/en/">Ruhr University Bochum</a></header>
<nav class="rub-nav"><a href="/en/research">Research</a></nav>
<main class="rub-main">
<h1>Career Talks</h1>
<p>Doctoral researchers meet alumni who work outside academia. Talks are held in English.</p>
<h2>Upcoming events</h2>
<h3>Thursday 14 January 2027, 6pm–8pm: Data science in industry</h3>
<p>Venue: Veranstaltungszentrum, Room 2/3, Universitätsstraße 150, 44801 Bochum</p>
<p><strong>Programme</strong></p>
<ul><li>6pm Welcome</li><li>6.15pm Talk and questions</li><li>7pm Networking</li></ul>
<h3>Thursday 11 February 2027, 6pm–8pm: From lab to start-up</h3>
<p>Venue: Veranstaltungszentrum, Room 2/3, Universitätsstraße 150, 44801 Bochum</p>
<p>This event has been cancelled.</p>
</main>
<footer class="rub-footer"><p>© Ruhr University Bochum</p></footer>
</body>""",
    lang="en",
)
_VZ = {
    "venue": "Veranstaltungszentrum, Room 2/3",
    "street": "Universitätsstraße 150",
    "postcode": "44801",
    "city": "Bochum",
    "text": "Veranstaltungszentrum, Room 2/3, Universitätsstraße 150, 44801 Bochum",
}
ENGLISH_PROGRAMME_EXPECTED = page(
    U_RUB_EN,
    "Career Talks",
    None,
    [
        {**ev("2027-01-14", "Data science in industry", "18:00", "20:00"), "location": _VZ},
        {
            **ev(
                "2027-02-11",
                "From lab to start-up",
                "18:00",
                "20:00",
                status="cancelled",
                summary="This event has been cancelled.",
            ),
            "location": _VZ,
        },
    ],
)

# 19. Refused: a not-found page served with 200 whose sidebar lists the organisation's next
# events.
U_404 = "https://www.business-metropole.ruhr/veranstaltungen/fachkraefte-forum"
NOT_FOUND_SIDEBAR = _doc(
    "Seite nicht gefunden – Business Metropole Ruhr",
    """<body>
<header class="site-header"><a href="/">Business Metropole Ruhr</a><nav class="main-nav"><a href="/standort">Standort</a></nav></header>
<main class="site-main">
<h1>Diese Seite gibt es leider nicht (mehr)</h1>
<p>Die gesuchte Seite wurde verschoben oder gelöscht. Nutzen Sie die Suche oder besuchen Sie unsere Startseite.</p>
</main>
<aside class="sidebar"><h2>Nächste Termine</h2><ul><li>14.01.2027 – Standortkonferenz Ruhr</li><li>11.02.2027 – Flächenforum</li></ul></aside>
<footer class="site-footer"><p>© 2026 Business Metropole Ruhr GmbH</p></footer>
</body>""",
)


UNSEEN2: dict[str, Handwritten] = {
    "unseen2-magnolia-room-building-labels": Handwritten(
        "unseen 2: Magnolia lecture list, 'Datum: Mi., 13.01.2027', 'Uhrzeit: 18.15 h' / '18 h', 'Gebäude:' and 'Raum:' labels, 'Referent:', 'muss leider entfallen'",
        None, U_RUB, NOW, MAGNOLIA, MAGNOLIA_EXPECTED, partner=True,
    ),
    "unseen2-firstspirit-staffel-einlass-beginn": Handwritten(
        "unseen 2: FirstSpirit, 'Staffel 2027' / 'Staffel 2026' headings give the year of 'Do 14.01.', 'Einlass 18:30 Uhr, Beginn 19:00 Uhr'",
        None, U_HWK, NOW, FIRSTSPIRIT, FIRSTSPIRIT_EXPECTED, partner=True,
    ),
    "unseen2-plone-dl-weekday-own-line": Handwritten(
        "unseen 2: Plone dl, weekday on its own line above the date in <dt>, '17–19 h', title link",
        None, U_HSBO, NOW, PLONE, PLONE_EXPECTED, partner=True,
    ),
    "unseen2-weblication-split-date-spans": Handwritten(
        "unseen 2: Weblication cards, date split into <span>14</span><span>Jan</span><span>2027</span>",
        None, U_HERNE, NOW, WEBLICATION, WEBLICATION_EXPECTED, partner=True,
    ),
    "unseen2-drupal-paragraphs-english-pm": Handwritten(
        "unseen 2: Drupal Paragraphs, English, 'Thursday 14 January 2027, 6–8pm', '10am–12.30pm'",
        None, U_UDE, NOW, DRUPAL_PARAGRAPHS, DRUPAL_PARAGRAPHS_EXPECTED, partner=True,
    ),
    "unseen2-typo3-programme-days-one-event": Handwritten(
        "unseen 2: TYPO3, a two-day Fachtag whose 'Programm' has a heading per day: one event",
        None, U_IHKNW, NOW, PROGRAMME, PROGRAMME_EXPECTED, partner=True,
    ),
    "unseen2-county-iframe-sentence": Handwritten(
        "unseen 2: county page, next date in a sentence beside a registration iframe",
        None, U_KRE, NOW, IFRAME, IFRAME_EXPECTED, partner=True,
    ),
    "unseen2-typo3-table-anmeldeschluss-tba": Handwritten(
        "unseen 2: TYPO3 table 'Datum | Veranstaltung | Ort | Anmeldeschluss', 'Mi., 13.1.27', a row 'Termin wird noch bekannt gegeben'",
        None, U_WFDO, NOW, TABLE, TABLE_EXPECTED, partner=True,
    ),
    "unseen2-pimcore-saison-short-weekday": Handwritten(
        "unseen 2: Pimcore, 'Saison 2026/27' / 'Saison 2025/26', 'Mi 20.01.2027 | 19:30 Uhr', 'ab 17:30 Uhr'",
        None, U_MH, NOW, PIMCORE, PIMCORE_EXPECTED, partner=True,
    ),
    "unseen2-coremedia-accordion-einlass": Handwritten(
        "unseen 2: CoreMedia accordion '(Marl, 25.01.2027)' buttons, 'Zeit: Einlass 17 Uhr, Beginn 17:30 Uhr'",
        None, U_NRW, NOW, COREMEDIA, COREMEDIA_EXPECTED, partner=True,
    ),
    "unseen2-wp-mec-month-dividers": Handwritten(
        "unseen 2: WordPress Modern Events Calendar, month dividers 'Januar 2027', '14 Jan' labels, split start/end time spans",
        None, U_MEC, NOW, MEC, MEC_EXPECTED, partner=True,
    ),
    "unseen2-kirby-short-weekday-entfallen": Handwritten(
        "unseen 2: Kirby list, '<strong>Do 14.01.</strong> – Titel, 8:30–10 Uhr' under 'Termine 2027', 'muss leider entfallen'",
        None, U_KIRBY, NOW, KIRBY, KIRBY_EXPECTED, partner=True,
    ),
    "unseen2-refuse-news-article-dated-subheading": Handwritten(
        "unseen 2: a city news article about a past event with a dated subheading: no series page",
        None, U_NEWS, NOW, NEWS, None,
    ),
    "unseen2-refuse-maintenance-with-return-date": Handwritten(
        "unseen 2: a maintenance notice naming the date and time the page returns: refused",
        None, U_MAINT, NOW, MAINTENANCE, None,
    ),
    "unseen2-hrw-table-room-doors-column": Handwritten(
        "unseen 2: TYPO3 table 'Datum | Uhrzeit | Thema | Referent*in | Raum', 'Di 19.01.27', 'Einlass 17 Uhr, Beginn 17:30 Uhr' in the time column",
        None, U_HRW, NOW, HRW_TABLE, HRW_TABLE_EXPECTED, partner=True,
    ),
    "unseen2-dateline-doors-dl-weekday": Handwritten(
        "unseen 2: 'Do., 14.01.2027, Einlass 17 Uhr, Beginn 17:30 Uhr' on the date line; dl 'Datum' value 'Donnerstag<br>11.03.2027', 'ab 17:30 Uhr'",
        None, U_UFO, NOW, DATELINE_DOORS, DATELINE_DOORS_EXPECTED, partner=True,
    ),
    "unseen2-county-date-lines-shared-place": Handwritten(
        "unseen 2: county page, three bare date lines 'Mi., 13.01.2027, 16–18 Uhr' and one 'Ort:' for all: named by the series",
        None, U_UNNA, NOW, THREE_DATES, THREE_DATES_EXPECTED, partner=True,
    ),
    "unseen2-english-heading-programme-cancelled": Handwritten(
        "unseen 2: English, 'Thursday 14 January 2027, 6pm–8pm: Title' headings, a one-event 'Programme' with clock times, 'This event has been cancelled.'",
        None, U_RUB_EN, NOW, ENGLISH_PROGRAMME, ENGLISH_PROGRAMME_EXPECTED, partner=True,
    ),
    "unseen2-refuse-not-found-sidebar-dates": Handwritten(
        "unseen 2: a not-found page ('Diese Seite gibt es leider nicht (mehr)') whose sidebar lists next dates: refused",
        None, U_404, NOW, NOT_FOUND_SIDEBAR, None,
    ),
}  # fmt: skip
