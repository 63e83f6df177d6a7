"""One kiosk session on the main window: idle reset with a countdown, and the staff way out."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ipm_viewer.content.model import KioskOptions
from ipm_viewer.ui.kiosk import ActivityWatch, IdleReset, PinAttempts
from ipm_viewer.ui.widgets.pin_pad import ABOUT_DEVICE, PinPad
from ipm_viewer.ui.widgets.staff_corner import StaffCorner
from ipm_viewer.ui.widgets.still_there import StillThereOverlay


class KioskSession(QObject):
    """Wires activity, the idle countdown, the reset and the PIN pad to a window."""

    reset_requested = Signal()
    unlocked = Signal()
    about_device_requested = Signal()  # the right PIN, then "About this device"

    def __init__(self, window: QWidget, options: KioskOptions) -> None:
        super().__init__(window)
        self._window = window
        self._pin_hash = options.pin_hash
        self.attempts = PinAttempts()
        self.watch = ActivityWatch(self)
        self.idle = IdleReset(options.idle_seconds, parent=self)
        self.overlay = StillThereOverlay(window)
        self.staff_corner = StaffCorner(window)
        self.pin_pad: PinPad | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.watch)
        self._connect()

    def _connect(self) -> None:
        self.watch.activity.connect(self.idle.on_activity)
        self.idle.warning.connect(self.overlay.show_countdown)
        self.idle.cancelled.connect(self.overlay.hide)
        self.idle.expired.connect(self._on_expired)
        self.overlay.stay_requested.connect(self.idle.on_activity)
        self.staff_corner.held.connect(self.open_pin_pad)

    def _on_expired(self) -> None:
        self.overlay.hide()
        self.reset_requested.emit()

    def open_pin_pad(self) -> PinPad:
        pad = PinPad(self._pin_hash, self.attempts, self._window)
        pad.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pad.finished.connect(self._on_pin_pad_finished)
        self.pin_pad = pad
        pad.open()
        return pad

    def _on_pin_pad_finished(self, result: int) -> None:
        self.pin_pad = None
        if result == QDialog.DialogCode.Accepted:
            self.unlocked.emit()
        elif result == ABOUT_DEVICE:
            self.about_device_requested.emit()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watch)
        self.idle.reset_done()
        self.overlay.hide()
        self.staff_corner.hide()
        # They follow the window's size through event filters; a window being destroyed
        # (replaced after a language switch or a reload) must not call into them any more.
        self._window.removeEventFilter(self.overlay)
        self._window.removeEventFilter(self.staff_corner)
