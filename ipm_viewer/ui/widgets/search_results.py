"""Ranked search results: what each result is, its title, and the matching words in context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ipm_viewer.content.search import Hit, Kind
from ipm_viewer.ui.widgets.common import clear_layout, text_label


def kind_name(kind: Kind) -> str:
    names = {
        "procedure": QCoreApplication.translate("SearchResults", "Procedure"),
        "condition": QCoreApplication.translate("SearchResults", "Condition"),
        "term": QCoreApplication.translate("SearchResults", "Word"),
        "guide": QCoreApplication.translate("SearchResults", "Guide"),
    }
    return names[kind]


class ResultButton(QPushButton):
    """One result as a full-width card; Up and Down move between results."""

    def __init__(self, hit: Hit) -> None:
        super().__init__()
        self.hit = hit
        self.setProperty("role", "procedure-card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(f"{kind_name(hit.kind)}: {hit.title}")
        self.setAccessibleDescription(hit.snippet.replace("**", ""))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 12, 20, 12)
        self._layout.setSpacing(4)
        self._layout.addWidget(text_label(kind_name(hit.kind), "eyebrow"))
        self._layout.addWidget(text_label(hit.title, "h3"))
        if hit.snippet:
            self._layout.addWidget(text_label(hit.snippet, "muted", markdown=True))
        for label in self.findChildren(QLabel):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        return self._layout.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.heightForWidth(width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.focusNextChild()
        elif event.key() == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)


class SearchResults(QWidget):
    """Shows the hits for the current query; `chosen` says which one the user opened."""

    chosen = Signal(str, str)  # kind, item id

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.count_label = text_label("", "muted")
        layout.addWidget(self.count_label)
        self._list = QVBoxLayout()
        self._list.setSpacing(10)
        layout.addLayout(self._list)
        self.buttons: list[ResultButton] = []

    def show_hits(self, hits: list[Hit]) -> None:
        clear_layout(self._list)
        self.buttons = []
        for hit in hits:
            button = ResultButton(hit)
            button.clicked.connect(self._on_clicked)
            self._list.addWidget(button)
            self.buttons.append(button)
        self.count_label.setText(
            self.tr("1 result") if len(hits) == 1 else self.tr("{n} results").format(n=len(hits))
        )

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _on_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, ResultButton):
            self.chosen.emit(button.hit.kind, button.hit.item_id)
