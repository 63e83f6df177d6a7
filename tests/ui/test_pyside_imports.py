"""PySide's import hook answers for our modules and the standard library without reading them."""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

import pytest
import yaml

import ipm_viewer.ui  # noqa: F401 - installs the check
from ipm_viewer.ui import theme
from ipm_viewer.ui.pyside_imports import skip_reading_known_sources


@pytest.fixture
def sources_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The modules whose source PySide reads from now on."""
    read: list[str] = []
    real = inspect.getsource

    def getsource(thing: object) -> str:
        read.append(getattr(thing, "__name__", "?"))
        return real(thing)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "getsource", getsource)
    return read


def _pyside_check(module: ModuleType) -> bool:
    return bool(sys.modules["shibokensupport.feature"]._mod_uses_pyside(module))


def test_our_modules_and_the_standard_library_are_not_read(sources_read: list[str]) -> None:
    assert _pyside_check(theme) is True
    assert _pyside_check(inspect) is False
    assert sources_read == []


def test_any_other_module_is_still_read_as_pyside_reads_it(sources_read: list[str]) -> None:
    assert _pyside_check(yaml) is False  # no mention of PySide6 in its source
    assert sources_read == ["yaml"]


def test_installing_again_does_not_wrap_the_check_twice() -> None:
    installed = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert skip_reading_known_sources() is True
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is installed
