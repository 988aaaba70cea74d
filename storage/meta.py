"""This database's identity: the random instance id made by migration 0006."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.schema import InstanceRow


def instance_id(session: Session) -> str:
    """The database's random instance id (32 hex digits); it never changes.

    Part of every e-mail Message-ID (see :func:`notify.mail.message_id`), so ids from
    two databases never collide.
    """
    value = session.scalar(select(InstanceRow.instance_id).where(InstanceRow.id == 1))
    if value is None:  # only a database not migrated to 0006 lacks it
        raise LookupError("the database has no instance id (run the migrations)")
    return value
