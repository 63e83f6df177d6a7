"""Word-wrapped labels remember their height per width, and forget it when their words change."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ipm_viewer.ui.widgets.common import text_label

LONG = " ".join(["Your doctor numbs the skin before the needle goes in."] * 6)


def _shown_label(qtbot: QtBot, text: str) -> tuple[QWidget, QWidget]:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = text_label(text)
    layout.addWidget(label)
    layout.addStretch()
    qtbot.addWidget(page)
    page.resize(240, 600)
    page.show()
    qtbot.waitExposed(page)
    return page, label


def test_new_words_get_the_height_they_need(qtbot: QtBot) -> None:
    _page, label = _shown_label(qtbot, "Short.")
    one_line = label.heightForWidth(label.width())
    label.setText(LONG)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > 3 * one_line  # not the cached one line
    assert label.height() >= label.heightForWidth(label.width())  # nothing cut
    label.clear()
    assert label.heightForWidth(label.width()) < 2 * one_line


def test_a_larger_font_makes_the_same_words_taller(qtbot: QtBot) -> None:
    _page, label = _shown_label(qtbot, LONG)
    before = label.heightForWidth(label.width())
    font = QFont(label.font())
    font.setPixelSize(label.fontInfo().pixelSize() * 2)
    label.setFont(font)  # as the text-size button does, through the application font
    assert label.heightForWidth(label.width()) > before * 1.5
