"""Keeps the app's one main window up, and builds it anew when staff reload the content."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.library import Library
from ipm_viewer.ui.language_switch import WindowState, restore_window_state, window_state
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences


class WindowHost(QObject):
    """Owns the main window; "Reload content" and a language switch build it anew.

    A new window is built and shown before the old one goes, so a kiosk never shows the desktop
    behind it; it stays a kiosk if it was one. A language switch carries over where the user
    was (screen, section, step, history, visit list, text size, contrast).
    """

    reloaded = Signal()

    def __init__(
        self,
        clinic_file: Path | None,
        content_dirs: Sequence[Path],
        language: str | None,
        preferences: Preferences,
    ) -> None:
        super().__init__()
        self._clinic_file = clinic_file
        self._content_dirs = list(content_dirs)
        self._language = language
        self._preferences = preferences
        self.window: MainWindow | None = None
        self._shown: tuple[Clinic, Library] | None = None

    def open(
        self, clinic: Clinic, library: Library, *, kiosk: bool, carry: WindowState | None = None
    ) -> MainWindow:
        """Build and show the window over `library`, resuming `carry` when given."""
        from ipm_viewer.ui.app import build_window

        if carry is None:
            _print_problems(library)
        window = build_window(
            clinic,
            library,
            self._language,
            self._preferences,
            kiosk=kiosk,
            text_scale=carry.text_scale if carry else None,
            high_contrast=carry.high_contrast if carry else None,
        )
        if carry is not None:
            restore_window_state(window, carry)
        window.reload_requested.connect(self._on_reload_requested)
        window.language_requested.connect(self._on_language_requested)
        self._shown = (clinic, library)
        old = self.window
        if old is not None and not kiosk:
            window.setGeometry(old.geometry())
        if kiosk:
            window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            window.showFullScreen()
        else:
            window.show()
        self.window = window
        if old is not None:
            if old.kiosk is not None:
                old.kiosk.stop()
            old.hide()
            old.deleteLater()
        return window

    def _on_language_requested(self, code: str) -> None:
        if self.window is None or self._shown is None:
            return
        kiosk = self.window.kiosk is not None
        if not kiosk:
            self._preferences.language = code  # remembered; a kiosk always starts in the default
        carry = window_state(self.window)
        self._language = code
        clinic, library = self._shown
        self.open(clinic, library, kiosk=kiosk, carry=carry)

    def _on_reload_requested(self) -> None:
        from ipm_viewer.ui.app import kiosk_refusal, load_everything

        kiosk = self.window is not None and self.window.kiosk is not None
        clinic, library = load_everything(self._clinic_file, self._content_dirs, kiosk=kiosk)
        refusal = kiosk_refusal(clinic) if kiosk else None
        if refusal is not None:  # e.g. the PIN was removed: keep the kiosk staff can unlock
            if sys.stderr is not None:
                print(f"Content not reloaded. {refusal}", file=sys.stderr)
            return
        self.open(clinic, library, kiosk=kiosk)
        self.reloaded.emit()


def _print_problems(library: Library) -> None:
    if sys.stderr is not None:  # None in a windowed bundle
        for problem in library.problems.sorted():
            print(problem, file=sys.stderr)  # staff running from a terminal see them at once
