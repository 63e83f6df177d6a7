"""The "at a glance" panel: the facts patients ask first, always beside the procedure."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from ipm_viewer.content.model import AtAGlance
from ipm_viewer.ui.widgets.common import clear_layout, text_label


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
        driver = (
            self.tr("Yes. Someone must drive you home.")
            if facts.driver_needed
            else self.tr("Usually not needed.")
        )
        rows = [
            (self.tr("How long"), facts.duration),
            (self.tr("Numbing and sedation"), facts.anesthesia),
            (self.tr("Imaging"), facts.imaging),
            (self.tr("Where"), facts.setting),
            (self.tr("Driver needed"), driver),
        ]
        if facts.time_off:
            rows.append((self.tr("Time off"), facts.time_off))
        return rows

    def set_facts(self, facts: AtAGlance) -> None:
        clear_layout(self._layout)
        self._layout.addWidget(text_label(self.tr("At a glance"), "h3"))
        for title, value in self.rows(facts):
            caption = text_label(title, "eyebrow")
            caption.setContentsMargins(0, 10, 0, 0)
            self._layout.addWidget(caption)
            self._layout.addWidget(text_label(value))
        self._layout.addStretch(1)
