"""Red-team pages for false events: whole documents written by hand that tempt the
reader rules of the last round to invent, misplace or wrongly refuse.

The rules tempted: an undated event under its own heading dated by the first "am <date>"
of its paragraph, a hall in a sentence that names its town, compound section headings
("Weitere Tarifgespräche", "Aktuelle Bürgergespräche"), labelled fields side by side
("Datum: … | Uhrzeit: … | Ort: …"), weekdays glued to dates ("Do12", "So.3.5"), academic
years, "Staffel" headings, programme days and deadline headings, and the news refusal.
Every page carries its site's chrome (consent banner, navigation, sidebar news with dates,
a footer with "Stand:" and a copyright). The expected JSON is what a reader of each page
notes down: a history told in prose, a closing-day notice, a union's news about "weitere
Tarifgespräche", a contact line "Tel.: … | Fax: … | E-Mail: …" are no events; news pages
and blog listings are refused.
"""

# Data: markup as the sites write it, one element a line.
# ruff: noqa: E501

from __future__ import annotations

from corpus_handwritten import Handwritten
from corpus_kit import ev, page

NOW = "2026-12-04T09:00:00+01:00"


def _doc(title: str, site: str, main: str, *, side: str = "", stand: str = "01.12.2026") -> str:
    """One page of ``site``: consent banner, header and navigation, ``main``, a sidebar of
    dated news (``side``), a footer with "Stand:" and a copyright."""
    aside = f'<aside class="sidebar">{side}</aside>\n' if side else ""
    return (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">'
        f'<title>{title}</title><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="stylesheet" href="/assets/main.css"><script src="/assets/consent.js" defer></script>'
        "</head>\n<body>\n"
        '<div id="cookie-consent" class="consent-banner" aria-hidden="true"><p>Wir verwenden Cookies, um unsere Website zu verbessern.</p>'
        '<button type="button">Alle akzeptieren</button><button type="button">Nur notwendige</button></div>\n'
        f'<header class="site-header"><a class="logo" href="/">{site}</a>'
        '<nav class="main-nav"><ul><li><a href="/themen">Themen</a></li><li><a href="/service">Service</a></li>'
        '<li><a href="/presse">Presse</a></li><li><a href="/termine">Termine</a></li></ul></nav></header>\n'
        f'<main id="content">\n{main}\n</main>\n{aside}'
        f'<footer class="site-footer"><p>Stand: {stand}</p><p>© 2026 {site}</p>'
        "<p>Tel.: 0201 2069-0 | Fax: 0201 2069-500 | E-Mail: info@example.org</p>"
        '<p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>\n'
        "</body>\n</html>\n"
    )


_NEWS_SIDE = (
    "<h2>Aktuelles</h2><ul>"
    '<li><time datetime="2026-11-28">28.11.2026</time> <a href="/presse/haushalt">Haushalt 2027 eingebracht</a></li>'
    '<li><time datetime="2026-11-20">20.11.2026</time> <a href="/presse/radweg">Radweg an der Ruhr freigegeben</a></li>'
    "</ul>"
)

# 1. A series page whose introduction tells the history under sub-headings: "Die Reihe wurde
# am 3. März 2019 im Rathaus Essen gegründet." is no event; the two dates listed below are.
U_HISTORY = "https://www.essen.de/stadtgespraeche"
HISTORY = _doc(
    "Essener Stadtgespräche | Stadt Essen",
    "Stadt Essen",
    """<h1>Essener Stadtgespräche</h1>
<p>Bürgerinnen und Bürger diskutieren mit Fachleuten über die Zukunft ihrer Stadt.</p>
<h3>Wie alles begann</h3>
<p>Die Reihe wurde am 3. März 2019 im Rathaus Essen gegründet. Seitdem fanden mehr als 40 Gespräche in allen Stadtbezirken statt.</p>
<h3>Wer dahintersteht</h3>
<p>Die Stadtgespräche sind ein Angebot des Amtes für Stadtplanung und Bauordnung gemeinsam mit der Volkshochschule Essen.</p>
<h2>Nächste Termine</h2>
<ul>
<li><strong>Do., 14.01.2027, 18:00 Uhr</strong> – Wohnen im Quartier<br>Ort: Haus der Essener Geschichte, Ernst-Schmidt-Platz 1, 45128 Essen</li>
<li><strong>Do., 11.02.2027, 18:00 Uhr</strong> – Grün in der Innenstadt<br>Ort: VHS Essen, Burgplatz 1, 45127 Essen</li>
</ul>""",
    side=_NEWS_SIDE,
)
HISTORY_EXPECTED = page(
    U_HISTORY,
    "Essener Stadtgespräche",
    None,
    [
        ev(
            "2027-01-14",
            "Wohnen im Quartier",
            "18:00",
            where=("Haus der Essener Geschichte", "Ernst-Schmidt-Platz 1", "45128", "Essen"),
        ),
        ev(
            "2027-02-11",
            "Grün in der Innenstadt",
            "18:00",
            where=("VHS Essen", "Burgplatz 1", "45127", "Essen"),
        ),
    ],
)

# 2. A page without section words: the events are headings whose paragraph dates them
# ("Der Abend findet am … statt"); the history heading beside them ("Die Reihe wurde am
# 12. Mai 2021 in der Stadthalle Unna ins Leben gerufen") names no gathering of the series.
U_UNNA = "https://www.kreis-unna.de/ehrenamt/engagement-abende"
UNDATED_HEADINGS = _doc(
    "Engagement-Abende - Kreis Unna",
    "Kreis Unna",
    """<h1>Engagement-Abende</h1>
<p>Die Engagement-Abende bringen Vereine, Initiativen und Verwaltung zusammen.</p>
<h3>Über die Reihe</h3>
<p>Die Reihe wurde am 12. Mai 2021 in der Stadthalle Unna ins Leben gerufen und wird von der Ehrenamtsagentur des Kreises organisiert.</p>
<h3>Engagement-Abend Schwerte</h3>
<p>Der Abend findet am 20. Januar 2027 im Rathaus Schwerte statt. Beginn ist um 18 Uhr.</p>
<h3>Engagement-Abend Lünen</h3>
<p>Der Abend findet am 17. Februar 2027 im Hansesaal Lünen statt.</p>""",
    side=_NEWS_SIDE,
)
UNDATED_HEADINGS_EXPECTED = page(
    U_UNNA,
    "Engagement-Abende",
    None,
    [
        {
            **ev(
                "2027-01-20",
                "Engagement-Abend Schwerte",
                summary="Der Abend findet am 20. Januar 2027 im Rathaus Schwerte statt. Beginn ist um 18 Uhr.",
            ),
            "location": {
                "venue": "Rathaus Schwerte",
                "street": None,
                "postcode": None,
                "city": "Schwerte",
                "text": "Rathaus Schwerte",
            },
        },
        {
            **ev(
                "2027-02-17",
                "Engagement-Abend Lünen",
                summary="Der Abend findet am 17. Februar 2027 im Hansesaal Lünen statt.",
            ),
            "location": {
                "venue": "Hansesaal Lünen",
                "street": None,
                "postcode": None,
                "city": "Lünen",
                "text": "Hansesaal Lünen",
            },
        },
    ],
)

# 3. Refused: a city's news listing, each item a heading with an "Am <date>" sentence.
U_BLOG = "https://www.hamm.de/aktuelles"
NEWS_LISTING = _doc(
    "Aktuelle Meldungen | Stadt Hamm",
    "Stadt Hamm",
    """<h1>Aktuelle Meldungen</h1>
<article class="teaser"><h2><a href="/aktuelles/kreistag-haushalt">Rat beschließt Haushalt 2027</a></h2>
<p>Am 26. November 2026 hat der Rat im Rathaus Hamm den Haushalt für das kommende Jahr beschlossen. Die Investitionen steigen deutlich.</p></article>
<article class="teaser"><h2><a href="/aktuelles/buergerdialog">Bürgerdialog im Hammer Westen gut besucht</a></h2>
<p>Am 18. November 2026 kamen mehr als 200 Gäste in die Alfred-Fischer-Halle Hamm, um über den neuen Stadtteilpark zu sprechen.</p></article>
<article class="teaser"><h2><a href="/aktuelles/weihnachtsmarkt">Weihnachtsmarkt eröffnet</a></h2>
<p>Seit dem 23. November 2026 duftet es in der Innenstadt nach gebrannten Mandeln. Der Markt ist täglich von 11 bis 21 Uhr geöffnet.</p></article>""",
)

# 4. Refused: a union's news page about a wage round; "Weitere Tarifgespräche" above dated
# press items (a compound heading over news, not a section of dates).
U_TARIF = "https://nrw.verdi.de/themen/tarifrunde-oeffentlicher-dienst"
TARIF = _doc(
    "Tarifrunde öffentlicher Dienst – ver.di NRW",
    "ver.di NRW",
    """<h1>Tarifrunde öffentlicher Dienst</h1>
<p>Hier informieren wir über den Stand der Verhandlungen für die Beschäftigten von Bund und Kommunen.</p>
<h2>Weitere Tarifgespräche</h2>
<div class="news-item"><p class="date">27.11.2026</p><h3><a href="/presse/2026-11-27">Zweite Runde ohne Ergebnis vertagt</a></h3><p>Die Arbeitgeber haben erneut kein Angebot vorgelegt.</p></div>
<div class="news-item"><p class="date">13.11.2026</p><h3><a href="/presse/2026-11-13">Auftakt in Potsdam</a></h3><p>Die Verhandlungen haben begonnen.</p></div>""",
    side=_NEWS_SIDE,
)

# 5. A series page with one upcoming Fachtag whose programme lists many clock times and
# a deadline heading; a contact box "Tel.: … | Fax: … | E-Mail: …" and a service box
# "Wann: Mo–Fr 8–16 Uhr | Wo: Bürgerbüro …" after it are the page's, not the event's.
U_FACHTAG = "https://www.ihk.de/nordwestfalen/fachtag-ausbildung"
FACHTAG = _doc(
    "Fachtag Ausbildung – IHK Nord Westfalen",
    "IHK Nord Westfalen",
    """<h1>Fachtag Ausbildung</h1>
<p>Der Fachtag bringt Ausbildungsbetriebe, Berufsschulen und Kammer einmal im Jahr zusammen.</p>
<h2>Nächster Termin</h2>
<p><strong>Mi., 20.01.2027, 9:30–16:00 Uhr</strong></p>
<p>Ort: IHK Nord Westfalen, Sentmaringer Weg 61, 48151 Münster</p>
<h3>Programm</h3>
<ul>
<li>9:30 Uhr Ankommen und Kaffee</li>
<li>10:00 Uhr Begrüßung durch den Präsidenten</li>
<li>10:30 Uhr Keynote: Azubis finden in der Region</li>
<li>12:30 Uhr Mittagspause</li>
<li>13:30 Uhr Workshops</li>
<li>15:30 Uhr Zusammenfassung und Ausblick</li>
</ul>
<h3>Anmeldeschluss: 8. Januar 2027</h3>
<p>Bitte melden Sie sich über das <a href="https://www.ihk.de/nordwestfalen/anmeldung-fachtag">Anmeldeformular</a> an.</p>
<div class="contact-box"><h3>Ihre Ansprechpartnerin</h3><p>Sabine Kortmann</p><p>Tel.: 0251 707-123 | Fax: 0251 707-8123 | E-Mail: <a href="mailto:kortmann@ihk-nw.de">kortmann@ihk-nw.de</a></p></div>
<div class="service-box"><p>Ausbildungsberatung: Wann: Mo–Fr 8–16 Uhr | Wo: Bürgerbüro, Sentmaringer Weg 61, 48151 Münster</p></div>""",
    side=_NEWS_SIDE,
)
FACHTAG_EXPECTED = page(
    U_FACHTAG,
    "Fachtag Ausbildung",
    None,
    [
        ev(
            "2027-01-20",
            "Fachtag Ausbildung",
            "09:30",
            "16:00",
            where=("IHK Nord Westfalen", "Sentmaringer Weg 61", "48151", "Münster"),
        )
    ],
    (("Sabine Kortmann", None, "kortmann@ihk-nw.de", "0251 707-123"),),
)

# 6. A lecture series in a university: rooms named like glued weekdays ("So.3.5", "Do12",
# "Mi 2.14") beside real dates; "16 Uhr c.t." and the academic year of the section.
U_ROOMS = "https://www.tu-dortmund.de/raumplanung/kolloquium"
ROOMS = _doc(
    "Raumplanungskolloquium – TU Dortmund",
    "TU Dortmund",
    """<h1>Raumplanungskolloquium</h1>
<p>Gäste aus Praxis und Forschung stellen aktuelle Projekte vor. Alle Vorträge finden im Geschossbau III statt.</p>
<h2>Termine im Wintersemester 2026/27</h2>
<table><thead><tr><th>Datum</th><th>Vortrag</th><th>Raum</th></tr></thead><tbody>
<tr><td>Di., 12.01., 16 Uhr c.t.</td><td>Flächensparen im Ruhrgebiet</td><td>So.3.5</td></tr>
<tr><td>Di., 26.01., 16 Uhr c.t.</td><td>Resiliente Innenstädte</td><td>Do12</td></tr>
<tr><td>Di., 09.02., 16 Uhr c.t.</td><td>Wohnen auf dem Land</td><td>Mi 2.14</td></tr>
</tbody></table>
<p>Die Hörsäle So.3.5 und Do12 liegen im Erdgeschoss; Mi 2.14 erreichen Sie über den Aufzug.</p>""",
    side=_NEWS_SIDE,
)


def _room(room: str) -> dict[str, str | None]:
    return {"venue": room, "street": None, "postcode": None, "city": None, "text": room}


ROOMS_EXPECTED = page(
    U_ROOMS,
    "Raumplanungskolloquium",
    None,
    [
        {
            **ev("2027-01-12", "Flächensparen im Ruhrgebiet", "16:15"),
            "location": _room("Raum So.3.5"),
        },
        {**ev("2027-01-26", "Resiliente Innenstädte", "16:15"), "location": _room("Raum Do12")},
        {**ev("2027-02-09", "Wohnen auf dem Land", "16:15"), "location": _room("Raum Mi 2.14")},
    ],
)

# 7. A podcast/talk series with "Staffel 3" / "Staffel 2" headings without years; every
# date states its year.
U_STAFFEL = "https://www.business-metropole.ruhr/ruhrtalk"
STAFFEL = _doc(
    "RuhrTalk live | Business Metropole Ruhr",
    "Business Metropole Ruhr",
    """<h1>RuhrTalk live</h1>
<p>Unternehmerinnen und Unternehmer im Gespräch, live vor Publikum aufgezeichnet.</p>
<h2>Staffel 3</h2>
<h3>Do., 21.01.2027 – Familienunternehmen im Wandel</h3>
<p>Ort: Zeche Zollverein, Gelsenkirchener Straße 181, 45309 Essen</p>
<h3>Do., 18.03.2027 – Gründen nach der Kohle</h3>
<p>Ort: Zeche Zollverein, Gelsenkirchener Straße 181, 45309 Essen</p>
<h2>Staffel 2</h2>
<h3>Do., 15.10.2026 – Logistik am Kanal</h3>
<p>Ort: Stadthafen Recklinghausen</p>""",
    side=_NEWS_SIDE,
)
_ZOLLVEREIN = ("Zeche Zollverein", "Gelsenkirchener Straße 181", "45309", "Essen")
STAFFEL_EXPECTED = page(
    U_STAFFEL,
    "RuhrTalk live",
    None,
    [
        ev("2027-01-21", "Familienunternehmen im Wandel", where=_ZOLLVEREIN),
        ev("2027-03-18", "Gründen nach der Kohle", where=_ZOLLVEREIN),
        {
            **ev("2026-10-15", "Logistik am Kanal", status="past"),
            "location": {
                "venue": "Stadthafen Recklinghausen",
                "street": None,
                "postcode": None,
                "city": "Recklinghausen",
                "text": "Stadthafen Recklinghausen",
            },
        },
    ],
)

# 8. A series page whose upcoming section ends with a notice under its own heading ("Am
# 24. Dezember 2026 bleibt das Bürgerbüro im Rathaus Bochum geschlossen."): no event.
U_NOTICE = "https://www.bochum.de/buergerdialoge"
NOTICE = _doc(
    "Bürgerdialoge – Stadt Bochum",
    "Stadt Bochum",
    """<h1>Bürgerdialoge</h1>
<p>Die Stadt Bochum lädt zu offenen Gesprächen über Projekte in den Stadtbezirken ein.</p>
<h2>Kommende Termine</h2>
<h3>Bürgerdialog Wattenscheid</h3>
<p>Datum: 19.01.2027 | Uhrzeit: 18:30 Uhr | Ort: Stadtbücherei Wattenscheid</p>
<h3>Hinweis zu den Feiertagen</h3>
<p>Am 24. Dezember 2026 bleibt das Bürgerbüro im Rathaus Bochum geschlossen. Anfragen beantworten wir ab dem 4. Januar.</p>
<h2>Kontakt</h2>
<p>Bürgerbeteiligung, Tel.: 0234 910-0 | E-Mail: <a href="mailto:beteiligung@bochum.de">beteiligung@bochum.de</a></p>""",
    side=_NEWS_SIDE,
)
NOTICE_EXPECTED = page(
    U_NOTICE,
    "Bürgerdialoge",
    None,
    [
        {
            **ev("2027-01-19", "Bürgerdialog Wattenscheid", "18:30"),
            "location": {
                "venue": "Stadtbücherei Wattenscheid",
                "street": None,
                "postcode": None,
                "city": None,
                "text": "Stadtbücherei Wattenscheid",
            },
        },
    ],
)

# 9. A series archive page with "Zuletzt aktualisiert am 02.11.2026" under its h1 and past
# events under dated headings only: a valid page (an update note is no news dateline).
U_ARCHIVE = "https://www.rvr.ruhr/themen/europa/europadialoge"
ARCHIVE = _doc(
    "Europadialoge Ruhr – Regionalverband Ruhr",
    "Regionalverband Ruhr",
    """<h1>Europadialoge Ruhr</h1>
<p>Zuletzt aktualisiert am 02.11.2026</p>
<p>Die Reihe ist abgeschlossen. Hier finden Sie die Dokumentation aller Dialoge.</p>
<h3>Europadialog Wasserstoff (16.09.2026)</h3>
<p>Rund 80 Gäste diskutierten im Wissenschaftspark Gelsenkirchen.</p>
<h3>Europadialog Kohäsion (10.06.2026)</h3>
<p>Mit Vertreterinnen der EU-Kommission.</p>""",
    stand="02.11.2026",
)
ARCHIVE_EXPECTED = page(
    U_ARCHIVE,
    "Europadialoge Ruhr",
    None,
    [
        ev(
            "2026-06-10",
            "Europadialog Kohäsion",
            status="past",
            summary="Mit Vertreterinnen der EU-Kommission.",
        ),
        ev(
            "2026-09-16",
            "Europadialog Wasserstoff",
            status="past",
            summary="Rund 80 Gäste diskutierten im Wissenschaftspark Gelsenkirchen.",
        ),
    ],
)

# 10. A chamber's lecture page in English-labelled fields side by side; under the events a
# "Contact: … | Phone: … | Location: …" line of the office is no further event field.
U_FIELDS = "https://www.ruhr-uni-bochum.de/international/lectures"
FIELDS = _doc(
    "International Lectures | RUB",
    "Ruhr-Universität Bochum",
    """<h1>International Lectures</h1>
<p>Guests from partner universities talk about their research.</p>
<h2>Upcoming lectures</h2>
<h3>Water in cities</h3>
<p>Date: 14 January 2027 | Time: 6 pm | Venue: Veranstaltungszentrum, Saal 2B</p>
<h3>Energy for the Ruhr</h3>
<p>Date: 11 February 2027 | Time: 6 pm | Venue: Veranstaltungszentrum, Saal 2B</p>
<p>All lectures are free of charge.</p>
<div class="office"><p>International Office | Location: SSC, level 0 | Contact: Mo–Th 10–12</p></div>""",
    side=_NEWS_SIDE,
)
_SAAL = {
    "venue": "Veranstaltungszentrum, Saal 2B",
    "street": None,
    "postcode": None,
    "city": None,
    "text": "Veranstaltungszentrum, Saal 2B",
}
FIELDS_EXPECTED = page(
    U_FIELDS,
    "International Lectures",
    None,
    [
        {**ev("2027-01-14", "Water in cities", "18:00"), "location": _SAAL},
        {**ev("2027-02-11", "Energy for the Ruhr", "18:00"), "location": _SAAL},
    ],
)

# 11. A series page with "Aktuelle Bürgergespräche" over real dates (the compound heading
# does open the section) and a "Weitere Themen" list of news after it.
U_DORSTEN = "https://www.dorsten.de/buergergespraeche"
COMPOUND_OK = _doc(
    "Bürgergespräche | Stadt Dorsten",
    "Stadt Dorsten",
    """<h1>Bürgergespräche mit dem Bürgermeister</h1>
<p>Einmal im Quartal kommt der Bürgermeister in einen Stadtteil.</p>
<h2>Aktuelle Bürgergespräche</h2>
<ul>
<li>13.01.2027, 19 Uhr – Holsterhausen, Gemeinschaftshaus</li>
<li>14.04.2027, 19 Uhr – Wulfen, Bürgerhaus</li>
</ul>
<h2>Weitere Themen</h2>
<ul><li>28.11.2026 – Neue Kita in Hervest eröffnet</li><li>21.11.2026 – Sanierung des Freibads beginnt</li></ul>""",
    side=_NEWS_SIDE,
)
COMPOUND_OK_EXPECTED = page(
    U_DORSTEN,
    "Bürgergespräche mit dem Bürgermeister",
    None,
    [
        ev("2027-01-13", "Holsterhausen, Gemeinschaftshaus", "19:00"),
        ev("2027-04-14", "Wulfen, Bürgerhaus", "19:00"),
    ],
)

# 12. Refused: a blog post of an economic development agency, its h1 over a dateline
# "Beitrag vom 30.11.2026", subheadings telling what happened "am <date>" in halls.
U_POST = "https://www.wirtschaft-gelsenkirchen.de/blog/rueckblick-gruenderwoche"
BLOG_POST = _doc(
    "Rückschau: Gründerwoche 2026 – Wirtschaftsförderung Gelsenkirchen",
    "Wirtschaftsförderung Gelsenkirchen",
    """<h1>So war die Gründerwoche 2026</h1>
<p>Beitrag vom 30.11.2026</p>
<p>Eine Woche lang drehte sich in Gelsenkirchen alles ums Gründen.</p>
<h3>Der Auftakt</h3>
<p>Am 16. November 2026 eröffnete die Oberbürgermeisterin die Woche im Hans-Sachs-Haus Gelsenkirchen.</p>
<h3>Der Pitch-Abend</h3>
<p>Am 19. November 2026 stellten zwölf Teams ihre Ideen im Wissenschaftspark Gelsenkirchen vor.</p>""",
    side=_NEWS_SIDE,
)

# 13. A lecture series whose intro names "Sprechzeiten: Di | 10–12 Uhr" and whose events are
# "Do14.01.2027"-style glued dates of a card's spans, with a month divider.
U_CARDS = "https://www.hs-ruhrwest.de/transfer/talks"
CARDS = _doc(
    "Transfer-Talks | Hochschule Ruhr West",
    "Hochschule Ruhr West",
    """<h1>Transfer-Talks</h1>
<p>Sprechzeiten des Transferbüros: Di | 10–12 Uhr, Raum 02.214</p>
<h2>Veranstaltungen</h2>
<p>Januar 2027</p>
<div class="card"><p><span>Do</span><span>14.01.2027</span></p><h3>KI im Mittelstand</h3><p>17:00–18:30 Uhr, Campus Mülheim, Duisburger Straße 100, 45479 Mülheim an der Ruhr</p></div>
<p>Februar 2027</p>
<div class="card"><p><span>Do</span><span>11.02.2027</span></p><h3>Patente für Start-ups</h3><p>17:00–18:30 Uhr, Campus Bottrop, Lützowstraße 5, 46236 Bottrop</p></div>""",
    side=_NEWS_SIDE,
)
CARDS_EXPECTED = page(
    U_CARDS,
    "Transfer-Talks",
    None,
    [
        ev(
            "2027-01-14",
            "KI im Mittelstand",
            "17:00",
            "18:30",
            where=("Campus Mülheim", "Duisburger Straße 100", "45479", "Mülheim an der Ruhr"),
        ),
        ev(
            "2027-02-11",
            "Patente für Start-ups",
            "17:00",
            "18:30",
            where=("Campus Bottrop", "Lützowstraße 5", "46236", "Bottrop"),
        ),
    ],
)


# 14. A two-day Fachtag whose "Programm" lists each day with clock times, then a separate
# walk on the day after (no programme day: its own event), then a "Hinweise" list whose
# "17.07.–30.09.: Sommerpause, keine Termine" is no event.
U_PROG = "https://www.kreis-re.de/fachtage-quartier"
PROGRAMME_NEXT_DAY = _doc(
    "Fachtage Quartier | Kreis Recklinghausen",
    "Kreis Recklinghausen",
    """<h1>Fachtage Quartier</h1>
<p>Zwei Tage Austausch für Quartiersmanagerinnen und -manager im Kreis.</p>
<h2>Nächste Termine</h2>
<h3>Fachtag Quartier 2027</h3>
<p>21.–22. Januar 2027, jeweils 9–16 Uhr</p>
<p>Ort: Kreishaus Recklinghausen, Kurt-Schumacher-Allee 1, 45657 Recklinghausen</p>
<h4>Programm</h4>
<p><strong>Donnerstag, 21. Januar 2027</strong></p>
<ul><li>9:00 Uhr Begrüßung</li><li>10:00 Uhr Vortrag: Quartiere im Wandel</li><li>14:00 Uhr Workshops</li></ul>
<p><strong>Freitag, 22. Januar 2027</strong></p>
<ul><li>9:00 Uhr Exkursionen</li><li>15:00 Uhr Abschluss</li></ul>
<h3>Sa., 23.01.2027 – Quartiersspaziergang Marl</h3>
<p>Treffpunkt: Rathaus Marl, Creiler Platz 1, 45768 Marl</p>
<h3>Hinweise</h3>
<ul><li>17.07.–30.09.: Sommerpause, keine Termine</li></ul>""",
    side=_NEWS_SIDE,
)
PROGRAMME_NEXT_DAY_EXPECTED = page(
    U_PROG,
    "Fachtage Quartier",
    None,
    [
        ev(
            "2027-01-21",
            "Fachtag Quartier 2027",
            "09:00",
            "16:00",
            until="2027-01-22",
            where=(
                "Kreishaus Recklinghausen",
                "Kurt-Schumacher-Allee 1",
                "45657",
                "Recklinghausen",
            ),
        ),
        ev(
            "2027-01-23",
            "Quartiersspaziergang Marl",
            where=("Rathaus Marl", "Creiler Platz 1", "45768", "Marl"),
        ),
    ],
)


# 15. A lecture list of a library, then its service box of regular hours as fields side by
# side ("Wann: jeden ersten Do. im Monat | Wo: Bürgerbüro …"): no event's place.
U_VHS = "https://www.marl.de/stadtbibliothek/lesungen"
OFFICE_HOURS = _doc(
    "Lesungen in der Stadtbibliothek | Stadt Marl",
    "Stadt Marl",
    """<h1>Lesungen in der Stadtbibliothek</h1>
<p>Autorinnen und Autoren aus dem Ruhrgebiet lesen aus ihren neuen Büchern.</p>
<h2>Termine 2027</h2>
<ul>
<li>Di., 12.01.2027, 19 Uhr – Frank Goosen liest</li>
<li>Di., 09.02.2027, 19 Uhr – Lyrik aus dem Revier</li>
</ul>
<div class="service"><p>Leseberatung für Schulklassen</p>
<p>Wann: jeden ersten Do. im Monat | Wo: Bürgerbüro, Creiler Platz 1, 45768 Marl</p></div>""",
    side=_NEWS_SIDE,
)
OFFICE_HOURS_EXPECTED = page(
    U_VHS,
    "Lesungen in der Stadtbibliothek",
    None,
    [
        ev("2027-01-12", "Frank Goosen liest", "19:00"),
        ev("2027-02-09", "Lyrik aus dem Revier", "19:00"),
    ],
)

# 16. The same list with the service box's place first ("Ort: Bürgerbüro … | Sprechzeiten:
# Mo–Fr 8–16 Uhr"): still the page's words, not the last lecture's place (a known gap).
OFFICE_PLACE_FIRST = OFFICE_HOURS.replace(
    "<p>Wann: jeden ersten Do. im Monat | Wo: Bürgerbüro, Creiler Platz 1, 45768 Marl</p>",
    "<p>Ort: Bürgerbüro, Creiler Platz 1, 45768 Marl | Sprechzeiten: Mo–Fr 8–16 Uhr</p>",
)


FALSE_RT: dict[str, Handwritten] = {
    "falsert-history-intro-subheadings": Handwritten(
        "red team: series page whose intro tells its history under sub-headings ('wurde am 3. März 2019 im Rathaus Essen gegründet')",
        None, U_HISTORY, NOW, HISTORY, HISTORY_EXPECTED, partner=True,
    ),
    "falsert-undated-headings-history": Handwritten(
        "red team: events dated in their paragraphs beside an 'Über die Reihe' heading with a founding date",
        None, U_UNNA, NOW, UNDATED_HEADINGS, UNDATED_HEADINGS_EXPECTED, partner=True,
    ),
    "falsert-refuse-news-listing": Handwritten(
        "red team: a city's news listing, headed teasers with 'Am 26. November 2026 hat der Rat …': refused",
        None, U_BLOG, NOW, NEWS_LISTING, None,
    ),
    "falsert-refuse-union-weitere-tarifgespraeche": Handwritten(
        "red team: a union's wage-round news, 'Weitere Tarifgespräche' above dated press items: refused",
        None, U_TARIF, NOW, TARIF, None,
    ),
    "falsert-fachtag-programme-deadline-contact": Handwritten(
        "red team: one Fachtag with a programme of clock times, an 'Anmeldeschluss' heading, 'Tel.: … | Fax: …' and 'Wann: … | Wo: …' boxes",
        None, U_FACHTAG, NOW, FACHTAG, FACHTAG_EXPECTED, partner=True,
    ),
    "falsert-rooms-like-weekdays": Handwritten(
        "red team: colloquium table, rooms 'So.3.5', 'Do12', 'Mi 2.14', '16 Uhr c.t.' under 'Termine im Wintersemester 2026/27'",
        None, U_ROOMS, NOW, ROOMS, ROOMS_EXPECTED, partner=True,
    ),
    "falsert-staffel-without-year": Handwritten(
        "red team: 'Staffel 3' / 'Staffel 2' headings without a year over dated headings",
        None, U_STAFFEL, NOW, STAFFEL, STAFFEL_EXPECTED, partner=True,
    ),
    "falsert-closing-day-notice": Handwritten(
        "red team: 'Hinweis zu den Feiertagen' heading in the upcoming section, 'Am 24. Dezember 2026 bleibt das Bürgerbüro … geschlossen'",
        None, U_NOTICE, NOW, NOTICE, NOTICE_EXPECTED, partner=True,
    ),
    "falsert-archive-updated-note": Handwritten(
        "red team: a finished series' archive with 'Zuletzt aktualisiert am 02.11.2026' under the h1: valid, past events",
        None, U_ARCHIVE, NOW, ARCHIVE, ARCHIVE_EXPECTED, partner=True,
    ),
    "falsert-english-fields-office-line": Handwritten(
        "red team: 'Date: … | Time: … | Venue: …' lines and an office line 'International Office | Location: … | Contact: …'",
        None, U_FIELDS, NOW, FIELDS, FIELDS_EXPECTED, partner=True,
    ),
    "falsert-compound-heading-then-news": Handwritten(
        "red team: 'Aktuelle Bürgergespräche' over dated items, then a 'Weitere Themen' news list",
        None, U_DORSTEN, NOW, COMPOUND_OK, COMPOUND_OK_EXPECTED, partner=True,
    ),
    "falsert-refuse-blog-post-dateline": Handwritten(
        "red team: a blog post 'Beitrag vom 30.11.2026' with subheadings telling 'Am 16. November 2026 … im Hans-Sachs-Haus': refused",
        None, U_POST, NOW, BLOG_POST, None,
    ),
    "falsert-cards-glued-weekday-office-hours": Handwritten(
        "red team: cards '<span>Do</span><span>14.01.2027</span>' under month dividers; 'Sprechzeiten: Di | 10–12 Uhr' in the intro",
        None, U_CARDS, NOW, CARDS, CARDS_EXPECTED, partner=True,
    ),
    "falsert-programme-then-next-day-event": Handwritten(
        "red team: a two-day Fachtag's 'Programm' by day with clock times, a walk on the day after, a 'Sommerpause' item",
        None, U_PROG, NOW, PROGRAMME_NEXT_DAY, PROGRAMME_NEXT_DAY_EXPECTED, partner=True,
    ),
    "falsert-office-hours-fields-after-list": Handwritten(
        "red team: a service box 'Wann: jeden ersten Do. im Monat | Wo: Bürgerbüro, …' after a list of readings: no event's place",
        None, U_VHS, NOW, OFFICE_HOURS, OFFICE_HOURS_EXPECTED, partner=True,
    ),
    "falsert-office-place-first-after-list": Handwritten(
        "red team: a service box 'Ort: Bürgerbüro, … | Sprechzeiten: Mo–Fr 8–16 Uhr' after a list of readings: no event's place",
        None, U_VHS, NOW, OFFICE_PLACE_FIRST, OFFICE_HOURS_EXPECTED, partner=True,
    ),
}  # fmt: skip
