"""A guide page: plain sections, or questions and answers, with the sources behind them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.model import Guide
from ipm_viewer.ui.rich_text import TermMatcher, to_html
from ipm_viewer.ui.untranslated import untranslated_mark
from ipm_viewer.ui.widgets.common import clear_layout, framed, linked_label, text_label
from ipm_viewer.ui.widgets.scrolling_page import screen_with_page


class GuideScreen(QWidget):
    """Shows one guide; built once and given a guide to show."""

    term_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.guide: Guide | None = None
        self.scroll_area = screen_with_page(self)
        self._layout = self.scroll_area.body_layout

    def _linked(self, rich: str) -> QLabel:
        label = linked_label()
        label.setText(rich)
        label.linkActivated.connect(self._on_link_activated)
        return label

    def _on_link_activated(self, link: str) -> None:
        kind, _, term_id = link.partition(":")
        if kind == "term":
            self.term_chosen.emit(term_id)

    def set_guide(self, guide: Guide, content: LanguageContent) -> None:
        self.guide = guide
        clear_layout(self._layout)
        mark = untranslated_mark(guide.language, content.language)
        self.title_label = text_label(f"{guide.title} {mark}".strip(), "h1")
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(text_label(guide.summary, "muted"))
        matcher = TermMatcher.build(content.glossary)
        linked: set[str] = set()
        for section in guide.sections:
            self._layout.addWidget(text_label(section.heading, "h2"))
            self._layout.addWidget(self._linked(to_html(section.text, matcher, linked)))
        for item in guide.faq:
            frame, layout = framed("card", margins=18, spacing=6)
            layout.addWidget(text_label(item.question, "h3"))
            layout.addWidget(self._linked(to_html(item.answer, matcher, linked)))
            self._layout.addWidget(frame)
        sources = [content.sources[k] for k in guide.sources if k in content.sources]
        if sources:
            lines = "\n".join(f"- {s.title}. {s.publisher}, {s.year}." for s in sources)
            self._layout.addWidget(text_label(self.tr("Sources"), "h3"))
            self._layout.addWidget(text_label(lines, "small", markdown=True))
        self._layout.addWidget(
            text_label(
                self.tr(
                    "Reviewed {date}. This guide helps you learn; it does not replace your "
                    "doctor's advice."
                ).format(date=guide.review.reviewed_on.isoformat()),
                "small",
            )
        )
        self.scroll_area.verticalScrollBar().setValue(0)
