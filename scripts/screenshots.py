"""Render the app's screens to PNG files, for looking at what we build.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_DIR [--procedure ID] [--all-steps]
                                                            [--lang es]

The exam room at 1920x1080, a small landscape tablet (1280x800, 1024x768) and a portrait tablet
(800x1280, 768x1024): home, steps, every section, a condition and a guide. The kiosk on a portrait
(800x1280) and a landscape (1280x800) tablet: welcome, a step, benefits and risks and the quiz, in
the light and high-contrast themes at 100% and 200% text; the PIN pad and the idle countdown.
With `--lang`, everything in that language (file names start with its code).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.model import ClinicSettings, KioskOptions, Phones
from ipm_viewer.pin import hash_pin
from ipm_viewer.ui.app import build_window, create_application, load_everything
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.screens.procedure import (
    BENEFITS_RISKS,
    CHECK_UNDERSTANDING,
    RIGHT_FOR_ME,
    WHEN_TO_CALL,
)

SIZES = {
    "exam-1920x1080": (1920, 1080),
    "tablet-1280x800": (1280, 800),
    "tablet-1024x768": (1024, 768),
    "portrait-800x1280": (800, 1280),
    "portrait-768x1024": (768, 1024),
}
KIOSK_SIZES = {"kiosk-800x1280": (800, 1280), "kiosk-1280x800": (1280, 800)}
SECTIONS = {
    "risks": BENEFITS_RISKS,
    "right-for-me": RIGHT_FOR_ME,
    "when-to-call": WHEN_TO_CALL,
    "quiz": CHECK_UNDERSTANDING,
}
DEMO_CLINIC = ClinicSettings(
    name="Riverside Pain Clinic",
    phones=Phones(office="(555) 010-0100", after_hours="(555) 010-0199"),
)


LANGUAGE = {"code": "en"}  # set once from --lang


def save(window: MainWindow, out: Path, name: str) -> None:
    # Let nested layouts settle and the step cross-fade (160 ms) finish before the picture.
    deadline = time.monotonic() + 0.3
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    code = LANGUAGE["code"]
    prefix = "" if code == "en" else f"{code}-"
    window.grab().save(str(out / f"{prefix}{name}.png"))


def exam_room(clinic: Clinic, library: object, out: Path, procedure: str, all_steps: bool) -> None:
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "prefs.ini"), QSettings.Format.IniFormat)
    for size_name, (width, height) in SIZES.items():
        window = build_window(clinic, library, LANGUAGE["code"], Preferences(settings))  # type: ignore[arg-type]
        window.resize(width, height)
        window.show()
        save(window, out, f"{size_name}-home")
        window.open_procedure(procedure)
        screen = window.procedure_screen
        steps = range(screen.walkthrough.step_count) if all_steps else (0, 4)
        for step in steps:
            screen.walkthrough.go_to(step)
            save(window, out, f"{size_name}-{procedure}-step{step + 1}")
        for label, section in SECTIONS.items():
            screen.show_section(section)
            save(window, out, f"{size_name}-{procedure}-{label}")
        condition = next(iter(window.procedure_screen.procedure.treats), None)  # type: ignore[union-attr]
        if condition:
            window.open_condition(condition)
            save(window, out, f"{size_name}-condition")
        window.open_guide("frequently-asked-questions")
        save(window, out, f"{size_name}-guide")
        window.go_home()
        window.header.search_field.setText("pain down my leg")
        save(window, out, f"{size_name}-search")
        window.close()


def kiosk(library: object, out: Path, procedure: str) -> None:
    options = KioskOptions(enabled=True, pin_hash=hash_pin("482613", iterations=1000))
    clinic = Clinic(ClinicSettings(name=DEMO_CLINIC.name, phones=DEMO_CLINIC.phones, kiosk=options))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "prefs.ini"), QSettings.Format.IniFormat)
    window = build_window(clinic, library, LANGUAGE["code"], Preferences(settings), kiosk=True)  # type: ignore[arg-type]
    window.show()
    for size_name, size in KIOSK_SIZES.items():
        window.resize(*size)
        for theme_name, contrast in (("light", False), ("high-contrast", True)):
            for scale in (1.0, 2.0):
                window.reset_for_next_patient()  # a reset restores 100% and the normal theme
                window.set_high_contrast(contrast)
                window.set_text_scale(scale)
                tag = f"{size_name}-{theme_name}-{round(scale * 100)}"
                save(window, out, f"{tag}-welcome")
                window.open_procedure(procedure)
                window.procedure_screen.walkthrough.go_to(4)
                save(window, out, f"{tag}-step5")
                if theme_name == "light":
                    for label in ("risks", "quiz"):
                        window.procedure_screen.show_section(SECTIONS[label])
                        save(window, out, f"{tag}-{label}")
    window.resize(1280, 800)
    window.set_high_contrast(False)
    window.set_text_scale(1.0)
    assert window.kiosk is not None
    pad = window.kiosk.open_pin_pad()
    pad.type_pin("12")
    save(window, out, "kiosk-1280x800-behind-pin-pad")
    pad.grab().save(str(out / "kiosk-pin-pad.png"))  # a window of its own
    pad.reject()
    window.kiosk.overlay.show_countdown(27)
    save(window, out, "kiosk-1280x800-still-there")
    window.kiosk.overlay.hide()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--content", type=Path, action="append", default=[])
    parser.add_argument("--procedure", default="epidural-steroid-injection")
    parser.add_argument("--all-steps", action="store_true")
    parser.add_argument("--lang", default="en", help="language to render, e.g. es")
    args = parser.parse_args()
    LANGUAGE["code"] = args.lang
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application()
    _clinic, library = load_everything(None, args.content)
    exam_room(Clinic(DEMO_CLINIC), library, args.out, args.procedure, args.all_steps)
    kiosk(library, args.out, args.procedure)


if __name__ == "__main__":
    main()
