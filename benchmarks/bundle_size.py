"""Size of the PyInstaller bundle against a hello-world PySide6 bundle built the same way.

    python benchmarks/bundle_size.py [--skip-hello] [--top 15]

The app bundle is dist/ipm-viewer (build it with `make bundle`). The hello-world is a QLabel in a
QApplication, built in a temporary folder with the same Python and PyInstaller, one-folder, with
PyInstaller's defaults. Budget: the app bundle is no bigger than the hello-world one.
Sizes count every regular file once (symlinks are not followed), in MiB.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from common import REPO, build_script_bundle

APP_BUNDLE = REPO / "dist" / "ipm-viewer"
HELLO = """\
import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello, world")
label.show()
sys.exit(app.exec())
"""
MIB = 1024 * 1024


def file_sizes(folder: Path) -> dict[Path, int]:
    """Every regular file under `folder` (not following symlinks) and its size in bytes."""
    sizes: dict[Path, int] = {}
    for directory, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(directory, name)
            if not path.is_symlink():
                sizes[path] = path.stat().st_size
    return sizes


def build_hello(work: Path) -> Path:
    """Build the hello-world bundle under `work` and return its folder."""
    return build_script_bundle(work, "hello", HELLO)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-hello", action="store_true", help="do not build the comparison")
    parser.add_argument("--top", type=int, default=15, help="list this many largest files")
    args = parser.parse_args()

    app_bytes: int | None = None
    if APP_BUNDLE.is_dir():
        sizes = file_sizes(APP_BUNDLE)
        app_bytes = sum(sizes.values())
        print(
            f"App bundle {APP_BUNDLE.relative_to(REPO)}: {app_bytes / MIB:.1f} MiB "
            f"in {len(sizes)} files"
        )
        if args.top:
            print(f"  largest {args.top} files:")
            for path, size in sorted(sizes.items(), key=lambda item: -item[1])[: args.top]:
                print(f"    {size / MIB:7.2f} MiB  {path.relative_to(APP_BUNDLE)}")
    else:
        print(f"App bundle {APP_BUNDLE.relative_to(REPO)}: not built (run `make bundle`)")

    if args.skip_hello:
        return 0
    with tempfile.TemporaryDirectory(prefix="ipm-bench-hello-") as temp:
        hello_bytes = sum(file_sizes(build_hello(Path(temp))).values())
    print(
        f"Hello-world PySide6 bundle (same PyInstaller, one-folder, defaults): "
        f"{hello_bytes / MIB:.1f} MiB"
    )
    if app_bytes is not None:
        print(f"  app / hello-world: {app_bytes / hello_bytes:.2f}x   (budget: at most 1x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
