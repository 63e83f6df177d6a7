"""The procedure screen's sections, one on show; at large text sizes the screen scrolls them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget

from ipm_viewer.ui.widgets.scrolling_page import ScrollingPage


class SectionStack(QStackedWidget):
    """The sections of the procedure screen, one on show.

    At large text sizes the whole screen scrolls as one page (WCAG 1.4.10 reflow). A reading
    section that also scrolled by itself showed two scroll bars side by side, and the page
    could only be read in a box inside the page. So at large sizes the reading section on show
    grows to the height of its text instead, and the screen's one scroll bar moves it all.
    Only the section on show grows: a QStackedWidget is as tall as its tallest section.
    """

    def __init__(self) -> None:
        super().__init__()
        self._large = False
        self._growing: list[ScrollingPage] = []
        self.currentChanged.connect(self._grow_the_one_on_show)

    def minimumSizeHint(self) -> QSize:
        # The section on show sets the smallest size, not the largest of all. A hidden
        # section's measure is also stale: its layout is not redone while it is hidden, so
        # after a large text size its old minimum kept a small scroll on the fitted screen.
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()

    def set_large(self, large: bool) -> None:
        self._large = large
        self._grow_the_one_on_show()

    def _grow_the_one_on_show(self) -> None:
        shown = self.currentWidget()
        pages = _reading_pages(shown) if self._large and shown is not None else []
        for page in self._growing:
            if page not in pages:
                page.set_grows(False)
        for page in pages:
            page.set_grows(True)
        self._growing = pages


def _reading_pages(section: QWidget) -> list[ScrollingPage]:
    pages = list(section.findChildren(ScrollingPage))
    return [section, *pages] if isinstance(section, ScrollingPage) else pages
