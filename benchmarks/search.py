"""Keystroke-to-results latency of search, over the bundled content and 1,000 procedures.

    QT_QPA_PLATFORM=offscreen python benchmarks/search.py [--procedures 1000]

Each query is typed one character at a time; every keystroke is timed twice: the search engine
alone, and the home screen showing the results (what the user waits for). Prints the median and
95th percentile in ms. The design budget: 95th percentile under 10 ms with 1,000 procedures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import generate_library, median, percentile

QUERIES = [
    "epidural steroid injection",
    "kyphoplasy",
    "pain down my leg",
    "knee",
    "nerve burning",
    "radiofrequency",
    "will it hurt",
    "blood thinner",
    "sciatica",
    "ESI",
    "spinal cord stim",
    "vertebroplsaty",
    "numbness",
    "headache",
    "how long does it last",
]


def keystrokes() -> list[str]:
    return [query[:end] for query in QUERIES for end in range(1, len(query) + 1)]


def measure(extra: list[Path], label: str) -> None:
    from PySide6.QtWidgets import QApplication

    from ipm_viewer.content.catalog import load_content
    from ipm_viewer.content.search import SearchIndex
    from ipm_viewer.diagrams.svg_state import DiagramDocuments
    from ipm_viewer.ui.app import create_application
    from ipm_viewer.ui.screens.home import HomeScreen

    create_application()
    library = load_content(extra)
    content = library.language("en")
    started = time.perf_counter()
    index = SearchIndex.build(content)
    build_ms = (time.perf_counter() - started) * 1000
    engine: list[float] = []
    for text in keystrokes():
        started = time.perf_counter()
        index.search(text)
        engine.append((time.perf_counter() - started) * 1000)
    home = HomeScreen(content, DiagramDocuments(library.diagrams))
    home.resize(1920, 980)
    home.show()
    home._search_index = index
    screen: list[float] = []
    for text in keystrokes():
        started = time.perf_counter()
        home.set_filter(text)
        QApplication.processEvents()
        screen.append((time.perf_counter() - started) * 1000)
    home.set_filter("")
    print(f"  {label}: {len(content.procedures):,} procedures, index built in {build_ms:.0f} ms")
    print(
        f"    engine       median {median(engine):6.2f} ms"
        f"   95th {percentile(engine, 0.95):6.2f} ms"
        f"   (n={len(engine)})"
    )
    print(
        f"    on screen    median {median(screen):6.2f} ms"
        f"   95th {percentile(screen, 0.95):6.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--procedures", type=int, default=1000)
    args = parser.parse_args()
    print("Search keystroke to results (budget: 95th percentile under 10 ms, 1,000 procedures)")
    measure([], "bundled library")
    with tempfile.TemporaryDirectory(prefix="ipm-bench-search-") as temp:
        measure([generate_library(Path(temp), args.procedures)], f"+{args.procedures:,} generated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
