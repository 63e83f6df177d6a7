"""Work left for the next event-loop turn must not keep a closed window in memory."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from ipm_viewer.ui.app import create_application
from ipm_viewer.ui.next_turn import next_turn_timer


class _Payload:
    """Stands for what a window holds (its content, its search index)."""


class _Worker(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.payload = _Payload()
        self.runs = 0
        self.next_turn = next_turn_timer(self, self.work)

    def work(self) -> None:
        self.runs += 1


def _delete_now(owner: QObject) -> None:
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_work_runs_on_the_next_turn(qtbot: QtBot) -> None:
    create_application()
    parent = QObject()
    worker = _Worker(parent)
    worker.next_turn.start(0)
    assert worker.runs == 0
    qtbot.waitUntil(lambda: worker.runs == 1)


def test_an_owner_deleted_before_its_next_turn_is_freed(qtbot: QtBot) -> None:
    create_application()
    parent = QObject()
    worker = _Worker(parent)
    payload = weakref.ref(worker.payload)
    worker.next_turn.start(0)  # pending when the window goes
    del worker
    _delete_now(parent)
    qtbot.wait(20)
    gc.collect()
    assert payload() is None
