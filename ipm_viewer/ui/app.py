"""Start the GUI: application object, theme, translations, content, main window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ipm_viewer import paths
from ipm_viewer.clinic import Clinic, load_clinic
from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.library import BASE_LANGUAGE, Library
from ipm_viewer.content.long_lived import load_long_lived
from ipm_viewer.packs.device import clinic_content_roots, content_trust
from ipm_viewer.ui import first_frame
from ipm_viewer.ui.language_switch import use_language
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.read_aloud import system_speaker
from ipm_viewer.ui.theme import load_fonts
from ipm_viewer.ui.window_host import WindowHost

APP_NAME = "IPM Viewer"
ORGANIZATION = "IPM Viewer"
APP_ID = "org.ipmviewer.IPMViewer"  # the desktop entry's name: Wayland finds the icon by it


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with names set (QSettings uses them), fonts and theme applied."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(paths.app_icon_file())))  # title bar, taskbar, Alt+Tab
    load_fonts()  # the window applies the theme when it is built
    return app


def start_language(
    asked: str | None, preferences: Preferences, clinic: Clinic, library: Library, *, kiosk: bool
) -> str:
    """`--lang`, else (outside a kiosk) the user's last choice, else the clinic's default.

    A kiosk always starts in the clinic's language: the last patient's choice is not the next
    one's. A language with no content at all is passed over.
    """
    remembered = "" if kiosk else preferences.language
    for code in (asked, remembered, clinic.settings.default_language):
        if code and code in library.languages:
            return code
    return BASE_LANGUAGE


def load_everything(
    clinic_file: Path | None,
    content_dirs: Sequence[Path],
    clinic: Clinic | None = None,
    *,
    kiosk: bool = False,
) -> tuple[Clinic, Library]:
    """Clinic settings (unless already read) and content, with every problem in one list.

    Clinic content (the installed pack, clinic.yaml's folder, `--content`) is shown only as
    its signature allows; in kiosk mode unsigned content is hidden unless the clinic says not.
    """
    clinic = clinic or load_clinic(clinic_file)
    extra = [*clinic_content_roots(clinic), *content_dirs]
    trust = content_trust(clinic, kiosk=kiosk) if extra else None
    library = load_long_lived(lambda: load_content(extra, cache_dir=paths.cache_dir(), trust=trust))
    library.problems.extend(clinic.problems)
    return clinic, library


def build_window(
    clinic: Clinic,
    library: Library,
    language: str | None,
    preferences: Preferences,
    *,
    kiosk: bool = False,
    text_scale: float | None = None,
    high_contrast: bool | None = None,
) -> MainWindow:
    chosen = start_language(language, preferences, clinic, library, kiosk=kiosk)
    app = QApplication.instance()
    if app is not None:
        use_language(app, chosen)  # numbers read "1,000" in English, "1.000" in Spanish
    speaker = system_speaker(chosen)
    return MainWindow(
        library,
        clinic,
        chosen,
        preferences,
        kiosk=kiosk,
        speaker=speaker,
        text_scale=text_scale,
        high_contrast=high_contrast,
    )


def kiosk_refusal(clinic: Clinic) -> str | None:
    """Why kiosk mode cannot start, or None when it can."""
    from ipm_viewer.pin import is_pin_hash  # hashlib loads OpenSSL: only a kiosk needs it

    if is_pin_hash(clinic.settings.kiosk.pin_hash):
        return None
    where = f" in {clinic.path}" if clinic.path else ""
    return QCoreApplication.translate(
        "Kiosk",
        "Kiosk mode needs a staff PIN{where}, so that staff (and only staff) can leave it.\n"
        "Set one with:  ipm-viewer set-pin",
    ).format(where=where)


def run_gui(
    *,
    clinic_file: Path | None,
    content_dirs: Sequence[Path],
    language: str | None,
    kiosk: bool = False,
) -> int:
    clinic = load_clinic(clinic_file)
    kiosk = kiosk or clinic.settings.kiosk.enabled
    app = create_application()
    refusal = kiosk_refusal(clinic) if kiosk else None
    if refusal is not None:
        if sys.stderr is not None:  # None in a windowed bundle
            print(refusal, file=sys.stderr)
        if app.platformName() not in ("offscreen", "minimal"):  # someone is there to read it
            from PySide6.QtWidgets import QMessageBox  # rare: not worth its enums on every start

            QMessageBox.critical(None, APP_NAME, refusal)
        return 2
    clinic, library = load_everything(clinic_file, content_dirs, clinic, kiosk=kiosk)
    host = WindowHost(clinic_file, content_dirs, language, Preferences())
    host.open(clinic, library, kiosk=kiosk)
    if first_frame.wanted() and host.window is not None:
        first_frame.quit_after_first_frame(app, host.window)
    # The command line turned Python's cycle collector off for start-up: what start-up makes
    # (classes, enums, widgets' wrappers, content) lives on, and the ~60 collections it set off
    # freed a few hundred objects in all. From here on it runs as usual.
    gc.enable()
    return app.exec()
