"""The procedure screen: title, at a glance, and four sections a patient moves through."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.model import ClinicSettings
from ipm_viewer.content.procedure_model import Procedure
from ipm_viewer.diagrams.svg_state import DiagramDocuments
from ipm_viewer.ui.read_aloud import ReadAloudButton, Speaker
from ipm_viewer.ui.size_class import SizeClass
from ipm_viewer.ui.widgets.at_a_glance import AtAGlancePanel
from ipm_viewer.ui.widgets.common import detach_items, framed, text_label
from ipm_viewer.ui.widgets.info_pages import DecidePage, WhenToCallPage
from ipm_viewer.ui.widgets.procedure_heading import ProcedureHeading
from ipm_viewer.ui.widgets.quiz import QuizPage
from ipm_viewer.ui.widgets.risk_cards import BenefitsAndRisksPage
from ipm_viewer.ui.widgets.scrolling_page import ScrollArea
from ipm_viewer.ui.widgets.section_stack import SectionStack
from ipm_viewer.ui.widgets.section_tabs import SectionTabs
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
        self.scroll_area = ScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame.addWidget(self.scroll_area)
        content = QWidget()
        self.scroll_area.setWidget(content)
        self._page_layout = outer = _FitLayout(content)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(14)

        self.heading = ProcedureHeading()
        self.visit_button = self.heading.visit_button
        self.visit_button.clicked.connect(self.visit_toggled)
        outer.addWidget(self.heading)

        # Section tabs, and on small screens the button that opens At a glance
        titles = [
            self.tr("What to expect"),
            self.tr("Benefits and risks"),
            self.tr("Is it right for me?"),
            self.tr("When to call"),
            self.tr("Check your understanding"),
        ]
        self.tabs = SectionTabs(titles)
        self.glance_button = QPushButton(self.tr("At a glance"))
        self.glance_button.setCheckable(True)
        self.glance_button.setAccessibleName(self.tr("At a glance"))
        self.glance_button.setAccessibleDescription(
            self.tr("Show or hide how long it takes, numbing, imaging, where, and driving")
        )
        tabs_and_tools = QHBoxLayout()
        tabs_and_tools.setSpacing(12)
        tabs_and_tools.addWidget(self.tabs, 1)
        tabs_and_tools.addWidget(self.glance_button, 0, Qt.AlignmentFlag.AlignTop)
        self.read_aloud: ReadAloudButton | None = None
        if speaker is not None:  # no speech engine: no button, rather than a broken one
            self.read_aloud = ReadAloudButton(speaker, self.current_text)
            tabs_and_tools.addWidget(self.read_aloud, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(tabs_and_tools)
        # Small screens: At a glance (and what the procedure is used for) fold out under the tabs.
        self.glance_sheet = QWidget()
        self._sheet_layout = QVBoxLayout(self.glance_sheet)
        self._sheet_layout.setContentsMargins(0, 0, 0, 0)
        self._sheet_layout.setSpacing(8)
        self.glance_sheet.hide()
        outer.addWidget(self.glance_sheet)

        # Side panel and pages
        body = QHBoxLayout()
        body.setSpacing(24)
        self._side = QVBoxLayout()
        self._side.setSpacing(12)
        self.at_a_glance = AtAGlancePanel()
        self.explanation_frame, explanation_layout = framed("card", margins=16, spacing=6)
        explanation_layout.addWidget(text_label(self.tr("About this procedure"), "h3"))
        self.explanation_label = text_label("", markdown=True)
        explanation_layout.addWidget(self.explanation_label)
        side_widget = QWidget()
        side_widget.setLayout(self._side)
        self.side_scroll = ScrollArea()  # at large text sizes the panel scrolls, not clips
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(side_widget)
        self.side_scroll.setFixedWidth(SIDE_PANEL_WIDTH)
        body.addWidget(self.side_scroll)

        self.pages = SectionStack()
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
        self._size_class: SizeClass | None = None
        self.set_size_class(SizeClass.WIDE)
        self._connect()

    def _connect(self) -> None:
        self.tabs.section_clicked.connect(self.show_section)
        self.heading.condition_chosen.connect(self.condition_chosen)
        self.glance_button.toggled.connect(self.glance_sheet.setVisible)
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
        self.heading.set_procedure(procedure, content)
        self.explanation_label.setText(procedure.explanation)
        self.at_a_glance.set_facts(procedure.at_a_glance)
        self.walkthrough.set_procedure(procedure, content)
        self.benefits_risks.set_procedure(procedure, content)
        self.decide.set_procedure(procedure)
        self.when_to_call.set_procedure(procedure)
        self.quiz.set_questions(procedure.quiz)
        self.tabs.buttons[CHECK_UNDERSTANDING].setVisible(bool(procedure.quiz))
        self.show_section(WALKTHROUGH)

    def add_handout_buttons(self, buttons: QWidget) -> None:
        """Place the handout's "Print or save" beside "Add to this visit"."""
        self.heading.add_action(buttons)

    def set_large_text(self, large: bool) -> None:
        """At large text sizes the screen scrolls as one page instead of fitting the window."""
        self._page_layout.fit = not large
        self.pages.set_large(large)
        self._page_layout.invalidate()
        content = self.scroll_area.widget()
        if content is not None:
            content.updateGeometry()
        self.scroll_area.setWidgetResizable(True)  # re-sizes the page with the new rule

    @property
    def tab_buttons(self) -> list[QPushButton]:
        return self.tabs.buttons

    @property
    def title_label(self) -> QLabel:
        return self.heading.title_label

    @property
    def treats_label(self) -> QLabel:
        return self.heading.treats_label

    @property
    def disclaimer_label(self) -> QLabel:
        """The disclaimer as shown now: boxed beside the title, or one line under it."""
        compact = self._size_class is not None and not self._size_class.is_wide
        return self.heading.disclaimer_line if compact else self.heading.disclaimer_label

    def set_size_class(self, size_class: SizeClass, window_height: int = 0) -> None:
        """Lay the screen out for the room it has; every widget and its state is kept."""
        self.walkthrough.set_size_class(size_class, window_height)
        if size_class == self._size_class:
            return
        self._size_class = size_class
        wide = size_class.is_wide
        # Take the moving widgets out of their layouts first: Qt warns of a widget in two.
        detach_items(self._side)
        detach_items(self._sheet_layout)
        self.heading.set_size_class(size_class)
        self.tabs.set_scrolling(not wide)
        if wide:
            self._side.addWidget(self.at_a_glance, 1)
            self.at_a_glance.set_columns(1)
        else:
            self._sheet_layout.addWidget(self.at_a_glance)
            self._sheet_layout.addWidget(self.heading.treats_label)
            self.at_a_glance.set_columns(2 if size_class.is_narrow else 3)
        margins = {SizeClass.WIDE: (32, 20), SizeClass.MEDIUM: (20, 12), SizeClass.NARROW: (16, 12)}
        horizontal, vertical = margins[size_class]
        self._page_layout.setContentsMargins(horizontal, vertical, horizontal, vertical)
        self._page_layout.setSpacing(14 if wide else 10)
        self.side_scroll.setVisible(wide)
        self.glance_button.setVisible(not wide)
        self.glance_sheet.setVisible(not wide and self.glance_button.isChecked())

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

    def _stop_reading(self) -> None:
        if self.read_aloud is not None:
            self.read_aloud.stop()

    def reset(self) -> None:
        """Forget what the last person did here: drawings, zoom, quiz answers, place."""
        self.walkthrough.diagram_view.clear_all_drawings()
        self.walkthrough.diagram_view.reset_zoom()
        self.quiz.restart()
        self.glance_button.setChecked(False)
        self._stop_reading()
        self.walkthrough.go_to(0)
        self.show_section(WALKTHROUGH)

    def show_section(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.tabs.set_current(index)
        if not self._page_layout.fit:  # large text scrolls the page: bring the tabs into view
            self.scroll_area.ensureWidgetVisible(self.tabs, 0, 12)
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
