"""The print preview: Qt's dialog (printer chooser, paper size, pages), plus a large-print
switch that re-flows the pages and "Save as PDF"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QToolBar, QWidget

from ipm_viewer.handout.document import document_title
from ipm_viewer.handout.output import ensure_fonts, locale_page_size, write_pdf
from ipm_viewer.handout.render import lay_out, paint
from ipm_viewer.handout.request import HandoutItem, HandoutOptions, HandoutSource

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate


class HandoutPreview(QPrintPreviewDialog):
    """Preview of one handout; printing goes through Qt's own printer dialog."""

    def __init__(
        self,
        source: HandoutSource,
        items: list[HandoutItem],
        options: HandoutOptions,
        parent: QWidget | None = None,
    ) -> None:
        ensure_fonts()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the handout keeps its own margins, wider than any printer's
        if not printer.printerName():  # no printer to ask: the paper of the locale
            printer.setPageSize(locale_page_size())
        self.title = document_title(source, items, options.language)
        printer.setDocName(self.title)
        super().__init__(printer, parent)
        self._printer = printer
        self.source = source
        self.items = items
        self.options = options
        self.setWindowTitle(translate("Handout", "Handout: {title}").format(title=self.title))
        self.large_print = QCheckBox(translate("Handout", "Large print"))
        self.large_print.setAccessibleDescription(
            translate("Handout", "16 point text; the pages re-flow")
        )
        self.large_print.setChecked(options.large_print)
        self.save_action = QAction(translate("Handout", "Save as PDF…"), self)
        self.save_action.setToolTip(translate("Handout", "Save this handout as a PDF file"))
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addWidget(self.large_print)
            toolbar.addAction(self.save_action)
        self.paintRequested.connect(self._on_paint_requested)
        self.large_print.toggled.connect(self._on_large_print_toggled)
        self.save_action.triggered.connect(self._on_save_requested)

    @property
    def page_count(self) -> int:
        widget = self.findChild(QPrintPreviewWidget)
        return widget.pageCount() if widget is not None else 0

    def _on_paint_requested(self, printer: QPrinter) -> None:
        laid = lay_out(printer, self.source, self.items, self.options)
        paint(laid, printer)

    def _on_large_print_toggled(self, on: bool) -> None:
        self.options = replace(self.options, large_print=on)
        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.updatePreview()

    def save_pdf(self, path: Path) -> int:
        """Write what the preview shows (paper size and large print included) to `path`."""
        size = self._printer.pageLayout().pageSize()
        return write_pdf(path, self.source, self.items, self.options, size)

    def _on_save_requested(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{self.title}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Handout", "Save handout as PDF"),
            suggested,
            translate("Handout", "PDF files (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.save_pdf(Path(path))
        except OSError:
            QMessageBox.warning(
                self, self.title, translate("Handout", "The PDF could not be saved in that folder.")
            )
