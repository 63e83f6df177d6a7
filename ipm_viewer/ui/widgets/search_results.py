"""Ranked search results: what each result is, its title, and the matching words in context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

from ipm_viewer.ui.widgets.common import hold_height_for_width, text_label

if TYPE_CHECKING:  # the search engine is imported once search is first prepared, not at start-up
    from ipm_viewer.content.search import Hit, Kind


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
        self.setProperty("role", "procedure-card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 12, 20, 12)
        self._layout.setSpacing(4)
        self.kind_label = text_label("", "eyebrow")
        self.title_label = text_label("", "h3")
        self.snippet_label = text_label("", "muted", markdown=True)
        self.snippet_label.setProperty("excerpt", True)  # its "…" marks words left out
        for label in (self.kind_label, self.title_label, self.snippet_label):
            self._layout.addWidget(label)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_hit(hit)

    def set_hit(self, hit: Hit) -> None:
        """Show another result in this card (cards are reused as the user types)."""
        self.hit = hit
        self.kind_label.setText(kind_name(hit.kind))
        self.title_label.setText(hit.title)
        self.snippet_label.setText(hit.snippet)
        self.snippet_label.setVisible(bool(hit.snippet))
        self.setAccessibleName(f"{kind_name(hit.kind)}: {hit.title}")
        self.setAccessibleDescription(hit.snippet.replace("**", "") or hit.title)

    def sizeHint(self) -> QSize:
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._layout.minimumSize()  # its words wrap: a narrow window is fine

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


FIRST_RESULTS = 8  # a screenful and more; the rest on request, so a keystroke stays quick


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
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.show_all)
        self.more_button.hide()
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons: list[ResultButton] = []
        self._pool: list[ResultButton] = []
        self._hits: list[Hit] = []
        hold_height_for_width(self)

    def show_hits(self, hits: list[Hit]) -> None:
        """The best results of a new query: the first screenful, and a button for the rest."""
        self._hits = hits
        self._show(hits[:FIRST_RESULTS])
        self.count_label.setText(
            self.tr("1 result") if len(hits) == 1 else self.tr("{n} results").format(n=len(hits))
        )

    def prepare(self) -> None:
        """Build the first screenful of cards now, hidden, while nobody is waiting: the first
        keystroke of a search then only fills them in."""
        # Idle work can reach a window that is being torn down (its children already gone).
        if isValid(self._list):
            from ipm_viewer.content.search import Hit

            self._add_cards(FIRST_RESULTS, Hit("term", "", "", 0.0, ""))

    def show_all(self) -> None:
        self._show(self._hits)
        if self.buttons[FIRST_RESULTS:]:
            self.buttons[FIRST_RESULTS].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, hits: list[Hit]) -> None:
        # Cards are kept and reused: building widgets on every keystroke is what costs time.
        if not hits:
            # The screen hides the whole list (it says nothing matched). The cards stay as they
            # are: hiding them now would mean showing them all again at the next keystroke.
            self.buttons = []
            return
        if len(self._pool) < len(hits):
            self._add_cards(len(hits), hits[0])
        for button, hit in zip(self._pool, hits, strict=False):
            button.set_hit(hit)
            if button.isHidden():
                button.show()
        for button in self._pool[len(hits) :]:
            if not button.isHidden():
                button.hide()
        self.buttons = self._pool[: len(hits)]
        hidden = len(self._hits) - len(hits)
        self.more_button.setText(
            self.tr("Show all {n} results").format(n=len(self._hits)) if hidden else ""
        )
        self.more_button.setVisible(hidden > 0)

    def _add_cards(self, count: int, placeholder: Hit) -> None:
        while len(self._pool) < count:
            button = ResultButton(placeholder)
            button.clicked.connect(self._on_clicked)
            button.hide()
            self._list.addWidget(button)
            self._pool.append(button)

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _on_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, ResultButton):
            self.chosen.emit(button.hit.kind, button.hit.item_id)
