"""The language buttons: each language named in its own words, one tap to switch."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ipm_viewer.ui.language_switch import language_name


class LanguageChoice(QWidget):
    """A row of buttons, one per language, the current one checked."""

    language_chosen = Signal(str)

    def __init__(self, codes: Sequence[str], current: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        for code in codes:
            name = language_name(code)
            button = QPushButton(name)
            button.setCheckable(True)
            button.setChecked(code == current)
            button.setProperty("role", "region")  # the same chip look as the body regions
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(name)
            # Said in the button's own language, so a reader of it knows what a tap does.
            button.setAccessibleDescription(_switch_hint(code))
            button.setLocale(QLocale(code))
            button.clicked.connect(lambda _=False, c=code: self._on_clicked(c))
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button
        layout.addStretch(1)

    def _on_clicked(self, code: str) -> None:
        self.language_chosen.emit(code)


def _switch_hint(code: str) -> str:
    hints = {"en": "Show the app in English", "es": "Mostrar la aplicación en español"}
    return hints.get(code, language_name(code))
