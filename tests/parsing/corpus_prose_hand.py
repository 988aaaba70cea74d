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
}
