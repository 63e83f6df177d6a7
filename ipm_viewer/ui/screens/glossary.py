"""Every medical word the content uses, A to Z, each with its plain meaning."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.search import fold
from ipm_viewer.ui.widgets.common import clear_layout, framed, text_label

READING_WIDTH = 1000


class GlossaryScreen(QWidget):
    """Words grouped by their first letter; built when first shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(
            self.scroll_area.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        outer.addWidget(self.scroll_area)
        body = QWidget()
        centring = QVBoxLayout(body)
        centring.setContentsMargins(40, 28, 40, 40)
        page = QWidget()
        page.setMaximumWidth(READING_WIDTH)
        self._layout = QVBoxLayout(page)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(page, 100)
        row.addStretch(1)
        centring.addLayout(row)
        centring.addStretch(1)
        self.scroll_area.setWidget(body)
        self.letters: list[str] = []
        self.shown_for: LanguageContent | None = None

    def show_glossary(self, content: LanguageContent) -> None:
        if self.shown_for is content:
            self.scroll_area.verticalScrollBar().setValue(0)
            return
        self.shown_for = content
        clear_layout(self._layout)
        self._layout.addWidget(text_label(self.tr("Words explained, A to Z"), "h1"))
        self._layout.addWidget(
            text_label(self.tr("The medical words used in this app, in plain language."), "muted")
        )
        terms = sorted(content.glossary.values(), key=lambda t: fold(t.term))
        self.letters = []
        for letter, group in groupby(terms, key=lambda t: fold(t.term)[:1].upper()):
            self.letters.append(letter)
            self._layout.addWidget(text_label(letter, "h2"))
            frame, layout = framed("card", margins=18, spacing=10)
            for term in group:
                also = f" ({', '.join(term.also)})" if term.also else ""
                layout.addWidget(
                    text_label(f"**{term.term}**{also}: {term.definition}", markdown=True)
                )
            self._layout.addWidget(frame)
        self.scroll_area.verticalScrollBar().setValue(0)
