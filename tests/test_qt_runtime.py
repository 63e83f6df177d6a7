"""Guards against known defects in the Qt bindings we install."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage, QPainter


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_do_not_drop_references_to_none() -> None:
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per void call, then aborts."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, "this PySide6 build corrupts None's reference count"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_signal_emits_do_not_drop_references_to_true() -> None:
    """PySide6 6.12.0 on Python 3.11 also loses a reference to True per emit to a Python slot."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        changed = Signal(int)

    received: list[int] = []
    emitter = Emitter()
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(300):
        emitter.changed.emit(value)
    assert len(received) == 300
    assert sys.getrefcount(True) - before > -100, "this PySide6 build corrupts True's refcount"
