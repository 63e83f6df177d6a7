"""This visit: the physician collects procedures and conditions and presents them in order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory


def test_collect_present_in_order_and_clear(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert not window.visit_bar.isVisible()
    window.open_condition("test-pain")
    qtbot.mouseClick(window.condition_screen.visit_button, Qt.MouseButton.LeftButton)
    window.open_procedure("test-injection")
    button = window.procedure_screen.visit_button
    assert button.text() == "+ Add to this visit"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.text() == "✓ In this visit"
    bar = window.visit_bar
    assert bar.isVisible()
    assert [b.text() for b in bar.item_buttons] == ["1. Test pain", "2. Test injection"]
    assert bar.item_buttons[1].isChecked() and not bar.next_button.isEnabled()

    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.condition_screen
    assert bar.item_buttons[0].isChecked()
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.procedure_screen

    window.go_home()
    qtbot.mouseClick(bar.item_buttons[1], Qt.MouseButton.LeftButton)  # jump to any item
    assert window.screens.currentWidget() is window.procedure_screen

    qtbot.mouseClick(window.procedure_screen.visit_button, Qt.MouseButton.LeftButton)  # remove
    assert [b.text() for b in bar.item_buttons] == ["1. Test pain"]
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert window.visit.items == [] and not bar.isVisible()
