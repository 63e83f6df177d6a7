"""Window-level behaviour: search, keys, history, full screen, problems, remembered geometry."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ipm_viewer.memory import release_free_memory
from ipm_viewer.ui import edge_swipe, main_window
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.theme import FONT_FAMILY, TypeScale
from ipm_viewer.ui.widgets.body_map import PICKED
from ipm_viewer.ui.widgets.problems_dialog import ProblemsDialog
from tests.ui.conftest import WindowFactory


def add_second_procedure(root: Path) -> None:
    source = root / "en/procedures/test-injection.yaml"
    text = source.read_text(encoding="utf-8")
    text = (
        text.replace("id: test-injection", "id: knee-block")
        .replace("title: Test injection", "title: Knee block")
        .replace("[Zebra shot]", "[Genicular]")
    )
    (root / "en/procedures/knee-block.yaml").write_text(text, encoding="utf-8")


def test_ctrl_f_focuses_search_and_typing_filters(
    qtbot: QtBot, make_window: WindowFactory, content_copy: Path
) -> None:
    add_second_procedure(content_copy)
    window = make_window([content_copy])
    assert len(window.home.visible_procedures()) == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.header.search_field
    qtbot.keyClicks(window.header.search_field, "zebra")  # another name for the procedure
    assert window.home.visible_procedures() == ["test-injection"]
    qtbot.keyClick(window.header.search_field, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is window.procedure_screen
    assert window.procedure_screen.title_label.text() == "Test injection"


def test_search_with_no_match_says_so(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClicks(window.header.search_field, "xylophone")
    assert window.home.visible_procedures() == []
    assert window.home.empty_label.isVisible()
    assert "xylophone" in window.home.empty_label.text()
    qtbot.keyClick(window.header.search_field, Qt.Key.Key_Escape)  # first Esc clears the search
    assert window.header.search_field.text() == ""
    assert len(window.home.visible_procedures()) == 1
    assert not window.home.empty_label.isVisible()


def test_search_matches_a_condition_the_procedure_treats(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.home.set_filter("test pain")
    assert window.home.visible_procedures() == ["test-injection"]


def test_back_returns_to_the_exact_previous_place(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert not window.header.back_button.isVisible()
    qtbot.mouseClick(window.home.visible_cards()[0], Qt.MouseButton.LeftButton)
    assert window.header.back_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.screens.currentWidget() is window.home
    assert not window.header.back_button.isVisible()

    window.open_procedure("test-injection")
    window.procedure_screen.walkthrough.go_to(2)
    window.header.search_field.setText("test")  # searching leaves the procedure for home
    assert window.screens.currentWidget() is window.home
    qtbot.mouseClick(window.header.back_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.procedure_screen
    assert window.procedure_screen.walkthrough.index == 2


def test_mouse_back_button_goes_back(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    qtbot.mouseClick(window, Qt.MouseButton.BackButton, pos=QPoint(5, 300))
    assert window.screens.currentWidget() is window.home


def test_f11_toggles_full_screen(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.header.full_screen_button.text() == "Exit full screen"
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.header.full_screen_button.text() == "Full screen"


def test_broken_file_is_reported_and_good_content_still_shown(
    qtbot: QtBot, make_window: WindowFactory, content_copy: Path
) -> None:
    add_second_procedure(content_copy)
    broken = content_copy / "en/procedures/knee-block.yaml"
    broken.write_text(broken.read_text().replace("severity: mild", "severity: [mild"))
    window = make_window([content_copy])
    assert window.home.visible_procedures() == ["test-injection"]
    assert window.header.problems_button.isVisible()
    assert window.header.problems_button.text() == "1 content problem"
    qtbot.mouseClick(window.header.problems_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ProblemsDialog)
    assert dialog is not None and dialog.isVisible()
    line = dialog.problem_list.item(0).text()
    assert "knee-block.yaml:" in line and ": error: invalid YAML" in line
    dialog.close()


def test_clean_content_shows_no_problems_button(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert not window.header.problems_button.isVisible()


def test_window_geometry_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, preferences: Preferences
) -> None:
    window = make_window(size=(1111, 777))
    window.close()
    assert preferences.window_geometry is not None
    again = MainWindow(window._library, window._clinic, "en", preferences)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (1111, 777)


def test_missing_procedure_folder_copy_still_loads_others(
    qtbot: QtBot, make_window: WindowFactory, content_copy: Path
) -> None:
    shutil.rmtree(content_copy / "en/conditions")
    window = make_window([content_copy])
    assert len(window.home.visible_procedures()) == 1
    window.open_procedure("test-injection")
    assert not window.procedure_screen.treats_label.isVisible()  # unknown condition is not shown


def test_body_region_filter(qtbot: QtBot, make_window: WindowFactory, content_copy: Path) -> None:
    add_second_procedure(content_copy)
    knee = content_copy / "en/procedures/knee-block.yaml"
    knee.write_text(knee.read_text().replace("body_regions: [lower-back]", "body_regions: [knees]"))
    categories = content_copy / "en/categories.yaml"
    categories.write_text(categories.read_text() + "  - id: knees\n    title: Knees\n")
    window = make_window([content_copy])
    assert set(window.home.region_buttons) == {"", "lower-back", "knees"}
    qtbot.mouseClick(window.home.region_buttons["knees"], Qt.MouseButton.LeftButton)
    assert window.home.visible_procedures() == ["knee-block"]
    assert window.home.visible_guides() == []
    qtbot.keyClicks(window.header.search_field, "zebra")  # region and words combine
    assert window.home.visible_procedures() == []
    window.header.search_field.clear()
    qtbot.mouseClick(window.home.region_buttons[""], Qt.MouseButton.LeftButton)
    assert window.home.visible_procedures() == ["knee-block", "test-injection"]


def test_back_and_forward_like_a_browser(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_guide("test-guide")
    window.open_procedure("test-injection")
    window.procedure_screen.walkthrough.go_to(2)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.screens.currentWidget() is window.guide_screen
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.screens.currentWidget() is window.home
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.screens.currentWidget() is window.guide_screen
    qtbot.mouseClick(window, Qt.MouseButton.ForwardButton, pos=QPoint(5, 300))
    assert window.screens.currentWidget() is window.procedure_screen
    assert window.procedure_screen.walkthrough.index == 2  # the exact step again
    window.go_back()
    window.open_condition("test-pain")  # going somewhere new forgets the way forward
    window.go_forward()
    assert window.screens.currentWidget() is window.condition_screen


def test_tapping_the_body_map_picks_a_region(
    qtbot: QtBot, make_window: WindowFactory, content_copy: Path
) -> None:
    add_second_procedure(content_copy)
    knee = content_copy / "en/procedures/knee-block.yaml"
    knee.write_text(knee.read_text().replace("body_regions: [lower-back]", "body_regions: [knees]"))
    categories = content_copy / "en/categories.yaml"
    categories.write_text(categories.read_text() + "  - id: knees\n    title: Knees\n")
    window = make_window([content_copy])
    body_map = window.home.body_map
    assert body_map is not None and body_map.isVisible()
    knees = body_map.centre_of("knees")
    assert knees is not None and body_map.region_at(knees) == "knees"
    picked = QColor(PICKED)
    assert body_map.grab().toImage().pixelColor(knees.toPoint()) != picked
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=knees.toPoint())
    assert window.home.visible_procedures() == ["knee-block"]
    assert window.home.region_buttons["knees"].isChecked()
    assert body_map.grab().toImage().pixelColor(knees.toPoint()) == picked  # shown picked
    lower_back = body_map.centre_of("lower-back")
    assert lower_back is not None
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=lower_back.toPoint())
    assert window.home.visible_procedures() == ["test-injection"]
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=lower_back.toPoint())  # again: all
    assert window.home.region_buttons[""].isChecked()


def test_swipe_in_from_the_left_edge_goes_back(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(edge_swipe, "has_touch_screen", lambda: True)  # only touch machines swipe
    window = make_window()
    window.open_procedure("test-injection")
    _swipe_right(qtbot, window, from_x=5)
    assert window.screens.currentWidget() is window.home
    window.open_procedure("test-injection")
    _swipe_right(qtbot, window, from_x=400)  # not from the edge: nothing happens
    assert window.screens.currentWidget() is window.procedure_screen


def _swipe_right(qtbot: QtBot, window: MainWindow, from_x: int) -> None:
    """A 200 px drag to the right over the procedure screen, starting `from_x` in the window."""
    target = window.procedure_screen
    start = target.mapFrom(window, QPoint(from_x, 500))
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 10))


def test_a_large_library_fills_in_after_the_first_screen(
    qtbot: QtBot, preferences: Preferences, content_copy: Path
) -> None:
    from ipm_viewer.clinic import Clinic
    from ipm_viewer.content.catalog import load_content

    source = (content_copy / "en/procedures/test-injection.yaml").read_text()
    for number in range(80):
        text = source.replace("id: test-injection", f"id: extra-{number:02d}").replace(
            "title: Test injection", f"title: Extra {number:02d}"
        )
        (content_copy / f"en/procedures/extra-{number:02d}.yaml").write_text(text)
    library = load_content([content_copy], include_bundled=False)
    window = MainWindow(library, Clinic(), "en", preferences)
    qtbot.addWidget(window)
    assert 0 < len(window.home.visible_procedures()) <= 18  # the first screen comes at once
    window.show()
    qtbot.waitUntil(lambda: len(window.home.visible_procedures()) == 24, timeout=5000)
    assert window.home.visible_procedures()[:2] == ["extra-00", "extra-01"]
    # 81 cards in one group would be a wall: the rest come 24 at a time, on request.
    buttons = [b for b in window.home.findChildren(QPushButton) if b.text().startswith("Show ")]
    assert [b.text() for b in buttons if b.isVisible()] == ["Show 24 more"]
    for expected, label in ((48, "Show 24 more"), (72, "Show 9 more"), (81, None)):
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        assert len(window.home.visible_procedures()) == expected
        assert (buttons[0].text() if buttons[0].isVisible() else None) == label
    assert window.home.visible_procedures()[-1] == "test-injection"


def test_a_kiosk_swipes_back_even_when_no_touch_screen_is_reported(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(edge_swipe, "has_touch_screen", lambda: False)  # a stand's odd driver
    window = make_window(kiosk=True)
    window.open_procedure("test-injection")
    _swipe_right(qtbot, window, from_x=5)
    assert window.screens.currentWidget() is window.home


def test_memory_is_given_back_once_the_user_stays_on_a_screen(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    releases: list[bool] = []
    monkeypatch.setattr(main_window, "release_free_memory", lambda: releases.append(True))
    monkeypatch.setattr(main_window, "MEMORY_RELEASE_DELAY_MS", 50)
    window = make_window()
    window.open_procedure("test-injection")
    window.go_home()  # two changes close together: one release, after the last
    qtbot.waitUntil(lambda: len(releases) == 1, timeout=2000)
    qtbot.wait(200)
    assert releases == [True]


def _on_the_epidural_quick_to_release(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """A window over the bundled library, on the epidural's walkthrough, that gives memory back
    50 ms after the last change of screen."""
    monkeypatch.setattr(main_window, "MEMORY_RELEASE_DELAY_MS", 50)
    window = make_window(include_bundled=True)
    window.open_procedure("epidural-steroid-injection")
    return window


def test_a_window_left_alone_keeps_only_the_diagram_on_show(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _on_the_epidural_quick_to_release(make_window, monkeypatch)
    walkthrough = window.procedure_screen.walkthrough
    view = walkthrough.diagram_view
    for step in range(4):  # each step's picture is kept, for stepping back and forth quickly
        walkthrough.go_to(step)
        qtbot.waitUntil(lambda: view.cached_pictures > 0)
        view.repaint()
    assert view.cached_pictures > 1
    window.procedure_screen.show_section(0)  # a change of screen part starts the idle timer
    window.go_home()
    window.open_procedure("epidural-steroid-injection")
    qtbot.waitUntil(lambda: view.cached_pictures == 1, timeout=2000)


def test_a_window_left_on_home_lets_go_of_its_diagrams_and_draws_them_again(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _on_the_epidural_quick_to_release(make_window, monkeypatch)
    walkthrough = window.procedure_screen.walkthrough
    view = walkthrough.diagram_view

    def picture_at_step(step: int) -> QImage:
        walkthrough.go_to(step)
        qtbot.wait(500)  # past the cross-fade
        return view.grab().toImage()

    before = picture_at_step(4)
    window.go_home()
    qtbot.waitUntil(lambda: view.cached_pictures == 0, timeout=2000)  # nothing kept on home
    window.open_procedure("epidural-steroid-injection")
    assert picture_at_step(4) == before  # parsed and drawn again, the same diagram


def test_the_system_is_asked_to_take_back_freed_memory_on_linux() -> None:
    assert release_free_memory() is sys.platform.startswith("linux")


def test_the_first_window_of_the_app_has_the_app_font_and_type_sizes(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet("")  # as at start-up: this window applies the style sheet once built
    app.setFont(QFont())
    window = make_window(size=(1920, 1080))
    assert app.styleSheet()
    labels = window.home.findChildren(QLabel)
    assert {label.font().family() for label in labels} == {FONT_FAMILY}
    h1 = next(label for label in labels if label.property("role") == "h1")
    assert h1.font().pixelSize() == TypeScale(window.appearance.text_px).h1


def test_larger_text_makes_the_page_scroll_further(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    # The scroll areas measure their content after a restyle, once every widget has its new
    # style (not when the scroll area itself is restyled): the scroll range must follow.
    window = make_window(include_bundled=True)
    bar = window.home.scroll_area.verticalScrollBar()
    procedures, guides = len(window.content.procedures), len(window.content.guides)
    # The guide cards come last, in idle time: the page is whole once they are all there.
    qtbot.waitUntil(
        lambda: len(window.home.visible_procedures()) == procedures
        and len(window.home.visible_guides()) == guides
    )
    qtbot.wait(50)  # the layout request that the last cards posted
    before = bar.maximum()
    window.set_text_scale(2.0)
    qtbot.waitUntil(lambda: bar.maximum() > before * 1.3)
    window.set_text_scale(1.0)
    qtbot.waitUntil(lambda: abs(bar.maximum() - before) < before * 0.05)
