"""Lists content problems for clinic staff, compiler style, so they can fix their files."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QVBoxLayout, QWidget

from ipm_viewer.content.problems import Problem
from ipm_viewer.ui.widgets.common import text_label


class ProblemsDialog(QDialog):
    """Every problem as `file:line:col: what is wrong`; good content is still shown meanwhile."""

    def __init__(self, problems: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content problems"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(text_label(self.tr("Content problems"), "h2"))
        layout.addWidget(
            text_label(
                self.tr(
                    "These files could not be used, fully or in part. Everything else is shown as "
                    "usual. Fix the files, then check them with: ipm-viewer validate FOLDER"
                ),
                "muted",
            )
        )
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problem_list.setAccessibleDescription(
            self.tr("One line per problem: file, line, column and what is wrong")
        )
        self.problem_list.setWordWrap(True)
        for problem in problems:
            self.problem_list.addItem(str(problem))
        layout.addWidget(self.problem_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
