"""The feeds: iCalendar (all pages, one page), Atom of changes, JSON of events.

The calendar is exactly ``rvr-watch events --all --format ics`` (same builder, same
UIDs and SEQUENCE), with DTSTAMP fixed to the time of the latest content change, so
its bytes stay the same while nothing changed. ``ETag`` and ``Last-Modified`` come from
the content state alone; a client that already has the current version gets a 304
without the feed being built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from email.utils import format_datetime, parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from rvr_watch.web import i18n
from rvr_watch.web.app import Built, current_state, encoded, render_not_found, view_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from rvr_watch.web.app import Site
    from rvr_watch.web.data import ContentState

ATOM_ENTRIES = 100
CACHE_CONTROL = "public, max-age=300"


def _not_modified(request: Request, etags: tuple[str, ...], modified: dt.datetime) -> bool:
    """RFC 9110: If-None-Match decides when present, else If-Modified-Since."""
    match = request.headers.get("if-none-match")
    if match is not None:
        tags = [tag.strip().removeprefix("W/") for tag in match.split(",")]
        return "*" in tags or any(etag in tags for etag in etags)
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return parsedate_to_datetime(since) >= modified
        except (TypeError, ValueError):
            return False
    return False


async def _conditional(
    site: Site,
    request: Request,
    variant: tuple[str, ...],
    media_type: str,
    build: Callable[[ContentState], bytes],
) -> Response:
    state = await current_state(site)
    gzip_ok = "gzip" in request.headers.get("accept-encoding", "")
    if _not_modified(request, _etags(state, variant), state.modified):
        return Response(status_code=304, headers=_headers(state, variant, gzip=gzip_ok))
    ready: Built | None = site.answers.ready(variant, state)
    if ready is not None:
        built = ready
    else:  # built once per version; may be the previous version while a new one builds
        state, built = await site.answers.get(variant, state, lambda: Built.of(build(state)))
        if _not_modified(request, _etags(state, variant), state.modified):
            return Response(status_code=304, headers=_headers(state, variant, gzip=gzip_ok))
    body, encoding = encoded(request, built)
    headers = _headers(state, variant, gzip=bool(encoding))
    return Response(body, media_type=media_type, headers={**headers, **encoding})


def _etags(state: ContentState, variant: tuple[str, ...]) -> tuple[str, str]:
    """The strong ETags of the plain and the gzip representation (RFC 9110: one each)."""
    tag = hashlib.sha256(repr((state.version, variant)).encode()).hexdigest()[:32]
    return f'"{tag}"', f'"{tag}-gz"'


def _headers(state: ContentState, variant: tuple[str, ...], *, gzip: bool) -> dict[str, str]:
    plain, packed = _etags(state, variant)
    return {
        "etag": packed if gzip else plain,
        "last-modified": format_datetime(state.modified, usegmt=True),
        "cache-control": CACHE_CONTROL,
        "vary": "Accept-Encoding",
    }


async def calendar(site: Site, request: Request) -> Response:
    """``/events.ics`` and ``/pages/NAME/events.ics``: every event, past and cancelled too."""
    page = request.path_params.get("page")
    if page is not None and page not in {p.name for p in site.config.pages}:
        return await run_in_threadpool(render_not_found, site, request)

    def build(state: ContentState) -> bytes:
        from rvr_watch.output.exports import calendar_feed
        from storage.queries import list_events

        with site.reads() as session:
            events = list_events(session, page, include_all=True)
            return calendar_feed(session, events, tz=site.config.timezone, dtstamp=state.modified)

    variant = ("ics", page or "")
    return await _conditional(site, request, variant, "text/calendar; charset=utf-8", build)


async def api_events(site: Site, request: Request) -> Response:
    """``/api/events`` as ``events --format json``; ``?all=1`` as ``events --all``."""
    include_all = request.query_params.get("all") in ("1", "true", "yes")
    page = request.query_params.get("page") or None
    today = site.today()

    def build(state: ContentState) -> bytes:
        from rvr_watch.output.exports import event_json
        from rvr_watch.output.tables import format_json
        from storage.queries import list_events

        with site.reads() as session:
            chosen = list_events(session, page, include_all=include_all, today=today)
        return (format_json([event_json(stored) for stored in chosen]) + "\n").encode()

    variant = ("json", page or "", str(include_all), today.isoformat())
    return await _conditional(site, request, variant, "application/json", build)


async def atom(site: Site, request: Request) -> Response:
    """``/changes.atom``: the newest changes, in the reader's language."""
    lang = view_of(request).lang

    def build(state: ContentState) -> bytes:
        from rvr_watch.web.data import recent_changes

        with site.reads() as session:
            found = recent_changes(session, page=None, kind=None, limit=ATOM_ENTRIES)
        return atom_document(site, [_entry(site, c, lang) for c in found], state, lang)

    variant = ("atom", lang)
    return await _conditional(site, request, variant, "application/atom+xml", build)


def _entry(site: Site, change: Any, lang: i18n.Lang) -> dict[str, Any]:
    from rvr_watch.web.mail import site_url

    words = i18n.WORDS[lang]
    event = {} if change.is_monitor else change.data.get("new") or change.data.get("old") or {}
    label = words.get(f"kind_{change.kind}", change.kind)
    title = (
        f"{label}: {event['title']} ({event.get('date')})" if event else f"{label}: {change.page}"
    )
    lines = [f"{f['field']}: {_plain(f['old'])} → {_plain(f['new'])}" for f in change.fields]
    return {
        "id": f"{site_url(site.config.web.base_url, '/changes')}#change-{change.id}",
        "title": title,
        "updated": change.detected_at,
        "link": site_url(site.config.web.base_url, "/changes", page=change.page),
        "summary": "\n".join(lines) or title,
    }


def _plain(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, dict):
        return str(value.get("text") or value.get("url") or "")
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value) or "–"
    return str(value)


def atom_document(
    site: Site, entries: list[dict[str, Any]], state: ContentState, lang: i18n.Lang
) -> bytes:
    """An Atom 1.0 document (RFC 4287); all text escaped."""
    from rvr_watch.web.mail import site_url

    base = site.config.web.base_url
    words = i18n.WORDS[lang]
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
        f"<title>{escape(words['changes_title'])} – rvr-watch</title>",
        f"<id>{escape(site_url(base, '/changes.atom'))}</id>",
        f"<updated>{state.modified.isoformat()}</updated>",
        f'<link rel="self" href={quoteattr(site_url(base, "/changes.atom"))}/>',
        f'<link rel="alternate" type="text/html" href={quoteattr(site_url(base, "/changes"))}/>',
        "<author><name>rvr-watch</name></author>",
    ]
    for entry in entries:
        parts += [
            "<entry>",
            f"<id>{escape(entry['id'])}</id>",
            f"<title>{escape(entry['title'])}</title>",
            f"<updated>{entry['updated'].astimezone(dt.UTC).isoformat()}</updated>",
            f"<link href={quoteattr(entry['link'])}/>",
            f"<summary>{escape(entry['summary'])}</summary>",
            "</entry>",
        ]
    parts.append("</feed>")
    return ("\n".join(parts) + "\n").encode("utf-8")


class NotModifiedShortcut:
    """Answers a calendar client's "changed?" (``If-None-Match`` on a feed) with 304
    before routing, from the remembered content state: the most frequent request costs
    only a header comparison. Anything else goes on to the application unchanged."""

    def __init__(self, app: ASGIApp, site: Site) -> None:
        self.app = app
        self.site = site
        self.pages = {f"/pages/{page.name}/events.ics": page.name for page in site.config.pages}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD"):
            answer = self._not_modified(scope)
            if answer is not None:
                await send({"type": "http.response.start", "status": 304, "headers": answer})
                await send({"type": "http.response.body", "body": b""})
                return
        await self.app(scope, receive, send)

    def _not_modified(self, scope: Scope) -> list[tuple[bytes, bytes]] | None:
        path = scope["path"]
        page = "" if path == "/events.ics" else self.pages.get(path)
        state = self.site.cache.fresh_state()
        if page is None or state is None or scope.get("query_string"):
            return None
        headers = dict(scope["headers"])
        match = headers.get(b"if-none-match")
        if match is None:
            return None
        tags = [tag.strip().removeprefix("W/") for tag in match.decode("latin-1").split(",")]
        variant = ("ics", page)
        if not any(etag in tags for etag in _etags(state, variant)):
            return None
        gzip_ok = b"gzip" in headers.get(b"accept-encoding", b"")
        answer = _headers(state, variant, gzip=gzip_ok)
        return [(k.encode(), v.encode()) for k, v in answer.items()]
