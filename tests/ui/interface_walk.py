"""Walk every screen, section, step and dialog of a window, and read every word it shows.

Used by the translation tests: one walk asks Qt for every interface string the app has, so a
recording translator learns which ones a language is missing, and the texts read on the way
show whether anything is still in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from ipm_viewer.content.library import Library
from ipm_viewer.ui.kiosk import PinAttempts
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.screens.procedure import CHECK_UNDERSTANDING, WALKTHROUGH
from ipm_viewer.ui.widgets.pin_pad import PinPad
from ipm_viewer.ui.widgets.problems_dialog import ProblemsDialog
from ipm_viewer.ui.widgets.source_dialog import SourceDialog


class RecordingTranslator(QTranslator):
    """Passes every lookup on to `inner` and remembers the ones it could not answer."""

    def __init__(self, inner: QTranslator | None) -> None:
        super().__init__()
        self.inner = inner
        self.asked: set[tuple[str, str]] = set()
        self.missing: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.add((context, source))
        found = self.inner.translate(context, source, disambiguation, n) if self.inner else ""
        if not found:
            self.missing.add((context, source))
            return None  # a null string: Qt then shows the source text (an empty one would hide it)
        return found

    def isEmpty(self) -> bool:  # noqa: N802  Qt's name
        return False


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shown_texts(root: QWidget) -> Iterator[str]:
    """The words a person sees or hears (accessible names) in `root` and its children."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QAbstractButton):
            yield re.sub("&(.)", r"\1", widget.text())  # as drawn: "&&" is "&", "&x" is "x"
        elif isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()


def walk_every_screen(window: MainWindow, library: Library) -> Iterator[tuple[str, QWidget]]:
    """Show every screen in turn, yielding (where, what is on show) after each."""
    window.go_home()
    _settle()
    yield "home", window
    window.header.search_field.setText("pain down my leg")
    _settle()
    yield "search results", window
    window.header.search_field.setText("zzzz qqqq")
    _settle()
    yield "search, nothing found", window
    window.header.search_field.clear()
    content = window.content
    for procedure in content.procedures.values():
        window.open_procedure(procedure.id)
        screen = window.procedure_screen
        for section in range(WALKTHROUGH, CHECK_UNDERSTANDING + 1):
            screen.show_section(section)
            _settle()
            yield f"{procedure.id}, {section}", window
        screen.quiz.restart()
        screen.quiz.choice_buttons[0].click()
        _settle()
        yield f"{procedure.id}, quiz answered", window
        screen.show_section(WALKTHROUGH)
        walkthrough = screen.walkthrough
        for step in range(len(procedure.steps)):
            walkthrough.go_to(step)
            _settle()
            yield f"{procedure.id}, step {step + 1}", window
    for condition_id in content.conditions:
        window.open_condition(condition_id)
        _settle()
        yield f"condition {condition_id}", window
    for guide_id in content.guides:
        window.open_guide(guide_id)
        _settle()
        yield f"guide {guide_id}", window
    window.open_glossary()
    _settle()
    yield "glossary", window
    popover = window.show_term(next(iter(content.glossary)))
    if popover is not None:
        _settle()
        yield "a glossary word", popover
        popover.close()
    yield from _dialogs(window, library)


def _dialogs(window: MainWindow, library: Library) -> Iterator[tuple[str, QWidget]]:
    """The staff and source dialogs, built as the app builds them (not run: they are modal)."""
    source = next(iter(window.content.sources.values()))
    dialogs: list[tuple[str, QDialog]] = [
        ("source", SourceDialog(source, window)),
        ("content problems", ProblemsDialog(library.problems.sorted(), window)),
        ("staff PIN", PinPad("", PinAttempts(), window)),
        ("about this device", window.show_about_device()),
    ]
    for name, dialog in dialogs:
        dialog.show()
        _settle()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
