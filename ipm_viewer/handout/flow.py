"""Flowables: the blocks a handout page is made of, each able to measure, split and draw itself.

Why our own small layout engine and not a QTextDocument: a handout needs what QTextDocument's
pagination cannot give: a heading never left alone at a page foot (keep-with-next), no single
line of a paragraph stranded at a page top or foot, framed boxes ("When to call") that stay
whole or split cleanly with their frame, pictures drawn as vectors beside the text, and a footer
with "page N of M" on every page. Each block here measures itself with the fonts of the device it
will be drawn on (QTextLayout for the words), so large print truly re-flows: bigger type makes
more lines, the paginator makes more pages, and nothing is ever scaled.

Lengths are in device pixels (see `style.Typesetter.pt`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QTextCharFormat, QTextLayout
from PySide6.QtGui import QTextOption as _TextOption

from ipm_viewer.handout.style import INK, RULE, Typesetter
from ipm_viewer.handout.wording import Span, emphasis_spans

MIN_LINES = 2  # lines of a paragraph kept together at a page foot and at a page top


class Flowable:
    """A block of the page. Subclasses measure, draw and (when they can) split themselves."""

    space_before: float = 0.0  # dropped at the top of a page
    keep_with_next: bool = False  # a heading: never the last thing on a page
    floating: bool = False  # a picture that may move to the next page, the text going on

    def measure(self, width: float) -> float:
        raise NotImplementedError

    def min_height(self, width: float) -> float:
        """The smallest first part a split may leave at a page foot (all of it, if unsplittable)."""
        return self.measure(width)

    def split(self, width: float, available: float) -> tuple[Flowable, Flowable] | None:
        """A first part that fits `available` and the rest, or None when it cannot split."""
        return None

    def shrunk(self, width: float, available: float) -> Flowable | None:
        """A smaller version that fits `available` (a picture drawn smaller), or None."""
        return None

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        raise NotImplementedError


def stack_height(items: Sequence[Flowable], width: float) -> float:
    return sum(
        item.measure(width) + (item.space_before if index else 0.0)
        for index, item in enumerate(items)
    )


def draw_stack(
    painter: QPainter, items: Sequence[Flowable], x: float, y: float, width: float
) -> None:
    for index, item in enumerate(items):
        if index:
            y += item.space_before
        item.draw(painter, x, y, width)
        y += item.measure(width)


def split_stack(
    items: Sequence[Flowable], width: float, available: float
) -> tuple[list[Flowable], list[Flowable]] | None:
    """Split a column of blocks at `available`: whole blocks first, then a split of the next."""
    used = 0.0
    for index, item in enumerate(items):
        gap = item.space_before if index else 0.0
        height = item.measure(width)
        if used + gap + height <= available:
            used += gap + height
            continue
        parts = item.split(width, available - used - gap)
        if parts is not None:
            return [*items[:index], parts[0]], [parts[1], *items[index + 1 :]]
        if index == 0:
            return None
        previous = items[index - 1]
        if previous.keep_with_next:  # do not leave a heading alone at the foot of the part
            if index == 1:
                return None
            return list(items[: index - 1]), list(items[index - 1 :])
        return list(items[:index]), list(items[index:])
    return None


class Paragraph(Flowable):
    """Words set with QTextLayout: wrapped to the width, split between lines across pages.

    `marker` is drawn in the left indent of the first line: "bullet", "box" (a tick box), or any
    text ("1.").
    """

    def __init__(
        self,
        ts: Typesetter,
        text: str | list[Span],
        *,
        size: float | None = None,
        weight: QFont.Weight = QFont.Weight.Normal,
        italic: bool = False,
        colour: str = INK,
        indent: float = 0.0,
        marker: str = "",
        space_before: float = 0.0,
        keep_with_next: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        line_spacing: float | None = None,
    ) -> None:
        self.ts = ts
        self.spans = emphasis_spans(text) if isinstance(text, str) else text
        self.size = size if size is not None else ts.style.body
        self.font = ts.font(self.size, weight, italic)
        self.colour = colour
        self.indent = indent
        self.marker = marker
        self.space_before = space_before
        self.keep_with_next = keep_with_next
        self.align = align
        self.line_spacing = line_spacing or ts.style.line_spacing
        self._first = 0
        self._last: int | None = None  # exclusive end; None: to the end
        self._cache: tuple[float, QTextLayout, list[tuple[float, float]]] | None = None

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)

    def _lines(self, width: float) -> tuple[QTextLayout, list[tuple[float, float]]]:
        """The laid-out text and each line's (top, height), with the line spacing included."""
        if self._cache is not None and self._cache[0] == width:
            return self._cache[1], self._cache[2]
        layout = QTextLayout(self.text, self.font, self.ts.device)
        option = _TextOption(self.align)
        option.setWrapMode(_TextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setFormats(self._formats())
        pitch = self.ts.pt(self.size * self.line_spacing)
        lines: list[tuple[float, float]] = []
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width - self.indent))
            height = max(pitch, line.height())
            line.setPosition(QPointF(0, y + (height - line.height()) / 2))
            lines.append((y, height))
            y += height
        layout.endLayout()
        self._cache = (width, layout, lines)
        return layout, lines

    def _formats(self) -> list[QTextLayout.FormatRange]:
        formats = []
        start = 0
        for span in self.spans:
            text_format = QTextCharFormat()
            text_format.setForeground(QBrush(QColor(self.colour)))
            if span.bold:
                text_format.setFontWeight(QFont.Weight.Bold)
            if span.italic:
                text_format.setFontItalic(True)
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = start, len(span.text), text_format
            formats.append(item)
            start += len(span.text)
        return formats

    def _range(self, width: float) -> list[tuple[float, float]]:
        _, lines = self._lines(width)
        return lines[self._first : self._last]

    def measure(self, width: float) -> float:
        lines = self._range(width)
        return sum(height for _, height in lines)

    def min_height(self, width: float) -> float:
        lines = self._range(width)
        if len(lines) < 2 * MIN_LINES:
            return self.measure(width)
        return sum(height for _, height in lines[:MIN_LINES])

    def split(self, width: float, available: float) -> tuple[Flowable, Flowable] | None:
        lines = self._range(width)
        if len(lines) < 2 * MIN_LINES:
            return None
        fits = 0
        used = 0.0
        for _, height in lines:
            if used + height > available:
                break
            used += height
            fits += 1
        fits = min(fits, len(lines) - MIN_LINES)  # leave at least two lines for the next page
        if fits < MIN_LINES:
            return None
        head, tail = (
            self._part(self._first, self._first + fits),
            self._part(self._first + fits, self._last),
        )
        tail.space_before = 0.0
        return head, tail

    def _part(self, first: int, last: int | None) -> Paragraph:
        part = object.__new__(Paragraph)
        part.__dict__.update(self.__dict__)
        part._first, part._last = first, last
        if first:
            part.marker = ""
        return part

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        layout, lines = self._lines(width)
        shown = lines[self._first : self._last]
        if not shown:
            return
        offset = shown[0][0]
        painter.setPen(QColor(self.colour))
        last = self._last if self._last is not None else len(lines)
        for index in range(self._first, last):
            layout.lineAt(index).draw(painter, QPointF(x + self.indent, y - offset))
        if self._first == 0 and self.marker:
            self._draw_marker(painter, x, y, layout)

    def _draw_marker(self, painter: QPainter, x: float, y: float, layout: QTextLayout) -> None:
        line = layout.lineAt(0)
        baseline = y + line.position().y() + line.ascent()
        x_height = self.ts.metrics(self.font).xHeight()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.marker == "bullet":
            radius = x_height * 0.28
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.colour))
            centre = QPointF(x + self.indent * 0.35, baseline - x_height / 2)
            painter.drawEllipse(centre, radius, radius)
        elif self.marker == "box":
            side = x_height * 1.35
            painter.setPen(QPen(QColor(INK), self.ts.pt(0.9)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, baseline - side, side, side))
        else:
            painter.setFont(self.font)
            painter.setPen(QColor(self.colour))
            painter.drawText(QPointF(x, baseline), self.marker)
        painter.restore()


class Spacer(Flowable):
    def __init__(self, height: float) -> None:
        self.height = height

    def measure(self, width: float) -> float:
        return self.height

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        return


class Rule(Flowable):
    """A horizontal line (under a section heading, above the sources)."""

    def __init__(
        self, ts: Typesetter, thickness: float = 0.8, colour: str = RULE, space_before: float = 0
    ) -> None:
        self.thickness = ts.pt(thickness)
        self.colour = colour
        self.space_before = space_before
        self.keep_with_next = True
        self.gap = ts.pt(4)

    def measure(self, width: float) -> float:
        return self.thickness + self.gap

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.fillRect(QRectF(x, y, width, self.thickness), QColor(self.colour))


class RuledLines(Flowable):
    """Lines to write on ("Notes from your care team")."""

    def __init__(self, ts: Typesetter, count: int, pitch: float) -> None:
        self.count = count
        self.pitch = pitch
        self.pen = QPen(QColor(RULE), ts.pt(0.6))

    def measure(self, width: float) -> float:
        return self.count * self.pitch

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.setPen(self.pen)
        for index in range(1, self.count + 1):
            line_y = y + index * self.pitch
            painter.drawLine(QPointF(x, line_y), QPointF(x + width, line_y))


class PageBreak(Flowable):
    """Start a new page here (each procedure of a visit starts on its own page)."""

    def measure(self, width: float) -> float:
        return 0.0

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        return
