"""E-mail for the website's subscribers: the confirmation message, and the recipient
behind ``web:<id>`` with its unsubscribe URL (the message footer and the List-Unsubscribe
headers are notify's: ``notify.messages.Reader``).

Free of web-framework imports: the outbox drain of ``check`` and ``run`` uses
:func:`resolve_web_recipient` without loading the website.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from rvr_watch.web.tokens import unsubscribe_token

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from notify.messages import Message
    from rvr_watch.config.model import SubscriberConfig, WebConfig

_CONFIRM = {
    "de": (
        "Bitte bestätigen Sie Ihre Anmeldung",
        "Jemand (hoffentlich Sie) möchte an diese Adresse Benachrichtigungen über neue und "
        "geänderte Termine von {site} senden lassen. Bitte bestätigen Sie das mit diesem Link "
        "(gültig 48 Stunden, nur einmal verwendbar):",
        "Wenn Sie das nicht waren, ignorieren Sie diese Nachricht einfach; "
        "ohne Bestätigung speichern wir nichts dauerhaft.",
    ),
    "en": (
        "Please confirm your subscription",
        "Someone (hopefully you) asked for alerts about new and changed dates from {site} "
        "to be sent to this address. Please confirm with this link "
        "(valid for 48 hours, works once):",
        "If that was not you, just ignore this message; "
        "without confirmation nothing is kept for long.",
    ),
}


def site_url(base_url: str, path: str, **query: str) -> str:
    """An absolute URL on the site: ``base_url`` joined with ``path`` and ``query``."""
    base = base_url.rstrip("/")
    url = f"{base}/{path.lstrip('/')}"
    return f"{url}?{urlencode(query)}" if query else url


def mail_url(template: str, to: str) -> str:
    """The site's ``mailto(s)://`` URL addressed to ``to`` (any ``to=`` in it replaced)."""
    parts = urlsplit(template)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "to"]
    query.append(("to", to))
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


def unsubscribe_url(base_url: str, key: bytes, subscriber_id: int, email: str) -> str:
    """The one-click unsubscribe link of a subscriber (RFC 8058 POSTs to the same URL)."""
    token = unsubscribe_token(key, subscriber_id, email)
    return site_url(base_url, "/unsubscribe", s=str(subscriber_id), t=token)


def resolve_web_recipient(
    sessions: sessionmaker[Session], recipient: str, web: WebConfig
) -> tuple[tuple[SubscriberConfig, str] | None, str | None]:
    """For the outbox drain: the subscriber and URL behind ``web:<id>`` and its
    unsubscribe URL; ``(None, None)`` when it is gone or the site cannot send mail."""
    from rvr_watch.config.model import SubscriberConfig
    from storage import web_subscribers

    subscriber_id = web_subscribers.subscriber_id_of(recipient)
    if subscriber_id is None or not web.mail:
        return None, None
    with sessions.begin() as session:
        found = web_subscribers.get_subscriber(session, subscriber_id)
        key = web_subscribers.site_key(session, dt.datetime.now(dt.UTC))
    if found is None:
        return None, None
    url = mail_url(web.mail, found.email)
    config = SubscriberConfig(
        name=recipient,
        notify=(url,),
        kinds=found.kinds,
        language="en" if found.language == "en" else "de",
    )
    return (config, url), unsubscribe_url(web.base_url, key, found.id, found.email)


def confirmation_message(confirm_link: str, language: str, site: str) -> Message:
    """The double opt-in e-mail: one link, valid 48 hours, usable once."""
    from notify.messages import Message

    title, lead, ignore = _CONFIRM["en" if language == "en" else "de"]
    lead = lead.format(site=site)
    link = html.escape(confirm_link, quote=True)
    return Message(
        title=f"{title} ({site})",
        text=f"{lead}\n\n{confirm_link}\n\n{ignore}\n",
        html=f'<p>{html.escape(lead)}</p>\n<p><a href="{link}">{link}</a></p>\n'
        f"<p>{html.escape(ignore)}</p>\n",
        markdown=f"{lead}\n\n<{confirm_link}>\n\n{ignore}\n",
    )
