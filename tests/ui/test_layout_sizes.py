"""Every procedure laid out on every screen size we support: tablets in both orientations,
small landscape tablets and exam-room monitors, at 100% and 200% text, kiosk or not.

One window per mode is turned and resized through every size, as a tablet on a stand is; the
checks measure real widgets (see `layout_checks`)."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.library import Library
from ipm_viewer.content.model import ClinicSettings, Phones
from ipm_viewer.ui.app import create_application
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.screens.procedure import (
    BENEFITS_RISKS,
    CHECK_UNDERSTANDING,
    RIGHT_FOR_ME,
    WALKTHROUGH,
    WHEN_TO_CALL,
)
from ipm_viewer.ui.size_class import SizeClass
from tests.ui.layout_checks import (
    clipped_widgets,
    cut_callouts,
    elided_texts,
    overflowing_widgets,
)
from tests.ui.test_diagram_view import draw_line

PORTRAIT = [(800, 1280), (768, 1024)]
SIZES = [*PORTRAIT, (1024, 768), (1280, 800), (1920, 1080)]
SCREENS = [(scale, size) for scale in (1.0, 2.0) for size in SIZES]
TABLET_AREA_SIZES = {*PORTRAIT, (1280, 800)}  # where the picture must fill a quarter
CLINIC = Clinic(
    ClinicSettings(
        name="Riverside Pain Clinic of the Valley",
        phones=Phones(office="(555) 010-0100", after_hours="(555) 010-0199"),
    )
)
WindowBuilder = Callable[[bool], MainWindow]


@pytest.fixture(scope="module")
def library() -> Library:
    return load_content([], include_bundled=True)


@pytest.fixture
def build_window(qtbot: QtBot, preferences: Preferences, library: Library) -> WindowBuilder:
    """A real window over the bundled library, in or out of the kiosk."""
    create_application()
    QLocale.setDefault(QLocale("en_US"))

    def build(kiosk: bool) -> MainWindow:
        window = MainWindow(library, CLINIC, "en", preferences, kiosk=kiosk)
        qtbot.addWidget(window)
        window.show()
        # Geometry is what these tests measure; not painting every step keeps them quick.
        window.setUpdatesEnabled(False)
        return window

    return build


def settle() -> None:
    for _ in range(int(os.environ.get("SETTLE", "4"))):  # nested layouts settle in turns
        QApplication.processEvents()
    # The last screen's widgets are gone, as in the app's own event loop (processEvents alone
    # leaves deleteLater() for later, and every check would walk them too).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def set_screen(window: MainWindow, size: tuple[int, int], scale: float) -> str:
    """Resize the window and set its text size; returns a name for messages."""
    window.set_text_scale(scale)
    window.resize(*size)
    settle()
    assert window.size() == QSize(*size), "the window must fit the screen it is on"
    return f"{size[0]}x{size[1]} at {round(scale * 100)}%"


def text_problems(window: MainWindow, where: str) -> list[str]:
    """Cut, squeezed, elided or off-screen text anywhere in the window."""
    return [
        *(f"{where}: {p}" for p in clipped_widgets(window)),
        *(f"{where}: elided '{t}'" for t in elided_texts(window)),
        *(f"{where}: {p}" for p in overflowing_widgets(window)),
    ]


@pytest.mark.parametrize("kiosk", [False, True], ids=["desk", "kiosk"])
def test_every_procedure_fits_every_screen(
    build_window: WindowBuilder, library: Library, kiosk: bool
) -> None:
    window = build_window(kiosk)
    problems: list[str] = []
    for scale, size in SCREENS:
        problems += _walkthrough_problems(window, library, size, scale)
    assert not problems, "\n".join(problems[:40])


def _walkthrough_problems(
    window: MainWindow,
    library: Library,
    size: tuple[int, int],
    scale: float,
    area_sizes: set[tuple[int, int]] = TABLET_AREA_SIZES,
) -> list[str]:
    screen_name = set_screen(window, size, scale)
    walkthrough = window.procedure_screen.walkthrough
    problems: list[str] = []
    for procedure in library.language("en").procedures.values():
        window.open_procedure(procedure.id)
        for step in sorted({0, len(procedure.steps) // 2}):
            walkthrough.go_to(step)
            settle()
            where = f"{screen_name}, {procedure.id} step {step + 1}"
            view = walkthrough.diagram_view
            width, height = view.width(), view.height()
            if size in area_sizes:
                share = width * height / (size[0] * size[1])
                if share < 0.25:
                    problems.append(f"{where}: diagram {width}x{height} is {share:.0%} of screen")
            if width < 320:
                problems.append(f"{where}: diagram only {width} px wide")
            if walkthrough.text_scroll.width() < 320:
                problems.append(f"{where}: text column {walkthrough.text_scroll.width()} px")
            problems += [f"{where}: call-out cut: {t}" for t in cut_callouts(view)]
            problems += text_problems(window, where)
    return problems


@pytest.mark.parametrize("kiosk", [False, True], ids=["desk", "kiosk"])
def test_every_screen_and_section_fits(build_window: WindowBuilder, kiosk: bool) -> None:
    window = build_window(kiosk)
    problems: list[str] = []
    for scale, size in SCREENS:
        problems += _screen_problems(window, set_screen(window, size, scale))
    assert not problems, "\n".join(problems[:40])


def _screen_problems(window: MainWindow, screen_name: str) -> list[str]:
    window.go_home()
    settle()
    problems = text_problems(window, f"{screen_name}, home")
    window.header.search_field.setText("pain down my leg")
    settle()
    problems += text_problems(window, f"{screen_name}, search results")
    window.header.search_field.clear()
    window.open_procedure("epidural-steroid-injection")
    screen = window.procedure_screen
    sections = {
        "benefits and risks": BENEFITS_RISKS,
        "is it right for me": RIGHT_FOR_ME,
        "when to call": WHEN_TO_CALL,
        "quiz": CHECK_UNDERSTANDING,
    }
    for name, section in sections.items():
        screen.show_section(section)
        settle()
        problems += text_problems(window, f"{screen_name}, {name}")
    screen.quiz.restart()
    screen.quiz.choice_buttons[0].click()  # the answer and its explanation
    settle()
    problems += text_problems(window, f"{screen_name}, quiz answered")
    screen.show_section(WALKTHROUGH)
    if not screen.glance_button.isHidden():
        screen.glance_button.setChecked(True)  # At a glance, folded out
        settle()
        problems += text_problems(window, f"{screen_name}, at a glance")
        screen.glance_button.setChecked(False)
    window.open_condition("sciatica")
    settle()
    problems += text_problems(window, f"{screen_name}, condition")
    window.open_guide("frequently-asked-questions")
    settle()
    problems += text_problems(window, f"{screen_name}, guide")
    window.open_glossary()
    settle()
    problems += text_problems(window, f"{screen_name}, glossary")
    return problems


def test_size_class_follows_the_window_and_text_size(build_window: WindowBuilder) -> None:
    window = build_window(False)
    expected = {
        (800, 1280): SizeClass.NARROW,
        (768, 1024): SizeClass.NARROW,
        (1024, 768): SizeClass.MEDIUM,
        (1280, 800): SizeClass.MEDIUM,
        (1920, 1080): SizeClass.WIDE,
    }
    for size, size_class in expected.items():
        set_screen(window, size, 1.0)
        assert window.layouts.size_class is size_class, size
        # Twice the text holds half as much: a small tablet becomes a one-column screen.
        set_screen(window, size, 2.0)
        assert window.layouts.size_class is SizeClass.NARROW or size == (1920, 1080), size


def test_rotating_the_tablet_keeps_the_step_zoom_and_drawing(
    qtbot: QtBot, build_window: WindowBuilder
) -> None:
    window = build_window(True)
    window.setUpdatesEnabled(True)  # this test draws with the mouse
    set_screen(window, (1280, 800), 1.0)
    window.open_procedure("epidural-steroid-injection")
    walkthrough = window.procedure_screen.walkthrough
    walkthrough.go_to(3)
    settle()
    view = walkthrough.diagram_view
    qtbot.mouseClick(walkthrough.diagram_tools.pen_button, Qt.MouseButton.LeftButton)
    centre = view.picture_rect().center().toPoint()
    draw_line(qtbot, view, centre, centre + QPoint(60, 0))
    qtbot.mouseClick(walkthrough.diagram_tools.zoom_in_button, Qt.MouseButton.LeftButton)
    zoom, strokes = view.zoom, [list(s.points) for s in view.strokes()]
    assert window.layouts.size_class is SizeClass.MEDIUM and strokes and zoom > 1.0

    def top_left(widget: QWidget) -> QPoint:
        return widget.mapTo(window, QPoint(0, 0))

    set_screen(window, (800, 1280), 1.0)  # turned to portrait on its stand
    assert window.layouts.size_class is SizeClass.NARROW
    assert walkthrough.index == 3 and view.zoom == zoom
    assert [list(s.points) for s in view.strokes()] == strokes
    # One column now: the picture sits above the text, across the whole width.
    assert top_left(view).y() < top_left(walkthrough.text_scroll).y()
    assert walkthrough.diagram_frame.width() > 0.9 * (800 - 2 * 16)

    set_screen(window, (1280, 800), 1.0)  # and back
    assert window.layouts.size_class is SizeClass.MEDIUM
    assert walkthrough.index == 3 and view.zoom == zoom
    assert [list(s.points) for s in view.strokes()] == strokes
    assert top_left(view).x() > top_left(walkthrough.text_scroll).x()  # beside the text again


@pytest.mark.parametrize("kiosk", [False, True], ids=["desk", "kiosk"])
def test_the_search_placeholder_is_never_cut(build_window: WindowBuilder, kiosk: bool) -> None:
    """Where "Search procedures  (Ctrl+F)" does not fit, the field says "Search procedures", or
    at 200% on a small screen just "Search"."""
    window = build_window(kiosk)
    field = window.header.search_field
    shown = set()
    for scale, size in SCREENS:
        where = set_screen(window, size, scale)
        text = field.placeholderText()
        shown.add(text)
        room = field.width() - 40  # text margins and frame, without the clear button
        assert field.fontMetrics().horizontalAdvance(text) <= room, f"{where}: '{text}' is cut"
    assert shown - {"Search procedures  (Ctrl+F)"}  # a shorter one was needed: the check can fail


def test_the_clinic_name_and_number_sit_together_after_the_tablet_turns(
    build_window: WindowBuilder,
) -> None:
    # Lines counted while the window was narrow must not stay: a gap would open between the
    # clinic's name and its number, taking room from the page on a short landscape screen.
    window = build_window(True)
    header = window.header
    for size in (QSize(800, 1280), QSize(1280, 800)):
        window.resize(size)
        window.reset_for_next_patient()
        window.set_text_scale(2.0)
        window.open_procedure("facet-joint-injection")
        settle()
    for label in (header.brand_label, header.phone_label):
        one_line = label.fontMetrics().lineSpacing()
        assert label.height() < 1.6 * one_line, (label.text(), label.height(), one_line)
    assert header.phone_label.y() - header.brand_label.geometry().bottom() < 8


def test_large_text_scrolls_each_reading_section_with_one_scroll_bar(
    build_window: WindowBuilder,
) -> None:
    # At 200% the procedure screen scrolls as a page. A reading section that scrolled by
    # itself as well showed two scroll bars side by side, and its text in a box in the page.
    window = build_window(False)
    set_screen(window, (800, 1280), 2.0)
    window.open_procedure("facet-joint-injection")
    settle()
    screen = window.procedure_screen
    page_bar = screen.scroll_area.verticalScrollBar()
    for section in range(1, len(screen.tab_buttons)):  # the walkthrough keeps its own layout
        screen.show_section(section)
        settle()
        shown = screen.pages.currentWidget()
        assert shown is not None
        inner_bars = [
            area
            for area in [shown, *shown.findChildren(QAbstractScrollArea)]
            if isinstance(area, QAbstractScrollArea) and area.verticalScrollBar().isVisible()
        ]
        assert inner_bars == [], f"section {section} scrolls inside the scrolling page"
        assert page_bar.maximum() > 0  # the page itself scrolls at this size
        assert text_problems(window, f"800x1280 at 200%, section {section}") == []
    screen.show_section(1)
    settle()
    assert page_bar.maximum() > 4 * screen.scroll_area.viewport().height()  # all of its text


def test_back_at_normal_text_the_procedure_screen_fits_again(build_window: WindowBuilder) -> None:
    # A patient reads at 200%; the kiosk puts the text back to 100% for the next one. A
    # section measured while hidden at 200% kept the screen a little too tall: a stray scroll.
    window = build_window(True)
    set_screen(window, (1280, 800), 2.0)
    window.open_procedure("facet-joint-injection")
    window.procedure_screen.show_section(1)
    settle()
    window.set_text_scale(1.0)
    settle()
    assert window.procedure_screen.scroll_area.verticalScrollBar().maximum() == 0
