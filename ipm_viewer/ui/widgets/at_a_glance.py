"""The "at a glance" panel: the facts patients ask first, always beside the procedure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from ipm_viewer.content.procedure_model import AtAGlance
from ipm_viewer.ui.widgets.common import clear_layout, hold_height_for_width, text_label

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate


def glance_rows(facts: AtAGlance) -> list[tuple[str, str]]:
    """(caption, text) for each fact, worded the same on screen and on the handout."""
    driver = (
        translate("AtAGlancePanel", "Yes. Someone must drive you home.")
        if facts.driver_needed
        else translate("AtAGlancePanel", "Usually not needed.")
    )
    rows = [
        (translate("AtAGlancePanel", "How long"), facts.duration),
        (translate("AtAGlancePanel", "Numbing and sedation"), facts.anesthesia),
        (translate("AtAGlancePanel", "Imaging"), facts.imaging),
        (translate("AtAGlancePanel", "Where"), facts.setting),
        (translate("AtAGlancePanel", "Driver needed"), driver),
    ]
    if facts.time_off:
        rows.append((translate("AtAGlancePanel", "Time off"), facts.time_off))
    return rows


class AtAGlancePanel(QFrame):
    """Duration, numbing and sedation, imaging, setting, driver, time off.

    One column beside the procedure on a wide screen; two or three columns in the sheet that
    small screens open from a button.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "panel")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(18, 16, 18, 18)
        self._layout.setSpacing(4)
        self._facts: AtAGlance | None = None
        self._columns = 1
        self.setAccessibleName(self.tr("At a glance"))
        hold_height_for_width(self)

    def rows(self, facts: AtAGlance) -> list[tuple[str, str]]:
        return glance_rows(facts)

    def set_facts(self, facts: AtAGlance) -> None:
        self._facts = facts
        self._rebuild()

    def set_columns(self, columns: int) -> None:
        if columns != self._columns:
            self._columns = columns
            self._rebuild()

    def _rebuild(self) -> None:
        clear_layout(self._layout)
        if self._facts is None:
            return
        self._layout.addWidget(text_label(self.tr("At a glance"), "h3"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(4)
        for index, (title, value) in enumerate(self.rows(self._facts)):
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 10, 0, 0)
            cell_layout.setSpacing(4)
            cell_layout.addWidget(text_label(title, "eyebrow"))
            cell_layout.addWidget(text_label(value))
            cell_layout.addStretch(1)
            grid.addWidget(cell, index // self._columns, index % self._columns)
        for column in range(self._columns):
            grid.setColumnStretch(column, 1)
        self._layout.addLayout(grid)
        self._layout.addStretch(1)
