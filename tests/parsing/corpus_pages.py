"""The fixture corpus, page by page: what each document states and how it is marked up.

Every series page is written here as a reader would note it down (``ev(...)``: date,
title, times, place, audience, links, summary) plus its markup family, its
organisation's site, the words its headings use and the time it was captured.
``make_corpus.py`` writes the HTML and the expected contract JSON from these specs;
the hand-written documents (the RVR page's own life, refusals) live in
``corpus_handwritten.py``. Organisations and places are real; series, dates and
texts are invented test data.
"""

# Data: one event or one place a line, as a reader notes it down.

from __future__ import annotations

from dataclasses import dataclass, field

from corpus_kit import Site, cancel_first, ev, page
from page_model import Draw, Json

# --- sites ------------------------------------------------------------------------------

RVR = Site(
    "typo3",
    "Regionalverband Ruhr",
    "Kronprinzenstraße 35 · 45128 Essen",
    (("14.01.2026", "Pressemitteilung vom 14.01.2026: Radwegenetz wächst weiter"),),
)
IHK_DO = Site(
    "typo3",
    "IHK zu Dortmund",
    "Märkische Straße 120 · 44141 Dortmund",
    (("09.01.2026", "Konjunkturumfrage: Stimmung bleibt gedämpft"),),
)
IHK_ESSEN = Site(
    "typo3",
    "IHK zu Essen",
    "Am Waldthausenpark 2 · 45127 Essen",
    (("05.12.2025", "Ausbildungsbilanz 2025"),),
)
HWK = Site(
    "typo3",
    "Handwerkskammer Dortmund",
    "Ardeystraße 93 · 44139 Dortmund",
    (("20.11.2025", "Meisterfeier: 412 neue Meisterinnen und Meister"),),
)
UNI_DUE = Site(
    "drupal",
    "Universität Duisburg-Essen",
    "Universitätsstraße 2 · 45141 Essen",
    (("02.12.2025", "Neuer Sonderforschungsbereich bewilligt"),),
)
RUB = Site(
    "drupal",
    "Ruhr-Universität Bochum",
    "Universitätsstraße 150 · 44801 Bochum",
    (("11.11.2025", "RUB erhält zwei ERC Grants"),),
)
TU_DO = Site("drupal", "TU Dortmund", "August-Schmidt-Straße 4 · 44227 Dortmund")
HRW = Site("drupal", "Hochschule Ruhr West", "Duisburger Straße 100 · 45479 Mülheim an der Ruhr")
BOCHUM = Site(
    "wordpress",
    "Stadt Bochum",
    "Willy-Brandt-Platz 2–6 · 44777 Bochum",
    (("13.01.2026", "Neue Öffnungszeiten im Bürgerbüro"),),
)
HERNE = Site("wordpress", "Stadt Herne", "Friedrich-Ebert-Platz 2 · 44623 Herne")
GE = Site(
    "wordpress", "Stadt Gelsenkirchen", "Hans-Sachs-Haus · Ebertstraße 11 · 45879 Gelsenkirchen"
)
BMR = Site("wordpress", "Business Metropole Ruhr", "Am Thyssenhaus 1–3 · 45128 Essen")
UNNA = Site(
    "neos",
    "Kreis Unna",
    "Friedrich-Ebert-Straße 17 · 59425 Unna",
    (("15.01.2026", "Kreistag beschließt Haushalt 2026"),),
)
WESEL = Site("neos", "Kreis Wesel", "Reeser Landstraße 31 · 46483 Wesel")
EN_KREIS = Site("neos", "Ennepe-Ruhr-Kreis", "Hauptstraße 92 · 58332 Schwelm")
RE_KREIS = Site("neos", "Kreis Recklinghausen", "Kurt-Schumacher-Allee 1 · 45657 Recklinghausen")
LANDESAMT = Site(
    "gsb", "Landesamt für Arbeitsschutz NRW", "Ulenbergstraße 127–131 · 40225 Düsseldorf"
)
AGENTUR = Site(
    "gsb",
    "Bundesagentur für Arbeit, Regionaldirektion NRW",
    "Josef-Gockeln-Straße 7 · 40474 Düsseldorf",
)
BEZREG = Site("gsb", "Bezirksregierung Münster", "Domplatz 1–3 · 48143 Münster")

# --- the spec ---------------------------------------------------------------------------


PLAIN = Draw(shy=False, nbsp=False, date_style=0, time_style=0, cancel_form=0)


@dataclass(frozen=True)
class Spec:
    name: str
    about: str
    site: Site
    family: str
    now: str  # when the page was captured (ISO, Europe/Berlin)
    model: Json
    draw: Draw = PLAIN
    words: dict[str, str] = field(default_factory=dict)  # heading/label words of this page
    partner: bool = True


def d(shy: bool = False, nbsp: bool = False, ds: int = 0, ts: int = 0, cf: int = 0) -> Draw:
    return Draw(shy=shy, nbsp=nbsp, date_style=ds, time_style=ts, cancel_form=cf)


def pdf(url: str, size: str | None, label: str = "Programm") -> tuple[str, str, str | None]:
    return (label, url, size)


# --- partner series pages -----------------------------------------------------------------

U_IHK = "https://www.ihk.de/dortmund/veranstaltungen/energiescouts-werkstatt"
U_HWK = "https://www.hwk-do.de/artikel/meisterwerkstatt-digital"
U_UDE = "https://www.uni-due.de/transfer/ringvorlesung-transformation"
U_RUB = "https://www.ruhr-uni-bochum.de/en/lecture-series-energy-transition"
U_TUDO = "https://www.tu-dortmund.de/forschung/kolloquium-logistik"
U_BO = "https://www.bochum.de/bochumer-stadtdialoge"
U_HE = "https://www.herne.de/quartiersdialog"
U_UN = "https://www.kreis-unna.de/kreisdialog-bildung"
U_WES = "https://www.kreis-wesel.de/zukunftsforum-niederrhein"
U_EN = "https://www.enkreis.de/fachtage-pflege"
U_LA = "https://www.arbeitsschutz.nrw.de/regionalforen-ruhr"
U_BR = "https://www.bezreg-muenster.de/de/regionalplanung/werkstattgespraeche"
U_IHKE = "https://www.ihk.de/essen/veranstaltungen/gruenderabende"
U_HRW = "https://www.hochschule-ruhr-west.de/transfer/veranstaltungen"
U_GE = "https://www.gelsenkirchen.de/stadtgespraeche"
U_BMR = "https://www.business.ruhr/en/events/invest-ruhr-series"

IHK_ENERGY = page(
    U_IHK,
    "Energie-Scouts Werkstatt 2026",
    "Azubis machen Betriebe energieeffizient",
    [
        ev(
            "2026-02-24",
            "Auftakt: Energieeffizienz im Betrieb erkennen",
            "09:00",
            "15:30",
            where=("IHK zu Dortmund", "Märkische Straße 120", "44141", "Dortmund"),
        ),
        ev(
            "2026-03-17",
            "Druckluft, Licht & Wärme – Messen mit Methode",
            "09:00",
            "15:30",
            where=(
                "DASA Arbeitswelt Ausstellung",
                "Friedrich-Henkel-Weg 1-25",
                "44149",
                "Dortmund",
            ),
        ),
        ev(
            "2026-04-21",
            "Projektpräsentationen der Energie-Scouts",
            "14:00",
            "17:00",
            where=("IHK zu Dortmund", "Märkische Straße 120", "44141", "Dortmund"),
        ),
        ev(
            "2025-11-18",
            "Abschluss Jahrgang 2025",
            status="past",
            where=("IHK zu Dortmund", "Märkische Straße 120", "44141", "Dortmund"),
        ),
    ],
)
HWK_MEISTER = page(
    U_HWK,
    "Meisterwerkstatt digital",
    None,
    [
        ev(
            "2026-02-11",
            "KI im Handwerksbetrieb: Angebote schneller schreiben",
            "18:00",
            "20:00",
            where=("Bildungszentrum Hansemann", "Ardeystraße 93", "44139", "Dortmund"),
            audience="Meisterinnen und Meister, Betriebsinhaber",
            links=(pdf("https://www.hwk-do.de/downloads/meisterwerkstatt-ki.pdf", "845 KB"),),
        ),
        ev(
            "2026-03-11",
            "Social Media für Azubi-Marketing",
            "18:00",
            "20:00",
            where="Online via Zoom",
            audience="Ausbildungsbetriebe",
        ),
        ev(
            "2026-04-15",
            "Digitale Baustellendokumentation",
            "18:00",
            "20:30",
            status="cancelled",
            where=("Bildungszentrum Hansemann", "Ardeystraße 93", "44139", "Dortmund"),
            audience="Betriebe aus dem Bauhandwerk",
        ),
        ev(
            "2025-12-03",
            "E-Rechnung: Was Betriebe jetzt wissen müssen",
            status="past",
            summary="Über 120 Betriebe informierten sich über die neue Pflicht zur E-Rechnung.",
        ),
    ],
)
UDE_RING = page(
    U_UDE,
    "Ringvorlesung „Transformation gestalten“",
    "Wintersemester 2025/26",
    [
        ev(
            "2026-01-20",
            "Transfer in die Region: Was Hochschulen leisten können",
            "18:15",
            "19:45",
            where=("Campus Essen, Hörsaal R11 T00 D05", "Universitätsstraße 2", "45141", "Essen"),
        ),
        ev(
            "2026-01-27",
            "Wasserstoffnetze im Revier",
            "18:15",
            "19:45",
            where=("Campus Duisburg, Audimax LX 1205", "Lotharstraße 65", "47057", "Duisburg"),
        ),
        ev(
            "2026-02-03",
            "Stadtumbau und Hitzeschutz",
            "18:15",
            "19:45",
            where=("Campus Essen, Hörsaal R11 T00 D05", "Universitätsstraße 2", "45141", "Essen"),
        ),
        ev(
            "2025-12-16",
            "Arbeitsmärkte im Wandel",
            status="past",
            summary="Die Aufzeichnung steht in der Mediathek bereit.",
        ),
        ev(
            "2025-12-09",
            "Kreislaufwirtschaft konkret",
            status="past",
            summary="Mit Beispielen aus der Recyclingwirtschaft des Ruhrgebiets.",
        ),
    ],
)
RUB_LECTURES = page(
    U_RUB,
    "Lecture Series: Energy Transition in the Ruhr",
    None,
    [
        ev(
            "2026-04-14",
            "Hydrogen Valleys – Lessons from Europe",
            "16:15",
            "17:45",
            where=("Hörsaalzentrum Ost, HZO 20", "Universitätsstraße 150", "44801", "Bochum"),
            audience="Students and the interested public",
        ),
        ev(
            "2026-05-12",
            "Heat Pumps at Scale",
            "16:15",
            "17:45",
            where="Online via Zoom",
            audience="Students and the interested public",
            links=(pdf("https://www.ruhr-uni-bochum.de/files/heat-pumps-abstract.pdf", "210 KB"),),
        ),
        ev(
            "2026-06-09",
            "Grid Planning for Cities",
            "16:15",
            status="cancelled",
            where=("Hörsaalzentrum Ost, HZO 20", "Universitätsstraße 150", "44801", "Bochum"),
        ),
        ev(
            "2025-12-02",
            "Carbon Capture: Promise and Limits",
            status="past",
            summary="Slides and a recording are available on request.",
        ),
    ],
)
TUDO_KOLLOQ = page(
    U_TUDO,
    "Logistik-Kolloquium 2026",
    None,
    [
        ev(
            "2026-02-05",
            "Autonome Intralogistik im Mittelstand",
            "16:00",
            "17:30",
            where=("Campus Nord, Raum 0.420", "Emil-Figge-Straße 50", "44227", "Dortmund"),
        ),
        ev(
            "2026-03-05",
            "Resiliente Lieferketten",
            "16:00",
            "17:30",
            where=("Fraunhofer IML", "Joseph-von-Fraunhofer-Straße 2-4", "44227", "Dortmund"),
            audience="Unternehmen und Studierende",
        ),
        ev(
            "2025-10-09",
            "Digitale Zwillinge im Lager",
            status="past",
            summary="Der Vortrag zeigte Erfahrungen aus drei Pilotprojekten.",
        ),
    ],
)
BO_DIALOG = page(
    U_BO,
    "Bochumer Stadtdialoge",
    "Wie wollen wir in Zukunft leben?",
    [
        ev(
            "2026-02-26",
            "Wohnen im Quartier",
            "18:30",
            "20:30",
            where=("Kulturzentrum Bahnhof Langendreer", "Wallbaumweg 108", "44894", "Bochum"),
        ),
        ev(
            "2026-03-26",
            "Mobilität für alle",
            "18:30",
            "20:30",
            where=("Stadtteilladen Wattenscheid", "Oststraße 41", "44866", "Bochum"),
        ),
        ev(
            "2026-04-30",
            "Grün in der Stadt",
            "18:30",
            "20:30",
            where=("Musikforum Ruhr", "Marienplatz 1", "44787", "Bochum"),
            summary="Mit einem Spaziergang durch den Westpark vorab um 17 Uhr.",
        ),
        ev(
            "2025-11-27",
            "Sicherheit und Sauberkeit",
            status="past",
            summary="Rund 150 Bürgerinnen und Bürger diskutierten mit der Verwaltung.",
        ),
    ],
)
HE_QUARTIER = page(
    U_HE,
    "Quartiersdialog Herne-Mitte",
    None,
    [
        ev(
            "2026-02-18",
            "Neue Ideen für den Bahnhofsvorplatz",
            "17:00",
            "19:00",
            where=("Stadtteilzentrum Pluto", "Wilhelmstraße 89", "44649", "Herne"),
        ),
        ev(
            "2026-03-18",
            "Spielplätze und Treffpunkte",
            "17:00",
            "19:00",
            status="cancelled",
            where=("Stadtteilzentrum Pluto", "Wilhelmstraße 89", "44649", "Herne"),
        ),
        ev(
            "2026-05-06",
            "Einzelhandel in der Bahnhofstraße",
            "17:00",
            "19:00",
            where=("Kulturzentrum Herne", "Willi-Pohlmann-Platz 1", "44623", "Herne"),
        ),
        ev("2025-09-24", "Auftaktforum", status="past"),
        ev("2025-11-12", "Verkehr und Parken", status="past"),
    ],
)
UN_KREISDIALOG = page(
    U_UN,
    "Kreisdialog Bildung",
    "Übergänge gestalten – von der Kita bis zum Beruf",
    [
        ev(
            "2026-03-04",
            "Übergang Schule – Beruf",
            "14:00",
            "17:00",
            where=("Kreishaus Unna", "Friedrich-Ebert-Straße 17", "59425", "Unna"),
            audience="Schulen, Betriebe und Beratungsstellen",
            links=(
                pdf(
                    "https://www.kreis-unna.de/fileadmin/kreisdialog/einladung-2026-03.pdf",
                    "312 KB",
                    "Einladung",
                ),
            ),
        ),
        ev(
            "2026-06-10",
            "Frühe Bildung im Kreis",
            "14:00",
            "17:00",
            where=("Stadthalle Kamen", "Rathausplatz 1", "59174", "Kamen"),
            audience="Kitas, Familienzentren und Jugendämter",
        ),
        ev(
            "2025-11-05",
            "Digitale Bildung an Berufskollegs",
            status="past",
            summary="Die Dokumentation der Ergebnisse folgt in Kürze.",
        ),
        ev(
            "2025-06-25",
            "Ganztag an Grundschulen",
            status="past",
            summary="Schulträger und Träger der Jugendhilfe tauschten Erfahrungen aus.",
        ),
    ],
    (
        (
            "Sabine Körner",
            "Fachbereich Schulen und Bildung",
            "sabine.koerner@kreis-unna.de",
            "02303 27-1427",
        ),
    ),
)
WES_FORUM = page(
    U_WES,
    "Zukunftsforum Niederrhein",
    None,
    [
        ev(
            "2026-03-19",
            "Landwirtschaft und Klimaanpassung",
            "10:00",
            "16:00",
            where=("Niederrheinhalle", "An de Tent 1", "46485", "Wesel"),
            audience="Landwirtschaft, Kommunen und Verbände",
            note="mit Mittagsimbiss",
            links=(pdf("https://www.kreis-wesel.de/media/zukunftsforum-programm.pdf", "1,4 MB"),),
        ),
        ev(
            "2026-09-24",
            "Fachkräfte für den ländlichen Raum",
            "10:00",
            "16:00",
            where=("Bürgerhaus", "Moers"),
        ),
        ev(
            "2025-09-18",
            "Wasser am Niederrhein",
            status="past",
            summary="Das Forum befasste sich mit Starkregen und Trockenheit.",
        ),
    ],
)
EN_FACHTAGE = page(
    U_EN,
    "Fachtage Pflege 2026",
    None,
    [
        ev(
            "2026-04-22",
            "Pflege im Quartier",
            "09:30",
            "15:00",
            where=("Kreishaus Schwelm", "Hauptstraße 92", "58332", "Schwelm"),
            audience="Pflegedienste, Beratungsstellen und Kommunen",
            links=(pdf("https://www.enkreis.de/fileadmin/pflege/fachtag-quartier.pdf", "488 KB"),),
        ),
        ev(
            "2026-09-16",
            "Ausbildung in der Pflege",
            "09:30",
            "15:00",
            where=("Haus Witten", "Ruhrstraße 86", "58452", "Witten"),
            audience="Pflegeschulen und Ausbildungsbetriebe",
        ),
        ev(
            "2025-09-10",
            "Demenzfreundliche Kommune",
            status="past",
            summary="Über 90 Fachleute tauschten sich über Angebote für Menschen mit Demenz aus.",
        ),
    ],
)
LA_FOREN = page(
    U_LA,
    "Regionalforen Arbeitsschutz Ruhr",
    None,
    [
        ev(
            "2026-02-25",
            "Psychische Belastung im Schichtdienst",
            "10:00",
            "13:00",
            where=(
                "DASA Arbeitswelt Ausstellung",
                "Friedrich-Henkel-Weg 1-25",
                "44149",
                "Dortmund",
            ),
        ),
        ev(
            "2026-05-20",
            "Hitze am Arbeitsplatz",
            "10:00",
            "13:00",
            where=("Haus der Technik", "Hollestraße 1", "45127", "Essen"),
        ),
        ev(
            "2026-08-26", "Gefährdungsbeurteilung digital", "10:00", "13:00", where="Online (Webex)"
        ),
        ev(
            "2025-10-22",
            "Lärm und Vibration",
            status="past",
            where=("Haus der Technik", "Hollestraße 1", "45127", "Essen"),
        ),
    ],
)
BR_WERKSTATT = page(
    U_BR,
    "Werkstattgespräche Regionalplan",
    None,
    [
        ev(
            "2026-02-09",
            "Gewerbeflächen im nördlichen Ruhrgebiet",
            "15:00",
            "18:00",
            where=("Rathaus Marl", "Creiler Platz 1", "45768", "Marl"),
            audience="Kommunen und Kammern",
        ),
        ev(
            "2026-03-09",
            "Freiraum und Landwirtschaft",
            "15:00",
            "18:00",
            where=("Vestlandhalle", "Herner Straße 10", "45657", "Recklinghausen"),
            audience="Kommunen, Verbände und Landwirtschaft",
        ),
        ev(
            "2025-12-01",
            "Siedlungsentwicklung",
            status="past",
            summary="Protokoll und Präsentationen stehen zum Download bereit.",
        ),
    ],
)
IHKE_GRUENDER = page(
    U_IHKE,
    "Gründerabende 2026",
    None,
    [
        ev(
            "2026-02-04",
            "Vom Businessplan zur Finanzierung",
            "18:00",
            "20:00",
            where=("IHK zu Essen", "Am Waldthausenpark 2", "45127", "Essen"),
        ),
        ev(
            "2026-03-04",
            "Steuern für Gründerinnen und Gründer",
            "18:00",
            "20:00",
            where=("IHK zu Essen", "Am Waldthausenpark 2", "45127", "Essen"),
        ),
        ev(
            "2026-04-01",
            "Marketing mit kleinem Budget",
            "18:00",
            "20:00",
            status="cancelled",
            where=("IHK zu Essen", "Am Waldthausenpark 2", "45127", "Essen"),
        ),
        ev("2026-05-06", "Online-Shop rechtssicher", "18:00", "19:30", where="Online via Zoom"),
    ],
)
HRW_EVENTS = page(
    U_HRW,
    "Transferabende an der HRW",
    None,
    [
        ev(
            "2026-02-12",
            "Robotik für kleine Betriebe",
            "17:00",
            "19:00",
            where=("Hochschule Ruhr West", "Duisburger Straße 100", "45479", "Mülheim an der Ruhr"),
        ),
        ev(
            "2026-04-16",
            "Energiemonitoring mit offenen Daten",
            "17:00",
            "19:00",
            where=("Campus Bottrop", "Lützowstraße 5", "46236", "Bottrop"),
        ),
        ev(
            "2025-11-13",
            "Sensorik in der Landwirtschaft",
            "17:00",
            "19:00",
            status="past",
            where=("Campus Bottrop", "Lützowstraße 5", "46236", "Bottrop"),
        ),
    ],
)
GE_GESPRAECHE = page(
    U_GE,
    "Gelsenkirchener Stadtgespräche",
    None,
    [
        ev(
            "2026-02-19",
            "Wasserstoff aus Gelsenkirchen",
            "18:00",
            "20:00",
            where=(
                "Wissenschaftspark Gelsenkirchen",
                "Munscheidstraße 14",
                "45886",
                "Gelsenkirchen",
            ),
            audience="Alle Interessierten",
        ),
        ev(
            "2026-04-23",
            "Sport und Stadtgesellschaft",
            "18:00",
            "20:00",
            where=("Musiktheater im Revier", "Kennedyplatz", "45881", "Gelsenkirchen"),
            audience="Alle Interessierten",
        ),
        ev(
            "2025-10-16",
            "Bildung im Stadtteil",
            status="past",
            summary="Im Mittelpunkt standen die Bildungsangebote in den Stadtteilen.",
        ),
    ],
)
BMR_SERIES = page(
    U_BMR,
    "Invest in the Ruhr – Breakfast Series",
    None,
    [
        ev(
            "2026-03-10",
            "Data Centres and Digital Infrastructure",
            "08:30",
            "10:30",
            where=("Business Metropole Ruhr", "Am Thyssenhaus 1-3", "45128", "Essen"),
            audience="Investors and project developers",
            links=(
                pdf(
                    "https://www.business.ruhr/files/breakfast-agenda-march.pdf", "156 KB", "Agenda"
                ),
            ),
        ),
        ev(
            "2026-05-05",
            "Logistics Real Estate",
            "08:30",
            "10:30",
            where=("Duisport Lounge", "Alte Ruhrorter Straße 42-52", "47119", "Duisburg"),
            audience="Investors and project developers",
        ),
        ev(
            "2025-11-04",
            "Green Steel Supply Chains",
            status="past",
            summary="Speakers from industry presented their transformation plans.",
        ),
    ],
)

# Extra variety: multi-day, online-only, cancellations in other forms, archives.
UN_SOMMER = page(
    "https://www.kreis-unna.de/sommerakademie",
    "Sommerakademie Ehrenamt 2026",
    None,
    [
        ev(
            "2026-07-06",
            "Vereinsführung kompakt",
            "09:00",
            "16:00",
            until="2026-07-08",
            where=("Haus Opherdicke", "Dorfstraße 29", "59439", "Holzwickede"),
            audience="Vorstände von Vereinen",
        ),
        ev(
            "2026-08-24",
            "Öffentlichkeitsarbeit im Verein",
            "10:00",
            "15:00",
            until="2026-08-25",
            where=("Kreishaus Unna", "Friedrich-Ebert-Straße 17", "59425", "Unna"),
            audience="Ehrenamtlich Engagierte",
        ),
    ],
)
HWK_ONLINE = page(
    "https://www.hwk-do.de/artikel/digital-sprechstunde",
    "Digital-Sprechstunde",
    "Kurze Impulse für Handwerksbetriebe",
    [
        ev(
            "2026-02-06",
            "Cybersicherheit im Kleinbetrieb",
            "12:00",
            "12:45",
            where="Online via Zoom",
        ),
        ev(
            "2026-03-06",
            "Rechnungen digital archivieren",
            "12:00",
            "12:45",
            where="Online via Zoom",
        ),
        ev(
            "2026-04-10",
            "Website-Check für Betriebe",
            "12:00",
            "12:45",
            where="digital per MS Teams",
        ),
    ],
)
BO_CANCEL = cancel_first(BO_DIALOG)
ARCHIVE_LA = page(
    "https://www.arbeitsschutz.nrw.de/regionalforen-ruhr/archiv",
    "Regionalforen Arbeitsschutz Ruhr – Archiv",
    None,
    [
        ev(
            "2025-10-22",
            "Lärm und Vibration",
            status="past",
            where=("Haus der Technik", "Hollestraße 1", "45127", "Essen"),
        ),
        ev(
            "2025-06-04",
            "Arbeiten bei Hitze",
            status="past",
            where=(
                "DASA Arbeitswelt Ausstellung",
                "Friedrich-Henkel-Weg 1-25",
                "44149",
                "Dortmund",
            ),
        ),
        ev("2025-02-19", "Mobile Arbeit sicher gestalten", status="past", where="Online (Webex)"),
        ev(
            "2024-10-16",
            "Gefahrstoffe im Handwerk",
            status="past",
            where=("Handwerkskammer Münster", "Echelmeyerstraße 1-2", "48163", "Münster"),
        ),
    ],
)
ARCHIVE_HE = page(
    "https://www.herne.de/quartiersdialog/rueckschau",
    "Quartiersdialog Herne-Mitte: Rückschau",
    None,
    [
        ev(
            "2025-09-24",
            "Auftaktforum",
            status="past",
            where=("Stadtteilzentrum Pluto", "Wilhelmstraße 89", "44649", "Herne"),
        ),
        ev(
            "2025-11-12",
            "Verkehr und Parken",
            status="past",
            where=("Kulturzentrum Herne", "Willi-Pohlmann-Platz 1", "44623", "Herne"),
        ),
        ev(
            "2026-01-14",
            "Sauberkeit im Quartier",
            status="past",
            where=("Stadtteilzentrum Pluto", "Wilhelmstraße 89", "44649", "Herne"),
        ),
    ],
)
ARCHIVE_UN = page(
    "https://www.kreis-unna.de/kreisdialog-bildung/dokumentation",
    "Kreisdialog Bildung – Dokumentation",
    None,
    [
        ev(
            "2025-11-05",
            "Digitale Bildung an Berufskollegs",
            status="past",
            summary="Die Präsentationen stehen als PDF zur Verfügung.",
        ),
        ev(
            "2025-06-25",
            "Ganztag an Grundschulen",
            status="past",
            summary="Schulträger und Träger der Jugendhilfe tauschten Erfahrungen aus.",
        ),
        ev(
            "2025-02-12",
            "Sprachförderung in der Kita",
            status="past",
            summary="Fachkräfte aus Kitas stellten erfolgreiche Konzepte vor.",
        ),
    ],
)
ARCHIVE_UDE = page(
    "https://www.uni-due.de/transfer/ringvorlesung-transformation/archiv",
    "Ringvorlesung „Transformation gestalten“ – Archiv",
    None,
    [
        ev("2025-07-08", "Gesundheit in der alternden Region", status="past"),
        ev("2025-06-24", "Klimafolgen für Städte", status="past"),
        ev("2025-06-10", "Datenräume für die Industrie", status="past"),
        ev("2025-05-27", "Bildungsgerechtigkeit im Revier", status="past"),
    ],
)

NO_UPCOMING_ACCORDION = {'<h2>Nächste Termine</h2><div class="accordion" id="acc1"></div>': ""}
PARTNERS: tuple[Spec, ...] = (
    Spec(
        "ihk-energiescouts-table",
        "IHK workshop series as Datum | Thema | Ort table",
        IHK_DO,
        "table",
        "2026-01-20T09:00:00+01:00",
        IHK_ENERGY,
        d(ds=2, ts=0),
        {"<h2>Programm</h2>": "<h2>Termine und Themen 2026</h2>"},
    ),
    Spec(
        "hwk-meisterwerkstatt-cards",
        "chamber series as cards with <time>, online date, badge",
        HWK,
        "cards",
        "2026-01-22T11:00:00+01:00",
        HWK_MEISTER,
        d(shy=True, ds=1, ts=2, cf=4),
    ),
    Spec(
        "ude-ringvorlesung-headings",
        "university lecture series, date-first h3 headings",
        UNI_DUE,
        "headings",
        "2026-01-10T08:00:00+01:00",
        UDE_RING,
        d(ds=1, ts=1),
    ),
    Spec(
        "rub-lecture-series-english",
        "English university lecture series",
        RUB,
        "english",
        "2026-01-12T10:00:00+01:00",
        RUB_LECTURES,
        d(ds=1, ts=1, cf=1),
        {"<h2>Upcoming events</h2>": "<h2>Next dates</h2>"},
    ),
    Spec(
        "tudo-kolloquium-microdata",
        "university colloquium with schema.org microdata",
        TU_DO,
        "microdata",
        "2026-01-15T12:00:00+01:00",
        TUDO_KOLLOQ,
        d(ds=3, ts=0),
    ),
    Spec(
        "bochum-stadtdialoge-tec",
        "city dialogue series, The Events Calendar plugin",
        BOCHUM,
        "wp-events",
        "2026-01-19T16:00:00+01:00",
        BO_DIALOG,
        d(ds=1, ts=0),
    ),
    Spec(
        "herne-quartiersdialog-list",
        "city dialogue series as a list, 'fällt aus'",
        HERNE,
        "list",
        "2026-01-08T09:00:00+01:00",
        HE_QUARTIER,
        d(ds=0, ts=3, cf=3),
        {"<h2>Termine 2026/2027</h2>": "<h2>Veranstaltungen</h2>"},
    ),
    Spec(
        "unna-kreisdialog-accordion",
        "county series in a Bootstrap accordion, contact box",
        UNNA,
        "accordion",
        "2026-01-16T09:00:00+01:00",
        UN_KREISDIALOG,
        d(nbsp=True, ds=2, ts=2),
    ),
    Spec(
        "wesel-zukunftsforum-dl",
        "county forum as definition lists with <br> addresses",
        WESEL,
        "dl",
        "2026-01-05T09:00:00+01:00",
        WES_FORUM,
        d(ds=3, ts=0),
    ),
    Spec(
        "enkreis-fachtage-br",
        "county series, each date in one <p> with <br>",
        EN_KREIS,
        "br-paragraph",
        "2026-01-21T09:00:00+01:00",
        EN_FACHTAGE,
        d(ds=1, ts=1),
    ),
    Spec(
        "arbeitsschutz-regionalforen-gsb-table",
        "state agency (GSB) table, online forum",
        LANDESAMT,
        "table",
        "2026-01-13T09:00:00+01:00",
        LA_FOREN,
        d(ds=0, ts=1),
    ),
    Spec(
        "bezreg-werkstattgespraeche-tabs",
        "GSB page with Bootstrap-like tabs",
        BEZREG,
        "tabs",
        "2026-01-09T09:00:00+01:00",
        BR_WERKSTATT,
        d(ds=2, ts=0),
        {">Termine</button>": ">Kommende Termine</button>"},
    ),
    Spec(
        "ihk-gruenderabende-jsonld",
        "chamber event list only in JSON-LD (schema-events)",
        IHK_ESSEN,
        "jsonld",
        "2026-01-14T09:00:00+01:00",
        IHKE_GRUENDER,
    ),
    Spec(
        "hrw-transferabende-jsonld",
        "university events only in JSON-LD, one past",
        HRW,
        "jsonld",
        "2026-01-14T09:00:00+01:00",
        HRW_EVENTS,
    ),
    Spec(
        "ge-stadtgespraeche-synonyms",
        "city series with Wann/Was/Wo/Für wen labels",
        GE,
        "synonyms",
        "2026-01-07T09:00:00+01:00",
        GE_GESPRAECHE,
        d(ds=3, ts=2),
    ),
    Spec(
        "bmr-breakfast-series-english",
        "English business series, agenda link",
        BMR,
        "english",
        "2026-01-27T09:00:00+01:00",
        BMR_SERIES,
        d(ds=0, ts=0),
        {"<h2>Past events</h2>": "<h2>Review</h2>"},
    ),
    Spec(
        "unna-sommerakademie-multiday",
        "multi-day events with daily hours (dl)",
        UNNA,
        "dl",
        "2026-03-02T09:00:00+01:00",
        UN_SOMMER,
        d(ds=0, ts=1),
        {"<h2>Nächste Termine</h2>": "<h2>Kommende Veranstaltungen</h2>"},
    ),
    Spec(
        "hwk-digitalsprechstunde-online",
        "online-only series, <br> paragraphs",
        HWK,
        "br-paragraph",
        "2026-01-30T09:00:00+01:00",
        HWK_ONLINE,
        d(ds=2, ts=0),
    ),
    Spec(
        "bochum-stadtdialoge-cancelled",
        "the city series with its next date struck (<s>)",
        BOCHUM,
        "wp-events",
        "2026-02-20T16:00:00+01:00",
        BO_CANCEL,
        d(ds=1, ts=0, cf=6),
    ),
    Spec(
        "arbeitsschutz-archiv-table",
        "archive page: past forums in a table",
        LANDESAMT,
        "table",
        "2026-01-13T09:00:00+01:00",
        ARCHIVE_LA,
        d(ds=0),
    ),
    Spec(
        "herne-rueckschau-list",
        "archive page: past dates as a list",
        HERNE,
        "list",
        "2026-02-01T09:00:00+01:00",
        ARCHIVE_HE,
        d(ds=1),
        {"<h2>Termine 2026/2027</h2><ul></ul>": ""},
    ),
    Spec(
        "unna-dokumentation-accordion",
        "archive page: accordion of past dates",
        UNNA,
        "accordion",
        "2026-01-16T09:00:00+01:00",
        ARCHIVE_UN,
        d(),
        {**NO_UPCOMING_ACCORDION, "<h2>Rückblick: ": "<h2>Dokumentation: "},
    ),
    Spec(
        "ude-archiv-headings",
        "archive page: bold paragraphs with dates, no section words",
        UNI_DUE,
        "headings",
        "2026-01-10T08:00:00+01:00",
        ARCHIVE_UDE,
        d(),
    ),
)

RE_KONFERENZ = page(
    "https://www.kreis-re.de/bildungskonferenz",
    "Bildungskonferenz Vest 2026",
    "Vielfalt als Chance",
    [
        ev(
            "2026-03-25",
            "Sprachbildung in allen Fächern",
            "09:00",
            "13:00",
            where=("Vestlandhalle", "Herner Straße 10", "45657", "Recklinghausen"),
            audience="Lehrkräfte aller Schulformen",
        ),
        ev(
            "2026-09-30",
            "Elternarbeit, die ankommt",
            "09:00",
            "13:00",
            where=("Stadthalle Haltern am See", "Lavesumer Straße 9", "45721", "Haltern am See"),
            audience="Lehrkräfte und Schulsozialarbeit",
        ),
        ev(
            "2025-09-24",
            "Schule im Quartier",
            status="past",
            summary="Die Konferenz brachte 250 Fachleute aus dem Kreis zusammen.",
        ),
    ],
)
BA_DIALOG = page(
    "https://www.arbeitsagentur.de/vor-ort/rd-nrw/fachkraeftedialog-ruhr",
    "Fachkräftedialog Ruhr",
    None,
    [
        ev(
            "2026-02-17",
            "Frauen in MINT-Berufen",
            "10:00",
            "12:30",
            where=("Agentur für Arbeit Essen", "Berliner Platz 10", "45127", "Essen"),
            audience="Arbeitgeberinnen und Arbeitgeber",
        ),
        ev(
            "2026-03-24",
            "Internationale Fachkräfte einarbeiten",
            "10:00",
            "12:30",
            status="cancelled",
            where=("Agentur für Arbeit Dortmund", "Steinstraße 39", "44147", "Dortmund"),
            audience="Arbeitgeberinnen und Arbeitgeber",
        ),
        ev(
            "2026-05-19",
            "Teilzeitausbildung als Chance",
            "10:00",
            "12:00",
            where="Online via Zoom",
            audience="Ausbildungsbetriebe",
        ),
    ],
)
IHK_ARCHIVE = page(
    "https://www.ihk.de/dortmund/veranstaltungen/energiescouts-werkstatt/rueckblick",
    "Energie-Scouts Werkstatt 2025: Rückblick",
    None,
    [
        ev(
            "2025-11-18",
            "Abschluss Jahrgang 2025",
            status="past",
            where=("IHK zu Dortmund", "Märkische Straße 120", "44141", "Dortmund"),
            summary="Zwölf Teams stellten ihre Projekte vor; drei wurden ausgezeichnet.",
        ),
        ev(
            "2025-05-13",
            "Messtechnik in der Praxis",
            status="past",
            where=(
                "DASA Arbeitswelt Ausstellung",
                "Friedrich-Henkel-Weg 1-25",
                "44149",
                "Dortmund",
            ),
            summary="Die Azubis übten mit Wärmebildkamera und Datenlogger.",
        ),
        ev(
            "2025-03-11",
            "Auftakt 2025",
            status="past",
            summary="Der Jahrgang 2025 startete mit 40 Auszubildenden.",
        ),
    ],
)
TUDO_SUMMER = page(
    "https://www.tu-dortmund.de/forschung/summer-school-logistik",
    "Summer School Logistik 2026",
    None,
    [
        ev(
            "2026-07-13",
            "Modul 1: Planung von Lieferketten",
            "09:00",
            "17:00",
            until="2026-07-15",
            where=("Fraunhofer IML", "Joseph-von-Fraunhofer-Straße 2-4", "44227", "Dortmund"),
        ),
        ev(
            "2026-07-20",
            "Modul 2: Daten in der Logistik",
            "09:00",
            "17:00",
            until="2026-07-21",
            where="Online via Zoom",
        ),
    ],
)
UDE_EN = page(
    "https://www.uni-due.de/en/transfer/lecture-series-transformation",
    "Lecture Series “Shaping Transformation”",
    None,
    [
        ev(
            "2026-01-20",
            "Transfer into the Region",
            "18:15",
            "19:45",
            where=("Campus Essen, Hörsaal R11 T00 D05", "Universitätsstraße 2", "45141", "Essen"),
        ),
        ev(
            "2026-01-27",
            "Hydrogen Networks in the Ruhr",
            "18:15",
            "19:45",
            where=("Campus Duisburg, Audimax LX 1205", "Lotharstraße 65", "47057", "Duisburg"),
        ),
        ev(
            "2025-12-16",
            "Changing Labour Markets",
            status="past",
            summary="A recording is available in the media library.",
        ),
    ],
)
HWK_MEISTER_LIST = {
    **HWK_MEISTER,
    "events": [
        {**e, "status": "cancelled"} if e["date"] == "2026-02-11" else e
        for e in HWK_MEISTER["events"]
    ],
}

PARTNERS = (
    *PARTNERS,
    Spec(
        "re-bildungskonferenz-h5",
        "county conference, date-first h5 headings",
        RE_KREIS,
        "headings",
        "2026-01-26T09:00:00+01:00",
        RE_KONFERENZ,
        d(ds=0, ts=3),
    ),
    Spec(
        "arbeitsagentur-fachkraeftedialog-br",
        "GSB page, <br> paragraphs, '– abgesagt'",
        AGENTUR,
        "br-paragraph",
        "2026-01-28T09:00:00+01:00",
        BA_DIALOG,
        d(ds=2, ts=2, cf=1),
        {"<h2>Termine</h2>": "<h2>Unsere nächsten Veranstaltungen</h2>"},
    ),
    Spec(
        "ihk-energiescouts-rueckblick-cards",
        "chamber archive page as cards",
        IHK_DO,
        "cards",
        "2026-01-20T09:00:00+01:00",
        IHK_ARCHIVE,
        d(ds=1),
        {
            '<h2>Kommende Veranstaltungen</h2><div class="row row-cols-md-2"></div>': "",
            "<h2>Vergangene Veranstaltungen</h2>": "<h2>Rückschau</h2>",
        },
    ),
    Spec(
        "tudo-summer-school-jsonld",
        "multi-day modules only in JSON-LD (schema-events)",
        TU_DO,
        "jsonld",
        "2026-03-01T09:00:00+01:00",
        TUDO_SUMMER,
    ),
    Spec(
        "ude-lecture-series-english",
        "English version of the university lecture series",
        UNI_DUE,
        "english",
        "2026-01-10T08:00:00+01:00",
        UDE_EN,
        d(ds=2, ts=0),
    ),
    Spec(
        "wesel-zukunftsforum-tabs",
        "the county forum relaunched with tabs",
        WESEL,
        "tabs",
        "2026-01-05T09:00:00+01:00",
        WES_FORUM,
        d(ds=1, ts=2),
        {">Rückblick</button>": ">Rückschau</button>"},
    ),
    Spec(
        "hwk-meisterwerkstatt-list-entfaellt",
        "the chamber series as a list, '– entfällt'",
        HWK,
        "list",
        "2026-01-22T11:00:00+01:00",
        HWK_MEISTER_LIST,
        d(ds=3, ts=0, cf=2),
        {"<h2>Termine 2026/2027</h2>": "<h2>Termine</h2>"},
    ),
    Spec(
        "enkreis-fachtage-accordion-del",
        "the county series as an accordion, date struck",
        EN_KREIS,
        "accordion",
        "2026-01-21T09:00:00+01:00",
        cancel_first(EN_FACHTAGE),
        d(ds=1, ts=1, cf=5),
    ),
    Spec(
        "bochum-stadtdialoge-microdata",
        "the city series relaunched with microdata",
        BOCHUM,
        "microdata",
        "2026-01-19T16:00:00+01:00",
        BO_DIALOG,
        d(ds=2, ts=0),
        {"<h2>Veranstaltungen</h2>": "<h2>Termine</h2>"},
    ),
)

OB = Site("complianz", "Stadt Oberhausen", "Schwartzstraße 72 · 46045 Oberhausen")
OB_WERKSTATT = page(
    "https://www.oberhausen.de/zukunftswerkstatt-innenstadt",
    "Zukunftswerkstatt Innenstadt",
    None,
    [
        ev(
            "2026-03-03",
            "Leerstand als Chance",
            "18:00",
            "20:30",
            where=("Gdanska", "Altmarkt 3", "46045", "Oberhausen"),
            audience="Alle Interessierten",
        ),
        ev(
            "2026-05-12",
            "Grüne Höfe, kühle Plätze",
            "18:00",
            "20:30",
            where=("Theater Oberhausen", "Ebertstraße 82", "46045", "Oberhausen"),
            audience="Alle Interessierten",
        ),
        ev(
            "2025-11-18",
            "Auftaktwerkstatt",
            status="past",
            summary="Über 200 Ideen wurden auf Stellwänden gesammelt.",
        ),
    ],
)
PARTNERS = (
    *PARTNERS,
    Spec(
        "oberhausen-zukunftswerkstatt-consent-banner",
        "city series behind a consent banner that is not hidden in the markup: read, not refused",
        OB,
        "tabs",
        "2026-02-01T09:00:00+01:00",
        OB_WERKSTATT,
        d(ds=4, ts=4),
    ),
)

PARTNERS = (
    *PARTNERS,
    Spec(
        "ihk-energiescouts-stale-next-dates",
        "stale page: a passed date still under 'Nächste Termine' (the section decides: upcoming)",
        IHK_DO,
        "dl",
        "2026-03-01T09:00:00+01:00",
        {**IHK_ENERGY, "events": [e for e in IHK_ENERGY["events"] if e["status"] != "past"]},
        d(ds=3, ts=4),
    ),
)
