"""An icon array: a crowd of 100 or 1,000 people with the affected ones grouped and coloured.

Painted from vectors, so it is sharp at any size and in print (`paint_array` draws on any
QPainter). Affected people are grouped at the start, not scattered; a range shows its lower end
solid and the rest of the range as outlines, so it stays a range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipm_viewer.content.figures import natural_frequency, none_counted
from ipm_viewer.content.procedure_model import Frequency

# A deep vermillion against a light blue-grey: distinct for every common colour-vision type and
# by lightness alone (3.4:1, for greyscale printing); a test checks the ratio.
AFFECTED = "#B84400"
UNAFFECTED = "#C3CFDA"
OUTLINE = "#5B6B7A"


@dataclass(frozen=True, slots=True)
class ArrayCounts:
    """What the picture shows: `certain` solid, `possible` outlined, out of `total` people."""

    total: int
    certain: int
    possible: int
    too_rare: bool  # the event is rarer than one person in this picture

    @property
    def columns(self) -> int:
        return 10 if self.total == 100 else 40

    @property
    def rows(self) -> int:
        return math.ceil(self.total / self.columns)


def array_counts(frequency: Frequency) -> ArrayCounts | None:
    """100 people for 1% or more, 1,000 for smaller figures; None when there is no figure.

    None too for a count of none: 1,000 uncoloured dots would say "none in 1,000", not what
    the study counted.
    """
    natural = natural_frequency(frequency)
    if natural is None or none_counted(frequency):
        return None
    high_probability = natural.high / natural.per
    total = 100 if high_probability >= 0.01 else 1000
    low = natural.low * total / natural.per
    high = natural.high * total / natural.per
    certain = round(low)
    possible = max(0, round(high) - certain)
    too_rare = round(high) < 1 and natural.high > 0
    return ArrayCounts(total, certain, possible, too_rare)


def paint_array(painter: QPainter, rect: QRectF, counts: ArrayCounts) -> None:
    """Draw the array into `rect`, filling row by row from the top left."""
    size = min(rect.width() / counts.columns, rect.height() / counts.rows)
    left = rect.left() + (rect.width() - size * counts.columns) / 2
    top = rect.top()
    person = counts.total == 100  # 1,000 people are too small for figures: use dots
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for index in range(counts.total):
        row, column = divmod(index, counts.columns)
        cell = QRectF(left + column * size, top + row * size, size, size)
        if index < counts.certain:
            fill, pen = QColor(AFFECTED), Qt.PenStyle.NoPen
        elif index < counts.certain + counts.possible:
            fill, pen = QColor("white"), Qt.PenStyle.SolidLine
        else:
            fill, pen = QColor(UNAFFECTED), Qt.PenStyle.NoPen
        painter.setBrush(fill)
        painter.setPen(QPen(QColor(AFFECTED), max(1.0, size * 0.08), pen))
        if person:
            painter.drawPath(_person(cell))
        else:
            painter.drawEllipse(cell.center(), size * 0.38, size * 0.38)
    painter.restore()


def _person(cell: QRectF) -> QPainterPath:
    """A simple figure: round head over rounded shoulders."""
    w, h = cell.width(), cell.height()
    path = QPainterPath()
    path.addEllipse(QPointF(cell.center().x(), cell.top() + h * 0.26), w * 0.16, h * 0.16)
    body = QRectF(cell.left() + w * 0.22, cell.top() + h * 0.46, w * 0.56, h * 0.46)
    path.addRoundedRect(body, w * 0.22, w * 0.22)
    return path


class IconArray(QWidget):
    """The widget form of `paint_array`, keeping its aspect ratio as it is resized."""

    def __init__(self, frequency: Frequency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = array_counts(frequency)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Picture of people"))
        self.setAccessibleDescription(self.describe())

    def describe(self) -> str:
        """The text alternative: what a sighted reader takes from the picture."""
        c = self.counts
        if c is None:
            return ""
        if c.too_rare:
            return self.tr(
                "Picture of {total} people. None are coloured: this is rarer than 1 in {total}."
            ).format(total=f"{c.total:,}")
        if c.possible:
            return self.tr(
                "Picture of {total} people: {low} coloured and {extra} more outlined, "
                "showing a range of {low} to {high}."
            ).format(
                total=f"{c.total:,}", low=c.certain, extra=c.possible, high=c.certain + c.possible
            )
        return self.tr("Picture of {total} people: {n} are coloured.").format(
            total=f"{c.total:,}", n=c.certain
        )

    def sizeHint(self) -> QSize:
        width = 220 if self.counts is None or self.counts.total == 100 else 280
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.counts is None:
            return 0
        return math.ceil(width / self.counts.columns * self.counts.rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.counts is None:
            return
        painter = QPainter(self)
        paint_array(painter, QRectF(self.rect()), self.counts)
        painter.end()
