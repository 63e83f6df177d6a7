"""Benefits and risks: number first, both frames, the verbal band, and the source beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.model import Benefit, Procedure, Risk, Source
from ipm_viewer.ui import risk_language
from ipm_viewer.ui.widgets.common import clear_layout, framed, text_label


def source_line(source: Source | None) -> str:
    if source is None:
        return ""
    return f"{source.title}. {source.publisher}, {source.year}."


class RiskCard(QFrame):
    """One risk: its name, how often (number first), what it feels like and what to do."""

    def __init__(self, risk: Risk, source: Source | None) -> None:
        super().__init__()
        serious = risk.severity == "serious"
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        self.name_label = text_label(risk.name, "h3")
        layout.addWidget(self.name_label)
        self.figure_label = text_label(
            risk_language.frequency_phrase(risk.frequency),
            "figure-serious" if serious else "figure",
        )
        layout.addWidget(self.figure_label)
        if risk.frequency.none_reliable:
            layout.addWidget(
                text_label(self.tr("Studies do not give a reliable number for this."), "muted")
            )
        else:
            detail = risk_language.risk_frames(risk.frequency, risk.period)
            layout.addWidget(text_label(detail, "muted"))
            band = QHBoxLayout()
            self.band_label = text_label(
                risk_language.band_phrase(risk.frequency), "chip-serious" if serious else "chip"
            )
            self.band_label.setWordWrap(False)
            band.addWidget(self.band_label)
            band.addStretch(1)
            layout.addLayout(band)
        for title, text in (
            (self.tr("What you may notice"), risk.feels_like),
            (self.tr("How long it lasts"), risk.lasts),
            (self.tr("What to do"), risk.what_to_do),
        ):
            if text:
                layout.addWidget(text_label(f"**{title}:** {text}", markdown=True))
        if source is not None:
            source_label = text_label(
                self.tr("Source: {source}").format(source=source_line(source)), "small"
            )
            source_label.setToolTip(source.url)
            layout.addWidget(source_label)
        self.setAccessibleName(risk.name)
        self.setAccessibleDescription(risk_language.frequency_phrase(risk.frequency))


class BenefitCard(QFrame):
    """One benefit, shown the same way as the risks so they can be compared."""

    def __init__(self, benefit: Benefit, source: Source | None) -> None:
        super().__init__()
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        self.figure_label = text_label(risk_language.frequency_phrase(benefit.frequency), "figure")
        layout.addWidget(self.figure_label)
        outcome = f"{benefit.outcome} {benefit.period}" if benefit.period else benefit.outcome
        layout.addWidget(text_label(outcome, "h3"))
        if not benefit.frequency.none_reliable:
            layout.addWidget(text_label(risk_language.benefit_frames(benefit.frequency), "muted"))
        if benefit.note:
            layout.addWidget(text_label(benefit.note))
        if source is not None:
            source_label = text_label(
                self.tr("Source: {source}").format(source=source_line(source)), "small"
            )
            source_label.setToolTip(source.url)
            layout.addWidget(source_label)
        self.setAccessibleName(benefit.outcome)
        self.setAccessibleDescription(risk_language.frequency_phrase(benefit.frequency))


class BenefitsAndRisksPage(QScrollArea):
    """What you may gain, then risks grouped as common-and-mild and rare-but-serious."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(0, 0, 12, 12)
        self._layout.setSpacing(14)
        self.setWidget(body)
        self.risk_cards: list[RiskCard] = []

    def set_procedure(self, procedure: Procedure, content: LanguageContent) -> None:
        clear_layout(self._layout)
        self.risk_cards = []
        self._layout.addWidget(text_label(self.tr("What you may gain"), "h2"))
        if procedure.relief is not None:
            relief, relief_layout = framed("panel", margins=16, spacing=4)
            relief_layout.addWidget(
                text_label(
                    f"**{self.tr('When relief starts')}:** {procedure.relief.starts}", markdown=True
                )
            )
            relief_layout.addWidget(
                text_label(
                    f"**{self.tr('How long it lasts')}:** {procedure.relief.lasts}", markdown=True
                )
            )
            if procedure.relief.note:
                relief_layout.addWidget(text_label(procedure.relief.note))
            self._layout.addWidget(relief)
        if procedure.benefits:
            grid = QGridLayout()
            grid.setSpacing(14)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            for i, benefit in enumerate(procedure.benefits):
                benefit_card = BenefitCard(benefit, content.sources.get(benefit.source))
                grid.addWidget(benefit_card, i // 2, i % 2)
            self._layout.addLayout(grid)

        self._layout.addWidget(text_label(self.tr("Possible risks"), "h2"))
        columns = QHBoxLayout()
        columns.setSpacing(16)
        groups = (
            (
                self.tr("Common and usually mild"),
                [r for r in procedure.risks if r.severity != "serious"],
            ),
            (self.tr("Rare but serious"), [r for r in procedure.risks if r.severity == "serious"]),
        )
        for title, risks in groups:
            column = QVBoxLayout()
            column.setSpacing(12)
            column.addWidget(text_label(title, "h3"))
            for risk in risks:
                card = RiskCard(risk, content.sources.get(risk.source))
                self.risk_cards.append(card)
                column.addWidget(card)
            if not risks:
                column.addWidget(text_label(self.tr("None listed."), "muted"))
            column.addStretch(1)
            columns.addLayout(column, 1)
        self._layout.addLayout(columns)
        self._layout.addStretch(1)
        self.verticalScrollBar().setValue(0)
