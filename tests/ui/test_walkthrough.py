"""From the home screen to the last step of a procedure, with clicks and keys."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from ipm_viewer.ui.screens.procedure import BENEFITS_RISKS, WALKTHROUGH
from ipm_viewer.ui.widgets.term_popover import TermPopover
from tests.ui.conftest import WindowFactory, visible_texts


def plain(rich: str) -> str:
    return re.sub(r"<[^>]+>", "", rich)


def test_walk_a_procedure_from_home_to_the_last_step(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    card = window.home.visible_cards()[0]
    assert visible_texts(card)[0] == "Test injection"
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)

    screen = window.procedure_screen
    walkthrough = screen.walkthrough
    assert window.screens.currentWidget() is screen
    assert screen.title_label.text() == "Test injection"
    assert screen.section == WALKTHROUGH
    assert walkthrough.step_card.title_label.text() == "Getting ready"
    assert walkthrough.counter_label.text() == "Step 1 of 3"
    assert not walkthrough.previous_button.isEnabled()
    assert walkthrough.step_card.terms_frame.isVisible()
    assert plain(walkthrough.step_card.terms_label.text()) == (
        "Test word: A word used only by the tests."
    )

    qtbot.mouseClick(walkthrough.next_button, Qt.MouseButton.LeftButton)
    assert walkthrough.step_card.title_label.text() == "The needle goes in"
    assert plain(walkthrough.step_card.terms_label.text()) == (
        "Needle: A thin hollow tube used to give medicine."
    )
    assert plain(walkthrough.step_card.feel_label.text()) == "A short sting."
    # The medical word is marked; tapping it explains it without leaving the step.
    assert '<a href="term:needle">needle</a>' in walkthrough.step_card.text_label.text()
    walkthrough.step_card.text_label.linkActivated.emit("term:needle")
    popover = window.findChild(TermPopover)
    assert popover is not None and popover.term_label.text() == "Needle"
    popover.close()
    assert walkthrough.step_card.title_label.text() == "The needle goes in"
    assert walkthrough.diagram_view.state.show == frozenset({"needle"})
    assert [c.text for c in walkthrough.diagram_view.callouts] == ["The nerve", "The needle"]

    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert walkthrough.step_card.title_label.text() == "Back home"
    assert walkthrough.counter_label.text() == "Step 3 of 3"
    assert not walkthrough.step_card.feel_frame.isVisible()
    assert walkthrough.next_button.text().startswith("Benefits and risks")

    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert walkthrough.counter_label.text() == "Step 2 of 3"
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    qtbot.mouseClick(walkthrough.next_button, Qt.MouseButton.LeftButton)
    assert screen.section == BENEFITS_RISKS
    assert screen.benefits_risks.isVisible()


def test_clicking_a_progress_dot_jumps_to_that_step(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    walkthrough = window.procedure_screen.walkthrough
    strip = walkthrough.phase_strip
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.dot_position(2).toPoint())
    assert walkthrough.index == 2
    assert walkthrough.step_card.phase_label.text() == "Recovery"


def test_diagram_labels_never_overlap(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    walkthrough = window.procedure_screen.walkthrough
    walkthrough.go_to(1)
    view = walkthrough.diagram_view
    placed = view.placed_labels()
    assert [structure for structure, _, _ in placed] == ["needle", "nerve"]
    boxes = [box for _, box, _ in placed]
    assert not boxes[0].intersects(boxes[1])
    picture = view.picture_rect()
    for _, box, anchor in placed:
        assert picture.contains(anchor)
        assert not box.intersects(picture)  # call-outs sit beside the picture, not on it


def test_step_without_a_diagram_gives_the_text_the_full_width(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    walkthrough = window.procedure_screen.walkthrough
    walkthrough.go_to(2)
    assert not walkthrough.diagram_frame.isVisible()
    walkthrough.go_to(0)
    assert walkthrough.diagram_frame.isVisible()
    assert walkthrough.diagram_view.accessibleName() == "Test block diagram"
    assert "The bone" in walkthrough.diagram_view.accessibleDescription()


def test_swipe_moves_between_steps(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    walkthrough = window.procedure_screen.walkthrough
    viewport = walkthrough.text_scroll.viewport()
    start = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(150, 10))
    assert walkthrough.index == 1  # swiped left: next step
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(30, 0))
    assert walkthrough.index == 1  # too short to be a swipe
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(150, 0))
    assert walkthrough.index == 0  # swiped right: previous step
