"""The website as an ASGI application (Starlette): routes, language, caching, headers.

Page handlers are plain functions that Starlette runs in its thread pool (the database
driver is synchronous); the feed handlers are coroutines so a conditional request that
the cached content state can answer (304) never waits for a thread.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rvr_watch.web import data, i18n
from rvr_watch.web.ops import CheckCounter, StatusMemo
from rvr_watch.web.ratelimit import RateLimiter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from notify.send import Sender
    from rvr_watch.config.model import Config

HERE = Path(__file__).parent
CSS_VERSION = str(int((HERE / "static" / "site.css").stat().st_mtime))
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        b"frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
EVENT_KINDS = ("new_date", "rescheduled", "updated", "cancelled", "removed")
KNOWN_PARAMS = ("kind", "page")


@dataclass
class Site:
    """Everything the handlers share: configuration, database, caches, limits, sender."""

    config: Config
    reads: sessionmaker[Session]
    writes: sessionmaker[Session]
    sender: Sender | None
    clock: Callable[[], dt.datetime] = field(default=lambda: dt.datetime.now(dt.UTC))
    cache: data.Cache = field(default_factory=data.Cache)
    answers: data.Answers = field(default_factory=data.Answers)
    # Sign-up form posts per client address, and confirmation mails per address/overall.
    client_limit: RateLimiter = field(default_factory=lambda: RateLimiter(10, 600.0))
    address_limit: tuple[int, dt.timedelta] = (3, dt.timedelta(hours=24))
    address_gap: dt.timedelta = dt.timedelta(minutes=10)
    mails_per_hour: int = 100
    metrics: CheckCounter = field(default_factory=CheckCounter)
    status: StatusMemo = field(default_factory=StatusMemo)
    key: bytes | None = field(default=None, repr=False)  # the site key, once read
    templates: jinja2.Environment = field(init=False)

    def __post_init__(self) -> None:
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
        )

    def today(self) -> dt.date:
        return self.clock().astimezone(self.config.timezone).date()

    def state(self) -> data.ContentState:
        def read() -> data.ContentState:
            with self.reads() as session:
                return data.content_state(session)

        return self.cache.state(read)


@dataclass(frozen=True)
class View:
    """The request as the templates see it: language, and links that keep it."""

    lang: i18n.Lang
    explicit: bool
    path: str
    query: dict[str, str]

    @property
    def t(self) -> dict[str, str]:
        return i18n.WORDS[self.lang]

    def url(self, path: str, **query: str) -> str:
        """A site link; keeps ``?lang=`` when the reader chose the language."""
        if self.explicit:
            query = {**query, "lang": self.lang}
        query = {k: v for k, v in query.items() if v}
        return f"{path}?{urlencode(query)}" if query else path

    def other_lang_url(self) -> str:
        other = "en" if self.lang == "de" else "de"
        return f"{self.path}?{urlencode({**self.query, 'lang': other})}"


def view_of(request: Request) -> View:
    """The language and link helper for this request."""
    asked = request.query_params.get("lang")
    lang = i18n.choose_language(asked, request.headers.get("accept-language"))
    # Only the parameters the site knows: they go into links and into cache keys.
    query = {k: v for k, v in request.query_params.items() if k in KNOWN_PARAMS}
    return View(lang, asked in i18n.LANGS, request.url.path, query)


def render(
    site: Site,
    request: Request,
    template: str,
    *,
    status: int = 200,
    headers: dict[str, str] | None = None,
    **context: Any,
) -> HTMLResponse:
    """A page from ``template`` in the request's language."""
    view = view_of(request)
    body = site.templates.get_template(template).render(
        v=view,
        t=view.t,
        lang=view.lang,
        subscriptions=site.config.web.subscriptions,
        css=f"/static/site.css?v={CSS_VERSION}",
        **context,
    )
    response = HTMLResponse(body, status_code=status, headers=headers)
    response.headers["vary"] = "Accept-Language"
    return response


@dataclass(frozen=True)
class Built:
    """A built answer, kept as is and gzip-compressed (both made once per content version)."""

    status: int
    body: bytes
    gzipped: bytes | None

    @classmethod
    def of(cls, body: bytes, status: int = 200) -> Built:
        # Level 6: most of the gain at a fraction of level 9's time; tiny bodies stay plain.
        packed = gzip.compress(body, compresslevel=6, mtime=0) if len(body) > 1024 else None
        return cls(status, body, packed)


def encoded(request: Request, built: Built) -> tuple[bytes, dict[str, str]]:
    """The body in the encoding the client takes (gzip if it says so), with its headers."""
    if built.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
        return built.gzipped, {"content-encoding": "gzip"}
    return built.body, {}


async def current_state(site: Site) -> data.ContentState:
    """The content state; from memory in the common case (no thread, no database)."""
    fresh = site.cache.fresh_state()
    return fresh if fresh is not None else await run_in_threadpool(site.state)


async def cached_page(
    site: Site,
    request: Request,
    name: str,
    build: Callable[[Session], dict[str, Any] | None],
    params: tuple[str | None, ...] = (),
) -> Response:
    """A page whose content depends only on the published content, today, language and
    ``params`` (already checked); built in a worker thread once per content version,
    then answered from memory."""
    view = view_of(request)
    state = await current_state(site)
    variant = (
        name,
        request.url.path,
        params,
        view.lang,
        view.explicit,
        site.today(),
    )

    def make() -> Built:
        with site.reads() as session:
            context = build(session)
        if context is None:
            return Built.of(bytes(render_not_found(site, request).body), 404)
        return Built.of(bytes(render(site, request, name, **context).body))

    ready: Built | None = site.answers.ready(variant, state)
    built = ready if ready is not None else (await site.answers.get(variant, state, make))[1]
    body, headers = encoded(request, built)
    response = HTMLResponse(body, status_code=built.status, headers=headers)
    response.headers["vary"] = "Accept-Language, Accept-Encoding"
    return response


def render_not_found(site: Site, request: Request) -> HTMLResponse:
    view = view_of(request)
    return render(
        site,
        request,
        "message.html",
        status=404,
        title=view.t["not_found_title"],
        text=view.t["not_found_text"],
    )


def stylesheet(request: Request) -> Response:
    body = (HERE / "static" / "site.css").read_bytes()
    return Response(
        body,
        media_type="text/css; charset=utf-8",
        headers={"cache-control": "public, max-age=31536000, immutable"},
    )


class SecurityHeaders:
    """Adds the security headers to every response (pure ASGI: no per-request task)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    config: Config,
    sessions: sessionmaker[Session],
    reads: sessionmaker[Session],
    *,
    sender: Sender | None = None,
    site: Site | None = None,
) -> ASGIApp:
    """The website for ``config`` on the database behind ``sessions`` (writes: sign-ups
    only) and ``reads`` (read-only sessions for everything else)."""
    from rvr_watch.web import feeds, ops, pages, signup

    site = site or Site(config=config, reads=reads, writes=sessions, sender=sender)

    def bind(handler: Callable[[Site, Request], Any]) -> Callable[[Request], Any]:
        if _is_async(handler):

            async def run_async(request: Request) -> Any:
                return await handler(site, request)

            return run_async

        def run(request: Request) -> Any:
            return handler(site, request)

        return run

    routes = [
        Route("/", bind(pages.index)),
        Route("/pages/{page}/events/{key}", bind(pages.event)),
        Route("/changes", bind(pages.changes)),
        Route("/status", bind(pages.status)),
        Route("/events.ics", bind(feeds.calendar)),
        Route("/pages/{page}/events.ics", bind(feeds.calendar)),
        Route("/changes.atom", bind(feeds.atom)),
        Route("/api/events", bind(feeds.api_events)),
        Route("/healthz", bind(ops.healthz)),
        Route("/metrics", bind(ops.metrics)),
        Route("/subscribe", bind(signup.subscribe_form), methods=["GET", "HEAD"]),
        Route("/subscribe", bind(signup.subscribe_post), methods=["POST"]),
        Route("/confirm", bind(signup.confirm_form), methods=["GET", "HEAD"]),
        Route("/confirm", bind(signup.confirm_post), methods=["POST"]),
        Route("/unsubscribe", bind(signup.unsubscribe_form), methods=["GET", "HEAD"]),
        Route("/unsubscribe", bind(signup.unsubscribe_post), methods=["POST"]),
        Route("/static/site.css", stylesheet),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return await run_in_threadpool(render_not_found, site, request)

    async def server_error(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("internal error", status_code=500)

    app = Starlette(routes=routes, exception_handlers={404: not_found, 500: server_error})
    app.state.site = site
    return SecurityHeaders(feeds.NotModifiedShortcut(app, site))


def _is_async(handler: Callable[..., Any]) -> bool:
    import inspect

    return inspect.iscoroutinefunction(handler)


def json_response(payload: Any, *, status: int = 200) -> Response:
    """JSON as the CLI prints it (UTF-8, indented)."""
    body = json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"
    return Response(body, status_code=status, media_type="application/json")
