"""Render the main screens to PNG files at the exam-room and tablet sizes, for looking at.

QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_DIR [--content DIR]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ipm_viewer.ui.app import build_window, create_application, load_everything
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.screens.procedure import BENEFITS_RISKS, RIGHT_FOR_ME, WHEN_TO_CALL

SIZES = {"exam-1920x1080": (1920, 1080), "tablet-1280x800": (1280, 800)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--content", type=Path, action="append", default=[])
    parser.add_argument("--procedure", help="procedure id (default: the first)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    create_application()
    clinic, library = load_everything(None, args.content)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "prefs.ini"), QSettings.Format.IniFormat)
    for name, (width, height) in SIZES.items():
        window = build_window(clinic, library, "en", Preferences(settings))
        window.resize(width, height)
        window.show()
        QApplication.processEvents()
        window.grab().save(str(args.out / f"{name}-home.png"))
        procedure_id = args.procedure or sorted(window._content.procedures)[0]
        window.open_procedure(procedure_id)
        screen = window.procedure_screen
        for step in range(screen.walkthrough.step_count):
            screen.walkthrough.go_to(step)
            QApplication.processEvents()
            window.grab().save(str(args.out / f"{name}-{procedure_id}-step{step + 1}.png"))
        for section, label in (
            (BENEFITS_RISKS, "risks"),
            (RIGHT_FOR_ME, "right-for-me"),
            (WHEN_TO_CALL, "when-to-call"),
        ):
            screen.show_section(section)
            QApplication.processEvents()
            window.grab().save(str(args.out / f"{name}-{procedure_id}-{label}.png"))
        window.close()


if __name__ == "__main__":
    main()
