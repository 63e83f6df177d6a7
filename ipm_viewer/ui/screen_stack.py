"""The window's screens, each built the first time it is needed.

Only the home screen is on the path to the first painted frame; the procedure, condition, guide
and glossary screens (and the modules behind them) are built on first use, or while the app is
idle after the first frame, whichever comes first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget
from shiboken6 import isValid

from ipm_viewer.ui.next_turn import next_turn_timer

IDLE_BUILD_DELAY_MS = 400  # after the first frame, with time to spare before a first tap


class ScreenStack(QStackedWidget):
    """A stacked widget whose pages are made by factories on first use."""

    built = Signal(str, QWidget)  # name, screen: wire it up (visit buttons, handout buttons)

    def __init__(self) -> None:
        super().__init__()
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._screens: dict[str, QWidget] = {}
        self._builder = next_turn_timer(self, self._build_next)

    def add_lazy(self, name: str, factory: Callable[[], QWidget]) -> None:
        self._factories[name] = factory

    def page(self, name: str) -> QWidget:
        """The screen called `name`, built now if it has not been."""
        screen = self._screens.get(name)
        if screen is None:
            screen = self._factories[name]()
            self._screens[name] = screen
            self.addWidget(screen)
            self.built.emit(name, screen)
        return screen

    def built_page(self, name: str) -> QWidget | None:
        """The screen if it exists, without building it."""
        return self._screens.get(name)

    def is_showing(self, name: str) -> bool:
        screen = self._screens.get(name)
        return screen is not None and self.currentWidget() is screen

    def build_rest_when_idle(self) -> None:
        """Build the screens not yet used, one per idle turn, so a first tap finds them ready."""
        self._builder.start(IDLE_BUILD_DELAY_MS)

    def _build_next(self) -> None:
        if not isValid(self) or not self.window().isVisible():
            return  # a closed window, or one being torn down, builds nothing more
        missing = [name for name in self._factories if name not in self._screens]
        if missing:
            self.page(missing[0])
            self._builder.start(0)
