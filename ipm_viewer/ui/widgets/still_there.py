"""The "Are you still there?" countdown laid over the whole window before a kiosk reset."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ipm_viewer.ui.widgets.common import framed, text_label


class StillThereOverlay(QWidget):
    """Covers its parent; a tap anywhere (or the button) says "still here"."""

    stay_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card, card_layout = framed("card", margins=36, spacing=14)
        card.setMaximumWidth(640)
        self.title_label = text_label(self.tr("Are you still there?"), "h1")
        self.countdown_label = text_label("", "h3")
        card_layout.addWidget(self.title_label)
        card_layout.addWidget(
            text_label(
                self.tr(
                    "To keep your information private, this screen starts over for the "
                    "next person soon."
                ),
                "muted",
            )
        )
        card_layout.addWidget(self.countdown_label)
        self.stay_button = QPushButton(self.tr("I'm still here"))
        self.stay_button.setProperty("role", "primary")
        self.stay_button.setMinimumHeight(64)
        self.stay_button.setAccessibleName(self.tr("I'm still here"))
        self.stay_button.setAccessibleDescription(self.tr("Keep reading; do not start over"))
        self.stay_button.clicked.connect(self.stay_requested)
        card_layout.addWidget(self.stay_button)
        layout.addWidget(card)
        parent.installEventFilter(self)
        self.hide()

    def show_countdown(self, seconds: int) -> None:
        self.countdown_label.setText(self.tr("Starting over in {n} seconds.").format(n=seconds))
        host = self.parentWidget()
        if not self.isVisible() and host is not None:
            self.setGeometry(host.rect())
            self.show()
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The parent is asked of Qt, not kept in a Python attribute: while a window is being
        # destroyed the filter may still run after Python has cleared this object's attributes.
        resized = event.type() == QEvent.Type.Resize and isinstance(watched, QWidget)
        if resized and watched is self.parentWidget():
            self.setGeometry(watched.rect())
        return False

    def mousePressEvent(self, event: object) -> None:
        self.stay_requested.emit()  # a tap anywhere on the dimmed screen counts

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(11, 57, 84, 170))
        painter.end()
