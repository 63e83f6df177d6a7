"""A real main window over fixture content, with preferences in a temporary folder."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.model import ClinicSettings, Phones
from ipm_viewer.ui.app import create_application
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.widgets.cards import CardButton

WindowFactory = Callable[..., MainWindow]


def visible_texts(widget: QWidget) -> list[str]:
    """The text of every visible label and card in `widget` (itself, if a card, and every
    widget under it), in creation order, as a reader sees it (rich-text markup removed)."""
    if isinstance(widget, CardButton):  # a card draws its own words, below its tag (a label)
        mark = widget.mark_label
        tag = [mark.text()] if mark is not None and mark.isVisible() else []
        return [*tag, *(block.text for block in widget.texts)] if widget.isVisible() else []
    texts = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if isinstance(child, QLabel) and child.isVisible():
            text = child.text()
            if child.textFormat() == Qt.TextFormat.RichText:
                text = html.unescape(re.sub(r"<[^>]+>", "", text))
            texts.append(text)
        texts.extend(visible_texts(child))
    return texts


@pytest.fixture(autouse=True)
def windows_outlive_their_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep every main window a test builds until the test is torn down, then delete it as
    the app does (`deleteLater`, see WindowHost).

    A window a test lets go of (`again = MainWindow(...)` going out of scope) is otherwise
    freed by Python's cycle collector at any moment, even while Qt is laying that window out
    and has called into Python (a card's or label's heightForWidth): Qt then reads a deleted
    widget and the test run crashes.
    """
    kept: list[MainWindow] = []
    build = MainWindow.__init__

    def build_and_keep(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        build(self, *args, **kwargs)
        kept.append(self)

    monkeypatch.setattr(MainWindow, "__init__", build_and_keep)
    yield
    for window in kept:
        if isValid(window):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot: QtBot, preferences: Preferences, good_content: Path) -> WindowFactory:
    """Build a shown main window; by default over the fixture content only."""
    create_application()
    QLocale.setDefault(QLocale("en_US"))

    def factory(
        content_dirs: list[Path] | None = None,
        clinic: Clinic | None = None,
        include_bundled: bool = False,
        size: tuple[int, int] = (1280, 800),
        kiosk: bool = False,
    ) -> MainWindow:
        library = load_content(content_dirs or [good_content], include_bundled=include_bundled)
        window = MainWindow(library, clinic or Clinic(), "en", preferences, kiosk=kiosk)
        qtbot.addWidget(window)
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):  # shortcuts only fire in the active window
            window.activateWindow()
        # The home screen as a user finds it a moment later: the cards past the first screen
        # and the guides follow the first frame (tests/ui/test_home_building.py checks that).
        window.home.finish_building()
        return window

    return factory


@pytest.fixture
def clinic_with_phones() -> Clinic:
    return Clinic(
        ClinicSettings(
            name="Riverside Pain Clinic", phones=Phones(office="555-0100", after_hours="555-0199")
        )
    )
