"""Home screen cards draw their own words: each must show all of them, inside the card."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipm_viewer.ui.app import create_application
from ipm_viewer.ui.widgets.cards import MIN_HEIGHT, PADDING_Y, CardButton
from ipm_viewer.ui.widgets.common import text_label
from tests.ui.conftest import WindowFactory

LONG = "A shot of numbing medicine, often with steroid, into a small joint at the back of the spine."


def _card(qtbot: QtBot, width: int, mark: str = "") -> CardButton:
    create_application()
    card = CardButton("facet", "Facet joint injection", LONG, "Also called: Facet block", mark)
    qtbot.addWidget(card)
    card.resize(width, card.heightForWidth(width))
    card.show()
    qtbot.waitExposed(card)
    return card


def _inked(image: QImage, rect: QRect) -> bool:
    """Whether any pixel in `rect` is much darker than the card's light background."""
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            if QColor(image.pixel(x, y)).lightness() < 160:
                return True
    return False


def test_a_narrower_card_is_taller_and_keeps_every_word_inside(qtbot: QtBot) -> None:
    wide, narrow = _card(qtbot, 600), _card(qtbot, 260)
    assert narrow.height() > wide.height() >= MIN_HEIGHT
    for card in (wide, narrow):
        rects = card.text_rects()
        assert len(rects) == 3
        assert all(card.rect().contains(rect) for rect in rects)
        assert all(a.bottom() < b.top() for a, b in itertools.pairwise(rects))
        image = card.grab().toImage()
        assert all(_inked(image, rect) for rect in rects)  # every text is drawn
        below = QRect(0, rects[-1].bottom() + 2, card.width(), card.height() - rects[-1].bottom())
        assert not _inked(image, below.adjusted(4, 0, -4, -4))  # and nothing past the last


def test_a_larger_text_size_makes_the_card_taller(qtbot: QtBot) -> None:
    card = _card(qtbot, 400)
    before = card.heightForWidth(400)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    larger = QFont(font)
    larger.setPixelSize(max(font.pixelSize(), 12) * 2)
    app.setFont(larger)
    try:
        qtbot.waitUntil(lambda: card.heightForWidth(400) > before)
    finally:
        app.setFont(font)


def test_a_tag_goes_above_the_title_and_pushes_the_words_down(qtbot: QtBot) -> None:
    plain, tagged = _card(qtbot, 400), _card(qtbot, 400, mark="(in English)")
    assert tagged.mark_label is not None and tagged.mark_label.isVisible()
    assert tagged.mark_label.geometry().bottom() < tagged.text_rects()[0].top()
    assert tagged.text_rects()[0].top() > plain.text_rects()[0].top()
    assert tagged.heightForWidth(400) > plain.heightForWidth(400)


def test_a_card_writes_its_words_as_the_labels_of_their_style_roles(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """The card draws what used to be an 'h3', a 'muted' and a 'small' label: under the app's
    style sheet, in either theme, its fonts and colours must stay theirs."""
    window = make_window()
    card = window.home.visible_cards()[0]
    for high_contrast in (False, True):
        window.set_high_contrast(high_contrast)
        qtbot.waitUntil(lambda: card.text_font("title").pixelSize() > 0)
        for role, style_role in (("title", "h3"), ("summary", "muted"), ("detail", "small")):
            label = text_label("Words", style_role)
            label.setParent(window.home)
            label.ensurePolished()
            font = card.text_font(role)
            assert (font.family(), font.pixelSize(), font.weight()) == (
                label.font().family(),
                label.font().pixelSize(),
                label.font().weight(),
            )
            assert card.text_colour(role) == label.palette().color(label.foregroundRole())
            label.deleteLater()


def test_right_to_left_words_start_at_the_right_edge(qtbot: QtBot) -> None:
    """A line starts where its own script starts it, as a QLabel aligns it."""
    create_application()
    card = CardButton("rtl", "حقنة فوق الجافية", "إبرة في الظهر", "", "")
    qtbot.addWidget(card)
    card.resize(600, card.heightForWidth(600))
    card.show()
    qtbot.waitExposed(card)
    title = card.text_rects()[0]
    image = card.grab().toImage()
    background = image.pixel(card.width() // 2, card.height() - PADDING_Y // 2)
    left_half = QRect(title.left(), title.top(), title.width() // 2, title.height())
    right_half = left_half.translated(title.width() // 2, 0)

    def drawn_in(rect: QRect) -> bool:  # in either theme: any pixel unlike the card's own
        pixels = itertools.product(range(rect.left(), rect.right()), range(rect.top(), rect.bottom()))
        return any(image.pixel(x, y) != background for x, y in pixels)

    assert drawn_in(right_half) and not drawn_in(left_half)
