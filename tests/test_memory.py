"""The daemon's cap on glibc's malloc arenas (rvr_watch.engine.memory).

Each probe runs in a fresh interpreter: arenas are per process and a cap only applies
to threads that allocate after it. glibc's ``malloc_stats()`` writes one "Arena N:"
block per arena to stderr, which is how the probe counts them.
"""

from __future__ import annotations

import ctypes
import re
import subprocess
import sys
import textwrap

import pytest

from rvr_watch.engine.memory import limit_malloc_arenas

PROBE = textwrap.dedent(
    """
    import ctypes, sys, threading
    from rvr_watch.engine.memory import limit_malloc_arenas

    if sys.argv[1] == "cap":
        print(limit_malloc_arenas(2), flush=True)
    barrier = threading.Barrier(8)

    def allocate() -> None:
        kept = [bytearray(4096) for _ in range(64)]  # past pymalloc: C malloc
        barrier.wait()  # every thread alive and holding its memory at once
        del kept

    threads = [threading.Thread(target=allocate) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ctypes.CDLL(None).malloc_stats()
    """
)


def _glibc() -> bool:
    return sys.platform.startswith("linux") and hasattr(ctypes.CDLL(None), "gnu_get_libc_version")


def _arenas(mode: str) -> tuple[str, int]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip(), len(re.findall(r"^Arena \d+:", done.stderr, re.MULTILINE))


@pytest.mark.skipif(not _glibc(), reason="malloc arenas are glibc's")
def test_the_cap_keeps_threads_to_two_arenas() -> None:
    taken, capped = _arenas("cap")
    _, uncapped = _arenas("free")
    assert taken == "True"
    assert capped <= 2
    # Without the cap the same threads make their own arenas, so the probe can tell.
    assert uncapped > 2


@pytest.mark.skipif(_glibc(), reason="on glibc the cap is taken")
def test_elsewhere_nothing_is_done() -> None:
    assert limit_malloc_arenas() is False


def test_the_daemon_caps_arenas_before_it_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """`rvr-watch run` sets the cap before it reads the configuration or starts a thread."""
    import argparse

    from rvr_watch.commands import run as run_command
    from rvr_watch.engine import memory

    calls: list[str] = []

    class Stop(Exception):
        pass

    def capped(arenas: int = memory.DAEMON_ARENAS) -> bool:
        calls.append("cap")
        raise Stop

    monkeypatch.setattr(memory, "limit_malloc_arenas", capped)
    args = argparse.Namespace(log_level=None, log_format="text", config="/nonexistent.yaml")
    with pytest.raises(Stop):
        run_command.run(args)
    assert calls == ["cap"]
