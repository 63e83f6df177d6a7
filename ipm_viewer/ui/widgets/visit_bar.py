"""This visit: the procedures and conditions the physician picked, presented in order."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QWidget

from ipm_viewer.ui.widgets.common import text_label
from ipm_viewer.ui.widgets.flow_layout import FlowLayout


class VisitItem(NamedTuple):
    kind: str  # "procedure" or "condition"
    item_id: str
    title: str


class VisitList:
    """The ordered list itself (kept by the window; nothing about it is saved)."""

    def __init__(self) -> None:
        self.items: list[VisitItem] = []

    def __contains__(self, key: tuple[str, str]) -> bool:
        return any((i.kind, i.item_id) == key for i in self.items)

    def toggle(self, item: VisitItem) -> bool:
        """Add the item, or take it out if it is there; True when it is now in the list."""
        key = (item.kind, item.item_id)
        if key in self:
            self.items = [i for i in self.items if (i.kind, i.item_id) != key]
            return False
        self.items.append(item)
        return True

    def index_of(self, kind: str, item_id: str) -> int:
        for index, item in enumerate(self.items):
            if (item.kind, item.item_id) == (kind, item_id):
                return index
        return -1

    def clear(self) -> None:
        self.items = []


class VisitBar(QFrame):
    """Shown while the visit list has items: jump to any, previous/next, clear."""

    item_chosen = Signal(int)
    step_requested = Signal(int)  # -1 previous, +1 next
    clear_requested = Signal()
    handout_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "panel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.setSpacing(10)
        layout.addWidget(text_label(self.tr("This visit"), "h3"))
        self.previous_button = self._button(
            self.tr("‹"), self.tr("Previous item"), self.tr("Show the previous item of this visit")
        )
        layout.addWidget(self.previous_button)
        items = QWidget()
        self._items = FlowLayout(items, spacing=8)
        layout.addWidget(items, 1)
        self.next_button = self._button(
            self.tr("›"), self.tr("Next item"), self.tr("Show the next item of this visit")
        )
        layout.addWidget(self.next_button)
        self.handout_button = self._button(
            self.tr("Handout for this visit"),
            self.tr("Handout for this visit"),
            self.tr("Print or save one handout with every item of this visit, in order (Ctrl+P)"),
        )
        layout.addWidget(self.handout_button)
        self.clear_button = self._button(
            self.tr("Clear list"),
            self.tr("Clear this visit"),
            self.tr("Empty the list for the next patient"),
        )
        layout.addWidget(self.clear_button)
        self._group = QButtonGroup(self)
        self.item_buttons: list[QPushButton] = []
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.clear_button.clicked.connect(self.clear_requested)
        self.handout_button.clicked.connect(self.handout_requested)
        self.hide()

    def _button(self, text: str, name: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setToolTip(name)
        return button

    def show_items(self, items: list[VisitItem], current: int) -> None:
        for button in self.item_buttons:
            self._group.removeButton(button)
            self._items.removeWidget(button)
            button.deleteLater()
        self.item_buttons = []
        for index, item in enumerate(items):
            button = QPushButton(f"{index + 1}. {item.title}")
            button.setCheckable(True)
            button.setChecked(index == current)
            button.setProperty("role", "region")
            button.setAccessibleName(item.title)
            button.setAccessibleDescription(
                self.tr("Show item {n} of this visit").format(n=index + 1)
            )
            button.clicked.connect(self._on_item_clicked)
            self._group.addButton(button, index)
            self._items.addWidget(button)
            self.item_buttons.append(button)
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < len(items) - 1)
        self.setVisible(bool(items))

    def _on_previous_clicked(self) -> None:
        self.step_requested.emit(-1)

    def _on_next_clicked(self) -> None:
        self.step_requested.emit(1)

    def _on_item_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.item_chosen.emit(self._group.id(button))
