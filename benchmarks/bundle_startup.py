"""Start-up of the PyInstaller bundle against a bare-window bundle built the same way.

    QT_QPA_PLATFORM=offscreen python benchmarks/bundle_startup.py [--runs 7]

What clinics install is the bundle (`make bundle` builds dist/ipm-viewer), which runs its
modules from the bytecode PyInstaller compiled into it. Each run starts the bundle as a fresh
process with IPM_VIEWER_FIRST_FRAME=1, so that it prints a line once its window's first frame has
painted and quits (see ipm_viewer/ui/first_frame.py); the time is measured here, from starting
the process to reading that line. The bare bundle is a QMainWindow with a QLabel at the same
size, reporting its first frame the same way, built in a temporary folder with the same Python
and PyInstaller, one-folder, with PyInstaller's defaults but for one: like the app (build.spec),
its Python modules are .pyc files in the folder, not in an archive. Both use a fresh, empty
settings and cache folder; the first run of each warms the OS file cache and the app's content
cache and is not counted; then the two run in turns, so that a slower spell of the machine slows
both alike. Budget: the app at most 2x the bare window.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, build_script_bundle, home_env, median

APP = REPO / "dist" / "ipm-viewer" / ("ipm-viewer.exe" if os.name == "nt" else "ipm-viewer")
FIRST_FRAME_LINE = "first frame painted"  # as ipm_viewer.ui.first_frame prints it
WINDOW_SIZE = (1440, 900)  # the app's default size when it has no saved geometry
BARE = f"""\
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize({WINDOW_SIZE[0]}, {WINDOW_SIZE[1]})


def report():
    print("{FIRST_FRAME_LINE}", flush=True)
    app.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""


def build_bare(work: Path) -> Path:
    """Build the bare-window bundle under `work`; return its executable."""
    folder = build_script_bundle(work, "bare-window", BARE, archive=False)  # as build.spec
    return folder / ("bare-window.exe" if os.name == "nt" else "bare-window")


def time_to_first_frame(executable: Path, home: Path) -> float:
    """ms from starting `executable` until it says its first frame has painted."""
    env = home_env(home, IPM_VIEWER_FIRST_FRAME="1")
    started = time.perf_counter()
    with subprocess.Popen(
        [str(executable)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as child:
        assert child.stdout is not None
        seen = None
        for line in child.stdout:
            if line.strip() == FIRST_FRAME_LINE and seen is None:
                seen = (time.perf_counter() - started) * 1000
        child.wait(timeout=120)
    if seen is None:
        raise RuntimeError(f"{executable} exited {child.returncode} without painting")
    return seen


def measure(executables: list[Path], runs: int) -> list[float]:
    """The median ms of each executable, run in turns (a, b, a, b, ...), each in its own home.

    In turns, a spell of a slower machine slows both alike, and their ratio holds.
    """
    with tempfile.TemporaryDirectory(prefix="ipm-bench-homes-") as temp:
        homes = [Path(temp) / str(number) for number in range(len(executables))]
        for executable, home in zip(executables, homes, strict=True):
            time_to_first_frame(executable, home)  # warm-up: file cache, content cache
        times: list[list[float]] = [[] for _ in executables]
        for _ in range(runs):
            for executable, home, series in zip(executables, homes, times, strict=True):
                series.append(time_to_first_frame(executable, home))
        return [median(series) for series in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per bundle")
    args = parser.parse_args()
    if not APP.exists():
        print(f"Bundle start-up: {APP.relative_to(REPO)} is not built (run `make bundle`)")
        return 0
    with tempfile.TemporaryDirectory(prefix="ipm-bench-bare-") as work:
        bare = build_bare(Path(work))
        bare_ms, app_ms = measure([bare, APP], args.runs)
    print(
        f"Bundle start-up to first painted frame ({os.environ.get('QT_QPA_PLATFORM', 'offscreen')},"
        f" median of {args.runs} fresh processes each, in turns, PyInstaller one-folder,"
        " bytecode in the bundle)"
    )
    print(f"  bare-window bundle                {bare_ms:7.0f} ms")
    print(f"  {APP.relative_to(REPO)!s:<32} {app_ms:7.0f} ms")
    print(f"  app / bare                        {app_ms / bare_ms:7.2f}x    (budget 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
