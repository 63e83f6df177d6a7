"""Wires handouts into the window: "Print or save" on the procedure screen, "Handout for this
visit" on the visit bar, Ctrl+P, and the kiosk's "Print this for me".

Built by the main window with one line; it finds what it needs on the window (the procedure
on screen, its drawings and step, the visit list, whether this is a kiosk).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ipm_viewer.content.library import Library
from ipm_viewer.content.model import ClinicSettings
from ipm_viewer.handout.request import (
    CONDITION,
    PROCEDURE,
    HandoutItem,
    HandoutOptions,
    HandoutSource,
)

LARGE_PRINT_SCALE = 1.5  # the screen's text size from which the preview starts in large print

if TYPE_CHECKING:
    from ipm_viewer.handout.buttons import HandoutButtons
    from ipm_viewer.handout.kiosk_print import KioskPrinting
    from ipm_viewer.handout.preview import HandoutPreview
    from ipm_viewer.ui.main_window import MainWindow
    from ipm_viewer.ui.screens.procedure import ProcedureScreen


class HandoutActions(QObject):
    """Every way to get a handout out of the app."""

    def __init__(
        self, window: MainWindow, library: Library, clinic: ClinicSettings, language: str
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clinic = clinic
        self._language = language
        self.source = HandoutSource.of(library, clinic)
        self.preview: HandoutPreview | None = None
        # Made with the procedure screen, or a kiosk's first printout: not before the first frame.
        self._buttons: HandoutButtons | None = None
        self._kiosk_printing: KioskPrinting | None = None
        # The procedure screen is built on first use; the buttons join it when it is.
        window.screens.built.connect(self._on_screen_built)
        if (screen := self._procedure_screen()) is not None:
            self._on_screen_built("procedure", screen)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Print, window, self.print_current)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._connect()

    def _connect(self) -> None:
        window = self._window
        window.visit_bar.handout_requested.connect(self.print_visit)
        window.reset_done.connect(self._on_reset_done)

    @property
    def buttons(self) -> HandoutButtons:
        """The procedure screen's "Print or save" (or the kiosk's "Print this for me")."""
        if self._buttons is None:
            from ipm_viewer.handout.buttons import HandoutButtons

            self._buttons = HandoutButtons()
            self._buttons.print_requested.connect(self.print_procedure)
            self._buttons.kiosk_print_requested.connect(self._on_kiosk_print_requested)
        return self._buttons

    @property
    def kiosk_printing(self) -> KioskPrinting:
        """What the kiosk has printed for this patient, and the printing itself."""
        if self._kiosk_printing is None:
            from ipm_viewer.handout.kiosk_print import KioskPrinting

            self._kiosk_printing = KioskPrinting(self.source)
        return self._kiosk_printing

    @kiosk_printing.setter
    def kiosk_printing(self, printing: KioskPrinting) -> None:  # another printer, e.g. a test's
        self._kiosk_printing = printing

    def _on_screen_built(self, name: str, screen: QWidget) -> None:
        if name != "procedure":
            return
        procedure_screen = cast("ProcedureScreen", screen)
        procedure_screen.add_handout_buttons(self.buttons)
        # A new procedure on screen starts at its first step: the buttons follow it.
        procedure_screen.walkthrough.step_changed.connect(self._on_step_changed)

    def _procedure_screen(self) -> ProcedureScreen | None:
        return cast("ProcedureScreen | None", self._window.screens.built_page("procedure"))

    # -- what to print -------------------------------------------------------------------------

    def _options(self) -> HandoutOptions:
        window = self._window
        screen = self._procedure_screen()
        procedure = screen.procedure if screen is not None else None
        # Someone reading the screen at 150% or more likely wants large print on paper too.
        large = window.appearance.text_scale >= LARGE_PRINT_SCALE
        if screen is None or procedure is None:
            return HandoutOptions(language=self._language, large_print=large)
        return HandoutOptions(
            language=self._language,
            large_print=large,
            drawings={procedure.id: screen.walkthrough.diagram_view.drawings()},
            current_step={procedure.id: screen.walkthrough.index},
        )

    def _on_screen(self) -> HandoutItem | None:
        screen = self._procedure_screen()
        if self._window.screens.is_showing("procedure") and screen and screen.procedure:
            return HandoutItem(PROCEDURE, screen.procedure.id)
        return None

    # -- exam room -----------------------------------------------------------------------------

    def print_current(self) -> HandoutPreview | None:
        """Ctrl+P: the procedure on screen, else the visit list; nothing in a kiosk."""
        if self._window.kiosk is not None:
            return None
        if self._on_screen() is not None:
            return self.print_procedure()
        return self.print_visit()

    def print_procedure(self) -> HandoutPreview | None:
        item = self._on_screen()
        if item is None or self._window.kiosk is not None:
            return None
        return self._open_preview([item])

    def print_visit(self) -> HandoutPreview | None:
        if self._window.kiosk is not None:
            return None
        items = [
            HandoutItem(PROCEDURE if v.kind == "procedure" else CONDITION, v.item_id)
            for v in self._window.visit.items
        ]
        return self._open_preview(items) if items else None

    def _open_preview(self, items: list[HandoutItem]) -> HandoutPreview:
        # Qt Print Support loads on first use, not at start-up.
        from ipm_viewer.handout.preview import HandoutPreview

        preview = HandoutPreview(self.source, items, self._options(), self._window)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # `finished`, not `destroyed`: when the window closes with the preview open, this
        # object may already be gone by the time the preview is destroyed.
        preview.finished.connect(self._on_preview_finished)
        self.preview = preview
        preview.open()
        return preview

    def _on_preview_finished(self, result: int) -> None:
        self.preview = None

    # -- kiosk ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._buttons is None:  # no procedure screen yet: nothing shows them
            return
        window = self._window
        screen = self._procedure_screen()
        procedure = screen.procedure if screen is not None else None
        printed = procedure is not None and self.kiosk_printing.printed(procedure.id)
        self.buttons.show_mode(
            kiosk=window.kiosk is not None, kiosk_print=self._clinic.kiosk.print, printed=printed
        )

    def _on_step_changed(self, index: int) -> None:
        self.refresh()

    def _on_kiosk_print_requested(self) -> None:
        screen = self._procedure_screen()
        procedure = screen.procedure if screen is not None else None
        if procedure is None or self._window.kiosk is None or not self._clinic.kiosk.print:
            return
        message = self.kiosk_printing.print_procedure(procedure.id, self._options())
        self.refresh()
        self.buttons.show_message(message)

    def _on_reset_done(self) -> None:
        if self._kiosk_printing is not None:
            self._kiosk_printing.reset()
        self.refresh()
