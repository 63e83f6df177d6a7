"""The handout's pictures, drawn as vectors: a step's diagram with its call-outs and the
physician's drawing, and the icon arrays beside the figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTransform
from PySide6.QtSvg import QSvgRenderer

from ipm_viewer.handout.flow import Flowable, Paragraph
from ipm_viewer.handout.style import INK, INK_SOFT, WHITE, Typesetter
from ipm_viewer.ui.widgets.diagram_parts import Callout, Stroke, fit, paint_strokes, spread
from ipm_viewer.ui.widgets.icon_array import ArrayCounts, paint_array

MAX_LABEL_SHARE = 0.29  # of the figure's width, per side
MIN_SHRINK = 0.8  # a picture may be drawn this much smaller to finish a page


@dataclass(frozen=True, slots=True)
class _Label:
    callout: Callout
    anchor: QPointF  # in view box coordinates
    width: float
    height: float


class DiagramFigure(Flowable):
    """A step's diagram in its on-screen state, call-outs as real text, ink on top, a caption."""

    def __init__(
        self,
        ts: Typesetter,
        renderer: QSvgRenderer,
        callouts: Sequence[Callout],
        strokes: Sequence[Stroke],
        caption: str,
        space_before: float = 0.0,
    ) -> None:
        self.ts = ts
        self.renderer = renderer
        self.callouts = list(callouts)
        self.strokes = list(strokes)
        self.picture_height = ts.pt(ts.style.picture_height)
        self.label_font = ts.font(ts.style.label, QFont.Weight.DemiBold)
        self.caption = Paragraph(
            ts,
            caption,
            size=ts.style.small,
            italic=True,
            colour=INK_SOFT,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        self.space_before = space_before
        self.leader = ts.pt(16)

    def measure(self, width: float) -> float:
        return self.picture_height + self.ts.pt(4) + self.caption.measure(width)

    def shrunk(self, width: float, available: float, allow_floor: bool = False) -> Flowable | None:
        """The same figure drawn smaller, down to MIN_SHRINK of its height, to fill a page
        (`allow_floor`: as small as allowed even when `available` is less)."""
        height = available - self.ts.pt(4) - self.caption.measure(width)
        if available < self.measure(width) and height >= self.picture_height * MIN_SHRINK:
            pass
        elif allow_floor and available < self.measure(width):
            height = self.picture_height * MIN_SHRINK
        else:
            return None
        smaller = DiagramFigure(
            self.ts,
            self.renderer,
            self.callouts,
            self.strokes,
            self.caption.text,
            self.space_before,
        )
        smaller.picture_height = height
        return smaller

    def _labels(self, width: float) -> list[_Label]:
        metrics = self.ts.metrics(self.label_font)
        limit = width * MAX_LABEL_SHARE
        labels = []
        for callout in self.callouts:
            anchor_id = f"anchor-{callout.structure_id}"
            if not self.renderer.elementExists(anchor_id):
                continue
            bounds = self.renderer.transformForElement(anchor_id).mapRect(
                self.renderer.boundsOnElement(anchor_id)
            )
            box = metrics.boundingRect(
                QRectF(0, 0, limit, 10_000), Qt.TextFlag.TextWordWrap, callout.text
            )
            labels.append(_Label(callout, bounds.center(), box.width(), box.height()))
        return labels

    def picture_rect(self, x: float, y: float, width: float) -> QRectF:
        """Where the picture itself goes (between the label columns)."""
        return self._layout(x, y, width)[0]

    def _layout(self, x: float, y: float, width: float) -> tuple[QRectF, list[tuple[_Label, bool]]]:
        view_box = self.renderer.viewBoxF()
        labels = self._labels(width)
        centre = view_box.center().x()
        sides = [(label, label.anchor.x() < centre) for label in labels]
        left_w = max((lb.width for lb, on_left in sides if on_left), default=0.0)
        right_w = max((lb.width for lb, on_left in sides if not on_left), default=0.0)
        left_part = left_w + self.leader if left_w else 0.0
        right_part = right_w + self.leader if right_w else 0.0
        area = QRectF(x + left_part, y, width - left_part - right_part, self.picture_height)
        picture = fit(view_box, area)
        # Centre the picture and its labels as one group.
        group = left_part + picture.width() + right_part
        picture.moveLeft(x + (width - group) / 2 + left_part)
        return picture, sides

    def _transform(self, picture: QRectF) -> QTransform:
        view_box = self.renderer.viewBoxF()
        scale = picture.width() / view_box.width()
        transform = QTransform()
        transform.translate(picture.left(), picture.top())
        transform.scale(scale, scale)
        transform.translate(-view_box.left(), -view_box.top())
        return transform

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        picture, sides = self._layout(x, y, width)
        if picture.isEmpty():
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, picture)
        transform = self._transform(picture)
        paint_strokes(painter, self.strokes, transform)
        self._draw_labels(painter, picture, sides, transform, y)
        painter.restore()
        self.caption.draw(painter, x, y + self.picture_height + self.ts.pt(4), width)

    def _draw_labels(
        self,
        painter: QPainter,
        picture: QRectF,
        sides: list[tuple[_Label, bool]],
        transform: QTransform,
        top: float,
    ) -> None:
        painter.setFont(self.label_font)
        gap = self.ts.pt(5)
        area = QRectF(picture.left(), top, picture.width(), self.picture_height)
        for on_left in (True, False):
            column = sorted(
                ((lb, transform.map(lb.anchor)) for lb, side in sides if side == on_left),
                key=lambda item: item[1].y(),
            )
            if not column:
                continue
            height = max(lb.height for lb, _ in column) + gap
            tops = spread([p.y() - height / 2 for _, p in column], [height] * len(column), area)
            for (label, anchor), label_top in zip(column, tops, strict=True):
                if on_left:
                    box = QRectF(
                        picture.left() - self.leader - label.width,
                        label_top,
                        label.width,
                        height - gap,
                    )
                    start = QPointF(box.right() + self.ts.pt(2), box.top() + self._first_line())
                    elbow = QPointF(start.x() + self.ts.pt(6), start.y())
                    align = Qt.AlignmentFlag.AlignRight
                else:
                    box = QRectF(
                        picture.right() + self.leader, label_top, label.width, height - gap
                    )
                    start = QPointF(box.left() - self.ts.pt(2), box.top() + self._first_line())
                    elbow = QPointF(start.x() - self.ts.pt(6), start.y())
                    align = Qt.AlignmentFlag.AlignLeft
                painter.setPen(QPen(QColor(INK), self.ts.pt(0.7)))
                painter.drawLine(start, elbow)
                painter.drawLine(elbow, anchor)
                painter.setBrush(QColor(WHITE))
                painter.drawEllipse(anchor, self.ts.pt(2.2), self.ts.pt(2.2))
                painter.setBrush(QColor(INK))
                painter.drawEllipse(anchor, self.ts.pt(1.0), self.ts.pt(1.0))
                painter.setPen(QColor(INK))
                painter.drawText(
                    box,
                    int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                    label.callout.text,
                )

    def _first_line(self) -> float:
        return self.ts.metrics(self.label_font).height() / 2


class IconArrayFigure(Flowable):
    """An icon array of 100 or 1,000 people, the same picture as on screen, as vectors."""

    def __init__(self, ts: Typesetter, counts: ArrayCounts) -> None:
        self.counts = counts
        share = 1.0 if counts.total == 100 else 2.0
        self.width = ts.pt(ts.style.array_width * share)

    def measure(self, width: float) -> float:
        return self.width / self.counts.columns * self.counts.rows

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        paint_array(
            painter, QRectF(x + width - self.width, y, self.width, self.measure(width)), self.counts
        )
