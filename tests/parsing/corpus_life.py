"""The RVR series page's own life through 2025 and 2026, with its relaunches.

Facts as in ``tests/fixtures/pages/README.md`` (kickoff 19 March 2025, Philharmonie
Essen; Talentschmiede 19 May 2025, Dortmund; Welcome Ruhrgebiet 6 November 2025,
Essen; Karriere in GE 27 November 2025, Gelsenkirchen); the 2026 series, times and
texts are invented. Each capture states what the page showed then; between captures
the markup is relaunched several times (see the names).
"""

# Data: one event or one place a line, as a reader notes it down.

from __future__ import annotations

from corpus_kit import ev, page
from corpus_pages import RVR, Spec, d
from event_writing import contact_box
from page_model import Json

URL = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
FILES = (
    "https://www.rvr.ruhr/fileadmin/user_upload/RVR/Themen/Bildung_Wissenschaft/Fachkraefte-Reihe"
)
SUB = "Neue Perspektiven für das Ruhrgebiet: Grüne und Digitale Transformation im Arbeitsmarkt"
AUD = "Akteure aus Wirtschaft, Verwaltung und Wissenschaft"
BRANDT = (
    "Martina Brandt",
    "Referat Bildung, Soziales und Regionalanalysen",
    "brandt@rvr.ruhr",
    "+49 201 2069-490",
)

AUFTAKT_NEXT = ev(
    "2025-03-19",
    "Auftaktveranstaltung",
    "14:00",
    "18:00",
    where=("Philharmonie Essen", "Huyssenallee 53", "45128", "Essen"),
    audience="Akteure aus Wirtschaft, Wissenschaft und Politik",
    links=(("Programm", f"{FILES}/2025-03-19_Programm_Auftakt.pdf", "215 KB"),),
)
TALENT_NEXT = ev(
    "2025-05-19",
    "Talentschmiede in Dortmund: Strategien für den Fachkräftenachwuchs",
    "15:00",
    "18:00",
    where=("HWK-Bildungszentrum", "Ardeystraße 93", "44139", "Dortmund"),
    audience="Akteure aus Wirtschaft und Verwaltung",
)
WELCOME_NEXT = ev(
    "2025-11-06",
    "Welcome Ruhrgebiet – Gemeinsam Fachkräfte gewinnen, halten und integrieren",
    "16:00",
    "19:00",
    where=("Haus der Technik", "Hollestraße 1", "45127", "Essen"),
    audience="Kommunen, Unternehmen und Hochschulen",
)
KARRIERE_NEXT = ev(
    "2025-11-27",
    "Karriere in GE? Mach’s mit Wasserstoff!",
    "17:00",
    "19:00",
    where=("H2PopUpLab", "Bahnhofstraße 69", "45879", "Gelsenkirchen"),
    audience=AUD,
    note="mit Ausklang",
    links=(("Programm", f"{FILES}/2025-11-27_Programm_Karriere_in_GE.pdf", "172 KB"),),
)
WERKSTATT = ev(
    "2026-03-12",
    "Werkstatt Transformation: Weiterbildung im Mittelstand",
    "09:00",
    "16:00",
    until="2026-03-13",
    where=("Wissenschaftspark Gelsenkirchen", "Munscheidstraße 14", "45886", "Gelsenkirchen"),
    audience="Kleine und mittlere Unternehmen",
    links=(("Programm", f"{FILES}/2026-03-12_Programm_Werkstatt.pdf", "1,2 MB"),),
)
DIGITAL = ev(
    "2026-04-23",
    "Digitale Berufe im Revier",
    "17:00",
    "19:00",
    where=("Zeche Zollverein", "Gelsenkirchener Straße 181", "45309", "Essen"),
    audience="Schulen, Hochschulen und Unternehmen",
)
HERBST = ev(
    "2026-10-08",
    "Fachkräfte sichern im Handwerk",
    "16:00",
    "19:00",
    where=("Bildungszentrum Hansemann", "Ardeystraße 93", "44139", "Dortmund"),
    audience="Handwerksbetriebe",
)


def past(event: Json, summary: str | None) -> Json:
    return {
        **event,
        "status": "past",
        "start": None,
        "end": None,
        "daily": None,
        "audience": None,
        "note": None,
        "location": None,
        "links": [],
        "summary": summary,
    }


P_AUFTAKT = past(AUFTAKT_NEXT, "Die Auftaktveranstaltung bildete den Startschuss für die Reihe.")
P_TALENT = past(TALENT_NEXT, "Wie können wir mehr junge Menschen für eine Ausbildung begeistern?")
# The title names the city ("Talentschmiede in Dortmund"): a reader notes the city and the
# place as stated, "Dortmund" (as "in der Philharmonie Essen" gives the text "Philharmonie Essen").
P_TALENT["location"] = {
    "venue": None,
    "street": None,
    "postcode": None,
    "city": "Dortmund",
    "text": "Dortmund",
}
P_WELCOME = past(WELCOME_NEXT, "Kommunen, Unternehmen und Hochschulen zeigten gelungene Beispiele.")
P_KARRIERE = past(
    KARRIERE_NEXT, "Unternehmen zeigten, welche Berufe die Wasserstoffwirtschaft braucht."
)
P_WERKSTATT = past(WERKSTATT, "Zwei Tage lang arbeiteten Betriebe an ihren Weiterbildungsplänen.")
P_DIGITAL = past(DIGITAL, "Schulklassen lernten digitale Berufe kennen.")

T25, T26 = "Fachkräfte-Reihe 2025", "Fachkräfte-Reihe 2026"
C = (BRANDT,)


def rvr(title: str, events: list[Json]) -> Json:
    return page(URL, title, SUB, events, C)


def cancelled(event: Json) -> Json:
    return {**event, "status": "cancelled"}


CONTACTS_HTML = contact_box(rvr(T25, [])["contacts"], "Kontakt")

LIFE: tuple[Spec, ...] = (
    Spec(
        "rvr-life-2025-02-kickoff-dl",
        "Feb 2025: next date is the kickoff (dl markup)",
        RVR,
        "dl",
        "2025-02-10T09:00:00+01:00",
        rvr(T25, [AUFTAKT_NEXT]),
        d(ds=1, ts=0),
        {"<h2>Nächste Termine</h2>": "<h2>Nächster Termin</h2>"},
        partner=False,
    ),
    Spec(
        "rvr-life-2025-04-talentschmiede-br",
        "Apr 2025: Talentschmiede next, kickoff past",
        RVR,
        "br-paragraph",
        "2025-04-14T09:00:00+02:00",
        rvr(T25, [TALENT_NEXT, P_AUFTAKT]),
        d(ds=3, ts=2, nbsp=True),
        {"<h2>Termine</h2>": "<h2>Nächster Termin</h2>"},
        partner=False,
    ),
    Spec(
        "rvr-life-2025-10-welcome-synonyms",
        "Oct 2025: relaunch with Wann/Was/Wo labels",
        RVR,
        "synonyms",
        "2025-10-01T09:00:00+02:00",
        rvr(T25, [WELCOME_NEXT, P_AUFTAKT, P_TALENT]),
        d(ds=2, ts=0),
        {
            "<h2>Save the Date</h2>": "<h2>Nächster Termin</h2>",
            "<h2>Dokumentation</h2>": "<h2>Rückblick</h2>",
        },
        partner=False,
    ),
    Spec(
        "rvr-life-2025-11-karriere-accordion",
        "Nov 2025: Bootstrap relaunch, accordion",
        RVR,
        "accordion",
        "2025-11-10T09:00:00+01:00",
        rvr(T25, [KARRIERE_NEXT, P_AUFTAKT, P_TALENT, P_WELCOME]),
        d(ds=0, ts=2, shy=True),
        partner=False,
    ),
    Spec(
        "rvr-life-2025-11-karriere-cancelled-del",
        "Nov 2025: 'ABGESAGT: <del>date</del>'",
        RVR,
        "br-paragraph",
        "2025-11-20T09:00:00+01:00",
        rvr(T25, [cancelled(KARRIERE_NEXT), P_AUFTAKT, P_TALENT, P_WELCOME]),
        d(ds=1, ts=2, cf=0),
        {"<h2>Termine</h2>": "<h2>Nächster Termin</h2>"},
        partner=False,
    ),
    Spec(
        "rvr-life-2025-12-rueckblick-accordion",
        "Dec 2025: no next date, accordion Rückblick",
        RVR,
        "accordion",
        "2025-12-05T09:00:00+01:00",
        rvr(T25, [P_AUFTAKT, P_TALENT, P_WELCOME, P_KARRIERE]),
        d(),
        {'<h2>Nächste Termine</h2><div class="accordion" id="acc1"></div>': ""},
        partner=False,
    ),
    Spec(
        "rvr-life-2026-01-series-cards",
        "Jan 2026: 2026 series as cards, multi-day event",
        RVR,
        "cards",
        "2026-01-12T09:00:00+01:00",
        rvr(T26, [WERKSTATT, DIGITAL, P_AUFTAKT, P_TALENT, P_WELCOME, P_KARRIERE]),
        d(ds=1, ts=0),
        {"<h2>Vergangene Veranstaltungen</h2>": "<h2>Rückblick: Fachkräfte-Reihe 2025</h2>"},
        partner=False,
    ),
    Spec(
        "rvr-life-2026-02-series-tabs",
        "Feb 2026: relaunch with tabs",
        RVR,
        "tabs",
        "2026-02-02T09:00:00+01:00",
        rvr(T26, [WERKSTATT, DIGITAL, P_AUFTAKT, P_TALENT, P_WELCOME, P_KARRIERE]),
        d(ds=2, ts=1),
        partner=False,
    ),
    Spec(
        "rvr-life-2026-02-series-headings",
        "Feb 2026: relaunch with date-first h4 headings",
        RVR,
        "headings",
        "2026-02-16T09:00:00+01:00",
        rvr(T26, [WERKSTATT, DIGITAL, P_AUFTAKT, P_TALENT, P_WELCOME, P_KARRIERE]),
        d(ds=1, ts=2),
        partner=False,
    ),
    Spec(
        "rvr-life-2026-03-english",
        "Mar 2026: the English version of the page",
        RVR,
        "english",
        "2026-03-02T09:00:00+01:00",
        {
            **rvr("Skilled Workers Series 2026", [WERKSTATT, DIGITAL, P_KARRIERE]),
            "series": {"title": "Skilled Workers Series 2026", "subtitle": None},
        },
        d(ds=1, ts=0),
        partner=False,
    ),
    Spec(
        "rvr-life-2026-03-werkstatt-struck-list",
        "Mar 2026: list, Werkstatt struck (line-through)",
        RVR,
        "list",
        "2026-03-05T09:00:00+01:00",
        rvr(T26, [cancelled(WERKSTATT), DIGITAL, P_AUFTAKT, P_TALENT, P_WELCOME, P_KARRIERE]),
        d(ds=0, ts=0, cf=7),
        {
            "<h2>Termine 2026/2027</h2>": "<h2>Nächste Termine</h2>",
            "<h2>Rückschau</h2>": "<h2>Rückblick</h2>",
        },
        partner=False,
    ),
    Spec(
        "rvr-life-2026-04-digital-entfaellt-microdata",
        "Apr 2026: 'entfällt', microdata",
        RVR,
        "microdata",
        "2026-04-15T09:00:00+02:00",
        rvr(T26, [cancelled(DIGITAL), HERBST, P_WERKSTATT, P_KARRIERE]),
        d(ds=3, ts=0, cf=2),
        {
            "<h2>Veranstaltungen</h2>": "<h2>Nächste Termine</h2>",
            "<h2>Vergangene Veranstaltungen</h2>": "<h2>Rückblick</h2>",
        },
        partner=False,
    ),
    Spec(
        "rvr-life-2026-06-herbst-tec",
        "Jun 2026: WordPress relaunch with an events plugin",
        RVR,
        "wp-events",
        "2026-06-01T09:00:00+02:00",
        rvr(T26, [HERBST, P_WERKSTATT, P_DIGITAL]),
        d(ds=0, ts=3, nbsp=True),  # the plugin also emits JSON-LD
        partner=False,
    ),
    Spec(
        "rvr-life-2026-11-archive-table",
        "Nov 2026: archive of 2025/26 as a table",
        RVR,
        "table",
        "2026-11-02T09:00:00+01:00",
        rvr(
            "Fachkräfte-Reihe: Archiv",
            [
                P_AUFTAKT,
                P_TALENT,
                P_WELCOME,
                P_KARRIERE,
                P_WERKSTATT,
                P_DIGITAL,
                past(HERBST, None),
            ],
        ),
        d(ds=2),
        {"<h2>Programm</h2>": "<h2>Alle Termine der Reihe</h2>"},
        partner=False,
    ),
)
