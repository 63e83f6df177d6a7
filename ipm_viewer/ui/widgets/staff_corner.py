"""An unmarked corner that staff press and hold to reach the PIN pad (patients never find it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

HOLD_MS = 3000
SIZE = 72


class StaffCorner(QWidget):
    """Sits in the window's top-right corner; emits `held` after a 3-second press."""

    held = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedSize(SIZE, SIZE)
        self.setAccessibleName(self.tr("Staff corner"))
        self.setAccessibleDescription(self.tr("Staff: press and hold for 3 seconds to unlock"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(self.held)
        parent.installEventFilter(self)
        self._place()

    def set_hold_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)

    def _place(self) -> None:
        host = self.parentWidget()
        if host is not None:
            self.move(host.width() - SIZE, 0)
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The parent is asked of Qt, not kept in a Python attribute: while a window is being
        # destroyed the filter may still run after Python has cleared this object's attributes.
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self._place()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()  # a tap is not a hold
