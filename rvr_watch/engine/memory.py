"""Fewer C heaps for the long-running daemon.

glibc's allocator gives each new thread that allocates its own heap ("arena"), up to
eight per core. The daemon's threads (scheduler pool, fetch workers, the sender) each
allocate a little and keep their arena with its free pages for the life of the process:
a few MB of resident memory that no check needs. Two arenas are enough for threads that
mostly wait on the network and hold the interpreter lock while they compute.

Only the daemon calls this, before it starts any thread (arenas that exist are kept).
Elsewhere (musl, macOS) nothing is done: ``mallopt`` is glibc's.
"""

from __future__ import annotations

import sys

# From glibc's <malloc.h>: the option that caps the number of arenas.
M_ARENA_MAX = -8
DAEMON_ARENAS = 2


def limit_malloc_arenas(arenas: int = DAEMON_ARENAS) -> bool:
    """Cap glibc's malloc arenas at ``arenas``; True if the C library took the setting."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # only the daemon pays for it

    try:
        libc = ctypes.CDLL(None)  # the C library this process already runs on
    except OSError:
        return False
    mallopt = getattr(libc, "mallopt", None)
    gnu_version = getattr(libc, "gnu_get_libc_version", None)
    if mallopt is None or gnu_version is None:  # not glibc: its options mean nothing here
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, arenas))
