"""The one place that decides where bundled content and resources live.

The same layout is used everywhere: `content/` and `resources/` sit beside the `ipm_viewer`
package directory's parent in a source checkout, and inside the package's `_data` folder in a
wheel or PyInstaller bundle (both put them there; see pyproject.toml and build.spec).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path:
    installed = _PACKAGE_DIR / "_data"
    if (installed / "content").is_dir():
        return installed  # wheel or bundle
    return _PACKAGE_DIR.parent  # source checkout


def content_dir() -> Path:
    """The bundled content folder (`content/<lang>/...`)."""
    return _data_root() / "content"


def resources_dir() -> Path:
    """The bundled resources folder (diagrams, icons, themes)."""
    return _data_root() / "resources"


def diagrams_dir() -> Path:
    return resources_dir() / "diagrams"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def app_icon_file() -> Path:
    """The application icon (SVG; Qt renders it at every size the window system asks for)."""
    return icons_dir() / "ipm-viewer.svg"


CLINIC_FILE_ENV = "IPM_VIEWER_CLINIC"


def clinic_file_candidates() -> list[Path]:
    """Where a clinic's `clinic.yaml` is looked for, most specific first.

    `$IPM_VIEWER_CLINIC`, then the per-user config folder, then the machine-wide one:
    Windows `%PROGRAMDATA%\\IPM Viewer`, macOS `/Library/Application Support/IPM Viewer`,
    elsewhere `$XDG_CONFIG_HOME/ipm-viewer` and `/etc/ipm-viewer`.
    """
    env = os.environ.get(CLINIC_FILE_ENV)
    candidates: list[Path] = [Path(env)] if env else []
    if sys.platform == "win32":
        for var in ("APPDATA", "PROGRAMDATA"):
            if os.environ.get(var):
                candidates.append(Path(os.environ[var]) / "IPM Viewer" / "clinic.yaml")
    elif sys.platform == "darwin":
        candidates.append(Path.home() / "Library/Application Support/IPM Viewer/clinic.yaml")
        candidates.append(Path("/Library/Application Support/IPM Viewer/clinic.yaml"))
    else:
        config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        candidates.append(Path(config_home) / "ipm-viewer" / "clinic.yaml")
        candidates.append(Path("/etc/ipm-viewer/clinic.yaml"))
    return candidates


def find_clinic_file() -> Path | None:
    """The first existing clinic file, or None (the app then uses neutral defaults)."""
    return next((p for p in clinic_file_candidates() if p.is_file()), None)


def user_clinic_file() -> Path:
    """Where `ipm-viewer set-pin` writes when no clinic file exists yet."""
    found = find_clinic_file()
    if found is not None:
        return found
    return clinic_file_candidates()[0]


PACKS_DIR_ENV = "IPM_VIEWER_PACKS"


def packs_dir() -> Path:
    """The machine's folder of installed content packs (clinic.yaml's `packs_dir` overrides).

    `$IPM_VIEWER_PACKS`, else Windows `%PROGRAMDATA%\\IPM Viewer\\packs`, macOS
    `/Library/Application Support/IPM Viewer/packs`, elsewhere `/var/lib/ipm-viewer/packs`:
    per machine, so every user of a shared PC sees the content the clinic installed.
    """
    env = os.environ.get(PACKS_DIR_ENV)
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or "C:\\ProgramData"
        return Path(base) / "IPM Viewer" / "packs"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/IPM Viewer/packs")
    return Path("/var/lib/ipm-viewer/packs")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def cache_dir() -> Path:
    """The user's cache folder for the app (safe to delete at any time)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "IPM Viewer" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "IPM Viewer"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ipm-viewer"
