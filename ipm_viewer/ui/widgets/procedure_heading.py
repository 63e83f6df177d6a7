"""The top of a procedure screen: its name, what it is for, and the reminder to ask the doctor."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.procedure_model import Procedure
from ipm_viewer.ui.size_class import SizeClass
from ipm_viewer.ui.untranslated import untranslated_mark
from ipm_viewer.ui.widgets.common import (
    detach_items,
    framed,
    hold_height_for_width,
    text_label,
    visit_button,
)


class ProcedureHeading(QWidget):
    """Title block with the disclaimer boxed beside it (wide) or as one line under it (compact).

    The "Used for" line is a separate widget the screen places: beside the title on a wide
    screen, in the At a glance sheet on small ones.
    """

    condition_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.category_label = text_label("", "eyebrow")
        self.title_label = text_label("", "h1")
        self.summary_label = text_label("", "muted")
        self.treats_label = text_label("", "small")
        # Each condition is a link to its own page (keyboard-reachable, like any link).
        self.treats_label.setTextFormat(Qt.TextFormat.RichText)
        self.treats_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.disclaimer_frame, disclaimer_layout = framed("disclaimer", margins=12)
        self.disclaimer_frame.setMaximumWidth(360)
        self.disclaimer_label = text_label(
            self.tr(
                "This app helps you learn. It does not replace your doctor's advice. "
                "Ask your care team about your own situation."
            ),
            "small",
        )
        disclaimer_layout.addWidget(self.disclaimer_label)
        # Longer words (another language, larger text) wrap onto more lines: keep them all.
        hold_height_for_width(self.disclaimer_frame)
        self.disclaimer_line = text_label(
            self.tr("This app helps you learn. It does not replace your doctor's advice."),
            "small",
        )
        self.visit_button = visit_button()
        # The procedure's actions: "Add to this visit", then printing, side by side.
        self.action_row = QWidget()
        self._actions_layout = QHBoxLayout(self.action_row)
        self._actions_layout.setContentsMargins(0, 0, 0, 0)
        self._actions_layout.setSpacing(10)
        self._actions_layout.addWidget(self.visit_button)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._compact: bool | None = None
        self._show_category = True
        self._actions_below = False
        self.set_compact(False)
        self.treats_label.linkActivated.connect(self._on_link_activated)

    def set_procedure(self, procedure: Procedure, content: LanguageContent) -> None:
        category = next((c.title for c in content.categories if c.id == procedure.category), "")
        mark = untranslated_mark(procedure.language, content.language)
        self.category_label.setText(f"{category} · {mark}" if mark else category)
        self._sync_category()
        self.title_label.setText(procedure.title)
        self.summary_label.setText(procedure.summary)
        conditions = content.conditions_for(procedure)
        links = ", ".join(
            f'<a href="condition:{c.id}">{html.escape(c.title)}</a>' for c in conditions
        )
        self.treats_label.setText(self.tr("Used for: {conditions}").format(conditions=links))
        self.treats_label.setVisible(bool(conditions))

    def set_size_class(self, size_class: SizeClass) -> None:
        """Compact everywhere but on wide screens; a landscape tablet, short of height, also
        leaves out the category line above the title. Narrow: the actions go under the title."""
        self._show_category = size_class is not SizeClass.MEDIUM
        self._sync_category()
        self._actions_below = size_class.is_narrow
        self.set_compact(not size_class.is_wide, force=True)

    def _sync_category(self) -> None:
        self.category_label.setVisible(self._show_category and bool(self.category_label.text()))

    def set_compact(self, compact: bool, *, force: bool = False) -> None:
        """Compact: the disclaimer is one line under the title and the visit button sits on
        the title's row, so the diagram keeps the height of a small screen."""
        if compact == self._compact and not force:
            return
        self._compact = compact
        detach_items(self._layout)
        title_block = QVBoxLayout()
        title_block.setSpacing(4)
        for widget in (self.category_label, self.title_label, self.summary_label):
            title_block.addWidget(widget)
        if compact:
            title_block.addWidget(self.disclaimer_line)
            self._layout.setSpacing(16)
            self._layout.addLayout(title_block, 1)
            if self._actions_below:  # a narrow screen: a row of their own, under the title
                title_block.addWidget(self.action_row, 0, Qt.AlignmentFlag.AlignLeft)
            else:  # at the foot of the title block: the kiosk's staff corner is the top right
                self._layout.addWidget(self.action_row, 0, Qt.AlignmentFlag.AlignBottom)
        else:
            title_block.addWidget(self.treats_label)
            side = QVBoxLayout()
            side.setSpacing(8)
            side.addWidget(self.disclaimer_frame)
            side.addWidget(self.action_row, 0, Qt.AlignmentFlag.AlignRight)
            self._layout.setSpacing(24)
            self._layout.addLayout(title_block, 1)
            self._layout.addLayout(side)
        self.disclaimer_frame.setVisible(not compact)
        self.disclaimer_line.setVisible(compact)

    def add_action(self, widget: QWidget) -> None:
        """Another action beside "Add to this visit" (printing)."""
        self._actions_layout.addWidget(widget)

    def _on_link_activated(self, link: str) -> None:
        kind, _, item_id = link.partition(":")
        if kind == "condition":
            self.condition_chosen.emit(item_id)
