"""Benefits and risks: number first, both frames, the verbal band, a picture, and the source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.content.figures import natural_frequency
from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.model import Source
from ipm_viewer.content.procedure_model import Benefit, Frequency, Procedure, Risk
from ipm_viewer.ui import risk_language
from ipm_viewer.ui.widgets.common import chip_label, clear_layout, framed, text_label
from ipm_viewer.ui.widgets.icon_array import IconArray, array_counts
from ipm_viewer.ui.widgets.responsive_grid import ResponsiveGrid
from ipm_viewer.ui.widgets.scrolling_page import ScrollingPage
from ipm_viewer.ui.widgets.source_dialog import SourceDialog
from ipm_viewer.ui.widgets.wrapping_button import WrappingButton

ARRAY_WIDTH = {100: 150, 1000: 200}
CARD_MIN_WIDTH = 440  # a figure, its words and a picture side by side


def source_line(source: Source | None) -> str:
    """ "Publisher, year", in full: the link wraps on a narrow card rather than cut a name."""
    if source is None:
        return ""
    return f"{source.publisher}, {source.year}"


class SourceButton(WrappingButton):
    """'Source: StatPearls, 2024' as a link; one tap shows the full citation."""

    def __init__(self, source: Source) -> None:
        super().__init__(self.tr("Source: {source}").format(source=source_line(source)))
        self.source = source
        self.setProperty("role", "link")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Source"))
        self.setAccessibleDescription(
            self.tr("Show where this number comes from: {title}").format(title=source.title)
        )
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self) -> None:
        dialog = SourceDialog(self.source, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


class FigureBlock(QWidget):
    """The number with its words, and the icon array beside them (or below them on a card too
    narrow for both side by side)."""

    TEXT_MIN_WIDTH = 260

    def __init__(self, text_column: QVBoxLayout, array_column: QVBoxLayout | None) -> None:
        super().__init__()
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(16)
        self._box.addLayout(text_column, 1)
        self._array_width = 0
        if array_column is not None:
            self._box.addLayout(array_column)
            self._array_width = array_column.sizeHint().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side_by_side = event.size().width() >= self._array_width + 16 + self.TEXT_MIN_WIDTH
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self._box.direction() != direction:
            self._box.setDirection(direction)


def _figure_block(
    frequency: Frequency, figure_role: str, frames: str, band_role: str | None
) -> tuple[FigureBlock, QLabel, IconArray | None]:
    """The number, its two frames and band; the icon array beside or below them."""
    column = QVBoxLayout()
    column.setSpacing(6)
    figure = text_label(risk_language.frequency_phrase(frequency), figure_role)
    column.addWidget(figure)
    if frame_text := frames:
        column.addWidget(text_label(frame_text, "muted"))
    if counted := risk_language.counts_note(frequency):
        column.addWidget(text_label(counted, "muted"))
    # band_phrase is empty when there is no band: no number, or a count of none.
    if band_role is not None and (band_text := risk_language.band_phrase(frequency)):
        band = chip_label(band_text, band_role)
        band_row = QHBoxLayout()
        band_row.addWidget(band)
        band_row.addStretch(1)
        column.addLayout(band_row)
    column.addStretch(1)
    array: IconArray | None = None
    array_column: QVBoxLayout | None = None
    if (counts := array_counts(frequency)) is not None:
        array = IconArray(frequency)
        array.setFixedWidth(ARRAY_WIDTH[counts.total])
        array_column = QVBoxLayout()
        array_column.setSpacing(4)
        array_column.addWidget(array)
        if counts.too_rare:
            note = text_label(risk_language.too_rare_note(frequency, counts.total), "small")
            note.setFixedWidth(ARRAY_WIDTH[counts.total])
            array_column.addWidget(note)
        array_column.addStretch(1)
    return FigureBlock(column, array_column), figure, array


class RiskCard(QFrame):
    """One risk: its name, how often (number and picture), what it feels like, what to do."""

    def __init__(self, risk: Risk, source: Source | None) -> None:
        super().__init__()
        serious = risk.severity == "serious"
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        self.name_label = text_label(risk.name, "h3")
        layout.addWidget(self.name_label)
        if natural_frequency(risk.frequency) is None:
            # No number: say why, in plain words (only single cases, or nothing counted).
            frames = risk_language.no_number_reason(risk.frequency)
        else:
            frames = risk_language.risk_frames(risk.frequency, risk.period)
        row, self.figure_label, self.icon_array = _figure_block(
            risk.frequency,
            "figure-serious" if serious else "figure",
            frames,
            "chip-serious" if serious else "chip",
        )
        layout.addWidget(row)
        for title, text in (
            (self.tr("What you may notice"), risk.feels_like),
            (self.tr("How long it lasts"), risk.lasts),
            (self.tr("What to do"), risk.what_to_do),
        ):
            if text:
                layout.addWidget(text_label(f"**{title}:** {text}", markdown=True))
        self.source_button: SourceButton | None = None
        if source is not None:
            self.source_button = SourceButton(source)
            layout.addWidget(self.source_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(risk.name)
        self.setAccessibleDescription(risk_language.frequency_phrase(risk.frequency))


class BenefitCard(QFrame):
    """One benefit, shown the same way as the risks so they can be compared.

    It reads as a sentence: "About 60 in 100 people / have at least half their pain gone".
    """

    def __init__(self, benefit: Benefit, source: Source | None) -> None:
        super().__init__()
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        outcome = f"{benefit.outcome} {benefit.period}" if benefit.period else benefit.outcome
        if natural_frequency(benefit.frequency) is None:
            # No number to lead with: the card leads with the plain answer in the patient's
            # words. The outcome is only the question the studies asked, never a headline of
            # its own (it could read as a promise).
            self.figure_label = text_label(risk_language.headline(benefit), "h3")
            self.icon_array = None
            layout.addWidget(self.figure_label)
            layout.addWidget(text_label(risk_language.benefit_question(outcome), "muted"))
            if benefit.frequency.reason:
                layout.addWidget(text_label(benefit.frequency.reason, "muted"))
        else:
            frames = f"{outcome}. {risk_language.benefit_frames(benefit.frequency)}"
            row, self.figure_label, self.icon_array = _figure_block(
                benefit.frequency, "figure", frames, None
            )
            layout.addWidget(row)
        if benefit.note:
            layout.addWidget(text_label(benefit.note))
        self.source_button: SourceButton | None = None
        if source is not None:
            self.source_button = SourceButton(source)
            layout.addWidget(self.source_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(benefit.outcome)
        self.setAccessibleDescription(self.figure_label.text())


class BenefitsAndRisksPage(ScrollingPage):
    """What you may gain, then risks grouped as common-and-mild and rare-but-serious."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = self.body_layout
        self.risk_cards: list[RiskCard] = []
        self.benefit_cards: list[BenefitCard] = []

    def set_procedure(self, procedure: Procedure, content: LanguageContent) -> None:
        clear_layout(self._layout)
        self.risk_cards = []
        self.benefit_cards = []
        self._layout.addWidget(text_label(self.tr("What you may gain"), "h2"))
        if procedure.relief is not None:
            relief, relief_layout = framed("panel", margins=16, spacing=4)
            relief_layout.addWidget(
                text_label(
                    self.tr("**When relief starts:** {starts}").format(
                        starts=procedure.relief.starts
                    ),
                    markdown=True,
                )
            )
            relief_layout.addWidget(
                text_label(
                    self.tr("**How long it lasts:** {lasts}").format(lasts=procedure.relief.lasts),
                    markdown=True,
                )
            )
            if procedure.relief.note:
                relief_layout.addWidget(text_label(procedure.relief.note))
            self._layout.addWidget(relief)
        if procedure.benefits:
            self.benefit_cards = [
                BenefitCard(b, content.sources.get(b.source)) for b in procedure.benefits
            ]
            self._layout.addWidget(ResponsiveGrid(self.benefit_cards, 2, CARD_MIN_WIDTH))

        self._layout.addWidget(text_label(self.tr("Possible risks"), "h2"))
        columns: list[QWidget] = []
        groups = (
            (
                self.tr("Common and usually mild"),
                [r for r in procedure.risks if r.severity != "serious"],
            ),
            (self.tr("Rare but serious"), [r for r in procedure.risks if r.severity == "serious"]),
        )
        for title, risks in groups:
            column_widget = QWidget()
            column = QVBoxLayout(column_widget)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(12)
            column.addWidget(text_label(title, "h3"))
            for risk in risks:
                risk_card = RiskCard(risk, content.sources.get(risk.source))
                self.risk_cards.append(risk_card)
                column.addWidget(risk_card)
            if not risks:
                column.addWidget(text_label(self.tr("None listed."), "muted"))
            column.addStretch(1)
            columns.append(column_widget)
        # Side by side when there is room; stacked on a narrow screen or with large text.
        self._layout.addWidget(ResponsiveGrid(columns, 2, CARD_MIN_WIDTH))
        if procedure.alternatives:
            self._layout.addWidget(
                text_label(self.tr("If you do nothing, or choose another option"), "h2")
            )
            options: list[QWidget] = []
            for alternative in procedure.alternatives:
                option, option_layout = framed("card")
                option_layout.addWidget(text_label(alternative.name, "h3"))
                option_layout.addWidget(text_label(alternative.text))
                option_layout.addStretch(1)
                options.append(option)
            self._layout.addWidget(ResponsiveGrid(options, 3, 280))
        self._layout.addStretch(1)
        self.verticalScrollBar().setValue(0)
