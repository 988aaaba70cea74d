"""The RVR page's life through the 2026 and 2027 editions, third round: written by hand.

Versions of https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe that the
corpus did not have, each a whole document written by hand without the renderers: the
TYPO3 site of the shared reconstruction (``/work/shared/pages``) until a relaunch in
March 2027 to a new template (grid containers, event cards with ``<time>`` elements, h2
section headings, an accordion or teaser cards for the Rückblick, other contact cards).
What the editors do, in order (:data:`TIMELINE`): the 2026 edition's last date; the 2027
edition as "Save the Date" with its topic to follow; three dates with topic, audience,
place, a programme and a registration link; the same with sizes, labels, date forms
and an apostrophe written differently; a date moved with the old one struck, one
"verschoben auf …", one with only a note "Neuer Termin: …"; the relaunch; a
cancellation with its reason; "ausgebucht" and "Anmeldung geschlossen"; a stale JSON-LD
block that disagrees with the page; a TYPO3 error in place of the dates and a
maintenance notice in the dates box (both refused, never "every date removed"); the
Rückblick growing as teaser cards with "(PDF, 1,2 MB)" documentation and as lists; an
empty "Nächster Termin" box; a hybrid and an online date; a second move and a
cancellation. The English page has two versions of its own (:data:`TIMELINE_EN`).

The expected JSON is what a reader of each version notes down; the timelines list what
a subscriber must be told at each check (``tests/test_timelines_life3.py``).
"""

# Data: markup as the site writes it, one element a line.
# ruff: noqa: E501

from __future__ import annotations

from corpus_handwritten import Handwritten
from corpus_kit import Place, ev, page
from page_model import Json

URL = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
URL_EN = "https://www.rvr.ruhr/en/topics/education-science/skilled-workers-series"
FILES = (
    "https://www.rvr.ruhr/fileadmin/user_upload/RVR/Themen/Bildung_Wissenschaft/Fachkraefte-Reihe"
)
REG = "https://www.rvr.ruhr/service/veranstaltungen/anmeldung"
SUB26 = "Neue Perspektiven für das Ruhrgebiet: Grüne und Digitale Transformation im Arbeitsmarkt"
SUB27 = "Fachkräfte sichern im Wandel: Ausbildung, Weiterbildung und Zuwanderung"
SUB27_EN = (
    "Securing skilled workers in times of change: training, further education and immigration"
)
T26, T27, T27_EN = "Fachkräfte-Reihe 2026", "Fachkräfte-Reihe 2027", "Skilled Workers Series 2027"
CONTACTS = (
    (
        "Martina Brandt",
        "Referat Bildung, Soziales und Regionalanalysen; Team Bildung, Wissenschaft und Soziales",
        "brandt@rvr.ruhr",
        "+49 201 2069-490",
    ),
    (
        "Julian Evans",
        "Referat Bildung, Soziales und Regionalanalysen; Team Regionale Statistik und Umfragen",
        "evans@rvr.ruhr",
        "+49 201 2069-528",
    ),
)
CONTACTS_EN = (
    (
        "Martina Brandt",
        "Education, Social Affairs and Regional Analyses",
        "brandt@rvr.ruhr",
        "+49 201 2069-490",
    ),
)

# --- the old TYPO3 template (the shared reconstruction's markup) -------------------------

_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
-->
<base href="https://www.rvr.ruhr/">
<title>{title}: Regionalverband Ruhr</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3f1c9a0b7e2d4c55a1e8f0d6b2c7a911-min.css?1781812345" media="all">
<link rel="canonical" href="{url}">
{jsonld}</head>
"""

_OLD_HEADER = """<body id="p4127" class="page-4127 pagelevel-3 language-0 backendlayout-default layout-default">
<a class="skiplink" href="#main">Zum Inhalt springen</a>
<header class="page-header">
  <div class="container">
    <a class="brand" href="/" title="Regionalverband Ruhr"><img src="/typo3conf/ext/rvr_sitepackage/Resources/Public/Images/rvr-logo.svg" alt="Regionalverband Ruhr Logo" width="180" height="60"></a>
    <nav class="nav-meta" aria-label="Servicenavigation">
      <ul><li><a href="/service/presse">Presse</a></li><li><a href="/service/karriere">Karriere</a></li><li><a href="/service/kontakt">Kontakt</a></li><li><a href="/en">English</a></li></ul>
    </nav>
    <nav class="nav-main" aria-label="Hauptnavigation">
      <ul class="nav-main__level1">
        <li class="has-sub"><a href="/themen">Themen</a>
          <ul class="nav-main__level2">
            <li><a href="/themen/bildung-wissenschaft-1">Bildung &amp; Wissenschaft</a>
              <ul class="nav-main__level3">
                <li><a href="/themen/bildung-wissenschaft-1/bildungsbericht-ruhr">Bildungsbericht Ruhr</a></li>
                <li class="active current"><a href="/themen/bildung-wissenschaft-1/fachkraefte-reihe" aria-current="page">Fachkräfte-Reihe</a></li>
                <li><a href="/themen/bildung-wissenschaft-1/wissensnacht-ruhr">WissensNacht Ruhr</a></li>
              </ul>
            </li>
            <li><a href="/themen/wirtschaft">Wirtschaft</a></li>
          </ul>
        </li>
        <li><a href="/politik">Politik</a></li>
        <li><a href="/ueber-uns">Über uns</a></li>
      </ul>
    </nav>
    <form class="search" action="/suche" method="get" role="search">
      <label for="q" class="sr-only">Suche</label>
      <input type="search" id="q" name="tx_solr[q]" placeholder="Suchbegriff eingeben">
      <button type="submit">Suchen</button>
    </form>
  </div>
</header>
<nav class="breadcrumb" aria-label="Brotkrümelnavigation">
  <ol><li><a href="/">Startseite</a></li><li><a href="/themen">Themen</a></li><li><a href="/themen/bildung-wissenschaft-1">Bildung &amp; Wissenschaft</a></li><li aria-current="page">Fachkräfte-Reihe</li></ol>
</nav>
<main id="main" class="main-content">
<!--TYPO3SEARCH_begin-->
"""

_OLD_CONTACTS = """<div id="c61230" class="frame frame-default frame-type-container_contactboxes frame-layout-0">
  <header class="sr-only"><h2 class="element-header">drei Kontaktboxen</h2></header>
  <div class="row contact-boxes">
    <div class="col-md-4">
      <div class="contact-box">
        <p class="contact-box__name">Martina Brandt</p>
        <p class="contact-box__unit">Referat Bildung, Soziales und Regionalanalysen<br>Team Bildung, Wissenschaft und Soziales</p>
        <p><a href="#" data-mailto-token="ocknvq,dtcpfvBtxt0twjt" data-mailto-vector="2">brandt[at]rvr.ruhr</a><br><a href="tel:+492012069490">+49 201 2069-490</a></p>
      </div>
    </div>
    <div class="col-md-4">
      <div class="contact-box">
        <p class="contact-box__name">Julian Evans</p>
        <p class="contact-box__unit">Referat Bildung, Soziales und Regionalanalysen<br>Team Regionale Statistik und Umfragen</p>
        <p><a href="#" data-mailto-token="ocknvq,gxcpuBtxt0twjt" data-mailto-vector="2">evans[at]rvr.ruhr</a><br><a href="tel:+492012069528">+49 201 2069-528</a></p>
      </div>
    </div>
    <div class="col-md-4"></div>
  </div>
</div>
"""

_OLD_FOOTER = """<!--TYPO3SEARCH_end-->
</main>
<footer class="page-footer">
  <div class="container">
    <div class="row">
      <div class="col-md-4">
        <p><strong>Regionalverband Ruhr</strong><br>Kronprinzenstraße 35<br>45128 Essen</p>
        <p>Telefon: <a href="tel:+4920120690">+49 201 2069-0</a><br><a href="#" data-mailto-token="ocknvq,kphqBtxt0twjt" data-mailto-vector="2">info[at]rvr.ruhr</a></p>
      </div>
      <div class="col-md-4">
        <ul class="nav-footer"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></li></ul>
      </div>
    </div>
    <p class="copyright">© {year} Regionalverband Ruhr</p>
  </div>
</footer>
<script src="/typo3temp/assets/compressed/merged-8c2b1e4f5a6d7e9f0a1b2c3d4e5f6a7b-min.js?1781812345"></script>
</body>
</html>
"""


def _frame(cid: int, inner: str, background: str = "weiß") -> str:
    """A TYPO3 "25-50-25" container frame holding ``inner`` in its middle column."""
    bg = {"weiß": "white", "grau": "grey"}[background]
    return (
        f'<div id="c{cid}" class="frame frame-default frame-type-container_3cols frame-layout-0 frame-background-{bg}">\n'
        f'  <header class="sr-only"><h2 class="element-header">25-50-25 {background}</h2></header>\n'
        '  <div class="row">\n    <div class="col-md-3"></div>\n    <div class="col-md-6">\n'
        f"{inner}\n"
        '    </div>\n    <div class="col-md-3"></div>\n  </div>\n</div>\n'
    )


def _old_doc(
    title: str,
    frames: str,
    *,
    year: int = 2026,
    lang: str = "de",
    url: str = URL,
    contacts: str = _OLD_CONTACTS,
) -> str:
    head = _HEAD.format(lang=lang, title=title.split(" 20", 1)[0], url=url, jsonld="")
    return head + _OLD_HEADER + frames + contacts + _OLD_FOOTER.format(year=year)


def _intro(h1: str, subtitle: str, paragraphs: str) -> str:
    return _frame(
        61204,
        f"""      <div id="c61205" class="frame frame-default frame-type-header frame-layout-0">
        <header><h1 class="element-header">{h1}</h1></header>
      </div>
      <div id="c61206" class="frame frame-default frame-type-image frame-layout-0 partner-logos">
        <header><h2 class="element-header">Ein gemeinsames Angebot mit:</h2></header>
        <div class="ce-image ce-center ce-above"><div class="ce-gallery"><div class="ce-row">
          <div class="ce-column"><figure class="image"><a href="https://www.ihk.de/ruhr"><img src="/fileadmin/_processed_/8/3/csm_ihks-im-ruhrgebiet_5e1c0a2d4b.png" alt="Logo der Industrie- und Handelskammern im Ruhrgebiet"></a></figure></div>
          <div class="ce-column"><figure class="image"><a href="https://www.handwerk-region-ruhr.de"><img src="/fileadmin/_processed_/1/f/csm_handwerk-region-ruhr_0a9b3c7d21.png" alt="Logo Handwerk Region Ruhr"></a></figure></div>
        </div></div></div>
      </div>
      <div id="c61207" class="frame frame-default frame-type-text frame-layout-0">
        <header><h2 class="element-header">{subtitle}</h2></header>
        {paragraphs}
      </div>""",
    )


def _dates_box(inner: str) -> str:
    """The grey frame with the picture and the dates (``ce-bodytext``)."""
    return _frame(
        61210,
        f"""      <div id="c61211" class="frame frame-default frame-type-textpic frame-layout-0">
        <div class="ce-textpic ce-center ce-above">
          <div class="ce-gallery"><figure class="image"><img class="image-embed-item" alt="Auszubildende in einer Werkstatt" src="/fileadmin/_processed_/a/7/csm_Fachkraefte_2027_4d2e1f0a9c.jpg" width="1200" height="675"><figcaption class="image-caption">Fachkräfte-Reihe © RVR/Schlutius</figcaption></figure></div>
          <div class="ce-bodytext">
{inner}
          </div>
        </div>
      </div>""",
        "grau",
    )


INTRO26 = (
    "<p>Transformation zur grünsten Industrieregion der Welt – das ist das selbst gesteckte, visionäre Ziel für das Ruhrgebiet. "
    "Die gemeinsame Veranstaltungsreihe beleuchtet die Herausforderungen und Chancen für die duale und akademische Berufsbildung.</p>"
)
INTRO27 = (
    "<p>Auch 2027 laden der Regionalverband Ruhr, die Industrie- und Handelskammern und das Handwerk im Ruhrgebiet "
    "zu vier Veranstaltungen ein. Im Mittelpunkt stehen kleine und mittlere Unternehmen und die Frage, wie sie Fachkräfte "
    "ausbilden, weiterbilden und aus dem Ausland gewinnen können.</p>"
    "<p>Die Teilnahme ist kostenfrei. Für alle Veranstaltungen ist eine Anmeldung erforderlich.</p>"
)

# --- events as a reader notes them ------------------------------------------------------

PROG_HANDWERK = f"{FILES}/2026-10-08_Programm_Handwerk.pdf"
DOKU_HANDWERK = f"{FILES}/2026-10-08_Dokumentation_Handwerk.pdf"
PROG_KI = f"{FILES}/2027-02-18_Programm_KI_im_Handwerk.pdf"
PROG_H2 = f"{FILES}/2027-03-25_Programm_Wasserstoff.pdf"
PROG_GRUEN = f"{FILES}/2027-06-17_Programm_Gruene_Ausbildung.pdf"
PROG_GIPFEL = f"{FILES}/2027-09-23_Programm_Fachkraeftegipfel.pdf"
DOKU_H2 = f"{FILES}/2027-04-08_Dokumentation_Wasserstoff.pdf"
DOKU_INT = f"{FILES}/2027-05-20_Dokumentation_Internationale_Fachkraefte.pdf"
DOKU_GRUEN = f"{FILES}/2027-06-17_Dokumentation_Gruene_Ausbildung.pdf"
REG_KI, REG_H2, REG_INT = f"{REG}/fkr-2027-1", f"{REG}/fkr-2027-2", f"{REG}/fkr-2027-3"
REG_GRUEN, REG_GIPFEL, REG_BO = f"{REG}/fkr-2027-4", f"{REG}/fkr-2027-5", f"{REG}/fkr-2027-6"

HANDWERK = ev(
    "2026-10-08",
    "Fachkräfte sichern im Handwerk",
    "16:00",
    "19:00",
    where=("Bildungszentrum Hansemann", "Barbarastraße 9", "44357", "Dortmund"),
    audience="Handwerksbetriebe",
    links=(("Programm", PROG_HANDWERK, "240 KB"),),
)
KI_WHERE = ("Bildungszentrum der Handwerkskammer Dortmund", "Ardeystraße 93", "44139", "Dortmund")
KI_AUD = "Inhaberinnen und Inhaber kleiner Handwerksbetriebe"
KI_TITLE = "KI im Handwerk: Chancen für kleine Betriebe"
KI = ev(
    "2027-02-18",
    KI_TITLE,
    "16:00",
    "18:30",
    where=KI_WHERE,
    audience=KI_AUD,
    links=(("Programm", PROG_KI, "210 KB"), ("Zur Anmeldung", REG_KI, None)),
)
H2_TITLE = "Wasserstoff? Mach’s zu deinem Beruf!"
H2_WHERE = ("H2PopUpLab", "Bahnhofstraße 69", "45879", "Gelsenkirchen")
H2_AUD = "Schülerinnen und Schüler ab Klasse 9, Lehrkräfte und Eltern"
H2 = ev(
    "2027-03-25",
    H2_TITLE,
    "17:00",
    "19:00",
    where=H2_WHERE,
    audience=H2_AUD,
    links=(("Programm", PROG_H2, "180 KB"), ("Zur Anmeldung", REG_H2, None)),
)
INT_TITLE = "Internationale Fachkräfte im Mittelstand gewinnen"
INT_AUD = "Personalverantwortliche in kleinen und mittleren Unternehmen"
INT = ev(
    "2027-05-06",
    INT_TITLE,
    "10:00",
    "13:00",
    where="Online via Zoom",
    audience=INT_AUD,
    links=(("Zur Anmeldung", REG_INT, None),),
)
GRUEN = ev(
    "2027-06-17",
    "Grüne Ausbildung im Revier",
    "14:00",
    "17:00",
    where=("Welterbe Zollverein", "Gelsenkirchener Straße 181", "45309", "Essen"),
    audience="Ausbildungsbetriebe, Berufskollegs und Kammern",
    links=(("Programm", PROG_GRUEN, "0,3 MB"), ("Zur Anmeldung", REG_GRUEN, None)),
)
GIPFEL = ev(
    "2027-09-23",
    "Fachkräftegipfel Ruhr 2027",
    "10:00",
    "16:00",
    where=("Jahrhunderthalle Bochum", "An der Jahrhunderthalle 1", "44793", "Bochum"),
    audience="Unternehmen, Kammern, Hochschulen und Verwaltung",
    links=(("Programm", PROG_GIPFEL, "310 KB"), ("Zur Anmeldung", REG_GIPFEL, None)),
    summary="Format: hybrid – vor Ort und im Livestream",
)
BO = ev(
    "2027-11-11",
    "Berufsorientierung digital: Ausbildung 4.0",
    "15:00",
    "16:30",
    where="Online (Webex)",
    audience="Lehrkräfte und Berufsberatung",
    links=(("Zur Anmeldung", REG_BO, None),),
)


def moved(event: Json, date: str, title: str | None = None, **fields: object) -> Json:
    """``event`` on another day, its stated hours moving with it."""
    start = event["start"][11:16] if event["start"] else None
    end = event["end"][11:16] if event["end"] else None
    links = tuple((k["label"], k["url"], k["size"]) for k in event["links"])
    where = event["location"]
    place = where["venue"] if where and where["street"] is None else None
    if where and where["street"] is not None:
        place = (where["venue"], where["street"], where["postcode"], where["city"])
    out = ev(
        date,
        title or event["title"],
        start,
        end,
        where=place,
        audience=event["audience"],
        links=links,
        summary=event["summary"],
        note=event["note"],
    )
    return {**out, **fields}


def past(
    date: str, title: str, summary: str | None, links: tuple[tuple[str, str, str | None], ...] = ()
) -> Json:
    """An entry of the Rückblick: no time, audience or place stated there."""
    return ev(date, title, status="past", summary=summary, links=links)


P_WERK = past(
    "2026-03-12",
    "Werkstatt Transformation: Weiterbildung im Mittelstand",
    "Zwei Tage lang arbeiteten Betriebe an ihren Weiterbildungsplänen.",
)
P_DIGI = past(
    "2026-04-23",
    "Digitale Berufe im Revier",
    "Schulklassen lernten digitale Berufe kennen und sprachen mit Auszubildenden.",
)
HANDWERK_TEXT = "Rund 60 Betriebe diskutierten, wie sie Nachwuchs gewinnen und halten können."
P_HANDWERK = past(
    "2026-10-08",
    "Fachkräfte sichern im Handwerk",
    HANDWERK_TEXT,
    (("Dokumentation", DOKU_HANDWERK, "1,2 MB"),),
)
H2_TEXT = "Über 150 Jugendliche probierten Berufe der Wasserstoffwirtschaft aus."
INT_TEXT = "Personalverantwortliche tauschten Erfahrungen mit Anerkennung und Visaverfahren aus."
GRUEN_TEXT = "Betriebe und Berufskollegs stellten grüne Ausbildungsberufe vor."


def rvr(title: str, subtitle: str, events: list[Json]) -> Json:
    return page(URL, title, subtitle, events, CONTACTS)


# --- v0, September 2026: the 2026 edition's last date, the Rückblick of its first two ---

RUECKBLICK_26 = """<h3 class="element-header">Digitale Berufe im Revier (23.04.2026)</h3>
        <p>Schulklassen lernten digitale Berufe kennen und sprachen mit Auszubildenden.</p>
        <h3 class="element-header">Werkstatt Transformation: Weiterbildung im Mittelstand (12.–13.03.2026)</h3>
        <p>Zwei Tage lang arbeiteten Betriebe an ihren Weiterbildungsplänen.</p>"""

V0 = _old_doc(
    T26,
    _intro(T26, SUB26, INTRO26)
    + _dates_box(
        """            <h3>Nächster Termin</h3>
            <p><strong>8. Oktober 2026 von 16:00&nbsp;Uhr bis 19:00&nbsp;Uhr</strong></p>
            <p><strong>Thema:</strong> Fachkräfte sichern im Handwerk</p>
            <p><strong>Zielgruppe:</strong> Handwerksbetriebe</p>
            <p><strong>Ort:</strong> Bildungszentrum Hansemann, Barbarastraße 9, 44357 Dortmund</p>
            <p><a href="/fileadmin/user_upload/RVR/Themen/Bildung_Wissenschaft/Fachkraefte-Reihe/2026-10-08_Programm_Handwerk.pdf" class="download" target="_blank">Programm</a> (240 KB)</p>"""
    )
    + _frame(
        61220,
        f"""      <div id="c61221" class="frame frame-default frame-type-text frame-layout-0">
        <header><h2 class="element-header">Rückblick</h2></header>
        <p>Die Veranstaltungen der Reihe 2025 finden Sie in unserem <a href="/themen/bildung-wissenschaft-1/fachkraefte-reihe/archiv">Archiv</a>.</p>
        {RUECKBLICK_26}
      </div>""",
    ),
)
V0_EXPECTED = rvr(T26, SUB26, [HANDWERK, P_DIGI, P_WERK])

# --- v1, December 2026: the 2027 edition, "Save the Date", the topic to follow ----------

RUECKBLICK_27_OLD = f"""      <div id="c61221" class="frame frame-default frame-type-text frame-layout-0">
        <header><h2 class="element-header">Rückblick</h2></header>
        <h3 class="element-header">Fachkräfte sichern im Handwerk (08.10.2026)</h3>
        <p>{HANDWERK_TEXT}</p>
        <p><a href="/fileadmin/user_upload/RVR/Themen/Bildung_Wissenschaft/Fachkraefte-Reihe/2026-10-08_Dokumentation_Handwerk.pdf" class="download">Dokumentation</a> (PDF, 1,2&nbsp;MB)</p>
        {RUECKBLICK_26}
      </div>"""
SAVE = {
    **ev(
        "2027-02-18",
        T27,
        note="Thema folgt",
        summary="Weitere Informationen und die Anmeldung folgen in Kürze.",
    ),
}
V1 = _old_doc(
    T27,
    _intro(T27, SUB27, INTRO27)
    + _dates_box(
        """            <h3>Save the Date</h3>
            <p><strong>18. Februar 2027</strong> – Thema folgt</p>
            <p>Weitere Informationen und die Anmeldung folgen in Kürze.</p>"""
    )
    + _frame(61220, RUECKBLICK_27_OLD),
)
V1_EXPECTED = rvr(T27, SUB27, [SAVE, P_HANDWERK, P_DIGI, P_WERK])
PAST_27_OLD = [P_HANDWERK, P_DIGI, P_WERK]

# --- v2, January 2027: three dates, each with topic, audience, place and links ----------


def _old_event(
    date: str, title: str, audience: str, place: str, links: str, *, extra: str = ""
) -> str:
    return f"""            <p><strong>{date}</strong></p>
            <p><strong>Thema:</strong> {title}</p>
            <p><strong>Zielgruppe:</strong> {audience}</p>
            <p><strong>Ort:</strong> {place}</p>{extra}
            <p>{links}</p>"""


KI_PLACE = "Bildungszentrum der Handwerkskammer Dortmund, Ardeystraße 93, 44139 Dortmund"
H2_PLACE = "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen"
F = "/fileadmin/user_upload/RVR/Themen/Bildung_Wissenschaft/Fachkraefte-Reihe"
V2_DATES = "\n            <hr>\n".join(
    (
        _old_event(
            "18. Februar 2027 von 16:00&nbsp;Uhr bis 18:30&nbsp;Uhr",
            KI_TITLE,
            KI_AUD,
            KI_PLACE,
            f'<a href="{F}/2027-02-18_Programm_KI_im_Handwerk.pdf" class="download" target="_blank">Programm</a> (PDF, 210&nbsp;KB) | <a href="{REG_KI}" class="external-link">Zur Anmeldung</a>',
        ),
        _old_event(
            "25. März 2027 von 17:00&nbsp;Uhr bis 19:00&nbsp;Uhr",
            H2_TITLE,
            H2_AUD,
            H2_PLACE,
            f'<a href="{F}/2027-03-25_Programm_Wasserstoff.pdf" class="download" target="_blank">Programm</a> (PDF, 180&nbsp;KB) | <a href="{REG_H2}" class="external-link">Zur Anmeldung</a>',
        ),
        _old_event(
            "6. Mai 2027 von 10:00&nbsp;Uhr bis 13:00&nbsp;Uhr",
            INT_TITLE,
            INT_AUD,
            "Online via Zoom",
            f'<a href="{REG_INT}" class="external-link">Zur Anmeldung</a>',
        ),
    )
)
V2 = _old_doc(
    T27,
    _intro(T27, SUB27, INTRO27)
    + _dates_box("            <h3>Nächste Termine</h3>\n" + V2_DATES)
    + _frame(61220, RUECKBLICK_27_OLD),
)
V2_EXPECTED = rvr(T27, SUB27, [KI, H2, INT, *PAST_27_OLD])

# --- v3, January 2027: only presentation changed (date forms, sizes, labels, apostrophe) ---

H2_PLAIN = "Wasserstoff? Mach's zu deinem Beruf!"


def _v3_dates(ki_date: str, h2_date: str, int_date: str, int_extra: str = "") -> str:
    return "\n            <hr>\n".join(
        (
            _old_event(
                ki_date,
                "KI im Hand&shy;werk: Chancen für kleine Betriebe",
                KI_AUD,
                KI_PLACE,
                f'<a href="{F}/2027-02-18_Programm_KI_im_Handwerk.pdf" class="download" target="_blank">Programm (PDF, 0,21&nbsp;MB)</a> | <a href="{REG_KI}" class="external-link">Jetzt anmelden</a>',
            ),
            _old_event(
                h2_date,
                H2_PLAIN,
                H2_AUD,
                "H2PopUpLab, Bahnhofstr. 69, 45879 Gelsenkirchen",
                f'<a href="{F}/2027-03-25_Programm_Wasserstoff.pdf" class="download" target="_blank">Programm [pdf | 176&nbsp;kB]</a> | <a href="{REG_H2}" class="external-link">Jetzt anmelden</a>',
            ),
            _old_event(
                int_date,
                INT_TITLE,
                INT_AUD,
                "Online via Zoom",
                f'<a href="{REG_INT}" class="external-link">Jetzt anmelden</a>',
                extra=int_extra,
            ),
        )
    )


def _relabel(event: Json, links: tuple[tuple[str, str, str | None], ...]) -> Json:
    return {**event, "links": [{"label": lb, "url": u, "size": s} for lb, u, s in links]}


KI_V3 = _relabel(KI, (("Programm", PROG_KI, "0,21 MB"), ("Jetzt anmelden", REG_KI, None)))
H2_V3 = {
    **_relabel(H2, (("Programm", PROG_H2, "176 kB"), ("Jetzt anmelden", REG_H2, None))),
    "title": H2_PLAIN,
    "location": {
        **H2["location"],
        "street": "Bahnhofstr. 69",
        "text": "H2PopUpLab, Bahnhofstr. 69, 45879 Gelsenkirchen",
    },
}
INT_V3 = _relabel(INT, (("Jetzt anmelden", REG_INT, None),))
V3 = _old_doc(
    T27,
    _intro(T27, SUB27, INTRO27)
    + _dates_box(
        "            <h3>Nächste Termine</h3>\n"
        + _v3_dates(
            "Do., 18.02.2027, 16:00–18:30 Uhr",
            "Do., 25.03.2027, 17:00–19:00 Uhr",
            "Do., 06.05.2027, 10:00–13:00 Uhr",
        )
    )
    + _frame(61220, RUECKBLICK_27_OLD),
)
V3_EXPECTED = rvr(T27, SUB27, [KI_V3, H2_V3, INT_V3, *PAST_27_OLD])

# --- v4, February 2027: the first date moved, the old one struck ------------------------

KI_MOVED = moved(KI_V3, "2027-03-04")
V4 = _old_doc(
    T27,
    _intro(T27, SUB27, INTRO27)
    + _dates_box(
        "            <h3>Nächste Termine</h3>\n"
        + _v3_dates(
            "<del>Do., 18.02.2027</del> Do., 04.03.2027, 16:00–18:30 Uhr",
            "Do., 25.03.2027, 17:00–19:00 Uhr",
            "Do., 06.05.2027, 10:00–13:00 Uhr",
        )
    )
    + _frame(61220, RUECKBLICK_27_OLD),
)
V4_EXPECTED = rvr(T27, SUB27, [KI_MOVED, H2_V3, INT_V3, *PAST_27_OLD])

# --- v5, February 2027: the second date "verschoben auf …" --------------------------------

H2_MOVED = moved(H2_V3, "2027-04-08")
V5 = _old_doc(
    T27,
    _intro(T27, SUB27, INTRO27)
    + _dates_box(
        "            <h3>Nächste Termine</h3>\n"
        + _v3_dates(
            "Do., 04.03.2027, 16:00–18:30 Uhr",
            "Do., 25.03.2027, 17:00–19:00 Uhr</strong> – <strong>verschoben auf Donnerstag, 8. April 2027",
            "Do., 06.05.2027, 10:00–13:00 Uhr",
        )
    )
    + _frame(61220, RUECKBLICK_27_OLD),
)
V5_EXPECTED = rvr(T27, SUB27, [KI_MOVED, H2_MOVED, INT_V3, *PAST_27_OLD])

# --- v6, February 2027: the third date moved by a note under it only ----------------------

# The note stays in the summary as shown, as the corpus has "Ersatztermin: 25.02.2026".
INT_MOVED = moved(INT_V3, "2027-05-20", summary="Neuer Termin: 20.05.2027")
V6 = _old_doc(
    T27,
    _intro(T27, SUB27, INTRO27)
    + _dates_box(
        "            <h3>Nächste Termine</h3>\n"
        + _v3_dates(
            "Do., 04.03.2027, 16:00–18:30 Uhr",
            "Do., 08.04.2027, 17:00–19:00 Uhr",
            "Do., 06.05.2027 (10 bis 13 Uhr)",
            "\n            <p><em>Neuer Termin: 20.05.2027</em></p>",
        )
    )
    + _frame(61220, RUECKBLICK_27_OLD),
)
V6_EXPECTED = rvr(T27, SUB27, [KI_MOVED, H2_MOVED, INT_MOVED, *PAST_27_OLD])

# --- the relaunch (March 2027): grid containers, cards with <time>, h2 sections ----------

_NEW_HEADER = """<body class="t-rvr2027 t-rvr2027--content">
<a class="c-skiplink" href="#inhalt">Direkt zum Inhalt</a>
<header class="l-header">
  <div class="l-header__inner">
    <a class="c-logo" href="/"><img src="/_assets/9f3e1c/Images/rvr-logo.svg" alt="Regionalverband Ruhr"></a>
    <nav class="c-mainnav" aria-label="Hauptmenü"><ul class="c-mainnav__list"><li class="c-mainnav__item"><a href="/themen">Themen</a></li><li class="c-mainnav__item"><a href="/politik">Politik</a></li><li class="c-mainnav__item"><a href="/service">Service</a></li><li class="c-mainnav__item"><a href="/en">EN</a></li></ul></nav>
    <button class="c-searchtoggle" type="button" aria-expanded="false">Suche öffnen</button>
  </div>
</header>
<nav class="c-breadcrumb" aria-label="Sie sind hier"><ol><li><a href="/">Startseite</a></li><li><a href="/themen">Themen</a></li><li><a href="/themen/bildung-wissenschaft-1">Bildung &amp; Wissenschaft</a></li><li>Fachkräfte-Reihe</li></ol></nav>
<main class="l-main" id="inhalt">
"""

_NEW_CONTACTS = """<section class="l-section l-section--contacts">
  <div class="l-container">
    <h2 class="c-headline c-headline--h2">Ihre Ansprechpersonen</h2>
    <div class="l-grid l-grid--cols-2">
      <div class="l-grid__item"><div class="c-contact">
        <p class="c-contact__name">Martina Brandt</p>
        <p class="c-contact__unit">Referat Bildung, Soziales und Regionalanalysen<br>Team Bildung, Wissenschaft und Soziales</p>
        <p class="c-contact__channels"><a href="tel:+492012069490">+49 201 2069-490</a><br><a href="#" data-mailto-token="ocknvq,dtcpfvBtxt0twjt" data-mailto-vector="2">brandt[at]rvr.ruhr</a></p>
      </div></div>
      <div class="l-grid__item"><div class="c-contact">
        <p class="c-contact__name">Julian Evans</p>
        <p class="c-contact__unit">Referat Bildung, Soziales und Regionalanalysen<br>Team Regionale Statistik und Umfragen</p>
        <p class="c-contact__channels"><a href="tel:+492012069528">+49 201 2069-528</a><br><a href="#" data-mailto-token="ocknvq,gxcpuBtxt0twjt" data-mailto-vector="2">evans[at]rvr.ruhr</a></p>
      </div></div>
    </div>
  </div>
</section>
"""

_NEW_FOOTER = """</main>
<footer class="l-footer">
  <div class="l-footer__inner">
    <address class="c-footer-address"><strong>Regionalverband Ruhr</strong><br>Kronprinzenstraße 35<br>45128 Essen</address>
    <ul class="c-footer-links"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul>
    <p class="c-footer-copy">© 2027 Regionalverband Ruhr</p>
  </div>
</footer>
<script src="/_assets/9f3e1c/JavaScript/main.min.js?1790000000" defer></script>
</body>
</html>
"""


def _new_doc(title: str, sections: str, *, jsonld: str = "") -> str:
    head = _HEAD.format(lang="de-DE", title=title.split(" 20", 1)[0], url=URL, jsonld=jsonld)
    return head + _NEW_HEADER + sections + _NEW_CONTACTS + _NEW_FOOTER


NEW_INTRO = f"""<section class="l-section l-section--stage">
  <div class="l-container">
    <div class="ce ce-header"><h1 class="c-headline c-headline--h1">{T27}</h1></div>
    <div class="l-grid l-grid--cols-3 c-logos"><div class="l-grid__item"><img src="/fileadmin/logos/ihks-im-ruhrgebiet.svg" alt="IHKs im Ruhrgebiet"></div><div class="l-grid__item"><img src="/fileadmin/logos/handwerk-region-ruhr.svg" alt="Handwerk Region Ruhr"></div><div class="l-grid__item"><img src="/fileadmin/logos/rvr.svg" alt="Regionalverband Ruhr"></div></div>
    <div class="ce ce-text"><h2 class="c-headline c-headline--h2">{SUB27}</h2>
    {INTRO27}</div>
  </div>
</section>
"""


def _section(heading: str, body: str, modifier: str = "dates") -> str:
    return (
        f'<section class="l-section l-section--{modifier}">\n  <div class="l-container">\n'
        f'    <h2 class="c-headline c-headline--h2">{heading}</h2>\n{body}\n  </div>\n</section>\n'
    )


def _card(when: str, title: str, facts: str, links: str, *, extra: str = "") -> str:
    return f"""      <div class="l-grid__item"><article class="c-eventcard">
        <p class="c-eventcard__date">{when}</p>
        <h3 class="c-eventcard__title">{title}</h3>{extra}
        <dl class="c-eventcard__facts">{facts}</dl>
        <ul class="c-eventcard__links">{links}</ul>
      </article></div>"""


def _grid(*cards: str) -> str:
    return '    <div class="l-grid l-grid--cols-3">\n' + "\n".join(cards) + "\n    </div>"


def _dl(*pairs: tuple[str, str]) -> str:
    return "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs)


def _li(label: str, href: str, meta: str = "", cls: str = "c-link c-link--download") -> str:
    span = f' <span class="c-link__meta">{meta}</span>' if meta else ""
    return f'<li><a class="{cls}" href="{href}">{label}{span}</a></li>'


def _reg(href: str) -> str:
    return _li("Zur Anmeldung", href, cls="c-button c-button--primary")


KI_CARD_FACTS = _dl(
    ("Zielgruppe", KI_AUD),
    ("Ort", "Bildungszentrum der Handwerkskammer Dortmund<br>Ardeystraße 93<br>44139 Dortmund"),
)
H2_CARD_FACTS = _dl(
    ("Zielgruppe", H2_AUD), ("Ort", "H2PopUpLab<br>Bahnhofstraße 69<br>45879 Gelsenkirchen")
)
INT_CARD_FACTS = _dl(("Zielgruppe", INT_AUD), ("Ort", "Online via Zoom"))
KI_CARD_LINKS = _li(
    "Programm", f"{F}/2027-02-18_Programm_KI_im_Handwerk.pdf", "PDF, 210 KB"
) + _reg(REG_KI)
H2_CARD_LINKS = _li("Programm", f"{F}/2027-03-25_Programm_Wasserstoff.pdf", "PDF, 180 KB") + _reg(
    REG_H2
)


def _when(iso: str, shown: str, hours: str) -> str:
    return f'<time datetime="{iso}">{shown}</time> | {hours}'


KI_CARD = _card(
    _when("2027-03-04T16:00", "Do, 04.03.", "16:00–18:30 Uhr"),
    KI_TITLE,
    KI_CARD_FACTS,
    KI_CARD_LINKS,
)
H2_CARD = _card(
    _when("2027-04-08T17:00", "Do, 08.04.", "17:00–19:00 Uhr"),
    H2_TITLE,
    H2_CARD_FACTS,
    H2_CARD_LINKS,
)
INT_CARD = _card(
    _when("2027-05-20T10:00", "Do, 20.05.", "10:00–13:00 Uhr"),
    INT_TITLE,
    INT_CARD_FACTS,
    _reg(REG_INT),
)


def _acc_item(n: int, title: str, body: str) -> str:
    return f"""      <div class="c-accordion__item">
        <h3 class="c-accordion__header"><button class="c-accordion__button" type="button" aria-expanded="false" aria-controls="acc-{n}">{title}</button></h3>
        <div id="acc-{n}" class="c-accordion__panel" hidden>{body}</div>
      </div>"""


RUECKBLICK_ACC = _section(
    "Rückblick",
    '    <div class="c-accordion">\n'
    + "\n".join(
        (
            _acc_item(
                1,
                "Fachkräfte sichern im Handwerk (08.10.2026)",
                f'<p>{HANDWERK_TEXT}</p><p><a class="c-link c-link--download" href="{F}/2026-10-08_Dokumentation_Handwerk.pdf">Dokumentation <span class="c-link__meta">PDF, 1,2 MB</span></a></p>',
            ),
            _acc_item(
                2,
                "Digitale Berufe im Revier (23.04.2026)",
                "<p>Schulklassen lernten digitale Berufe kennen und sprachen mit Auszubildenden.</p>",
            ),
            _acc_item(
                3,
                "Werkstatt Transformation: Weiterbildung im Mittelstand (12.–13.03.2026)",
                "<p>Zwei Tage lang arbeiteten Betriebe an ihren Weiterbildungsplänen.</p>",
            ),
        )
    )
    + "\n    </div>",
    "review",
)

# The links of the relaunch's cards: the size inside the link ("Programm PDF, 210 KB").
KI_NEW = moved(KI, "2027-03-04")
H2_NEW = moved(H2, "2027-04-08")
INT_NEW = moved(INT, "2027-05-20")
V7 = _new_doc(
    T27,
    NEW_INTRO
    + _section("Nächste Termine 2027", _grid(KI_CARD, H2_CARD, INT_CARD))
    + RUECKBLICK_ACC,
)
V7_EXPECTED = rvr(T27, SUB27, [KI_NEW, H2_NEW, INT_NEW, *PAST_27_OLD])

# --- v7b, the same afternoon: the next date in a box beside the introduction -------------

# An <aside> inside the stage section, beside the title and the introduction: the
# series' next date; the other dates under "Weitere Termine".
NEXT_BOX = f"""    <aside class="l-stage__aside c-nextdate" aria-label="Nächster Termin">
      <h2 class="c-nextdate__title">Nächster Termin</h2>
{KI_CARD.replace('<div class="l-grid__item">', "<div>")}
    </aside>
"""
V7B = _new_doc(
    T27,
    NEW_INTRO.replace("  </div>\n</section>", NEXT_BOX + "  </div>\n</section>")
    + _section("Weitere Termine", _grid(H2_CARD, INT_CARD))
    + RUECKBLICK_ACC,
)
assert NEXT_BOX in V7B
V7B_EXPECTED = V7_EXPECTED

# --- v8, March 2027: the first date cancelled, with its reason ---------------------------

KI_REASON = "Die Veranstaltung muss wegen Erkrankung der Referentin leider entfallen. Ein neuer Termin wird rechtzeitig bekannt gegeben."
KI_CANCELLED_CARD = _card(
    _when("2027-03-04T16:00", "Do, 04.03.", "16:00–18:30 Uhr"),
    KI_TITLE,
    KI_CARD_FACTS,
    KI_CARD_LINKS,
    extra=f'\n        <p class="c-eventcard__badge"><span class="c-badge c-badge--alert">Abgesagt</span></p>\n        <p class="c-eventcard__notice">{KI_REASON}</p>',
)
# The badge is kept in the summary as shown, as the corpus has it ("Cancelled", "Fällt aus").
KI_CANCELLED = {**KI_NEW, "status": "cancelled", "summary": f"Abgesagt {KI_REASON}"}
V8 = _new_doc(
    T27,
    NEW_INTRO
    + _section("Nächste Termine 2027", _grid(KI_CANCELLED_CARD, H2_CARD, INT_CARD))
    + RUECKBLICK_ACC,
)
V8_EXPECTED = rvr(T27, SUB27, [KI_CANCELLED, H2_NEW, INT_NEW, *PAST_27_OLD])

# --- v9, March 2027: the cancelled date gone; the second "ausgebucht", registration closed ---

H2_FULL_CARD = _card(
    _when("2027-04-08T17:00", "Do, 08.04.", "17:00–19:00 Uhr"),
    f'{H2_TITLE} <span class="c-badge">ausgebucht</span>',
    H2_CARD_FACTS,
    _li("Programm", f"{F}/2027-03-25_Programm_Wasserstoff.pdf", "PDF, 180 KB"),
    extra='\n        <p class="c-eventcard__notice">Anmeldung geschlossen</p>',
)
H2_FULL = {
    **_relabel(H2_NEW, (("Programm", PROG_H2, "180 KB"),)),
    "summary": "Anmeldung geschlossen",
}
V9_SECTIONS = (
    NEW_INTRO + _section("Nächste Termine 2027", _grid(H2_FULL_CARD, INT_CARD)) + RUECKBLICK_ACC
)
V9 = _new_doc(T27, V9_SECTIONS)
V9_EXPECTED = rvr(T27, SUB27, [H2_FULL, INT_NEW, *PAST_27_OLD])

# --- v10, April 2027: an SEO extension's JSON-LD still states the old dates --------------

STALE_JSONLD = """<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
 {"@type": "EducationEvent", "name": "KI im Handwerk: Chancen für kleine Betriebe", "startDate": "2027-02-18T16:00:00+01:00", "endDate": "2027-02-18T18:30:00+01:00", "eventStatus": "https://schema.org/EventScheduled",
  "location": {"@type": "Place", "name": "Bildungszentrum der Handwerkskammer Dortmund", "address": {"@type": "PostalAddress", "streetAddress": "Ardeystraße 93", "postalCode": "44139", "addressLocality": "Dortmund"}}},
 {"@type": "EducationEvent", "name": "Wasserstoff? Mach’s zu deinem Beruf!", "startDate": "2027-03-25T17:00:00+01:00", "endDate": "2027-03-25T19:00:00+01:00",
  "location": {"@type": "Place", "name": "H2PopUpLab", "address": "Bahnhofstraße 69, 45879 Gelsenkirchen"}},
 {"@type": "EducationEvent", "name": "Internationale Fachkräfte im Mittelstand gewinnen", "startDate": "2027-05-06T09:00:00+02:00", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
  "location": {"@type": "VirtualLocation", "url": "https://zoom.us/"}}
]}
</script>
"""
V10 = _new_doc(T27, V9_SECTIONS, jsonld=STALE_JSONLD)
V10_EXPECTED = V9_EXPECTED

# --- v10b, April 2027: a table for wide screens and the cards for phones, both served ----

TABLE_AND_CARDS = f"""    <div class="d-none d-md-block"><table class="c-table"><thead><tr><th>Termin</th><th>Thema</th><th>Ort</th><th>Anmeldung</th></tr></thead><tbody>
<tr><td>Do, 08.04.2027<br>17:00–19:00 Uhr</td><td>{H2_TITLE} (ausgebucht)</td><td>H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen</td><td>Anmeldung geschlossen</td></tr>
<tr><td>Do, 20.05.2027<br>10:00–13:00 Uhr</td><td>{INT_TITLE}</td><td>Online via Zoom</td><td><a href="{REG_INT}">Zur Anmeldung</a></td></tr>
</tbody></table></div>
    <div class="d-md-none">
{_grid(H2_FULL_CARD, INT_CARD)}
    </div>"""
V10B = _new_doc(T27, NEW_INTRO + _section("Nächste Termine 2027", TABLE_AND_CARDS) + RUECKBLICK_ACC)
V10B_EXPECTED = V9_EXPECTED

# --- v11, April 2027: a TYPO3 error in place of the dates (refused) ----------------------

V11 = _new_doc(
    T27,
    NEW_INTRO
    + _section(
        "Nächste Termine 2027",
        '    <div class="l-grid l-grid--cols-3"><p><strong>Oops, an error occurred!</strong> Code: 20270420091543a1b2c3d4</p></div>',
    )
    + RUECKBLICK_ACC,
)

# --- v12, May 2027: teaser cards in the Rückblick, a new date ----------------------------


def _teaser(
    iso: str, shown: str, title: str, text: str, *, doc: str | None = None, img: str = ""
) -> str:
    link = (
        f'<p class="c-teaser__link"><a href="{doc}">Dokumentation (PDF, 1,2 MB)</a></p>'
        if doc
        else ""
    )
    return f"""      <div class="l-grid__item"><article class="c-teaser">
        <figure class="c-teaser__image"><img src="/fileadmin/_processed_/{img or "0/0/csm_default"}.jpg" alt="" loading="lazy"><figcaption>© RVR</figcaption></figure>
        <p class="c-teaser__date"><time datetime="{iso}">{shown}</time></p>
        <h3 class="c-teaser__title">{title}</h3>
        <p class="c-teaser__text">{text}</p>
        {link}
      </article></div>"""


GRUEN_CARD = _card(
    _when("2027-06-17T14:00", "Do, 17.06.", "14:00–17:00 Uhr"),
    "Grüne Ausbildung im Revier",
    _dl(
        ("Zielgruppe", "Ausbildungsbetriebe, Berufskollegs und Kammern"),
        ("Ort", "Welterbe Zollverein<br>Gelsenkirchener Straße 181<br>45309 Essen"),
    ),
    _li("Programm", f"{F}/2027-06-17_Programm_Gruene_Ausbildung.pdf", "PDF, 0,3 MB")
    + _reg(REG_GRUEN),
)
TEASERS_27 = (
    _teaser(
        "2027-04-08",
        "08.04.2027",
        H2_TITLE,
        H2_TEXT,
        doc=f"{F}/2027-04-08_Dokumentation_Wasserstoff.pdf",
        img="b/2/csm_h2popuplab_2a7",
    ),
    _teaser(
        "2026-10-08",
        "08.10.2026",
        "Fachkräfte sichern im Handwerk",
        HANDWERK_TEXT,
        doc=f"{F}/2026-10-08_Dokumentation_Handwerk.pdf",
        img="c/1/csm_hansemann_91c",
    ),
    _teaser(
        "2026-04-23",
        "23.04.2026",
        "Digitale Berufe im Revier",
        "Schulklassen lernten digitale Berufe kennen und sprachen mit Auszubildenden.",
    ),
    _teaser(
        "2026-03-12",
        "12.–13.03.2026",
        "Werkstatt Transformation: Weiterbildung im Mittelstand",
        "Zwei Tage lang arbeiteten Betriebe an ihren Weiterbildungsplänen.",
    ),
)
P_H2 = past("2027-04-08", H2_TITLE, H2_TEXT, (("Dokumentation", DOKU_H2, "1,2 MB"),))
V12 = _new_doc(
    T27,
    NEW_INTRO
    + _section("Nächste Termine 2027", _grid(INT_CARD, GRUEN_CARD))
    + _section("Rückblick", _grid(*TEASERS_27), "review"),
)
V12_EXPECTED = rvr(T27, SUB27, [INT_NEW, GRUEN, P_H2, *PAST_27_OLD])

# --- v13, June 2027: a maintenance notice in the dates box (refused) ---------------------

V13 = _new_doc(
    T27,
    NEW_INTRO
    + _section(
        "Nächste Termine 2027",
        '    <div class="c-notice c-notice--info"><p>Aufgrund von Wartungsarbeiten können die Termine derzeit nicht angezeigt werden. Bitte schauen Sie später wieder vorbei.</p></div>',
    )
    + _section("Rückblick", _grid(*TEASERS_27), "review"),
)

# --- v14, July 2027: the next date to be announced; the Rückblick as lists ---------------

V14_REVIEW = f"""    <h3 class="c-headline c-headline--h3">Fachkräfte-Reihe 2027</h3>
    <ul class="c-list">
      <li>17.06.2027 – Grüne Ausbildung im Revier<br><a href="{F}/2027-06-17_Dokumentation_Gruene_Ausbildung.pdf">Dokumentation (PDF, 1,1 MB)</a></li>
      <li>20.05.2027 – Internationale Fachkräfte im Mittelstand gewinnen<br><a href="{F}/2027-05-20_Dokumentation_Internationale_Fachkraefte.pdf">Dokumentation (PDF, 860 KB)</a></li>
      <li>08.04.2027 – {H2_TITLE}<br><a href="{F}/2027-04-08_Dokumentation_Wasserstoff.pdf">Dokumentation (PDF, 1,2 MB)</a></li>
    </ul>
    <h3 class="c-headline c-headline--h3">Fachkräfte-Reihe 2026</h3>
    <ul class="c-list">
      <li>08.10.2026 – Fachkräfte sichern im Handwerk<br><a href="{F}/2026-10-08_Dokumentation_Handwerk.pdf">Dokumentation (PDF, 1,2 MB)</a></li>
      <li>23.04.2026 – Digitale Berufe im Revier</li>
      <li>12.–13.03.2026 – Werkstatt Transformation: Weiterbildung im Mittelstand</li>
    </ul>"""
PAST_LISTED = [
    past(
        "2027-06-17", "Grüne Ausbildung im Revier", None, (("Dokumentation", DOKU_GRUEN, "1,1 MB"),)
    ),
    past("2027-05-20", INT_TITLE, None, (("Dokumentation", DOKU_INT, "860 KB"),)),
    past("2027-04-08", H2_TITLE, None, (("Dokumentation", DOKU_H2, "1,2 MB"),)),
    past(
        "2026-10-08",
        "Fachkräfte sichern im Handwerk",
        None,
        (("Dokumentation", DOKU_HANDWERK, "1,2 MB"),),
    ),
    past("2026-04-23", "Digitale Berufe im Revier", None),
    past("2026-03-12", "Werkstatt Transformation: Weiterbildung im Mittelstand", None),
]
V14 = _new_doc(
    T27,
    NEW_INTRO
    + _section(
        "Nächster Termin",
        '    <div class="c-notice"><p>Der nächste Termin wird in Kürze bekannt gegeben.</p></div>',
    )
    + _section("Rückblick", V14_REVIEW, "review"),
)
V14_EXPECTED = rvr(T27, SUB27, PAST_LISTED)

# --- v15, August 2027: two new dates, hybrid and online; the Rückblick as <details> ------


def _details(summary: str, body: str) -> str:
    return f'    <details class="c-collapse"><summary class="c-collapse__title">{summary}</summary><div class="c-collapse__body">{body}</div></details>'


V15_REVIEW = "\n".join(
    (
        _details(
            "Grüne Ausbildung im Revier (17.06.2027)",
            f'<p>{GRUEN_TEXT}</p><p><a href="{F}/2027-06-17_Dokumentation_Gruene_Ausbildung.pdf">Dokumentation</a> (PDF, 1,1 MB)</p>',
        ),
        _details(
            "Internationale Fachkräfte im Mittelstand gewinnen (20.05.2027)",
            f'<p>{INT_TEXT}</p><p><a href="{F}/2027-05-20_Dokumentation_Internationale_Fachkraefte.pdf">Dokumentation</a> (PDF, 860 KB)</p>',
        ),
        _details(
            f"{H2_TITLE} (08.04.2027)",
            f'<p>{H2_TEXT}</p><p><a href="{F}/2027-04-08_Dokumentation_Wasserstoff.pdf">Dokumentation</a> (PDF, 1,2 MB)</p>',
        ),
    )
)
PAST_15 = [
    past(
        "2027-06-17",
        "Grüne Ausbildung im Revier",
        GRUEN_TEXT,
        (("Dokumentation", DOKU_GRUEN, "1,1 MB"),),
    ),
    past("2027-05-20", INT_TITLE, INT_TEXT, (("Dokumentation", DOKU_INT, "860 KB"),)),
    P_H2,
]
GIPFEL_FACTS = _dl(
    ("Zielgruppe", "Unternehmen, Kammern, Hochschulen und Verwaltung"),
    ("Ort", "Jahrhunderthalle Bochum<br>An der Jahrhunderthalle 1<br>44793 Bochum"),
    ("Format", "hybrid – vor Ort und im Livestream"),
)
GIPFEL_LINKS = _li(
    "Programm", f"{F}/2027-09-23_Programm_Fachkraeftegipfel.pdf", "PDF, 310 KB"
) + _reg(REG_GIPFEL)
BO_CARD = _card(
    _when("2027-11-11T15:00", "Do, 11.11.", "15:00–16:30 Uhr"),
    "Berufsorientierung digital: Ausbildung 4.0",
    _dl(("Zielgruppe", "Lehrkräfte und Berufsberatung"), ("Ort", "Online (Webex)")),
    _reg(REG_BO),
)
V15 = _new_doc(
    T27,
    NEW_INTRO
    + _section(
        "Nächste Termine 2027",
        _grid(
            _card(
                _when("2027-09-23T10:00", "Do, 23.09.", "10:00–16:00 Uhr"),
                "Fachkräftegipfel Ruhr 2027",
                GIPFEL_FACTS,
                GIPFEL_LINKS,
            ),
            BO_CARD,
        ),
    )
    + _section("Rückblick", V15_REVIEW, "review"),
)
V15_EXPECTED = rvr(T27, SUB27, [GIPFEL, BO, *PAST_15])

# --- v16, September 2027: the summit moved (old date struck), the online date cancelled ---

BO_REASON = "Die Veranstaltung entfällt wegen zu geringer Anmeldezahlen."
V16 = _new_doc(
    T27,
    NEW_INTRO
    + _section(
        "Nächste Termine 2027",
        _grid(
            _card(
                '<s>Do, 23.09.</s> <time datetime="2027-09-30T10:00">Do, 30.09.</time> | 10:00–16:00 Uhr',
                "Fachkräftegipfel Ruhr 2027",
                GIPFEL_FACTS,
                GIPFEL_LINKS,
            ),
            _card(
                _when("2027-11-11T15:00", "Do, 11.11.", "15:00–16:30 Uhr"),
                "Berufsorientierung digital: Ausbildung 4.0",
                _dl(("Zielgruppe", "Lehrkräfte und Berufsberatung"), ("Ort", "Online (Webex)")),
                _reg(REG_BO),
                extra=f'\n        <p class="c-eventcard__notice">{BO_REASON}</p>',
            ),
        ),
    )
    + _section("Rückblick", V15_REVIEW, "review"),
)
V16_EXPECTED = rvr(
    T27,
    SUB27,
    [moved(GIPFEL, "2027-09-30"), {**BO, "status": "cancelled", "summary": BO_REASON}, *PAST_15],
)

# --- v17, October 2027: the summit in the Rückblick, two new dates (one "… ab 16 Uhr im …") ---

REG_PFLEGE, REG_BILANZ = f"{REG}/fkr-2027-7", f"{REG}/fkr-2027-8"
PFLEGE_T = "Fachkräfte für die Pflege gewinnen"
PFLEGE_FACTS = _dl(
    ("Zielgruppe", "Pflegeeinrichtungen und Pflegeschulen"),
    ("Ort", "Haus der Technik<br>Hollestraße 1<br>45127 Essen"),
)
PFLEGE = ev(
    "2027-11-25",
    PFLEGE_T,
    "15:00",
    "17:00",
    where=("Haus der Technik", "Hollestraße 1", "45127", "Essen"),
    audience="Pflegeeinrichtungen und Pflegeschulen",
    links=(("Zur Anmeldung", REG_PFLEGE, None),),
)
BILANZ_T = "Jahresabschluss: Bilanz der Fachkräfte-Reihe 2027"
BILANZ = ev(
    "2027-12-09", BILANZ_T, "16:00", where=H2_WHERE, links=(("Zur Anmeldung", REG_BILANZ, None),)
)
GIPFEL_TEXT = "Rund 400 Gäste vor Ort und im Livestream diskutierten die Fachkräftestrategie Ruhr."
DOKU_GIPFEL = f"{FILES}/2027-09-30_Dokumentation_Fachkraeftegipfel.pdf"
V17_REVIEW = (
    _details(
        "Fachkräftegipfel Ruhr 2027 (30.09.2027)",
        f'<p>{GIPFEL_TEXT}</p><p><a href="{F}/2027-09-30_Dokumentation_Fachkraeftegipfel.pdf">Dokumentation</a> (PDF, 2,4 MB)</p>',
    )
    + "\n"
    + V15_REVIEW
)
PAST_17 = [
    past(
        "2027-09-30",
        "Fachkräftegipfel Ruhr 2027",
        GIPFEL_TEXT,
        (("Dokumentation", DOKU_GIPFEL, "2,4 MB"),),
    ),
    *PAST_15,
]
BO_CARD_CANCELLED = _card(
    _when("2027-11-11T15:00", "Do, 11.11.", "15:00–16:30 Uhr"),
    "Berufsorientierung digital: Ausbildung 4.0",
    _dl(("Zielgruppe", "Lehrkräfte und Berufsberatung"), ("Ort", "Online (Webex)")),
    _reg(REG_BO),
    extra=f'\n        <p class="c-eventcard__notice">{BO_REASON}</p>',
)
PFLEGE_CARD = _card(
    _when("2027-11-25T15:00", "Do, 25.11.", "15:00–17:00 Uhr"),
    PFLEGE_T,
    PFLEGE_FACTS,
    _reg(REG_PFLEGE),
)
BILANZ_CARD = _card(
    "<strong>Am 9. Dezember 2027 ab 16 Uhr im H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen</strong>",
    BILANZ_T,
    "",
    _reg(REG_BILANZ),
)
V17 = _new_doc(
    T27,
    NEW_INTRO
    + _section("Nächste Termine 2027", _grid(BO_CARD_CANCELLED, PFLEGE_CARD, BILANZ_CARD))
    + _section("Rückblick", V17_REVIEW, "review"),
)
BO_CANCELLED = {**BO, "status": "cancelled", "summary": BO_REASON}
V17_EXPECTED = rvr(T27, SUB27, [BO_CANCELLED, PFLEGE, BILANZ, *PAST_17])

# --- v18, October 2027: "Verschoben! Neuer Termin: …" above the struck old date ----------

BO_STRUCK_OFF = "Die Veranstaltung wurde ersatzlos gestrichen."
PFLEGE_NOTICE = "Verschoben! Neuer Termin: 2. Dezember 2027"
PFLEGE_MOVED_CARD = f"""      <div class="l-grid__item"><article class="c-eventcard">
        <p class="c-eventcard__notice"><strong>{PFLEGE_NOTICE}</strong></p>
        <p class="c-eventcard__date"><s>Do, 25.11.2027</s>, 15:00–17:00 Uhr</p>
        <h3 class="c-eventcard__title">{PFLEGE_T}</h3>
        <dl class="c-eventcard__facts">{PFLEGE_FACTS}</dl>
        <ul class="c-eventcard__links">{_reg(REG_PFLEGE)}</ul>
      </article></div>"""
V18 = _new_doc(
    T27,
    NEW_INTRO
    + _section(
        "Nächste Termine 2027",
        _grid(BO_CARD_CANCELLED.replace(BO_REASON, BO_STRUCK_OFF), PFLEGE_MOVED_CARD, BILANZ_CARD),
    )
    + _section("Rückblick", V17_REVIEW, "review"),
)
PFLEGE_MOVED = moved(PFLEGE, "2027-12-02", summary=PFLEGE_NOTICE)
V18_EXPECTED = rvr(
    T27, SUB27, [{**BO_CANCELLED, "summary": BO_STRUCK_OFF}, PFLEGE_MOVED, BILANZ, *PAST_17]
)

# --- v19, November 2027: a struck date with a bold new one below; a bold notice sentence ---

PFLEGE_OFF = "Die Veranstaltung am 2. Dezember muss leider ausfallen."
BILANZ_NOTE = "Neuer Termin: 16.12.2027"
BILANZ_FACTS = _dl(("Ort", "H2PopUpLab<br>Bahnhofstraße 69<br>45879 Gelsenkirchen"))
V19_CARDS = (
    _card(
        _when("2027-12-02T15:00", "Do, 02.12.", "15:00–17:00 Uhr"),
        PFLEGE_T,
        PFLEGE_FACTS,
        _reg(REG_PFLEGE),
        extra=f'\n        <p class="c-eventcard__notice"><strong>{PFLEGE_OFF}</strong></p>',
    ),
    _card(
        "<s>Do, 09.12.2027</s> | ab 16 Uhr",
        BILANZ_T,
        BILANZ_FACTS,
        _reg(REG_BILANZ),
        extra=f'\n        <p class="c-eventcard__notice"><strong>{BILANZ_NOTE}</strong></p>',
    ),
)
V19 = _new_doc(
    T27,
    NEW_INTRO
    + _section("Nächste Termine 2027", _grid(*V19_CARDS))
    + _section("Rückblick", V17_REVIEW, "review"),
)
PFLEGE_OFF_EXPECTED = {**PFLEGE_MOVED, "status": "cancelled", "summary": PFLEGE_OFF}
BILANZ_MOVED = moved(BILANZ, "2027-12-16", summary=BILANZ_NOTE)
V19_EXPECTED = rvr(T27, SUB27, [PFLEGE_OFF_EXPECTED, BILANZ_MOVED, *PAST_17])

# --- v20, November 2027: "wird verlegt. Sie findet nun am … statt" ----------------------

BILANZ_VERLEGT = "Die Veranstaltung wird verlegt. Sie findet nun am 13. Januar 2028 statt."
V20 = _new_doc(
    T27,
    NEW_INTRO
    + _section(
        "Nächste Termine 2027",
        _grid(
            V19_CARDS[0],
            _card(
                "Do, 16.12.2027 | ab 16 Uhr",
                BILANZ_T,
                BILANZ_FACTS,
                _reg(REG_BILANZ),
                extra=f'\n        <p class="c-eventcard__notice">{BILANZ_VERLEGT}</p>',
            ),
        ),
    )
    + _section("Rückblick", V17_REVIEW, "review"),
)
V20_EXPECTED = rvr(
    T27, SUB27, [PFLEGE_OFF_EXPECTED, moved(BILANZ, "2028-01-13", summary=BILANZ_VERLEGT), *PAST_17]
)

# --- the English page (old template), two versions ---------------------------------------

_EN_CONTACTS = """<div id="c71230" class="frame frame-default frame-type-container_contactboxes frame-layout-0">
  <header><h2 class="element-header">Contact</h2></header>
  <div class="row contact-boxes"><div class="col-md-4"><div class="contact-box">
    <p class="contact-box__name">Martina Brandt</p>
    <p class="contact-box__unit">Education, Social Affairs and Regional Analyses</p>
    <p><a href="#" data-mailto-token="ocknvq,dtcpfvBtxt0twjt" data-mailto-vector="2">brandt[at]rvr.ruhr</a><br><a href="tel:+492012069490">+49 201 2069-490</a></p>
  </div></div></div>
</div>
"""
INTRO_EN = (
    "<p>In 2027, the Regionalverband Ruhr, the chambers of industry and commerce and the skilled crafts of the Ruhr "
    "invite small and medium-sized enterprises to four events on training, further education and immigration.</p>"
    "<p>Participation is free of charge; registration is required.</p>"
)


def _en_event(
    date: str, title: str, audience: str, venue: str, links: str, *, extra: str = ""
) -> str:
    return f"""            <p><strong>{date}</strong></p>
            <p><strong>Topic:</strong> {title}</p>
            <p><strong>Target group:</strong> {audience}</p>
            <p><strong>Venue:</strong> {venue}</p>{extra}
            <p>{links}</p>"""


KI_EN_T = "AI in the skilled trades: opportunities for small businesses"
H2_EN_T = "Hydrogen? Make it your career!"
INT_EN_T = "Winning international skilled workers for SMEs"
KI_EN_A, H2_EN_A = "Owners of small craft businesses", "Pupils from year 9, teachers and parents"
INT_EN_A = "HR managers in small and medium-sized enterprises"
EN_REVIEW = """      <div id="c71221" class="frame frame-default frame-type-text frame-layout-0">
        <header><h2 class="element-header">Review</h2></header>
        <h3 class="element-header">Securing skilled workers in the trades (8 October 2026)</h3>
        <p>Around 60 businesses discussed how to attract and keep young talent.</p>
      </div>"""
P_EN = past(
    "2026-10-08",
    "Securing skilled workers in the trades",
    "Around 60 businesses discussed how to attract and keep young talent.",
)


def _en_doc(dates: str) -> str:
    frames = (
        _intro(T27_EN, SUB27_EN, INTRO_EN).replace(
            "Ein gemeinsames Angebot mit:", "A joint initiative of:"
        )
        + _dates_box("            <h3>Upcoming dates</h3>\n" + dates)
        + _frame(61220, EN_REVIEW, "weiß").replace("25-50-25 weiß", "25-50-25 white")
    )
    return _old_doc(T27_EN, frames, year=2027, lang="en-GB", url=URL_EN, contacts=_EN_CONTACTS)


def _en_links(prog: str | None, size: str, reg: str) -> str:
    register = f'<a href="{reg}" class="external-link">Register</a>'
    if prog is None:
        return register
    return f'<a href="{prog}" class="download">Programme</a> (PDF, {size}) | {register}'


EN1 = _en_doc(
    "\n            <hr>\n".join(
        (
            _en_event(
                "Thursday, 18 February 2027, 4:00–6:30 pm",
                KI_EN_T,
                KI_EN_A,
                KI_PLACE,
                _en_links(f"{F}/2027-02-18_Programm_KI_im_Handwerk.pdf", "210 KB", REG_KI),
            ),
            _en_event(
                "Thursday, 25 March 2027, 5–7 pm",
                H2_EN_T,
                H2_EN_A,
                H2_PLACE,
                _en_links(f"{F}/2027-03-25_Programm_Wasserstoff.pdf", "180 KB", REG_H2),
            ),
            _en_event(
                "Thursday, 6 May 2027, 10 am – 1 pm",
                INT_EN_T,
                INT_EN_A,
                "Online via Zoom",
                _en_links(None, "", REG_INT),
            ),
        )
    )
)


def _en(
    date: str,
    title: str,
    start: str,
    end: str,
    *,
    where: Place,
    audience: str,
    links: tuple[tuple[str, str, str | None], ...],
) -> Json:
    return ev(date, title, start, end, where=where, audience=audience, links=links)


KI_EN = _en(
    "2027-02-18",
    KI_EN_T,
    "16:00",
    "18:30",
    where=KI_WHERE,
    audience=KI_EN_A,
    links=(("Programme", PROG_KI, "210 KB"), ("Register", REG_KI, None)),
)
H2_EN = _en(
    "2027-03-25",
    H2_EN_T,
    "17:00",
    "19:00",
    where=H2_WHERE,
    audience=H2_EN_A,
    links=(("Programme", PROG_H2, "180 KB"), ("Register", REG_H2, None)),
)
INT_EN = _en(
    "2027-05-06",
    INT_EN_T,
    "10:00",
    "13:00",
    where="Online via Zoom",
    audience=INT_EN_A,
    links=(("Register", REG_INT, None),),
)
EN1_EXPECTED = page(URL_EN, T27_EN, SUB27_EN, [KI_EN, H2_EN, INT_EN, P_EN], CONTACTS_EN)

INT_EN_REASON = "Unfortunately, this event has been cancelled due to low registration numbers."
EN2 = _en_doc(
    "\n            <hr>\n".join(
        (
            _en_event(
                "Thursday, 18 February 2027, 4:00–6:30 pm – postponed to Thursday, 4 March 2027",
                KI_EN_T,
                KI_EN_A,
                KI_PLACE,
                _en_links(f"{F}/2027-02-18_Programm_KI_im_Handwerk.pdf", "210 KB", REG_KI),
            ),
            _en_event(
                "Thursday, 25 March 2027, 5–7 pm",
                f"{H2_EN_T} (fully booked)",
                H2_EN_A,
                H2_PLACE,
                _en_links(f"{F}/2027-03-25_Programm_Wasserstoff.pdf", "180 KB", REG_H2),
            ),
            _en_event(
                "Thursday, 6 May 2027, 10 am – 1 pm",
                INT_EN_T,
                INT_EN_A,
                "Online via Zoom",
                _en_links(None, "", REG_INT),
                extra=f"\n            <p>{INT_EN_REASON}</p>",
            ),
        )
    )
)
EN2_EXPECTED = page(
    URL_EN,
    T27_EN,
    SUB27_EN,
    [
        moved(KI_EN, "2027-03-04"),
        H2_EN,
        {**INT_EN, "status": "cancelled", "summary": INT_EN_REASON},
        P_EN,
    ],
    CONTACTS_EN,
)

# --- the corpus documents and the timelines -----------------------------------------------

# (name, time of the check, what it shows, document, expected JSON or None: refused)
VERSIONS: tuple[tuple[str, str, str, str, Json | None], ...] = (
    (
        "life3-2026-09-edition-2026-next-date",
        "2026-09-14T09:00:00+02:00",
        "the 2026 edition's last date, 'Programm (240 KB)', a Rückblick of h3 '(12.–13.03.2026)' with an archive link in its intro",
        V0,
        V0_EXPECTED,
    ),
    (
        "life3-2026-12-save-the-date-thema-folgt",
        "2026-12-10T09:00:00+01:00",
        "the 2027 edition: 'Save the Date', '18. Februar 2027 – Thema folgt' (no title: the series' title), the Rückblick grows",
        V1,
        V1_EXPECTED,
    ),
    (
        "life3-2027-01-three-dates-registration",
        "2027-01-08T09:00:00+01:00",
        "'Nächste Termine': three dates with Thema/Zielgruppe/Ort, 'Programm (PDF, 210 KB) | Zur Anmeldung', an online date",
        V2,
        V2_EXPECTED,
    ),
    (
        "life3-2027-01-presentation-only",
        "2027-01-15T09:00:00+01:00",
        "the same dates as 'Do., 18.02.2027, 16:00–18:30 Uhr', 'Programm (PDF, 0,21 MB)' in the link, '[pdf | 176 kB]', 'Jetzt anmelden', 'Mach's', 'Bahnhofstr.', a soft hyphen",
        V3,
        V3_EXPECTED,
    ),
    (
        "life3-2027-02-moved-struck-date",
        "2027-02-01T09:00:00+01:00",
        "'<del>Do., 18.02.2027</del> Do., 04.03.2027, 16:00–18:30 Uhr'",
        V4,
        V4_EXPECTED,
    ),
    (
        "life3-2027-02-verschoben-auf",
        "2027-02-08T09:00:00+01:00",
        "'Do., 25.03.2027, 17:00–19:00 Uhr – verschoben auf Donnerstag, 8. April 2027' (the hours move along)",
        V5,
        V5_EXPECTED,
    ),
    (
        "life3-2027-02-neuer-termin-note",
        "2027-02-15T09:00:00+01:00",
        "the date line unchanged but written 'Do., 06.05.2027 (10 bis 13 Uhr)', a note 'Neuer Termin: 20.05.2027' under the event's place (the hours move along)",
        V6,
        V6_EXPECTED,
    ),
    (
        "life3-2027-03-relaunch-cards-time",
        "2027-03-01T09:00:00+01:00",
        "relaunch: grid of cards, '<time datetime>Do, 04.03.</time> | 16:00–18:30 Uhr', dl facts, 'Programm <span>PDF, 210 KB</span>', h2 'Nächste Termine 2027', accordion Rückblick, new contact cards",
        V7,
        V7_EXPECTED,
    ),
    (
        "life3-2027-03-next-date-box-beside-intro",
        "2027-03-01T15:00:00+01:00",
        "the next date moved into an <aside> box beside the title and introduction, the others under 'Weitere Termine'",
        V7B,
        V7B_EXPECTED,
    ),
    (
        "life3-2027-03-cancelled-with-reason",
        "2027-03-02T09:00:00+01:00",
        "an 'Abgesagt' badge and the reason ('muss wegen Erkrankung der Referentin leider entfallen. Ein neuer Termin wird … bekannt gegeben')",
        V8,
        V8_EXPECTED,
    ),
    (
        "life3-2027-03-ausgebucht-anmeldung-geschlossen",
        "2027-03-20T09:00:00+01:00",
        "a badge 'ausgebucht' beside the card's title, 'Anmeldung geschlossen' instead of the registration link, the cancelled date gone",
        V9,
        V9_EXPECTED,
    ),
    (
        "life3-2027-04-stale-json-ld",
        "2027-04-01T09:00:00+02:00",
        "an SEO extension's JSON-LD with the old dates and the cancelled date as scheduled: the visible page wins",
        V10,
        V10_EXPECTED,
    ),
    (
        "life3-2027-04-table-for-desktop-cards-for-phones",
        "2027-04-05T09:00:00+02:00",
        "the dates twice: a table for wide screens ('d-none d-md-block', the hours on a <br> line of the date cell, '(ausgebucht)', 'Anmeldung geschlossen') and the cards for phones ('d-md-none'): one event each",
        V10B,
        V10B_EXPECTED,
    ),
    (
        "life3-refuse-2027-04-typo3-error-in-dates",
        "2027-04-20T09:00:00+02:00",
        "refused: 'Oops, an error occurred! Code: …' in place of the dates, the Rückblick still there",
        V11,
        None,
    ),
    (
        "life3-2027-05-rueckblick-teaser-cards",
        "2027-05-10T09:00:00+02:00",
        "a date concluded into the Rückblick as teaser cards (image, <time>, 'Dokumentation (PDF, 1,2 MB)'), a new date",
        V12,
        V12_EXPECTED,
    ),
    (
        "life3-refuse-2027-06-maintenance-in-dates-box",
        "2027-06-01T09:00:00+02:00",
        "refused: 'Aufgrund von Wartungsarbeiten können die Termine derzeit nicht angezeigt werden' under 'Nächste Termine', the Rückblick still there",
        V13,
        None,
    ),
    (
        "life3-2027-07-next-date-to-be-announced",
        "2027-07-05T09:00:00+02:00",
        "'Nächster Termin: Der nächste Termin wird in Kürze bekannt gegeben.', the Rückblick as lists by year ('17.06.2027 – Title', documentation link below)",
        V14,
        V14_EXPECTED,
    ),
    (
        "life3-2027-08-hybrid-and-online",
        "2027-08-20T09:00:00+02:00",
        "two new dates, one hybrid ('Format: hybrid – vor Ort und im Livestream'), one online, 'Ausbildung 4.0'; the Rückblick as <details>",
        V15,
        V15_EXPECTED,
    ),
    (
        "life3-2027-09-struck-card-date-entfaellt",
        "2027-09-10T09:00:00+02:00",
        "'<s>Do, 23.09.</s> <time>Do, 30.09.</time>', 'Die Veranstaltung entfällt wegen zu geringer Anmeldezahlen.'",
        V16,
        V16_EXPECTED,
    ),
    (
        "life3-2027-10-new-dates-ab-16-uhr-im",
        "2027-10-04T09:00:00+02:00",
        "the summit concluded into the Rückblick, two new dates, one as 'Am 9. Dezember 2027 ab 16 Uhr im H2PopUpLab, Bahnhofstraße 69, …' (the place without 'im')",
        V17,
        V17_EXPECTED,
    ),
    (
        "life3-2027-10-notice-above-struck-date",
        "2027-10-20T09:00:00+02:00",
        "'Verschoben! Neuer Termin: 2. Dezember 2027' in bold above '<s>Do, 25.11.2027</s>, 15:00–17:00 Uhr' (moved, not cancelled, no event 'Neuer Termin'); a cancelled date's reason now 'ersatzlos gestrichen'",
        V18,
        V18_EXPECTED,
    ),
    (
        "life3-2027-11-bold-new-date-bold-notice",
        "2027-11-08T09:00:00+01:00",
        "'<s>Do, 09.12.2027</s> | ab 16 Uhr' with a bold 'Neuer Termin: 16.12.2027' below it; a bold 'Die Veranstaltung am 2. Dezember muss leider ausfallen.' (a notice, no dated heading)",
        V19,
        V19_EXPECTED,
    ),
    (
        "life3-2027-11-verlegt-findet-nun-statt",
        "2027-11-22T09:00:00+01:00",
        "'Die Veranstaltung wird verlegt. Sie findet nun am 13. Januar 2028 statt.'",
        V20,
        V20_EXPECTED,
    ),
    (
        "life3-en-2027-01-three-dates",
        "2027-01-10T09:00:00+01:00",
        "the English page: 'Upcoming dates', 'Topic:', 'Target group:', 'Venue:', '4:00–6:30 pm', '10 am – 1 pm', 'Programme (PDF, 210 KB) | Register', 'Review'",
        EN1,
        EN1_EXPECTED,
    ),
    (
        "life3-en-2027-02-postponed-booked-cancelled",
        "2027-02-10T09:00:00+01:00",
        "English: '… – postponed to Thursday, 4 March 2027', '(fully booked)', 'this event has been cancelled due to …'",
        EN2,
        EN2_EXPECTED,
    ),
)

LIFE3: dict[str, Handwritten] = {
    name: Handwritten(
        f"RVR life 3: {about}",
        None,
        URL_EN if "-en-" in name else URL,
        now,
        html,
        expected,
    )
    for name, now, about, html, expected in VERSIONS
}

# What a subscriber must be told at each check: (kind, title as published, date).
# ``None``: the check is refused (a failed check: nothing stored, nothing told).
Told = list[tuple[str, str, str]] | None
TIMELINE: tuple[tuple[str, Told], ...] = (
    ("life3-2026-09-edition-2026-next-date", []),  # the baseline
    (
        "life3-2026-12-save-the-date-thema-folgt",
        [
            ("concluded", "Fachkräfte sichern im Handwerk", "2026-10-08"),
            ("new_date", T27, "2027-02-18"),
        ],
    ),
    (
        # The saved date gets its topic, hours, place and links: the same date, its time
        # stated for the first time ("date or time changes": rescheduled, not removed + new).
        "life3-2027-01-three-dates-registration",
        [
            ("rescheduled", KI_TITLE, "2027-02-18"),
            ("new_date", H2_TITLE, "2027-03-25"),
            ("new_date", INT_TITLE, "2027-05-06"),
        ],
    ),
    ("life3-2027-01-presentation-only", []),
    ("life3-2027-02-moved-struck-date", [("rescheduled", KI_TITLE, "2027-03-04")]),
    ("life3-2027-02-verschoben-auf", [("rescheduled", H2_PLAIN, "2027-04-08")]),
    ("life3-2027-02-neuer-termin-note", [("rescheduled", INT_TITLE, "2027-05-20")]),
    ("life3-2027-03-relaunch-cards-time", []),
    ("life3-2027-03-next-date-box-beside-intro", []),
    ("life3-2027-03-cancelled-with-reason", [("cancelled", KI_TITLE, "2027-03-04")]),
    # The registration link is gone ("Anmeldung geschlossen"): the links changed.
    ("life3-2027-03-ausgebucht-anmeldung-geschlossen", [("updated", H2_TITLE, "2027-04-08")]),
    ("life3-2027-04-stale-json-ld", []),
    ("life3-2027-04-table-for-desktop-cards-for-phones", []),
    ("life3-refuse-2027-04-typo3-error-in-dates", None),
    (
        "life3-2027-05-rueckblick-teaser-cards",
        [
            ("concluded", H2_TITLE, "2027-04-08"),
            ("new_date", "Grüne Ausbildung im Revier", "2027-06-17"),
        ],
    ),
    ("life3-refuse-2027-06-maintenance-in-dates-box", None),
    (
        "life3-2027-07-next-date-to-be-announced",
        [
            ("concluded", INT_TITLE, "2027-05-20"),
            ("concluded", "Grüne Ausbildung im Revier", "2027-06-17"),
        ],
    ),
    (
        "life3-2027-08-hybrid-and-online",
        [
            ("new_date", "Fachkräftegipfel Ruhr 2027", "2027-09-23"),
            ("new_date", "Berufsorientierung digital: Ausbildung 4.0", "2027-11-11"),
        ],
    ),
    (
        "life3-2027-09-struck-card-date-entfaellt",
        [
            ("rescheduled", "Fachkräftegipfel Ruhr 2027", "2027-09-30"),
            ("cancelled", "Berufsorientierung digital: Ausbildung 4.0", "2027-11-11"),
        ],
    ),
    (
        "life3-2027-10-new-dates-ab-16-uhr-im",
        [
            ("concluded", "Fachkräftegipfel Ruhr 2027", "2027-09-30"),
            ("new_date", PFLEGE_T, "2027-11-25"),
            ("new_date", BILANZ_T, "2027-12-09"),
        ],
    ),
    # the cancelled date's reason reworded ("ersatzlos gestrichen"): still cancelled, no news
    ("life3-2027-10-notice-above-struck-date", [("rescheduled", PFLEGE_T, "2027-12-02")]),
    (
        "life3-2027-11-bold-new-date-bold-notice",
        [("cancelled", PFLEGE_T, "2027-12-02"), ("rescheduled", BILANZ_T, "2027-12-16")],
    ),
    ("life3-2027-11-verlegt-findet-nun-statt", [("rescheduled", BILANZ_T, "2028-01-13")]),
)
TIMELINE_EN: tuple[tuple[str, Told], ...] = (
    ("life3-en-2027-01-three-dates", []),
    (
        "life3-en-2027-02-postponed-booked-cancelled",
        [("rescheduled", KI_EN_T, "2027-03-04"), ("cancelled", INT_EN_T, "2027-05-06")],
    ),
)
