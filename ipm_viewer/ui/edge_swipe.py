"""Swipe in from the left edge to go back, as on a phone or tablet.

The swipe is watched by an application-wide event filter, which sends every event of the app
through Python: that costs ~15 ms before the first frame and a little on every later frame.
So it is installed only where a finger can swipe: a kiosk, or a machine with a touch screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QInputDevice, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

EDGE = 28  # px from the window's left edge where a back swipe may start
DISTANCE = 120  # px the finger must travel to the right


class EdgeSwipe(QObject):
    """Installed on the application; watches one window; emits `back` after an edge swipe."""

    back = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._start: QPointF | None = None

    def _local(self, event: QEvent) -> QPointF | None:
        if isinstance(event, QMouseEvent):
            point = event.globalPosition()
        elif isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].globalPosition()
        else:
            return None
        return QPointF(self._window.mapFromGlobal(point.toPoint()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            point = self._local(event)
            inside = point is not None and 0 <= point.x() <= EDGE and self._window.isActiveWindow()
            self._start = point if inside else None
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd) and self._start:
            end = self._local(event)
            start, self._start = self._start, None
            if (
                end is not None
                and end.x() - start.x() >= DISTANCE
                and abs(end.y() - start.y()) < DISTANCE
            ):
                self.back.emit()
        return False


def has_touch_screen() -> bool:
    """Whether any input device of this machine is a touch screen."""
    return any(
        device.type() == QInputDevice.DeviceType.TouchScreen for device in QInputDevice.devices()
    )
