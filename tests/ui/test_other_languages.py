"""Ready for the next language: every screen survives longer words and a right-to-left layout.

A pseudo-translation makes every interface string 40% longer, with accents, as German or
Spanish words are; a right-to-left layout (Arabic, Hebrew, Farsi) mirrors every screen. Both
are rendered at 1280x800 and 1920x1080 and measured like the layout tests: nothing cut.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.library import Library
from ipm_viewer.ui.app import create_application
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from tests.ui.test_layout_sizes import (
    CLINIC,
    WindowBuilder,
    _screen_problems,
    _walkthrough_problems,
    set_screen,
)

SIZES = [(1280, 800), (1920, 1080)]
ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüýÀÉÎÕÜÝçñšž")
# What must survive a translation untouched: {placeholders}, %n / %1, markup and entities.
_KEEP = re.compile(r"(\{[^}]*\}|%\w|<[^>]*>|&\w+;)")


def pseudo(text: str) -> str:
    """'Back' -> 'Bàçk ẋẋ': accented, and 40% longer in words that can wrap."""
    parts = _KEEP.split(text)
    accented = "".join(p if _KEEP.fullmatch(p) else p.translate(ACCENTED) for p in parts)
    letters = sum(len(p) for p in parts if not _KEEP.fullmatch(p))
    extra = math.ceil(letters * 0.4)
    if extra == 0:
        return accented
    padding = " ".join("ẋ" * min(6, extra - n) for n in range(0, extra, 6))
    return f"{accented} {padding}"


class PseudoTranslator(QTranslator):
    """Every string lengthened and accented, as a first translation of a new language looks."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802  Qt's name
        return False


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_content([], include_bundled=True)


@pytest.fixture
def make(qtbot: QtBot, preferences: Preferences, bundled: Library) -> WindowBuilder:
    """A real window over the bundled library, as the layout tests build it."""
    create_application()
    QLocale.setDefault(QLocale("en_US"))

    def build(kiosk: bool) -> MainWindow:
        window = MainWindow(bundled, CLINIC, "en", preferences, kiosk=kiosk)
        qtbot.addWidget(window)
        window.show()
        window.setUpdatesEnabled(False)  # geometry is measured; painting is not needed
        return window

    return build


@pytest.fixture
def pseudo_language() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


@pytest.fixture
def right_to_left() -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_pseudo_translation_keeps_placeholders_and_grows_by_forty_percent() -> None:
    assert pseudo("About {n} in {per} {things}").count("{n}") == 1
    assert "{per}" in pseudo("About {n} in {per} {things}")
    assert pseudo("Back").startswith("Bàçk")
    assert len(pseudo("Questions? Call {phone}")) >= 1.4 * len("Questions? Call ")


def _every_screen(window: MainWindow, library: Library) -> list[str]:
    problems: list[str] = []
    for size in SIZES:
        name = set_screen(window, size, 1.0)
        problems += _screen_problems(window, name)
        # Longer words may take the header to two rows; the picture's share is the English
        # layout tests' business, cut text is this test's.
        problems += _walkthrough_problems(window, library, size, 1.0, area_sizes=set())
    return problems


@pytest.mark.parametrize("kiosk", [False, True], ids=["desk", "kiosk"])
def test_longer_words_fit_every_screen(
    pseudo_language: None, make: WindowBuilder, bundled: Library, kiosk: bool
) -> None:
    window = make(kiosk)
    assert window.header.text_size_button.text().startswith("Àà")  # the translation is on
    problems = _every_screen(window, bundled)
    assert not problems, "\n".join(problems[:40])


def test_right_to_left_mirrors_every_screen_and_cuts_nothing(
    right_to_left: None, make: WindowBuilder, bundled: Library
) -> None:
    window = make(False)

    def left(widget: QWidget) -> int:
        return widget.mapTo(window, QPoint(0, 0)).x()

    problems = _every_screen(window, bundled)
    assert not problems, "\n".join(problems[:40])
    set_screen(window, (1280, 800), 1.0)
    window.open_procedure("epidural-steroid-injection")
    walkthrough = window.procedure_screen.walkthrough
    # Mirrored: the clinic's name on the right, the tools on the left; the picture left of
    # the text it explains (it is on the right in English).
    assert left(window.header.brand) > left(window.header.search_field)
    assert left(walkthrough.diagram_view) < left(walkthrough.text_scroll)
