"""Kiosk printing: straight to the system's default printer, never a dialog (a dialog would
open the file system to a patient), at most once per procedure per session, nothing on disk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPainter

from ipm_viewer.handout.request import PROCEDURE, HandoutItem, HandoutOptions, HandoutSource

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate


def ask_at_desk() -> str:
    return translate("Handout", "Ask at the desk for your printout")


def not_available() -> str:
    return translate("Handout", "Printing is not available right now. Please ask at the desk.")


Send = Callable[[list[HandoutItem], HandoutOptions], bool]


class KioskPrinting:
    """Remembers what this session printed; the kiosk's idle reset forgets it.

    `send` prints and says whether it could (tests give a fake; the default is the system's
    default printer).
    """

    def __init__(self, source: HandoutSource, send: Send | None = None) -> None:
        self._source = source
        self._send = send or self._send_to_default_printer
        self._printed: set[str] = set()

    def printed(self, procedure_id: str) -> bool:
        return procedure_id in self._printed

    def reset(self) -> None:
        self._printed.clear()

    def print_procedure(self, procedure_id: str, options: HandoutOptions) -> str:
        """Print once; returns what to tell the patient."""
        if procedure_id in self._printed:
            return ask_at_desk()
        if not self._send([HandoutItem(PROCEDURE, procedure_id)], options):
            return not_available()
        self._printed.add(procedure_id)
        return ask_at_desk()

    def _send_to_default_printer(self, items: list[HandoutItem], options: HandoutOptions) -> bool:
        # Loaded only when a patient prints: start-up needs none of it.
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        from ipm_viewer.handout.document import document_title
        from ipm_viewer.handout.output import ensure_fonts
        from ipm_viewer.handout.render import lay_out, paint

        default = QPrinterInfo.defaultPrinter()
        if default.isNull():
            return False
        ensure_fonts()
        printer = QPrinter(default, QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)  # the printer, not a file
        printer.setOutputFileName("")
        printer.setFullPage(True)
        printer.setDocName(document_title(self._source, items, options.language))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            paint(lay_out(printer, self._source, items, options), printer, painter)
        finally:
            painter.end()
        return True
