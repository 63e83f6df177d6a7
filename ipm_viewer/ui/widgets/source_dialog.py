"""The full citation behind a figure, one tap from the number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ipm_viewer.content.model import Source
from ipm_viewer.ui.widgets.common import text_label


def evidence_meaning(grade: str) -> str:
    meanings = {
        "A": QCoreApplication.translate(
            "SourceDialog", "A guideline, a review of many studies, or a randomized trial."
        ),
        "B": QCoreApplication.translate(
            "SourceDialog", "A study that followed patients, or a major medical center's guide."
        ),
        "C": QCoreApplication.translate("SourceDialog", "Another source, such as a clinic's page."),
    }
    return meanings.get(grade, "")


class SourceDialog(QDialog):
    """Title, publisher, year, what kind of evidence it is, the source's own words, and where
    to read it.

    The quote and its locator let anyone check the figure against the source in seconds. The
    address is shown as text to copy, never opened: the app makes no network connections.
    """

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(text_label(self.tr("Where this number comes from"), "eyebrow"))
        self.title_label = text_label(source.title, "h3", selectable=True)
        layout.addWidget(self.title_label)
        layout.addWidget(text_label(f"{source.publisher}, {source.year}", "muted"))
        layout.addWidget(text_label(evidence_meaning(source.evidence)))
        self.quote_label: QLabel | None = None
        if source.quote:
            self.quote_label = text_label(
                self.tr("“{quote}” ({locator})").format(quote=source.quote, locator=source.locator),
                selectable=True,
            )
            layout.addWidget(self.quote_label)
        self.url_label = text_label(source.url, "small", selectable=True)
        self.url_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.url_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
