"""Soak: drive the real window through thousands of random user actions, as days of use would.

    QT_QPA_PLATFORM=offscreen python benchmarks/soak.py [--actions 10000] [--seed 1] [--kiosk]

Actions: open procedures, conditions and guides, change steps, switch sections, search, tap
medical words, draw, zoom, change the text size and contrast, turn the tablet (resize between
exam-room, landscape and portrait sizes), go back and forward, add to and clear the visit list,
switch the language (the window is rebuilt, as in the app), and (kiosk) the idle reset. It
fails (exit 1) on any exception or Qt warning, and when memory after all actions is more than
10% above memory after the first tenth; it prints memory as it goes and the time each kind of
action takes. Not part of the test run (`make soak` runs it).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from common import median, percentile, rss_mb

if TYPE_CHECKING:
    from ipm_viewer.ui.main_window import MainWindow

SIZES = [(1920, 1080), (1280, 800), (800, 1280), (1024, 768), (768, 1024)]
MEMORY_GROWTH_LIMIT = 0.10
MEMORY_CHECK_FROM = 2_000  # shorter runs print memory but are too short to judge its growth
# How often each action is chosen, against 1 for the rest: a restyle of the whole window
# (text size, contrast) takes seconds here, and people rarely do it more than once a visit.
WEIGHTS = {
    "text size": 0.2,
    "contrast": 0.2,
    "turn the tablet": 0.5,
    "idle reset": 0.3,
    "language": 0.2,
}
SEARCH_WORDS = ["back", "nerve", "knee", "epidural", "pain down my leg", "kyphoplasy", "neck"]


class Soak:
    """The window and the actions a person can take in it."""

    def __init__(self, kiosk: bool, seed: int) -> None:
        from PySide6.QtCore import QSettings

        from ipm_viewer.clinic import Clinic
        from ipm_viewer.content.model import ClinicSettings, KioskOptions, Phones
        from ipm_viewer.pin import hash_pin
        from ipm_viewer.ui.app import load_everything
        from ipm_viewer.ui.preferences import Preferences
        from ipm_viewer.ui.window_host import WindowHost

        self.random = random.Random(seed)
        options = KioskOptions(enabled=kiosk, pin_hash=hash_pin("482613", iterations=1000))
        phones = Phones(office="(555) 010-0100")
        clinic = Clinic(ClinicSettings(name="Soak Clinic", phones=phones, kiosk=options))
        _clinic, self.library = load_everything(None, [], clinic)
        folder = Path(tempfile.mkdtemp(prefix="ipm-soak-"))
        settings = QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat)
        # The host, as in the app: a language switch builds the window anew.
        self.host = WindowHost(None, [], "en", Preferences(settings))
        self.host.open(clinic, self.library, kiosk=kiosk)
        self.window.resize(1280, 800)
        self.content = self.library.language("en")  # ids are the same in every language
        self.kiosk = kiosk

    @property
    def window(self) -> MainWindow:
        assert self.host.window is not None
        return self.host.window

    def warm_up(self) -> None:
        """Every screen once, so that memory afterwards counts what stays, not first builds."""
        from PySide6.QtWidgets import QApplication

        for procedure_id in sorted(self.content.procedures):
            self.window.open_procedure(procedure_id)
            for button in self.window.procedure_screen.tab_buttons:
                button.click()
                QApplication.processEvents()
        for condition_id in sorted(self.content.conditions):
            self.window.open_condition(condition_id)
        for guide_id in sorted(self.content.guides):
            self.window.open_guide(guide_id)
        self.window.open_glossary()
        self.window.go_home()

    def actions(self) -> dict[str, Callable[[], None]]:
        actions = {
            "open procedure": self.open_procedure,
            "open condition": self.open_condition,
            "open guide": self.open_guide,
            "next step": self.next_step,
            "previous step": self.previous_step,
            "jump to step": self.jump_to_step,
            "switch section": self.switch_section,
            "search": self.search,
            "tap a word": self.tap_word,
            "draw": self.draw,
            "zoom": self.zoom,
            "text size": self.text_size,
            "contrast": self.contrast,
            "turn the tablet": self.turn,
            "back": lambda: self.window.go_back(),
            "forward": lambda: self.window.go_forward(),
            "add to visit": self.add_to_visit,
            "clear visit": lambda: self.window.clear_visit(),
            "language": self.language,
        }
        if self.kiosk:
            actions["idle reset"] = lambda: self.window.reset_for_next_patient()
        return actions

    def _pick(self, items: list[str]) -> str:
        return self.random.choice(items)

    def open_procedure(self) -> None:
        self.window.open_procedure(self._pick(sorted(self.content.procedures)))

    def open_condition(self) -> None:
        self.window.open_condition(self._pick(sorted(self.content.conditions)))

    def open_guide(self) -> None:
        self.window.open_guide(self._pick(sorted(self.content.guides)))

    def _walkthrough_on_screen(self) -> bool:
        window = self.window
        return window.screens.currentWidget() is window.procedure_screen

    def next_step(self) -> None:
        if self._walkthrough_on_screen():
            self.window.procedure_screen.walkthrough.next_button.click()

    def previous_step(self) -> None:
        if self._walkthrough_on_screen():
            self.window.procedure_screen.walkthrough.previous_button.click()

    def jump_to_step(self) -> None:
        walkthrough = self.window.procedure_screen.walkthrough
        if self._walkthrough_on_screen() and walkthrough.step_count:
            walkthrough.go_to(self.random.randrange(walkthrough.step_count))

    def switch_section(self) -> None:
        screen = self.window.procedure_screen
        if self._walkthrough_on_screen():
            buttons = [b for b in screen.tab_buttons if not b.isHidden()]
            self.random.choice(buttons).click()

    def search(self) -> None:
        field = self.window.header.search_field
        if self.random.random() < 0.3:
            field.clear()
            return
        text = self._pick(SEARCH_WORDS)
        if self.random.random() < 0.3:  # and some typing no one planned for
            text += "".join(self.random.choice("aeiounrstxz ") for _ in range(4))
        field.setText(text)

    def tap_word(self) -> None:
        popover = self.window.show_term(self._pick(sorted(self.content.glossary)))
        if popover is not None:
            popover.close()

    def draw(self) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        walkthrough = self.window.procedure_screen.walkthrough
        view = walkthrough.diagram_view
        if not self._walkthrough_on_screen() or not view.isVisible():
            return
        if self.random.random() < 0.2:
            walkthrough.diagram_tools.clear_button.click()
            return
        view.set_pen_enabled(True)
        rect = view.rect()
        start = QPoint(self.random.randrange(rect.width()), self.random.randrange(rect.height()))
        QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        for _ in range(4):
            start += QPoint(self.random.randint(-20, 20), self.random.randint(-20, 20))
            QTest.mouseMove(view, start)
        QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start)
        view.set_pen_enabled(False)

    def zoom(self) -> None:
        view = self.window.procedure_screen.walkthrough.diagram_view
        choice = self.random.random()
        if choice < 0.4:
            view.zoom_by(1.4)
        elif choice < 0.8:
            view.zoom_by(1 / 1.4)
        else:
            view.reset_zoom()

    def text_size(self) -> None:
        self.window.cycle_text_size()

    def contrast(self) -> None:
        self.window.set_high_contrast(not self.window.header.contrast_button.isChecked())

    def language(self) -> None:
        button = self.window.header.language_button
        if not button.isHidden():
            button.click()  # the other language; the window is rebuilt where it was

    def turn(self) -> None:
        self.window.resize(*self.random.choice(SIZES))

    def add_to_visit(self) -> None:
        button = self.window.procedure_screen.visit_button
        if self._walkthrough_on_screen() and not button.isHidden():
            button.click()


class QtProblems:
    """Qt's warnings and criticals, collected: any one of them fails the soak."""

    def __init__(self) -> None:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        self.messages: list[str] = []
        self._serious = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}
        self._ignored = ("This plugin does not support",)  # the offscreen platform talking
        qInstallMessageHandler(self._on_message)

    def _on_message(self, kind: object, context: object, message: str) -> None:
        if kind in self._serious and not message.startswith(self._ignored):
            self.messages.append(message)


def run(actions_count: int, seed: int, kiosk: bool) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent

    from ipm_viewer.ui.app import create_application

    app = create_application()
    problems = QtProblems()
    soak = Soak(kiosk, seed)
    soak.warm_up()
    actions = soak.actions()
    names = sorted(actions)
    weights = [WEIGHTS.get(name, 1.0) for name in names]
    times: dict[str, list[float]] = defaultdict(list)
    report_every = max(1, min(1000, actions_count // 10))
    baseline: float | None = None
    print(f"soak: {actions_count} actions, seed {seed}, {'kiosk' if kiosk else 'desktop'}")
    for number in range(1, actions_count + 1):
        name = soak.random.choices(names, weights)[0]
        started = time.perf_counter()
        try:
            actions[name]()
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        except Exception:
            print(f"action {number} ({name}) raised:", file=sys.stderr)
            traceback.print_exc()
            return 1
        times[name].append((time.perf_counter() - started) * 1000)
        if problems.messages:
            print(f"action {number} ({name}): Qt said: {problems.messages[0]}", file=sys.stderr)
            return 1
        if number % report_every == 0:
            memory = rss_mb()
            if baseline is None:
                baseline = memory  # after the first tenth (at most 1,000 actions)
            print(f"  after {number:>6} actions: {memory:7.1f} MiB", flush=True)
    _print_times(times)
    final = rss_mb()
    growth = (final - baseline) / baseline if baseline else 0.0
    print(
        f"memory: {baseline or 0:.1f} MiB after the first tenth, {final:.1f} MiB at the end,"
        f" growth {growth:+.1%} (limit {MEMORY_GROWTH_LIMIT:.0%}"
        + (")" if actions_count >= MEMORY_CHECK_FROM else ", not judged on a short run)")
    )
    if problems.messages:
        print(f"Qt said: {problems.messages[0]}", file=sys.stderr)
        return 1
    return 1 if actions_count >= MEMORY_CHECK_FROM and growth > MEMORY_GROWTH_LIMIT else 0


def _print_times(times: dict[str, list[float]]) -> None:
    print(f"  {'action':<18} {'n':>6} {'median':>9} {'p95':>9} {'max':>9}  (ms)")
    for name in sorted(times):
        values = times[name]
        print(
            f"  {name:<18} {len(values):>6} {median(values):>9.1f}"
            f" {percentile(values, 0.95):>9.1f} {max(values):>9.1f}"
        )
    every = [value for values in times.values() for value in values]
    print(
        f"  {'every action':<18} {len(every):>6} {median(every):>9.1f}"
        f" {percentile(every, 0.95):>9.1f} {max(every):>9.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kiosk", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run(args.actions, args.seed, args.kiosk)


if __name__ == "__main__":
    sys.exit(main())
