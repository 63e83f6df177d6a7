"""Shows one diagram state with call-out labels drawn by the viewer (never baked into the SVG)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipm_viewer.diagrams.svg_state import DiagramDocument, DiagramState
from ipm_viewer.ui.theme import LIGHT, Theme

LABEL_GAP = 10.0  # vertical space between stacked labels
LEADER_GAP = 28.0  # horizontal space between the label column and the picture
PADDING = 12.0


@dataclass(frozen=True, slots=True)
class Callout:
    """A label to draw: the structure it points at and its text."""

    structure_id: str
    text: str


@dataclass(slots=True)
class _PlacedLabel:
    callout: Callout
    anchor: QPointF
    box: QRectF
    on_left: bool


class DiagramView(QWidget):
    """Paints a diagram state, fitted to the widget, with non-overlapping call-outs."""

    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self._theme = theme
        self._document: DiagramDocument | None = None
        self._state = DiagramState()
        self._callouts: list[Callout] = []
        self._renderer: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple[object, ...] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 240)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- public API ----------------------------------------------------------------------------

    def set_diagram(
        self,
        document: DiagramDocument | None,
        state: DiagramState,
        callouts: list[Callout],
        title: str = "",
        description: str = "",
    ) -> None:
        """Show `document` in `state`; repaints only what changed."""
        changed = document is not self._document or state != self._state
        self._document = document
        self._state = state
        self._callouts = callouts
        if changed:
            self._renderer = None
            if document is not None:
                self._renderer = QSvgRenderer(QByteArray(document.svg_for(state)), self)
            self._pixmap_key = None
        labels = ", ".join(c.text for c in callouts)
        self.setAccessibleName(title or self.tr("Diagram"))
        self.setAccessibleDescription(
            f"{description} {self.tr('Labels')}: {labels}." if labels else description
        )
        self.update()

    @property
    def state(self) -> DiagramState:
        return self._state

    @property
    def callouts(self) -> list[Callout]:
        return list(self._callouts)

    def sizeHint(self) -> QSize:
        return QSize(560, 520)

    def placed_labels(self) -> list[tuple[str, QRectF, QPointF]]:
        """Where each label and its anchor are drawn, in widget coordinates (for tests)."""
        return [(p.callout.structure_id, p.box, p.anchor) for p in self._layout()[1]]

    def picture_rect(self) -> QRectF:
        return self._layout()[0]

    # -- layout --------------------------------------------------------------------------------

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(13, round(self.font().pixelSize() * 0.88)))
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _layout(self) -> tuple[QRectF, list[_PlacedLabel]]:
        area = QRectF(self.rect()).adjusted(PADDING, PADDING, -PADDING, -PADDING)
        renderer = self._renderer
        if renderer is None or not renderer.isValid():
            return QRectF(), []
        view_box = renderer.viewBoxF()
        metrics = QFontMetricsF(self._label_font())
        anchors: list[tuple[Callout, QPointF]] = []
        for callout in self._callouts:
            anchor_id = f"anchor-{callout.structure_id}"
            if not renderer.elementExists(anchor_id):
                continue
            bounds = renderer.transformForElement(anchor_id).mapRect(
                renderer.boundsOnElement(anchor_id)
            )
            anchors.append((callout, bounds.center()))
        widths = {
            c.structure_id: min(
                math.ceil(metrics.horizontalAdvance(c.text)) + 26, area.width() * 0.3
            )
            for c, _ in anchors
        }
        left = [(c, p) for c, p in anchors if p.x() < view_box.center().x()]
        right = [(c, p) for c, p in anchors if p.x() >= view_box.center().x()]
        left_w = max((widths[c.structure_id] for c, _ in left), default=0.0)
        right_w = max((widths[c.structure_id] for c, _ in right), default=0.0)
        picture_area = area.adjusted(
            left_w + (LEADER_GAP if left else 0), 0, -(right_w + (LEADER_GAP if right else 0)), 0
        )
        picture = _fit(view_box, picture_area)
        height = metrics.height() + 12

        def to_widget(point: QPointF) -> QPointF:
            return QPointF(
                picture.left() + (point.x() - view_box.left()) / view_box.width() * picture.width(),
                picture.top() + (point.y() - view_box.top()) / view_box.height() * picture.height(),
            )

        placed: list[_PlacedLabel] = []
        for column, on_left in ((left, True), (right, False)):
            column_items = sorted(((c, to_widget(p)) for c, p in column), key=lambda i: i[1].y())
            tops = _spread([p.y() - height / 2 for _, p in column_items], height, area)
            for (callout, anchor), top in zip(column_items, tops, strict=True):
                width = widths[callout.structure_id]
                x = area.left() + left_w - width if on_left else area.right() - right_w
                placed.append(_PlacedLabel(callout, anchor, QRectF(x, top, width, height), on_left))
        return picture, placed

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        picture, labels = self._layout()
        if self._renderer is not None and picture.isValid():
            painter.drawPixmap(picture.topLeft(), self._picture_pixmap(picture))
        self._paint_labels(painter, labels)
        painter.end()

    def _picture_pixmap(self, picture: QRectF) -> QPixmap:
        """The rendered SVG, cached until the state or size changes (painting stays cheap)."""
        ratio = self.devicePixelRatioF()
        key = (id(self._renderer), round(picture.width()), round(picture.height()), ratio)
        if self._pixmap is None or key != self._pixmap_key:
            pixmap = QPixmap(QSize(round(picture.width() * ratio), round(picture.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            assert self._renderer is not None
            self._renderer.render(p, QRectF(0, 0, picture.width(), picture.height()))
            p.end()
            self._pixmap, self._pixmap_key = pixmap, key
        return self._pixmap

    def _paint_labels(self, painter: QPainter, labels: list[_PlacedLabel]) -> None:
        t = self._theme
        painter.setFont(self._label_font())
        line_pen = QPen(QColor(t.text), 1.6)
        for label in labels:
            box = label.box
            start = QPointF(box.right() if label.on_left else box.left(), box.center().y())
            elbow = QPointF(start.x() + (14 if label.on_left else -14), start.y())
            painter.setPen(line_pen)
            painter.drawLine(start, elbow)
            painter.drawLine(elbow, label.anchor)
            painter.setBrush(QColor(t.surface))
            painter.drawEllipse(label.anchor, 5, 5)
            painter.setBrush(QColor(t.text))
            painter.drawEllipse(label.anchor, 2.5, 2.5)
            painter.setPen(QPen(QColor(t.border), 1))
            painter.setBrush(QColor(t.surface))
            painter.drawRoundedRect(box, 8, 8)
            painter.setPen(QColor(t.text))
            text_rect = box.adjusted(12, 0, -10, 0)
            text = painter.fontMetrics().elidedText(
                label.callout.text, Qt.TextElideMode.ElideRight, round(text_rect.width())
            )
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
            )


def _fit(view_box: QRectF, area: QRectF) -> QRectF:
    """The largest rectangle with the view box's aspect ratio, centred in `area`."""
    if view_box.isEmpty() or area.isEmpty():
        return QRectF()
    scale = min(area.width() / view_box.width(), area.height() / view_box.height())
    width, height = view_box.width() * scale, view_box.height() * scale
    return QRectF(
        area.left() + (area.width() - width) / 2,
        area.top() + (area.height() - height) / 2,
        width,
        height,
    )


def _spread(tops: list[float], height: float, area: QRectF) -> list[float]:
    """Move label tops apart so none overlap, staying inside `area` where there is room."""
    result = list(tops)
    for i in range(len(result)):  # push down
        floor = area.top() if i == 0 else result[i - 1] + height + LABEL_GAP
        result[i] = max(result[i], floor)
    for i in range(len(result) - 1, -1, -1):  # then pull up from the bottom edge
        ceiling = (
            area.bottom() - height if i == len(result) - 1 else result[i + 1] - height - LABEL_GAP
        )
        result[i] = min(result[i], ceiling)
    return result
