"""A tappable card for one procedure: its title, one-line summary and other names."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout

from ipm_viewer.content.model import Procedure
from ipm_viewer.ui.widgets.common import text_label


class ProcedureCard(QPushButton):
    """A real button (keyboard, focus, accessibility for free) laid out as a card."""

    def __init__(self, procedure: Procedure) -> None:
        super().__init__()
        self.procedure_id = procedure.id
        self.matches_filter = True  # set by the home screen's search filter
        self.setProperty("role", "procedure-card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(procedure.title)
        self.setAccessibleDescription(procedure.summary)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        self.title_label = text_label(procedure.title, "h3")
        self.summary_label = text_label(procedure.summary, "muted")
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        if procedure.other_names:
            also = self.tr("Also called: {names}").format(
                names=", ".join(procedure.other_names[:4])
            )
            self.also_label = text_label(also, "small")
            layout.addWidget(self.also_label)
        layout.addStretch(1)
        for label in self.findChildren(type(self.title_label)):
            # Clicks on the text must reach the button.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        hint = self._layout.sizeHint()
        return QSize(max(hint.width(), 300), max(hint.height(), 120))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self._layout.minimumSize().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._layout.heightForWidth(width), 120)
