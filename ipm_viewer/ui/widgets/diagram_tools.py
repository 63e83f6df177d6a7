"""The row of tools under a diagram: zoom, fit, and the physician's pen (colours, undo, clear)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from ipm_viewer.ui.widgets.diagram_view import INK_COLOURS, DiagramView

TOOL_SIZE = 44  # touch target (WCAG 2.5.5, Apple HIG)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(QSize(20, 20))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 18, 18)
    painter.end()
    return QIcon(pixmap)


class DiagramTools(QWidget):
    """Buttons wired to a DiagramView; the colour and drawing buttons show only with the pen on."""

    def __init__(self, view: DiagramView) -> None:
        super().__init__()
        self._view = view
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.zoom_out_button = self._button(
            "−", self.tr("Zoom out"), self.tr("Make the picture smaller")
        )
        self.fit_button = self._button(
            self.tr("Fit"), self.tr("Fit picture"), self.tr("Show the whole picture")
        )
        self.zoom_in_button = self._button(
            "+", self.tr("Zoom in"), self.tr("Make the picture bigger")
        )
        self.pen_button = self._button(
            self.tr("Draw"), self.tr("Draw"), self.tr("Draw on the picture")
        )
        self.pen_button.setCheckable(True)
        for button in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.pen_button)
        self.colour_group = QButtonGroup(self)
        self.colour_buttons: list[QPushButton] = []
        names = (
            self.tr("Orange ink"),
            self.tr("Blue ink"),
            self.tr("Green ink"),
            self.tr("Black ink"),
        )
        for colour, name in zip(INK_COLOURS, names, strict=True):
            button = self._button("", name, self.tr("Draw in this colour"))
            button.setIcon(_swatch(colour))
            button.setCheckable(True)
            button.setProperty("ink", colour)
            self.colour_group.addButton(button)
            self.colour_buttons.append(button)
            layout.addWidget(button)
        self.colour_buttons[0].setChecked(True)
        self.undo_button = self._button(
            self.tr("Undo"), self.tr("Undo"), self.tr("Remove the last line drawn")
        )
        self.clear_button = self._button(
            self.tr("Clear"),
            self.tr("Clear drawing"),
            self.tr("Remove every line drawn on this picture"),
        )
        layout.addWidget(self.undo_button)
        layout.addWidget(self.clear_button)
        self._connect()
        self._sync()

    def embed_caption(self, caption: QLabel | None) -> None:
        """Show the picture's title between the zoom and pen buttons (where height is short),
        or give the place back to empty space (None)."""
        gap = self._layout.indexOf(self.pen_button) - 1  # the stretch or the caption
        item = self._layout.takeAt(gap)
        if item is not None and item.widget() is None:
            del item  # the stretch
        if caption is None:
            self._layout.insertStretch(gap, 1)
        else:
            self._layout.insertWidget(gap, caption, 1)

    def _button(self, text: str, name: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setToolTip(name)
        # Height only: a minimum width would let a style shrink a worded button below its text.
        button.setMinimumHeight(TOOL_SIZE)
        if len(text) <= 1:  # a symbol or a colour swatch: keep it a square touch target
            button.setMinimumWidth(TOOL_SIZE)
        button.setProperty("role", "tool")
        return button

    def _connect(self) -> None:
        self.zoom_in_button.clicked.connect(self._on_zoom_in)
        self.zoom_out_button.clicked.connect(self._on_zoom_out)
        self.fit_button.clicked.connect(self._view.reset_zoom)
        self.pen_button.toggled.connect(self._on_pen_toggled)
        self.colour_group.buttonClicked.connect(self._on_colour_clicked)
        self.undo_button.clicked.connect(self._view.undo_stroke)
        self.clear_button.clicked.connect(self._view.clear_drawing)
        self._view.drawing_changed.connect(self._sync)
        self._view.zoom_changed.connect(self._sync)

    def _on_zoom_in(self) -> None:
        self._view.zoom_by(1.4)

    def _on_zoom_out(self) -> None:
        self._view.zoom_by(1 / 1.4)

    def _on_pen_toggled(self, on: bool) -> None:
        self._view.set_pen_enabled(on)
        self._sync()

    def _on_colour_clicked(self, button: QPushButton) -> None:
        self._view.set_pen_colour(str(button.property("ink")))

    def _sync(self) -> None:
        pen = self.pen_button.isChecked()
        for button in self.colour_buttons:
            button.setVisible(pen)
        has_drawing = bool(self._view.strokes())
        self.undo_button.setVisible(pen or has_drawing)
        self.clear_button.setVisible(pen or has_drawing)
        self.undo_button.setEnabled(has_drawing)
        self.clear_button.setEnabled(has_drawing)
        self.fit_button.setEnabled(self._view.zoom > 1.0)
        self.zoom_out_button.setEnabled(self._view.zoom > 1.0)
