"""What a person would call a broken layout, measured on real widgets: cut or squeezed text."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

from ipm_viewer.ui.widgets.cards import CardButton
from ipm_viewer.ui.widgets.diagram_parts import LABEL_PADDING, LABEL_TEXT_FLAGS
from ipm_viewer.ui.widgets.diagram_view import DiagramView

TOLERANCE = 1.5  # px of rounding between text measurement and layout


def _describe(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} '{text[:50]}' {widget.width()}x{widget.height()}"


def clipped_widgets(root: QWidget) -> list[str]:
    """Every visible label or button under `root` whose text does not fit its own geometry.

    A widget scrolled out of a scroll area's view is fine; a widget too small for its own
    text is not, wherever it is.
    """
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.pixmap().width() > 0:
            continue
        rect = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + TOLERANCE:
                problems.append(f"{_describe(label, label.text())}: needs {needed} px high")
        elif label.textFormat() != Qt.TextFormat.RichText:
            needed_width = QFontMetricsF(label.font()).horizontalAdvance(label.text())
            if needed_width > rect.width() + TOLERANCE:
                problems.append(f"{_describe(label, label.text())}: needs {needed_width:.0f} px")
    for card in root.findChildren(CardButton):  # a card draws its own words
        needed = card.heightForWidth(card.width())
        if card.isVisible() and needed > card.height() + TOLERANCE:
            problems.append(f"{_describe(card, card.texts[0].text)}: needs {needed} px high")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        if button.hasHeightForWidth():  # its words wrap: it must be tall enough for them
            needed = button.heightForWidth(button.width())
            if needed > button.height() + TOLERANCE:
                problems.append(f"{_describe(button, button.text())}: needs {needed} px high")
            continue
        hint = button.sizeHint()
        if hint.width() > button.width() + TOLERANCE:
            problems.append(f"{_describe(button, button.text())}: needs {hint.width()} px")
    for field in root.findChildren(QLineEdit):
        if field.isVisible() and field.width() < 160:
            problems.append(f"search field only {field.width()} px wide")
    return problems


def overflowing_widgets(window: QWidget) -> list[str]:
    """Visible labels and buttons that reach past the window's right edge, outside any area
    that scrolls sideways (a sideways-scrolling tab row may show part of a tab)."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisible():
            continue
        if _scrolls_sideways(widget):
            continue
        right = widget.mapTo(window, widget.rect().topRight()).x()
        if right > window.width() + TOLERANCE:
            problems.append(f"{_describe(widget, widget.text())}: ends at x={right}")
    return problems


def _scrolls_sideways(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            policy = parent.horizontalScrollBarPolicy()
            if policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                return True
        parent = parent.parentWidget()
    return False


def elided_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons showing a "…" that their text was not written with (a search
    result's excerpt marks the words it leaves out with "…" on purpose)."""
    found = []
    for widget in root.findChildren(QWidget):
        shown = isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisible()
        shown = shown and not widget.property("excerpt")
        if shown and "…" in widget.text():
            found.append(widget.text())
    return found


def cut_callouts(view: DiagramView) -> list[str]:
    """Call-outs whose full text does not fit the box they are drawn in."""
    metrics = QFontMetricsF(view.label_font())
    cut = []
    flags = int(LABEL_TEXT_FLAGS)  # word wrap only: a fitting label needs no broken words
    for text, box in view.shown_labels():
        inner = QRectF(box).marginsRemoved(LABEL_PADDING)
        needed = metrics.boundingRect(QRectF(0, 0, inner.width(), 1e6), flags, text)
        if needed.height() > inner.height() + TOLERANCE:
            cut.append(text)
    return cut
