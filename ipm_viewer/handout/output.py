"""Make the handout: a PDF file (QPdfWriter, fonts embedded, title and author set), or pages on
a printer (QPrinter, from the print preview or the kiosk's default printer)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QFontDatabase, QPageLayout, QPageSize, QPdfWriter

from ipm_viewer import __version__
from ipm_viewer.handout.document import document_title
from ipm_viewer.handout.render import lay_out, paint
from ipm_viewer.handout.request import HandoutItem, HandoutOptions, HandoutSource
from ipm_viewer.ui.theme import FONT_FAMILY, load_fonts

PDF_RESOLUTION = 1200  # dots per inch of the PDF's coordinates (vectors: no effect on size)


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in inches (US), A4 elsewhere."""
    locale = locale or QLocale()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def ensure_fonts() -> None:
    """The bundled typeface, so every handout looks the same on every machine."""
    if FONT_FAMILY not in QFontDatabase.families():
        load_fonts()


def author(source: HandoutSource) -> str:
    return source.clinic.name or "IPM Viewer"


def write_pdf(
    path: Path,
    source: HandoutSource,
    items: Sequence[HandoutItem],
    options: HandoutOptions,
    page_size: QPageSize | None = None,
) -> int:
    """Write the handout to `path`; returns the number of pages. OSError if it cannot."""
    ensure_fonts()
    if not path.parent.is_dir():
        raise OSError(f"no such folder: {path.parent}")
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            page_size or locale_page_size(), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setTitle(document_title(source, items, options.language))
    writer.setCreator(f"IPM Viewer {__version__}")
    if hasattr(writer, "setAuthor"):  # Qt 6.9 and later
        writer.setAuthor(author(source))
    laid = lay_out(writer, source, items, options)
    paint(laid, writer)
    return len(laid.pages)
