"""Helpers shared by the benchmark scripts: memory readings, percentiles, a generated library.

The scripts print figures for people to read and compare with the budget in the design notes;
they are not tests and never fail on a slow machine.
"""

from __future__ import annotations

import math
import os
import re
import resource
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURE_CONTENT = REPO / "tests" / "fixtures" / "good"


def rss_mb() -> float:
    """Resident memory of this process now, in MiB (Linux /proc; else the peak)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def home_env(home: Path, **extra: str) -> dict[str, str]:
    """This process's environment with `home` as the user's home: its own settings and caches.

    Cases that each have one can run in turns without evicting each other's content cache.
    """
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        **extra,
    }


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (fraction 0.95 is the 95th)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def source_procedure() -> Path:
    """A real procedure file to copy: the first bundled one, else the test fixture's."""
    from ipm_viewer import paths

    for folder in (paths.content_dir(), FIXTURE_CONTENT):
        found = sorted(Path(folder, "en", "procedures").glob("*.yaml"))
        if found:
            return found[0]
    raise FileNotFoundError("no procedure file to copy")


def generate_library(root: Path, count: int, language: str = "en") -> Path:
    """Write `count` copies of a real procedure with new ids as a content root; return it.

    Layout: `<root>/<language>/procedures/<id>.yaml`, ready to pass as an extra content folder.
    """
    source = source_procedure()
    text = source.read_text(encoding="utf-8")
    id_line = re.compile(r"^id:.*$", re.MULTILINE)
    title_line = re.compile(r"^title:.*$", re.MULTILINE)
    if not id_line.search(text):
        raise ValueError(f"{source} has no top-level 'id:' line")
    folder = root / language / "procedures"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        new_id = f"generated-procedure-{number:04d}"
        copy = id_line.sub(f"id: {new_id}", text, count=1)
        title = title_line.search(copy)
        # A distinct title, as in a real library; only for a plain one-line title.
        if title and not title.group(0).rstrip().endswith(("'", '"', ">", "|", "-")):
            copy = f"{copy[: title.end()]} {number:04d}{copy[title.end() :]}"
        (folder / f"{new_id}.yaml").write_text(copy, encoding="utf-8")
    return root


def build_script_bundle(work: Path, name: str, source: str, *, archive: bool = True) -> Path:
    """Build `source` (a Python script) into a PyInstaller one-folder bundle named `name`
    under `work`, with PyInstaller's defaults (except, with `archive` False, its Python modules
    as .pyc files in the folder, as build.spec builds the app); return the bundle's folder."""
    import subprocess

    script = work / f"{name}.py"
    script.write_text(source, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--onedir",
        "--name",
        name,
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build"),
        "--specpath",
        str(work),
        *([] if archive else ["--debug", "noarchive"]),
        str(script),
    ]
    subprocess.run(command, check=True, capture_output=True, cwd=work)
    return work / "dist" / name
