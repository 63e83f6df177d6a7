"""Check your understanding: right and wrong answers are explained, then summed up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipm_viewer.ui.screens.procedure import CHECK_UNDERSTANDING
from tests.ui.conftest import WindowFactory


def test_answer_wrong_then_right_and_see_the_summary(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    screen = window.procedure_screen
    assert screen.tab_buttons[CHECK_UNDERSTANDING].isVisible()
    qtbot.mouseClick(screen.tab_buttons[CHECK_UNDERSTANDING], Qt.MouseButton.LeftButton)
    quiz = screen.quiz
    assert quiz.progress_label.text() == "Question 1 of 2"
    assert quiz.question_label.text() == "Who should drive you home?"
    assert not quiz.feedback_frame.isVisible()

    qtbot.mouseClick(quiz.choice_buttons[0], Qt.MouseButton.LeftButton)  # wrong
    assert quiz.verdict_label.text() == "Not quite. The right answer is marked."
    assert quiz.explanation_label.text().startswith("Numbing medicine can make your legs weak")
    assert quiz.choice_buttons[1].full_text() == "✓  A friend or family member."
    assert not any(b.isEnabled() for b in quiz.choice_buttons)

    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    assert quiz.progress_label.text() == "Question 2 of 2"
    qtbot.mouseClick(quiz.choice_buttons[0], Qt.MouseButton.LeftButton)  # right
    assert quiz.verdict_label.text() == "That's right."
    assert quiz.next_button.text().startswith("See summary")

    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    assert quiz.question_label.text() == "You answered 1 of 2 questions correctly."
    assert "not saved" in quiz.explanation_label.text()
    qtbot.mouseClick(quiz.restart_button, Qt.MouseButton.LeftButton)
    assert quiz.progress_label.text() == "Question 1 of 2"


def test_answers_are_forgotten_when_the_procedure_is_reopened(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    quiz = window.procedure_screen.quiz
    window.procedure_screen.show_section(CHECK_UNDERSTANDING)
    qtbot.mouseClick(quiz.choice_buttons[1], Qt.MouseButton.LeftButton)
    window.go_back()
    window.open_procedure("test-injection")
    assert quiz.progress_label.text() == "Question 1 of 2"
    assert not quiz.feedback_frame.isVisible()
