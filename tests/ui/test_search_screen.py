"""Searching from the header: ranked results, keyboard, and opening each kind of result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipm_viewer.content.search import Hit
from ipm_viewer.ui.widgets.search_results import FIRST_RESULTS, ResultButton, SearchResults
from ipm_viewer.ui.widgets.term_popover import TermPopover
from tests.ui.conftest import WindowFactory, visible_texts


def test_results_show_kind_title_and_matching_words(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.keyClicks(window.header.search_field, "neddle")  # a typo
    results = window.home.results
    assert results.isVisible()
    kinds = [(b.hit.kind, b.hit.item_id) for b in results.buttons]
    assert kinds[0] == ("term", "needle")
    assert ("procedure", "test-injection") in kinds
    texts = visible_texts(results)
    assert any("**needle**" in t.lower() or "needle" in t.lower() for t in texts)
    assert window.home.section_titles() == []  # browsing makes way for the results


def test_one_letter_keeps_browsing_and_never_says_nothing_matches(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    browsing = window.home.section_titles()
    qtbot.keyClicks(window.header.search_field, "t")
    assert window.home.section_titles() == browsing
    assert not window.home.empty_label.isVisible()
    assert not window.home.results.isVisible()
    assert "Nothing matches" not in " ".join(visible_texts(window.home))
    qtbot.keyClicks(window.header.search_field, "e")  # "te": results now
    assert ("procedure", "test-injection") in [
        (b.hit.kind, b.hit.item_id) for b in window.home.results.buttons
    ]
    assert window.home.section_titles() == []


def test_down_then_enter_opens_a_result(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClicks(window.header.search_field, "zebra")
    qtbot.waitUntil(lambda: window.home.results.buttons[0].isVisible())
    qtbot.keyClick(window.header.search_field, Qt.Key.Key_Down)
    focused = QApplication.focusWidget()
    assert isinstance(focused, ResultButton) and focused.hit.item_id == "test-injection"
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert window.screens.currentWidget() is window.procedure_screen


def test_a_condition_result_opens_its_page_and_links_to_procedures(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.keyClicks(window.header.search_field, "test pain")
    button = next(b for b in window.home.results.buttons if b.hit.kind == "condition")
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    screen = window.condition_screen
    qtbot.waitUntil(lambda: screen.procedure_cards[0].isVisible())
    assert window.screens.currentWidget() is screen
    assert screen.title_label.text() == "Test pain"
    assert [c.item_id for c in screen.procedure_cards] == ["test-injection"]
    qtbot.mouseClick(screen.procedure_cards[0], Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.procedure_screen
    window.go_back()
    assert window.screens.currentWidget() is screen


def test_the_procedure_links_back_to_its_conditions(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    label = window.procedure_screen.treats_label
    assert 'href="condition:test-pain"' in label.text()
    label.linkActivated.emit("condition:test-pain")  # what a click on the link does
    assert window.screens.currentWidget() is window.condition_screen


def test_a_word_result_explains_itself_in_place(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClicks(window.header.search_field, "needle")
    qtbot.keyClick(window.header.search_field, Qt.Key.Key_Return)  # best result: the word
    popover = window.findChild(TermPopover)
    assert popover is not None and popover.isVisible()
    assert popover.definition_label.text() == "A thin hollow tube used to give medicine."
    assert window.screens.currentWidget() is window.home  # the page did not change
    popover.close()


def test_a_long_result_list_shows_a_screenful_then_all_on_request(qtbot: QtBot) -> None:
    """A one-letter query can match most of a large library: the first results come at once
    and the rest behind one tap, so typing never waits for cards nobody sees."""
    results = SearchResults()
    qtbot.addWidget(results)
    results.show()
    results.activateWindow()
    qtbot.waitUntil(results.isActiveWindow)
    hits = [Hit("procedure", f"p{i}", f"Procedure {i}", 1.0 - i / 100, "") for i in range(30)]
    results.show_hits(hits)
    shown = [b for b in results.findChildren(ResultButton) if b.isVisible()]
    assert len(shown) == FIRST_RESULTS and results.count_label.text() == "30 results"
    assert results.more_button.isVisible() and results.more_button.text() == "Show all 30 results"
    qtbot.mouseClick(results.more_button, Qt.MouseButton.LeftButton)
    shown = [b for b in results.findChildren(ResultButton) if b.isVisible()]
    assert [b.hit.item_id for b in shown] == [f"p{i}" for i in range(30)]
    assert not results.more_button.isVisible()
    assert QApplication.focusWidget() is results.buttons[FIRST_RESULTS]  # where the new ones start
    results.show_hits(hits[:3])  # the next query starts short again
    assert [b.hit.item_id for b in results.findChildren(ResultButton) if b.isVisible()] == [
        "p0",
        "p1",
        "p2",
    ]
    assert not results.more_button.isVisible()
