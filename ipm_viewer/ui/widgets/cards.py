"""Tappable cards for the home screen: a procedure or a guide, with its one-line summary."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSizePolicy

from ipm_viewer.content.library import ProcedureListing
from ipm_viewer.content.model import Guide
from ipm_viewer.ui.theme import TypeScale
from ipm_viewer.ui.untranslated import untranslated_mark
from ipm_viewer.ui.widgets.common import chip_label

PADDING_X = 20  # left and right, inside the border
PADDING_Y = 16  # top and bottom
SPACING = 6  # between the tag, title, summary and other names
MIN_WIDTH = 260
HINT_WIDTH = 300
MIN_HEIGHT = 120
TALLEST_TEXT = 100_000  # px: room enough for any text to be measured in


# Not a dataclass: cards are built on the way to the first frame (see procedure_model.py).
class CardText(NamedTuple):
    """One paragraph of a card: its words and how they look."""

    text: str
    role: str  # "title", "summary" or "detail"


class CardButton(QPushButton):
    """A real button (keyboard, focus, accessibility for free) that lays out and paints its text.

    A card is on the first screen a patient sees, and a home screen holds 18 or more of them.
    Built as a button with a layout and three labels, each card was five widgets to create,
    style and lay out before the first frame; as one widget it is one. The words are measured
    and drawn the way a plain-text, word-wrapped QLabel draws them (QFontMetrics.boundingRect
    and QPainter.drawText with the same flags), in the fonts and colours of the style roles
    'h3' (title), 'muted' (summary) and 'small' (other names).
    """

    def __init__(
        self, item_id: str, title: str, summary: str, detail: str = "", mark: str = ""
    ) -> None:
        super().__init__()
        self.item_id = item_id
        self.matches_filter = True  # set by the home screen's search filter
        self.setProperty("role", "procedure-card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{summary} {detail}".strip())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.texts = [CardText(title, "title"), CardText(summary, "summary")]
        if detail:
            self.texts.append(CardText(detail, "detail"))
        # e.g. "(in English)": a clinic's own page the chosen language lacks. Rare, and styled
        # by the sheet's 'chip' role, so it stays a label.
        self.mark_label: QLabel | None = None
        if mark:
            self.mark_label = chip_label(mark)
            self.mark_label.setParent(self)
            self.mark_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._measures: dict[int, tuple[int, ...]] = {}  # by width, until the look changes
        self._fonts: dict[str, QFont] | None = None

    # -- how the words look ---------------------------------------------------------------------

    def text_font(self, role: str) -> QFont:
        """The font of the "title", "summary" or "detail": that of a label in the style role
        'h3', 'muted' or 'small' (see theme.py)."""
        if self._fonts is None:
            # The application's font, as a label in the card gets it: the sheet's bold is the
            # button's own. Every property is set, as a painter fills unset ones from the card.
            base = QFont(QApplication.font())
            base.setWeight(QFont.Weight.Normal)
            base.setItalic(False)
            scale = TypeScale(base.pixelSize() if base.pixelSize() > 0 else 16)
            title = QFont(base)
            title.setPixelSize(scale.h3)
            title.setWeight(QFont.Weight.DemiBold)
            detail = QFont(base)
            detail.setPixelSize(scale.small)
            self._fonts = {"title": title, "summary": base, "detail": detail}
        return self._fonts[role]

    def text_colour(self, role: str) -> QColor:
        """The colour of the "title" (the theme's text) or of the others (its muted text)."""
        colour_role = (
            QPalette.ColorRole.Text if role == "title" else QPalette.ColorRole.PlaceholderText
        )
        return QApplication.palette().color(colour_role)

    def _forget_measures(self) -> None:
        self._measures.clear()
        self._fonts = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _LOOK_CHANGES:
            self._forget_measures()
            self.updateGeometry()
        super().changeEvent(event)

    # -- measures -------------------------------------------------------------------------------

    def _heights_at(self, width: int) -> tuple[int, ...]:
        """The height of the tag (if any) and of each text, laid out `width` px wide in all.

        Kept for a few widths until the look changes: measuring lays the words out again.
        """
        heights = self._measures.get(width)
        if heights is None:
            if len(self._measures) > 8:  # a window being resized asks at every width
                self._measures.clear()
            inner = max(1, width - 2 * PADDING_X)
            texts = [
                QFontMetrics(self.text_font(block.role))
                .boundingRect(QRect(0, 0, inner, TALLEST_TEXT), _FLAGS, block.text)
                .height()
                for block in self.texts
            ]
            mark = [self._mark_width_and_height(inner)[1]] if self.mark_label else []
            heights = self._measures[width] = (*mark, *texts)
        return heights

    def _mark_width_and_height(self, inner: int) -> tuple[int, int]:
        assert self.mark_label is not None
        width = min(self.mark_label.sizeHint().width(), inner)
        return width, self.mark_label.heightForWidth(width)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = self._heights_at(width)
        return max(2 * PADDING_Y + sum(heights) + SPACING * (len(heights) - 1), MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        # Constants, not measured words: a layout asks each time it is invalidated. The width is
        # the same for every card, so a row's cards share it equally; the height is the least a
        # card takes, as the grid sizes its rows by height-for-width.
        return QSize(HINT_WIDTH, MIN_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, MIN_HEIGHT)

    # -- placing and painting -------------------------------------------------------------------

    def text_rects(self) -> list[QRect]:
        """Where each of `texts` is drawn, in the card's coordinates (below the tag, if any)."""
        heights = list(self._heights_at(self.width()))
        top = PADDING_Y + (heights.pop(0) + SPACING if self.mark_label else 0)
        rects = []
        for height in heights:
            rects.append(QRect(PADDING_X, top, max(1, self.width() - 2 * PADDING_X), height))
            top += height + SPACING
        return rects

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.mark_label is not None:
            width, height = self._mark_width_and_height(max(1, self.width() - 2 * PADDING_X))
            x = PADDING_X if self.isLeftToRight() else self.width() - PADDING_X - width
            self.mark_label.setGeometry(x, PADDING_Y, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the card's border and background, from the style sheet
        painter = QPainter(self)
        for block, rect in zip(self.texts, self.text_rects(), strict=True):
            if not rect.intersects(event.rect()):
                continue
            painter.setFont(self.text_font(block.role))
            painter.setPen(self.text_colour(block.role))
            direction = _direction(block.text, self.layoutDirection())
            # Centred in its measured height, as a QLabel draws it (a pixel lower than AlignTop).
            start = _START_OF_LINE.get(direction, _LEFT)
            painter.drawText(rect, start | _MIDDLE | _WRAP, block.text)


_WRAP = int(Qt.TextFlag.TextWordWrap)
_MIDDLE = int(Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft)
# Where a line starts in each direction: what QStyle.visualAlignment gives for AlignLeft. Touching
# QStyle from Python builds its ~600 enum members (about 5 ms) before the first frame.
_START_OF_LINE = {
    Qt.LayoutDirection.LeftToRight: _LEFT,
    Qt.LayoutDirection.RightToLeft: int(Qt.AlignmentFlag.AlignRight),
}
_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | _WRAP
_LOOK_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.LayoutDirectionChange,
    }
)


def _direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of the text's first strongly directional letter, as QLabel aligns it."""
    for character in text:
        bidi = unicodedata.bidirectional(character)
        if bidi == "L":
            return Qt.LayoutDirection.LeftToRight
        if bidi in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return fallback


class ProcedureCard(CardButton):
    """A procedure: its title, one-line summary and other names."""

    def __init__(self, procedure: ProcedureListing, shown_language: str = "") -> None:
        also = (
            QCoreApplication.translate("ProcedureCard", "Also called: {names}").format(
                names=", ".join(procedure.other_names[:4])
            )
            if procedure.other_names
            else ""
        )
        mark = untranslated_mark(procedure.language, shown_language)
        super().__init__(procedure.id, procedure.title, procedure.summary, also, mark)

    @property
    def procedure_id(self) -> str:
        return self.item_id


class GuideCard(CardButton):
    """A guide page or the FAQ."""

    def __init__(self, guide: Guide, shown_language: str = "") -> None:
        mark = untranslated_mark(guide.language, shown_language)
        super().__init__(guide.id, guide.title, guide.summary, mark=mark)


class GlossaryCard(CardButton):
    """The way into the A-to-Z list of words."""

    def __init__(self, title: str, summary: str) -> None:
        super().__init__("glossary", title, summary)
