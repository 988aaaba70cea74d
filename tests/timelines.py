"""Generated page lives: a model of what the editors did, and what subscribers must hear.

A timeline is a first page version and 2-9 steps. Each step lets time pass, applies
the editors' edits to the model (:class:`Site`) and serves the page — or a fault
instead (500, timeout, truncated transfer, maintenance page, empty shell). The model
knows which event is which (its ``eid``), so :func:`expected_changes` is the oracle:
it compares the page as last *successfully* checked with the page now, by true
identity, with the contract's kinds table (docs/diff.md). The diff under test has to
find the same by matching titles and dates.

Pages are rendered with the markup families and chromes of the parser's property
tests (``tests/parsing``), restricted to those that state every field the model uses
and mark upcoming and past events by section words (the others decide by the date,
which the model would have to second-guess). Noise edits — the intro's wording, a
link's size or label, soft hyphens and no-break spaces, typographic quotes, the
events' order, the sidebar's news dates, the "Stand:" date, a cookie banner, a
relaunch in another family and chrome — must give no change at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html as html_lib
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "parsing"))

from all_families import FAMILIES, render_page
from cms_chrome import CHROMES
from page_model import BERLIN, PLACES, Draw, event_key, loc_json, with_unique_keys

Status = Literal["upcoming", "cancelled", "past"]
Json = dict[str, Any]

URL_PATH = "/reihe"
# Families that state every field of the model (``drop`` at most "note") and mark the
# Rückblick by a section word; and the chromes around them.
TIMELINE_FAMILIES = ("accordion", "cards", "details", "dl", "english", "synonyms", "wp-events")
# Families without a Rückblick section word: a date before today is past.
DATE_FAMILIES = ("tabs", "br-paragraph", "headings", "microdata")
TIMELINE_FAMILIES += DATE_FAMILIES
TIMELINE_CHROMES = ("typo3", "drupal", "wordpress", "neos", "gsb", "complianz")

# Titles of the series, pairwise far apart (a reader never takes one for another).
TITLES = (
    "Karriere in GE? Mach’s mit Wasserstoff!",
    "KI im Büro – und jetzt?",
    "Talentschmiede: Strategien für den Fachkräftenachwuchs",
    "Welcome Ruhrgebiet – Fachkräfte gewinnen und halten",
    "Werkstatt Transformation: Weiterbildung im Mittelstand",
    "Digitale Berufe im Revier",
    "Grüne Übergänge in die Ausbildung",
    "Quartiere im Wandel: „Neue Nachbarschaften“",
)
AUDIENCES = (
    "Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
    "Kleine und mittlere Unternehmen",
    "Lehrkräfte und Schulleitungen",
)
SIZES = ("172 KB", "0,2 MB", "180 KB", "1,2 MB")
LABELS = ("Programm", "Programm (PDF)", "Einladung und Programm")
HOURS = (None, 9, 14, 17)
LENGTHS = (2, 3, 0, 4, 2, 31)
SUMMARY = "Rund 80 Gäste diskutierten über Wege in die Ausbildung."
SITE = "https://www.beispiel-region.de"
FILES = f"{SITE}/fileadmin/programme"
SERIES = {"title": "Werkstatt-Reihe", "subtitle": "Fachkräfte für die Transformation"}

INTROS = (
    ("Die Teilnahme ist kostenfrei.", "Die Teilnahme ist kostenfrei."),
    ("Die Teilnahme ist kostenfrei.", "Die Teilnahme ist kostenlos."),
    ("Die Teilnahme ist kostenfrei.", "Die Teil\u00adnahme ist  kosten\u00adfrei."),
)
NEWS_DATES = ("12.01.2026", "03.03.2026", "19.08.2026")
STANDS = ("01.10.2025", "14.02.2026", "30.06.2026")
BANNER = (
    '<div class="cookie-notice" role="dialog" aria-label="Cookie-Hinweis"><p>Wir verwenden '
    "Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen.</p>"
    '<button class="accept">Alle akzeptieren</button><button>Nur notwendige</button></div>'
)
MAINTENANCE = (
    "<h1>Wartungsarbeiten</h1><p>Diese Seite ist wegen Wartungsarbeiten vorübergehend "
    "nicht erreichbar. Bitte versuchen Sie es später erneut.</p>"
)


NOT_FOUND = (
    "<h1>Seite nicht gefunden</h1><p>Die angeforderte Seite existiert nicht oder wurde "
    "verschoben (Fehler 404).</p><p>Zur <a href='/'>Startseite</a></p>"
)
CONSENT = (
    "<div class='consent-wall'><h1>Cookie-Einstellungen</h1><p>Diese Inhalte werden erst "
    "angezeigt, wenn Sie der Verwendung von Cookies zustimmen.</p><button>Zustimmen</button></div>"
)


@dataclass(frozen=True)
class Ev:
    """One event as the editors keep it; ``eid`` is its true identity."""

    eid: int
    title: int  # index into TITLES
    day: dt.date
    hour: int | None  # start hour, None: no time stated
    length: int  # hours; 0: no end stated; over 24: until the next day
    place: int  # index into PLACES
    audience: int  # index into AUDIENCES
    link: int | None  # the programme file's version, None: no programme
    status: Status = "upcoming"
    typo: bool = False  # the title has a typo (fixing it is a wording change)
    plain: bool = False  # the title typed with straight quotes and hyphens (noise)
    size: int = 0  # noise: the link's size as written
    label: int = 0  # noise: the link's label
    was: dt.date | None = None  # a struck earlier date shown before the date
    review_title: int = 0  # 1, 2: the title rewritten for the Rückblick

    def wording(self) -> str:
        title = TITLES[self.title]
        if self.typo:
            words = title.split(" ")
            i = max(range(len(words)), key=lambda k: len(words[k]))
            w = words[i]
            words[i] = w[:3] + w[2] + w[3:]  # one letter doubled
            title = " ".join(words)
        if self.status == "past" and self.review_title:
            city = PLACES[self.place][3]
            title = f"Rückblick: {title}" if self.review_title == 1 else f"Werkstatt in {city}"
        if self.plain:
            title = title.replace("’", "'").replace("–", "-").replace("„", '"').replace("“", '"')
        return title

    def start(self) -> dt.datetime | None:
        if self.status == "past" or self.hour is None:
            return None
        return dt.datetime.combine(self.day, dt.time(self.hour), BERLIN)

    def end(self) -> dt.datetime | None:
        start = self.start()
        if start is None or self.length == 0:
            return None
        return start + dt.timedelta(hours=self.length)

    def facts(self) -> tuple[Any, ...]:
        """What subscribers are told about (noise left out), for the oracle."""
        return (
            self.status,
            self.day,
            self.hour,
            self.length if self.hour is not None else None,
            self.title,
            self.typo,
            self.place,
            self.audience,
            self.link,
        )

    def to_json(self) -> Json:
        date = self.day.isoformat()
        start, end = self.start(), self.end()
        title = self.wording()
        past = self.status == "past"
        links = []
        if self.link is not None and not past:
            links = [
                {
                    "label": LABELS[self.label],
                    "url": f"{FILES}/{self.eid}-programm-v{self.link}.pdf",
                    "size": SIZES[self.size],
                }
            ]
        return {
            "_was": self.was.isoformat() if self.was and not past else None,
            "key": event_key(date, title),
            "status": self.status,
            "title": title,
            "date": date,
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
            "daily": None,
            "audience": None if past else AUDIENCES[self.audience],
            "note": None,
            "location": None if past else loc_json(*PLACES[self.place][:4]),
            "links": links,
            "summary": SUMMARY if past else None,
        }


@dataclass(frozen=True)
class Site:
    """The page as the editors have it at one moment: events and presentation."""

    events: tuple[Ev, ...]
    family: str = "accordion"
    chrome: str = "typo3"
    draw: Draw = field(default_factory=lambda: Draw(False, False, 0, 0, 0))
    intro: int = 0
    news: int = 0
    stand: int = 0
    banner: bool = False
    gone: tuple[Ev, ...] = ()  # events taken off the page, which may come back
    next_eid: int = 0

    def model(self) -> Json:
        events = [e.to_json() for e in self.events]
        events = [e for e in events if e["status"] != "past"] + [
            e for e in events if e["status"] == "past"
        ]
        return {
            "url": "",
            "series": dict(SERIES),
            "events": with_unique_keys(events),
            "contacts": [],
        }

    def render(self) -> str:
        family = FAMILIES[self.family]
        page = render_page(family, family.expect(self.model()), self.draw, self.chrome)
        old, new = INTROS[self.intro]
        page = page.replace(old, new)
        news = NEWS_DATES[self.news]
        page = page.replace(
            f'<span class="date">{NEWS_DATES[0]}</span>', f'<span class="date">{news}</span>'
        )
        page = page.replace(f"Pressemitteilung vom {NEWS_DATES[0]}", f"Pressemitteilung vom {news}")
        page = page.replace(f"Stand: {STANDS[0]}", f"Stand: {STANDS[self.stand]}")
        # Every programme link absolute (the renderers write some relative to the site).
        page = page.replace('href="/fileadmin/', f'href="{SITE}/fileadmin/')
        if self.banner:
            at = page.index(">", page.index("<body")) + 1
            page = page[:at] + BANNER + page[at:]
        return page

    def shown(self, now: dt.datetime) -> Shown:
        """The events as a reader of the page at ``now`` sees them: where no section word
        says so, a date before today is in the past (the parser's rule, docs/parser.md)."""
        today = now.astimezone(BERLIN).date()
        shown = {}
        for e in self.events:
            end = e.end()
            last = end.date() if end is not None else e.day
            if self.family in DATE_FAMILIES and e.status == "upcoming" and last < today:
                e = replace(e, status="past")  # noqa: PLW2901
            shown[e.eid] = e
        return shown


# --- the oracle -------------------------------------------------------------------------


def has_passed(event: Ev, now: dt.datetime) -> bool:
    """The contract's "over": at its end time, else at the end of its day (Berlin)."""
    end = event.end()
    if end is not None:
        return now >= end
    return now.astimezone(BERLIN).date() > event.day


def moved_after_it(old: Ev, new: Ev, now: dt.datetime) -> bool:
    """Whether ``new`` is ``old`` on another day although ``old`` has taken place (a
    recurring date's next one, or a date postponed but seen only after it): a new date."""
    return old.day != new.day and has_passed(old, now)


Expected = tuple[str, str, dt.date]  # (kind, title as published, date)


Shown = dict[int, Ev]


Pair = tuple[Ev | None, Ev | None]


def true_pairs(old: Shown, new: Shown, now: dt.datetime) -> list[Pair]:
    """Which old event is which new one, by the model's identities and the contract's
    two rules a reader of the page follows as well (docs/diff.md)."""
    pairs = {eid: (old.get(eid), new.get(eid)) for eid in old.keys() | new.keys()}
    # A date still ahead that leaves the page while one of the same title appears on
    # another day is that date moved (a reader cannot tell either): recurring dates are
    # told apart only once the earlier one is over.
    for eid, (o, n) in sorted(pairs.items()):
        if o and not n and o.status == "upcoming" and not has_passed(o, now):
            twin = [
                k
                for k, (x, y) in sorted(pairs.items())
                if x is None and y is not None and y.title == o.title and y.status != "past"
            ]
            if twin:
                pairs[eid] = (o, pairs.pop(twin[0])[1])
    # A date moved while another of the same title appears: a reader (and the diff) take
    # the one nearest the old date for it (match_events: "a little less the further the
    # date moved").
    for eid, (o, n) in sorted(pairs.items()):
        if not (o and n and o.day != n.day and n.status != "past"):
            continue
        rivals = [
            (abs((y.day - o.day).days), y.day, k)
            for k, (x, y) in sorted(pairs.items())
            if x is None and y is not None and y.title == o.title and y.status != "past"
        ]
        if rivals and min(rivals)[0] < abs((n.day - o.day).days):
            k = min(rivals)[2]
            pairs[eid], pairs[k] = (o, pairs[k][1]), (None, n)
    # A date that has taken place does not move: the same event back on another day
    # (a cancelled date announced again after it) is a new date.
    for eid, (o, n) in list(pairs.items()):
        if o and n and moved_after_it(o, n, now):
            pairs[eid] = (o, None)
            pairs[-1 - eid] = (None, n)
    return list(pairs.values())


def expected_changes(old: Shown, new: Shown, now: dt.datetime) -> list[Expected]:
    """What subscribers must hear at ``now`` going from ``old`` (the page as the last good
    check read it, :meth:`Site.shown`) to ``new`` (the page now)."""
    out: list[Expected] = []
    for o, n in true_pairs(old, new, now):
        kind = _kind(o, n, now)
        if kind is not None:
            event = n if n is not None else o
            assert event is not None
            out.append((kind, event.wording(), event.day))
    return sorted(out)


def _kind(o: Ev | None, n: Ev | None, now: dt.datetime) -> str | None:
    if o is None:
        assert n is not None
        if has_passed(n, now):
            return None
        return {"upcoming": "new_date", "cancelled": "cancelled"}.get(n.status)
    if n is None:
        if o.status != "upcoming":
            return None
        return "concluded" if has_passed(o, now) else "removed"
    if o.facts() == n.facts():
        return None
    passed = has_passed(n, now)
    match o.status, n.status:
        case "upcoming", "past":
            return "concluded"
        case "upcoming", "cancelled":
            return "cancelled"
        case "past", "cancelled":
            return None if passed else "cancelled"
        case "cancelled", "upcoming":
            return None if passed else "rescheduled"
        case "upcoming", "upcoming" if not passed:
            if (o.day, o.start(), o.end()) != (n.day, n.start(), n.end()):
                return "rescheduled"
            return "updated"
    return None


# --- the editors' edits -----------------------------------------------------------------

EDITS = (
    "announce",
    "move_date",
    "move_time",
    "cancel",
    "uncancel",
    "remove",
    "reannounce",
    "conclude",
    "venue",
    "audience",
    "programme",
    "typo",
    "recur",
    "retitle_review",
    # noise
    "size",
    "label",
    "typography",
    "reorder",
    "intro",
    "news",
    "stand",
    "banner",
    "relaunch",
    "presentation",
)
NOISE = frozenset(EDITS[EDITS.index("size") :])
FAULTS = ("500", "timeout", "truncated", "maintenance", "empty", "not-found", "consent", "cut")


@dataclass(frozen=True)
class Step:
    hours: int  # time passing before the check
    edits: tuple[tuple[str, int, int], ...]  # (edit, choice, choice)
    fault: str | None = None


def _pick(items: list[Ev], n: int) -> Ev | None:
    return items[n % len(items)] if items else None


def _swap(site: Site, old: Ev, new: Ev) -> Site:
    return replace(site, events=tuple(new if e.eid == old.eid else e for e in site.events))


def _free_title(site: Site, n: int) -> int | None:
    used = {e.title for e in (*site.events, *site.gone)}
    free = [i for i in range(len(TITLES)) if i not in used]
    return free[n % len(free)] if free else None


def _future_day(now: dt.datetime, n: int) -> dt.date:
    return now.astimezone(BERLIN).date() + dt.timedelta(days=2 + n % 40)


def _free_day(site: Site, day: dt.date, eid: int | None = None) -> dt.date:
    """``day`` or the next one no other event of the page is on.

    The parser refuses two events without a time on one day (reported, not the diff's
    business), and one event a day is what series pages have.
    """
    taken = {e.day for e in site.events if e.eid != eid}
    while day in taken:
        day += dt.timedelta(days=1)
    return day


def apply(site: Site, edit: str, a: int, b: int, now: dt.datetime) -> Site:
    """``site`` after one edit (choices ``a``, ``b``); the same site when it cannot apply.

    The page keeps at least one date that is not in the Rückblick: the parser takes the
    heading of an empty "Nächste Termine" section for a past event's title in some
    families (reported, not the diff's business).
    """
    after = _apply(site, edit, a, b, now)
    if all(e.status == "past" for e in after.events):
        return site
    return after


def _apply(site: Site, edit: str, a: int, b: int, now: dt.datetime) -> Site:
    ahead = [e for e in site.events if e.status == "upcoming" and not has_passed(e, now)]
    if edit == "announce":
        title = _free_title(site, a)
        if title is None or len(site.events) >= 5:
            return site
        event = Ev(
            eid=site.next_eid,
            title=title,
            day=_free_day(site, _future_day(now, a + b)),
            hour=HOURS[b % len(HOURS)],
            length=LENGTHS[b % len(LENGTHS)],
            place=(a + b) % 7,
            audience=b % len(AUDIENCES),
            link=0 if b % 2 else None,
            size=a % len(SIZES),
        )
        return replace(site, events=(*site.events, event), next_eid=site.next_eid + 1)
    if edit == "move_date" and (e := _pick(ahead, a)):
        day = max(e.day + dt.timedelta(days=(b % 21) - 10 or 7), _future_day(now, 0))
        if day == e.day:
            day += dt.timedelta(days=7)
        day = _free_day(site, day, e.eid)
        return _swap(site, e, replace(e, day=day, was=e.day if b % 3 == 0 else None))
    if edit == "move_time" and (e := _pick(ahead, a)):
        if b % 4 == 0 and e.hour is not None:  # the end moves (or is no longer stated)
            lengths = [n for n in LENGTHS if n != e.length]
            return _swap(site, e, replace(e, length=lengths[b % len(lengths)]))
        hours = [h for h in HOURS if h != e.hour]
        return _swap(site, e, replace(e, hour=hours[b % len(hours)]))
    if edit == "cancel" and (e := _pick(ahead, a)):
        draw = replace(site.draw, cancel_form=b % 8)
        return replace(_swap(site, e, replace(e, status="cancelled", was=None)), draw=draw)
    cancelled = [e for e in site.events if e.status == "cancelled"]
    if edit == "uncancel" and (e := _pick(cancelled, a)):
        back = replace(e, status="upcoming")
        if b % 2 == 0 or has_passed(back, now):
            back = replace(back, day=_free_day(site, _future_day(now, b), e.eid))
        return _swap(site, e, back)
    if edit == "remove" and len(site.events) > 1 and (e := _pick(list(site.events), a)):
        events = tuple(x for x in site.events if x.eid != e.eid)
        return replace(site, events=events, gone=(*site.gone, e))
    if edit == "reannounce" and (e := _pick(list(site.gone), a)):
        back = replace(e, status="upcoming", was=None)
        if b % 2 or has_passed(back, now):
            back = replace(back, day=_future_day(now, b))
        back = replace(back, day=_free_day(site, back.day, e.eid))
        gone = tuple(x for x in site.gone if x.eid != e.eid)
        return replace(site, events=(*site.events, back), gone=gone)
    over = [e for e in site.events if e.status == "upcoming" and has_passed(e, now)]
    if edit == "conclude" and (e := _pick(over, a)):
        return _swap(site, e, replace(e, status="past", was=None))
    if edit == "recur" and (e := _pick([e for e in site.events if e.status == "upcoming"], a)):
        # A recurring date ("Offene Sprechstunde" every month): the next one, under the
        # same title, replaces the one that is over, or joins the one still ahead.
        later = max(e.day + dt.timedelta(days=28), _future_day(now, b))
        nxt = replace(e, eid=site.next_eid, day=later, was=None, typo=False)
        nxt = replace(nxt, day=_free_day(site, later))
        site = replace(site, next_eid=site.next_eid + 1)
        if has_passed(e, now):
            events = tuple(nxt if x.eid == e.eid else x for x in site.events)
            return replace(site, events=events, gone=(*site.gone, e))
        return replace(site, events=(*site.events, nxt))
    reviewed = [e for e in site.events if e.status == "past"]
    if edit == "retitle_review" and (e := _pick(reviewed, a)):
        # Editors rewrite titles in the Rückblick ("Wasserstoff-Workshop in Gelsenkirchen").
        return _swap(site, e, replace(e, review_title=(e.review_title + 1 + b % 2) % 3))
    if edit == "venue" and (e := _pick(ahead, a)):
        return _swap(site, e, replace(e, place=(e.place + 1 + b % 6) % 7))
    if edit == "audience" and (e := _pick(ahead, a)):
        return _swap(site, e, replace(e, audience=(e.audience + 1 + b % 2) % len(AUDIENCES)))
    if edit == "programme" and (e := _pick(ahead, a)):
        return _swap(site, e, replace(e, link=(e.link or 0) + 1 if b % 3 else None))
    if edit == "typo" and (e := _pick(ahead, a)):
        return _swap(site, e, replace(e, typo=not e.typo))
    return _noise(site, edit, a, b)


def _noise(site: Site, edit: str, a: int, b: int) -> Site:
    linked = [e for e in site.events if e.link is not None and e.status != "past"]
    if edit == "size" and (e := _pick(linked, a)):
        return _swap(site, e, replace(e, size=(e.size + 1 + b % 3) % len(SIZES)))
    if edit == "label" and (e := _pick(linked, a)):
        return _swap(site, e, replace(e, label=(e.label + 1 + b % 2) % len(LABELS)))
    if edit == "typography" and (e := _pick(list(site.events), a)):
        return _swap(site, e, replace(e, plain=not e.plain))
    if edit == "reorder" and len(site.events) > 1:
        k = 1 + a % (len(site.events) - 1)
        return replace(site, events=site.events[k:] + site.events[:k])
    if edit == "intro":
        return replace(site, intro=(site.intro + 1 + a % 2) % len(INTROS))
    if edit == "news":
        return replace(site, news=(site.news + 1 + a % 2) % len(NEWS_DATES))
    if edit == "stand":
        return replace(site, stand=(site.stand + 1 + a % 2) % len(STANDS))
    if edit == "banner":
        return replace(site, banner=not site.banner)
    if edit == "relaunch":
        families = [f for f in TIMELINE_FAMILIES if f != site.family]
        chromes = [c for c in TIMELINE_CHROMES if c != site.chrome]
        return replace(site, family=families[a % len(families)], chrome=chromes[b % len(chromes)])
    if edit == "presentation":
        draw = site.draw
        return replace(
            site,
            draw=Draw(
                shy=not draw.shy,
                nbsp=bool(a % 2),
                date_style=(draw.date_style + 1 + a) % 5,
                time_style=(draw.time_style + 1 + b) % 5,
                cancel_form=draw.cancel_form,
            ),
        )
    return site


# --- faults -----------------------------------------------------------------------------


def fault_body(site: Site, fault: str) -> str:
    """The body a refused fault serves: a cut transfer, a maintenance page, an empty shell."""
    if fault == "truncated":  # the transfer stops between the first and the last event
        page = site.render()
        spots = sorted(m.start() for e in site.events if (m := _title_in(page, e.wording())))
        assert spots, page
        return page[: (spots[0] + spots[-1]) // 2 + 1 if len(spots) > 1 else spots[0]]
    if fault == "maintenance":
        return CHROMES[site.chrome](SERIES["title"], MAINTENANCE)
    if fault == "not-found":  # "Seite nicht gefunden", served with 200
        return CHROMES[site.chrome](SERIES["title"], NOT_FOUND)
    if fault == "consent":  # a consent wall instead of the content
        return CHROMES[site.chrome](SERIES["title"], CONSENT)
    assert fault == "empty"
    return CHROMES[site.chrome](SERIES["title"], "")


def _title_in(page: str, title: str) -> re.Match[str] | None:
    """Where ``title`` begins in ``page`` (soft hyphens and a line break may be inside)."""
    head = html_lib.escape(title[:14], quote=False)
    gap = "(?:&shy;)?"
    pattern = gap.join(re.escape(ch) if ch != " " else "(?: |<br>)" for ch in head)
    return re.search(pattern, page)


# --- generation -------------------------------------------------------------------------


def first_site(now: dt.datetime, choices: list[int], family: int, chrome: int) -> Site:
    site = Site(
        events=(),
        family=TIMELINE_FAMILIES[family % len(TIMELINE_FAMILIES)],
        chrome=TIMELINE_CHROMES[chrome % len(TIMELINE_CHROMES)],
    )
    for n, c in enumerate(choices):
        site = apply(site, "announce", c, n + c // 3, now)
    return site


edits = st.tuples(st.sampled_from(EDITS), st.integers(0, 30), st.integers(0, 30))
steps = st.builds(
    Step,
    hours=st.sampled_from((1, 5, 7, 13, 24, 39, 72, 240)),
    edits=st.lists(edits, min_size=0, max_size=3).map(tuple),
    fault=st.none() | st.none() | st.none() | st.sampled_from(FAULTS),
)


@dataclass(frozen=True)
class Timeline:
    first: tuple[list[int], int, int]  # announce choices, family, chrome
    steps: tuple[Step, ...]


timelines = st.builds(
    Timeline,
    first=st.tuples(
        st.lists(st.integers(0, 30), min_size=1, max_size=4),
        st.integers(0, 20),
        st.integers(0, 20),
    ),
    steps=st.lists(steps, min_size=2, max_size=9).map(tuple),
)


def describe(site: Site) -> str:
    """One line per event, for failure messages."""
    rows = [f"  [{site.family}/{site.chrome} {dataclasses.astuple(site.draw)}]"]
    for e in site.events:
        rows.append(
            f"  #{e.eid} {e.status} {e.day} {e.hour} {html_lib.unescape(e.wording())!r}"
            f" place={e.place} aud={e.audience} link={e.link} was={e.was}"
        )
    return "\n".join(rows)
