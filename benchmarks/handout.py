"""Time to make a take-home handout, and how big the PDF is.

    QT_QPA_PLATFORM=offscreen python benchmarks/handout.py [--runs 5]

One procedure's handout (the epidural steroid injection, the longest walkthrough) and a visit
handout of five procedures, normal and large print, each made --runs times into a temporary
folder (the first run also parses the diagrams, as the first print of a session does). Prints
the median and worst time in ms and the PDF size in KiB, with the design budgets: under 1 s for
one procedure, under 3 s for five, under 1 MB a procedure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import median

ONE = ["epidural-steroid-injection"]
FIVE = [
    "epidural-steroid-injection",
    "medial-branch-block",
    "radiofrequency-ablation",
    "spinal-cord-stimulation",
    "kyphoplasty",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication, QPageSize

    from ipm_viewer.content.catalog import load_content
    from ipm_viewer.content.model import ClinicSettings, Phones
    from ipm_viewer.handout.output import write_pdf
    from ipm_viewer.handout.request import PROCEDURE, HandoutItem, HandoutOptions, HandoutSource

    app = QGuiApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_US"))
    clinic = ClinicSettings(name="Riverside Pain Clinic", phones=Phones(office="555-0100"))
    source = HandoutSource.of(load_content(), clinic)
    letter = QPageSize(QPageSize.PageSizeId.Letter)
    print(f"{'handout':<28} {'median ms':>9} {'worst ms':>9} {'pages':>5} {'KiB':>7}  budget")
    with tempfile.TemporaryDirectory() as folder:
        for name, ids, budget_ms in (("one procedure", ONE, 1000), ("visit of five", FIVE, 3000)):
            items = [HandoutItem(PROCEDURE, i) for i in ids]
            for large in (False, True):
                out = Path(folder) / f"{name}-{large}.pdf"
                times = []
                pages = 0
                for _ in range(args.runs):
                    start = time.perf_counter()
                    pages = write_pdf(out, source, items, HandoutOptions(large_print=large), letter)
                    times.append((time.perf_counter() - start) * 1000)
                size = out.stat().st_size / 1024
                label = f"{name}{', large print' if large else ''}"
                per_procedure = size / len(ids)
                print(
                    f"{label:<28} {median(times):>9.0f} {max(times):>9.0f} {pages:>5} {size:>7.0f}"
                    f"  <{budget_ms} ms, {per_procedure:.0f} KiB a procedure (<1024)"
                )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
