"""`ipm-viewer handout ID ... --out FILE.pdf`: handouts in batches, with no window and no display.

Clinics print in batches or put PDFs on their intranet, often from a server with no display:
without one, Qt's offscreen platform is used (only here: the GUI never does this).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ipm_viewer.content.library import BASE_LANGUAGE


def _ensure_platform() -> None:
    """No display (a server, a cron job, CI): draw offscreen; fonts and PDF work the same."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    has_display = sys.platform in ("win32", "darwin") or any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY")
    )
    if not has_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_handout(
    ids: Sequence[str],
    *,
    out: Path,
    clinic_file: Path | None,
    content_dirs: Sequence[Path],
    language: str | None,
    large_print: bool,
    paper: str | None = None,
) -> int:
    _ensure_platform()
    from PySide6.QtGui import QGuiApplication, QPageSize

    from ipm_viewer.clinic import load_clinic
    from ipm_viewer.content.catalog import load_content
    from ipm_viewer.handout.output import locale_page_size, write_pdf
    from ipm_viewer.handout.request import HandoutItem, HandoutOptions, HandoutSource
    from ipm_viewer.ui.language_switch import use_language

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    clinic = load_clinic(clinic_file)
    for problem in clinic.problems.errors:
        print(problem, file=sys.stderr)
    extra = [clinic.content_dir] if clinic.content_dir else []
    library = load_content([*extra, *content_dirs])
    source = HandoutSource.of(library, clinic.settings)
    items: list[HandoutItem] = []
    for item_id in ids:
        found = source.find(item_id)
        if found is None:
            print(f"unknown procedure or condition id: '{item_id}'", file=sys.stderr)
            return 1
        items.append(found)
    chosen = language or clinic.settings.default_language or BASE_LANGUAGE
    # Headings, risk wording, numbers and dates as the handout's language writes them.
    use_language(app, chosen)
    sizes = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
    page_size = QPageSize(sizes[paper]) if paper else locale_page_size()
    options = HandoutOptions(language=chosen, large_print=large_print)
    try:
        pages = write_pdf(out, source, items, options, page_size)
    except OSError as exc:
        print(f"{out}: {exc}", file=sys.stderr)
        return 1
    if not out.is_file() or out.stat().st_size == 0:
        print(f"{out}: could not write the PDF", file=sys.stderr)
        return 1
    print(f"{out}: {pages} pages")
    del app
    return 0
