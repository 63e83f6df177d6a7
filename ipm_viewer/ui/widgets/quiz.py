"""Check your understanding (teach-back): one question at a time, explained after every answer.

Nothing is stored: the answers live in this widget only and are gone when the procedure changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from ipm_viewer.content.procedure_model import QuizQuestion
from ipm_viewer.ui.widgets.common import clear_layout, framed, text_label
from ipm_viewer.ui.widgets.scrolling_page import ScrollingPage
from ipm_viewer.ui.widgets.wrapping_button import WrappingButton


class QuizPage(ScrollingPage):
    """Asks a procedure's questions in order and ends with a summary; scrolls when an answer's
    explanation needs more room than a small screen has."""

    answered = Signal(int, bool)  # question index, right or wrong

    def __init__(self) -> None:
        super().__init__()
        self._questions: list[QuizQuestion] = []
        self._index = 0
        self._right = 0
        layout = self.body_layout
        self.progress_label = text_label("", "eyebrow")
        self.question_label = text_label("", "h2")
        layout.addWidget(self.progress_label)
        layout.addWidget(self.question_label)
        self._choices_layout = QVBoxLayout()
        self._choices_layout.setSpacing(10)
        layout.addLayout(self._choices_layout)
        self.feedback_frame, feedback_layout = framed("panel", margins=16, spacing=6)
        self.verdict_label = text_label("", "h3")
        self.explanation_label = text_label("")
        feedback_layout.addWidget(self.verdict_label)
        feedback_layout.addWidget(self.explanation_label)
        layout.addWidget(self.feedback_frame)
        buttons = QHBoxLayout()
        self.restart_button = QPushButton(self.tr("Start again"))
        self.restart_button.setAccessibleName(self.tr("Start the questions again"))
        self.restart_button.setAccessibleDescription(self.tr("Go back to the first question"))
        self.next_button = QPushButton(self.tr("Next question  ›"))
        self.next_button.setProperty("role", "primary")
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.setAccessibleDescription(self.tr("Go on to the next question"))
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.choice_buttons: list[WrappingButton] = []
        self._connect()

    def _connect(self) -> None:
        self.next_button.clicked.connect(self._on_next_clicked)
        self.restart_button.clicked.connect(self.restart)

    def set_questions(self, questions: list[QuizQuestion]) -> None:
        self._questions = questions
        self.restart()

    def restart(self) -> None:
        self._index = 0
        self._right = 0
        self._show_question()

    @property
    def question_count(self) -> int:
        return len(self._questions)

    def _show_question(self) -> None:
        clear_layout(self._choices_layout)
        self.choice_buttons = []
        self.feedback_frame.hide()
        self.next_button.hide()
        self.restart_button.hide()
        if self._index >= len(self._questions):
            self._show_summary()
            return
        question = self._questions[self._index]
        self.progress_label.setText(
            self.tr("Question {n} of {total}").format(n=self._index + 1, total=len(self._questions))
        )
        self.question_label.setText(question.question)
        for number, choice in enumerate(question.choices):
            button = WrappingButton(choice.text)  # a long answer wraps on a narrow screen
            button.setProperty("choice", number)
            button.setAccessibleName(choice.text)
            button.setAccessibleDescription(self.tr("Choose this answer"))
            button.setProperty("role", "choice")
            button.clicked.connect(self._on_choice_clicked)
            self._choices_layout.addWidget(button)
            self.choice_buttons.append(button)

    def _on_choice_clicked(self) -> None:
        button = self.sender()
        if not isinstance(button, QPushButton):
            return
        question = self._questions[self._index]
        chosen = int(button.property("choice"))
        right = question.choices[chosen].correct
        self._right += int(right)
        for number, other in enumerate(self.choice_buttons):
            other.setEnabled(False)
            if question.choices[number].correct:
                other.set_full_text(
                    # Spelled out: PySide gives this call ScrollingPage's context otherwise.
                    QCoreApplication.translate("QuizPage", "✓  {answer}").format(
                        answer=question.choices[number].text
                    )
                )
        self.verdict_label.setText(
            self.tr("That's right.") if right else self.tr("Not quite. The right answer is marked.")
        )
        self.explanation_label.setText(question.explanation)
        self.feedback_frame.show()
        last = self._index == len(self._questions) - 1
        self.next_button.setText(self.tr("See summary  ›") if last else self.tr("Next question  ›"))
        self.next_button.show()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.answered.emit(self._index, right)

    def _on_next_clicked(self) -> None:
        self._index += 1
        self._show_question()

    def _show_summary(self) -> None:
        self.progress_label.setText(self.tr("Done"))
        self.question_label.setText(
            self.tr("You answered {right} of {total} questions correctly.").format(
                right=self._right, total=len(self._questions)
            )
        )
        self.verdict_label.setText(self.tr("Thank you."))
        self.explanation_label.setText(
            self.tr("If anything is unclear, ask your care team. Your answers are not saved.")
        )
        self.feedback_frame.show()
        self.restart_button.show()
