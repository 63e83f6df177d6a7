"""Choosing the language: one tap switches the whole window and keeps the place; kiosks reset."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.model import ClinicSettings, KioskOptions
from ipm_viewer.ui.app import create_application, start_language
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.screens.procedure import BENEFITS_RISKS
from ipm_viewer.ui.widgets.risk_cards import RiskCard
from ipm_viewer.ui.window_host import WindowHost
from tests.ui.conftest import visible_texts

SPANISH_WORDS = {
    "title: Test injection": "title: Inyección de prueba",
    "title: Getting ready": "title: Prepararse",
    "title: The needle goes in": "title: La aguja entra",
    "name: Soreness where the needle went in": "name: Dolor donde entró la aguja",
}


@pytest.fixture
def bilingual(tmp_path: Path, good_content: Path) -> Path:
    """The fixture content with a Spanish procedure and diagram words (no Spanish guides)."""
    root = tmp_path / "content"
    shutil.copytree(good_content, root)
    (root / "es/procedures").mkdir(parents=True)
    (root / "es/diagrams").mkdir()
    text = (root / "en/procedures/test-injection.yaml").read_text(encoding="utf-8")
    for english, spanish in SPANISH_WORDS.items():
        text = text.replace(english, spanish)
    (root / "es/procedures/test-injection.yaml").write_text(text, encoding="utf-8")
    words = (root / "en/diagrams/test-block.yaml").read_text(encoding="utf-8")
    words = words.replace("The nerve", "El nervio").replace("The needle", "La aguja")
    (root / "es/diagrams/test-block.yaml").write_text(words, encoding="utf-8")
    return root


@pytest.fixture
def hosts() -> list[WindowHost]:
    return []  # keeps each host (and its window) alive until pytest-qt closes the windows


def open_window(
    qtbot: QtBot,
    content: Path,
    preferences: Preferences,
    hosts: list[WindowHost],
    clinic: Clinic | None = None,
    *,
    kiosk: bool = False,
) -> WindowHost:
    create_application()
    QLocale.setDefault(QLocale("en_US"))
    library = load_content([content], include_bundled=False)
    assert library.problems.errors == []
    host = WindowHost(None, [content], None, preferences)
    window = host.open(clinic or Clinic(), library, kiosk=kiosk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    hosts.append(host)
    return host


def switched(qtbot: QtBot, host: WindowHost, tap: QWidget) -> MainWindow:
    """Tap a language button and wait for the window built in that language."""
    old = host.window
    qtbot.mouseClick(tap, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: host.window is not old)
    window = host.window
    assert window is not None
    qtbot.addWidget(window)
    window.home.finish_building()  # its home as a user finds it a moment later
    return window


def test_switching_on_a_step_keeps_the_step_and_shows_spanish(
    qtbot: QtBot, bilingual: Path, preferences: Preferences, hosts: list[WindowHost]
) -> None:
    host = open_window(qtbot, bilingual, preferences, hosts)
    window = host.window
    assert window is not None
    window.open_procedure("test-injection")
    window.procedure_screen.walkthrough.go_to(1)
    window.this_visit._on_toggled()  # the physician added it to this visit
    assert window.header.language_button.text() == "Español"

    window = switched(qtbot, host, window.header.language_button)
    assert window.content.language == "es"
    assert window.current_place().screen == "procedure"
    assert window.procedure_screen.walkthrough.index == 1
    walkthrough = window.procedure_screen.walkthrough
    assert walkthrough.step_card.title_label.text() == "La aguja entra"
    labels = [text for text, _ in walkthrough.diagram_view.shown_labels()]
    assert "El nervio" in labels and "La aguja" in labels
    assert [i.title for i in window.visit.items] == ["Inyección de prueba"]
    assert window.header.language_button.text() == "English"  # the way back, in its own words
    window.procedure_screen.show_section(BENEFITS_RISKS)
    cards = window.procedure_screen.findChildren(RiskCard)
    texts = [t for card in cards for t in visible_texts(card)]
    assert "Dolor donde entró la aguja" in texts
    # The figure in Spanish words, with numbers as QLocale writes them: a point from five
    # digits, none in four; the interface's own words (the card's headings) in Spanish too.
    assert "Unas 26 de cada 1000 personas" in texts
    assert "De cada 10.000 personas, 1 a 10 lo tienen; 9990 a 9999 no." in texts
    assert any(t.startswith("**Lo que puede notar:**") for t in texts)


def test_the_choice_is_remembered_outside_the_kiosk(
    qtbot: QtBot, bilingual: Path, preferences: Preferences, hosts: list[WindowHost]
) -> None:
    host = open_window(qtbot, bilingual, preferences, hosts)
    assert host.window is not None
    home_choice = host.window.home.language_choice
    assert home_choice is not None
    assert [b.text() for b in home_choice.buttons.values()] == ["English", "Español"]
    window = switched(qtbot, host, home_choice.buttons["es"])
    assert window.home.title_label.isVisible()  # still on the home screen
    assert preferences.language == "es"
    library = load_content([bilingual], include_bundled=False)
    assert start_language(None, preferences, Clinic(), library, kiosk=False) == "es"
    # A kiosk starts in the clinic's language whatever the last patient chose.
    assert start_language(None, preferences, Clinic(), library, kiosk=True) == "en"


def test_the_kiosk_reset_brings_back_the_clinic_language(
    qtbot: QtBot, bilingual: Path, preferences: Preferences, hosts: list[WindowHost]
) -> None:
    clinic = Clinic(ClinicSettings(kiosk=KioskOptions(enabled=True, pin_hash="x")))
    host = open_window(qtbot, bilingual, preferences, hosts, clinic, kiosk=True)
    assert host.window is not None and host.window.kiosk is not None
    window = switched(qtbot, host, host.window.header.language_button)
    assert window.content.language == "es" and window.kiosk is not None
    assert preferences.language == ""  # a patient's choice is not remembered
    window.reset_for_next_patient()
    qtbot.waitUntil(lambda: host.window is not window)
    assert host.window is not None and host.window.content.language == "en"
    assert host.window.kiosk is not None  # still a kiosk


def test_an_item_with_no_translation_shows_in_english_and_says_so(
    qtbot: QtBot, bilingual: Path, preferences: Preferences, hosts: list[WindowHost]
) -> None:
    host = open_window(qtbot, bilingual, preferences, hosts)
    assert host.window is not None
    window = switched(qtbot, host, host.window.header.language_button)
    titles = {card.item_id: visible_texts(card) for card in window.home.visible_cards()}
    assert titles["test-guide"][0] == "(en inglés)"  # the mark, in the reader's language
    assert titles["test-injection"][0] == "Inyección de prueba"  # translated: no mark
