"""Flowables made of other flowables: kept together, side by side, framed, in columns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ipm_viewer.handout.flow import (
    Flowable,
    Paragraph,
    draw_stack,
    split_stack,
    stack_height,
)
from ipm_viewer.handout.style import INK, Typesetter

KEEP_BOX_WHOLE_PT = 400  # boxes up to this tall never split


class KeepTogether(Flowable):
    """Blocks that stay on one page (a risk and its picture); split only if taller than a page."""

    def __init__(self, items: Sequence[Flowable], space_before: float = 0.0) -> None:
        self.items = list(items)
        self.space_before = space_before

    def measure(self, width: float) -> float:
        return stack_height(self.items, width)

    def split(self, width: float, available: float) -> tuple[Flowable, Flowable] | None:
        return None

    def shrunk(self, width: float, available: float) -> Flowable | None:
        if not self.items:
            return None
        last = self.items[-1].shrunk(width, available - stack_height(self.items[:-1], width))
        if last is None:
            return None
        return KeepTogether([*self.items[:-1], last], self.space_before)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        draw_stack(painter, self.items, x, y, width)


class Columns(Flowable):
    """Blocks on the left, one block (a picture) on the right; kept on one page."""

    def __init__(
        self,
        left: Sequence[Flowable],
        right: Flowable,
        right_width: float,
        gap: float,
        space_before: float = 0.0,
    ) -> None:
        self.left = list(left)
        self.right = right
        self.right_width = right_width
        self.gap = gap
        self.space_before = space_before

    def _left_width(self, width: float) -> float:
        return width - self.right_width - self.gap

    def measure(self, width: float) -> float:
        return max(
            stack_height(self.left, self._left_width(width)), self.right.measure(self.right_width)
        )

    def shrunk(self, width: float, available: float) -> Flowable | None:
        if stack_height(self.left, self._left_width(width)) > available:
            return None
        right = self.right.shrunk(self.right_width, available)
        if right is None:
            return None
        return Columns(self.left, right, self.right_width, self.gap, self.space_before)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        draw_stack(painter, self.left, x, y, self._left_width(width))
        self.right.draw(painter, x + width - self.right_width, y, self.right_width)


class Box(Flowable):
    """A framed panel ("Before the day", "When to call"), found at a glance.

    `band` is a title set in white on a black band (the emergency box); a box that does not fit
    splits between its blocks, each part with its own frame.
    """

    def __init__(
        self,
        ts: Typesetter,
        items: Sequence[Flowable],
        *,
        border: float = 1.2,
        fill: str | None = None,
        band: Paragraph | None = None,
        space_before: float = 0.0,
    ) -> None:
        self.ts = ts
        self.items = list(items)
        self.border = ts.pt(border)
        self.fill = fill
        self.band = band
        self.padding = ts.space(0.85)
        self.space_before = space_before
        self.keep_whole = ts.pt(KEEP_BOX_WHOLE_PT)

    def _inner(self, width: float) -> float:
        return width - 2 * self.padding

    def _band_height(self, width: float) -> float:
        if self.band is None:
            return 0.0
        return self.band.measure(self._inner(width)) + self.padding

    def measure(self, width: float) -> float:
        return (
            self._band_height(width)
            + stack_height(self.items, self._inner(width))
            + 2 * self.padding
        )

    def _min_part(self, width: float) -> float:
        if not self.items:
            return self.measure(width)
        first = self.items[0]
        head = first.measure(self._inner(width))
        if first.keep_with_next and len(self.items) > 1:
            head += self.items[1].space_before + self.items[1].min_height(self._inner(width))
        return self._band_height(width) + 2 * self.padding + head

    def min_height(self, width: float) -> float:
        if self.measure(width) <= self.keep_whole:
            return self.measure(width)
        return self._min_part(width)

    def split(self, width: float, available: float) -> tuple[Flowable, Flowable] | None:
        if self.measure(width) <= self.keep_whole:
            return None  # found at a glance: a box that fits on a page is never cut in two
        room = available - self._band_height(width) - 2 * self.padding
        parts = split_stack(self.items, self._inner(width), room)
        if parts is None or not parts[0]:
            return None
        head = Box(self.ts, parts[0], fill=self.fill, band=self.band)
        head.border, head.space_before = self.border, self.space_before
        tail = Box(self.ts, parts[1], fill=self.fill)
        tail.border = self.border
        parts[1][0].space_before = 0.0
        return head, tail

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        height = self.measure(width)
        frame = QRectF(x, y, width, height).adjusted(
            self.border / 2, self.border / 2, -self.border / 2, -self.border / 2
        )
        painter.save()
        painter.setPen(QPen(QColor(INK), self.border))
        painter.setBrush(QColor(self.fill) if self.fill else Qt.BrushStyle.NoBrush)
        painter.drawRect(frame)
        top = y + self.padding
        if self.band is not None:
            band_height = self._band_height(width)
            painter.fillRect(QRectF(x, y, width, band_height), QColor(INK))
            self.band.draw(painter, x + self.padding, y + self.padding / 2, self._inner(width))
            top = y + band_height + self.padding
        painter.restore()
        draw_stack(painter, self.items, x + self.padding, top, self._inner(width))


class ColumnList(Flowable):
    """Short notes in balanced columns (the numbered sources); split between items."""

    def __init__(
        self, items: Sequence[Flowable], gap: float, columns: int = 2, space_before: float = 0.0
    ) -> None:
        self.items = list(items)
        self.gap = gap
        self.columns = columns
        self.space_before = space_before

    def _column_width(self, width: float) -> float:
        return (width - self.gap * (self.columns - 1)) / self.columns

    def _split_columns(self, width: float) -> list[list[Flowable]]:
        column = self._column_width(width)
        target = stack_height(self.items, column) / self.columns
        result: list[list[Flowable]] = [[]]
        used = 0.0
        for item in self.items:
            if used >= target and len(result) < self.columns:
                result.append([])
                used = 0.0
            result[-1].append(item)
            used += item.measure(column) + (item.space_before if len(result[-1]) > 1 else 0.0)
        return result

    def measure(self, width: float) -> float:
        column = self._column_width(width)
        return max(stack_height(part, column) for part in self._split_columns(width))

    def min_height(self, width: float) -> float:
        if len(self.items) <= self.columns:
            return self.measure(width)
        return ColumnList(self.items[: self.columns], self.gap, self.columns).measure(width)

    def split(self, width: float, available: float) -> tuple[Flowable, Flowable] | None:
        for count in range(len(self.items) - 1, 0, -1):
            head = ColumnList(self.items[:count], self.gap, self.columns, self.space_before)
            if head.measure(width) <= available:
                return head, ColumnList(self.items[count:], self.gap, self.columns)
        return None

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        column = self._column_width(width)
        for index, part in enumerate(self._split_columns(width)):
            draw_stack(painter, part, x + index * (column + self.gap), y, column)
