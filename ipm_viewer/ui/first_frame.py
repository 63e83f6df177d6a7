"""For start-up benchmarks: say when the first frame is painted, then quit.

With IPM_VIEWER_FIRST_FRAME=1 in its environment the app prints FIRST_FRAME_LINE on standard
output once its window has finished its first paint, and quits. `benchmarks/bundle_startup.py`
times the installed bundle this way, from outside, as a clinic starts it. Without the variable
nothing here runs.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_FRAME_ENV = "IPM_VIEWER_FIRST_FRAME"
FIRST_FRAME_LINE = "first frame painted"


def wanted() -> bool:
    return os.environ.get(FIRST_FRAME_ENV) == "1"


class _FirstPaint(QObject):
    """Reports once a paint of the window has finished (on the next event-loop turn).

    It watches the window alone, not the whole application: the window is painted first in
    each frame and its children in the same pass, and a filter on the application would run
    Python for every event of every widget (and have PySide find a Python class for each
    private Qt object it is shown), time the app itself does not spend. (Qt skips the window's
    own paint only if an opaque child covers all of it; tests/test_cli.py would then fail.)
    """

    def __init__(self, app: QCoreApplication, window: QWidget) -> None:
        super().__init__(app)
        self._app = app
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        if sys.stdout is not None:  # None in a windowed bundle on Windows
            print(FIRST_FRAME_LINE, flush=True)
        self._app.quit()


def quit_after_first_frame(app: QCoreApplication, window: QWidget) -> None:
    window.installEventFilter(_FirstPaint(app, window))
