"""The HTML pages: upcoming dates, one event's history, the changes, the status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

from rvr_watch.web import i18n
from rvr_watch.web.app import EVENT_KINDS, Site, cached_page, render, view_of

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sqlalchemy.orm import Session

    from scraper.model import Event
    from storage.queries import StoredChange, StoredEvent

CHANGE_KINDS = (*EVENT_KINDS, "concluded", "monitor_error", "monitor_recovered")


@dataclass(frozen=True)
class Shown:
    """An event as the templates show it (times in the site's time zone)."""

    page: str
    key: str
    url: str
    title: str
    cancelled: bool
    status: str
    day: dt.date
    when: str
    weekday: str
    month: str
    time: str
    place: str | None
    audience: str | None
    note: str | None
    links: list[dict[str, str]]


def shown(event: Event, page: str, first_key: str, lang: i18n.Lang, tz: ZoneInfo) -> Shown:
    """What the templates need of one event."""
    start = event.start.astimezone(tz) if event.start else None
    end = event.end.astimezone(tz) if event.end else None
    return Shown(
        page=page,
        key=first_key,
        url=f"/pages/{page}/events/{first_key}",
        title=event.title,
        cancelled=event.status == "cancelled",
        status=event.status,
        day=event.date,
        when=i18n.long_date(event.date, lang),
        weekday=i18n.weekday_short(event.date, lang),
        month=i18n.short_month(event.date, lang),
        time=i18n.time_range(start, end, lang),
        place=event.location.text if event.location else None,
        audience=event.audience,
        note=event.note,
        links=[
            {"label": link.label, "url": safe_url(link.url), "size": link.size or ""}
            for link in event.links
        ],
    )


def safe_url(url: str) -> str:
    """``url`` if it is http(s), else ``""``: a scraped ``javascript:`` link never becomes one."""
    return url if urlsplit(url).scheme.lower() in ("http", "https") else ""


async def index(site: Site, request: Request) -> Response:
    """``/``: the upcoming (and cancelled, struck) dates of every page."""
    lang = view_of(request).lang

    def build(session: Session) -> dict[str, Any]:
        from rvr_watch.output.exports import calendar_selection
        from rvr_watch.web.data import series_titles
        from storage.queries import list_events

        chosen = calendar_selection(list_events(session, include_all=True), site.today())
        names = [page.name for page in site.config.pages]
        titles = series_titles(session, names)
        sections = []
        for page in site.config.pages:
            events = [s for s in chosen if s.page == page.name]
            sections.append(
                {
                    "name": page.name,
                    "title": titles.get(page.name, page.name),
                    "source": safe_url(page.url),
                    "events": [_shown(s, lang, site) for s in events],
                    "ics": f"/pages/{page.name}/events.ics",
                    "webcal": _webcal(site, f"/pages/{page.name}/events.ics"),
                }
            )
        return {
            "sections": sections,
            "all_ics": "/events.ics",
            "all_webcal": _webcal(site, "/events.ics"),
        }

    return await cached_page(site, request, "index.html", build)


def _shown(stored: StoredEvent, lang: i18n.Lang, site: Site) -> Shown:
    return shown(stored.event, stored.page, stored.first_key, lang, site.config.timezone)


def _webcal(site: Site, path: str) -> str:
    parts = urlsplit(site.config.web.base_url)
    return f"webcal://{parts.netloc}{parts.path.rstrip('/')}{path}"


async def event(site: Site, request: Request) -> Response:
    """``/pages/NAME/events/KEY``: one event now and every version it had."""
    lang = view_of(request).lang
    page, key = request.path_params["page"], request.path_params["key"]

    def build(session: Session) -> dict[str, Any] | None:
        from scraper.model import Event
        from storage.queries import list_events

        histories = _histories(session, key, page)
        if not histories:
            return None
        *earlier, latest = histories
        current = {s.id: s for s in list_events(session, page, include_all=True)}.get(
            latest.event_id
        )
        if current is None:
            return None
        tz = site.config.timezone
        versions = [
            {
                "from": i18n.moment(v.valid_from, lang, tz),
                "until": i18n.moment(v.valid_to, lang, tz) if v.valid_to else "",
                "kind": v.kind,
                "fields": [i18n.field_label(f, lang) for f in v.changed_fields],
                "event": shown(Event.from_json(v.data), page, key, lang, site.config.timezone),
            }
            for v in latest.versions
        ]
        from rvr_watch.web.data import series_titles

        return {
            "series": series_titles(session, [page]).get(page, page),
            "event": _shown(current, lang, site),
            "versions": versions,
            "changes": [
                {"kind": c["kind"], "fields": [_field(f, lang) for f in c["fields"]]}
                for c in latest.changes
            ],
            "gone": i18n.moment(latest.gone_at, lang, tz) if latest.gone_at else None,
            "first_seen": i18n.moment(latest.first_seen_at, lang, tz),
            "earlier": len(earlier),
        }

    return await cached_page(site, request, "event.html", build)


def _histories(session: Session, key: str, page: str) -> list[Any]:
    from rvr_watch.commands.history import load_histories
    from rvr_watch.errors import UsageError

    try:
        found = load_histories(session, key, page)
    except UsageError:
        return []
    return [h for h in found if h.first_key == key] or found


def _field(item: dict[str, Any], lang: i18n.Lang) -> dict[str, str]:
    name = str(item["field"])
    return {
        "field": i18n.field_label(name, lang),
        "old": i18n.field_value(name, _value(item["old"]), lang),
        "new": i18n.field_value(name, _value(item["new"]), lang),
        # Dates and statuses are in the reader's words; the rest as published (German).
        "lang": lang if name in ("date", "start", "end", "status") else "de",
    }


def _value(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, dict):
        return str(value.get("text") or value.get("url") or value)
    if isinstance(value, list):
        return ", ".join(_value(item) for item in value) or "–"
    return str(value)


async def changes(site: Site, request: Request) -> Response:
    """``/changes``: the newest changes, filtered by ``kind`` and ``page``."""
    kind = request.query_params.get("kind") or None
    page = request.query_params.get("page") or None
    lang = view_of(request).lang
    if kind not in (None, *CHANGE_KINDS):
        kind = None
    if page not in (None, *(p.name for p in site.config.pages)):
        page = None

    def build(session: Session) -> dict[str, Any]:
        from rvr_watch.web.data import CHANGES_SHOWN, recent_changes

        found = recent_changes(session, page=page, kind=kind)
        keys = _first_keys(session, [c.event_id for c in found if c.event_id is not None])
        return {
            "rows": [_change_row(c, keys, lang, site.config.timezone) for c in found],
            "kinds": CHANGE_KINDS,
            "pages": [p.name for p in site.config.pages],
            "kind": kind or "",
            "page": page or "",
            "limit": CHANGES_SHOWN,
        }

    return await cached_page(site, request, "changes.html", build, (kind, page))


def _first_keys(session: Session, event_ids: list[int]) -> dict[int, str]:
    from sqlalchemy import select

    from storage.schema import EventRow

    if not event_ids:
        return {}
    query = select(EventRow.id, EventRow.first_key).where(EventRow.id.in_(event_ids))
    return {event_id: key for event_id, key in session.execute(query)}


def _change_row(
    change: StoredChange, keys: dict[int, str], lang: i18n.Lang, tz: ZoneInfo
) -> dict[str, Any]:
    event = {} if change.is_monitor else change.data.get("new") or change.data.get("old") or {}
    key = keys.get(change.event_id) if change.event_id is not None else None
    return {
        "detected": i18n.moment(change.detected_at, lang, tz),
        "page": change.page,
        "kind": change.kind,
        "label": i18n.WORDS[lang].get(f"kind_{change.kind}", change.kind),
        "title": event.get("title") or "",
        "date": i18n.field_value("date", event.get("date") or "", lang),
        "url": f"/pages/{change.page}/events/{key}" if key else "",
        "fields": [_field(f, lang) for f in change.fields],
    }


def status(site: Site, request: Request) -> Response:
    """``/status``: each page's last check, last success, failures, pending deliveries."""
    lang, tz = view_of(request).lang, site.config.timezone
    rows = site.status.rows(site)
    for row in rows:
        for name in ("last_check_at", "last_success_at"):
            row[name] = i18n.moment(row[name], lang, tz) if row[name] else None
    return render(site, request, "status.html", rows=rows)
