"""Run every benchmark and print its figures (`make benchmark`).

    QT_QPA_PLATFORM=offscreen python benchmarks/run_all.py [--runs 9]

Start-up, navigation, search and handouts always; when dist/ipm-viewer exists (`make bundle`),
the bundle's start-up against a bare-window bundle, and its size (without building the
hello-world comparison: run benchmarks/bundle_size.py for that).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from common import REPO

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="fresh processes per start-up case")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    commands = [
        ["startup.py", "--runs", str(args.runs)],
        ["navigation.py"],
        ["search.py"],
        ["handout.py"],
    ]
    if (REPO / "dist" / "ipm-viewer").is_dir():
        commands.append(["bundle_startup.py", "--runs", str(args.runs)])
        commands.append(["bundle_size.py", "--skip-hello"])
    failed: list[str] = []
    for script, *rest in commands:
        print(f"== {script} {' '.join(rest)}".rstrip(), flush=True)
        result = subprocess.run([sys.executable, str(HERE / script), *rest], env=env, check=False)
        if result.returncode != 0:
            failed.append(f"{script} (exit {result.returncode})")
        print(flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
