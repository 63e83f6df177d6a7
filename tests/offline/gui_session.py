"""A scripted session like a physician's: open a procedure, step through it, search, open a
condition, see the About panel. Prints "session: OK" and exits 0 when every screen showed."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ipm_viewer.ui.app import build_window, create_application, load_everything
from ipm_viewer.ui.preferences import Preferences


def main() -> int:
    create_application([sys.argv[0]])
    clinic, library = load_everything(None, [])
    settings = Path(tempfile.mkdtemp(prefix="ipm-session-")) / "preferences.ini"
    preferences = Preferences(QSettings(str(settings), QSettings.Format.IniFormat))
    window = build_window(clinic, library, "en", preferences)
    window.resize(1440, 900)
    window.show()
    content = library.language("en")
    procedure = next(p for p in sorted(content.procedures.values(), key=lambda p: p.id) if p.treats)
    window.open_procedure(procedure.id)
    walkthrough = window.procedure_screen.walkthrough
    for index in range(walkthrough.step_count):
        walkthrough.go_to(index)
        QApplication.processEvents()
    window.header.search_field.setText("nerve")
    QApplication.processEvents()
    found = window.home.first_result()
    window.header.search_field.clear()
    window.open_condition(procedure.treats[0])
    QApplication.processEvents()
    about = window.show_about_device()
    QApplication.processEvents()
    window.grab()
    print(f"session: signed content packs shown: {len(library.content_packs)}")
    checks = {
        "procedure opened": window.procedure_screen.procedure is procedure,
        "all steps shown": walkthrough.index == walkthrough.step_count - 1,
        "search found something": found is not None,
        "condition shown": window.screens.currentWidget() is window.condition_screen,
        "about panel shown": about.isVisible(),
    }
    failed = [name for name, ok in checks.items() if not ok]
    print("session: " + ("OK" if not failed else "FAILED: " + ", ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
