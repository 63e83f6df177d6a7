"""The handout buttons on the procedure screen: "Print or save" for the exam room, and, in a
kiosk that allows it, "Print this for me" with the message that follows it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class HandoutButtons(QWidget):
    """Shown beside the procedure's title; `HandoutActions` decides which button is visible."""

    print_requested = Signal()  # exam room: open the print preview
    kiosk_print_requested = Signal()  # kiosk: print on the default printer, no dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.print_button = QPushButton(self.tr("Print or save"))
        self.print_button.setAccessibleName(self.tr("Print or save a handout"))
        self.print_button.setAccessibleDescription(
            self.tr("A take-home handout of this procedure, on paper or as a PDF (Ctrl+P)")
        )
        self.print_button.setToolTip(self.tr("Print or save a handout (Ctrl+P)"))
        self.kiosk_button = QPushButton(self.tr("Print this for me"))
        self.kiosk_button.setProperty("role", "primary")
        self.kiosk_button.setAccessibleName(self.tr("Print this for me"))
        self.kiosk_button.setAccessibleDescription(
            self.tr("Print a handout of this procedure to collect at the desk")
        )
        self.message_label = QLabel()
        self.message_label.setProperty("role", "small")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Printing"))
        for widget in (self.print_button, self.kiosk_button, self.message_label):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignRight)
        self.kiosk_button.hide()
        self.message_label.hide()
        self.print_button.clicked.connect(self.print_requested)
        self.kiosk_button.clicked.connect(self.kiosk_print_requested)

    def show_mode(self, *, kiosk: bool, kiosk_print: bool, printed: bool) -> None:
        """Exam room: "Print or save". Kiosk: "Print this for me" only if the clinic allows it,
        once per procedure."""
        self.print_button.setVisible(not kiosk)
        self.kiosk_button.setVisible(kiosk and kiosk_print)
        self.kiosk_button.setEnabled(not printed)
        if not printed:
            self.message_label.clear()
            self.message_label.hide()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
