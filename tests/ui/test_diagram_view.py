"""The diagram view: layers and highlights per step, zoom and pan, the pen, export."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from ipm_viewer.diagrams.svg_state import HIGHLIGHT_COLOUR
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.widgets.diagram_view import DiagramView
from tests.ui.conftest import WindowFactory


def open_step(make_window: WindowFactory, step: int) -> tuple[MainWindow, DiagramView]:
    window = make_window(size=(1920, 1080))
    window.open_procedure("test-injection")
    window.procedure_screen.walkthrough.go_to(step)
    return window, window.procedure_screen.walkthrough.diagram_view


def colour_at(view: DiagramView, point: QPointF) -> QColor:
    return view.grab().toImage().pixelColor(point.toPoint())


def test_a_step_shows_and_highlights_what_it_names(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    _, view = open_step(make_window, 1)
    qtbot.wait(250)  # let the cross-fade finish
    # A point on the nerve's curve and one on the needle, in the fixture's diagram coordinates.
    on_nerve = view.map_from_diagram(QPointF(256.5, 110.8))
    on_needle = view.map_from_diagram(QPointF(330, 59))
    # The highlighted nerve is outlined in the highlight colour; the overlay needle is visible.
    assert colour_at(view, on_nerve).name() == HIGHLIGHT_COLOUR.lower()
    assert colour_at(view, on_needle).lightness() < 120


def test_the_needle_is_hidden_on_a_step_that_does_not_show_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    _, view = open_step(make_window, 0)
    assert view.state.show == frozenset()
    assert view.state.highlight == frozenset({"bone"})
    assert [c.structure_id for c in view.callouts] == ["bone"]


def test_wheel_zooms_about_the_cursor_and_double_click_fits(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    _, view = open_step(make_window, 1)
    before = view.picture_rect()
    point = before.center() + QPointF(40, 20)
    view.zoom_by(2.0, point)
    after = view.picture_rect()
    assert view.zoom == 2.0
    assert after.width() == 2 * before.width()
    # The diagram point under the cursor stays under the cursor.
    relative_before = (point - before.topLeft()) / before.width()
    relative_after = (point - after.topLeft()) / after.width()
    assert abs(relative_before.x() - relative_after.x()) < 1e-6
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert view.zoom == 1.0
    assert view.picture_rect() == before


def test_drag_pans_when_zoomed(qtbot: QtBot, make_window: WindowFactory) -> None:
    _, view = open_step(make_window, 1)
    view.zoom_by(3.0)
    start = view.picture_rect()
    centre = view.rect().center()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(view, centre + QPoint(60, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    assert view.picture_rect().left() == start.left() + 60


def test_zoom_buttons(qtbot: QtBot, make_window: WindowFactory) -> None:
    window, view = open_step(make_window, 1)
    tools = window.procedure_screen.walkthrough.diagram_tools
    assert not tools.fit_button.isEnabled()
    qtbot.mouseClick(tools.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.zoom > 1.0 and tools.fit_button.isEnabled()
    qtbot.mouseClick(tools.fit_button, Qt.MouseButton.LeftButton)
    assert view.zoom == 1.0


def draw_line(qtbot: QtBot, view: DiagramView, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view, start + (end - start) * step / 5)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_pen_draws_undoes_and_clears(qtbot: QtBot, make_window: WindowFactory) -> None:
    window, view = open_step(make_window, 1)
    tools = window.procedure_screen.walkthrough.diagram_tools
    assert not tools.undo_button.isVisible()
    qtbot.mouseClick(tools.pen_button, Qt.MouseButton.LeftButton)
    assert view.pen_enabled and tools.colour_buttons[1].isVisible()
    qtbot.mouseClick(tools.colour_buttons[1], Qt.MouseButton.LeftButton)  # blue
    centre = view.picture_rect().center().toPoint()
    draw_line(qtbot, view, centre, centre + QPoint(80, 0))
    draw_line(qtbot, view, centre, centre + QPoint(0, 80))
    assert len(view.strokes()) == 2
    assert view.strokes()[0].colour == "#0A5E85"
    assert colour_at(view, QPointF(centre + QPoint(40, 0))).name() == "#0a5e85"
    qtbot.mouseClick(tools.undo_button, Qt.MouseButton.LeftButton)
    assert len(view.strokes()) == 1
    qtbot.mouseClick(tools.clear_button, Qt.MouseButton.LeftButton)
    assert view.strokes() == []
    assert not tools.clear_button.isEnabled()


def test_drawing_stays_on_the_diagram_while_zooming(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    _window, view = open_step(make_window, 1)
    view.set_pen_enabled(True)
    centre = view.picture_rect().center().toPoint()
    draw_line(qtbot, view, centre - QPoint(30, 0), centre + QPoint(30, 0))
    point_in_diagram = view.strokes()[0].points[0]
    view.zoom_by(2.0, QPointF(centre))
    # The stroke's first point is still the same diagram point, now twice as far from the centre.
    assert view.strokes()[0].points[0] == point_in_diagram
    assert colour_at(view, QPointF(centre - QPoint(59, 0))).name() == "#e8710a"


def test_drawing_is_cleared_when_the_procedure_is_left(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window, view = open_step(make_window, 1)
    view.set_pen_enabled(True)
    centre = view.picture_rect().center().toPoint()
    draw_line(qtbot, view, centre, centre + QPoint(50, 50))
    assert view.strokes()
    window.go_back()
    window.open_procedure("test-injection")
    window.procedure_screen.walkthrough.go_to(1)
    assert view.strokes() == []


def test_export_includes_picture_labels_and_drawing(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    _, view = open_step(make_window, 1)
    view.set_pen_enabled(True)
    centre = view.picture_rect().center().toPoint()
    draw_line(qtbot, view, centre, centre + QPoint(60, 0))
    image = view.export_image()
    assert image.size() == view.size()
    assert image.pixelColor(centre + QPoint(30, 0)).name() == "#e8710a"
    _, box, _ = view.placed_labels()[0]
    assert image.pixelColor(box.center().toPoint()) != QColor("white")  # label text drawn
