"""The page model: what a series page says, as immutable typed values.

A parser turns a page's text into a :class:`Page`; everything downstream (diff,
storage, messages, exports) works on these objects, never on HTML. The JSON form
(``Page.to_json`` / ``Page.from_json``) is the contract's ``parse --format json``
shape and is also how snapshots keep the parsed page in the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, cast

EventStatus = Literal["upcoming", "past", "cancelled"]
EVENT_STATUSES: tuple[EventStatus, ...] = ("upcoming", "past", "cancelled")


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event takes place; parts the page does not state are ``None``."""

    venue: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "venue": self.venue,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "text": self.text,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Location:
        return cls(
            venue=data.get("venue"),
            street=data.get("street"),
            postcode=data.get("postcode"),
            city=data.get("city"),
            text=data.get("text"),
        )


@dataclass(frozen=True, slots=True)
class Link:
    """A link that belongs to an event (programme PDF, registration, report)."""

    label: str
    url: str
    size: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "url": self.url, "size": self.size}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Link:
        return cls(label=data["label"], url=data["url"], size=data.get("size"))


@dataclass(frozen=True, slots=True)
class DailyHours:
    """The hours of each day of a multi-day event ("11.–12. März 2027, jeweils 9–16 Uhr").

    ``start``/``end`` are local wall-clock times in the event's zone (``end`` is
    ``None`` for "jeweils ab 9 Uhr"; an ``end`` not after ``start`` runs past
    midnight); ``until`` is the last day. JSON: ``{"start": "09:00", "end": "16:00",
    "until": "2027-03-12"}``.
    """

    start: dt.time
    end: dt.time | None
    until: dt.date

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M") if self.end else None,
            "until": self.until.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DailyHours:
        end = data.get("end")
        return cls(
            start=dt.time.fromisoformat(data["start"]),
            end=dt.time.fromisoformat(end) if end else None,
            until=dt.date.fromisoformat(data["until"]),
        )

    def days(self, first: dt.date) -> list[dt.date]:
        """Every day from ``first`` through :attr:`until`."""
        return [first + dt.timedelta(days=n) for n in range((self.until - first).days + 1)]


@dataclass(frozen=True, slots=True)
class Event:
    """One date of the series.

    ``start``/``end`` are timezone-aware when the page gives a time, else ``None``;
    ``date`` is always set (the first day of a multi-day event). ``daily`` is set
    for a multi-day event with hours that hold on each day: ``start`` is then the
    first day's start and ``end`` the last day's end, as for any multi-day event.
    """

    key: str
    status: EventStatus
    title: str
    date: dt.date
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    audience: str | None = None
    note: str | None = None
    location: Location | None = None
    links: tuple[Link, ...] = ()
    summary: str | None = None
    daily: DailyHours | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "status": self.status,
            "title": self.title,
            "date": self.date.isoformat(),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "daily": self.daily.to_json() if self.daily else None,
            "audience": self.audience,
            "note": self.note,
            "location": self.location.to_json() if self.location else None,
            "links": [link.to_json() for link in self.links],
            "summary": self.summary,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        status = data["status"]
        if status not in EVENT_STATUSES:
            raise ValueError(f"unknown event status {status!r}")
        location = data.get("location")
        daily = data.get("daily")
        return cls(
            key=data["key"],
            status=cast(EventStatus, status),
            title=data["title"],
            date=dt.date.fromisoformat(data["date"]),
            start=_parse_datetime(data.get("start")),
            end=_parse_datetime(data.get("end")),
            audience=data.get("audience"),
            note=data.get("note"),
            location=Location.from_json(location) if location else None,
            links=tuple(Link.from_json(link) for link in data.get("links") or ()),
            summary=data.get("summary"),
            daily=DailyHours.from_json(daily) if daily else None,
        )


@dataclass(frozen=True, slots=True)
class Contact:
    """A contact person named on the page."""

    name: str
    unit: str | None = None
    email: str | None = None
    phone: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "unit": self.unit, "email": self.email, "phone": self.phone}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Contact:
        return cls(
            name=data["name"],
            unit=data.get("unit"),
            email=data.get("email"),
            phone=data.get("phone"),
        )


@dataclass(frozen=True, slots=True)
class Series:
    """The series' heading: its title and subtitle as published."""

    title: str
    subtitle: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "subtitle": self.subtitle}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Series:
        return cls(title=data["title"], subtitle=data.get("subtitle"))


@dataclass(frozen=True, slots=True)
class Page:
    """A parsed series page."""

    url: str
    series: Series
    events: tuple[Event, ...] = ()
    contacts: tuple[Contact, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON shape (``parse --format json``)."""
        return {
            "url": self.url,
            "series": self.series.to_json(),
            "events": [event.to_json() for event in self.events],
            "contacts": [contact.to_json() for contact in self.contacts],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Page:
        """Rebuild a page from :meth:`to_json` output (round-trips exactly)."""
        return cls(
            url=data["url"],
            series=Series.from_json(data["series"]),
            events=tuple(Event.from_json(event) for event in data.get("events") or ()),
            contacts=tuple(Contact.from_json(c) for c in data.get("contacts") or ()),
        )

    def upcoming(self) -> tuple[Event, ...]:
        """Events announced as coming (not past, not cancelled)."""
        return tuple(event for event in self.events if event.status == "upcoming")


def _parse_datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
