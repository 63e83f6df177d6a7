"""Give memory the app has freed back to the operating system.

Python and Qt free what a closed screen used, but glibc's allocator keeps the freed pages for
later: after a tour of every screen ~15 MB stays with the process although nothing uses it.
A waiting-room tablet runs for days, so once the app is idle it asks glibc to return them
(`malloc_trim`). Elsewhere (Windows, macOS, musl) this does nothing: those allocators return
memory by themselves or offer no such call.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any


@cache
def _glibc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here, not at start-up: only an idle app asks

    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's name on every distribution; musl has none
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


def release_free_memory() -> bool:
    """Return freed heap pages to the system; True if it could be asked (glibc only)."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
