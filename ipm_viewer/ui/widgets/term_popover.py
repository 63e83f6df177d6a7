"""A medical word's plain meaning, shown over the page without leaving it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ipm_viewer.content.model import GlossaryTerm
from ipm_viewer.ui.widgets.common import text_label


class TermPopover(QFrame):
    """A small popup card; a tap outside or on "Close" dismisses it."""

    def __init__(self, term: GlossaryTerm, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.term = term
        self.setProperty("role", "card")
        self.setMaximumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self.term_label = text_label(term.term, "h3")
        self.definition_label = text_label(term.definition)
        layout.addWidget(self.term_label)
        layout.addWidget(self.definition_label)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Close the explanation"))
        close.clicked.connect(self.close)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.setAccessibleName(term.term)
        self.setAccessibleDescription(term.definition)

    def show_near(self, anchor: QWidget, offset: QPoint | None = None) -> None:
        self.adjustSize()
        where = anchor.mapToGlobal(offset or QPoint(anchor.width() // 2 - self.width() // 2, 40))
        self.move(where)
        self.show()
