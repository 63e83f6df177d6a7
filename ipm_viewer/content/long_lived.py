"""Load content with Python's garbage collector out of the way, then keep it out of its scans.

Content is many small immutable objects (1,000 procedures are ~400,000) that live as long as
the app. While they are being read, every few hundred new objects would start a collection,
and the full ones walk everything already loaded: at 1,000 procedures that made loading take
twice as long (~350 ms instead of ~180 ms). Afterwards each full collection would walk them
all again (~100 ms, a visible stall in the middle of a tap). So the collector is paused while
content loads, and everything alive at that point is then frozen (`gc.freeze`): it is never
scanned again. Objects are still freed as usual when nothing refers to them any more.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def load_long_lived(load: Callable[[], T]) -> T:
    """`load()` with the collector paused; what is alive afterwards is frozen.

    Called again (staff reload the content), the previous content is unfrozen and collected
    first, so that content which is no longer used does not stay frozen for good.
    """
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        result = load()
    finally:
        if was_enabled:
            gc.enable()
    gc.freeze()
    return result
