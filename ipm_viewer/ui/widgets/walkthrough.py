"""The step-by-step walkthrough: one step at a time, its diagram beside its text."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.procedure_model import Procedure, Step
from ipm_viewer.diagrams.svg_state import DiagramDocument, DiagramDocuments, DiagramState
from ipm_viewer.ui.rich_text import TermMatcher, to_html
from ipm_viewer.ui.size_class import SizeClass
from ipm_viewer.ui.widgets.common import (
    detach_items,
    framed,
    linked_label,
    text_label,
)
from ipm_viewer.ui.widgets.diagram_tools import DiagramTools
from ipm_viewer.ui.widgets.diagram_view import Callout, DiagramView
from ipm_viewer.ui.widgets.phase_strip import PhaseStrip, phase_title
from ipm_viewer.ui.widgets.scrolling_page import ScrollArea

SWIPE_DISTANCE = 80  # px; shorter drags are taps or scrolls
MIN_TEXT_WIDTH = 320  # px; a narrower column reads as a list of single words
NAV_BUTTON_WIDTH = 170
TERM_SPACING = 6  # px between the words to know


@dataclass(frozen=True, slots=True)
class _StepPicture:
    document: DiagramDocument
    state: DiagramState
    callouts: list[Callout]
    title: str
    description: str


def _event_point(event: QEvent) -> QPointF | None:
    if isinstance(event, QMouseEvent):
        return event.position()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].position()
    return None


class StepCard(QWidget):
    """The text of one step: phase, title, what happens, what you may feel, words to know."""

    term_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        self.phase_label = text_label("", "eyebrow")
        self.title_label = text_label("", "h2")
        self.text_label = linked_label()  # medical words are links to their explanation
        self.text_label.linkActivated.connect(self._on_link_activated)
        self.feel_frame, feel_layout = framed("note", margins=14, spacing=4)
        feel_layout.addWidget(text_label(self.tr("What you may feel"), "h3"))
        self.feel_label = linked_label()
        self.feel_label.linkActivated.connect(self._on_link_activated)
        feel_layout.addWidget(self.feel_label)
        self.terms_frame, terms_layout = framed("panel", margins=14, spacing=6)
        terms_layout.addWidget(text_label(self.tr("Words to know"), "h3"))
        # One label for all of a step's words: a step change sets its text instead of making
        # (and styling) a label per word.
        self.terms_label = text_label()
        self.terms_label.setTextFormat(Qt.TextFormat.RichText)
        terms_layout.addWidget(self.terms_label)
        for widget in (
            self.phase_label,
            self.title_label,
            self.text_label,
            self.feel_frame,
            self.terms_frame,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _on_link_activated(self, link: str) -> None:
        kind, _, term_id = link.partition(":")
        if kind == "term":
            self.term_chosen.emit(term_id)

    def show_step(self, step: Step, content: LanguageContent, matcher: TermMatcher) -> None:
        self.phase_label.setText(phase_title(step.phase))
        self.title_label.setText(step.title)
        linked: set[str] = set()
        self.text_label.setText(to_html(step.text, matcher, linked))
        self.feel_label.setText(to_html(step.you_feel, matcher, linked) if step.you_feel else "")
        self.feel_frame.setVisible(bool(step.you_feel))
        terms = [content.glossary[t] for t in step.terms if t in content.glossary]
        self.terms_label.setText(
            "".join(
                f'<p style="margin-top:{TERM_SPACING if n else 0}px; margin-bottom:0px">'
                f"<b>{escape(term.term)}</b>: {escape(term.definition)}</p>"
                for n, term in enumerate(terms)
            )
        )
        self.terms_frame.setVisible(bool(terms))


class Walkthrough(QWidget):
    """Steps with previous/next, a progress strip and the diagram for each step."""

    step_changed = Signal(int)
    finished = Signal()

    def __init__(self, documents: DiagramDocuments) -> None:
        super().__init__()
        self._documents = documents
        self._procedure: Procedure | None = None
        self._content: LanguageContent | None = None
        self._index = 0
        self._swipe_from: QPointF | None = None
        self._matcher = TermMatcher(None, {})
        self._matcher_for: LanguageContent | None = None
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(0)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(14)
        self.phase_strip = PhaseStrip()
        self.step_card = StepCard()
        self.text_scroll = ScrollArea()
        self.text_scroll.setWidgetResizable(True)
        self.text_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_scroll.setWidget(self.step_card)
        self.text_scroll.setMinimumWidth(MIN_TEXT_WIDTH)
        QScroller.grabGesture(
            self.text_scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        # A white lightbox in every theme: the illustrations are drawn for a light ground.
        self.diagram_frame, self._diagram_layout = framed("diagram", margins=8)
        diagram_layout = self._diagram_layout
        self.diagram_view = DiagramView()
        self.diagram_caption = text_label("", "small")  # the diagram's title, above it
        self.diagram_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.diagram_tools = DiagramTools(self.diagram_view)
        diagram_layout.addWidget(self.diagram_caption)
        diagram_layout.addWidget(self.diagram_view, 1)
        diagram_layout.addWidget(self.diagram_tools)

        self.previous_button = QPushButton(self.tr("‹  Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous step"))
        self.previous_button.setAccessibleDescription(self.tr("Go back one step (Left arrow)"))
        self.counter_label = QLabel()
        self.counter_label.setProperty("role", "muted")
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next  ›"))
        self.next_button.setProperty("role", "primary")
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setAccessibleDescription(self.tr("Go on to the next step (Right arrow)"))
        for button in (self.previous_button, self.next_button):
            button.setMinimumWidth(NAV_BUTTON_WIDTH)
        self._size_class: SizeClass | None = None
        self.set_size_class(SizeClass.WIDE)
        self._connect()

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.phase_strip.step_clicked.connect(self.go_to)
        self._prefetch_timer.timeout.connect(self._prefetch_next)
        self.text_scroll.viewport().installEventFilter(self)  # swipe left/right between steps

    # -- layout --------------------------------------------------------------------------------

    def set_size_class(self, size_class: SizeClass, window_height: int = 0) -> None:
        """Wide: text beside the picture, progress above, buttons below. Medium: the picture
        takes most of the width and progress sits between the buttons. Narrow: one column with
        the picture first, at least 40% of the window's height."""
        narrow = size_class.is_narrow
        self.diagram_frame.setMinimumHeight(round(window_height * 0.42) if narrow else 0)
        if size_class == self._size_class:
            return
        self._size_class = size_class
        detach_items(self._layout)
        self._place_caption(in_tools=size_class is SizeClass.MEDIUM)
        self.phase_strip.set_compact(not size_class.is_wide)
        nav = QHBoxLayout()
        nav.setSpacing(12)
        nav.addWidget(self.previous_button)
        if size_class is SizeClass.MEDIUM:
            nav.addWidget(self.phase_strip, 1)
            nav.addWidget(self.counter_label)
        else:
            nav.addStretch(1)
            if size_class.is_wide:
                nav.addWidget(self.counter_label)
                nav.addStretch(1)
        nav.addWidget(self.next_button)
        if narrow:
            progress = QHBoxLayout()
            progress.setSpacing(12)
            progress.addWidget(self.phase_strip, 1)
            progress.addWidget(self.counter_label)
            self._layout.addLayout(progress)
            # The picture keeps its share of the height; the text takes the rest and scrolls.
            self._layout.addWidget(self.diagram_frame, 0)
            self._layout.addWidget(self.text_scroll, 1)
            self._layout.addLayout(nav)
            return
        if size_class.is_wide:
            self._layout.addWidget(self.phase_strip)
        body = QHBoxLayout()
        body.setSpacing(24 if size_class.is_wide else 20)
        # Wide: the text keeps a comfortable reading width; medium: the picture gets 60%.
        text_share, picture_share = (4, 5) if size_class.is_wide else (2, 3)
        body.addWidget(self.text_scroll, text_share)
        body.addWidget(self.diagram_frame, picture_share)
        if size_class.is_wide:
            self._layout.addLayout(body, 1)
            self._layout.addLayout(nav)
        else:
            self._layout.addLayout(nav)
            self._layout.addLayout(body, 1)

    def _place_caption(self, in_tools: bool) -> None:
        """Above the picture, or (short landscape screens) in the tool row below it."""
        if in_tools == (self._diagram_layout.indexOf(self.diagram_caption) < 0):
            return
        if in_tools:
            self._diagram_layout.removeWidget(self.diagram_caption)
            self.diagram_tools.embed_caption(self.diagram_caption)
        else:
            self.diagram_tools.embed_caption(None)
            self._diagram_layout.insertWidget(0, self.diagram_caption)

    # -- public API ----------------------------------------------------------------------------

    def set_procedure(self, procedure: Procedure, content: LanguageContent) -> None:
        self._procedure = procedure
        self._content = content
        self.diagram_view.clear_all_drawings()  # a drawing belongs to the visit, not the app
        self.diagram_view.reset_zoom()
        self.go_to(0)

    @property
    def index(self) -> int:
        return self._index

    @property
    def step_count(self) -> int:
        return len(self._procedure.steps) if self._procedure else 0

    def go_to(self, index: int) -> None:
        if self._procedure is None or not self._procedure.steps:
            return
        self._index = max(0, min(index, self.step_count - 1))
        self._show_current()
        self.step_changed.emit(self._index)

    def go_next(self) -> None:
        if self._index < self.step_count - 1:
            self.go_to(self._index + 1)

    def go_previous(self) -> None:
        if self._index > 0:
            self.go_to(self._index - 1)

    def _on_next_clicked(self) -> None:
        if self._index < self.step_count - 1:
            self.go_next()
        else:
            self.finished.emit()

    # -- swipe -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A horizontal swipe over the step text moves a step (touch, or a mouse drag)."""
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._swipe_from = _event_point(event)
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
            start, end = self._swipe_from, _event_point(event)
            self._swipe_from = None
            if start is not None and end is not None:
                dx, dy = end.x() - start.x(), end.y() - start.y()
                if abs(dx) >= SWIPE_DISTANCE and abs(dx) > 2 * abs(dy):
                    self.go_next() if dx < 0 else self.go_previous()
        return False

    # -- display -------------------------------------------------------------------------------

    def _show_current(self) -> None:
        assert self._procedure is not None and self._content is not None
        steps = self._procedure.steps
        step = steps[self._index]
        if self._matcher_for is not self._content:
            self._matcher = TermMatcher.build(self._content.glossary)
            self._matcher_for = self._content
        self.step_card.show_step(step, self._content, self._matcher)
        self.text_scroll.verticalScrollBar().setValue(0)
        self.phase_strip.set_steps([s.phase for s in steps], self._index)
        self.counter_label.setText(
            self.tr("Step {n} of {total}").format(n=self._index + 1, total=len(steps))
        )
        self.previous_button.setEnabled(self._index > 0)
        last = self._index == len(steps) - 1
        self.next_button.setText(self.tr("Benefits and risks  ›") if last else self.tr("Next  ›"))
        self.next_button.setAccessibleName(
            self.tr("Go to benefits and risks") if last else self.tr("Next step")
        )
        self._show_diagram(step)
        self._prefetch_timer.start()

    def _picture_for(self, step: Step) -> _StepPicture | None:
        """What a step's diagram shows: the document, its state, the call-outs and the words."""
        assert self._content is not None
        use = step.diagram
        document = self._documents.get(use.id) if use else None
        if use is None or document is None:
            return None
        texts = self._content.diagram_texts.get(use.id)
        labels = texts.labels if texts else {}
        return _StepPicture(
            document,
            DiagramState(frozenset(use.show), frozenset(use.highlight)),
            [Callout(s, labels[s]) for s in use.labels if s in labels],
            texts.title if texts else "",
            texts.description if texts else "",
        )

    def _show_diagram(self, step: Step) -> None:
        picture = self._picture_for(step)
        if picture is None:
            self.diagram_frame.hide()
            return
        self.diagram_view.set_diagram(
            picture.document, picture.state, picture.callouts, picture.title, picture.description
        )
        self.diagram_caption.setText(picture.title)
        self.diagram_frame.show()

    def _prefetch_next(self) -> None:
        """Prepare the pictures of the next and previous steps in idle time, so a step change
        only has to draw a picture that is ready."""
        if self._procedure is None or not self.diagram_view.isVisible():
            return
        for index in (self._index + 1, self._index - 1):
            if 0 <= index < self.step_count:
                picture = self._picture_for(self._procedure.steps[index])
                if picture is not None:
                    self.diagram_view.prefetch(picture.document, picture.state, picture.callouts)
