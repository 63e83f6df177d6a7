"""Colours, type sizes and the application style sheet, from one palette.

Every colour used for text is chosen to meet WCAG 2.2 AA (4.5:1) on the surface it sits on;
tests compute the ratios from these values.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ipm_viewer import paths

FONT_FAMILY = "Inter"
_FONT_FILES = ("Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf")


class Theme(NamedTuple):
    """A named palette. Names say what a colour is for, not what it looks like."""

    name: str
    window: str  # behind everything
    surface: str  # cards and panels
    surface_alt: str  # tinted panels (at a glance, notes)
    border: str
    text: str
    text_muted: str
    accent: str  # buttons, links, current step
    accent_text: str  # text on accent
    accent_soft: str  # selected chips, hover
    header: str
    header_text: str
    serious: str  # rare-but-serious risks, emergency
    serious_soft: str
    caution_soft: str
    focus: str  # keyboard focus ring
    highlight: str  # diagram highlight outline


LIGHT = Theme(
    name="light",
    window="#EEF2F5",
    surface="#FFFFFF",
    surface_alt="#F4F7FA",
    border="#CBD5DF",
    text="#17212B",
    text_muted="#4B5B6B",
    accent="#0A5E85",
    accent_text="#FFFFFF",
    accent_soft="#DCEBF3",
    header="#0B3954",
    header_text="#FFFFFF",
    serious="#A12622",
    serious_soft="#FBE9E7",
    caution_soft="#FFF4D6",
    focus="#E8710A",
    highlight="#E8710A",
)


DARK = Theme(
    name="dark",
    window="#10171E",
    surface="#19232D",
    surface_alt="#202B37",
    border="#3D4D5D",
    text="#E9EFF4",
    text_muted="#AAB8C5",
    accent="#7CC8EE",
    accent_text="#0B1A24",
    accent_soft="#1D3A4D",
    header="#0A2230",
    header_text="#FFFFFF",
    serious="#FF9A90",
    serious_soft="#3B1F1F",
    caution_soft="#3A3222",
    focus="#FFB366",
    highlight="#E8710A",
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000",
    surface="#000000",
    surface_alt="#000000",
    border="#FFFFFF",
    text="#FFFFFF",
    text_muted="#FFFFFF",
    accent="#FFFF00",
    accent_text="#000000",
    accent_soft="#000000",
    header="#000000",
    header_text="#FFFFFF",
    serious="#FF8080",
    serious_soft="#000000",
    caution_soft="#000000",
    focus="#00FFFF",
    highlight="#FFA000",
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}
TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)  # up to 200% (WCAG 1.4.4)


class TypeScale(NamedTuple):
    """Pixel sizes for each text role at a given base size."""

    base: int

    @property
    def small(self) -> int:
        return round(self.base * 0.88)

    @property
    def h3(self) -> int:
        return round(self.base * 1.12)

    @property
    def h2(self) -> int:
        return round(self.base * 1.35)

    @property
    def h1(self) -> int:
        return round(self.base * 1.8)

    @property
    def figure(self) -> int:
        return round(self.base * 1.3)


DESKTOP_BASE_PX = 17  # at least 16 px body text (ODPHP)
KIOSK_BASE_PX = 20  # 19 px or more for older eyes on a tablet held at arm's length


def load_fonts() -> None:
    """Register the bundled fonts so every machine shows the same, highly legible type."""
    for name in _FONT_FILES:
        QFontDatabase.addApplicationFont(str(paths.fonts_dir() / name))


class Appearance(NamedTuple):
    """How the app looks right now: palette, text size, and whether it is used by touch."""

    theme: Theme = LIGHT
    base_px: int = DESKTOP_BASE_PX
    text_scale: float = 1.0
    touch: bool = False  # kiosk: every control at least 48 x 48 px

    @property
    def text_px(self) -> int:
        return round(self.base_px * self.text_scale)


def system_theme() -> Theme:
    """Light or dark, following the operating system's colour scheme."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def apply_appearance(app: QApplication, appearance: Appearance, *, sheet: bool = True) -> None:
    """Font, palette and (unless `sheet` is False) style sheet for the whole application.

    Every screen re-lays out. Without the sheet, only font and palette change: a first window
    is built that way and gets the sheet once it is whole (see `MainWindow`).
    """
    font = QFont(FONT_FAMILY)
    font.setPixelSize(appearance.text_px)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    colors = palette(appearance.theme)
    rules = stylesheet(appearance.theme, TypeScale(appearance.text_px), appearance.touch)
    wanted_rules = rules if sheet else app.styleSheet()
    if app.styleSheet() == wanted_rules and app.font() == font and app.palette() == colors:
        return  # unchanged: re-polishing every widget of every window costs seconds
    app.setFont(font)
    app.setPalette(colors)
    if sheet:
        app.setStyleSheet(rules)


def palette(t: Theme) -> QPalette:
    """The theme as a QPalette, for widgets that paint themselves (they read roles, not hex)."""
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.surface,
        QPalette.ColorRole.AlternateBase: t.surface_alt,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.PlaceholderText: t.text_muted,
        QPalette.ColorRole.Button: t.surface,
        QPalette.ColorRole.ButtonText: t.accent,
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.accent_text,
        QPalette.ColorRole.Mid: t.border,
        QPalette.ColorRole.Link: t.accent,
        QPalette.ColorRole.LinkVisited: t.accent,
        QPalette.ColorRole.ToolTipBase: t.surface,
        QPalette.ColorRole.ToolTipText: t.text,
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    return result


def stylesheet(t: Theme, s: TypeScale, touch: bool = False) -> str:
    """The whole application style sheet. Widgets opt into roles with `setProperty("role", ...)`."""
    return _base_sheet(t, s) + (_touch_sheet() if touch else "")


def _touch_sheet() -> str:
    """Touch targets of at least 48 x 48 px (Material 48 dp, WCAG 2.5.5 44 px) for the kiosk."""
    return """
QPushButton { min-height: 28px; }
QPushButton[role="link"] { padding: 12px 4px; }
QPushButton[role="tool"] { min-height: 36px; }
QFrame#header QPushButton { min-height: 32px; }
QFrame#header QLineEdit { min-height: 32px; }
"""


def _base_sheet(t: Theme, s: TypeScale) -> str:
    return f"""
QMainWindow, QWidget#screen {{ background: {t.window}; color: {t.text}; }}
QWidget {{ color: {t.text}; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; padding: 6px; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}

QLabel[role="h1"] {{ font-size: {s.h1}px; font-weight: 700; }}
QLabel[role="h2"] {{ font-size: {s.h2}px; font-weight: 700; }}
QLabel[role="h3"] {{ font-size: {s.h3}px; font-weight: 600; }}
QLabel[role="muted"] {{ color: {t.text_muted}; }}
QLabel[role="small"] {{ color: {t.text_muted}; font-size: {s.small}px; }}
QLabel[role="eyebrow"] {{ color: {t.accent}; font-size: {s.small}px; font-weight: 700;
    letter-spacing: 1px; text-transform: uppercase; }}
QLabel[role="figure"] {{ font-size: {s.figure}px; font-weight: 700; color: {t.text}; }}
QLabel[role="figure-serious"] {{ font-size: {s.figure}px; font-weight: 700; color: {t.serious}; }}
QLabel[role="chip"] {{ background: {t.accent_soft}; color: {t.accent}; border-radius: 10px;
    padding: 2px 10px; font-size: {s.small}px; font-weight: 600; }}
QLabel[role="chip-serious"] {{ background: {t.serious_soft}; color: {t.serious};
    border-radius: 10px; padding: 2px 10px; font-size: {s.small}px; font-weight: 600; }}

QFrame#header {{ background: {t.header}; }}
QFrame#header QLabel {{ color: {t.header_text}; }}
QFrame#header QLabel[role="brand"] {{ font-size: {s.h3}px; font-weight: 700; }}
QFrame#header QLabel[role="clinic-phone"] {{ font-size: {s.small}px; }}
QFrame#header QLineEdit {{ background: {t.surface}; color: {t.text}; border: 2px solid transparent;
    border-radius: 22px; padding: 8px 16px; min-height: 26px; }}
QFrame#header QLineEdit:focus {{ border-color: {t.focus}; }}
QFrame#header QPushButton {{ background: transparent; color: {t.header_text};
    border: 2px solid rgba(255,255,255,0.45); border-radius: 22px; padding: 8px 14px;
    min-height: 26px; font-weight: 600; }}
QFrame#header QPushButton:hover {{ background: rgba(255,255,255,0.12); }}
QFrame#header QPushButton:focus {{ border-color: {t.focus}; }}
QFrame#header QPushButton:checked {{ background: {t.header_text}; color: {t.header}; }}
QFrame#header QPushButton[role="warning"] {{ background: {t.caution_soft}; color: {t.text};
    border-color: {t.caution_soft}; }}

QFrame[role="card"] {{ background: {t.surface}; border: 1px solid {t.border};
    border-radius: 14px; }}
QFrame[role="panel"] {{ background: {t.surface_alt}; border: 1px solid {t.border};
    border-radius: 14px; }}
QFrame[role="note"] {{ background: {t.caution_soft}; border-radius: 10px; }}
QFrame[role="serious"] {{ background: {t.serious_soft}; border-radius: 10px; }}
QFrame[role="disclaimer"] {{ background: {t.surface_alt}; border-radius: 10px; }}
QFrame[role="diagram"] {{ background: #FFFFFF; border: 1px solid {t.border}; border-radius: 14px; }}
QFrame[role="diagram"] QLabel {{ color: #4B5B6B; }}

QPushButton {{ background: {t.surface}; color: {t.accent}; border: 2px solid {t.accent};
    border-radius: 12px; padding: 10px 20px; min-height: 24px; font-weight: 600; }}
QPushButton:hover {{ background: {t.accent_soft}; }}
QPushButton:pressed {{ background: {t.border}; }}
QPushButton:disabled {{ color: {t.text_muted}; border-color: {t.border};
    background: {t.surface_alt}; }}
QPushButton:focus {{ border-color: {t.focus}; }}
QPushButton[role="primary"] {{ background: {t.accent}; color: {t.accent_text}; }}
QPushButton[role="primary"]:hover {{ background: {t.header}; }}
QPushButton[role="primary"]:disabled {{ background: {t.border}; color: {t.text_muted}; }}
QPushButton[role="primary"]:focus {{ border-color: {t.focus}; }}
QPushButton[role="tab"] {{ background: transparent; color: {t.text_muted}; border: none;
    border-bottom: 4px solid transparent; border-radius: 0; padding: 10px 18px; }}
QPushButton[role="tab"]:checked {{ color: {t.accent}; border-bottom-color: {t.accent}; }}
QPushButton[role="tab"]:hover {{ color: {t.text}; background: transparent; }}
QPushButton[role="tab"]:focus {{ color: {t.text}; border-bottom-color: {t.focus}; }}
QPushButton[role="choice"] {{ text-align: left; padding: 14px 18px; font-weight: 500; }}
QPushButton[role="choice"]:disabled {{ color: {t.text}; }}
QPushButton[role="tool"] {{ padding: 6px 12px; border-width: 1px; border-radius: 10px;
    min-height: 30px; }}
QPushButton[role="tool"]:checked {{ background: {t.accent}; color: {t.accent_text}; }}
QPushButton[role="region"] {{ border-radius: 20px; padding: 8px 18px; border-width: 1px; }}
QPushButton[role="region"]:checked {{ background: {t.accent}; color: {t.accent_text}; }}
QPushButton[role="link"] {{ background: transparent; border: none; color: {t.accent};
    padding: 2px 0; min-height: 0; text-decoration: underline; font-weight: 500;
    text-align: left; }}
QPushButton[role="link"]:focus {{ color: {t.focus}; }}

QPushButton[role="procedure-card"] {{ background: {t.surface}; border: 1px solid {t.border};
    border-radius: 14px; padding: 0; text-align: left; }}
QPushButton[role="procedure-card"]:hover {{ border: 2px solid {t.accent};
    background: {t.surface}; }}
QPushButton[role="procedure-card"]:focus {{ border: 3px solid {t.focus}; }}

QListWidget {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 10px; }}
QListWidget::item {{ padding: 8px; border-bottom: 1px solid {t.surface_alt}; }}
QScrollBar:vertical {{ background: transparent; width: 14px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 5px; min-height: 40px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 8px; margin: 1px 2px; }}
QScrollBar::handle:horizontal {{ background: {t.border}; border-radius: 3px; min-width: 40px; }}
QScrollBar::add-line:horizontal, QScrollBar::sub-line:horizontal {{ width: 0; }}
"""
