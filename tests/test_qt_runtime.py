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
