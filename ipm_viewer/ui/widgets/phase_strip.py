"""The walkthrough's progress indicator: the five phases, a dot per step, the current one filled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipm_viewer.content.model import PHASES, Phase

DOT_RADIUS = 7.0
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
    """Shows where the patient is in the walkthrough; clicking a dot jumps to that step."""

    step_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: list[Phase] = []
        self._current = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Prev/Next and arrow keys do the same job
        self.setAccessibleName(self.tr("Progress"))

    def set_steps(self, phases: list[Phase], current: int) -> None:
        self._phases = phases
        self._current = current
        total = len(phases)
        if total:
            self.setAccessibleDescription(
                self.tr("Step {n} of {total}: {phase}").format(
                    n=current + 1, total=total, phase=phase_title(phases[current])
                )
            )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, self.fontMetrics().height() * 2 + 34)

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

    def _dot_centre(self, box: QRectF, position: int, count: int) -> QPointF:
        y = box.bottom() - DOT_RADIUS - 8
        spacing = min(34.0, (box.width() - 24) / max(count, 1))
        start = box.left() + 12 + DOT_RADIUS
        return QPointF(start + position * spacing, y)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self.palette()  # the theme's palette: light, dark or high contrast
        accent = colours.color(QPalette.ColorRole.Highlight)
        text = colours.color(QPalette.ColorRole.WindowText)
        muted = colours.color(QPalette.ColorRole.PlaceholderText)
        border = colours.color(QPalette.ColorRole.Mid)
        surface = colours.color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        current_phase = self._phases[self._current] if self._phases else None
        label_font = QFont(self.font())
        label_font.setWeight(QFont.Weight.DemiBold)
        for phase, box, steps in self._segments():
            active = phase == current_phase
            done = bool(steps) and steps[-1] < self._current
            painter.setFont(label_font)
            painter.setPen(accent if active else (text if done else muted))
            label_box = box.adjusted(12, 2, -6, 0)
            title = painter.fontMetrics().elidedText(  # a short phase gets a short label
                phase_title(phase), Qt.TextElideMode.ElideRight, round(label_box.width())
            )
            painter.drawText(
                label_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title
            )
            bar_y = box.bottom() - DOT_RADIUS - 8
            painter.setPen(QPen(accent if (active or done) else border, 3))
            painter.drawLine(QPointF(box.left() + 6, bar_y), QPointF(box.right() - 6, bar_y))
            for position, step in enumerate(steps):
                centre = self._dot_centre(box, position, len(steps))
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
        for _phase, box, steps in self._segments():
            for position, step in enumerate(steps):
                centre = self._dot_centre(box, position, len(steps))
                if (centre - point).manhattanLength() <= HIT_RADIUS:
                    return step
        return None

    def dot_position(self, step: int) -> QPointF:
        """Where a step's dot is drawn (for tests and accessibility tools)."""
        for _phase, box, steps in self._segments():
            if step in steps:
                return self._dot_centre(box, steps.index(step), len(steps))
        return QPointF()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        step = self.step_at(event.position())
        if step is not None:
            self.step_clicked.emit(step)
