"""Kiosk mode machinery: notice activity, reset after idle time, keep patients from leaving.

`ActivityWatch` is an application-wide event filter: any touch, click, key or wheel counts as
activity, and context menus never open. `IdleReset` turns "no activity for N seconds" into a
visible countdown (WCAG 2.2.1: at least 20 seconds, any touch extends) and then a reset signal.
`PinAttempts` rate-limits wrong staff PINs.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

MIN_WARNING_SECONDS = 20  # WCAG 2.2.1 Timing Adjustable: warn at least 20 s before
WARNING_SECONDS = 30

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}


class ActivityWatch(QObject):
    """Installed on the application: reports activity and swallows context menus."""

    activity = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True  # no context menus in a kiosk: nothing there for a patient
        if kind in _ACTIVITY:
            self.activity.emit()
        return False


class IdleReset(QObject):
    """Idle for `idle_seconds` -> `warning(seconds_left)` each second -> `expired`.

    Activity during the countdown cancels it (`cancelled`). Nothing is armed until someone has
    used the screen since the last reset, so an untouched welcome screen stays quiet.
    """

    warning = Signal(int)
    cancelled = Signal()
    expired = Signal()

    def __init__(
        self,
        idle_seconds: int,
        warning_seconds: int = WARNING_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.warning_seconds = max(MIN_WARNING_SECONDS, warning_seconds)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, idle_seconds) * 1000)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._left = 0
        self._in_use = False
        self._idle.timeout.connect(self._on_idle)
        self._tick.timeout.connect(self._on_tick)

    def set_intervals(self, idle_ms: int, tick_ms: int = 1000) -> None:
        """Shorter times for tests; the warning still counts `warning_seconds` ticks."""
        self._idle.setInterval(idle_ms)
        self._tick.setInterval(tick_ms)

    @property
    def counting_down(self) -> bool:
        return self._tick.isActive()

    def on_activity(self) -> None:
        self._in_use = True
        if self._tick.isActive():
            self._tick.stop()
            self.cancelled.emit()
        self._idle.start()

    def reset_done(self) -> None:
        """The screen is clean again: stay quiet until the next person touches it."""
        self._in_use = False
        self._tick.stop()
        self._idle.stop()

    def _on_idle(self) -> None:
        if not self._in_use:
            return
        self._left = self.warning_seconds
        self.warning.emit(self._left)
        self._tick.start()

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.warning.emit(self._left)
            return
        self._tick.stop()
        self.expired.emit()


class PinAttempts:
    """Wrong PINs lock the pad: 3 tries, then 30 s, doubling with each further failure."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    def seconds_locked(self) -> int:
        return max(0, round(self._locked_until - self._clock() + 0.499))

    def failed(self) -> None:
        self._failures += 1
        if self._failures >= 3:
            self._locked_until = self._clock() + 30 * 2 ** (self._failures - 3)

    def succeeded(self) -> None:
        self._failures = 0
        self._locked_until = 0.0
