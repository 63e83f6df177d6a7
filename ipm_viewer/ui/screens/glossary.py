"""Every medical word the content uses, A to Z, each with its plain meaning."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtWidgets import QWidget

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.search import fold
from ipm_viewer.ui.widgets.common import clear_layout, framed, text_label
from ipm_viewer.ui.widgets.scrolling_page import screen_with_page


class GlossaryScreen(QWidget):
    """Words grouped by their first letter; built when first shown."""

    def __init__(self) -> None:
        super().__init__()
        self.scroll_area = screen_with_page(self, spacing=10)
        self._layout = self.scroll_area.body_layout
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
