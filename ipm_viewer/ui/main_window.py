"""The main window: header, the screens, navigation history and window-wide keys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.clinic import Clinic
from ipm_viewer.content.library import LanguageContent, Library
from ipm_viewer.diagrams.svg_state import DiagramDocuments
from ipm_viewer.handout.actions import HandoutActions
from ipm_viewer.memory import release_free_memory
from ipm_viewer.ui import edge_swipe
from ipm_viewer.ui.edge_swipe import EdgeSwipe
from ipm_viewer.ui.history import History, Place
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.read_aloud import Speaker
from ipm_viewer.ui.responsive import ResponsiveLayout
from ipm_viewer.ui.screen_stack import ScreenStack
from ipm_viewer.ui.screens.home import HomeScreen
from ipm_viewer.ui.theme import (
    DESKTOP_BASE_PX,
    HIGH_CONTRAST,
    KIOSK_BASE_PX,
    TEXT_SCALES,
    Appearance,
    apply_appearance,
    system_theme,
)
from ipm_viewer.ui.this_visit import ThisVisit
from ipm_viewer.ui.widgets.header_bar import HeaderBar
from ipm_viewer.ui.widgets.visit_bar import VisitBar, VisitList

if TYPE_CHECKING:
    from ipm_viewer.ui.kiosk_session import KioskSession
    from ipm_viewer.ui.screens.condition import ConditionScreen
    from ipm_viewer.ui.screens.glossary import GlossaryScreen
    from ipm_viewer.ui.screens.guide import GuideScreen
    from ipm_viewer.ui.screens.procedure import ProcedureScreen
    from ipm_viewer.ui.widgets.about_device import AboutDeviceDialog
    from ipm_viewer.ui.widgets.term_popover import TermPopover

MEMORY_RELEASE_DELAY_MS = 2000  # after the last change of screen; the user is reading
LARGE_TEXT_SCALE = 1.25  # above this the procedure screen scrolls as a page
MINIMUM_WINDOW = QSize(600, 560)  # fits any tablet from 768x1024 up, in either orientation


class MainWindow(QMainWindow):
    """Owns the screens and moves between them; screens never talk to each other directly."""

    reset_done = Signal()
    reload_requested = Signal()  # staff asked to read the clinic settings and content again
    language_requested = Signal(str)  # the window is rebuilt in this language (see WindowHost)

    def __init__(
        self,
        library: Library,
        clinic: Clinic,
        language: str,
        preferences: Preferences,
        *,
        kiosk: bool = False,
        speaker: Speaker | None = None,
        text_scale: float | None = None,
        high_contrast: bool | None = None,
    ) -> None:
        # Font and palette are set before any widget exists, the window included (a widget's
        # font follows its parent's, and the style sheet resolves it again from the parent), since
        # sizes follow them. The first window gets the style sheet only once it is built: under a
        # sheet, each widget added to a layout is polished again with its whole subtree, which
        # cost ~90 ms of start-up, while one sheet applied to the finished window polishes each
        # widget once (~25 ms). A window rebuilt in another language is given the look the old
        # one had.
        base_px = KIOSK_BASE_PX if kiosk else DESKTOP_BASE_PX
        text_scale = text_scale or (1.0 if kiosk else preferences.text_scale)
        if high_contrast is None:
            high_contrast = False if kiosk else preferences.high_contrast
        app = QApplication.instance()
        first_window = isinstance(app, QApplication) and not app.styleSheet()
        if isinstance(app, QApplication):
            theme = HIGH_CONTRAST if high_contrast else system_theme()
            look = Appearance(theme, base_px, text_scale, touch=kiosk)
            apply_appearance(app, look, sheet=not first_window)
        super().__init__()
        self._base_px = base_px
        self._text_scale = text_scale
        self._high_contrast = high_contrast
        self._library = library
        self._clinic = clinic
        self._content = library.language(language)
        self._preferences = preferences
        self._history = History()
        self._started_in_kiosk = kiosk  # decides whether unsigned content was allowed
        name = clinic.settings.name
        self.setWindowTitle(f"{self.tr('IPM Viewer')} — {name}" if name else self.tr("IPM Viewer"))
        self.setMinimumSize(MINIMUM_WINDOW)

        self._documents = DiagramDocuments(library.diagrams)
        self._speaker = speaker
        self.header = HeaderBar(clinic.settings)
        self.home = HomeScreen(self._content, self._documents, languages=sorted(library.languages))
        # Once the user has stayed on a screen a while, memory freed by the last ones goes back
        # to the system (a kiosk runs for days).
        self._memory_release = QTimer(self)
        self._memory_release.setSingleShot(True)
        self._memory_release.setInterval(MEMORY_RELEASE_DELAY_MS)
        self._memory_release.timeout.connect(self._release_memory)
        # Only home is built before the first frame; the rest on first use or when idle.
        self.screens = ScreenStack()
        self.screens.addWidget(self.home)
        self.screens.add_lazy("procedure", self._make_procedure_screen)
        self.screens.add_lazy("condition", self._make_condition_screen)
        self.screens.add_lazy("guide", self._make_guide_screen)
        self.screens.add_lazy("glossary", self._make_glossary_screen)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        self.visit_bar = VisitBar()
        layout.addWidget(self.visit_bar)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        responsive = (self.header, self.home)
        self.layouts = ResponsiveLayout(self, responsive, round(self._base_px * self._text_scale))

        problems = library.problems
        self.header.set_problem_count(len(problems.errors), len(problems.warnings))
        self.header.set_back_enabled(False)
        self.header.set_languages(sorted(library.languages), self._content.language)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._on_escape)
        full_screen = QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        quit_app = QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        self._shortcuts = [
            QShortcut(QKeySequence.StandardKey.Find, self, self.header.focus_search),
            QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.go_back),
            QShortcut(QKeySequence(Qt.Key.Key_Back), self, self.go_back),
            QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self, self.go_forward),
            QShortcut(QKeySequence(Qt.Key.Key_Forward), self, self.go_forward),
            escape,
            full_screen,
            quit_app,
        ]
        self._exit_shortcuts = [escape, full_screen, quit_app]  # none of these in a kiosk
        self.header.contrast_button.setChecked(self._high_contrast)
        self._kiosk: KioskSession | None = None
        self._restore_window()
        self.this_visit = ThisVisit(self)
        self._connect()
        if kiosk:
            from ipm_viewer.ui.kiosk_session import KioskSession  # only kiosks need it

            self._kiosk = KioskSession(self, clinic.settings.kiosk)
            self._kiosk.reset_requested.connect(self.reset_for_next_patient)
            self._kiosk.unlocked.connect(self.leave_kiosk)
            self._kiosk.about_device_requested.connect(self.show_about_device)
            self.reset_done.connect(self._kiosk.idle.reset_done)
            self._set_kiosk_chrome(True)
        self._refresh_visit()
        self.header.set_text_scale(self._text_scale)
        self.handouts = HandoutActions(self, library, clinic.settings, self._content.language)
        if first_window and isinstance(app, QApplication):
            apply_appearance(app, look)
        self.screens.build_rest_when_idle()

    # -- screens, built on first use -----------------------------------------------------------

    @property
    def procedure_screen(self) -> ProcedureScreen:
        return cast("ProcedureScreen", self.screens.page("procedure"))

    @property
    def condition_screen(self) -> ConditionScreen:
        return cast("ConditionScreen", self.screens.page("condition"))

    @property
    def guide_screen(self) -> GuideScreen:
        return cast("GuideScreen", self.screens.page("guide"))

    @property
    def glossary_screen(self) -> GlossaryScreen:
        return cast("GlossaryScreen", self.screens.page("glossary"))

    def _make_procedure_screen(self) -> ProcedureScreen:
        from ipm_viewer.ui.screens.procedure import ProcedureScreen

        screen = ProcedureScreen(self._documents, self._clinic.settings, self._speaker)
        screen.condition_chosen.connect(self.open_condition)
        screen.term_chosen.connect(self.show_term)
        screen.set_large_text(self._text_scale > LARGE_TEXT_SCALE)
        self.layouts.add_target(screen)
        return screen

    def _make_condition_screen(self) -> ConditionScreen:
        from ipm_viewer.ui.screens.condition import ConditionScreen

        screen = ConditionScreen()
        screen.procedure_chosen.connect(self.open_procedure)
        screen.term_chosen.connect(self.show_term)
        return screen

    def _make_guide_screen(self) -> GuideScreen:
        from ipm_viewer.ui.screens.guide import GuideScreen

        screen = GuideScreen()
        screen.term_chosen.connect(self.show_term)
        return screen

    def _make_glossary_screen(self) -> GlossaryScreen:
        from ipm_viewer.ui.screens.glossary import GlossaryScreen

        return GlossaryScreen()

    def _connect(self) -> None:
        self.header.back_requested.connect(self.go_back)
        self.header.search_changed.connect(self._on_search_changed)
        self.header.search_submitted.connect(self._on_search_submitted)
        self.header.problems_requested.connect(self.show_problems)
        self.header.full_screen_requested.connect(self.toggle_full_screen)
        self.header.text_size_requested.connect(self.cycle_text_size)
        self.header.high_contrast_toggled.connect(self.set_high_contrast)
        self.header.about_device_requested.connect(self.show_about_device)
        self.header.reload_requested.connect(self.reload_requested)
        self.header.language_requested.connect(self._on_language_chosen)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.home.procedure_chosen.connect(self.open_procedure)
        self.home.guide_chosen.connect(self.open_guide)
        self.home.result_chosen.connect(self.open_result)
        self.home.glossary_chosen.connect(self.open_glossary)
        self.home.language_chosen.connect(self._on_language_chosen)
        self.header.down_pressed.connect(self.home.results.focus_first)
        # Tied to the home screen: a window closed or rebuilt (language) within 300 ms cancels it.
        QTimer.singleShot(300, self.home, self.home.prepare_search)  # ready before the first key
        self._edge_swipe = EdgeSwipe(self)
        self._edge_swipe.back.connect(self.go_back)
        app = QApplication.instance()
        if app is not None and (self._started_in_kiosk or edge_swipe.has_touch_screen()):
            app.installEventFilter(self._edge_swipe)

    # -- navigation ----------------------------------------------------------------------------

    @property
    def content(self) -> LanguageContent:
        """The content in the language on screen."""
        return self._content

    @property
    def history(self) -> History:
        return self._history

    def go_to(self, place: Place, *, back: tuple[Place, ...], forward: tuple[Place, ...]) -> None:
        """Show `place` with this history (a window rebuilt in another language resumes here)."""
        self._history.replace(back, forward)
        self._restore(place)

    def _on_language_chosen(self, code: str) -> None:
        if code != self._content.language:
            self.language_requested.emit(code)

    def current_place(self) -> Place:
        showing = self.screens.is_showing
        if showing("procedure") and (procedure := self.procedure_screen.procedure) is not None:
            screen = self.procedure_screen
            return Place("procedure", procedure.id, screen.section, screen.walkthrough.index)
        if showing("guide") and (guide := self.guide_screen.guide) is not None:
            return Place("guide", guide.id)
        if showing("glossary"):
            return Place("glossary")
        if showing("condition") and (condition := self.condition_screen.condition) is not None:
            return Place("condition", condition.id)
        return Place()

    def open_procedure(self, procedure_id: str) -> None:
        procedure = self._content.procedures.get(procedure_id)
        if procedure is None:
            return
        self._remember_place()
        self.procedure_screen.set_procedure(procedure, self._content)
        self.screens.setCurrentWidget(self.procedure_screen)
        self.procedure_screen.walkthrough.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.header.set_back_enabled(True)
        self._refresh_visit()

    def open_result(self, kind: str, item_id: str) -> None:
        """Open a search result, whatever it is."""
        if kind == "procedure":
            self.open_procedure(item_id)
        elif kind == "guide":
            self.open_guide(item_id)
        elif kind == "condition":
            self.open_condition(item_id)
        elif kind == "term":
            self.show_term(item_id)

    def show_term(self, term_id: str) -> TermPopover | None:
        from ipm_viewer.ui.widgets.term_popover import TermPopover  # not needed to start

        term = self._content.glossary.get(term_id)
        if term is None:
            return None
        popover = TermPopover(term, self)
        popover.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popover.show_near(self.header)
        return popover

    def open_glossary(self) -> None:
        self._remember_place()
        self.glossary_screen.show_glossary(self._content)
        self.screens.setCurrentWidget(self.glossary_screen)
        self.header.set_back_enabled(True)
        self._refresh_visit()

    def open_condition(self, condition_id: str) -> None:
        condition = self._content.conditions.get(condition_id)
        if condition is None:
            return
        self._remember_place()
        self.condition_screen.set_condition(condition, self._content)
        self.screens.setCurrentWidget(self.condition_screen)
        self.header.set_back_enabled(True)
        self._refresh_visit()

    def open_guide(self, guide_id: str) -> None:
        guide = self._content.guides.get(guide_id)
        if guide is None:
            return
        self._remember_place()
        self.guide_screen.set_guide(guide, self._content)
        self.screens.setCurrentWidget(self.guide_screen)
        self.header.set_back_enabled(True)
        self._refresh_visit()

    def go_home(self) -> None:
        if self.screens.currentWidget() is not self.home:
            self._remember_place()
            self.screens.setCurrentWidget(self.home)
            self.header.set_back_enabled(True)
            self._refresh_visit()

    def _remember_place(self) -> None:
        self._history.leave(self.current_place())
        self._memory_release.start()  # the screen left behind frees its pictures and widgets

    def go_back(self) -> None:
        place = self._history.back(self.current_place())
        if place is not None:
            self._restore(place)

    def go_forward(self) -> None:
        place = self._history.forward(self.current_place())
        if place is not None:
            self._restore(place)

    def _restore(self, place: Place) -> None:
        self._memory_release.start()
        known: dict[str, Mapping[str, object]] = {
            "procedure": self._content.procedures,
            "condition": self._content.conditions,
            "guide": self._content.guides,
        }
        if place.screen in known and place.item_id not in known[place.screen]:
            place = Place()  # content reloaded without it: home is the safe place to land
        if place.screen == "condition":
            self.condition_screen.set_condition(
                self._content.conditions[place.item_id], self._content
            )
            self.screens.setCurrentWidget(self.condition_screen)
        elif place.screen == "guide":
            self.guide_screen.set_guide(self._content.guides[place.item_id], self._content)
            self.screens.setCurrentWidget(self.guide_screen)
        elif place.screen == "glossary":
            self.glossary_screen.show_glossary(self._content)
            self.screens.setCurrentWidget(self.glossary_screen)
        elif place.screen == "home":
            self.screens.setCurrentWidget(self.home)
        else:
            procedure = self._content.procedures[place.item_id]
            if self.procedure_screen.procedure is not procedure:
                self.procedure_screen.set_procedure(procedure, self._content)
            self.procedure_screen.show_section(place.section)
            self.procedure_screen.walkthrough.go_to(place.step)
            self.screens.setCurrentWidget(self.procedure_screen)
        self.header.set_back_enabled(self._history.can_go_back)
        self._refresh_visit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
            return
        if event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
            return
        super().mouseReleaseEvent(event)

    # -- search --------------------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        if text.strip():
            self.go_home()
        self.home.set_filter(text)

    def _on_search_submitted(self) -> None:
        first = self.home.first_result()
        if first is not None:
            self.open_result(*first)

    def _on_escape(self) -> None:
        field = self.header.search_field
        if field.hasFocus() and field.text():
            field.clear()
        elif self.isFullScreen():
            self.toggle_full_screen()
        else:
            self.go_back()

    # -- appearance ----------------------------------------------------------------------------

    @property
    def appearance(self) -> Appearance:
        theme = HIGH_CONTRAST if self._high_contrast else system_theme()
        return Appearance(theme, self._base_px, self._text_scale, touch=self._kiosk is not None)

    def _release_memory(self) -> None:
        """What a window left alone gives back: the diagram pictures not on show (all of them,
        and the parsed diagrams, when no procedure is on show), then the memory freed (see
        memory.py)."""
        screen = self.screens.built_page("procedure")
        if screen is not None and self.screens.currentWidget() is screen:
            cast("ProcedureScreen", screen).walkthrough.diagram_view.drop_other_pictures()
        else:
            if screen is not None:
                cast("ProcedureScreen", screen).walkthrough.diagram_view.drop_pictures()
            self._documents.release()
        release_free_memory()

    def _apply_appearance(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, self.appearance)
        if isinstance(app, QApplication):
            from ipm_viewer.ui.rich_text import refresh_links  # a change of look, after start-up

            refresh_links(self, app.palette().color(QPalette.ColorRole.Link))
        self.header.set_text_scale(self._text_scale)
        if (screen := self.screens.built_page("procedure")) is not None:
            cast("ProcedureScreen", screen).set_large_text(self._text_scale > LARGE_TEXT_SCALE)
        self.layouts.set_text_px(self.appearance.text_px)

    @property
    def text_scale(self) -> float:
        return self._text_scale

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_text_scale(self, scale: float) -> None:
        self._text_scale = scale
        if self._kiosk is None:
            self._preferences.text_scale = scale
        self._apply_appearance()

    def cycle_text_size(self) -> None:
        """100%, 125%, 150%, 200%, then back to 100%."""
        sizes = TEXT_SCALES
        current = min(range(len(sizes)), key=lambda i: abs(sizes[i] - self._text_scale))
        self.set_text_scale(sizes[(current + 1) % len(sizes)])

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        if self._kiosk is None:
            self._preferences.high_contrast = on
        if self.header.contrast_button.isChecked() != on:
            self.header.contrast_button.setChecked(on)
        self._apply_appearance()

    # A real Qt slot: connected to an application-wide signal, it must be disconnected by Qt
    # itself when this window is destroyed (a plain Python method is not).
    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._apply_appearance()  # light and dark follow the system unless high contrast is on

    # -- window --------------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.header.set_full_screen(self.isFullScreen())

    def show_problems(self) -> None:
        from ipm_viewer.ui.widgets.problems_dialog import ProblemsDialog  # not needed to start

        dialog = ProblemsDialog(self._library.problems.sorted(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about_device(self) -> AboutDeviceDialog:
        """The staff panel: versions, signed content, review status, settings file in use."""
        # Staff open it rarely; its modules are not loaded before the first frame.
        from ipm_viewer.device_report import device_report
        from ipm_viewer.ui.widgets.about_device import AboutDeviceDialog

        report = device_report(
            self._clinic, self._library, self._content.language, kiosk=self._started_in_kiosk
        )
        dialog = AboutDeviceDialog(report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reload_requested.connect(self.reload_requested)
        dialog.open()
        return dialog

    def _restore_window(self) -> None:
        geometry = self._preferences.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = self._preferences.window_state
        if state is not None:
            self.restoreState(state)

    # -- this visit ----------------------------------------------------------------------------

    @property
    def visit(self) -> VisitList:
        return self.this_visit.items

    def present_visit_item(self, index: int) -> None:
        self.this_visit.present(index)

    def clear_visit(self) -> None:
        self.this_visit.clear()

    def _refresh_visit(self) -> None:
        self.this_visit.refresh()

    # -- kiosk ---------------------------------------------------------------------------------

    @property
    def kiosk(self) -> KioskSession | None:
        return self._kiosk

    def _set_kiosk_chrome(self, on: bool) -> None:
        """Patients get no way out: no exit keys, no full-screen toggle, no staff tools."""
        for shortcut in self._exit_shortcuts:
            shortcut.setEnabled(not on)
        self.header.full_screen_button.setVisible(not on)
        self.header.staff_button.setVisible(not on)
        problems = self._library.problems
        if on:
            self.header.problems_button.hide()
        else:
            self.header.set_problem_count(len(problems.errors), len(problems.warnings))

    def reset_for_next_patient(self) -> None:
        """Forget everything the last person did: drawings, search, answers, place, scroll."""
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.header.search_field.clear()
        self.home.set_region("")
        self.home.set_filter("")
        self.set_text_scale(1.0)
        self.set_high_contrast(False)
        self._history.clear()
        self.visit.clear()
        if (screen := self.screens.built_page("procedure")) is not None:
            cast("ProcedureScreen", screen).reset()
        self.screens.setCurrentWidget(self.home)
        self.home.scroll_area.verticalScrollBar().setValue(0)
        self.header.set_back_enabled(False)
        self._refresh_visit()
        self._memory_release.start()
        self.reset_done.emit()
        default = self._clinic.settings.default_language
        if self._content.language != default and default in self._library.languages:
            self.language_requested.emit(default)  # the next patient starts in the clinic's

    def leave_kiosk(self) -> None:
        """Staff entered the PIN: back to a normal window they can close."""
        if self._kiosk is None:
            return
        self._kiosk.stop()
        self._kiosk = None
        self._set_kiosk_chrome(False)
        self._refresh_visit()
        self._apply_appearance()  # no longer sized for touch
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.showNormal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.layouts.refresh()  # a rotated tablet or a resized window: re-lay out, keep state

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._kiosk is not None:
            event.ignore()  # Alt+F4 and the like: the kiosk stays
            return
        self._preferences.window_geometry = self.saveGeometry()
        self._preferences.window_state = self.saveState()
        self._preferences.sync()
        super().closeEvent(event)
