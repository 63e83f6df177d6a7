"""A page that scrolls vertically, by wheel, bar or finger; content goes in `body_layout`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

READING_WIDTH = 1000  # long lines are hard to read: text pages keep a comfortable measure


class ScrollArea(QScrollArea):
    """A QScrollArea that sizes its content once after a restyle, not once per style change.

    QScrollArea measures its whole content (every label's text shaped at the new size) as
    soon as it gets a StyleChange. A new style sheet (contrast, text size) polishes the scroll
    area before the widgets inside it, which then change their size again: the measure was
    wasted, and with ~10 scroll areas it was most of the second a contrast change took. Here
    the measuring waits for the layout request that follows, when every widget has its style.
    """

    def __init__(self) -> None:
        super().__init__()
        # The viewport is made here, as Qt makes it, rather than asked of Qt: the first
        # `viewport()` of Qt's own has PySide look through every QWidget subclass for its
        # Python type, creating some 70 classes and their enums that the app never uses
        # (~10 ms of start-up). Ours already has its Python object; Qt owns it, as its parent.
        viewport = QWidget(self)
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
            return QAbstractScrollArea.event(self, event)  # skips QScrollArea's measuring
        return super().event(event)


class ScrollingPage(ScrollArea):
    """Vertical scrolling with kinetic touch scrolling; never scrolls sideways.

    With `reading_width`, the content keeps that width at most and stays centred. Inside a
    screen that scrolls as a whole it can grow to its content instead (`set_grows`).
    """

    _grows = False  # here, not in __init__: the base's constructor already sends events

    def __init__(
        self,
        margins: tuple[int, int, int, int] = (0, 0, 12, 12),
        *,
        reading_width: int | None = None,
        spacing: int = 14,
    ) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(*margins)
        page = QWidget()
        self.body_layout = QVBoxLayout(page)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(spacing)
        if reading_width is None:
            outer.addWidget(page)
        else:
            page.setMaximumWidth(reading_width)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(page, 100)
            row.addStretch(1)
            outer.addLayout(row)
            outer.addStretch(1)
        self.setWidget(body)

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)

    # -- growing instead of scrolling (large text) ----------------------------------------------

    def set_grows(self, grows: bool) -> None:
        """Take the height the content needs instead of scrolling it: for a page inside a screen
        that scrolls as a whole (large text), so one scroll bar moves everything."""
        if grows == self._grows:
            return
        self._grows = grows
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if grows else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The content asked for another size (its text or width changed): a growing page
        # tells the layout around it, which would otherwise keep the old height.
        if (
            self._grows
            and event.type() == QEvent.Type.LayoutRequest
            and self.heightForWidth(self.width()) != self.height()
        ):
            self.updateGeometry()
        return handled

    def hasHeightForWidth(self) -> bool:
        return self._grows or super().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        body = self.widget()
        if not self._grows or body is None:
            return super().heightForWidth(width)
        frame = 2 * self.frameWidth()
        height = body.heightForWidth(width - frame) if body.hasHeightForWidth() else -1
        return (height if height >= 0 else body.sizeHint().height()) + frame

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._grows and self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint


def screen_with_page(screen: QWidget, *, spacing: int = 14) -> ScrollingPage:
    """Fill a full screen with a centred reading page (guides, conditions, the word list)."""
    screen.setObjectName("screen")
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(0, 0, 0, 0)
    page = ScrollingPage((40, 28, 40, 40), reading_width=READING_WIDTH, spacing=spacing)
    layout.addWidget(page)
    return page
