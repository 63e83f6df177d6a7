"""Tappable cards for the home screen: a procedure or a guide, with its one-line summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ipm_viewer.content.library import ProcedureListing
from ipm_viewer.content.model import Guide
from ipm_viewer.ui.untranslated import untranslated_mark
from ipm_viewer.ui.widgets.common import chip_label, text_label


class CardButton(QPushButton):
    """A real button (keyboard, focus, accessibility for free) laid out as a card."""

    def __init__(
        self, item_id: str, title: str, summary: str, detail: str = "", mark: str = ""
    ) -> None:
        super().__init__()
        self.item_id = item_id
        self.matches_filter = True  # set by the home screen's search filter
        self.setProperty("role", "procedure-card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 16, 20, 16)
        self._layout.setSpacing(6)
        self.title_label = text_label(title, "h3")
        self.summary_label = text_label(summary, "muted")
        if mark:  # e.g. "(in English)": a clinic's own page the chosen language lacks
            self._layout.addWidget(chip_label(mark), 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.summary_label)
        if detail:
            self._layout.addWidget(text_label(detail, "small"))
        self._layout.addStretch(1)
        for label in self.findChildren(QLabel):
            # Clicks on the text must reach the button.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        hint = self._layout.sizeHint()
        return QSize(max(hint.width(), 300), max(hint.height(), 120))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self._layout.minimumSize().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._layout.heightForWidth(width), 120)


class ProcedureCard(CardButton):
    """A procedure: its title, one-line summary and other names."""

    def __init__(self, procedure: ProcedureListing, shown_language: str = "") -> None:
        also = (
            QCoreApplication.translate("ProcedureCard", "Also called: {names}").format(
                names=", ".join(procedure.other_names[:4])
            )
            if procedure.other_names
            else ""
        )
        mark = untranslated_mark(procedure.language, shown_language)
        super().__init__(procedure.id, procedure.title, procedure.summary, also, mark)

    @property
    def procedure_id(self) -> str:
        return self.item_id


class GuideCard(CardButton):
    """A guide page or the FAQ."""

    def __init__(self, guide: Guide, shown_language: str = "") -> None:
        mark = untranslated_mark(guide.language, shown_language)
        super().__init__(guide.id, guide.title, guide.summary, mark=mark)


class GlossaryCard(CardButton):
    """The way into the A-to-Z list of words."""

    def __init__(self, title: str, summary: str) -> None:
        super().__init__("glossary", title, summary)
