"""Every procedure laid out on every screen size we support: tablets in both orientations,
small landscape tablets and exam-room monitors, at 100% and 200% text, kiosk or not."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication
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

PORTRAIT = [(800, 1280), (768, 1024)]
SIZES = [*PORTRAIT, (1024, 768), (1280, 800), (1920, 1080)]
TABLET_AREA_SIZES = {*PORTRAIT, (1280, 800)}  # where the picture must fill a quarter
CLINIC = Clinic(
    ClinicSettings(
        name="Riverside Pain Clinic of the Valley",
        phones=Phones(office="(555) 010-0100", after_hours="(555) 010-0199"),
    )
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_content([], include_bundled=True)


@pytest.fixture
def window_at(
    qtbot: QtBot, preferences: Preferences, library: Library
) -> Iterator[type[MainWindow]]:
    create_application()
    QLocale.setDefault(QLocale("en_US"))
    built: list[MainWindow] = []

    def build(size: tuple[int, int], scale: float, kiosk: bool) -> MainWindow:
        window = MainWindow(library, CLINIC, "en", preferences, kiosk=kiosk)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.set_text_scale(scale)
        settle()
        # Geometry is what these tests measure; not painting every step keeps them quick.
        window.setUpdatesEnabled(False)
        built.append(window)
        return window

    yield build  # type: ignore[misc]


def settle() -> None:
    for _ in range(int(os.environ.get("SETTLE", "4"))):  # a layout change posts the next one: nested layouts settle in turns
        QApplication.processEvents()


def _ids(value: object) -> str:
    return "x".join(map(str, value)) if isinstance(value, tuple) else str(value)


@pytest.mark.parametrize("kiosk", [False, True], ids=["desk", "kiosk"])
@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100", "200"])
@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_every_procedure_fits_the_screen(
    window_at: type[MainWindow], library: Library, size: tuple[int, int], scale: float, kiosk: bool
) -> None:
    window = window_at(size, scale, kiosk)  # type: ignore[call-arg]
    settle()
    assert window.size() == QSize(*size), "the window must fit the screen it is on"
    screen = window.procedure_screen
    walkthrough = screen.walkthrough
    problems: list[str] = []
    for procedure in library.language("en").procedures.values():
        window.open_procedure(procedure.id)
        for step in sorted({0, len(procedure.steps) // 2}):
            walkthrough.go_to(step)
            settle()
            where = f"{procedure.id} step {step + 1}"
            view = walkthrough.diagram_view
            width, height = view.width(), view.height()
            if size in TABLET_AREA_SIZES:
                share = width * height / (size[0] * size[1])
                if share < 0.25:
                    problems.append(f"{where}: diagram {width}x{height} is {share:.0%} of screen")
            if width < 320:
                problems.append(f"{where}: diagram only {width} px wide")
            if walkthrough.text_scroll.width() < 320:
                problems.append(f"{where}: text column {walkthrough.text_scroll.width()} px")
            problems += [f"{where}: call-out cut: {t}" for t in cut_callouts(view)]
            problems += text_problems(window, where)
    assert not problems, "\n".join(problems[:40])


def text_problems(window: MainWindow, where: str) -> list[str]:
    """Cut, squeezed, elided or off-screen text anywhere in the window."""
    return [
        *(f"{where}: {p}" for p in clipped_widgets(window)),
        *(f"{where}: elided '{t}'" for t in elided_texts(window)),
        *(f"{where}: {p}" for p in overflowing_widgets(window)),
    ]


@pytest.mark.parametrize("kiosk", [False, True], ids=["desk", "kiosk"])
@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100", "200"])
@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_every_screen_and_section_fits(
    window_at: type[MainWindow], size: tuple[int, int], scale: float, kiosk: bool
) -> None:
    window = window_at(size, scale, kiosk)  # type: ignore[call-arg]
    problems = text_problems(window, "home")
    window.header.search_field.setText("pain down my leg")
    settle()
    problems += text_problems(window, "search results")
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
        problems += text_problems(window, name)
    screen.quiz.choice_buttons[0].click()  # the answer and its explanation
    settle()
    problems += text_problems(window, "quiz answered")
    screen.show_section(WALKTHROUGH)
    if not screen.glance_button.isHidden():
        screen.glance_button.click()  # At a glance, folded out
        settle()
        problems += text_problems(window, "at a glance")
    window.open_condition("sciatica")
    settle()
    problems += text_problems(window, "condition")
    window.open_guide("frequently-asked-questions")
    settle()
    problems += text_problems(window, "guide")
    window.open_glossary()
    settle()
    problems += text_problems(window, "glossary")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_size_class_follows_the_window_and_text_size(
    window_at: type[MainWindow], size: tuple[int, int]
) -> None:
    window = window_at(size, 1.0, False)  # type: ignore[call-arg]
    expected = {
        (800, 1280): SizeClass.NARROW,
        (768, 1024): SizeClass.NARROW,
        (1024, 768): SizeClass.MEDIUM,
        (1280, 800): SizeClass.MEDIUM,
        (1920, 1080): SizeClass.WIDE,
    }
    assert window.layouts.size_class is expected[size]
    window.set_text_scale(2.0)  # twice the text holds half as much: one size class down at least
    assert window.layouts.size_class is SizeClass.NARROW or size == (1920, 1080)
