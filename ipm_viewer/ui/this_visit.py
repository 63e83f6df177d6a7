"""The physician's list for this visit: add what was shown, present it in order, clear it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ipm_viewer.ui.widgets.common import set_in_visit
from ipm_viewer.ui.widgets.visit_bar import VisitItem, VisitList

if TYPE_CHECKING:
    from ipm_viewer.ui.main_window import MainWindow

VISIT_SCREENS = ("procedure", "condition")  # the screens with an "Add to this visit" button


class ThisVisit(QObject):
    """Keeps the visit list, its bar and the screens' "Add to this visit" buttons in step."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.items = VisitList()
        # The screens are built on first use; each is wired up (and its button set) when it is.
        window.screens.built.connect(self._on_screen_built)
        for kind in VISIT_SCREENS:
            if (screen := window.screens.built_page(kind)) is not None:
                self._on_screen_built(kind, screen)
        window.visit_bar.item_chosen.connect(self.present)
        window.visit_bar.step_requested.connect(self._on_step)
        window.visit_bar.clear_requested.connect(self.clear)

    def _on_screen_built(self, kind: str, screen: QWidget) -> None:
        if kind in VISIT_SCREENS:
            screen.visit_toggled.connect(self._on_toggled)  # type: ignore[attr-defined]
            self._set_button(kind, screen)

    def _on_toggled(self) -> None:
        place = self._window.current_place()
        title = self._title(place.screen, place.item_id)
        if title is not None:
            self.items.toggle(VisitItem(place.screen, place.item_id, title))
            self.refresh()

    def _title(self, kind: str, item_id: str) -> str | None:
        content = self._window.content
        if kind == "procedure" and item_id in content.procedures:
            return content.listings()[item_id].title
        if kind == "condition" and item_id in content.conditions:
            return content.conditions[item_id].title
        return None

    def restore(self, keys: tuple[tuple[str, str], ...]) -> None:
        """List these items again (after a language switch: titles in the new language)."""
        self.items.clear()
        for kind, item_id in keys:
            title = self._title(kind, item_id)
            if title is not None:
                self.items.toggle(VisitItem(kind, item_id, title))
        self.refresh()

    def present(self, index: int) -> None:
        """Show item `index` of this visit (the physician presents them in order)."""
        if 0 <= index < len(self.items.items):
            item = self.items.items[index]
            self._window.open_result(item.kind, item.item_id)

    def _current_index(self) -> int:
        place = self._window.current_place()
        return self.items.index_of(place.screen, place.item_id)

    def _on_step(self, delta: int) -> None:
        self.present(self._current_index() + delta)

    def clear(self) -> None:
        self.items.clear()
        self.refresh()

    def refresh(self) -> None:
        """After every move: the bar shows where we are; the buttons say what is listed."""
        window = self._window
        place = window.current_place()
        in_kiosk = window.kiosk is not None  # the visit list is the physician's tool
        if in_kiosk:
            window.visit_bar.hide()
        else:
            window.visit_bar.show_items(self.items.items, self._current_index())
        for kind in VISIT_SCREENS:
            if (screen := window.screens.built_page(kind)) is not None:
                self._set_button(kind, screen, place.item_id)

    def _set_button(self, kind: str, screen: QWidget, item_id: str | None = None) -> None:
        """The screen's "Add to this visit" button says whether its item is listed."""
        button = getattr(screen, "visit_button", None)
        if button is None:
            return
        if item_id is None:
            item_id = self._window.current_place().item_id
        set_in_visit(button, (kind, item_id) in self.items)
        button.setVisible(self._window.kiosk is None)
