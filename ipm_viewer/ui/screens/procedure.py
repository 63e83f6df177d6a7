"""The procedure screen: title, at a glance, and four sections a patient moves through."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.model import ClinicSettings, Procedure
from ipm_viewer.diagrams.svg_state import DiagramDocuments
from ipm_viewer.ui.read_aloud import ReadAloudButton, Speaker
from ipm_viewer.ui.widgets.at_a_glance import AtAGlancePanel
from ipm_viewer.ui.widgets.common import framed, text_label, visit_button
from ipm_viewer.ui.widgets.flow_layout import FlowLayout
from ipm_viewer.ui.widgets.info_pages import DecidePage, WhenToCallPage
from ipm_viewer.ui.widgets.quiz import QuizPage
from ipm_viewer.ui.widgets.risk_cards import BenefitsAndRisksPage
from ipm_viewer.ui.widgets.walkthrough import Walkthrough

WALKTHROUGH, BENEFITS_RISKS, RIGHT_FOR_ME, WHEN_TO_CALL, CHECK_UNDERSTANDING = range(5)
_MARKUP = re.compile(r"[*_`]")
SIDE_PANEL_WIDTH = 300


class _FitLayout(QVBoxLayout):
    """Fits the screen to the window at normal text sizes; lets it grow and scroll at large ones.

    Fitting keeps the walkthrough's Previous/Next buttons on a 1280x800 tablet (QScrollArea would
    otherwise give a height-for-width page its full preferred height). At large text sizes the
    page takes the height its text needs and scrolls, so nothing is squeezed (WCAG 1.4.10).
    """

    fit = True

    def hasHeightForWidth(self) -> bool:
        return not self.fit


class ProcedureScreen(QWidget):
    """Built once and given a procedure to show; the UI only reads the content."""

    section_changed = Signal(int)
    condition_chosen = Signal(str)
    visit_toggled = Signal()
    term_chosen = Signal(str)

    def __init__(
        self, documents: DiagramDocuments, clinic: ClinicSettings, speaker: Speaker | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("screen")
        self._procedure: Procedure | None = None
        # The screen fits a 1280x800 tablet at normal text sizes; at large sizes it scrolls as a
        # whole instead of squeezing its parts (WCAG 1.4.10 reflow).
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame.addWidget(self.scroll_area)
        content = QWidget()
        self.scroll_area.setWidget(content)
        self._page_layout = outer = _FitLayout(content)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(14)

        # Title block
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
        self.treats_label.linkActivated.connect(self._on_link_activated)
        title_block = QVBoxLayout()
        title_block.setSpacing(4)
        for widget in (
            self.category_label,
            self.title_label,
            self.summary_label,
            self.treats_label,
        ):
            title_block.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(title_block, 1)
        disclaimer, disclaimer_layout = framed("disclaimer", margins=12)
        disclaimer.setMaximumWidth(360)
        self.disclaimer_label = text_label(
            self.tr(
                "This app helps you learn. It does not replace your doctor's advice. "
                "Ask your care team about your own situation."
            ),
            "small",
        )
        disclaimer_layout.addWidget(self.disclaimer_label)
        side_top = QVBoxLayout()
        side_top.setSpacing(8)
        side_top.addWidget(disclaimer)
        self.visit_button = visit_button(self)
        self.visit_button.clicked.connect(self.visit_toggled)
        side_top.addWidget(self.visit_button, 0, Qt.AlignmentFlag.AlignRight)
        self._side_top = side_top  # the handout buttons go here (add_handout_buttons)
        top.addLayout(side_top)
        outer.addLayout(top)

        # Section tabs
        tabs_row = QWidget()
        tabs = FlowLayout(tabs_row, spacing=4)  # at large text sizes the tabs wrap, not clip
        self.tab_group = QButtonGroup(self)
        self.tab_group.setExclusive(True)
        self.tab_buttons: list[QPushButton] = []
        titles = (
            self.tr("What to expect"),
            self.tr("Benefits and risks"),
            self.tr("Is it right for me?"),
            self.tr("When to call"),
            self.tr("Check your understanding"),
        )
        for index, title in enumerate(titles):
            button = QPushButton(title)
            button.setProperty("role", "tab")
            button.setCheckable(True)
            button.setAccessibleName(title)
            button.setAccessibleDescription(
                self.tr("Show the '{section}' section").format(section=title)
            )
            self.tab_group.addButton(button, index)
            self.tab_buttons.append(button)
            tabs.addWidget(button)
        tabs_and_tools = QHBoxLayout()
        tabs_and_tools.addWidget(tabs_row, 1)
        self.read_aloud: ReadAloudButton | None = None
        if speaker is not None:  # no speech engine: no button, rather than a broken one
            self.read_aloud = ReadAloudButton(speaker, self.current_text)
            tabs_and_tools.addWidget(self.read_aloud, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(tabs_and_tools)

        # Side panel and pages
        body = QHBoxLayout()
        body.setSpacing(24)
        side = QVBoxLayout()
        side.setSpacing(12)
        self.at_a_glance = AtAGlancePanel()
        side.addWidget(self.at_a_glance, 1)
        self.explanation_frame, explanation_layout = framed("card", margins=16, spacing=6)
        explanation_layout.addWidget(text_label(self.tr("About this procedure"), "h3"))
        self.explanation_label = text_label("", markdown=True)
        explanation_layout.addWidget(self.explanation_label)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_scroll = QScrollArea()  # at large text sizes the panel scrolls rather than clips
        side_scroll.setWidgetResizable(True)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side_widget)
        side_scroll.setFixedWidth(SIDE_PANEL_WIDTH)
        body.addWidget(side_scroll)

        self.pages = QStackedWidget()
        self.walkthrough = Walkthrough(documents)
        walkthrough_page = QWidget()
        walkthrough_layout = QVBoxLayout(walkthrough_page)
        walkthrough_layout.setContentsMargins(0, 0, 0, 0)
        walkthrough_layout.setSpacing(14)
        walkthrough_layout.addWidget(self.walkthrough, 1)
        self.benefits_risks = BenefitsAndRisksPage()
        self.decide = DecidePage()
        self.when_to_call = WhenToCallPage(clinic)
        about_and_decide = QWidget()
        about_layout = QVBoxLayout(about_and_decide)
        about_layout.setContentsMargins(0, 0, 0, 0)
        about_layout.setSpacing(14)
        about_layout.addWidget(self.explanation_frame)
        about_layout.addWidget(self.decide, 1)
        self.quiz = QuizPage()
        pages = (
            walkthrough_page,
            self.benefits_risks,
            about_and_decide,
            self.when_to_call,
            self.quiz,
        )
        for page in pages:
            self.pages.addWidget(page)
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)

        self._shortcuts = [
            QShortcut(QKeySequence(Qt.Key.Key_Right), self, self._on_next_key),
            QShortcut(QKeySequence(Qt.Key.Key_Left), self, self._on_previous_key),
            QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self._on_next_key),
            QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self._on_previous_key),
        ]
        for shortcut in self._shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect()

    def _connect(self) -> None:
        self.tab_group.idClicked.connect(self.show_section)
        self.walkthrough.finished.connect(self._on_walkthrough_finished)
        self.walkthrough.step_card.term_chosen.connect(self.term_chosen)
        if self.read_aloud is not None:
            self.walkthrough.step_changed.connect(self._stop_reading)
            self.section_changed.connect(self._stop_reading)

    # -- public API ----------------------------------------------------------------------------

    @property
    def procedure(self) -> Procedure | None:
        return self._procedure

    def set_procedure(self, procedure: Procedure, content: LanguageContent) -> None:
        self._procedure = procedure
        category = next((c.title for c in content.categories if c.id == procedure.category), "")
        self.category_label.setText(category)
        self.category_label.setVisible(bool(category))
        self.title_label.setText(procedure.title)
        self.summary_label.setText(procedure.summary)
        conditions = content.conditions_for(procedure)
        links = ", ".join(
            f'<a href="condition:{c.id}">{html.escape(c.title)}</a>' for c in conditions
        )
        self.treats_label.setText(self.tr("Used for: {conditions}").format(conditions=links))
        self.treats_label.setVisible(bool(conditions))
        self.explanation_label.setText(procedure.explanation)
        self.at_a_glance.set_facts(procedure.at_a_glance)
        self.walkthrough.set_procedure(procedure, content)
        self.benefits_risks.set_procedure(procedure, content)
        self.decide.set_procedure(procedure)
        self.when_to_call.set_procedure(procedure)
        self.quiz.set_questions(procedure.quiz)
        self.tab_buttons[CHECK_UNDERSTANDING].setVisible(bool(procedure.quiz))
        self.show_section(WALKTHROUGH)

    def add_handout_buttons(self, buttons: QWidget) -> None:
        """Place the handout's "Print or save" under "Add to this visit"."""
        self._side_top.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)

    def set_large_text(self, large: bool) -> None:
        """At large text sizes the screen scrolls as one page instead of fitting the window."""
        self._page_layout.fit = not large
        self._page_layout.invalidate()
        content = self.scroll_area.widget()
        if content is not None:
            content.updateGeometry()
        self.scroll_area.setWidgetResizable(True)  # re-sizes the page with the new rule

    def current_text(self) -> str:
        """What "Read aloud" reads: the current step, or the words on the current section."""
        if self.section == WALKTHROUGH and self._procedure is not None:
            step = self._procedure.steps[self.walkthrough.index]
            parts = [step.title, step.text, step.you_feel]
        else:
            page = self.pages.currentWidget()
            labels = page.findChildren(QLabel) if page is not None else []
            parts = [label.text() for label in labels if label.isVisible()]
        return "\n".join(_MARKUP.sub("", p) for p in parts if p)

    def _on_link_activated(self, link: str) -> None:
        kind, _, item_id = link.partition(":")
        if kind == "condition":
            self.condition_chosen.emit(item_id)

    def _stop_reading(self) -> None:
        if self.read_aloud is not None:
            self.read_aloud.stop()

    def reset(self) -> None:
        """Forget what the last person did here: drawings, zoom, quiz answers, place."""
        self.walkthrough.diagram_view.clear_all_drawings()
        self.walkthrough.diagram_view.reset_zoom()
        self.quiz.restart()
        self._stop_reading()
        self.walkthrough.go_to(0)
        self.show_section(WALKTHROUGH)

    def show_section(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.tab_buttons[index].setChecked(True)
        self.section_changed.emit(index)

    @property
    def section(self) -> int:
        return self.pages.currentIndex()

    # -- slots ---------------------------------------------------------------------------------

    def _on_next_key(self) -> None:
        if self.section == WALKTHROUGH:
            self.walkthrough.go_next()

    def _on_previous_key(self) -> None:
        if self.section == WALKTHROUGH:
            self.walkthrough.go_previous()

    def _on_walkthrough_finished(self) -> None:
        self.show_section(BENEFITS_RISKS)
