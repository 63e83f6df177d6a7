"""The progress strip repaints only what a step change alters, and what is on screen is right."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ipm_viewer.content.model import Phase
from ipm_viewer.ui.widgets.phase_strip import PhaseStrip

PHASES: list[Phase] = ["before", "day-of", *["during"] * 4, "after", "recovery"]


def on_screen(qtbot: QtBot, widget: QWidget) -> QImage:
    """The pixels the window shows (its backing store), not a fresh rendering."""
    qtbot.wait(20)  # the posted update is painted
    return widget.screen().grabWindow(widget.winId()).toImage()


def test_every_step_change_shows_what_a_full_repaint_shows(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    strip = PhaseStrip()
    QVBoxLayout(window).addWidget(strip)
    window.resize(900, 120)
    window.show()
    qtbot.waitExposed(window)
    strip.set_steps(PHASES, 0)
    # Forward and back within a phase, across phases, and jumps as a tapped dot makes.
    for step in [1, 2, 3, 4, 5, 4, 3, 2, 6, 7, 0, 5, 3]:
        before = on_screen(qtbot, window)
        strip.set_steps(PHASES, step)
        shown = on_screen(qtbot, window)
        assert shown != before, f"step {step}: nothing changed on screen"
        strip.repaint()  # everything, from scratch
        assert on_screen(qtbot, window) == shown, f"step {step}: a changed dot was not repainted"
