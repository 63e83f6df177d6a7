"""Small builders for the labels and frames every screen uses, so roles stay consistent."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate


class WrappingLabel(QLabel):
    """A QLabel that remembers the height its words need at each width until they change.

    Qt lays a word-wrapped label's text out again for every height-for-width question (a layout
    pass asks several times, at a few widths), and every such layout shapes the whole text:
    that was most of the time a search keystroke or a step change took. The answer only
    changes with the text, its format, the font or the style (padding), so it is kept until
    one of those changes.
    """

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[int, int] = {}

    def _forget_measures(self) -> None:
        """The text, its format, the font or the style changed: measure again when asked."""
        self._heights.clear()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text != self.text():
            self._forget_measures()
            super().setText(text)

    def clear(self) -> None:
        self._forget_measures()
        super().clear()

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 - Qt's name
        self._forget_measures()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt's name
        self._forget_measures()
        super().setWordWrap(on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _LOOK_CHANGES:
            self._forget_measures()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 8:  # a window being resized asks at every width
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height


_LOOK_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ContentsRectChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.LanguageChange,
    }
)


def text_label(
    text: str = "", role: str | None = None, *, markdown: bool = False, selectable: bool = False
) -> QLabel:
    """A word-wrapped label in a style role ('h1', 'h2', 'h3', 'muted', 'small', 'chip'...)."""
    label = _wrapping(WrappingLabel(), text, role, markdown=markdown)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


ONE_LINE_WIDTH = 100_000  # wider than any screen: the height of the text on one line


class ChipLabel(WrappingLabel):
    """A short tag ("Common (1 in 100 to 1 in 10)") that asks for one line when it has room.

    A word-wrapped QLabel asks for a narrower, "balanced" width, so a short tag on its own
    row broke into two cramped lines beside empty space; it still wraps when space is short.
    """

    _hint: QSize | None = None

    def _forget_measures(self) -> None:
        self._hint = None
        super()._forget_measures()

    def sizeHint(self) -> QSize:
        # Layouts ask often; kept, like the heights, until the text or its look changes.
        if self._hint is not None:
            return self._hint
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right()
        one_line = self.heightForWidth(ONE_LINE_WIDTH)
        # QLabel adds an indent and rounds the advance: widen the estimate to where the text
        # really fits on one line (a few pixels, a few cheap layouts of a short text).
        for _ in range(12):
            if self.heightForWidth(width) <= one_line:
                break
            width += 2
        self._hint = QSize(width, self.heightForWidth(width))
        return self._hint


def chip_label(text: str, role: str = "chip") -> QLabel:
    """A plain-text tag in a chip style role ('chip', 'chip-serious')."""
    return _wrapping(ChipLabel(), text, role)


def _wrapping(
    label: WrappingLabel, text: str, role: str | None, *, markdown: bool = False
) -> QLabel:
    label.setTextFormat(Qt.TextFormat.MarkdownText if markdown else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def linked_label(role: str | None = None) -> QLabel:
    """A word-wrapped rich-text label whose links (marked medical words) work by mouse, touch
    and keyboard; connect `linkActivated`."""
    label = text_label("", role)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    return label


def visit_button() -> QPushButton:
    """ "Add to this visit", checkable: on while the item is in the physician's visit list."""
    button = QPushButton(translate("VisitButton", "+ Add to this visit"))
    button.setCheckable(True)
    button.setAccessibleName(translate("VisitButton", "Add to this visit"))
    button.setAccessibleDescription(
        translate("VisitButton", "Add this to the list to show and print for this visit")
    )
    return button


def set_in_visit(button: QPushButton, in_visit: bool) -> None:
    button.setChecked(in_visit)
    button.setText(
        translate("VisitButton", "✓ In this visit")
        if in_visit
        else translate("VisitButton", "+ Add to this visit")
    )


def framed(role: str, margins: int = 16, spacing: int = 8) -> tuple[QFrame, QVBoxLayout]:
    """A styled frame ('card', 'panel', 'note', 'serious') and its vertical layout."""
    frame = QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return frame, layout


def bullet_text(items: Iterable[str]) -> str:
    """Items as a Markdown bullet list (QLabel renders it with proper hanging indents)."""
    return "\n".join(f"- {item}" for item in items)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every item of `layout` (widgets are deleted later, safely)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        child_layout = item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif child_layout is not None:
            clear_layout(child_layout)


def detach_items(layout: QLayout) -> None:
    """Empty `layout` but keep its widgets (to be placed again): a screen re-arranging itself
    for a new window size keeps every widget and its state (step, zoom, drawing)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        child_layout = item.layout()
        if child_layout is not None:
            detach_items(child_layout)


def hold_height_for_width(widget: QWidget) -> None:
    """Keep `widget` at least as tall as its words need at its current width, from now on.

    WORKAROUND: a grid or list of word-wrapping cards nested in a scroll area can be given the
    cards' cached one-line heights, and their second lines are cut. The filter sets the widget's
    minimum height from its height-for-width whenever it is resized or re-laid out.
    """
    widget.installEventFilter(_HeightHolder(widget))


class _HeightHolder(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in _RELAID:
            _hold_height(watched)
        return False


_RELAID = (QEvent.Type.Resize, QEvent.Type.LayoutRequest)


def _hold_height(widget: QWidget) -> None:
    if widget.width() > 0 and widget.hasHeightForWidth():
        widget.setMinimumHeight(widget.heightForWidth(widget.width()))
