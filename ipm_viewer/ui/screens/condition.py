"""A condition's page: what it is, where it hurts, what people notice, and what can help."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.model import Condition
from ipm_viewer.ui.rich_text import TermMatcher, to_html
from ipm_viewer.ui.untranslated import untranslated_mark
from ipm_viewer.ui.widgets.cards import ProcedureCard
from ipm_viewer.ui.widgets.common import (
    bullet_text,
    clear_layout,
    framed,
    linked_label,
    text_label,
    visit_button,
)
from ipm_viewer.ui.widgets.scrolling_page import screen_with_page


class ConditionScreen(QWidget):
    """Built once and given a condition to show; `procedure_chosen` opens a linked procedure."""

    procedure_chosen = Signal(str)
    term_chosen = Signal(str)
    visit_toggled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.condition: Condition | None = None
        self.procedure_cards: list[ProcedureCard] = []
        self.scroll_area = screen_with_page(self)
        self._layout = self.scroll_area.body_layout

    def set_condition(self, condition: Condition, content: LanguageContent) -> None:
        self.condition = condition
        clear_layout(self._layout)
        regions = {r.id: r.title for r in content.regions}
        where = ", ".join(regions.get(r, r) for r in condition.body_regions)
        self._layout.addWidget(
            text_label(self.tr("Condition · {where}").format(where=where), "eyebrow")
        )
        mark = untranslated_mark(condition.language, content.language)
        self.title_label = text_label(f"{condition.title} {mark}".strip(), "h1")
        self._layout.addWidget(self.title_label)
        self.visit_button = visit_button()
        self.visit_button.clicked.connect(self.visit_toggled)
        self._layout.addWidget(self.visit_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(text_label(condition.summary, "muted"))
        explanation = linked_label()
        explanation.setText(to_html(condition.explanation, TermMatcher.build(content.glossary)))
        explanation.linkActivated.connect(self._on_link_activated)
        self._layout.addWidget(explanation)
        if condition.symptoms:
            frame, layout = framed("panel")
            layout.addWidget(text_label(self.tr("What people notice"), "h3"))
            layout.addWidget(text_label(bullet_text(condition.symptoms), markdown=True))
            self._layout.addWidget(frame)
        procedures = content.procedures_treating(condition.id)
        self.procedure_cards = []
        if procedures:
            self._layout.addWidget(text_label(self.tr("Procedures that may help"), "h2"))
            grid = QGridLayout()
            grid.setSpacing(14)
            for index, procedure in enumerate(procedures):
                card = ProcedureCard(procedure, content.language)
                card.clicked.connect(self._on_card_clicked)
                self.procedure_cards.append(card)
                grid.addWidget(card, index // 2, index % 2)
            self._layout.addLayout(grid)
        self._layout.addWidget(
            text_label(
                self.tr(
                    "Many people get better with exercise, physical therapy and medicines. "
                    "Your doctor can tell you which choices fit you."
                ),
                "small",
            )
        )
        self.scroll_area.verticalScrollBar().setValue(0)

    def _on_link_activated(self, link: str) -> None:
        kind, _, term_id = link.partition(":")
        if kind == "term":
            self.term_chosen.emit(term_id)

    def _on_card_clicked(self) -> None:
        card = self.sender()
        if isinstance(card, ProcedureCard):
            self.procedure_chosen.emit(card.item_id)
