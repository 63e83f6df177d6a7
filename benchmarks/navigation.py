"""Step changes and memory with the real window at 1920x1080.

    QT_QPA_PLATFORM=offscreen python benchmarks/navigation.py [--content DIR] [--rounds 4]

Timing: for every step of every procedure, from `walkthrough.go_to()` until the diagram view
has painted: the posted layout and paint events are delivered, as the event loop does before the
next frame (if the diagram was not repainted by then it is repainted directly). Timers are not
run inside the timed part: the walkthrough's zero-interval timer that prepares the next and
previous pictures is idle work after the frame, and it runs in the untimed settle between steps,
as it does between a user's taps.
Memory: RSS after the window is shown, after visiting every screen once (every step, every
section, back home), and after visiting everything `--rounds - 1` more times; revisits should
not grow it. Each is read once the app has been left alone for a moment on the home screen (as a
user reads it), so that its idle release of freed memory to the system has run. The content
cache is warmed first, as on a device in daily use. A bare QMainWindow of the same size is
started in a separate process to compare.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import median, percentile, rss_mb

WIDTH, HEIGHT = 1920, 1080


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--content",
        type=Path,
        action="append",
        default=[],
        help="extra content folder (repeatable)",
    )
    parser.add_argument("--rounds", type=int, default=4, help="visits of every screen (>= 2)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _warm_content_cache(args.content)

    from PySide6.QtCore import QEvent, QObject, QSettings

    from ipm_viewer.ui.app import build_window, create_application, load_everything
    from ipm_viewer.ui.main_window import MEMORY_RELEASE_DELAY_MS
    from ipm_viewer.ui.preferences import Preferences

    app = create_application([sys.argv[0]])
    clinic, library = load_everything(None, args.content)
    settings = QSettings(
        str(Path(tempfile.mkdtemp(prefix="ipm-bench-")) / "prefs.ini"), QSettings.Format.IniFormat
    )
    window = build_window(clinic, library, None, Preferences(settings))
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    deadline = time.perf_counter() + 30
    while window.home.building and time.perf_counter() < deadline:  # the user reads first
        time.sleep(0.01)
        app.processEvents()
    content = window._content
    screen = window.procedure_screen
    walkthrough = screen.walkthrough
    view = walkthrough.diagram_view

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    painted = PaintCounter()
    view.installEventFilter(painted)

    def visit_everything() -> tuple[list[float], list[float]]:
        """Every step of every procedure, then its sections; ms per step with/without a diagram."""
        with_diagram: list[float] = []
        without: list[float] = []
        for procedure_id in sorted(content.procedures):
            window.open_procedure(procedure_id)
            settle()
            for step in range(walkthrough.step_count):
                before = painted.count
                started = time.perf_counter()
                walkthrough.go_to(step)
                app.sendPostedEvents()  # layout and paint; not the idle prefetch (see above)
                if view.isVisible() and painted.count == before:
                    view.repaint()
                elapsed = (time.perf_counter() - started) * 1000
                (with_diagram if view.isVisible() else without).append(elapsed)
                settle()
            for section in range(len(screen.tab_buttons)):
                screen.show_section(section)
                settle()
            window.go_back()
            settle()
        return with_diagram, without

    def settle() -> None:
        """What the event loop does between user actions, including deleteLater()."""
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def resting_rss() -> float:
        """RSS once the user has stayed on the screen a while: the app's idle memory release
        (MEMORY_RELEASE_DELAY_MS after the last change of screen) has run."""
        gc.collect()
        until = time.perf_counter() + (MEMORY_RELEASE_DELAY_MS + 300) / 1000
        while time.perf_counter() < until:
            time.sleep(0.02)
            settle()
        return rss_mb()

    shown_rss = resting_rss()
    first, first_plain = visit_everything()
    once_rss = resting_rss()
    again: list[float] = []
    for _ in range(max(1, args.rounds - 1)):
        timed, _plain = visit_everything()
        again += timed
    final_rss = resting_rss()
    bare_rss = _bare_window_rss()

    steps = len(first) + len(first_plain)
    print(
        f"Step change to repainted diagram ({os.environ['QT_QPA_PLATFORM']}, {WIDTH}x{HEIGHT}, "
        f"{len(content.procedures)} procedures, {steps} steps, {len(first)} with a diagram)"
    )
    if first:
        _print_times("first visit", first)
        _print_times("revisits", again)
        print("  budget: 95th percentile under 16 ms")
    else:
        print("  no step has a diagram yet")
    if first_plain:
        _print_times("steps without a diagram", first_plain)
    print("Memory (RSS)")
    print(f"  window shown                    {shown_rss:7.1f} MiB")
    print(f"  after every screen once         {once_rss:7.1f} MiB")
    print(
        f"  after {args.rounds - 1} more visits of all       {final_rss:7.1f} MiB   "
        f"growth {final_rss - once_rss:+.1f} MiB (budget: none)"
    )
    if bare_rss:
        print(
            f"  bare window, same size          {bare_rss:7.1f} MiB   "
            f"app / bare {final_rss / bare_rss:.2f}x (budget 2x)"
        )
    return 0


def _warm_content_cache(content: list[Path]) -> None:
    """Read the library once in another process, so that this one starts as a device does every
    day: from the content cache, reading each procedure only when it is opened. (The cache
    holds one library; the start-up benchmark's generated one would otherwise have replaced it,
    and every procedure would be read in full before the first frame.)"""
    code = (
        "import sys; from pathlib import Path; from ipm_viewer.ui.app import load_everything; "
        "load_everything(None, [Path(folder) for folder in sys.argv[1:]])"
    )
    subprocess.run([sys.executable, "-c", code, *map(str, content)], check=True)


def _print_times(label: str, values: list[float]) -> None:
    print(
        f"  {label:<24} median {median(values):6.2f} ms   95th {percentile(values, 0.95):6.2f} ms"
        f"   max {max(values):6.2f} ms   (n={len(values)})"
    )


def _bare_window_rss() -> float | None:
    """RSS of a bare QMainWindow of the same size, shown and painted, in a fresh process."""
    from startup import run_child

    try:
        return float(run_child("bare", [], (WIDTH, HEIGHT))["rss_mb"])
    except RuntimeError:
        return None


if __name__ == "__main__":
    sys.exit(main())
