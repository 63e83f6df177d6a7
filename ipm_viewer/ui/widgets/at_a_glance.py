"""The "at a glance" panel: the facts patients ask first, always beside the procedure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout

from ipm_viewer.content.model import AtAGlance
from ipm_viewer.ui.widgets.common import clear_layout, text_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("AtAGlancePanel", text)


def glance_rows(facts: AtAGlance) -> list[tuple[str, str]]:
    """(caption, text) for each fact, worded the same on screen and on the handout."""
    driver = (
        _tr("Yes. Someone must drive you home.")
        if facts.driver_needed
        else _tr("Usually not needed.")
    )
    rows = [
        (_tr("How long"), facts.duration),
        (_tr("Numbing and sedation"), facts.anesthesia),
        (_tr("Imaging"), facts.imaging),
        (_tr("Where"), facts.setting),
        (_tr("Driver needed"), driver),
    ]
    if facts.time_off:
        rows.append((_tr("Time off"), facts.time_off))
    return rows


class AtAGlancePanel(QFrame):
    """Duration, numbing and sedation, imaging, setting, driver, time off."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "panel")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(18, 16, 18, 18)
        self._layout.setSpacing(4)
        self.setAccessibleName(self.tr("At a glance"))

    def rows(self, facts: AtAGlance) -> list[tuple[str, str]]:
        return glance_rows(facts)

    def set_facts(self, facts: AtAGlance) -> None:
        clear_layout(self._layout)
        self._layout.addWidget(text_label(self.tr("At a glance"), "h3"))
        for title, value in self.rows(facts):
            caption = text_label(title, "eyebrow")
            caption.setContentsMargins(0, 10, 0, 0)
            self._layout.addWidget(caption)
            self._layout.addWidget(text_label(value))
        self._layout.addStretch(1)
