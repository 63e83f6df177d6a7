"""A procedure's section tabs: wrapped onto rows on a wide screen, one swipeable row elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.ui.widgets.common import detach_items
from ipm_viewer.ui.widgets.flow_layout import FlowLayout
from ipm_viewer.ui.widgets.scrolling_page import ScrollArea


class _TabRow(QWidget):
    """A row that is never narrower than its tabs: the scroll area scrolls rather than squeeze
    them (a style sheet's min-width would otherwise let a tab shrink below its text)."""

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class SectionTabs(QWidget):
    """Checkable tab buttons, one per section; exactly one is current."""

    section_clicked = Signal(int)

    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for index, title in enumerate(titles):
            button = QPushButton(title)
            button.setProperty("role", "tab")
            button.setCheckable(True)
            button.setAccessibleName(title)
            button.setAccessibleDescription(
                self.tr("Show the '{section}' section").format(section=title)
            )
            self.group.addButton(button, index)
            self.buttons.append(button)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        # Wide screens: the tabs wrap onto a second row at large text sizes, never clip.
        self._flow_row = QWidget()
        self._flow = FlowLayout(self._flow_row, spacing=4)
        # Elsewhere: one row that scrolls sideways (by touch, wheel or keyboard focus), so the
        # tabs never take two rows of a small screen.
        self._strip = _TabRow()
        self._strip_layout = QHBoxLayout(self._strip)
        self._strip_layout.setContentsMargins(0, 0, 0, 0)
        self._strip_layout.setSpacing(4)
        self.scroll_area = ScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._strip)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        QScroller.grabGesture(
            self.scroll_area.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        frame.addWidget(self._flow_row)
        frame.addWidget(self.scroll_area)
        self._scrolling = True
        self.set_scrolling(False)
        self.group.idClicked.connect(self.section_clicked)

    @property
    def scrolling(self) -> bool:
        return self._scrolling

    def set_scrolling(self, scrolling: bool) -> None:
        """One sideways-scrolling row (small screens) or wrapped rows (wide screens)."""
        if scrolling == self._scrolling:
            return
        self._scrolling = scrolling
        detach_items(self._flow)
        detach_items(self._strip_layout)
        target = self._strip_layout if scrolling else self._flow
        for button in self.buttons:
            target.addWidget(button)
        if scrolling:
            self._strip_layout.addStretch(1)
        self._flow_row.setVisible(not scrolling)
        self.scroll_area.setVisible(scrolling)
        self._fit_strip_height()

    def set_current(self, index: int) -> None:
        button = self.buttons[index]
        button.setChecked(True)
        if self._scrolling:
            self.scroll_area.ensureWidgetVisible(button, 24, 0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self._fit_strip_height()  # a new text size or style changes the buttons' height

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_strip_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_strip_height()

    def _fit_strip_height(self) -> None:
        """As tall as the tabs, plus the scroll bar only when they do not all fit."""
        if not self._scrolling:
            return
        button_height = max((b.sizeHint().height() for b in self.buttons), default=0)
        overflowing = self._strip.sizeHint().width() > self.width()
        bar = self.scroll_area.horizontalScrollBar().sizeHint().height() if overflowing else 0
        self.scroll_area.setFixedHeight(button_height + bar + 2)
