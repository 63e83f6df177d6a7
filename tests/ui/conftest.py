"""A real main window over fixture content, with preferences in a temporary folder."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.model import ClinicSettings, Phones
from ipm_viewer.ui.app import create_application
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences

WindowFactory = Callable[..., MainWindow]


def visible_texts(widget: QWidget) -> list[str]:
    """The text of every visible label under `widget`, in creation order, as a reader sees it
    (rich-text markup removed)."""
    texts = []
    for label in widget.findChildren(QLabel):
        if label.isVisible():
            text = label.text()
            if label.textFormat() == Qt.TextFormat.RichText:
                text = html.unescape(re.sub(r"<[^>]+>", "", text))
            texts.append(text)
    return texts


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
        return window

    return factory


@pytest.fixture
def clinic_with_phones() -> Clinic:
    return Clinic(
        ClinicSettings(
            name="Riverside Pain Clinic", phones=Phones(office="555-0100", after_hours="555-0199")
        )
    )
