"""Switching the language of a running app: the translators, and what the window carries over.

The window is rebuilt in the new language (every string and every content item is read again),
and the new one starts where the old one was: the same screen, section and step, the same
history, visit list, text size and contrast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ipm_viewer import paths
from ipm_viewer.ui.history import Place

if TYPE_CHECKING:
    from ipm_viewer.ui.main_window import MainWindow


# Qt's native names carry the default country ("español de España", "American English"); a
# patient picks a language, not a country, so the languages we know are named plainly.
_NAMES = {"en": "English", "es": "Español"}


def language_name(code: str) -> str:
    """'English', 'Español': how a speaker of the language names it (never a flag)."""
    name = _NAMES.get(code) or QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


# The translators installed by `use_language`, kept here rather than found again with
# `app.findChildren`: that wraps every child of the app in Python, ~5 ms at start-up.
_installed: list[QTranslator] = []


def use_language(app: QCoreApplication, code: str) -> None:
    """Numbers and interface strings in `code`; the previous language's translators go."""
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(code))
    locale = QLocale(code)
    # A translator is parented to the app (which keeps it alive) only once installed; English
    # installs none.
    ours = QTranslator()
    if ours.load(locale, "ipm_viewer", "_", str(paths.translations_dir())):
        ours.setParent(app)
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own words (dialog buttons, the print dialog) from the translations Qt ships.
    qt = QTranslator()
    if code != "en" and qt.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        qt.setParent(app)
        app.installTranslator(qt)
        _installed.append(qt)


class WindowState(NamedTuple):
    """What a patient or physician has done so far that a language switch must not lose."""

    place: Place
    back: tuple[Place, ...]
    forward: tuple[Place, ...]
    visit: tuple[tuple[str, str], ...]  # (kind, id): titles are read again in the new language
    text_scale: float
    high_contrast: bool


def window_state(window: MainWindow) -> WindowState:
    back, forward = window.history.places()
    return WindowState(
        place=window.current_place(),
        back=back,
        forward=forward,
        visit=tuple((item.kind, item.item_id) for item in window.visit.items),
        text_scale=window.text_scale,
        high_contrast=window.high_contrast,
    )


def restore_window_state(window: MainWindow, state: WindowState) -> None:
    """Resume `state` in a new window (built with its text size and contrast already)."""
    window.this_visit.restore(state.visit)
    window.go_to(state.place, back=state.back, forward=state.forward)
