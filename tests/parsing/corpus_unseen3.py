"""Unseen pages, third round: whole documents written by hand, not through the renderers.

Each is one organisation's page in markup the corpus lacks (Contao's event list with a
header per day, ProcessWire with UIkit and a PrivacyWire banner, Sitefinity's page-wide
ASP.NET ``<form>``, OpenCms, Liferay, WordPress's table block in a ``<figure>``, Webflow
with its conditional visibility class, Joomla, a TYPO3 event extension, a Tailwind site)
and wordings neither the renderers nor the first two rounds have: "Di, 13.04." under a
bare "Sommersemester 2027" heading, "18.00–20.00 h", consultation days each "in <Town>",
a place given as a link to a map, "KW 3/2027 · Mittwoch, 20.01.2027", ranges across a
month or the year's end ("30.12.2026–02.01.2027", "Fr., 29.01. – Mo., 01.02.2027"),
"Thu, Jan 14, 2027 · 6:00 PM", a next date "voraussichtlich im März 2027" (no day: no
event), booking words beside titles and places ("ausgebucht", "– Restplätze",
"(Warteliste)"), iCal/Outlook links per event, "in Präsenz in Bochum und online".
Four pages hold no series and must be refused: a job advert with "Termine im
Auswahlverfahren", a press release about a past summit, a citizens' office's opening
hours with special dates, and (not refused) a series page beside dates that are no
events (registration start, deadlines, a newsletter's copy date).

The expected JSON is what a reader of each page notes down, never the parser's output.
"""

# Data: markup as the CMSs write it, one element a line.
# ruff: noqa: E501

from __future__ import annotations

from corpus_handwritten import Handwritten
from corpus_kit import ev, page

NOW = "2026-12-04T09:00:00+01:00"


def _loc(
    venue: str | None, street: str | None, pc: str | None, city: str | None, text: str
) -> dict[str, str | None]:
    return {"venue": venue, "street": street, "postcode": pc, "city": city, "text": text}


# 1. Contao (mod_eventlist with a header per day): "Donnerstag, 14.01.2027" in its own
# header block, the event under it with only "18:00 - 20:00"; a Contao Cookiebar, a
# breadcrumb, a search form in the header (not directly in <body>), sidebar news.
U_CONTAO = "https://www.stadt-gladbeck.de/klimadialog"
CONTAO = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Klimadialog Gladbeck - Stadt Gladbeck</title>
<link rel="stylesheet" href="/assets/css/layout.min.css"><script src="/assets/jquery/js/jquery.min.js"></script></head>
<body id="top" class="unknown-os chrome">
<div id="wrapper">
<header id="header"><div class="inside">
<a href="/" class="logo">Stadt Gladbeck</a>
<form action="/suche" method="get" class="mod_search"><input type="search" name="keywords" placeholder="Suchbegriff"><button type="submit">Suchen</button></form>
<nav class="mod_navigation block" id="mega"><ul class="level_1"><li class="submenu"><a href="/rathaus">Rathaus &amp; Politik</a><ul class="level_2"><li><a href="/rathaus/termine">Sitzungstermine</a></li></ul></li><li><a href="/umwelt">Umwelt &amp; Klima</a></li></ul>
<div class="mega-teaser"><p>19.12.2026</p><p>Weihnachtsmarkt auf dem Willy-Brandt-Platz</p></div></nav>
</div></header>
<div class="mod_breadcrumb block"><ul><li class="first"><a href="/">Startseite</a></li><li><a href="/umwelt">Umwelt &amp; Klima</a></li><li class="active last">Klimadialog</li></ul></div>
<div id="container">
<main id="main"><div class="inside">
<div class="mod_article first last block" id="article-204">
<div class="ce_text first block"><h1 class="ce_headline">Klimadialog Gladbeck</h1>
<p>Im Klimadialog sprechen Bürgerinnen und Bürger mit der Stadtverwaltung über Klimaschutz vor Ort. Jeder Abend hat ein eigenes Thema; die Teilnahme ist kostenfrei.</p></div>
<div class="mod_eventlist block">
<h2>Nächste Termine</h2>
<div class="header even first"><span class="day">Donnerstag</span>, <span class="date">14.01.2027</span></div>
<div class="event layout_list upcoming cal_7 even first last">
<p class="time"><time datetime="2027-01-14T18:00:00+01:00">18:00 - 20:00</time></p>
<h3><a href="/klimadialog/waermeplanung" title="Kommunale Wärmeplanung">Kommunale Wärmeplanung</a></h3>
<p class="location">Neues Rathaus, Willy-Brandt-Platz 2, 45964 Gladbeck</p>
<div class="ce_text block"><p>Wie heizt Gladbeck 2040? Die Verwaltung stellt den Entwurf der Wärmeplanung vor.</p></div>
</div>
<div class="header odd"><span class="day">Donnerstag</span>, <span class="date">18.02.2027</span></div>
<div class="event layout_list upcoming cal_7 odd first last">
<p class="time"><time datetime="2027-02-18T18:00:00+01:00">18:00 - 20:00</time></p>
<h3><a href="/klimadialog/starkregen" title="Starkregen und Hitze im Quartier">Starkregen und Hitze im Quartier</a></h3>
<p class="location">Stadtteilbüro Butendorf, Horster Straße 312, 45968 Gladbeck</p>
</div>
<div class="header even last"><span class="day">Donnerstag</span>, <span class="date">18.03.2027</span></div>
<div class="event layout_list upcoming cal_7 even first last">
<p class="time"><time datetime="2027-03-18T18:30:00+01:00">18:30 - 20:30</time></p>
<h3><a href="/klimadialog/mobilitaet" title="Mobilität ohne Auto">Mobilität ohne Auto</a></h3>
<p class="location">Mathias-Jakobs-Stadthalle, Friedrichstraße 53, 45964 Gladbeck</p>
</div>
</div>
<div class="mod_eventlist block">
<h2>Vergangene Termine</h2>
<div class="header even first last"><span class="day">Donnerstag</span>, <span class="date">12.11.2026</span></div>
<div class="event layout_list past cal_7 even first last">
<p class="time"><time datetime="2026-11-12T18:00:00+01:00">18:00 - 20:00</time></p>
<h3><a href="/klimadialog/garten" title="Klimaanpassung im eigenen Garten">Klimaanpassung im eigenen Garten</a></h3>
<p class="location">Neues Rathaus, Willy-Brandt-Platz 2, 45964 Gladbeck</p>
</div>
</div>
</div>
</div></main>
<aside id="right"><div class="inside"><div class="mod_newslist block"><h2>Aktuelles</h2>
<div class="layout_short arc_1 block"><p class="info"><time datetime="2026-11-28">28.11.2026</time></p><h3><a href="/aktuelles/wochenmarkt">Wochenmarkt zieht um</a></h3></div>
<div class="layout_short arc_1 block"><p class="info"><time datetime="2026-11-20">20.11.2026</time></p><h3><a href="/aktuelles/radweg">Neuer Radweg an der Horster Straße</a></h3></div>
</div></div></aside>
</div>
<footer id="footer"><div class="inside"><p>Stand: 01.12.2026</p><p>© 2026 Stadt Gladbeck · Willy-Brandt-Platz 2 · 45964 Gladbeck</p><p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></p></div></footer>
</div>
<div id="cookiebar" class="contao-cookiebar cc-bottom cc-active" role="complementary" aria-describedby="cookiebar-desc" data-nosnippet>
<div class="cc-inner"><div id="cookiebar-desc" class="cc-head"><p>Wir setzen Cookies ein, um unser Angebot für Sie zu verbessern.</p></div>
<div class="cc-footer"><button class="cc-btn success" data-accept-all>Alle akzeptieren</button><button class="cc-btn save">Auswahl speichern</button></div></div></div>
</body>
</html>
"""
_KD = "https://www.stadt-gladbeck.de/klimadialog/"
_RATHAUS_GLA = ("Neues Rathaus", "Willy-Brandt-Platz 2", "45964", "Gladbeck")
CONTAO_EXPECTED = page(
    U_CONTAO,
    "Klimadialog Gladbeck",
    None,
    [
        ev(
            "2027-01-14",
            "Kommunale Wärmeplanung",
            "18:00",
            "20:00",
            where=_RATHAUS_GLA,
            links=(("Kommunale Wärmeplanung", f"{_KD}waermeplanung", None),),
            summary="Wie heizt Gladbeck 2040? Die Verwaltung stellt den Entwurf der Wärmeplanung vor.",
        ),
        ev(
            "2027-02-18",
            "Starkregen und Hitze im Quartier",
            "18:00",
            "20:00",
            where=("Stadtteilbüro Butendorf", "Horster Straße 312", "45968", "Gladbeck"),
            links=(("Starkregen und Hitze im Quartier", f"{_KD}starkregen", None),),
        ),
        ev(
            "2027-03-18",
            "Mobilität ohne Auto",
            "18:30",
            "20:30",
            where=("Mathias-Jakobs-Stadthalle", "Friedrichstraße 53", "45964", "Gladbeck"),
            links=(("Mobilität ohne Auto", f"{_KD}mobilitaet", None),),
        ),
        ev(
            "2026-11-12",
            "Klimaanpassung im eigenen Garten",
            "18:00",
            "20:00",
            status="past",
            where=_RATHAUS_GLA,
            links=(("Klimaanpassung im eigenen Garten", f"{_KD}garten", None),),
        ),
    ],
)

# 2. ProcessWire with UIkit: a "Ringvorlesung" whose semesters are bare headings
# ("Sommersemester 2027", "Wintersemester 2026/27") over "Di, 13.04." dates; the time and
# place once for the semester ("jeweils dienstags von 18.00–20.00 h im Hörsaal …"); the
# speaker on a line of its own; an off-canvas menu and a PrivacyWire banner at the end
# of <body>. Checked in the semester break.
U_PW = "https://www.iaq.uni-due.de/ringvorlesung"
NOW_PW = "2027-03-15T09:00:00+01:00"


def _talk(day: str, speaker: str | None, title: str) -> str:
    who = f'<p class="uk-text-meta uk-margin-remove">{speaker}</p>' if speaker is not None else ""
    return (
        '<li><div class="uk-grid-small" uk-grid><div class="uk-width-1-6@m">'
        f"<strong>{day}</strong></div>"
        f'<div class="uk-width-expand@m">{who}<p class="uk-margin-remove"><strong>{title}</strong></p></div></div></li>'
    )


PROCESSWIRE = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Ringvorlesung „Arbeit im Wandel“ – IAQ</title>
<link rel="stylesheet" href="/site/templates/styles/uikit.min.css"><script src="/site/templates/scripts/uikit.min.js"></script></head>
<body>
<div class="uk-navbar-container" uk-sticky><div class="uk-container"><nav class="uk-navbar" uk-navbar>
<div class="uk-navbar-left"><a class="uk-navbar-item uk-logo" href="/">IAQ</a></div>
<div class="uk-navbar-right"><ul class="uk-navbar-nav"><li><a href="/forschung/">Forschung</a><div class="uk-navbar-dropdown"><ul class="uk-nav uk-navbar-dropdown-nav"><li><a href="/forschung/projekte/">Projekte</a></li></ul></div></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li></ul>
<a class="uk-navbar-toggle uk-hidden@m" href="#offcanvas-nav" uk-toggle><span uk-navbar-toggle-icon></span></a></div>
</nav></div></div>
<main id="content" class="uk-section"><div class="uk-container">
<ul class="uk-breadcrumb"><li><a href="/">Start</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li><li><span>Ringvorlesung</span></li></ul>
<h1 class="uk-heading-medium">Ringvorlesung „Arbeit im Wandel“</h1>
<p class="uk-text-lead">Forschende aus dem Ruhrgebiet und Gäste sprechen über Arbeit, Qualifikation und Strukturwandel. Die Ringvorlesung ist offen für alle Interessierten; eine Anmeldung ist nicht nötig.</p>
<h2 class="uk-h3">Sommersemester 2027</h2>
<p>Die Vorträge finden jeweils dienstags von 18.00–20.00 h im Hörsaal LX 1203, Lotharstraße 65, 47057 Duisburg statt.</p>
<ul class="uk-list uk-list-divider">
{_talk("Di, 13.04.", "Prof. Dr. Julia Hoffmann (Universität Duisburg-Essen)", "Plattformarbeit im Ruhrgebiet")}
{_talk("Di, 27.04.", "Dr. Mehmet Yilmaz (Institut Arbeit und Qualifikation)", "Fachkräfte aus dem Ausland: Anerkennung in der Praxis")}
{_talk("Di, 11.05.", "Prof. Dr. Anna Berg (Ruhr-Universität Bochum)", "Künstliche Intelligenz im Büro")}
{_talk("Di, 25.05.", None, "Podiumsdiskussion: Gute Arbeit im Revier")}
</ul>
<h2 class="uk-h3">Wintersemester 2026/27</h2>
<ul class="uk-list uk-list-divider">
{_talk("Di, 13.10.", "Prof. Dr. Ute Krämer (Universität Duisburg-Essen)", "Sozialpolitik und Arbeitsmarkt")}
{_talk("Di, 10.11.", "Dr. Jonas Weber (Hochschule Bochum)", "Mobiles Arbeiten nach der Pandemie")}
{_talk("Di, 12.01.", "Prof. Dr. Sarah Neumann (TU Dortmund)", "Weiterbildung im Betrieb")}
</ul>
</div></main>
<footer class="uk-section uk-section-muted"><div class="uk-container"><p>Institut Arbeit und Qualifikation · Universität Duisburg-Essen · Stand: 01.03.2027</p></div></footer>
<div id="offcanvas-nav" uk-offcanvas="overlay: true"><div class="uk-offcanvas-bar"><button class="uk-offcanvas-close" type="button" uk-close></button>
<ul class="uk-nav uk-nav-default"><li><a href="/forschung/">Forschung</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></div></div>
<div class="privacywire-wrapper" id="privacywire-wrapper"><div class="privacywire-page-wrapper"><div class="privacywire privacywire-banner">
<div class="privacywire-header">Wir verwenden Cookies und externe Medien</div>
<div class="privacywire-body"><div class="privacywire-text">Mit Ihrer Zustimmung laden wir Videos und Statistikdienste. Sie können Ihre Auswahl jederzeit ändern.</div>
<div class="privacywire-buttons"><button class="allow-all">Alle akzeptieren</button><button class="allow-necessary">Nur notwendige</button><button class="choose">Auswahl</button></div></div></div></div></div>
</body>
</html>
"""
_LX = ("Hörsaal LX 1203", "Lotharstraße 65", "47057", "Duisburg")
PROCESSWIRE_EXPECTED = page(
    U_PW,
    "Ringvorlesung „Arbeit im Wandel“",
    None,
    [
        ev(
            "2027-04-13",
            "Plattformarbeit im Ruhrgebiet",
            "18:00",
            "20:00",
            where=_LX,
            summary="Prof. Dr. Julia Hoffmann (Universität Duisburg-Essen)",
        ),
        ev(
            "2027-04-27",
            "Fachkräfte aus dem Ausland: Anerkennung in der Praxis",
            "18:00",
            "20:00",
            where=_LX,
            summary="Dr. Mehmet Yilmaz (Institut Arbeit und Qualifikation)",
        ),
        ev(
            "2027-05-11",
            "Künstliche Intelligenz im Büro",
            "18:00",
            "20:00",
            where=_LX,
            summary="Prof. Dr. Anna Berg (Ruhr-Universität Bochum)",
        ),
        ev("2027-05-25", "Podiumsdiskussion: Gute Arbeit im Revier", "18:00", "20:00", where=_LX),
        ev(
            "2026-10-13",
            "Sozialpolitik und Arbeitsmarkt",
            status="past",
            summary="Prof. Dr. Ute Krämer (Universität Duisburg-Essen)",
        ),
        ev(
            "2026-11-10",
            "Mobiles Arbeiten nach der Pandemie",
            status="past",
            summary="Dr. Jonas Weber (Hochschule Bochum)",
        ),
        ev(
            "2027-01-12",
            "Weiterbildung im Betrieb",
            status="past",
            summary="Prof. Dr. Sarah Neumann (TU Dortmund)",
        ),
    ],
)

# 3. Sitefinity (ASP.NET WebForms: the whole page inside one <form>): a chamber's
# consultation days, each date "in <Town>", some with the office after the town; the
# hours once in the introduction ("jeweils von 9 bis 13 Uhr"); a contact box in the
# right column; a registration link and a note after the list.
U_SF = "https://www.ihk.de/bochum/finanzierungssprechtage"
SITEFINITY = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>
	Finanzierungssprechtage 2027 - IHK Mittleres Ruhrgebiet
</title><link href="/ResourcePackages/Ihk/assets/dist/css/main.min.css" rel="stylesheet" type="text/css"></head>
<body>
<form method="post" action="./finanzierungssprechtage" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTY1NDg5MTk4NmRkXgUrDCqZkD8m2jbO7bU6CMH6tiM=">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
//]]>
</script>
<div class="sf_cols header-row"><div class="sf_colsOut sf_1col_1_100"><div class="sf_colsIn sf_1col_1in_100">
<a class="brand" href="/bochum/">IHK Mittleres Ruhrgebiet</a>
<div class="sfNavWrp sfNavHorizontalWrp"><ul class="sfNavHorizontal sfNavList"><li><a href="/bochum/gruendung">Gründung</a></li><li><a href="/bochum/finanzierung">Finanzierung</a></li><li><a href="/bochum/veranstaltungen">Veranstaltungen</a></li></ul></div>
</div></div></div>
<div class="sf_cols"><div class="sf_colsOut sf_2cols_1_67"><div id="ContentPlaceHolder1_C001_Col00" class="sf_colsIn sf_2cols_1in_67">
<div class="sfContentBlock sf-Long-text"><h1>Finanzierungssprechtage 2027</h1>
<p>Sie planen eine Investition oder brauchen Geld für die Gründung? In einem vertraulichen Einzelgespräch beraten Sie Fachleute der NRW.BANK, der Bürgschaftsbank NRW und der IHK. Die Sprechtage finden jeweils von 9 bis 13 Uhr statt; ein Gespräch dauert etwa 45 Minuten.</p>
<h2>Termine und Orte</h2>
<ul>
<li>Do., 14.01.2027 in Bochum, IHK, Ostring 30–32</li>
<li>Do., 11.02.2027 in Herne, Wirtschaftsförderung, Westring 303</li>
<li>Do., 11.03.2027 in Witten</li>
<li>Do., 15.04.2027 in Hattingen</li>
</ul>
<p>Die genauen Gesprächsorte in Witten und Hattingen nennen wir Ihnen mit der Terminbestätigung.</p>
<p><a href="https://www.ihk.de/bochum/anmeldung-finanzierungssprechtag">Zur Anmeldung</a></p>
</div>
</div></div>
<div class="sf_colsOut sf_2cols_2_33"><div id="ContentPlaceHolder1_C001_Col01" class="sf_colsIn sf_2cols_2in_33">
<div class="sfContentBlock contact-teaser"><h2>Ansprechpartner</h2><p>Thomas Kemper<br>Tel.: 0234 9113-145<br><a href="mailto:kemper@bochum.ihk.de">kemper@bochum.ihk.de</a></p></div>
</div></div></div>
<div id="footer" class="sf_cols"><div class="sf_colsIn"><p>Stand: 02.12.2026</p><p>© IHK Mittleres Ruhrgebiet · Ostring 30–32 · 44787 Bochum</p></div></div>
</form>
</body>
</html>
"""
_SF_TITLE = "Finanzierungssprechtage 2027"
SITEFINITY_EXPECTED = page(
    U_SF,
    _SF_TITLE,
    None,
    [
        {
            **ev("2027-01-14", _SF_TITLE, "09:00", "13:00"),
            "location": _loc("IHK", "Ostring 30–32", None, "Bochum", "Bochum, IHK, Ostring 30–32"),
        },
        {
            **ev("2027-02-11", _SF_TITLE, "09:00", "13:00"),
            "location": _loc(
                "Wirtschaftsförderung",
                "Westring 303",
                None,
                "Herne",
                "Herne, Wirtschaftsförderung, Westring 303",
            ),
        },
        {
            **ev("2027-03-11", _SF_TITLE, "09:00", "13:00"),
            "location": _loc(None, None, None, "Witten", "Witten"),
        },
        {
            **ev("2027-04-15", _SF_TITLE, "09:00", "13:00"),
            "location": _loc(None, None, None, "Hattingen", "Hattingen"),
        },
    ],
    (("Thomas Kemper", None, "kemper@bochum.ihk.de", "0234 9113-145"),),
)

# 4. OpenCms (Mercury template): a city's "Bürgerforum" with one <dl> per forum
# ("Termin", "Ort", "Zielgruppe"); the place is a link to a map (OpenStreetMap, Google
# Maps): the link's text is the place, the map no document of the event. The third
# forum has no day yet ("Juni 2027, genauer Termin folgt"): no event.
U_OCMS = "https://www.herten.de/buergerforum-innenstadt"
OPENCMS = """<!DOCTYPE html>
<html lang="de"><head><meta charset="UTF-8"><title>Bürgerforum Innenstadt | Stadt Herten</title>
<link rel="stylesheet" href="/export/system/modules/alkacon.mercury.theme/css/theme-standard.min.css"></head>
<body>
<div id="mercury-page">
<header class="area-header fh header-notfixed"><div class="container"><a class="brand" href="/">Stadt Herten</a>
<nav class="nav-main-container"><ul class="nav-main-items"><li><a href="/rathaus">Rathaus</a></li><li><a href="/leben">Leben in Herten</a></li><li><a href="/beteiligung">Beteiligung</a></li></ul></nav></div></header>
<main class="area-content area-one-row"><div class="container"><div class="row"><div class="col-lg-9 area-wide">
<div class="element type-section piece full lay-0 phh phb pnl"><div class="heading"><h1 class="piece-heading" tabindex="0">Bürgerforum Innenstadt</h1></div>
<div class="body default"><div class="text"><p>Der Marktplatz und die Ewaldstraße sollen neu gestaltet werden. In drei Bürgerforen sammeln wir Ideen, diskutieren Entwürfe und stellen die Ergebnisse vor.</p></div></div></div>
<div class="element type-section piece full lay-0 phh phb pnl"><div class="heading"><h2 class="piece-heading" tabindex="0">Termine</h2></div>
<div class="body default"><div class="text">
<h3>1. Forum: Ideen sammeln</h3>
<dl>
<dt>Termin</dt><dd>Mittwoch, 27. Januar 2027, 18:30 Uhr</dd>
<dt>Ort</dt><dd><a href="https://www.openstreetmap.org/?mlat=51.5956&amp;mlon=7.1408#map=18/51.5956/7.1408" target="_blank" rel="noopener">Glashaus Herten, Hermannstraße 16, 45699 Herten</a></dd>
<dt>Zielgruppe</dt><dd>Anwohnerinnen und Anwohner, Gewerbetreibende</dd>
</dl>
<h3>2. Forum: Entwürfe diskutieren</h3>
<dl>
<dt>Termin</dt><dd>Mittwoch, 24. März 2027, 18:30 Uhr</dd>
<dt>Ort</dt><dd><a href="https://www.google.com/maps/search/?api=1&amp;query=Rathaus+Herten+Kurt-Schumacher-Stra%C3%9Fe+2" target="_blank" rel="noopener">Rathaus Herten, Ratssaal, Kurt-Schumacher-Straße 2, 45699 Herten</a></dd>
<dt>Zielgruppe</dt><dd>alle Interessierten</dd>
</dl>
<h3>3. Forum: Ergebnisse</h3>
<dl>
<dt>Termin</dt><dd>Juni 2027, genauer Termin folgt</dd>
<dt>Ort</dt><dd>Glashaus Herten</dd>
</dl>
</div></div></div>
</div>
<aside class="col-lg-3 area-side"><div class="element type-linksequence"><h2>Aktuelles</h2><ul><li><a href="/presse/2026-11-30">30.11.2026: Ewaldstraße: Bauarbeiten beginnen</a></li><li><a href="/presse/2026-11-18">18.11.2026: Neue Bänke am Marktplatz</a></li></ul></div></aside>
</div></div></main>
<footer class="area-foot"><div class="container"><p>Stadt Herten · Kurt-Schumacher-Straße 2 · 45699 Herten</p><p>Zuletzt geändert: 30.11.2026</p></div></footer>
</div>
</body>
</html>
"""
OPENCMS_EXPECTED = page(
    U_OCMS,
    "Bürgerforum Innenstadt",
    None,
    [
        ev(
            "2027-01-27",
            "1. Forum: Ideen sammeln",
            "18:30",
            where=("Glashaus Herten", "Hermannstraße 16", "45699", "Herten"),
            audience="Anwohnerinnen und Anwohner, Gewerbetreibende",
        ),
        ev(
            "2027-03-24",
            "2. Forum: Entwürfe diskutieren",
            "18:30",
            where=("Rathaus Herten, Ratssaal", "Kurt-Schumacher-Straße 2", "45699", "Herten"),
            audience="alle Interessierten",
        ),
    ],
)

# 5. Liferay (journal content in portlets): a county's mobility forums, each date line
# led by its calendar week ("KW 3/2027 · Mittwoch, 20.01.2027, 17:00–19:00 Uhr"); the
# third forum only has its week ("KW 12/2027 – voraussichtlich, der genaue Termin folgt"):
# no day, no event.
U_LR = "https://www.enkreis.de/mobilitaetsforen"
LIFERAY = """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="de-DE"><head><meta charset="utf-8"><title>Mobilitätsforen - Ennepe-Ruhr-Kreis</title>
<link href="/o/enkreis-theme/css/clay.css" rel="stylesheet" type="text/css"><script src="/o/frontend-js-web/liferay/global.bundle.js"></script></head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Schnellzugriff" class="quick-access-nav" id="quickAccessNav"><ul><li><a href="#main-content">Zum Inhalt springen</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100">
<header id="banner" role="banner"><div class="navbar-header"><a class="logo" href="/">Ennepe-Ruhr-Kreis</a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Seiten der Website" role="menubar"><li role="presentation"><a href="/buergerservice" role="menuitem">Bürgerservice</a></li><li role="presentation"><a href="/verkehr" role="menuitem">Verkehr</a></li></ul></nav></header>
<section class="flex-fill" id="content">
<div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_mobil_">
<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_mobil"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
<div class="journal-content-article" data-analytics-asset-id="48112" data-analytics-asset-title="Mobilitätsforen">
<h1>Mobilitätsforen im Ennepe-Ruhr-Kreis</h1>
<p>Der Kreis erarbeitet den neuen Nahverkehrsplan. In den Mobilitätsforen können Bürgerinnen und Bürger, Verbände und Unternehmen mitreden. Die Foren finden etwa alle fünf Wochen statt.</p>
<h2>Termine 2027</h2>
<div class="asset-abstract"><h3 class="asset-title">Radverkehr im Ennepetal</h3>
<p>KW 3/2027 · Mittwoch, 20.01.2027, 17:00–19:00 Uhr</p>
<p>Kreishaus Schwelm, Hauptstraße 92, 58332 Schwelm</p></div>
<div class="asset-abstract"><h3 class="asset-title">Busnetz 2028</h3>
<p>KW 8/2027 · Dienstag, 23.02.2027, 17:00–19:00 Uhr</p>
<p>Rathaus Witten, Marktstraße 16, 58452 Witten</p></div>
<div class="asset-abstract"><h3 class="asset-title">Bahnhöfe als Mobilstationen</h3>
<p>KW 12/2027 – voraussichtlich, der genaue Termin folgt</p>
<p>Hattingen</p></div>
</div>
</div></div></div></section></div>
</div></div></div>
</section>
<footer id="footer" role="contentinfo"><p>Ennepe-Ruhr-Kreis · Hauptstraße 92 · 58332 Schwelm</p><p>Stand: 01.12.2026</p></footer>
</div>
</body>
</html>
"""
LIFERAY_EXPECTED = page(
    U_LR,
    "Mobilitätsforen im Ennepe-Ruhr-Kreis",
    None,
    [
        ev(
            "2027-01-20",
            "Radverkehr im Ennepetal",
            "17:00",
            "19:00",
            where=("Kreishaus Schwelm", "Hauptstraße 92", "58332", "Schwelm"),
        ),
        ev(
            "2027-02-23",
            "Busnetz 2028",
            "17:00",
            "19:00",
            where=("Rathaus Witten", "Marktstraße 16", "58452", "Witten"),
        ),
    ],
)

# 6. WordPress block theme: holiday workshops in the table block (a <table> inside
# <figure class="wp-block-table">, with a caption) under "Termine 2026/27"; a "Kurs"
# column; ranges across the year's end and a month boundary ("30.12.2026–02.01.2027",
# "Fr., 29.01. – Mo., 01.02.2027"), each "jeweils" with its hours; a picture with a
# credit (an image figure: not read); Complianz's cookie banner.
U_WP = "https://www.oberhausen.de/jugendkunstschule/ferienwerkstaetten"
WP_TABLE = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>Ferienwerkstätten – Jugendkunstschule Oberhausen</title>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all"></head>
<body class="page-template-default page page-id-812 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/" rel="home">Jugendkunstschule Oberhausen</a></p>
<nav class="wp-block-navigation" aria-label="Menü"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="/kurse/">Kurse</a></li><li class="wp-block-navigation-item"><a href="/ferien/">Ferien</a></li></ul></nav></div></header>
<main class="wp-block-group"><div class="entry-content wp-block-post-content">
<h1 class="wp-block-post-title">Ferienwerkstätten</h1>
<p>In den Schulferien bietet die Jugendkunstschule mehrtägige Werkstätten für Kinder und Jugendliche von 10 bis 16 Jahren an. Die Teilnahme kostet 25 Euro pro Werkstatt.</p>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/06/werkstatt.jpg" alt="Kinder beim Drucken"><figcaption class="wp-element-caption">Foto: Stadt Oberhausen, 12.10.2026</figcaption></figure>
<h2 class="wp-block-heading">Termine 2026/27</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Zeitraum</th><th>Kurs</th><th>Ort</th></tr></thead><tbody>
<tr><td>Mo., 12.10. – Fr., 16.10.2026<br>jeweils 10–15 Uhr</td><td>Druckwerkstatt</td><td>Zentrum Altenberg, Hansastraße 20, 46049 Oberhausen</td></tr>
<tr><td>30.12.2026–02.01.2027<br>jeweils 10–15 Uhr</td><td>Comic-Werkstatt</td><td>Zentrum Altenberg, Hansastraße 20, 46049 Oberhausen</td></tr>
<tr><td>Fr., 29.01. – Mo., 01.02.2027<br>jeweils 9.30–12.30 Uhr</td><td>Trickfilm mit dem Tablet</td><td>Ludwiggalerie Schloss Oberhausen, Konrad-Adenauer-Allee 46, 46049 Oberhausen</td></tr>
<tr><td>29.03.–02.04.2027<br>jeweils 10–15 Uhr</td><td>Graffiti und Streetart</td><td>Zentrum Altenberg, Hansastraße 20, 46049 Oberhausen</td></tr>
</tbody></table><figcaption class="wp-element-caption">Anmeldung über das Ferienportal der Stadt Oberhausen.</figcaption></figure>
</div></main>
<footer class="wp-block-template-part"><div class="wp-block-group"><p>© 2026 Jugendkunstschule Oberhausen</p><p>Stand: 20.11.2026</p></div></footer>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog"><div class="cmplz-header"><div class="cmplz-title">Zustimmung verwalten</div></div><div class="cmplz-body"><div class="cmplz-message"><p>Wir verwenden Cookies, um unsere Website und unseren Service zu optimieren.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akzeptieren</button><button class="cmplz-btn cmplz-deny">Ablehnen</button></div></div></div>
</body>
</html>
"""
_ALTENBERG = ("Zentrum Altenberg", "Hansastraße 20", "46049", "Oberhausen")
WP_TABLE_EXPECTED = page(
    U_WP,
    "Ferienwerkstätten",
    None,
    [
        ev(
            "2026-10-12",
            "Druckwerkstatt",
            "10:00",
            "15:00",
            status="past",
            until="2026-10-16",
            where=_ALTENBERG,
        ),
        ev("2026-12-30", "Comic-Werkstatt", "10:00", "15:00", until="2027-01-02", where=_ALTENBERG),
        ev(
            "2027-01-29",
            "Trickfilm mit dem Tablet",
            "09:30",
            "12:30",
            until="2027-02-01",
            where=(
                "Ludwiggalerie Schloss Oberhausen",
                "Konrad-Adenauer-Allee 46",
                "46049",
                "Oberhausen",
            ),
        ),
        ev(
            "2027-03-29",
            "Graffiti und Streetart",
            "10:00",
            "15:00",
            until="2027-04-02",
            where=_ALTENBERG,
        ),
    ],
)

# 7. Webflow (CMS collection list), English: "Thu, Jan 14, 2027 · 6:00 PM", "6:00 PM –
# 8:30 PM"; a "Sold out" badge and a "Register" button hidden by Webflow's conditional
# visibility class (w-condition-invisible: not shown, not read), one badge shown; past
# events under "Past events"; Finsweet's cookie consent.
U_WF = "https://www.ruhrhub.de/events/startup-nights"
WEBFLOW = """<!DOCTYPE html>
<!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-page="64b7a1f0c2d3e4f5a6b7c8d9" data-wf-site="64b7a1f0c2d3e4f5a6b7c8d0" lang="en"><head><meta charset="utf-8"><title>Ruhr Startup Nights | ruhr:HUB</title>
<link href="https://assets.website-files.com/64b7a1f0/css/ruhrhub.webflow.css" rel="stylesheet" type="text/css"></head>
<body class="body">
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand">ruhr:HUB</a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/about" class="nav-link w-nav-link">About</a><a href="/events" class="nav-link w-nav-link w--current">Events</a><a href="/community" class="nav-link w-nav-link">Community</a></nav></div></div>
<div class="section"><div class="container w-container">
<h1 class="heading-xl">Ruhr Startup Nights</h1>
<p class="paragraph-lead">Founders, investors and the region&#x27;s Mittelstand meet once a month for a talk and drinks. Entry is free.</p>
<h2 class="heading-l">Upcoming events</h2>
<div class="w-dyn-list"><div role="list" class="events-list w-dyn-items">
<div role="listitem" class="event-card w-dyn-item">
<div class="event-date">Thu, Jan 14, 2027 · 6:00 PM</div>
<h3 class="event-title">Scaling B2B in the Ruhr</h3>
<div class="event-venue">ruhr:HUB, Huyssenallee 78–80, 45128 Essen</div>
<div class="badge-sold-out w-condition-invisible">Sold out</div>
<a href="/events/scaling-b2b-in-the-ruhr" class="button w-button">Register</a>
</div>
<div role="listitem" class="event-card w-dyn-item">
<div class="event-date">Thu, Feb 11, 2027 · 6:00 PM – 8:30 PM</div>
<h3 class="event-title">Funding your first round</h3>
<div class="event-venue">Online (Zoom)</div>
<div class="badge-sold-out">Sold out</div>
<a href="/events/funding-your-first-round" class="button w-button w-condition-invisible">Register</a>
</div>
<div role="listitem" class="event-card w-dyn-item">
<div class="event-date">Wed, Mar 10, 2027 · 5:30 PM</div>
<h3 class="event-title">Hardware startups and the Mittelstand</h3>
<div class="event-venue">Zeche Zollverein, Gelsenkirchener Straße 181, 45309 Essen</div>
<div class="badge-sold-out w-condition-invisible">Sold out</div>
<a href="/events/hardware-startups-and-the-mittelstand" class="button w-button">Register</a>
</div>
</div></div>
<h2 class="heading-l">Past events</h2>
<div class="w-dyn-list"><div role="list" class="events-list w-dyn-items">
<div role="listitem" class="event-card w-dyn-item">
<div class="event-date">Thu, Nov 12, 2026 · 6:00 PM</div>
<h3 class="event-title">Founders meet researchers</h3>
<div class="event-venue">ruhr:HUB, Huyssenallee 78–80, 45128 Essen</div>
<div class="badge-sold-out w-condition-invisible">Sold out</div>
<a href="/events/founders-meet-researchers" class="button w-button w-condition-invisible">Register</a>
</div>
</div></div>
</div></div>
<div class="footer"><div class="container w-container"><p>© 2026 ruhr:HUB GmbH · Huyssenallee 78–80 · 45128 Essen</p><a href="/imprint" class="footer-link">Imprint</a></div></div>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device.</div><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a><a fs-cc="deny" href="#" class="fs-cc-banner_button w-button">Deny</a></div></div>
</body>
</html>
"""
_HUB = ("ruhr:HUB", "Huyssenallee 78–80", "45128", "Essen")
_WFE = "https://www.ruhrhub.de/events/"
WEBFLOW_EXPECTED = page(
    U_WF,
    "Ruhr Startup Nights",
    None,
    [
        ev(
            "2027-01-14",
            "Scaling B2B in the Ruhr",
            "18:00",
            where=_HUB,
            links=(("Register", f"{_WFE}scaling-b2b-in-the-ruhr", None),),
        ),
        ev(
            "2027-02-11",
            "Funding your first round",
            "18:00",
            "20:30",
            where="Online (Zoom)",
            summary="Sold out",
        ),
        ev(
            "2027-03-10",
            "Hardware startups and the Mittelstand",
            "17:30",
            where=("Zeche Zollverein", "Gelsenkirchener Straße 181", "45309", "Essen"),
            links=(("Register", f"{_WFE}hardware-startups-and-the-mittelstand", None),),
        ),
        ev("2026-11-12", "Founders meet researchers", "18:00", status="past", where=_HUB),
    ],
)

# 8. Joomla 4 (Cassiopeia): "Nächster Termin" says only "voraussichtlich im März 2027"
# (no day: a reader notes no event, and the page is no broken one) and when registration
# opens ("ab dem 1. Februar 2027": no event); a "Rückblick" of dated headings; the
# article's "Veröffentlicht:" date; a sidebar with the newest articles.
U_JOOMLA = "https://www.wfg-kreis-unna.de/unternehmerinnen-fruehstueck"
JOOMLA = """<!DOCTYPE html>
<html lang="de-de" dir="ltr"><head><meta charset="utf-8"><title>Unternehmerinnen-Frühstück</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css" rel="stylesheet"></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-212 has-sidebar-right">
<header class="header container-header full-width position-sticky sticky-top">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">WFG Kreis Unna</a></div></div>
<div class="grid-child container-nav"><div class="moduletable megamenu"><nav class="navbar navbar-expand-lg" aria-label="Hauptmenü"><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="/foerderung">Förderung</a></li><li class="nav-item"><a href="/netzwerke">Netzwerke</a><ul class="mod-menu__sub"><li><a href="/netzwerke/frauen">Unternehmerinnen</a></li></ul></li></ul></nav></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="de-DE">
<div class="page-header"><h1 itemprop="headline">Unternehmerinnen-Frühstück</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-11-02T10:14:00+01:00" itemprop="datePublished">Veröffentlicht: 02. November 2026</time></dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<p>Einmal im Quartal treffen sich Unternehmerinnen aus dem Kreis Unna zum Frühstück mit einem kurzen Impulsvortrag und viel Zeit für Gespräche.</p>
<h2>Nächster Termin</h2>
<p>Das nächste Frühstück findet voraussichtlich im März 2027 statt. Den genauen Termin geben wir hier und in unserem Newsletter bekannt.</p>
<p>Anmeldungen sind ab dem 1. Februar 2027 möglich.</p>
<h2>Rückblick</h2>
<h3>Finanzen im Griff (15.10.2026)</h3>
<p>Steuerberaterin Petra Lohmann gab Tipps zur Liquiditätsplanung.</p>
<h3>Sichtbar im Netz (18.06.2026)</h3>
<p>Wie Social Media neue Kundinnen bringt – mit Beispielen aus drei Betrieben.</p>
<h3>Nachfolge planen (12.03.2026)</h3>
<p>Drei Unternehmerinnen erzählten von der Übergabe ihres Betriebs.</p>
</div>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Neueste Beiträge</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list"><li><a href="/aktuelles/foerderprogramm-2027"><span>Förderprogramm 2027 startet (01.12.2026)</span></a></li><li><a href="/aktuelles/gruenderpreis"><span>Gründerpreis verliehen (24.11.2026)</span></a></li></ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2026 Wirtschaftsförderungsgesellschaft für den Kreis Unna mbH</p></div></footer>
</body>
</html>
"""
JOOMLA_EXPECTED = page(
    U_JOOMLA,
    "Unternehmerinnen-Frühstück",
    None,
    [
        ev(
            "2026-03-12",
            "Nachfolge planen",
            status="past",
            summary="Drei Unternehmerinnen erzählten von der Übergabe ihres Betriebs.",
        ),
        ev(
            "2026-06-18",
            "Sichtbar im Netz",
            status="past",
            summary="Wie Social Media neue Kundinnen bringt – mit Beispielen aus drei Betrieben.",
        ),
        ev(
            "2026-10-15",
            "Finanzen im Griff",
            status="past",
            summary="Steuerberaterin Petra Lohmann gab Tipps zur Liquiditätsplanung.",
        ),
    ],
)

# 9. A city's volunteering workshops (BEM classes of a self-built CMS): booking words
# beside titles and places — a badge "ausgebucht" inside the heading, "– Restplätze"
# after a title, "(Warteliste)" after an address — are neither title nor place, and cancel
# nothing; "Nur noch wenige Restplätze!" on a line of its own is what the page says.
U_GE = "https://www.gelsenkirchen.de/ehrenamt/digitalwerkstatt"
STATUS = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Digitalwerkstatt für Vereine | Stadt Gelsenkirchen</title>
<link rel="stylesheet" href="/static/css/app.css"></head>
<body class="t-page">
<div class="c-consent" id="consent-layer" aria-hidden="true"><p>Diese Website nutzt Cookies. Mehr in der Datenschutzerklärung.</p><button>Einverstanden</button></div>
<header class="c-header"><a class="c-header__logo" href="/">Stadt Gelsenkirchen</a><nav class="c-mainnav"><ul><li><a href="/leben">Leben</a></li><li><a href="/ehrenamt">Ehrenamt</a></li></ul></nav></header>
<main class="c-main" id="main">
<h1 class="c-page__title">Digitalwerkstatt für Vereine</h1>
<p class="c-page__lead">Die Ehrenamtsagentur zeigt Vereinen an vier Abenden, wie sie digitale Werkzeuge sicher nutzen. Die Teilnahme ist kostenfrei.</p>
<h2>Kommende Termine</h2>
<ul class="c-events">
<li class="c-events__item"><h3 class="c-events__title">Social Media für Vereine <span class="c-badge c-badge--full">ausgebucht</span></h3>
<p class="c-events__meta">Di., 19.01.2027, 18:00–20:00 Uhr</p>
<p class="c-events__place">Ort: Wissenschaftspark Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen</p></li>
<li class="c-events__item"><h3 class="c-events__title">Datenschutz im Verein – Restplätze</h3>
<p class="c-events__meta">Di., 16.02.2027, 18:00–20:00 Uhr</p>
<p class="c-events__place">Ort: Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen</p></li>
<li class="c-events__item"><h3 class="c-events__title">Förderanträge schreiben</h3>
<p class="c-events__meta">Di., 16.03.2027, 18:00–20:00 Uhr</p>
<p class="c-events__place">Ort: Bildungszentrum, Ebertstraße 19, 45879 Gelsenkirchen (Warteliste)</p></li>
<li class="c-events__item"><h3 class="c-events__title">Ehrenamt digital organisieren</h3>
<p class="c-events__meta">Di., 20.04.2027, 18:00–20:00 Uhr</p>
<p class="c-events__place">Ort: Wissenschaftspark Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen</p>
<p class="c-events__status"><em>Nur noch wenige Restplätze!</em></p></li>
</ul>
</main>
<aside class="c-sidebar"><h2>Aktuelles</h2><ul><li>01.12.2026 – Ehrenamtspreis: Bewerbungen bis 31.01.2027</li><li>24.11.2026 – Neue Sprechzeiten der Ehrenamtsagentur</li></ul></aside>
<footer class="c-footer"><p>Stand: 03.12.2026</p><p>© Stadt Gelsenkirchen</p></footer>
</body>
</html>
"""
_WIPA = ("Wissenschaftspark Gelsenkirchen", "Munscheidstraße 14", "45886", "Gelsenkirchen")
STATUS_EXPECTED = page(
    U_GE,
    "Digitalwerkstatt für Vereine",
    None,
    [
        ev("2027-01-19", "Social Media für Vereine", "18:00", "20:00", where=_WIPA),
        ev(
            "2027-02-16",
            "Datenschutz im Verein",
            "18:00",
            "20:00",
            where=("Hans-Sachs-Haus", "Ebertstraße 11", "45879", "Gelsenkirchen"),
        ),
        ev(
            "2027-03-16",
            "Förderanträge schreiben",
            "18:00",
            "20:00",
            where=("Bildungszentrum", "Ebertstraße 19", "45879", "Gelsenkirchen"),
        ),
        ev(
            "2027-04-20",
            "Ehrenamt digital organisieren",
            "18:00",
            "20:00",
            where=_WIPA,
            summary="Nur noch wenige Restplätze!",
        ),
    ],
)

# 10. TYPO3 with an event extension: each event with "iCal" and "Outlook" download
# buttons (the event's links, like its detail page); "Alle Termine abonnieren (iCal)"
# after the list belongs to the page, not to the last event.
U_HWK = "https://www.hwk-do.de/unternehmerfruehstueck"


def _hwk_item(slug: str, title: str, when: str, where: str) -> str:
    return (
        '<div class="event-list-item row">'
        f'<h3 class="event-title"><a href="/unternehmerfruehstueck/detail/{slug}">{title}</a></h3>'
        f'<p class="event-date">{when}</p>'
        f'<p class="event-location">{where}</p>'
        f'<p class="event-calendar"><a class="btn btn-sm btn-outline" href="/unternehmerfruehstueck/ical/{slug}.ics"><span class="icon icon-calendar" aria-hidden="true"></span> iCal</a> '
        f'<a class="btn btn-sm btn-outline" href="/unternehmerfruehstueck/outlook/{slug}.vcs">Outlook</a></p>'
        "</div>"
    )


_BZ_HWK = "Bildungszentrum der Handwerkskammer, Ardeystraße 93, 44139 Dortmund"
TYPO3_ICAL = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Unternehmerfrühstück Handwerk: Handwerkskammer Dortmund</title>
<link rel="stylesheet" href="/typo3conf/ext/hwk_sitepackage/Resources/Public/Css/main.css"></head>
<body id="p318" class="page-318">
<div id="cookieman-modal" class="cookieman modal" aria-hidden="true" hidden><p>Wir verwenden Cookies.</p></div>
<header class="page-header"><a href="/" class="logo">Handwerkskammer Dortmund</a><nav class="main-navigation"><ul><li><a href="/beratung">Beratung</a></li><li><a href="/bildung">Bildung</a></li></ul></nav></header>
<main id="content"><div class="container">
<div id="c2101" class="frame frame-default frame-type-header"><h1>Unternehmerfrühstück Handwerk</h1></div>
<div id="c2102" class="frame frame-default frame-type-text"><p>Vor der Arbeit ein Thema, ein Kaffee und Kolleginnen und Kollegen aus anderen Gewerken: Das Unternehmerfrühstück ist kostenfrei, eine Anmeldung ist erwünscht.</p></div>
<div id="c2103" class="frame frame-default frame-type-list"><h2>Nächste Termine</h2>
<div class="tx-sf-eventmgt"><div class="event-list">
{_hwk_item("betriebsnachfolge", "Betriebsnachfolge rechtzeitig planen", "Donnerstag, 28.01.2027 | 8:00 – 9:30 Uhr", _BZ_HWK)}
{_hwk_item("azubis-social-media", "Azubis finden mit Social Media", "Donnerstag, 25.02.2027 | 8:00 – 9:30 Uhr", _BZ_HWK)}
{_hwk_item("energiekosten", "Energiekosten senken", "Donnerstag, 25.03.2027 | 8:00 – 9:30 Uhr", "Handwerkskammer Dortmund, Reinoldistraße 7–9, 44135 Dortmund")}
</div></div>
<p><a href="/unternehmerfruehstueck/ical/alle.ics">Alle Termine abonnieren (iCal)</a></p>
</div>
</div></main>
<footer class="page-footer"><p>© Handwerkskammer Dortmund · Reinoldistraße 7–9 · 44135 Dortmund</p><p>Stand: 27.11.2026</p></footer>
</body>
</html>
"""
_HW = "https://www.hwk-do.de/unternehmerfruehstueck/"


def _hwk_links(slug: str, title: str) -> tuple[tuple[str, str, None], ...]:
    return (
        (title, f"{_HW}detail/{slug}", None),
        ("iCal", f"{_HW}ical/{slug}.ics", None),
        ("Outlook", f"{_HW}outlook/{slug}.vcs", None),
    )


_BZ = ("Bildungszentrum der Handwerkskammer", "Ardeystraße 93", "44139", "Dortmund")
TYPO3_ICAL_EXPECTED = page(
    U_HWK,
    "Unternehmerfrühstück Handwerk",
    None,
    [
        ev(
            "2027-01-28",
            "Betriebsnachfolge rechtzeitig planen",
            "08:00",
            "09:30",
            where=_BZ,
            links=_hwk_links("betriebsnachfolge", "Betriebsnachfolge rechtzeitig planen"),
        ),
        ev(
            "2027-02-25",
            "Azubis finden mit Social Media",
            "08:00",
            "09:30",
            where=_BZ,
            links=_hwk_links("azubis-social-media", "Azubis finden mit Social Media"),
        ),
        ev(
            "2027-03-25",
            "Energiekosten senken",
            "08:00",
            "09:30",
            where=("Handwerkskammer Dortmund", "Reinoldistraße 7–9", "44135", "Dortmund"),
            links=_hwk_links("energiekosten", "Energiekosten senken"),
        ),
    ],
)

# 11. A Tailwind-styled site of a city's business development: hybrid and online places
# ("Ort: in Präsenz in Bochum und online": the town is where people meet; "Ort: online
# (Zoom)"); a registration button per event.
U_BO = "https://www.bochum-wirtschaft.de/gruendertalk"
HYBRID = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bochumer Gründertalk – Bochum Wirtschaftsentwicklung</title>
<link rel="stylesheet" href="/build/app.css"></head>
<body class="antialiased text-gray-900">
<div x-data="{ open: false }" class="fixed inset-x-0 bottom-0 z-50 cookie-notice" aria-hidden="true"><p>Wir verwenden nur technisch notwendige Cookies.</p><button>OK</button></div>
<header class="bg-white shadow"><div class="mx-auto max-w-7xl px-4"><a href="/" class="font-bold">Bochum Wirtschaftsentwicklung</a><nav class="hidden md:flex gap-6"><a href="/standort">Standort</a><a href="/gruendung">Gründung</a></nav></div></header>
<main class="mx-auto max-w-4xl px-4 py-12">
<h1 class="text-4xl font-bold">Bochumer Gründertalk</h1>
<p class="mt-4 text-lg">Gründerinnen und Gründer aus Bochum erzählen, was sie gelernt haben – ehrlich und mit Zeit für Fragen.</p>
<h2 class="mt-10 text-2xl font-bold">Nächste Termine</h2>
<article class="border-b py-6">
<h3 class="text-xl font-semibold">Vom Hörsaal zur Firma</h3>
<p class="text-sm text-gray-600">Mi., 27.01.2027, 17:30–19:00 Uhr</p>
<p class="text-sm text-gray-600">Ort: in Präsenz in Bochum und online</p>
<p class="mt-2">Drei Ausgründungen der Ruhr-Universität erzählen von ihren ersten Jahren.</p>
<a href="https://www.bochum-wirtschaft.de/gruendertalk/anmeldung?termin=1" class="mt-3 inline-block rounded bg-blue-700 px-4 py-2 text-white">Anmelden</a>
</article>
<article class="border-b py-6">
<h3 class="text-xl font-semibold">Geld für Gründerinnen</h3>
<p class="text-sm text-gray-600">Mi., 24.02.2027, 17:30–19:00 Uhr</p>
<p class="text-sm text-gray-600">Ort: online (Zoom)</p>
<a href="https://www.bochum-wirtschaft.de/gruendertalk/anmeldung?termin=2" class="mt-3 inline-block rounded bg-blue-700 px-4 py-2 text-white">Anmelden</a>
</article>
<article class="border-b py-6">
<h3 class="text-xl font-semibold">Gründen im Team</h3>
<p class="text-sm text-gray-600">Mi., 24.03.2027, 17:30–19:00 Uhr</p>
<p class="text-sm text-gray-600">Ort: Blue Square, Kortumstraße 90, 44787 Bochum</p>
<a href="https://www.bochum-wirtschaft.de/gruendertalk/anmeldung?termin=3" class="mt-3 inline-block rounded bg-blue-700 px-4 py-2 text-white">Anmelden</a>
</article>
</main>
<footer class="bg-gray-100"><div class="mx-auto max-w-7xl px-4 py-8"><p>© 2026 Bochum Wirtschaftsentwicklung · Stand: 30.11.2026</p></div></footer>
</body>
</html>
"""
_ANM = "https://www.bochum-wirtschaft.de/gruendertalk/anmeldung?termin="
HYBRID_EXPECTED = page(
    U_BO,
    "Bochumer Gründertalk",
    None,
    [
        {
            **ev(
                "2027-01-27",
                "Vom Hörsaal zur Firma",
                "17:30",
                "19:00",
                links=(("Anmelden", f"{_ANM}1", None),),
                summary="Drei Ausgründungen der Ruhr-Universität erzählen von ihren ersten Jahren.",
            ),
            "location": _loc(
                "in Präsenz in Bochum und online",
                None,
                None,
                "Bochum",
                "in Präsenz in Bochum und online",
            ),
        },
        ev(
            "2027-02-24",
            "Geld für Gründerinnen",
            "17:30",
            "19:00",
            where="online (Zoom)",
            links=(("Anmelden", f"{_ANM}2", None),),
        ),
        ev(
            "2027-03-24",
            "Gründen im Team",
            "17:30",
            "19:00",
            where=("Blue Square", "Kortumstraße 90", "44787", "Bochum"),
            links=(("Anmelden", f"{_ANM}3", None),),
        ),
    ],
)

# 12. Refused: a job advert for the series' organiser, with "Termine im Auswahlverfahren"
# (application deadline, interviews at an address, start of work): no series page.
U_JOB = "https://www.rvr.ruhr/service/stellenangebote/referentin-fachkraefte-reihe"
JOB = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Stellenangebot: Referentin / Referent (m/w/d) – Regionalverband Ruhr</title></head>
<body>
<div id="cookieconsent" class="cookie-consent" aria-hidden="true"><p>Wir verwenden Cookies.</p></div>
<header class="page-header"><a class="logo" href="/">Regionalverband Ruhr</a><nav><ul><li><a href="/themen">Themen</a></li><li><a href="/service">Service</a></li></ul></nav></header>
<main id="content">
<div class="frame frame-type-header"><h1>Referentin / Referent (m/w/d) für die Fachkräfte-Reihe</h1></div>
<div class="frame frame-type-text"><p>Kennziffer 48/2026 · Vollzeit · unbefristet · EG 12 TVöD</p>
<p>Der Regionalverband Ruhr sucht zum 1. April 2027 eine Referentin oder einen Referenten für die Veranstaltungsreihe „Fachkräfte-Reihe“ im Referat Bildung und Wissenschaft.</p></div>
<div class="frame frame-type-text"><h2>Ihre Aufgaben</h2><ul><li>Planung und Durchführung der Veranstaltungen der Reihe (vier Termine im Jahr)</li><li>Abstimmung mit Kammern, Hochschulen und Kommunen</li><li>Presse- und Öffentlichkeitsarbeit für die Reihe</li></ul></div>
<div class="frame frame-type-text"><h2>Ihr Profil</h2><ul><li>abgeschlossenes Hochschulstudium (Master oder vergleichbar)</li><li>Erfahrung in der Organisation von Veranstaltungen</li></ul></div>
<div class="frame frame-type-text"><h2>Termine im Auswahlverfahren</h2>
<ul><li>Bewerbungsschluss: 15.01.2027</li>
<li>Vorstellungsgespräche: 02.02.2027, Regionalverband Ruhr, Kronprinzenstraße 35, 45128 Essen</li>
<li>Beginn: 01.04.2027</li></ul>
<p><a href="https://karriere.rvr.ruhr/bewerbung/48-2026">Jetzt bewerben</a></p></div>
<div class="frame frame-type-text contact"><h2>Ihre Ansprechpartnerin</h2><p>Claudia Brenner, Personalabteilung<br>Tel.: 0201 2069-312<br><a href="mailto:brenner@rvr.ruhr">brenner@rvr.ruhr</a></p></div>
</main>
<footer><p>© 2026 Regionalverband Ruhr · Kronprinzenstraße 35 · 45128 Essen</p></footer>
</body>
</html>
"""

# 13. Refused: a chamber's press release about a summit that has taken place; its
# dateline "Essen, 20.11.2026." opens the first paragraph; the next summit is only
# "für Herbst 2027 geplant"; a press contact.
U_PRESS = "https://www.essen.ihk.de/presse/pressemitteilungen/fachkraeftegipfel-2026"
PRESS = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Fachkräftegipfel: 250 Gäste diskutieren in der Philharmonie - IHK zu Essen</title></head>
<body>
<div class="cookie-hint" aria-hidden="true"><p>Cookies helfen uns bei der Bereitstellung unserer Dienste.</p></div>
<header class="site-header"><a href="/">IHK zu Essen</a><nav><ul><li><a href="/presse">Presse</a></li></ul></nav></header>
<main>
<p class="breadcrumb"><a href="/">Start</a> › <a href="/presse">Presse</a> › Pressemitteilungen</p>
<article class="press-release">
<p class="kicker">Pressemitteilung Nr. 112/2026</p>
<h1>Fachkräftegipfel: 250 Gäste diskutieren in der Philharmonie</h1>
<p><strong>Essen, 20.11.2026.</strong> Der dritte Fachkräftegipfel der IHK zu Essen hat am Mittwoch rund 250 Gäste aus Unternehmen, Schulen und Verwaltung in die Philharmonie Essen geführt.</p>
<p>„Wir brauchen jede und jeden“, sagte die Präsidentin der IHK zur Eröffnung. Der Gipfel fand am 18. November 2026 statt und stand unter dem Motto „Ausbilden, halten, gewinnen“.</p>
<h2>Die Themen des Abends</h2>
<ul><li>Ausbildung im Verbund</li><li>Zuwanderung in Arbeit</li><li>Weiterbildung in kleinen Betrieben</li></ul>
<p>Der nächste Fachkräftegipfel ist für Herbst 2027 geplant.</p>
<div class="press-contact"><h2>Pressekontakt</h2><p>Stefan Wolters<br>Tel.: 0201 1892-240<br><a href="mailto:presse@essen.ihk.de">presse@essen.ihk.de</a></p></div>
</article>
</main>
<footer><p>© IHK zu Essen · Am Waldthausenpark 2 · 45127 Essen</p></footer>
</body>
</html>
"""

# 14. Refused: a citizens' office's opening hours, with a table of special days between
# the years ("Mo., 28.12.2026 | 8:00–12:00 Uhr"): dates with hours, but no gathering.
U_HOURS = "https://www.castrop-rauxel.de/buergerbuero/oeffnungszeiten"
HOURS = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bürgerbüro: Öffnungszeiten | Stadt Castrop-Rauxel</title></head>
<body>
<div class="consent-overlay" id="consent" aria-hidden="true"><p>Wir verwenden Cookies.</p></div>
<header class="site-header"><a href="/">Stadt Castrop-Rauxel</a><nav><ul><li><a href="/buergerservice">Bürgerservice</a></li></ul></nav></header>
<main id="main">
<h1>Bürgerbüro: Öffnungszeiten</h1>
<p>Das Bürgerbüro im Rathaus, Europaplatz 1, 44575 Castrop-Rauxel, ist zu folgenden Zeiten für Sie da.</p>
<h2>Regelmäßige Öffnungszeiten</h2>
<table><thead><tr><th>Tag</th><th>Uhrzeit</th></tr></thead><tbody>
<tr><td>Montag bis Mittwoch</td><td>8:00–16:00 Uhr</td></tr>
<tr><td>Donnerstag</td><td>8:00–18:00 Uhr</td></tr>
<tr><td>Freitag</td><td>8:00–12:00 Uhr</td></tr>
</tbody></table>
<h2>Sonderöffnungszeiten zwischen den Jahren</h2>
<table><thead><tr><th>Datum</th><th>Öffnungszeit</th></tr></thead><tbody>
<tr><td>Do., 24.12.2026</td><td>geschlossen</td></tr>
<tr><td>Mo., 28.12.2026</td><td>8:00–12:00 Uhr</td></tr>
<tr><td>Mi., 30.12.2026</td><td>8:00–12:00 Uhr</td></tr>
<tr><td>Do., 31.12.2026</td><td>geschlossen</td></tr>
<tr><td>Sa., 09.01.2027</td><td>9:00–12:00 Uhr (Samstagsöffnung)</td></tr>
</tbody></table>
<p>Termine nach Vereinbarung: <a href="https://termine.castrop-rauxel.de">Online-Terminvergabe</a></p>
</main>
<footer><p>Stand: 01.12.2026 · © Stadt Castrop-Rauxel</p></footer>
</body>
</html>
"""

# 15. A series page among dates that are no events: registration opening in the
# introduction, a "Gut zu wissen" list of dates with a registration start, a deadline and
# a newsletter's copy date under the upcoming section, a dated teaser in a mega menu
# outside <nav> (role="menubar"), sidebar news, and consentmanager's box at the end of
# <body> (not read as the last review's text).
U_BMR = "https://www.business.ruhr/ruhr-business-breakfast"
TEMPTING = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Ruhr Business Breakfast | Business Metropole Ruhr</title>
<script>window.cmp_id = 4711;</script></head>
<body class="page">
<header class="site-header"><a href="/" class="logo">Business Metropole Ruhr</a></header>
<div id="megamenu" class="mega-menu" role="menubar" aria-label="Hauptmenü">
<div class="mega-menu__col" role="none"><a role="menuitem" href="/standort">Standort</a><a role="menuitem" href="/ansiedlung">Ansiedlung</a></div>
<div class="mega-menu__teaser" role="none"><p>17.06.2027</p><p><a role="menuitem" href="/ruhr-summit">Ruhr Summit 2027 – jetzt vormerken</a></p></div>
</div>
<main id="main" class="content">
<h1>Ruhr Business Breakfast</h1>
<p>Das Frühstück für Unternehmerinnen und Unternehmer aus der Metropole Ruhr: ein Impuls, viele Gespräche. Die Anmeldung für alle Termine ist ab dem 7. Dezember 2026 freigeschaltet.</p>
<h2>Kommende Termine</h2>
<ul class="event-list">
<li><strong>Fr., 15.01.2027, 8:00–10:00 Uhr</strong> – Wasserstoff im Mittelstand<br>Ort: Haus der Technik, Hollestraße 1, 45127 Essen</li>
<li><strong>Fr., 12.03.2027, 8:00–10:00 Uhr</strong> – Logistik 2030<br>Ort: duisport, Alte Ruhrorter Straße 42–52, 47119 Duisburg</li>
</ul>
<h3>Gut zu wissen</h3>
<ul class="facts">
<li>07.12.2026: Start der Anmeldung</li>
<li>15.01.2027: Redaktionsschluss für den Newsletter</li>
<li>31.01.2027: Einsendeschluss für Themenvorschläge</li>
</ul>
<h2>Rückblick</h2>
<ul class="event-list">
<li><strong>Fr., 13.11.2026</strong> – Fachkräfte aus Asien<br>Ort: Haus der Technik, Hollestraße 1, 45127 Essen</li>
</ul>
</main>
<aside class="sidebar"><h2>News</h2><ul><li>02.12.2026 – Neue Flächen im Gewerbepark</li><li>25.11.2026 – Ruhr Summit 2027: Programm steht</li></ul></aside>
<footer class="site-footer"><p>© 2026 Business Metropole Ruhr GmbH · Stand: 02.12.2026</p></footer>
<div id="cmpbox" class="cmpbox cmpstyleroot" role="dialog" aria-modal="true"><div class="cmpboxinner"><div class="cmpboxtxt">Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie zu.</div><div class="cmpboxbtns"><a class="cmpboxbtn cmpboxbtnyes" href="#">Alle akzeptieren</a><a class="cmpboxbtn cmpboxbtncustom" href="#">Einstellungen</a></div></div></div>
</body>
</html>
"""
_HDT = ("Haus der Technik", "Hollestraße 1", "45127", "Essen")
TEMPTING_EXPECTED = page(
    U_BMR,
    "Ruhr Business Breakfast",
    None,
    [
        ev("2027-01-15", "Wasserstoff im Mittelstand", "08:00", "10:00", where=_HDT),
        ev(
            "2027-03-12",
            "Logistik 2030",
            "08:00",
            "10:00",
            where=("duisport", "Alte Ruhrorter Straße 42–52", "47119", "Duisburg"),
        ),
        ev("2026-11-13", "Fachkräfte aus Asien", status="past", where=_HDT),
    ],
)


UNSEEN3: dict[str, Handwritten] = {
    "unseen3-contao-eventlist-day-headers": Handwritten(
        "unseen 3: Contao event list with a header per day ('Donnerstag, 14.01.2027') and only '18:00 - 20:00' under it; Cookiebar, breadcrumb, mega-menu teaser, sidebar news",
        None, U_CONTAO, NOW, CONTAO, CONTAO_EXPECTED, partner=True,
    ),
    "unseen3-processwire-ringvorlesung-semesters": Handwritten(
        "unseen 3: ProcessWire/UIkit Ringvorlesung, bare 'Sommersemester 2027' / 'Wintersemester 2026/27' headings over 'Di, 13.04.', 'jeweils dienstags von 18.00–20.00 h im Hörsaal …', off-canvas menu and PrivacyWire banner at the end",
        None, U_PW, NOW_PW, PROCESSWIRE, PROCESSWIRE_EXPECTED, partner=True,
    ),
    "unseen3-sitefinity-form-sprechtage-towns": Handwritten(
        "unseen 3: Sitefinity page inside one ASP.NET <form>; consultation days 'Do., 14.01.2027 in Bochum, IHK, Ostring 30–32', 'in Witten'; hours 'jeweils von 9 bis 13 Uhr' in the intro",
        None, U_SF, NOW, SITEFINITY, SITEFINITY_EXPECTED, partner=True,
    ),
    "unseen3-opencms-dl-place-map-link": Handwritten(
        "unseen 3: OpenCms Bürgerforum, a <dl> per forum (Termin/Ort/Zielgruppe), the place a link to OpenStreetMap/Google Maps, a third forum 'Juni 2027, genauer Termin folgt'",
        None, U_OCMS, NOW, OPENCMS, OPENCMS_EXPECTED, partner=True,
    ),
    "unseen3-liferay-calendar-week-hints": Handwritten(
        "unseen 3: Liferay journal article, 'KW 3/2027 · Mittwoch, 20.01.2027, 17:00–19:00 Uhr' date lines, a forum with only 'KW 12/2027 – voraussichtlich'",
        None, U_LR, NOW, LIFERAY, LIFERAY_EXPECTED, partner=True,
    ),
    "unseen3-wp-table-block-ranges-across-year": Handwritten(
        "unseen 3: WordPress table block in a <figure>, 'Zeitraum'/'Kurs'/'Ort' columns, '30.12.2026–02.01.2027', 'Fr., 29.01. – Mo., 01.02.2027', 'jeweils 9.30–12.30 Uhr'; an image figure with a dated credit",
        None, U_WP, NOW, WP_TABLE, WP_TABLE_EXPECTED, partner=True,
    ),
    "unseen3-webflow-english-pm-hidden-badges": Handwritten(
        "unseen 3: Webflow collection list in English, 'Thu, Jan 14, 2027 · 6:00 PM', '6:00 PM – 8:30 PM', badges and buttons hidden by 'w-condition-invisible'",
        None, U_WF, NOW, WEBFLOW, WEBFLOW_EXPECTED, partner=True,
    ),
    "unseen3-joomla-next-date-month-only": Handwritten(
        "unseen 3: Joomla, 'Nächster Termin' only 'voraussichtlich im März 2027' and 'Anmeldungen sind ab dem 1. Februar 2027 möglich' (no event), a Rückblick of dated headings",
        None, U_JOOMLA, NOW, JOOMLA, JOOMLA_EXPECTED, partner=True,
    ),
    "unseen3-booking-status-words": Handwritten(
        "unseen 3: booking words beside titles and places: a badge 'ausgebucht' in the heading, '– Restplätze' after a title, '(Warteliste)' after an address, 'Nur noch wenige Restplätze!'",
        None, U_GE, NOW, STATUS, STATUS_EXPECTED, partner=True,
    ),
    "unseen3-typo3-ical-outlook-links": Handwritten(
        "unseen 3: TYPO3 event list with 'iCal' and 'Outlook' buttons per event, 'Donnerstag, 28.01.2027 | 8:00 – 9:30 Uhr', an iCal subscription link after the list",
        None, U_HWK, NOW, TYPO3_ICAL, TYPO3_ICAL_EXPECTED, partner=True,
    ),
    "unseen3-hybrid-praesenz-und-online": Handwritten(
        "unseen 3: Tailwind site, 'Ort: in Präsenz in Bochum und online', 'Ort: online (Zoom)', a registration button per event",
        None, U_BO, NOW, HYBRID, HYBRID_EXPECTED, partner=True,
    ),
    "unseen3-refuse-job-advert": Handwritten(
        "unseen 3: a job advert '(m/w/d)' with 'Termine im Auswahlverfahren' (Bewerbungsschluss, interviews at an address, 'Beginn: 01.04.2027'): refused",
        None, U_JOB, NOW, JOB, None,
    ),
    "unseen3-refuse-press-release-dateline": Handwritten(
        "unseen 3: a press release 'Essen, 20.11.2026.' about a summit that 'fand am 18. November 2026 statt', the next one 'für Herbst 2027 geplant': refused",
        None, U_PRESS, NOW, PRESS, None,
    ),
    "unseen3-refuse-opening-hours": Handwritten(
        "unseen 3: a citizens' office's opening hours with a table of special days ('Mo., 28.12.2026 | 8:00–12:00 Uhr'): refused",
        None, U_HOURS, NOW, HOURS, None,
    ),
    "unseen3-dates-that-are-no-events": Handwritten(
        "unseen 3: a series beside a 'Gut zu wissen' list (registration start, copy date, deadline), a dated mega-menu teaser outside <nav>, consentmanager's box after the footer",
        None, U_BMR, NOW, TEMPTING, TEMPTING_EXPECTED, partner=True,
    ),
}  # fmt: skip
