"""The content layer never imports Qt (so it is testable and usable without a display)."""

from __future__ import annotations

import subprocess
import sys

NO_QT_MODULES = [
    "ipm_viewer.content.catalog",
    "ipm_viewer.content.figures",
    "ipm_viewer.content.schema_files",
    "ipm_viewer.clinic",
    "ipm_viewer.diagrams.svg_state",
    "ipm_viewer.diagrams.print_svg",
    "ipm_viewer.handout.wording",
    "ipm_viewer.handout.request",
    "ipm_viewer.cli",
    "ipm_viewer.device_report",
    "ipm_viewer.packs.commands",
    "ipm_viewer.packs.device",
    "ipm_viewer.packs.install",
]


def test_content_and_diagram_checks_import_no_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in NO_QT_MODULES)
        + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        + "print(bad)\nsys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_paths_module_joins_paths_to_file() -> None:
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "ipm_viewer"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8") and path.name != "paths.py"
    ]
    assert offenders == []
