"""The website's self-service e-mail subscribers: sign-ups, confirmation, removal.

Double opt-in: :func:`add_signup` stores a request with only the SHA-256 of a random
token (the token itself goes out in the confirmation e-mail and nowhere else);
:func:`confirm` turns a request whose token matches and has not expired into a
subscriber and deletes the request, so a link works once. A subscriber is an outbox
recipient named ``web:<id>`` (:func:`recipients`), next to the configured ones.

What is stored about a person: the address, the kinds and language chosen and when
they confirmed; for an open request also when it was made. No client addresses, no
names. :func:`remove` deletes the subscriber and their undelivered messages.

Every function works in the caller's session (the caller owns the transaction).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.schema import DeliveryRow, WebKeyRow, WebSignupRow, WebSubscriberRow

RECIPIENT_PREFIX = "web:"
CONFIRM_WINDOW = dt.timedelta(hours=48)
MAX_EMAIL_LENGTH = 254
# Deliberately simple: one @, no spaces, quotes, angle brackets or separators that could
# break a header; a dot in the domain. The confirmation mail is the real test.
_EMAIL = re.compile(r"[^@\s<>()\[\]\\,;:\"']{1,64}@[A-Za-z0-9.-]+\.[A-Za-z0-9-]{2,63}")
_UNFINISHED = ("pending", "sending", "uncertain")


@dataclass(frozen=True)
class WebSubscriber:
    """A confirmed subscriber."""

    id: int
    email: str
    kinds: frozenset[str]
    language: str
    confirmed_at: dt.datetime

    @property
    def recipient(self) -> str:
        """Its name in the outbox."""
        return recipient_name(self.id)


def recipient_name(subscriber_id: int) -> str:
    """``web:<id>``: how the outbox names a website subscriber."""
    return f"{RECIPIENT_PREFIX}{subscriber_id}"


def subscriber_id_of(recipient: str) -> int | None:
    """The subscriber id in a ``web:<id>`` recipient name, else ``None``."""
    if not recipient.startswith(RECIPIENT_PREFIX):
        return None
    rest = recipient[len(RECIPIENT_PREFIX) :]
    return int(rest) if rest.isdigit() else None


def clean_email(value: str) -> str | None:
    """The address trimmed, or ``None`` when it cannot be one (or could break a header)."""
    email = value.strip()
    if len(email) > MAX_EMAIL_LENGTH or not _EMAIL.fullmatch(email):
        return None
    if ".." in email or email.split("@")[1].startswith(("-", ".")):
        return None
    return email


def email_key(email: str) -> str:
    """The lookup form of an address: lower case."""
    return email.strip().lower()


def token_hash(token: str) -> str:
    """What is stored of a token: its SHA-256 in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# --- sign-ups --------------------------------------------------------------------------


def signups_since(session: Session, since: dt.datetime, email: str | None = None) -> int:
    """How many sign-ups were made since ``since`` (for one address, or in all)."""
    query = select(func.count()).select_from(WebSignupRow).where(WebSignupRow.created_at >= since)
    if email is not None:
        query = query.where(WebSignupRow.email_key == email_key(email))
    return session.scalar(query) or 0


def add_signup(
    session: Session, email: str, kinds: Iterable[str], language: str, now: dt.datetime
) -> str:
    """Store a request to subscribe; returns the confirmation token (not stored)."""
    purge_expired(session, now)
    token = secrets.token_urlsafe(32)
    session.add(
        WebSignupRow(
            email=email,
            email_key=email_key(email),
            kinds=sorted(set(kinds)),
            language=language,
            token_hash=token_hash(token),
            created_at=now,
            expires_at=now + CONFIRM_WINDOW,
        )
    )
    session.flush()
    return token


def confirm(session: Session, token: str, now: dt.datetime) -> WebSubscriber | None:
    """Use a confirmation token once: the subscriber it makes (or updates), else ``None``.

    An unknown, used or expired token gives ``None``. Confirming an address that is
    already subscribed replaces its kinds and language.
    """
    signup = session.scalars(
        select(WebSignupRow).where(WebSignupRow.token_hash == token_hash(token)).with_for_update()
    ).first()
    if signup is None:
        return None
    session.delete(signup)  # single use, whatever happens next
    if signup.expires_at <= now:
        return None
    row = session.scalars(
        select(WebSubscriberRow).where(WebSubscriberRow.email_key == signup.email_key)
    ).first()
    if row is None:
        row = WebSubscriberRow(email=signup.email, email_key=signup.email_key, confirmed_at=now)
        session.add(row)
    row.kinds, row.language = list(signup.kinds), signup.language
    session.flush()
    return _subscriber(row)


def purge_expired(session: Session, now: dt.datetime) -> int:
    """Delete requests whose link has expired; returns how many."""
    result = session.execute(delete(WebSignupRow).where(WebSignupRow.expires_at <= now))
    return int(getattr(result, "rowcount", 0) or 0)


# --- subscribers -----------------------------------------------------------------------


def list_subscribers(session: Session) -> list[WebSubscriber]:
    """Every confirmed subscriber, oldest first."""
    rows = session.scalars(select(WebSubscriberRow).order_by(WebSubscriberRow.id))
    return [_subscriber(row) for row in rows]


def get_subscriber(session: Session, subscriber_id: int) -> WebSubscriber | None:
    """The subscriber with this id, if any."""
    row = session.get(WebSubscriberRow, subscriber_id)
    return _subscriber(row) if row is not None else None


def find_subscriber(session: Session, email: str) -> WebSubscriber | None:
    """The subscriber with this address (any case), if any."""
    row = session.scalars(
        select(WebSubscriberRow).where(WebSubscriberRow.email_key == email_key(email))
    ).first()
    return _subscriber(row) if row is not None else None


def recipients(session: Session) -> list[tuple[str, frozenset[str]]]:
    """Outbox recipients for the confirmed subscribers: ``(web:<id>, kinds)``."""
    rows = session.execute(select(WebSubscriberRow.id, WebSubscriberRow.kinds)).all()
    return [(recipient_name(id_), frozenset(kinds)) for id_, kinds in rows]


def remove(session: Session, subscriber_ids: Sequence[int]) -> int:
    """Delete these subscribers and their undelivered messages; returns how many went.

    Sent deliveries keep their row (it names ``web:<id>``, nothing personal).
    """
    if not subscriber_ids:
        return 0
    names = [recipient_name(i) for i in subscriber_ids]
    session.execute(
        delete(DeliveryRow).where(
            DeliveryRow.subscriber.in_(names), DeliveryRow.status.in_(_UNFINISHED)
        )
    )
    result = session.execute(
        delete(WebSubscriberRow).where(WebSubscriberRow.id.in_(subscriber_ids))
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _subscriber(row: WebSubscriberRow) -> WebSubscriber:
    return WebSubscriber(
        id=row.id,
        email=row.email,
        kinds=frozenset(row.kinds),
        language=row.language,
        confirmed_at=row.confirmed_at,
    )


# --- the site's key --------------------------------------------------------------------


def site_key(session: Session, now: dt.datetime, name: str = "site") -> bytes:
    """The random key that signs forms and unsubscribe links, created on first use."""
    value = session.scalar(select(WebKeyRow.value).where(WebKeyRow.name == name))
    if value is None:
        try:
            with session.begin_nested():
                session.add(WebKeyRow(name=name, value=secrets.token_hex(32), created_at=now))
        except IntegrityError:  # another process made it first: use theirs
            pass
        value = session.scalar(select(WebKeyRow.value).where(WebKeyRow.name == name))
    assert value is not None
    return bytes.fromhex(value)
