"""Accessibility checks over the real widget tree: names, touch sizes, contrast, large text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.model import ClinicSettings, KioskOptions
from ipm_viewer.pin import hash_pin
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.screens.procedure import CHECK_UNDERSTANDING
from ipm_viewer.ui.theme import DARK, HIGH_CONTRAST, LIGHT, Theme
from ipm_viewer.ui.widgets.diagram_view import INK_COLOURS
from ipm_viewer.ui.widgets.icon_array import AFFECTED, UNAFFECTED
from tests.ui.conftest import WindowFactory

INTERACTIVE = (QAbstractButton, QLineEdit)


def visit_every_section(window: MainWindow) -> None:
    window.open_procedure("test-injection")
    screen = window.procedure_screen
    for section in range(len(screen.tab_buttons)):
        screen.show_section(section)
        QApplication.processEvents()
    screen.show_section(CHECK_UNDERSTANDING)
    screen.quiz.choice_buttons[0].click()


def interactive_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisible()]


def test_every_interactive_widget_has_a_name_and_a_description(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    visit_every_section(window)
    for screen in (window.procedure_screen, window.home, window.header):
        missing = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in interactive_widgets(screen)
            if not w.accessibleName().strip() or not w.accessibleDescription().strip()
        ]
        assert missing == [], f"no accessible name or description: {missing}"
    view = window.procedure_screen.walkthrough.diagram_view
    assert view.accessibleName() and view.accessibleDescription()


def test_kiosk_touch_targets_are_at_least_48px(qtbot: QtBot, make_window: WindowFactory) -> None:
    options = KioskOptions(enabled=True, pin_hash=hash_pin("4826", iterations=1000))
    window = make_window(clinic=Clinic(ClinicSettings(kiosk=options)), kiosk=True)
    visit_every_section(window)
    screens = [window.header, window.procedure_screen]
    small = [
        f"{type(w).__name__} {w.accessibleName()!r} {w.width()}x{w.height()}"
        for screen in screens
        for w in interactive_widgets(screen)
        if isinstance(w, QAbstractButton) and (w.width() < 48 or w.height() < 48)
    ]
    assert small == []


def test_text_at_200_percent_is_not_clipped_on_the_procedure_screen(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(size=(1280, 800))
    window.set_text_scale(2.0)
    window.open_procedure("test-injection")
    screen = window.procedure_screen
    for section in range(4):
        screen.show_section(section)
        for _ in range(3):
            QApplication.processEvents()
        for label in screen.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            # A label is clipped when its layout gives it less height than its text needs
            # (scroll areas let their pages grow, so nothing should be squeezed anywhere).
            needed = (
                label.heightForWidth(label.width())
                if label.wordWrap()
                else label.sizeHint().height()
            )
            assert label.height() >= needed - 1, label.text()[:60]
    for button in screen.tab_buttons:
        assert button.width() >= button.sizeHint().width() - 1, button.text()


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST], ids=lambda t: t.name)
def test_theme_text_meets_wcag_aa(theme: Theme) -> None:
    text_pairs = {
        "text on window": (theme.text, theme.window),
        "text on surface": (theme.text, theme.surface),
        "text on tinted panel": (theme.text, theme.surface_alt),
        "muted text on surface": (theme.text_muted, theme.surface),
        "muted text on window": (theme.text_muted, theme.window),
        "button and link text": (theme.accent, theme.surface),
        "text on primary button": (theme.accent_text, theme.accent),
        "header text": (theme.header_text, theme.header),
        "chip text": (theme.accent, theme.accent_soft),
        "serious figure": (theme.serious, theme.surface),
        "serious chip": (theme.serious, theme.serious_soft),
        "text on notes": (theme.text, theme.caution_soft),
    }
    failing = {
        name: round(contrast(*pair), 2)
        for name, pair in text_pairs.items()
        if contrast(*pair) < 4.5
    }
    assert failing == {}
    assert contrast(theme.focus, theme.surface) >= 3.0  # the focus ring is a graphic: 3:1


def test_graphics_meet_the_non_text_contrast_minimum() -> None:
    for ink in INK_COLOURS:  # pen colours drawn on the white diagram card
        assert contrast(ink, "#FFFFFF") >= 3.0, ink
    assert contrast(AFFECTED, UNAFFECTED) >= 3.0  # the two kinds of people in an icon array
    assert contrast(AFFECTED, "#FFFFFF") >= 3.0


def test_links_follow_the_theme(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    window.set_high_contrast(True)
    window.procedure_screen.walkthrough.go_to(1)  # links set while the theme is high contrast
    window.set_high_contrast(False)
    label = window.procedure_screen.walkthrough.step_card.text_label
    image = label.grab().toImage()
    yellow = [
        (x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).name() == HIGH_CONTRAST.accent.lower()
    ]
    assert yellow == []  # no link keeps the high-contrast colour on the light theme
