"""Read aloud: reads the current step or section, stops on request, absent without an engine."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.catalog import load_content
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.read_aloud import Speaker
from ipm_viewer.ui.screens.procedure import WHEN_TO_CALL
from tests.ui.conftest import WindowFactory


class FakeSpeaker(Speaker):
    """Remembers what it was asked to say; finishes when told to."""

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []
        self.stopped = 0

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stopped += 1

    def finish(self) -> None:
        self.finished.emit()


@pytest.fixture
def speaking_window(
    qtbot: QtBot, preferences: Preferences, good_content: object
) -> tuple[MainWindow, FakeSpeaker]:
    from ipm_viewer.ui.app import create_application

    create_application()
    speaker = FakeSpeaker()
    library = load_content([good_content], include_bundled=False)  # type: ignore[list-item]
    window = MainWindow(library, Clinic(), "en", preferences, speaker=speaker)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_procedure("test-injection")
    return window, speaker


def test_reads_the_current_step_and_stops(
    qtbot: QtBot, speaking_window: tuple[MainWindow, FakeSpeaker]
) -> None:
    window, speaker = speaking_window
    button = window.procedure_screen.read_aloud
    assert button is not None and button.isVisible() and button.text() == "Read aloud"
    window.procedure_screen.walkthrough.go_to(1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert speaker.said == ["The needle goes in\nThe doctor guides the needle.\nA short sting."]
    assert button.text() == "Stop reading"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert speaker.stopped == 1 and button.text() == "Read aloud"


def test_reading_ends_by_itself_and_on_a_new_step(
    qtbot: QtBot, speaking_window: tuple[MainWindow, FakeSpeaker]
) -> None:
    window, speaker = speaking_window
    button = window.procedure_screen.read_aloud
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    speaker.finish()
    assert not button.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.procedure_screen.walkthrough.go_next()
    assert not button.isChecked() and speaker.stopped == 1


def test_reads_a_section_s_words(
    qtbot: QtBot, speaking_window: tuple[MainWindow, FakeSpeaker]
) -> None:
    window, speaker = speaking_window
    window.procedure_screen.show_section(WHEN_TO_CALL)
    button = window.procedure_screen.read_aloud
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "A fever over 100.4 F" in speaker.said[0]
    assert "emergency room" in speaker.said[0]


def test_without_an_engine_there_is_no_button(make_window: WindowFactory) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    assert window.procedure_screen.read_aloud is None
