"""Spare start-up PySide's reading of every module's source, for modules known not to need it.

PySide6 hooks `__import__` to support `from __feature__ import snake_case`. After each module's
first import it records whether the module "uses PySide", and finds out by reading the module's
whole source file (`inspect.getsource`) and searching it for the word. On IPM Viewer's way to the
first frame that is ~90 files (ours and the standard library's), about 9 ms, and more each time a
screen's modules are first imported.

The answer only matters to a module that selects a feature: PySide then switches the feature on
while that module's code runs. No module here selects one, so every module reads PySide's plain
API either way (0 "uses PySide, no feature" and -1 "ignore" give the same lookups). For our
modules and the standard library the answer is therefore given without reading; any other module
is still read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

PACKAGE = __name__.partition(".")[0]
_FEATURE_MODULE = "shibokensupport.feature"  # where PySide keeps its import hook's helpers
_SCAN = "_mod_uses_pyside"


def uses_pyside_without_reading(
    read_and_scan: Callable[[ModuleType], bool],
) -> Callable[[ModuleType], bool]:
    """PySide's check, answering for our package and the standard library without reading them."""

    def uses_pyside(module: ModuleType) -> bool:
        top_level = getattr(module, "__name__", "").partition(".")[0]
        if top_level == PACKAGE:
            return True  # imports PySide or works beside it; selects no feature
        if top_level in sys.stdlib_module_names:
            return False  # never imports PySide
        return read_and_scan(module)

    uses_pyside.__wrapped__ = read_and_scan  # type: ignore[attr-defined]
    return uses_pyside


def skip_reading_known_sources() -> bool:
    """Installs the check above in PySide; False if this PySide has no such check to spare."""
    import PySide6  # noqa: F401 - loads the import hook and its helpers

    feature = sys.modules.get(_FEATURE_MODULE)
    read_and_scan = getattr(feature, _SCAN, None)
    if feature is None or not callable(read_and_scan):
        return False
    if not hasattr(read_and_scan, "__wrapped__"):  # not installed twice
        setattr(feature, _SCAN, uses_pyside_without_reading(read_and_scan))
    return True
