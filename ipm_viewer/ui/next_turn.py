"""Work done a piece per event-loop turn, by a timer the working object owns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def next_turn_timer(owner: QObject, callback: Callable[[], None]) -> QTimer:
    """A single-shot timer that runs `callback` on the event loop's next turn when started
    (`start(0)`), or after a delay (`start(ms)`); started again, it runs it once.

    WORKAROUND (PySide 6.11): `QTimer.singleShot(0, owner, callback)` keeps `callback`, and all
    it refers to, when `owner` is deleted before it runs (Qt turns a zero timeout into a queued
    call, and PySide does not release a dropped one): a window closed while it was building
    stayed in memory. A timer owned by `owner` goes with it.
    """
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(callback)
    return timer
