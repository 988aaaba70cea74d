"""The kinds of change rvr-watch reports, apart from the diff that finds them.

The configuration checks ``kinds:`` against these on every start; keeping them here
means it need not import the diff (and the page model behind it) to do so.
"""

from __future__ import annotations

from typing import Literal, get_args

ChangeKind = Literal["new_date", "rescheduled", "updated", "cancelled", "removed", "concluded"]
CHANGE_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)
# The monitor's own alerts, stored beside event changes (storage.schema.CHANGE_KINDS).
MonitorKind = Literal["monitor_error", "monitor_recovered"]
MONITOR_KINDS: tuple[MonitorKind, ...] = get_args(MonitorKind)
