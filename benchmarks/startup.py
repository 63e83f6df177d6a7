"""Start-up time to the first painted window, each run in a fresh process.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 5] [--procedures 1000]

Three cases, each the median of `--runs` fresh processes:
  bare     a QMainWindow with a QLabel (the floor any PySide6 app pays)
  app      IPM Viewer's real start path with the bundled library: create_application,
           load_everything, build_window (it installs the translations), show, first paint
  app-N    the same with N generated procedures laid over the bundled library
Wall time is measured by this process from launching the child until the child reports, on
stdout, that its first frame has painted; it includes starting Python. Each case has its own
home folder (settings, content cache); its first run warms the OS file cache and its content
cache and is not counted, so this is a warm-disk "cold start" of the process. Then the cases run
in turns (bare, app, app-N, bare, ...): a slower spell of the machine slows every case alike.

The app's modules are compiled to bytecode first, as an installed app and the bundle run them
(these machines set PYTHONDONTWRITEBYTECODE=1, which would otherwise make every child compile
the whole package from source).
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()  # first thing: a child measures its phases from here

import argparse  # noqa: E402 - after the clock starts
import compileall  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from common import generate_library, home_env, median, peak_rss_mb, rss_mb  # noqa: E402

WINDOW_SIZE = (1440, 900)  # the app's default size when it has no saved geometry


# -- child: one start-up, printed as one JSON line -----------------------------------------------


def _child(kind: str, content: list[Path], size: tuple[int, int]) -> int:
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    marks: dict[str, float] = {"imports": _ms()}
    if kind == "bare":
        app = QApplication([sys.argv[0]])
        marks["application"] = _ms()
        bare = QMainWindow()
        bare.setCentralWidget(QLabel("Hello"))
        bare.resize(*size)
        window: QWidget = bare
        marks["window"] = _ms()
    else:
        from ipm_viewer.ui.app import build_window, create_application, load_everything
        from ipm_viewer.ui.preferences import Preferences

        marks["imports"] = _ms()
        app = create_application([sys.argv[0]])
        marks["application"] = _ms()
        clinic, library = load_everything(None, content)
        marks["content"] = _ms()
        settings_file = Path(tempfile.mkdtemp(prefix="ipm-bench-")) / "preferences.ini"
        preferences = Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
        window = build_window(clinic, library, None, preferences)
        marks["window"] = _ms()
    result: dict[str, Any] = {}

    def report() -> None:
        marks["painted"] = _ms()
        result.update(kind=kind, marks=marks, rss_mb=rss_mb(), peak_rss_mb=peak_rss_mb())
        if kind == "app":  # procedures read in full from the content cache before the first frame
            procedures = window.content.procedures  # type: ignore[attr-defined]
            read = getattr(procedures, "read_count", None)
            read_so_far = f"{read()} of {len(procedures)}" if read else "all (no cache)"
            result["procedures_read"] = read_so_far
        print(json.dumps(result), flush=True)
        app.quit()

    class FirstPaint(QObject):
        """Reports once the first paint of the window has finished (the next event-loop turn).

        It watches the window alone: the window is painted first in a frame and its children
        in the same pass. A filter on the whole application would run Python for every event
        of every widget, and have PySide find a Python class for each private Qt object it is
        shown; that cost grows with the number of widgets, and the app does not pay it.
        """

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, report)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    return 0 if result else 1


def _ms() -> float:
    return round((time.perf_counter() - _T0) * 1000, 1)


# -- parent: runs the children and prints figures ------------------------------------------------


def run_child(
    kind: str, content: list[Path], size: tuple[int, int] = WINDOW_SIZE, home: Path | None = None
) -> dict[str, Any]:
    """Start one child and return its report, plus `wall_ms` measured from here."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        "--size",
        f"{size[0]}x{size[1]}",
    ]
    for folder in content:
        command += ["--content", str(folder)]
    env = (
        home_env(home)
        if home is not None
        else {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    )
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None
        report: dict[str, Any] | None = None
        for line in child.stdout:
            if line.startswith("{"):
                report = json.loads(line)
                report["wall_ms"] = (time.perf_counter() - started) * 1000
        child.wait(timeout=120)
    if report is None or child.returncode != 0:
        raise RuntimeError(f"{kind}: child exited {child.returncode} without a report")
    return report


def compile_bytecode() -> bool:
    """The package's .pyc files, written even under PYTHONDONTWRITEBYTECODE (as pip does)."""
    package = Path(__file__).resolve().parent.parent / "ipm_viewer"
    return compileall.compile_dir(str(package), quiet=1)


def measure(cases: list[tuple[str, list[Path]]], runs: int, homes: Path) -> list[dict[str, Any]]:
    """The median figures of each (kind, content) case: each in its own home, run in turns."""
    folders = [homes / str(number) for number in range(len(cases))]
    for (kind, content), home in zip(cases, folders, strict=True):
        run_child(kind, content, home=home)  # warm-up: OS file cache, content cache
    reports: list[list[dict[str, Any]]] = [[] for _ in cases]
    for _ in range(runs):
        for (kind, content), home, series in zip(cases, folders, reports, strict=True):
            series.append(run_child(kind, content, home=home))
    return [_medians(series) for series in reports]


def _medians(reports: list[dict[str, Any]]) -> dict[str, Any]:
    phases = reports[0]["marks"].keys()
    return {
        "wall_ms": median([r["wall_ms"] for r in reports]),
        "peak_rss_mb": median([r["peak_rss_mb"] for r in reports]),
        "marks": {p: median([r["marks"][p] for r in reports]) for p in phases},
        "procedures_read": reports[-1].get("procedures_read", ""),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per case")
    parser.add_argument("--procedures", type=int, default=1000, help="size of the large library")
    parser.add_argument("--child", choices=["bare", "app"], help=argparse.SUPPRESS)
    parser.add_argument("--content", type=Path, action="append", default=[], help=argparse.SUPPRESS)
    parser.add_argument("--size", default="1440x900", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        width, height = (int(n) for n in args.size.split("x"))
        return _child(args.child, args.content, (width, height))

    compiled = compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="ipm-bench-library-") as temp:
        generated = generate_library(Path(temp), args.procedures)
        names = [
            "bare PySide6 window",
            "IPM Viewer, bundled library",
            f"IPM Viewer, +{args.procedures:,} procedures",
        ]
        with tempfile.TemporaryDirectory(prefix="ipm-bench-homes-") as homes:  # not in content
            kinds: list[tuple[str, list[Path]]] = [("bare", []), ("app", []), ("app", [generated])]
            figures = measure(kinds, args.runs, Path(homes))
        cases = list(zip(names, figures, strict=True))
    width, height = WINDOW_SIZE
    print(
        f"Start-up to first painted frame ({os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, "
        f"{width}x{height}, median of {args.runs} fresh processes each, in turns, "
        f"{'from bytecode' if compiled else 'bytecode could not be written: from source'})"
    )
    for name, figures in cases:
        print(
            f"  {name:<34} {figures['wall_ms']:7.0f} ms   "
            f"peak RSS {figures['peak_rss_mb']:6.1f} MiB"
        )
    bare, bundled, large = (figures for _name, figures in cases)
    print(f"  {'app / bare':<34} {bundled['wall_ms'] / bare['wall_ms']:7.2f}x    (budget 2x)")
    print(
        f"  {'large / bundled':<34} {large['wall_ms'] / bundled['wall_ms']:7.2f}x    (budget 1.2x)"
    )
    print(f"  {'peak RSS app / bare':<34} {bundled['peak_rss_mb'] / bare['peak_rss_mb']:7.2f}x")
    print("  phases inside the child, ms from its first line (median):")
    for name, figures in cases:
        phases = "  ".join(f"{phase} {value:.0f}" for phase, value in figures["marks"].items())
        print(f"    {name:<32} {phases}")
    print("  procedures read in full before the first frame (the rest when opened):")
    for name, figures in cases[1:]:
        print(f"    {name:<32} {figures['procedures_read']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
