"""Size classes: the one place that decides how much room a screen has for its layout.

Screens are laid out for one of three classes, like tablet apps do with breakpoints. The class
comes from the window's width measured in text widths: 1280 px of a kiosk's 20 px text holds
as much as 1088 px of the desktop's 17 px text, and at 200% text a wide monitor holds what a
tablet does. Screens re-arrange the widgets they have (never rebuild them), so a rotation keeps
the step, the zoom and the drawing.
"""

from __future__ import annotations

import enum

from ipm_viewer.ui.theme import DESKTOP_BASE_PX

# Breakpoints in "desktop pixels" (window width x 17 px / the current text size in px).
NARROW_BELOW = 1000  # portrait tablets: one column, the diagram first
WIDE_FROM = 1400  # exam-room monitors: side panels beside the content


class SizeClass(enum.Enum):
    """How much room there is: one column, a small landscape tablet, or a large monitor."""

    NARROW = "narrow"
    MEDIUM = "medium"
    WIDE = "wide"

    @property
    def is_wide(self) -> bool:
        return self is SizeClass.WIDE

    @property
    def is_narrow(self) -> bool:
        return self is SizeClass.NARROW


def size_class_for(window_width: int, text_px: float) -> SizeClass:
    """The size class of a window `window_width` px wide showing body text of `text_px` px."""
    room = window_width * DESKTOP_BASE_PX / max(text_px, 1.0)
    if room < NARROW_BELOW:
        return SizeClass.NARROW
    if room < WIDE_FROM:
        return SizeClass.MEDIUM
    return SizeClass.WIDE
