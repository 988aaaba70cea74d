"""Hand-written lecture and consultation-day series: dates in a table with a speaker
column, date headings with "Speaker: Title" lines, dates announced in sentences (one, or a
list sharing one year), and a time and place stated once for every date ("jeweils …").
Whole documents; expected JSON written out by hand from what a reader notes down."""

# Data: markup one element a line.
# ruff: noqa: E501

from __future__ import annotations

from corpus_handwritten import Handwritten
from corpus_kit import ev, page
from page_model import Json

U_RING = "https://sowi.tu-dortmund.de/ringvorlesung-transformation-der-arbeit"
U_WH = "https://www.w-hs.de/wasserstoff/vortragsreihe"
U_IHK = "https://www.bochum.ihk.de/gruendung/gruendungssprechtage"
U_DO = "https://www.dortmund.de/stadtteilgespraeche"
U_BMR = "https://www.business.metropoleruhr.de/en/ruhr-talent-talks"

# A Drupal view: each row's date, title link and place in divs of their own.
DRUPAL_VIEW = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Stadtteilgespräche | Stadt Dortmund</title></head><body>'
    '<header role="banner"><nav><a href="/">Start</a></nav></header>'
    '<main><div class="region-content">'
    '<h1 class="page-title">Stadtteilgespräche</h1>'
    '<div class="field--name-body"><p>In den Stadtteilgesprächen diskutieren Bürgerinnen und Bürger mit der Verwaltung über die Zukunft ihres Quartiers.</p></div>'
    '<div class="view view-events"><div class="view-header"><h2>Kommende Termine</h2></div>'
    '<div class="view-content">'
    '<div class="views-row"><div class="views-field views-field-field-date"><span class="field-content"><time datetime="2027-01-20T17:00:00Z">Mi., 20.01.2027 – 18:00 Uhr</time></span></div>'
    '<div class="views-field views-field-title"><span class="field-content"><a href="/stadtteilgespraeche/nord">Stadtteilgespräch Nord</a></span></div>'
    '<div class="views-field views-field-field-location"><div class="field-content">Bürgerhaus Nord, Hauptstraße 5, 44137 Dortmund</div></div></div>'
    '<div class="views-row"><div class="views-field views-field-field-date"><span class="field-content"><time datetime="2027-02-17T17:00:00Z">Mi., 17.02.2027 – 18:00 Uhr</time></span></div>'
    '<div class="views-field views-field-title"><span class="field-content"><a href="/stadtteilgespraeche/sued">Stadtteilgespräch Süd</a></span></div>'
    '<div class="views-field views-field-field-location"><div class="field-content">Gemeindezentrum Süd, Kirchweg 12, 44227 Dortmund</div></div></div>'
    "</div></div>"
    "</div></main>"
    "<footer><p>© Stadt Dortmund</p></footer></body></html>"
)
# English cards; the time and place of every talk stated once in the introduction.
ENGLISH_CARDS = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ruhr Talent Talks – Business Metropole Ruhr</title></head><body>'
    '<nav class="navbar"><a href="/">Home</a></nav>'
    '<main class="container">'
    "<h1>Ruhr Talent Talks</h1>"
    "<p>A series of evening talks on attracting international talent to the Ruhr region. All talks start at 6 pm and take place at the Business Metropole Ruhr offices, Kronprinzenstraße 6, 45128 Essen.</p>"
    "<h2>Upcoming talks</h2>"
    '<div class="card"><div class="card-body"><p class="card-date">Tuesday, 12 January 2027</p><h3 class="card-title">Relocating to the Ruhr: what works</h3><p>With speakers from three companies that hired abroad.</p></div></div>'
    '<div class="card"><div class="card-body"><p class="card-date">Tuesday, 9 February 2027</p><h3 class="card-title">Recognition of foreign qualifications</h3><p><span class="badge bg-danger">Cancelled</span></p></div></div>'
    "<h2>Past talks</h2>"
    "<ul><li>10 November 2026 – Welcome centres in the region</li><li>8 December 2026 – Dual careers</li></ul>"
    "</main><footer>© BMR</footer></body></html>"
)
# The next date in a sidebar box beside a main text that only reviews past events.
SIDEBAR_NEXT = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Fachkräftedialog Emscher-Lippe – Kreis Recklinghausen</title></head><body>'
    '<header><nav><a href="/">Start</a></nav></header>'
    '<div class="container"><main class="col-md-8">'
    "<h1>Fachkräftedialog Emscher-Lippe</h1>"
    "<p>Der Fachkräftedialog bringt zweimal im Jahr Unternehmen, Kammern, Arbeitsagentur und Kommunen der Emscher-Lippe-Region zusammen. Im Mittelpunkt stehen konkrete Projekte zur Sicherung des Fachkräftebedarfs in Industrie, Handwerk und Pflege.</p>"
    "<h2>Rückblick</h2>"
    "<h3>Fachkräftedialog Herbst 2026 (05.11.2026)</h3>"
    "<p>Über 60 Teilnehmende diskutierten über Pflegeausbildung.</p>"
    "</main>"
    '<aside class="col-md-4 sidebar">'
    '<div class="box"><h2>Nächster Termin</h2><p><strong>Donnerstag, 6. Mai 2027, 14–17 Uhr</strong></p><p>Fachkräftedialog Frühjahr 2027</p><p>Kreishaus Recklinghausen, Kurt-Schumacher-Allee 1, 45657 Recklinghausen</p></div>'
    '<div class="box"><h2>Aktuelles</h2><p>02.12.2026: Neuer Ausbildungsatlas erschienen</p></div>'
    "</aside></div>"
    "<footer>© Kreis Recklinghausen</footer></body></html>"
)
# The same page with the county's other events in the sidebar box: not the series'.
SIDEBAR_OTHER = SIDEBAR_NEXT.replace(
    "<h2>Nächster Termin</h2><p><strong>Donnerstag, 6. Mai 2027, 14–17 Uhr</strong></p>"
    "<p>Fachkräftedialog Frühjahr 2027</p><p>Kreishaus Recklinghausen, "
    "Kurt-Schumacher-Allee 1, 45657 Recklinghausen</p>",
    "<h2>Nächste Termine</h2><p><strong>14.01.2027</strong></p><p>Neujahrsempfang des "
    "Kreises</p><p><strong>03.02.2027</strong></p><p>Ehrenamtsbörse im Kreishaus</p>",
)
assert SIDEBAR_OTHER != SIDEBAR_NEXT
U_RE = "https://www.kreis-re.de/fachkraeftedialog"
HERBST = ev(
    "2026-11-05",
    "Fachkräftedialog Herbst 2026",
    status="past",
    summary="Über 60 Teilnehmende diskutierten über Pflegeausbildung.",
)
U_RVR = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
NEXT_SENTENCE = (
    "Die Fachkräfte-Reihe geht weiter: Der nächste Termin findet am 27. Januar 2027 um 17 Uhr "
    "im H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen statt."
)
# No section word at all: a news sentence with a date, then the sentence announcing the next date.
INTRO_NEXT = '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Fachkräfte-Reihe</title></head><body><main><h1>Fachkräfte-Reihe 2026</h1><p>Die gemeinsame Veranstaltungsreihe des RVR und der Kammern beleuchtet Herausforderungen und Chancen für die Berufsbildung im Ruhrgebiet. Am 12. März 2026 hat der Verbandsausschuss die Fortsetzung beschlossen.</p><p>Die Fachkräfte-Reihe geht weiter: Der nächste Termin findet am 27. Januar 2027 um 17 Uhr im H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen statt.</p></main><footer>RVR</footer></body></html>'
U_HSBO = "https://www.hochschule-bochum.de/frauen-in-mint/netzwerktreffen"
# WordPress block columns: a bold date line, an h3 title, a place line, a button; a
# review sentence "Beim letzten Treffen am …" (a contraction before the noun).
WP_BLOCKS = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Netzwerktreffen Frauen in MINT – Hochschule Bochum</title></head>'
    '<body class="page-template-default"><div id="page" class="site">'
    '<header id="masthead" class="site-header"><nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Start</a></li></ul></nav></header>'
    '<div id="content" class="site-content"><main id="main" class="site-main"><article class="page type-page">'
    '<header class="entry-header"><h1 class="entry-title">Netzwerktreffen „Frauen in MINT“</h1></header>'
    '<div class="entry-content">'
    "<p>Das Netzwerktreffen bietet Studentinnen, Absolventinnen und Unternehmen aus der Region Raum für Austausch. Seit 2019 fanden über 20 Treffen statt.</p>"
    '<h2 class="wp-block-heading">Unsere nächsten Treffen</h2>'
    '<div class="wp-block-columns"><div class="wp-block-column">'
    '<p class="has-small-font-size"><strong>Do, 21.01.2027 | 17:30–19:30 Uhr</strong></p>'
    '<h3 class="wp-block-heading">Karrierewege in der Wasserstoffwirtschaft</h3>'
    "<p>Campus Velbert/Heiligenhaus, Kettwiger Straße 20, 42579 Heiligenhaus</p>"
    '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/anmeldung-januar">Jetzt anmelden</a></div></div>'
    '</div><div class="wp-block-column">'
    '<p class="has-small-font-size"><strong>Do, 18.03.2027 | 17:30–19:30 Uhr</strong></p>'
    '<h3 class="wp-block-heading">Gründen mit Technik</h3>'
    "<p>Hochschule Bochum, Am Hochschulcampus 1, 44801 Bochum</p>"
    "<p><mark>Ausgebucht – Warteliste möglich</mark></p>"
    "</div></div>"
    '<h2 class="wp-block-heading">Rückblick</h2>'
    "<p>Beim letzten Treffen am 12. November 2026 diskutierten 40 Teilnehmerinnen über Mentoring-Programme.</p>"
    "</div></article></main>"
    '<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Aktuelles</h2><ul><li><a href="/news/1">Neue Studiengänge ab 2027</a> <span class="post-date">02.12.2026</span></li></ul></section></aside>'
    '</div><footer id="colophon" class="site-footer"><p>© 2026 Hochschule Bochum</p></footer></div></body></html>'
)
U_UAR = "https://www.uaruhr.de/en/research-dialogue"
# An English Date / Topic / Venue / Registration table; the time of every dialogue stated
# once, in a sentence that opens with "Each".
EN_TABLE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ruhr Research Dialogue</title></head><body><main><h1>Ruhr Research Dialogue</h1><p>The University Alliance Ruhr invites researchers and companies to an evening series on applied research in the region. Each dialogue takes place from 4:30 pm to 6:30 pm.</p><h2>Dates 2027</h2><table><thead><tr><th>Date</th><th>Topic</th><th>Venue</th><th>Registration</th></tr></thead><tbody><tr><td>Thu, 21 January 2027</td><td>Hydrogen valleys</td><td>RUB, Universitätsstraße 150, 44801 Bochum</td><td><a href="/reg/jan">Register</a></td></tr><tr><td>Thu, 18 February 2027</td><td>Circular construction</td><td>TU Dortmund, Otto-Hahn-Straße 4, 44227 Dortmund</td><td>fully booked</td></tr><tr><td>Thu, 18 March 2027</td><td>AI in logistics <strong>(cancelled)</strong></td><td>UDE, Forsthausweg 2, 47057 Duisburg</td><td></td></tr></tbody></table></main><footer>UA Ruhr</footer></body></html>'
BMR_PLACE: Json = {
    "venue": "Business Metropole Ruhr offices",
    "street": "Kronprinzenstraße 6",
    "postcode": "45128",
    "city": "Essen",
    "text": "Business Metropole Ruhr offices, Kronprinzenstraße 6, 45128 Essen",
}


def _doc(title: str, main: str, chrome: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>"
        '<header><nav><ul><li><a href="/">Start</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>'
        f'<main id="content">{main}</main>{chrome}'
        '<footer><p>© 2026 · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>'
        "</body></html>"
    )


RING = _doc(
    "Ringvorlesung „Transformation der Arbeit“ – TU Dortmund",
    '<nav class="breadcrumb"><a href="/">TU Dortmund</a> › <a href="/sowi">Sozialwissenschaften</a></nav>'
    "<h1>Ringvorlesung „Transformation der Arbeit“</h1>"
    "<p>Im Wintersemester 2026/27 lädt die Fakultät Sozialwissenschaften gemeinsam mit dem Regionalverband Ruhr zur öffentlichen Ringvorlesung ein. Die Vorträge finden jeweils dienstags von 18:15 bis 19:45 Uhr im Hörsaal 2, Emil-Figge-Straße 50, 44227 Dortmund statt und werden live gestreamt.</p>"
    "<h2>Programm</h2>"
    '<table class="contenttable"><thead><tr><th>Datum</th><th>Referent*in</th><th>Vortrag</th></tr></thead><tbody>'
    "<tr><td>13.10.2026</td><td>Prof. Dr. Anna Becker (TU Dortmund)</td><td>Fachkräftemangel im Ruhrgebiet: Befunde und Mythen</td></tr>"
    "<tr><td>27.10.2026</td><td>Dr. Mehmet Yilmaz (IAB)</td><td>Zuwanderung und Arbeitsmarkt</td></tr>"
    "<tr><td>10.11.2026</td><td>Jana Schulte (RVR)</td><td>Regionale Fachkräftestrategie</td></tr>"
    "<tr><td><s>24.11.2026</s> entfällt</td><td>Prof. Dr. Lars Weber</td><td>KI in der Arbeitswelt</td></tr>"
    "<tr><td>08.12.2026</td><td>Podiumsdiskussion</td><td>Wie gelingt die grüne Transformation?</td></tr>"
    "<tr><td>12.01.2027</td><td>Dr. Eva Klein (Uni Duisburg-Essen)</td><td>Weiterbildung als Schlüssel</td></tr>"
    "</tbody></table>"
    "<p>Die Teilnahme ist kostenfrei, eine Anmeldung ist nicht erforderlich.</p>"
    "<h2>Kontakt</h2>"
    '<p>Dr. Paula Richter<br>Telefon: 0231 755-0000<br><a href="mailto:paula.richter@tu-dortmund.de">paula.richter@tu-dortmund.de</a></p>',
)
HOERSAAL = ("Hörsaal 2", "Emil-Figge-Straße 50", "44227", "Dortmund")


def _talk(day: str, title: str, speaker: str, status: str = "upcoming") -> Json:
    return ev(day, title, "18:15", "19:45", status=status, where=HOERSAAL, summary=speaker)


WH = _doc(
    "Vortragsreihe Wasserstoff | Westfälische Hochschule",
    "<h1>Vortragsreihe „Wasserstoff im Revier“</h1>"
    "<p>Alle Vorträge beginnen jeweils um 17:30 Uhr und dauern etwa 90 Minuten. Ort: Westfälische Hochschule, Neidenburger Straße 43, 45897 Gelsenkirchen, Raum A1.01.</p>"
    "<h2>Termine im Wintersemester</h2>"
    '<div class="event"><h3>Mittwoch, 4. November 2026</h3><p><strong>Prof. Dr. Karl Brandt:</strong> Elektrolyse im industriellen Maßstab</p></div>'
    '<div class="event"><h3>Mittwoch, 2. Dezember 2026</h3><p><strong>Dipl.-Ing. Sabine Roth (Uniper):</strong> H2-Netze im Ruhrgebiet</p></div>'
    '<div class="event"><h3>Mittwoch, 13. Januar 2027</h3><p><strong>Dr. Tim Ott:</strong> Wasserstoff in der Stahlindustrie – <em>fällt leider aus</em></p></div>'
    "<p>Stand: 15.09.2026</p>",
)
WH_PLACE: Json = {
    "venue": "Westfälische Hochschule, Raum A1.01",
    "street": "Neidenburger Straße 43",
    "postcode": "45897",
    "city": "Gelsenkirchen",
    "text": "Westfälische Hochschule, Neidenburger Straße 43, 45897 Gelsenkirchen, Raum A1.01",
}


def _wh(day: str, title: str, line: str, status: str = "upcoming") -> Json:
    return {**ev(day, title, "17:30", status=status, summary=line), "location": WH_PLACE}


_IHK_INTRO = (
    "<h1>Gründungssprechtage 2027</h1>"
    "<p>Sie wollen sich selbstständig machen? In unseren kostenlosen Sprechtagen beraten Sie Expertinnen und Experten der IHK und der Agentur für Arbeit.</p>"
)
_IHK_RULE = (
    "Die Sprechtage finden jeweils von 9 bis 12 Uhr in der IHK, Ostring 30–32, 44787 Bochum statt"
)
IHK_LIST_SENTENCE = f"{_IHK_RULE}: am 14. Januar, 11. Februar, 11. März und 15. April 2027."
IHK_SINGLE_SENTENCE = "Der nächste Gründungssprechtag findet am Donnerstag, 14. Januar 2027, von 9 bis 12 Uhr in der IHK, Ostring 30–32, 44787 Bochum statt."
IHK_PLACE = ("IHK", "Ostring 30–32", "44787", "Bochum")


def _ihk(main: str) -> str:
    return _doc(
        "Gründungssprechtage - IHK Mittleres Ruhrgebiet",
        f"<article>{_IHK_INTRO}{main}"
        '<p>Anmeldung: <a href="/anmeldung">Online-Formular</a></p></article>',
    )


def _day(day: str, title: str = "Gründungssprechtage 2027", summary: str | None = None) -> Json:
    return ev(day, title, "09:00", "12:00", where=IHK_PLACE, summary=summary)


PROSE_HAND: dict[str, Handwritten] = {
    "tud-ringvorlesung-speaker-column": Handwritten(
        "lecture series table Datum / Referent*in / Vortrag; time and place stated once ('jeweils') in the introduction",
        None,
        U_RING,
        "2026-11-15T09:00:00+01:00",
        RING,
        page(
            U_RING,
            "Ringvorlesung „Transformation der Arbeit“",
            None,
            [
                _talk("2026-11-24", "KI in der Arbeitswelt", "Prof. Dr. Lars Weber", "cancelled"),
                _talk("2026-12-08", "Wie gelingt die grüne Transformation?", "Podiumsdiskussion"),
                _talk(
                    "2027-01-12",
                    "Weiterbildung als Schlüssel",
                    "Dr. Eva Klein (Uni Duisburg-Essen)",
                ),
                _talk(
                    "2026-10-13",
                    "Fachkräftemangel im Ruhrgebiet: Befunde und Mythen",
                    "Prof. Dr. Anna Becker (TU Dortmund)",
                    "past",
                ),
                _talk(
                    "2026-10-27", "Zuwanderung und Arbeitsmarkt", "Dr. Mehmet Yilmaz (IAB)", "past"
                ),
                _talk("2026-11-10", "Regionale Fachkräftestrategie", "Jana Schulte (RVR)", "past"),
            ],
            (("Dr. Paula Richter", None, "paula.richter@tu-dortmund.de", "0231 755-0000"),),
        ),
        partner=True,
    ),
    "wh-vortragsreihe-speaker-lines": Handwritten(
        "date headings, each with a 'Speaker: Title' line; 'Termine im Wintersemester'; start time and 'Ort:' stated once",
        None,
        U_WH,
        "2026-10-01T09:00:00+02:00",
        WH,
        page(
            U_WH,
            "Vortragsreihe „Wasserstoff im Revier“",
            None,
            [
                _wh(
                    "2026-11-04",
                    "Elektrolyse im industriellen Maßstab",
                    "Prof. Dr. Karl Brandt: Elektrolyse im industriellen Maßstab",
                ),
                _wh(
                    "2026-12-02",
                    "H2-Netze im Ruhrgebiet",
                    "Dipl.-Ing. Sabine Roth (Uniper): H2-Netze im Ruhrgebiet",
                ),
                _wh(
                    "2027-01-13",
                    "Wasserstoff in der Stahlindustrie",
                    "Dr. Tim Ott: Wasserstoff in der Stahlindustrie – fällt leider aus",
                    "cancelled",
                ),
            ],
        ),
        partner=True,
    ),
    "ihk-gruendungssprechtage-date-list-sentence": Handwritten(
        "consultation days listed in one sentence sharing a year ('am 14. Januar, 11. Februar … 2027'), time and place in the same sentence",
        None,
        U_IHK,
        "2026-12-01T09:00:00+01:00",
        _ihk(f"<h2>Termine</h2><p>{IHK_LIST_SENTENCE}</p>"),
        page(
            U_IHK,
            "Gründungssprechtage 2027",
            None,
            [
                _day(day, summary=IHK_LIST_SENTENCE)
                for day in ("2027-01-14", "2027-02-11", "2027-03-11", "2027-04-15")
            ],
        ),
        partner=True,
    ),
    "ihk-gruendungssprechtag-next-date-sentence": Handwritten(
        "'Nächster Termin' followed by one sentence announcing the date, time and place",
        None,
        U_IHK,
        "2026-12-01T09:00:00+01:00",
        _ihk(f"<h2>Nächster Termin</h2><p>{IHK_SINGLE_SENTENCE}</p>"),
        page(
            U_IHK,
            "Gründungssprechtage 2027",
            None,
            [_day("2027-01-14", "Gründungssprechtag", IHK_SINGLE_SENTENCE)],
        ),
        partner=True,
    ),
    "ihk-gruendungssprechtage-list-then-rule": Handwritten(
        "a list of bare dates, then one sentence with the time and place of every date",
        None,
        U_IHK,
        "2026-12-01T09:00:00+01:00",
        _ihk(
            "<h2>Termine</h2><ul><li>14. Januar 2027</li><li>11. Februar 2027</li><li>11. März 2027</li></ul>"
            f"<p>{_IHK_RULE}.</p>"
        ),
        page(
            U_IHK,
            "Gründungssprechtage 2027",
            None,
            [_day(day) for day in ("2027-01-14", "2027-02-11", "2027-03-11")],
        ),
        partner=True,
    ),
    "dortmund-stadtteilgespraeche-drupal-view": Handwritten(
        "Drupal view rows: <time> in UTC, the title as a link to its page, the place in a div",
        None,
        U_DO,
        "2026-12-01T09:00:00+01:00",
        DRUPAL_VIEW,
        page(
            U_DO,
            "Stadtteilgespräche",
            None,
            [
                {
                    **ev(
                        "2027-01-20",
                        "Stadtteilgespräch Nord",
                        "18:00",
                        where=("Bürgerhaus Nord", "Hauptstraße 5", "44137", "Dortmund"),
                    ),
                    "links": [
                        {"label": "Stadtteilgespräch Nord", "url": f"{U_DO}/nord", "size": None}
                    ],
                },
                {
                    **ev(
                        "2027-02-17",
                        "Stadtteilgespräch Süd",
                        "18:00",
                        where=("Gemeindezentrum Süd", "Kirchweg 12", "44227", "Dortmund"),
                    ),
                    "links": [
                        {"label": "Stadtteilgespräch Süd", "url": f"{U_DO}/sued", "size": None}
                    ],
                },
            ],
        ),
        partner=True,
    ),
    "bmr-talent-talks-english-cards": Handwritten(
        "English cards under 'Upcoming talks', a 'Cancelled' badge, 'All talks start at 6 pm … at the …', 'Past talks' list",
        None,
        U_BMR,
        "2026-12-01T09:00:00+01:00",
        ENGLISH_CARDS,
        page(
            U_BMR,
            "Ruhr Talent Talks",
            None,
            [
                {
                    **ev(
                        "2027-01-12",
                        "Relocating to the Ruhr: what works",
                        "18:00",
                        summary="With speakers from three companies that hired abroad.",
                    ),
                    "location": BMR_PLACE,
                },
                {
                    **ev(
                        "2027-02-09",
                        "Recognition of foreign qualifications",
                        "18:00",
                        status="cancelled",
                        summary="Cancelled",
                    ),
                    "location": BMR_PLACE,
                },
                ev("2026-11-10", "Welcome centres in the region", status="past"),
                ev("2026-12-08", "Dual careers", status="past"),
            ],
        ),
        partner=True,
    ),
    "re-fachkraeftedialog-next-date-in-sidebar": Handwritten(
        "'Nächster Termin' box in the sidebar beside a main text with a 'Rückblick' only",
        None,
        U_RE,
        "2026-12-01T09:00:00+01:00",
        SIDEBAR_NEXT,
        page(
            U_RE,
            "Fachkräftedialog Emscher-Lippe",
            None,
            [
                ev(
                    "2027-05-06",
                    "Fachkräftedialog Frühjahr 2027",
                    "14:00",
                    "17:00",
                    where=(
                        "Kreishaus Recklinghausen",
                        "Kurt-Schumacher-Allee 1",
                        "45657",
                        "Recklinghausen",
                    ),
                ),
                HERBST,
            ],
        ),
        partner=True,
    ),
    "re-fachkraeftedialog-sidebar-other-events": Handwritten(
        "the sidebar's 'Nächste Termine' lists the county's other events: not the series'",
        None,
        U_RE,
        "2026-12-01T09:00:00+01:00",
        SIDEBAR_OTHER,
        page(U_RE, "Fachkräftedialog Emscher-Lippe", None, [HERBST]),
        partner=True,
    ),
    "rvr-no-sections-next-date-in-a-sentence": Handwritten(
        "no section word: a sentence announces the next date; a news sentence with a past date is no event",
        None,
        U_RVR,
        "2026-12-01T09:00:00+01:00",
        INTRO_NEXT,
        page(
            U_RVR,
            "Fachkräfte-Reihe 2026",
            None,
            [
                ev(
                    "2027-01-27",
                    "Fachkräfte-Reihe 2026",
                    "17:00",
                    where=("H2PopUpLab", "Bahnhofstraße 69", "45879", "Gelsenkirchen"),
                    summary=NEXT_SENTENCE,
                )
            ],
        ),
    ),
    "hsbo-netzwerktreffen-wp-block-columns": Handwritten(
        "WordPress block columns (date line, h3 title, place, button), 'Ausgebucht' (not cancelled), a review sentence 'Beim letzten Treffen am …'",
        None,
        U_HSBO,
        "2026-12-01T09:00:00+01:00",
        WP_BLOCKS,
        page(
            U_HSBO,
            "Netzwerktreffen „Frauen in MINT“",
            None,
            [
                {
                    **ev(
                        "2027-01-21",
                        "Karrierewege in der Wasserstoffwirtschaft",
                        "17:30",
                        "19:30",
                        where=(
                            "Campus Velbert/Heiligenhaus",
                            "Kettwiger Straße 20",
                            "42579",
                            "Heiligenhaus",
                        ),
                    ),
                    "links": [
                        {
                            "label": "Jetzt anmelden",
                            "url": "https://www.hochschule-bochum.de/anmeldung-januar",
                            "size": None,
                        }
                    ],
                },
                ev(
                    "2027-03-18",
                    "Gründen mit Technik",
                    "17:30",
                    "19:30",
                    where=("Hochschule Bochum", "Am Hochschulcampus 1", "44801", "Bochum"),
                    summary="Ausgebucht – Warteliste möglich",
                ),
                ev(
                    "2026-11-12",
                    "Netzwerktreffen „Frauen in MINT“",
                    status="past",
                    summary="Beim letzten Treffen am 12. November 2026 diskutierten 40 Teilnehmerinnen über Mentoring-Programme.",
                ),
            ],
        ),
        partner=True,
    ),
    "uaruhr-research-dialogue-english-table": Handwritten(
        "English table Date / Topic / Venue / Registration; 'Each dialogue takes place from 4:30 pm to 6:30 pm'; '(cancelled)' in a cell",
        None,
        U_UAR,
        "2026-12-01T09:00:00+01:00",
        EN_TABLE,
        page(
            U_UAR,
            "Ruhr Research Dialogue",
            None,
            [
                {
                    **ev(
                        "2027-01-21",
                        "Hydrogen valleys",
                        "16:30",
                        "18:30",
                        where=("RUB", "Universitätsstraße 150", "44801", "Bochum"),
                    ),
                    "links": [
                        {"label": "Register", "url": "https://www.uaruhr.de/reg/jan", "size": None}
                    ],
                },
                ev(
                    "2027-02-18",
                    "Circular construction",
                    "16:30",
                    "18:30",
                    where=("TU Dortmund", "Otto-Hahn-Straße 4", "44227", "Dortmund"),
                ),
                ev(
                    "2027-03-18",
                    "AI in logistics",
                    "16:30",
                    "18:30",
                    status="cancelled",
                    where=("UDE", "Forsthausweg 2", "47057", "Duisburg"),
                ),
            ],
        ),
        partner=True,
    ),
}
