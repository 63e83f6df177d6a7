"""Shared fixtures: fixture content, a broken copy of it, and isolated preferences."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# Headless by default, on a 1920x1080 screen (the offscreen default of 800x600 is smaller than
# the window's minimum size, so full screen and restored geometry would be clamped).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={FIXTURES / 'offscreen-screen.json'}"
GOOD = FIXTURES / "good"


@pytest.fixture
def good_content() -> Path:
    """A small, valid content folder (with its own diagram) used by most tests."""
    return GOOD


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the good fixture content, for tests that break it."""
    target = tmp_path / "content"
    shutil.copytree(GOOD, target)
    return target


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's settings or clinic file."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home" / ".cache"))
    monkeypatch.delenv("IPM_VIEWER_CLINIC", raising=False)
    monkeypatch.setenv("IPM_VIEWER_PACKS", str(tmp_path / "machine" / "packs"))


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A test that switched the app to another language leaves it in English for the next.

    The language is the application's (its translators and default locale), so it outlives
    the window that chose it.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is not None and app.findChildren(QTranslator):
        from ipm_viewer.ui.language_switch import use_language

        use_language(app, "en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture(autouse=True)
def _nothing_left_behind() -> Iterator[None]:
    """A test's windows are gone before the next test starts, and the collector is as it was.

    A window nobody refers to any more is only freed when Python's collector next runs, which
    could be in the middle of a later test, even inside one of that window's own idle timers
    (seen as "Internal C++ object already deleted"). So closed widgets are deleted and the
    collector runs here, between tests. A test that loaded content the way the app does
    (frozen out of the collector's scans) has it unfrozen first.
    """
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    gc.unfreeze()
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
