"""The handout's type sizes, spacing and inks, for normal and large print.

Sizes are in points; `Typesetter` turns them into fonts and lengths for one paint device (a PDF
writer at 1200 dpi, a printer at 600, a print preview), so the layout is measured with the very
fonts it is drawn with. Large print re-flows the pages at bigger sizes; nothing is scaled.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

from ipm_viewer.ui.theme import FONT_FAMILY

# Black on white for the text, so a handout photocopied or printed in grey stays readable.
INK = "#000000"
INK_SOFT = "#333333"  # secondary text: still 12.6:1 on white
RULE = "#555555"
TINT = "#F0F0F0"  # box backgrounds: light enough for any printer
WHITE = "#FFFFFF"


@dataclass(frozen=True, slots=True)
class PrintStyle:
    """Point sizes and spacing; `large` is the large-print variant."""

    body: float = 12.0
    title: float = 22.0
    heading: float = 15.0
    subheading: float = 13.0
    small: float = 10.0
    label: float = 9.5  # diagram call-outs
    footer: float = 8.5
    line_spacing: float = 1.22
    margin: float = 36.0  # left and right, top and bottom of the text frame
    header_band: float = 26.0  # running header on later pages
    footer_band: float = 34.0
    picture_height: float = 185.0
    array_width: float = 50.0  # an icon array of 100 people; 1,000 people get twice the width
    large: bool = False
    density: int = 0  # 1 to 8: tighter wording and spacing, to keep normal print to 4 pages
    air: float = 1.0  # spacing between blocks, as a share of the usual

    @classmethod
    def normal(cls) -> PrintStyle:
        return cls()

    def denser(self) -> PrintStyle:
        """The next tighter variant (one sentence a step, smaller pictures, less air)."""
        density = self.density + 1
        return replace(
            self,
            density=density,
            line_spacing=max(1.15, self.line_spacing - 0.015),
            picture_height=self.picture_height - 5,
            array_width=max(42.0, self.array_width - 1.5),
            air=max(0.3, self.air - 0.1),
        )

    @classmethod
    def large_print(cls) -> PrintStyle:
        """At least 16 pt body text (large-print guidance), everything else in proportion."""
        return cls(
            body=16.0,
            title=28.0,
            heading=20.0,
            subheading=17.0,
            small=13.0,
            label=12.5,
            footer=11.0,
            line_spacing=1.3,
            margin=36.0,
            header_band=30.0,
            footer_band=44.0,
            picture_height=260.0,
            array_width=64.0,
            large=True,
        )


class Typesetter:
    """Fonts and lengths for one device: `pt(12)` is 12 points in the device's pixels."""

    def __init__(self, device: QPaintDevice, style: PrintStyle) -> None:
        self.device = device
        self.style = style
        self.dpi = float(device.logicalDpiY())

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def space(self, lines: float) -> float:
        """Space between blocks: `lines` body-text heights, tightened in denser variants."""
        return self.pt(self.style.body * lines * self.style.air)

    def font(
        self, size: float, weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False
    ) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setWeight(weight)
        font.setItalic(italic)
        # Exact glyph advances: what is measured for the page is what is printed.
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # Inter's contextual alternates swap the hyphen in "555-0100" for a glyph with no
        # character behind it: the PDF's text would lose it (search, copy, screen readers).
        font.setFeature(QFont.Tag("calt"), 0)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)
