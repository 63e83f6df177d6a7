"""The staff PIN pad: big digits, masked entry, and a lock after repeated wrong PINs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.pin import verify_pin
from ipm_viewer.ui.kiosk import PinAttempts
from ipm_viewer.ui.widgets.common import text_label

KEY_SIZE = 72  # well above the 48 px touch minimum: staff tap these standing up
ABOUT_DEVICE = 2  # the pad's result when staff asked for "About this device" (1 is Accepted)


class PinPad(QDialog):
    """Accepts when the typed PIN matches `pin_hash`; wrong PINs are counted and rate-limited."""

    def __init__(self, pin_hash: str, attempts: PinAttempts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._attempts = attempts
        self._typed = ""
        self.setWindowTitle(self.tr("Staff PIN"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(text_label(self.tr("Staff only"), "h2"))
        layout.addWidget(
            text_label(
                self.tr("Enter the PIN, then OK to leave kiosk mode, or About this device."),
                "muted",
            )
        )
        self.display = QLabel()
        self.display.setProperty("role", "figure")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("PIN entered"))
        layout.addWidget(self.display)
        self.message = text_label("", "muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit(digit), index // 3, index % 3)
        self.clear_button = self._key(self.tr("Clear"), self.tr("Clear the PIN"))
        self.clear_button.clicked.connect(self._on_clear)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._digit("0"), 3, 1)
        self.enter_button = self._key(self.tr("OK"), self.tr("Check the PIN"))
        self.enter_button.setProperty("role", "primary")
        self.enter_button.clicked.connect(self._on_enter)
        grid.addWidget(self.enter_button, 3, 2)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.about_button = QPushButton(self.tr("About this device"))
        self.about_button.setAccessibleDescription(
            self.tr("Check the PIN, then show this device's version and content (stays a kiosk)")
        )
        self.about_button.setMinimumHeight(48)
        self.about_button.clicked.connect(self._on_about)
        row.addWidget(self.about_button)
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Close the PIN pad and stay in kiosk mode")
        )
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._refresh)
        self._refresh()

    def _key(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumSize(KEY_SIZE, KEY_SIZE)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _digit(self, digit: str) -> QPushButton:
        button = self._key(digit, self.tr("Type {digit}").format(digit=digit))
        button.setProperty("digit", digit)
        button.clicked.connect(self._on_digit)
        self.digit_buttons[digit] = button
        return button

    def type_pin(self, pin: str) -> None:
        """Press the digit keys for `pin` (what a person does; used by tests too)."""
        for digit in pin:
            self.digit_buttons[digit].click()

    def _on_digit(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton) and len(self._typed) < 12:
            self._typed += str(button.property("digit"))
            self._refresh()

    def _on_clear(self) -> None:
        self._typed = ""
        self._refresh()

    def _on_enter(self) -> None:
        if self._pin_is_right():
            self.accept()

    def _on_about(self) -> None:
        if self._pin_is_right():
            self.done(ABOUT_DEVICE)

    def _pin_is_right(self) -> bool:
        """Check the typed PIN, counting a wrong one towards the lock."""
        if self._attempts.seconds_locked() or not self._typed:
            return False
        if verify_pin(self._typed, self._pin_hash):
            self._attempts.succeeded()
            return True
        self._attempts.failed()
        self._typed = ""
        self.message.setText(self.tr("That PIN is not right."))
        self._refresh()
        return False

    def _refresh(self) -> None:
        locked = self._attempts.seconds_locked()
        self.display.setText("●" * len(self._typed) if self._typed else "–")
        keys = (*self.digit_buttons.values(), self.enter_button, self.clear_button)
        for button in (*keys, self.about_button):
            button.setEnabled(not locked)
        if locked:
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in {n} seconds.").format(n=locked)
            )
            self._lock_timer.start()
        elif self._lock_timer.isActive():
            self._lock_timer.stop()
            self.message.setText("")
