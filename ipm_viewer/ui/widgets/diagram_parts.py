"""The pieces a diagram view is made of: call-outs, ink strokes, label layout, renderer cache."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtSvg import QSvgRenderer

from ipm_viewer.diagrams.svg_state import DiagramDocument, DiagramState
from ipm_viewer.ui.theme import Theme

LABEL_GAP = 10.0  # vertical space between stacked labels


@dataclass(frozen=True, slots=True)
class Callout:
    """A label to draw: the structure it points at and its text."""

    structure_id: str
    text: str


@dataclass(slots=True)
class Stroke:
    """One pen stroke, in diagram (view box) coordinates."""

    colour: str
    width: float
    points: list[QPointF] = field(default_factory=list)


@dataclass(slots=True)
class PlacedLabel:
    callout: Callout
    anchor: QPointF
    box: QRectF
    on_left: bool


@dataclass(frozen=True, slots=True)
class DiagramLayout:
    area: QRectF  # where the picture may be drawn (between the label columns)
    picture: QRectF  # the picture at zoom 1
    labels: list[PlacedLabel]


class RendererCache:
    """Parsed renderers per diagram state, so stepping back and forth never re-parses."""

    def __init__(self, size: int = 8) -> None:
        self._items: OrderedDict[tuple[str, DiagramState], QSvgRenderer] = OrderedDict()
        self._size = size

    def get(self, document: DiagramDocument, state: DiagramState) -> QSvgRenderer:
        # Keyed by the diagram's id, not the document object's: a document parsed again after
        # the old one was freed may get its address, and would be shown the old diagram.
        key = (document.info.diagram_id, state)
        renderer = self._items.get(key)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(document.svg_for(state)))
            self._items[key] = renderer
            if len(self._items) > self._size:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return renderer

    def clear(self) -> None:
        self._items.clear()


def fit(view_box: QRectF, area: QRectF) -> QRectF:
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


def spread(tops: list[float], heights: list[float], area: QRectF) -> list[float]:
    """Move label tops apart so none overlap, staying inside `area` where there is room."""
    result = list(tops)
    for i in range(len(result)):  # push down
        floor = area.top() if i == 0 else result[i - 1] + heights[i - 1] + LABEL_GAP
        result[i] = max(result[i], floor)
    for i in range(len(result) - 1, -1, -1):  # then pull up from the bottom edge
        last = i == len(result) - 1
        ceiling = area.bottom() if last else result[i + 1] - LABEL_GAP
        result[i] = min(result[i], ceiling - heights[i])
    return result


LABEL_TEXT_FLAGS = (
    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
)
LABEL_PADDING = QMarginsF(12, 6, 10, 6)  # text inside a call-out's box


def label_text_flags(metrics: QFontMetricsF, text: str, width: float) -> int:
    """Wrap between words; inside a word only when one word is wider than the box."""
    too_long = any(metrics.horizontalAdvance(word) > width for word in text.split())
    return int(LABEL_TEXT_FLAGS) | (int(Qt.TextFlag.TextWrapAnywhere) if too_long else 0)


def label_box_size(
    metrics: QFontMetricsF, text: str, max_width: float, hard_limit: float
) -> QSizeF:
    """A call-out's box: one line when it fits in `max_width`, else wrapped onto more lines.
    The box widens up to `hard_limit` rather than break a word; the whole text is always shown
    (a word longer than even that breaks anywhere)."""
    horizontal = LABEL_PADDING.left() + LABEL_PADDING.right()
    one_line = metrics.horizontalAdvance(text) + horizontal + 4
    longest_word = max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)
    widest = max(max_width, min(longest_word + horizontal + 4, hard_limit), 40.0)
    width = min(one_line, widest)
    flags = label_text_flags(metrics, text, width - horizontal)
    wrapped = metrics.boundingRect(QRectF(0, 0, width - horizontal, 1e6), flags, text)
    height = wrapped.height() + LABEL_PADDING.top() + LABEL_PADDING.bottom()
    return QSizeF(width, height)


def paint_strokes(painter: QPainter, strokes: list[Stroke], transform: QTransform) -> None:
    """Ink strokes, stored in diagram coordinates, drawn where the picture is now."""
    for stroke in strokes:
        if not stroke.points:
            continue
        path = QPainterPath(transform.map(stroke.points[0]))
        for point in stroke.points[1:]:
            path.lineTo(transform.map(point))
        pen = QPen(QColor(stroke.colour), stroke.width * transform.m11())
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(stroke.points) == 1:
            painter.drawPoint(transform.map(stroke.points[0]))
        else:
            painter.drawPath(path)


def paint_labels(painter: QPainter, labels: list[PlacedLabel], theme: Theme) -> None:
    """Call-outs: a leader line with an elbow, a dot on the anchor, the text in a box."""
    line_pen = QPen(QColor(theme.text), 1.6)
    for label in labels:
        box = label.box
        start = QPointF(box.right() if label.on_left else box.left(), box.center().y())
        elbow = QPointF(start.x() + (14 if label.on_left else -14), start.y())
        painter.setPen(line_pen)
        painter.drawLine(start, elbow)
        painter.drawLine(elbow, label.anchor)
        painter.setBrush(QColor(theme.surface))
        painter.drawEllipse(label.anchor, 5, 5)
        painter.setBrush(QColor(theme.text))
        painter.drawEllipse(label.anchor, 2.5, 2.5)
        painter.setPen(QPen(QColor(theme.border), 1))
        painter.setBrush(QColor(theme.surface))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(QColor(theme.text))
        inner = box.marginsRemoved(LABEL_PADDING)
        metrics = QFontMetricsF(painter.font())
        flags = label_text_flags(metrics, label.callout.text, inner.width())
        painter.drawText(inner, flags, label.callout.text)
