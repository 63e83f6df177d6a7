"""The interface translations: extract the strings into .ts files, and compile them to .qm.

    python scripts/translations.py compile            # every resources/translations/*.ts
    python scripts/translations.py update es fr       # lupdate: new strings into the .ts files

The .ts files are the source (translators edit them in Qt Linguist); the .qm files the app
loads are built from them by `make` and by build.spec, and are not kept in git. Both tools come
with PySide6, so this works wherever the app's own environment does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE = ROOT / "ipm_viewer"


def _tool(name: str) -> str:
    """PySide6's own lupdate/lrelease binary (the pyside6-* scripts are only wrappers)."""
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found in {folder}; is PySide6-Essentials installed?")


def compile_all() -> list[Path]:
    """resources/translations/ipm_viewer_<lang>.ts -> .qm beside it, when the .ts is newer."""
    built = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


def update(languages: list[str]) -> None:
    """Extract every translatable string of the package into ipm_viewer_<lang>.ts."""
    sources = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))
    for language in languages:
        target = TRANSLATIONS / f"ipm_viewer_{language}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                *sources,
                "-source-language",
                "en",
                "-target-language",
                language,
                "-no-obsolete",
                "-locations",
                "relative",
                "-ts",
                str(target.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def main(argv: list[str]) -> int:
    if argv[:1] == ["compile"]:
        for path in compile_all():
            print(f"compiled {path.relative_to(ROOT)}")
        return 0
    if argv[:1] == ["update"] and len(argv) > 1:
        update(argv[1:])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
