"""Self-service e-mail alerts: sign-up form, double opt-in, one-click unsubscribe.

Abuse handling, in order: the form works only with its signed token and matching cookie
(CSRF); each client address may post the form a few times per window (429 beyond);
each e-mail address gets at most one confirmation mail per :attr:`Site.address_gap` and
a few a day, and the whole site at most :attr:`Site.mails_per_hour` — beyond those the
request is dropped silently. The answer to a valid form is always the same page, whether
the address is new, subscribed, or was just sent a mail: nobody learns who subscribed.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from rvr_watch.web import tokens
from rvr_watch.web.app import EVENT_KINDS, Site, render, view_of

if TYPE_CHECKING:
    from rvr_watch.web.i18n import Lang

log = logging.getLogger(__name__)

COOKIE = "rvr_form"
MAX_FORM_BYTES = 8192


def site_key(site: Site) -> bytes:
    """The site key (read once, created on first use)."""
    if site.key is None:
        from storage.web_subscribers import site_key as stored_key

        with site.writes.begin() as session:
            site.key = stored_key(session, site.clock())
    return site.key


def _message(site: Site, request: Request, name: str, status: int = 200, **extra: Any) -> Response:
    t = view_of(request).t
    text = t[f"{name}_text"].format(**extra)
    return render(site, request, "message.html", status=status, title=t[f"{name}_title"], text=text)


def _closed(site: Site, request: Request) -> Response:
    return _message(site, request, "closed", status=404)


def _form(
    site: Site,
    request: Request,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    values: dict[str, Any] | None = None,
) -> Response:
    nonce = request.cookies.get(COOKIE) or tokens.new_nonce()
    now_s = int(site.clock().timestamp())
    view = view_of(request)
    values = values or {"email": "", "kinds": list(EVENT_KINDS), "language": view.lang}
    response = render(
        site,
        request,
        "subscribe.html",
        status=status,
        token=tokens.form_token(site_key(site), nonce, now_s),
        kinds=EVENT_KINDS,
        errors=errors or {},
        values=values,
        headers={"cache-control": "no-store"},
    )
    if request.cookies.get(COOKIE) != nonce:
        secure = urlsplit(site.config.web.base_url).scheme == "https"
        response.set_cookie(COOKIE, nonce, httponly=True, samesite="strict", secure=secure)
    return response


def subscribe_form(site: Site, request: Request) -> Response:
    """``GET /subscribe``: the form (address, kinds, language)."""
    if not site.config.web.subscriptions:
        return _closed(site, request)
    return _form(site, request)


async def _posted(request: Request) -> dict[str, list[str]] | None:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return None
    return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)


async def subscribe_post(site: Site, request: Request) -> Response:
    """``POST /subscribe``: check, limit, store the request, mail the link (after answering)."""
    if not site.config.web.subscriptions:
        return await run_in_threadpool(_closed, site, request)
    client = request.client.host if request.client else "unknown"
    wait = site.client_limit.hit(client)
    if wait is not None:
        response = await run_in_threadpool(_message, site, request, "busy", 429)
        response.headers["retry-after"] = str(int(wait) + 1)
        return response
    form = await _posted(request)
    now_s = int(site.clock().timestamp())
    key = await run_in_threadpool(site_key, site)
    if form is None or not tokens.check_form_token(
        key, request.cookies.get(COOKIE), _one(form, "token"), now_s
    ):
        return await run_in_threadpool(_message, site, request, "forbidden", 403)
    return await run_in_threadpool(_handle_signup, site, request, form)


def _one(form: dict[str, list[str]], name: str) -> str:
    values = form.get(name) or [""]
    return values[0]


def _handle_signup(site: Site, request: Request, form: dict[str, list[str]]) -> Response:
    from storage.web_subscribers import clean_email

    t = view_of(request).t
    email = clean_email(_one(form, "email"))
    kinds = [kind for kind in form.get("kinds", []) if kind in EVENT_KINDS]
    language: Lang = "en" if _one(form, "language") == "en" else "de"
    errors = {}
    if email is None:
        errors["email"] = t["bad_email"]
    if not kinds:
        errors["kinds"] = t["bad_kinds"]
    if email is None or errors:
        values = {"email": _one(form, "email")[:300], "kinds": kinds, "language": language}
        return _form(site, request, status=400, errors=errors, values=values)
    token = _store_signup(site, email, kinds, language)
    response = _message(site, request, "sent")
    if token is not None:
        response.background = BackgroundTask(_send_confirmation, site, email, token, language)
    return response


def _store_signup(site: Site, email: str, kinds: list[str], language: str) -> str | None:
    """The confirmation token, or ``None`` when a limit says no mail now."""
    from storage import web_subscribers as store

    now = site.clock()
    limit, window = site.address_limit
    with site.writes.begin() as session:
        if store.signups_since(session, now - dt.timedelta(hours=1)) >= site.mails_per_hour:
            log.warning("sign-up mail limit reached (%d per hour)", site.mails_per_hour)
            return None
        if store.signups_since(session, now - site.address_gap, email) > 0:
            return None
        if store.signups_since(session, now - window, email) >= limit:
            return None
        return store.add_signup(session, email, kinds, language, now)


def _send_confirmation(site: Site, email: str, token: str, language: str) -> None:
    from rvr_watch.web.mail import confirmation_message, mail_url, site_url

    web = site.config.web
    if site.sender is None or not web.mail:
        log.error("cannot send a confirmation mail: no sender configured (web.mail)")
        return
    host = urlsplit(web.base_url).netloc
    link = site_url(web.base_url, "/confirm", t=token, lang=language)
    message = confirmation_message(link, language, host)
    # Complete with angle brackets: every sender keeps such a Message-ID as it is.
    message_id = f"<rvr-watch.confirm.{secrets.token_hex(12)}@{urlsplit(web.base_url).hostname}>"
    (result,) = site.sender.send([mail_url(web.mail, email)], message, message_id=message_id)
    if result.outcome == "sent":
        log.info("confirmation mail sent")
    else:  # the address stays out of the log; the reason is redacted by the sender
        log.warning("confirmation mail %s: %s", result.outcome, result.error)


def confirm_form(site: Site, request: Request) -> Response:
    """``GET /confirm?t=…``: a button, so that mail scanners fetching links confirm nothing."""
    if not site.config.web.subscriptions:
        return _closed(site, request)
    token = request.query_params.get("t", "")
    return render(site, request, "confirm.html", token=token, headers={"cache-control": "no-store"})


async def confirm_post(site: Site, request: Request) -> Response:
    """``POST /confirm``: use the token once; the subscriber is stored now."""
    if not site.config.web.subscriptions:
        return await run_in_threadpool(_closed, site, request)
    form = await _posted(request) or {}
    token = _one(form, "t") or request.query_params.get("t", "")
    return await run_in_threadpool(_confirm, site, request, token)


def _confirm(site: Site, request: Request, token: str) -> Response:
    from storage.web_subscribers import confirm

    found = None
    if 20 <= len(token) <= 100:
        with site.writes.begin() as session:
            found = confirm(session, token, site.clock())
    if found is None:
        return _message(site, request, "invalid", status=400)
    log.info("web subscriber %d confirmed", found.id)
    return _message(site, request, "confirmed", email=found.email)


def unsubscribe_form(site: Site, request: Request) -> Response:
    """``GET /unsubscribe?s=…&t=…``: a button (a GET must not unsubscribe: link scanners)."""
    query = {"s": request.query_params.get("s", ""), "t": request.query_params.get("t", "")}
    return render(
        site, request, "unsubscribe.html", query=query, headers={"cache-control": "no-store"}
    )


async def unsubscribe_post(site: Site, request: Request) -> Response:
    """``POST /unsubscribe?s=…&t=…``: the button, or a mail client's RFC 8058 one-click POST.

    The signed token in the URL is the authority (no form token: a mail provider posts
    ``List-Unsubscribe=One-Click`` without one). The address is deleted.
    """
    form = await _posted(request) or {}
    subscriber = request.query_params.get("s") or _one(form, "s")
    token = request.query_params.get("t") or _one(form, "t")
    return await run_in_threadpool(_unsubscribe, site, request, subscriber, token)


def _unsubscribe(site: Site, request: Request, subscriber: str, token: str) -> Response:
    from storage import web_subscribers as store

    if not subscriber.isdigit() or not token:
        return _message(site, request, "invalid", status=400)
    key = site_key(site)
    with site.writes.begin() as session:
        found = store.get_subscriber(session, int(subscriber))
        if found is not None:
            if not tokens.check_unsubscribe_token(key, found.id, found.email, token):
                return _message(site, request, "invalid", status=400)
            store.remove(session, [found.id])
            log.info("web subscriber %d unsubscribed", found.id)
    return _message(site, request, "unsubscribed")
