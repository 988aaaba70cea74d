"""How the diff's cost grows with hostile pages: long titles and many events.

Issue 12 measured an unchanged re-check at 2.5 s with a 10 KB title, 25 s with 30 KB and
273 s with 100 KB (difflib's ratio is quadratic in the length). This prints the CPU
time of ``storage.diff`` (``event_pairs`` + ``changes_of``, what a check runs) for:

* one event whose title is 10 KB … 1 MB: unchanged, and with a word changed and the
  date moved (the case that has to compare titles);
* 100 … 10,000 events: unchanged, and all moved by a day.

Linear growth means ≈ 10× the time for 10× the size. Target: an unchanged re-check with
a 100 KB title well under a second.

Run: .venv/bin/python bench/diff.py
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scraper.model import Event, Page, Series
from storage.diff import changes_of, event_pairs

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def _page(events: list[Event]) -> Page:
    return Page(url="https://example.org/reihe", series=Series(title="Reihe"), events=tuple(events))


def _event(number: int, title: str, day: int = 0) -> Event:
    return Event(
        key=f"e{number}",
        status="upcoming",
        title=title,
        date=dt.date(2030, 1, 1) + dt.timedelta(days=number + day),
    )


def _cpu(old: Page, new: Page) -> float:
    started = time.process_time()
    changes_of(event_pairs(old, new), NOW)
    return time.process_time() - started


def main() -> None:
    print("one event, title of N bytes:")
    for size in (10_000, 30_000, 100_000, 1_000_000):
        title = ("Wasserstoff " * (size // 12 + 1))[:size]
        old = _page([_event(0, title)])
        same = _cpu(old, _page([_event(0, title)]))
        moved = _cpu(old, _page([_event(0, "Solar " + title, day=1)]))
        print(
            f"  {size:>9,} B: unchanged {same * 1000:8.1f} ms,"
            f" moved and reworded {moved * 1000:8.1f} ms"
        )
    print("N events of one page:")
    for count in (100, 1_000, 10_000):
        old = _page([_event(n, f"Vortrag {n} über Wasserstoff") for n in range(count)])
        same = _cpu(old, _page(list(old.events)))
        moved = _page([_event(n, f"Vortrag {n} über Wasserstoff", day=1) for n in range(count)])
        print(
            f"  {count:>9,}  : unchanged {same * 1000:8.1f} ms, all moved a day"
            f" {_cpu(old, moved) * 1000:8.1f} ms"
        )


if __name__ == "__main__":
    main()
