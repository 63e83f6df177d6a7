"""The walkthrough's progress indicator: the five phases, a dot per step, the current one filled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipm_viewer.content.model import PHASES, Phase

DOT_RADIUS = 7.0
DOT_REACH = DOT_RADIUS + 6  # the current step's ring (radius + 3, pen 3) and its antialiasing
HIT_RADIUS = 22.0  # touch-friendly target around each dot


def phase_title(phase: Phase) -> str:
    """The heading a patient sees for each phase."""
    titles = {
        "before": QCoreApplication.translate("Phase", "Before"),
        "day-of": QCoreApplication.translate("Phase", "On the day"),
        "during": QCoreApplication.translate("Phase", "During"),
        "after": QCoreApplication.translate("Phase", "Right after"),
        "recovery": QCoreApplication.translate("Phase", "Recovery"),
    }
    return titles[phase]


class PhaseStrip(QWidget):
    """Shows where the patient is in the walkthrough; clicking a dot jumps to that step.

    Full: every phase's name above its own stretch of dots. Compact (small screens, or when a
    name would not fit): the current phase's name in full, then one dot per step, grouped by
    phase. A phase name is never cut short.
    """

    step_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: list[Phase] = []
        self._current = 0
        self._compact = False
        # Where the dots are depends only on the phases, the size and the font: kept until one
        # changes, so a step change does not work it all out again.
        self._centres: list[QPointF] | None = None
        self._shows_compact: bool | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Prev/Next and arrow keys do the same job
        self.setAccessibleName(self.tr("Progress"))

    def set_steps(self, phases: list[Phase], current: int) -> None:
        previous = self._current
        same_phases = phases == self._phases
        self._phases = list(phases)
        self._current = current
        total = len(phases)
        if total:
            self.setAccessibleDescription(
                self.tr("Step {n} of {total}: {phase}").format(
                    n=current + 1, total=total, phase=phase_title(phases[current])
                )
            )
        if not same_phases:
            self._forget_geometry()
            self.update()
        elif current != previous:
            self._update_changed(previous, current)

    def _update_changed(self, previous: int, current: int) -> None:
        """Repaint only what a move shows: within a phase, the dots from the old step to the
        new one; into another phase, the names and bars change colour too, so everything."""
        if not (0 <= previous < len(self._phases)) or (
            self._phases[previous] != self._phases[current]
        ):
            self.update()
            return
        centres = self._dot_centres()
        low, high = sorted((previous, current))
        left, right = centres[low].x() - DOT_REACH, centres[high].x() + DOT_REACH
        self.update(QRectF(left, 0, right - left, self.height()).toAlignedRect())

    def set_compact(self, compact: bool) -> None:
        if compact != self._compact:
            self._compact = compact
            self._forget_geometry()
            self.updateGeometry()
            self.update()

    def _forget_geometry(self) -> None:
        self._centres = None
        self._shows_compact = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._forget_geometry()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._forget_geometry()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        line = self._label_metrics().height()
        if self._compact:
            return QSize(360, round(max(line, 2 * DOT_RADIUS + 8)) + 16)
        return QSize(600, round(line) * 2 + 34)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), 240), hint.height())

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _label_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self._label_font())

    def _segments(self) -> list[tuple[Phase, QRectF, list[int]]]:
        """Each phase's box, sized by how many steps it has, and the step indexes in it."""
        used = [p for p in PHASES if p in self._phases]
        if not used:
            return []
        weights = [max(1, self._phases.count(p)) + 1 for p in used]
        width = self.width() - 8
        x = 4.0
        segments = []
        for phase, weight in zip(used, weights, strict=True):
            w = width * weight / sum(weights)
            steps = [i for i, p in enumerate(self._phases) if p == phase]
            segments.append((phase, QRectF(x, 0, w, self.height()), steps))
            x += w
        return segments

    def showing_compact(self) -> bool:
        """Compact when asked, or when a phase's name would not fit above its dots."""
        if self._shows_compact is None:
            metrics = self._label_metrics()
            self._shows_compact = self._compact or any(
                metrics.horizontalAdvance(phase_title(phase)) > box.width() - 18
                for phase, box, _steps in self._segments()
            )
        return self._shows_compact

    def shown_titles(self) -> list[str]:
        """The phase names drawn right now (each in full)."""
        if not self._phases:
            return []
        if self.showing_compact():
            return [phase_title(self._phases[self._current])]
        return [phase_title(phase) for phase, _box, _steps in self._segments()]

    def _compact_title_width(self) -> float:
        metrics = self._label_metrics()
        titles = {phase_title(p) for p in self._phases}
        return max((metrics.horizontalAdvance(title) for title in titles), default=0.0)

    def _dot_centres(self) -> list[QPointF]:
        """Where each step's dot is, indexed by step."""
        if self._centres is None:
            self._centres = self._place_dots()
        return self._centres

    def _place_dots(self) -> list[QPointF]:
        centres = [QPointF() for _ in self._phases]
        if self.showing_compact():
            # Room for the longest name, so the dots stay put as the name changes.
            start = 4 + self._compact_title_width() + 24 + DOT_RADIUS
            groups = [p for p in PHASES if p in self._phases]
            gaps = max(len(groups) - 1, 0)
            room = max(self.width() - start - DOT_RADIUS - 6, 0.0)
            spacing = min(30.0, room / max(len(self._phases) - 1 + gaps * 0.6, 1))
            x = start
            y = self.height() / 2
            for index, phase in enumerate(self._phases):
                if index and phase != self._phases[index - 1]:
                    x += spacing * 0.6  # a little more room between phases
                centres[index] = QPointF(x, y)
                x += spacing
            return centres
        for _phase, box, steps in self._segments():
            y = box.bottom() - DOT_RADIUS - 8
            spacing = min(34.0, (box.width() - 24) / max(len(steps), 1))
            for position, step in enumerate(steps):
                centres[step] = QPointF(box.left() + 12 + DOT_RADIUS + position * spacing, y)
        return centres

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self.palette()  # the theme's palette: light, dark or high contrast
        accent = colours.color(QPalette.ColorRole.Highlight)
        text = colours.color(QPalette.ColorRole.WindowText)
        muted = colours.color(QPalette.ColorRole.PlaceholderText)
        border = colours.color(QPalette.ColorRole.Mid)
        surface = colours.color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._label_font())
        centres = self._dot_centres()
        if not self._phases:
            painter.end()
            return
        current_phase = self._phases[self._current]
        dirty = QRectF(event.rect())
        if self.showing_compact():
            painter.setPen(accent)
            painter.drawText(
                QRectF(4, 0, self._compact_title_width() + 8, self.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                phase_title(current_phase),
            )
        else:
            for phase, box, steps in self._segments():
                if not box.intersects(dirty):
                    continue
                active = phase == current_phase
                done = bool(steps) and steps[-1] < self._current
                painter.setPen(accent if active else (text if done else muted))
                painter.drawText(
                    box.adjusted(12, 2, -6, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    phase_title(phase),
                )
                bar_y = box.bottom() - DOT_RADIUS - 8
                painter.setPen(QPen(accent if (active or done) else border, 3))
                painter.drawLine(QPointF(box.left() + 6, bar_y), QPointF(box.right() - 6, bar_y))
        for step, centre in enumerate(centres):
            # A step change repaints only the dots that changed; a dot is drawn whenever any
            # pixel it covers is to be repainted (a neighbour's ring may reach in).
            if not dirty.intersects(
                QRectF(centre.x() - DOT_REACH, 0, 2 * DOT_REACH, self.height())
            ):
                continue
            if step == self._current:
                painter.setPen(QPen(accent, 3))
                painter.setBrush(surface)
                painter.drawEllipse(centre, DOT_RADIUS + 3, DOT_RADIUS + 3)
                painter.setBrush(accent)
                painter.drawEllipse(centre, DOT_RADIUS - 2, DOT_RADIUS - 2)
            else:
                filled = step < self._current
                painter.setPen(QPen(accent if filled else muted, 2))
                painter.setBrush(accent if filled else surface)
                painter.drawEllipse(centre, DOT_RADIUS - 1, DOT_RADIUS - 1)
        painter.end()

    def step_at(self, point: QPointF) -> int | None:
        centres = self._dot_centres()
        if not centres:
            return None
        step = min(range(len(centres)), key=lambda i: (centres[i] - point).manhattanLength())
        return step if (centres[step] - point).manhattanLength() <= HIT_RADIUS else None

    def dot_position(self, step: int) -> QPointF:
        """Where a step's dot is drawn (for tests and accessibility tools)."""
        centres = self._dot_centres()
        return QPointF(centres[step]) if 0 <= step < len(centres) else QPointF()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        step = self.step_at(event.position())
        if step is not None:
            self.step_clicked.emit(step)
