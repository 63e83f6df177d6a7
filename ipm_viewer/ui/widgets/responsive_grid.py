"""A grid whose number of columns follows its width (cards side by side, or stacked)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from ipm_viewer.ui.widgets.common import hold_height_for_width


class ResponsiveGrid(QWidget):
    """Lays `items` out in as many columns of at least `min_width` px as fit, up to `columns`."""

    def __init__(self, items: Sequence[QWidget], columns: int, min_width: int) -> None:
        super().__init__()
        self.items = list(items)
        self._max_columns = columns
        self._min_width = min_width
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(14)
        self.columns = 0
        self._arrange(columns)
        hold_height_for_width(self)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for item in self.items:
            self._grid.removeWidget(item)
        for index, item in enumerate(self.items):
            self._grid.addWidget(item, index // columns, index % columns)
        for column in range(self._max_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one column: a narrow window stacks the cards instead of overflowing."""
        hint = super().minimumSizeHint()
        one_column = max((item.minimumSizeHint().width() for item in self.items), default=0)
        return QSize(min(hint.width(), max(one_column, self._min_width)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fitting = max(1, event.size().width() // self._min_width)
        self._arrange(min(self._max_columns, fitting, max(1, len(self.items))))
