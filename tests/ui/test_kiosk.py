"""Kiosk mode: no way out for patients, an idle reset that forgets everything, a staff PIN."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.model import ClinicSettings, KioskOptions
from ipm_viewer.pin import hash_pin
from ipm_viewer.ui.app import kiosk_refusal
from ipm_viewer.ui.kiosk import PinAttempts
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.screens.procedure import CHECK_UNDERSTANDING
from ipm_viewer.ui.widgets.pin_pad import PinPad
from tests.ui.conftest import WindowFactory

PIN = "4826"


@pytest.fixture
def kiosk_clinic() -> Clinic:
    options = KioskOptions(enabled=True, idle_seconds=120, pin_hash=hash_pin(PIN, iterations=1000))
    return Clinic(ClinicSettings(name="Hill Clinic", kiosk=options))


@pytest.fixture
def kiosk_window(make_window: WindowFactory, kiosk_clinic: Clinic) -> MainWindow:
    window = make_window(clinic=kiosk_clinic, kiosk=True)
    assert window.kiosk is not None
    window.kiosk.idle.set_intervals(idle_ms=200, tick_ms=10)  # shortened for the tests
    return window


def test_kiosk_refuses_to_start_without_a_pin() -> None:
    message = kiosk_refusal(Clinic(ClinicSettings()))
    assert message is not None and "ipm-viewer set-pin" in message


def test_exit_keys_do_nothing(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    window = kiosk_window
    window.open_procedure("test-injection")
    full_screen = window.isFullScreen()
    for key, modifier in (
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(window, key, modifier)
    assert window.isVisible()
    assert window.screens.currentWidget() is window.procedure_screen  # Esc did not go back
    assert window.isFullScreen() == full_screen  # F11 toggled nothing
    window.close()  # what Alt+F4 asks of the window manager
    assert window.isVisible()
    assert not window.header.full_screen_button.isVisible()
    assert not window.header.problems_button.isVisible()


def test_context_menus_never_open(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    field = kiosk_window.header.search_field
    qtbot.mouseClick(field, Qt.MouseButton.RightButton)
    assert QApplication.activePopupWidget() is None


def test_idle_countdown_and_a_touch_cancels_it(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    window = kiosk_window
    assert window.kiosk is not None
    overlay = window.kiosk.overlay
    qtbot.mouseClick(window.home.visible_cards()[0], Qt.MouseButton.LeftButton)  # someone uses it
    qtbot.waitUntil(overlay.isVisible, timeout=2000)
    assert "Starting over in" in overlay.countdown_label.text()
    assert window.kiosk.idle.warning_seconds >= 20  # WCAG 2.2.1
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))  # any touch
    assert not overlay.isVisible()
    assert window.screens.currentWidget() is window.procedure_screen  # nothing was reset


def test_expiry_resets_every_piece_of_patient_state(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    window = kiosk_window
    window.header.search_field.setText("test")
    window.open_procedure("test-injection")
    screen = window.procedure_screen
    screen.walkthrough.go_to(1)
    view = screen.walkthrough.diagram_view
    view.set_pen_enabled(True)
    centre = view.picture_rect().center().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(view, centre + QPoint(40, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=centre + QPoint(40, 0))
    view.zoom_by(2.0)
    screen.show_section(CHECK_UNDERSTANDING)
    qtbot.mouseClick(screen.quiz.choice_buttons[0], Qt.MouseButton.LeftButton)
    assert view.strokes() and screen.quiz.feedback_frame.isVisible()

    with qtbot.waitSignal(window.reset_done, timeout=3000):
        pass  # idle -> countdown -> reset
    assert window.screens.currentWidget() is window.home
    assert window.header.search_field.text() == ""
    assert not window.header.back_button.isVisible()
    assert window.home.scroll_area.verticalScrollBar().value() == 0
    assert view.strokes() == [] and view.zoom == 1.0
    assert screen.quiz.progress_label.text() == "Question 1 of 2"
    assert not screen.quiz.feedback_frame.isVisible()
    window.go_back()
    assert window.screens.currentWidget() is window.home  # no history left to go back to
    assert not window.kiosk.overlay.isVisible()  # type: ignore[union-attr]


def test_an_untouched_screen_does_not_count_down(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    assert kiosk_window.kiosk is not None
    qtbot.wait(400)
    assert not kiosk_window.kiosk.overlay.isVisible()


def open_pad(qtbot: QtBot, window: MainWindow) -> PinPad:
    assert window.kiosk is not None
    corner = window.kiosk.staff_corner
    corner.set_hold_ms(50)
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.kiosk is not None and window.kiosk.pin_pad is not None)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)
    pad = window.kiosk.pin_pad
    assert pad is not None and pad.isVisible()
    return pad


def test_a_short_tap_on_the_corner_does_nothing(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    assert kiosk_window.kiosk is not None
    corner = kiosk_window.kiosk.staff_corner
    qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert kiosk_window.kiosk.pin_pad is None


def test_right_pin_lets_staff_out(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    pad = open_pad(qtbot, kiosk_window)
    pad.type_pin(PIN)
    assert pad.display.text() == "●●●●"
    qtbot.mouseClick(pad.enter_button, Qt.MouseButton.LeftButton)
    assert kiosk_window.kiosk is None
    assert kiosk_window.header.full_screen_button.isVisible()
    kiosk_window.close()
    assert not kiosk_window.isVisible()


def test_wrong_pins_are_rejected_then_rate_limited(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    pad = open_pad(qtbot, kiosk_window)
    for _ in range(3):
        pad.type_pin("1111")
        qtbot.mouseClick(pad.enter_button, Qt.MouseButton.LeftButton)
    assert kiosk_window.kiosk is not None  # still locked in
    assert "Too many wrong PINs" in pad.message.text()
    assert not pad.digit_buttons["4"].isEnabled()
    pad.type_pin(PIN)  # the keys are disabled: typing does nothing while locked
    qtbot.mouseClick(pad.enter_button, Qt.MouseButton.LeftButton)
    assert kiosk_window.kiosk is not None


def test_lockout_doubles_and_ends() -> None:
    now = [0.0]
    attempts = PinAttempts(clock=lambda: now[0])
    attempts.failed()
    attempts.failed()
    assert attempts.seconds_locked() == 0
    attempts.failed()
    assert attempts.seconds_locked() == 30
    now[0] = 31.0
    assert attempts.seconds_locked() == 0
    attempts.failed()
    assert attempts.seconds_locked() == 60
    attempts.succeeded()
    assert attempts.seconds_locked() == 0


def test_kiosk_cli_refuses_without_pin(tmp_path: Path) -> None:
    import subprocess
    import sys

    clinic_file = tmp_path / "clinic.yaml"
    clinic_file.write_text("name: Hill\n")
    result = subprocess.run(
        [sys.executable, "-m", "ipm_viewer", "--kiosk", "--clinic", str(clinic_file)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert "needs a staff PIN" in result.stderr and "ipm-viewer set-pin" in result.stderr
