"""Content loaded for the app is kept out of the garbage collector's scans, and let go on reload."""

from __future__ import annotations

import gc
import weakref

from ipm_viewer.content.long_lived import load_long_lived


class _Content:
    """Stands in for a library: it refers to itself, as some content objects do."""

    def __init__(self) -> None:
        self.me = self


def test_loading_pauses_the_collector_and_freezes_what_it_loaded() -> None:
    seen_enabled: list[bool] = []

    def load() -> _Content:
        seen_enabled.append(gc.isenabled())
        return _Content()

    content = load_long_lived(load)
    assert seen_enabled == [False]
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # the content is no longer walked by full collections
    assert isinstance(content, _Content)


def test_reloading_lets_the_old_content_go() -> None:
    old = load_long_lived(_Content)
    gone = weakref.ref(old)
    del old
    gc.collect()
    assert gone() is not None  # frozen: even a full collection leaves it alone
    load_long_lived(_Content)  # staff reload the content
    assert gone() is None
