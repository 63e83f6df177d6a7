"""Tells the screens the window's size class whenever the window or its text size changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ipm_viewer.ui.size_class import SizeClass, size_class_for


class Responsive(Protocol):
    """A screen or bar that lays itself out for a size class (and, narrow, the window height)."""

    def set_size_class(self, size_class: SizeClass, window_height: int = 0) -> None: ...


class ResponsiveLayout(QObject):
    """Lays the screens out for the window's size class; the window calls `refresh` when it is
    resized and `set_text_px` when its text size changes."""

    def __init__(self, window: QWidget, targets: Sequence[Responsive], text_px: int) -> None:
        super().__init__(window)
        self._window = window
        self._targets = list(targets)
        self._text_px = text_px
        self.size_class = size_class_for(window.width(), text_px)
        self.refresh()

    def add_target(self, target: Responsive) -> None:
        """A screen built after the window: laid out for the size class in force now."""
        self._targets.append(target)
        target.set_size_class(self.size_class, self._window.height())

    def set_text_px(self, text_px: int) -> None:
        self._text_px = text_px
        self.refresh()

    def refresh(self) -> None:
        self.size_class = size_class_for(self._window.width(), self._text_px)
        for target in self._targets:
            target.set_size_class(self.size_class, self._window.height())
