"""Guides and the FAQ: reachable from home and search, readable, and part of the history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipm_viewer.ui.widgets.cards import GuideCard
from tests.ui.conftest import WindowFactory
from tests.ui.conftest import visible_texts as texts


def test_open_a_guide_from_home_and_come_back(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.home.visible_guides() == ["test-guide", "test-faq"]
    assert "Guides and common questions" in window.home.section_titles()
    card = next(c for c in window.home.visible_cards() if isinstance(c, GuideCard))
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.guide_screen
    shown = texts(window.guide_screen)
    assert shown[:2] == ["A test guide", "What the tests read."]
    assert "First part" in shown and "Second part" in shown
    assert "- A test source. Test Publisher, 2024." in shown
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.screens.currentWidget() is window.home


def test_faq_questions_are_shown_and_searchable(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClicks(window.header.search_field, "hurt")
    assert window.home.visible_guides() == ["test-faq"]
    assert window.home.visible_procedures() == []
    window.open_guide("test-faq")
    shown = texts(window.guide_screen)
    assert "Will it hurt?" in shown and "You may feel a short sting." in shown


def test_back_from_a_procedure_returns_to_the_guide(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_guide("test-guide")
    window.open_procedure("test-injection")
    window.go_back()
    assert window.screens.currentWidget() is window.guide_screen
    assert window.guide_screen.guide is not None and window.guide_screen.guide.id == "test-guide"


def test_glossary_lists_every_word_a_to_z(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    card = next(c for c in window.home.visible_cards() if c.item_id == "glossary")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    screen = window.glossary_screen
    assert window.screens.currentWidget() is screen
    assert screen.letters == ["N", "T"]
    shown = texts(screen)
    assert shown.index("N") < shown.index("**Needle**: A thin hollow tube used to give medicine.")
    window.go_back()
    assert window.screens.currentWidget() is window.home
