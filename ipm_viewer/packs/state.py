"""Which installed pack is in use: the state file a device reads at every start.

Kept apart from `install` so that starting the app reads it without loading the archive and
signature code (and `cryptography`), which only installing and verifying need.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

STATE_NAME = "state.json"


class InstallState(NamedTuple):
    """Which installed pack folders are in use (None when there is none)."""

    current: Path | None = None
    previous: Path | None = None


def read_state(packs_dir: Path) -> InstallState:
    """The installed packs; a missing or unreadable state means nothing is installed."""
    try:
        document = json.loads((packs_dir / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return InstallState()
    if not isinstance(document, dict):
        return InstallState()

    def folder(key: str) -> Path | None:
        name = document.get(key)
        if not isinstance(name, str) or not name or "/" in name or "\\" in name or ".." in name:
            return None
        path = packs_dir / name
        return path if path.is_dir() else None

    return InstallState(folder("current"), folder("previous"))
