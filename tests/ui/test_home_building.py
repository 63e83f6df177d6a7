"""The home screen paints its first screen at once; the cards below it and the guides follow.

Cards past the first screen are built after the first frame (each is a widget to create, style
and measure); nothing a user can see may move when they arrive.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.catalog import load_content
from ipm_viewer.ui.app import create_application
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.screens import home as home_module
from ipm_viewer.ui.screens.home import EAGER_CARDS

GUIDES = "Guides and common questions"


def _bundled_window(qtbot: QtBot, preferences: Preferences, size: tuple[int, int]) -> MainWindow:
    create_application()
    library = load_content([], include_bundled=True)
    window = MainWindow(library, Clinic(), "en", preferences)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _on_screen(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_the_rest_of_the_cards_and_the_guides_arrive_by_themselves(
    qtbot: QtBot, preferences: Preferences
) -> None:
    window = _bundled_window(qtbot, preferences, (1280, 800))
    qtbot.waitUntil(lambda: not window.home.building)
    assert window.home.section_titles()[-1] == GUIDES
    assert len(window.home.visible_procedures()) == len(window.content.listings())


def test_the_first_screen_shows_at_once_and_the_rest_follows_without_moving_it(
    qtbot: QtBot, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(home_module, "FIRST_BATCH_DELAY_MS", 60_000)  # until this test says
    window = _bundled_window(qtbot, preferences, (1920, 1080))
    home = window.home
    qtbot.wait(20)  # the first frame's layout settles
    assert home.building
    first = {card.item_id: _on_screen(window, card) for card in home.visible_cards()}
    assert len(first) == EAGER_CARDS
    assert GUIDES not in home.section_titles()

    home.finish_building()
    qtbot.wait(20)
    assert home.section_titles()[-1] == GUIDES
    assert len(home.visible_procedures()) == len(window.content.listings())
    now = {card.item_id: _on_screen(window, card) for card in home.visible_cards()}
    assert {item: now[item] for item in first} == first  # nothing on screen moved
    screen = _on_screen(window, home.scroll_area.viewport())
    arrived = [item for item, rect in now.items() if item not in first]
    assert arrived and not any(now[item].intersects(screen) for item in arrived)  # all below it
    assert home.scroll_area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_a_body_area_chosen_before_the_rest_arrives_still_filters_it(
    qtbot: QtBot, preferences: Preferences
) -> None:
    window = _bundled_window(qtbot, preferences, (1280, 800))
    home = window.home
    assert home.building
    qtbot.mouseClick(home.region_buttons["knees"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not home.building)
    knees = [p.id for p in window.content.listings().values() if "knees" in p.body_regions]
    assert sorted(home.visible_procedures()) == sorted(knees)
    assert GUIDES not in home.section_titles()  # guides are not about one part of the body
    qtbot.mouseClick(home.region_buttons[""], Qt.MouseButton.LeftButton)
    assert home.section_titles()[-1] == GUIDES
    assert len(home.visible_procedures()) == len(window.content.listings())


def test_on_a_large_screen_cards_arriving_in_view_move_nothing_sideways(
    qtbot: QtBot, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 1600-pixel-high screen shows more than the first batch: the rest fill in below it, and
    the page has its final width (scroll bar and all) from the first frame."""
    monkeypatch.setattr(home_module, "FIRST_BATCH_DELAY_MS", 60_000)
    window = _bundled_window(qtbot, preferences, (2560, 1600))
    home = window.home
    qtbot.wait(20)
    assert home.scroll_area.verticalScrollBar().isVisible()
    first = {card.item_id: _on_screen(window, card) for card in home.visible_cards()}
    home.finish_building()
    qtbot.wait(20)
    assert home.scroll_area.verticalScrollBar().isVisible()  # the full page scrolls
    now = {card.item_id: _on_screen(window, card) for card in home.visible_cards()}
    assert {item: now[item] for item in first} == first
