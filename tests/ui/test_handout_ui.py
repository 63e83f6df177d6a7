"""Handouts from the app: the print preview, the visit's handout, Ctrl+P, the physician's
drawing on paper, and the kiosk's "Print this for me"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from pytestqt.qtbot import QtBot

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.model import ClinicSettings, KioskOptions, Phones
from ipm_viewer.handout.kiosk_print import KioskPrinting
from ipm_viewer.handout.preview import HandoutPreview
from ipm_viewer.handout.request import HandoutItem, HandoutOptions
from ipm_viewer.pin import hash_pin
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.widgets.diagram_view import INK_COLOURS
from tests.handout.conftest import text_of
from tests.ui.conftest import WindowFactory

PEN = INK_COLOURS[1]  # a colour the diagrams themselves never use
_FILL_OR_STROKE = re.compile(rb"([\d.]+) ([\d.]+) ([\d.]+) (?:SCN|scn)")


def colours_in(path: Path) -> set[tuple[int, int, int]]:
    from pypdf import PdfReader

    found = set()
    for page in PdfReader(path).pages:
        content = page.get_contents()
        assert content is not None
        for red, green, blue in _FILL_OR_STROKE.findall(content.get_data()):
            found.add(tuple(round(float(v) * 255) for v in (red, green, blue)))
    return found  # type: ignore[return-value]


def open_procedure(
    make_window: WindowFactory, clinic: Clinic | None = None, **kw: object
) -> MainWindow:
    window = make_window(clinic=clinic, **kw)
    window.open_procedure("test-injection")
    return window


def test_a_drawn_stroke_is_on_the_printed_diagram(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_procedure(make_window)
    walkthrough = window.procedure_screen.walkthrough
    walkthrough.go_to(1)
    view = walkthrough.diagram_view
    clean = tmp_path / "clean.pdf"
    preview = window.handouts.print_procedure()
    assert isinstance(preview, HandoutPreview)
    preview.save_pdf(clean)
    preview.close()

    view.set_pen_enabled(True)
    view.set_pen_colour(PEN)
    centre = view.picture_rect().center().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre)
    for step in range(1, 6):
        qtbot.mouseMove(view, centre + QPoint(12 * step, 8 * step))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 40))
    assert view.strokes()

    drawn = tmp_path / "drawn.pdf"
    preview = window.handouts.print_procedure()
    assert preview is not None
    preview.save_pdf(drawn)
    ink = QColor(PEN)
    rgb = (ink.red(), ink.green(), ink.blue())
    assert rgb in colours_in(drawn)
    assert rgb not in colours_in(clean)


def test_print_or_save_opens_a_preview_with_large_print_and_save_as_pdf(
    qtbot: QtBot, make_window: WindowFactory, clinic_with_phones: Clinic, tmp_path: Path
) -> None:
    window = open_procedure(make_window, clinic_with_phones)
    buttons = window.handouts.buttons
    assert buttons.print_button.isVisible() and not buttons.kiosk_button.isVisible()
    qtbot.mouseClick(buttons.print_button, Qt.MouseButton.LeftButton)
    preview = window.handouts.preview
    assert isinstance(preview, QPrintPreviewDialog) and preview.isVisible()
    assert preview.save_action.text() == "Save as PDF…"
    normal_pages = preview.page_count
    preview.large_print.setChecked(True)
    assert preview.page_count > normal_pages
    out = tmp_path / "large.pdf"
    assert preview.save_pdf(out) == preview.page_count
    text = text_of(__import__("pypdf").PdfReader(out))
    assert "Test injection" in text and "555-0100" in text
    preview.grab().save(str(tmp_path / "preview.png"))
    preview.close()


def test_large_text_on_screen_starts_the_preview_in_large_print(
    make_window: WindowFactory,
) -> None:
    window = open_procedure(make_window)
    window.set_text_scale(2.0)
    preview = window.handouts.print_procedure()
    assert preview is not None and preview.large_print.isChecked()
    preview.close()


def test_ctrl_p_prints_the_procedure_on_screen(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = open_procedure(make_window)
    assert window.handouts.shortcut.key() == QKeySequence(QKeySequence.StandardKey.Print)
    window.handouts.shortcut.activated.emit()
    preview = window.handouts.preview
    assert preview is not None and preview.items == [HandoutItem("procedure", "test-injection")]
    preview.close()


def test_the_visit_handout_lists_the_visit_in_order(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = open_procedure(make_window)
    qtbot.mouseClick(window.procedure_screen.visit_button, Qt.MouseButton.LeftButton)
    window.open_condition("test-pain")
    qtbot.mouseClick(window.condition_screen.visit_button, Qt.MouseButton.LeftButton)
    bar = window.visit_bar
    assert bar.handout_button.isVisible()
    qtbot.mouseClick(bar.handout_button, Qt.MouseButton.LeftButton)
    preview = window.handouts.preview
    assert preview is not None
    assert preview.items == [
        HandoutItem("procedure", "test-injection"),
        HandoutItem("condition", "test-pain"),
    ]
    assert preview.page_count >= 3  # a cover page, then each item on its own pages
    preview.close()


@pytest.fixture
def kiosk_clinic() -> Clinic:
    options = KioskOptions(enabled=True, pin_hash=hash_pin("4826", iterations=1000), print=True)
    return Clinic(
        ClinicSettings(name="Hill Clinic", phones=Phones(office="555-0100"), kiosk=options)
    )


def test_kiosk_without_a_printer_says_so_and_opens_no_dialog(
    qtbot: QtBot, make_window: WindowFactory, kiosk_clinic: Clinic
) -> None:
    window = open_procedure(make_window, kiosk_clinic, kiosk=True)
    buttons = window.handouts.buttons
    window.handouts.kiosk_printing = KioskPrinting(window.handouts.source, lambda items, o: False)
    assert buttons.kiosk_button.isVisible() and not buttons.print_button.isVisible()
    qtbot.waitUntil(lambda: buttons.kiosk_button.width() > 0)  # laid out, as a patient sees it
    qtbot.mouseClick(buttons.kiosk_button, Qt.MouseButton.LeftButton)
    assert buttons.message_label.text() == (
        "Printing is not available right now. Please ask at the desk."
    )
    assert buttons.kiosk_button.isEnabled()  # nothing printed: the patient may try again later
    window.handouts.shortcut.activated.emit()  # Ctrl+P: never a dialog in a kiosk
    assert window.handouts.preview is None
    assert not window.findChildren(QPrintPreviewDialog) and not window.findChildren(QPrintDialog)


def test_kiosk_with_no_default_printer_on_this_machine(
    qtbot: QtBot, make_window: WindowFactory, kiosk_clinic: Clinic
) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    if not QPrinterInfo.defaultPrinter().isNull():
        pytest.skip("this machine has a default printer")
    window = open_procedure(make_window, kiosk_clinic, kiosk=True)
    button = window.handouts.buttons.kiosk_button
    qtbot.waitUntil(lambda: button.width() > 0)  # laid out, as a patient sees it
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Printing is not available right now" in window.handouts.buttons.message_label.text()


def test_kiosk_prints_once_per_procedure_until_the_reset(
    qtbot: QtBot, make_window: WindowFactory, kiosk_clinic: Clinic
) -> None:
    window = open_procedure(make_window, kiosk_clinic, kiosk=True)
    sent: list[list[HandoutItem]] = []

    def send(items: list[HandoutItem], options: HandoutOptions) -> bool:
        sent.append(items)
        return True

    window.handouts.kiosk_printing = KioskPrinting(window.handouts.source, send)
    buttons = window.handouts.buttons
    qtbot.waitUntil(lambda: buttons.kiosk_button.width() > 0)  # laid out, as a patient sees it
    qtbot.mouseClick(buttons.kiosk_button, Qt.MouseButton.LeftButton)
    assert buttons.message_label.text() == "Ask at the desk for your printout"
    assert not buttons.kiosk_button.isEnabled()
    qtbot.mouseClick(buttons.kiosk_button, Qt.MouseButton.LeftButton)
    assert len(sent) == 1
    window.reset_for_next_patient()
    window.open_procedure("test-injection")
    assert buttons.kiosk_button.isEnabled() and not buttons.message_label.isVisible()


def test_kiosk_offers_no_printing_unless_the_clinic_allows_it(
    make_window: WindowFactory,
) -> None:
    options = KioskOptions(enabled=True, pin_hash=hash_pin("4826", iterations=1000))
    window = open_procedure(make_window, Clinic(ClinicSettings(kiosk=options)), kiosk=True)
    buttons = window.handouts.buttons
    assert not buttons.kiosk_button.isVisible() and not buttons.print_button.isVisible()
