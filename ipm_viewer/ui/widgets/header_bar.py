"""The bar across the top: back, the clinic's name and phone, search, language, text, contrast."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.content.model import ClinicSettings
from ipm_viewer.ui.size_class import SizeClass
from ipm_viewer.ui.widgets.common import detach_items
from ipm_viewer.ui.widgets.flow_layout import FlowLayout
from ipm_viewer.ui.widgets.language_choice import language_name

SEARCH_MIN_WIDTH = 180
SEARCH_MAX_WIDTH = 520
PLACEHOLDER_PADDING = 56  # the field's text margins, frame and clear button
# A new size or a new text size (the font changes through the style sheet) can cut the placeholder.
_REFIT_EVENTS = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size


def _meant_to_show(button: QPushButton) -> bool:
    """Whether a button shows once the bar is laid out. A button moved between rows is hidden
    until Qt's queued show reaches it, so `isHidden()` alone would leave it out of the sums."""
    return not (
        button.isHidden() and button.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    )


class HeaderBar(QFrame):
    """Navigation and search; emits what the user asked for, the window decides what happens."""

    back_requested = Signal()
    text_size_requested = Signal()
    high_contrast_toggled = Signal(bool)
    search_changed = Signal(str)
    search_submitted = Signal()
    down_pressed = Signal()  # from the search field: move into the results
    problems_requested = Signal()
    full_screen_requested = Signal()
    about_device_requested = Signal()
    reload_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, clinic: ClinicSettings) -> None:
        super().__init__()
        self.setObjectName("header")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(20, 10, 20, 10)
        rows.setSpacing(10)
        self._top_row = QHBoxLayout()
        self._top_row.setSpacing(14)
        rows.addLayout(self._top_row)
        self._tools_row = QHBoxLayout()  # narrow windows: search and buttons on a second row
        self._tools_row.setSpacing(14)
        rows.addLayout(self._tools_row)
        self._buttons_box = QWidget()  # very narrow: the buttons wrap onto rows of their own
        self._buttons_flow = FlowLayout(self._buttons_box, spacing=10)
        rows.addWidget(self._buttons_box)

        self.back_button = QPushButton(self.tr("‹  Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAccessibleDescription(self.tr("Return to the previous screen (Esc)"))
        self.back_button.setToolTip(self.tr("Back (Esc)"))

        self.brand = QWidget()
        brand = QVBoxLayout(self.brand)
        brand.setContentsMargins(0, 0, 0, 0)
        brand.setSpacing(0)
        self.brand_label = QLabel(clinic.name or self.tr("IPM Viewer"))
        self.brand_label.setProperty("role", "brand")
        # A phone number never breaks across lines; the words around it may.
        phone = clinic.phones.office.replace(" ", "\u00a0")
        self.phone_label = QLabel(
            self.tr("Questions? Call {phone}").format(phone=phone)
            if phone
            else self.tr("Understanding your pain procedure")
        )
        self.phone_label.setProperty("role", "clinic-phone")
        # The clinic's name and number are never cut: the search field gives way, and on a
        # narrow window they wrap on a row of their own.
        for label in (self.brand_label, self.phone_label):
            brand.addWidget(label)
        self.brand.installEventFilter(self)  # its labels' lines follow its width

        self.search_field = QLineEdit()
        # The shortcut is named only where it fits (not on a narrow or large-text field).
        self._placeholders = (
            self.tr("Search procedures  (Ctrl+F)"),
            self.tr("Search procedures"),
            self.tr("Search"),
        )
        self.search_field.setPlaceholderText(self._placeholders[0])
        self.search_field.setAccessibleName(self.tr("Search procedures"))
        self.search_field.setAccessibleDescription(
            self.tr("Type a procedure name, another name for it, or a condition")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.installEventFilter(self)
        self.search_field.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.search_field.setMaximumWidth(SEARCH_MAX_WIDTH)

        self.problems_button = QPushButton()
        self.problems_button.setProperty("role", "warning")
        self.problems_button.setAccessibleName(self.tr("Content problems"))
        self.problems_button.setAccessibleDescription(
            self.tr("Show the problems found in the clinic's content files")
        )
        self.problems_button.hide()

        # Staff tools; the window hides them in kiosk mode (staff reach them after the PIN).
        self.staff_button = QPushButton(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff menu"))
        self.staff_button.setAccessibleDescription(self.tr("About this device, reload content"))
        staff_menu = QMenu(self.staff_button)
        self.about_action = staff_menu.addAction(self.tr("About this device"))
        self.reload_action = staff_menu.addAction(self.tr("Reload content"))
        self.staff_button.setMenu(staff_menu)

        # Named in its own words ("Español"), so the reader who needs it can find it.
        self.language_button = QPushButton()
        self.language_button.hide()  # shown when there is more than one language

        self.text_size_button = QPushButton(self.tr("Text size"))
        self.text_size_button.setToolTip(self.tr("Text size"))
        self.text_size_button.setAccessibleName(self.tr("Text size"))
        self.text_size_button.setAccessibleDescription(
            self.tr("Make the text bigger; after the biggest size it starts again")
        )
        self.contrast_button = QPushButton(self.tr("Contrast"))
        self.contrast_button.setToolTip(self.tr("High contrast"))
        self.contrast_button.setCheckable(True)
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self.contrast_button.setAccessibleDescription(
            self.tr("Switch to white and yellow text on black")
        )

        self.full_screen_button = QPushButton(self.tr("Full screen"))
        self.full_screen_button.setAccessibleName(self.tr("Full screen"))
        self.full_screen_button.setAccessibleDescription(self.tr("Present full screen (F11)"))
        self.full_screen_button.setToolTip(self.tr("Full screen (F11)"))
        self._narrow_class = False
        self._two_rows: bool | None = None
        self._buttons_wrap = False
        self._arrange(False, False)
        self._connect()

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.search_field.textChanged.connect(self.search_changed)
        self.search_field.returnPressed.connect(self.search_submitted)
        self.problems_button.clicked.connect(self.problems_requested)
        self.full_screen_button.clicked.connect(self.full_screen_requested)
        self.about_action.triggered.connect(self.about_device_requested)
        self.reload_action.triggered.connect(self.reload_requested)
        self.text_size_button.clicked.connect(self.text_size_requested)
        self.contrast_button.toggled.connect(self.high_contrast_toggled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event is looked at before the field: while a window is being torn down (a
        # language switch) events still arrive after Python has let go of the attributes.
        if event.type() in _REFIT_EVENTS and watched is self.search_field:
            self._fit_placeholder()
        if event.type() == QEvent.Type.Resize and watched is self.brand:
            self._fit_brand()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and watched is self.search_field
        ):
            self.down_pressed.emit()
            return True
        return False

    def _fit_placeholder(self) -> None:
        """The placeholder is never cut to "Search procedures (Ctrl…": a shorter one instead."""
        field = self.search_field
        room = field.width() - PLACEHOLDER_PADDING
        metrics = field.fontMetrics()
        fitting = (p for p in self._placeholders if metrics.horizontalAdvance(p) <= room)
        field.setPlaceholderText(next(fitting, self._placeholders[-1]))

    def set_problem_count(self, errors: int, warnings: int) -> None:
        """Staff see at a glance that content needs attention; nothing shows when it is clean."""
        if errors:
            text = (
                self.tr("1 content problem")
                if errors == 1
                else self.tr("{n} content problems").format(n=errors)
            )
        elif warnings:
            text = (
                self.tr("1 content note")
                if warnings == 1
                else self.tr("{n} content notes").format(n=warnings)
            )
        else:
            self.problems_button.hide()
            return
        self.problems_button.setText(text)
        self.problems_button.show()

    def set_text_scale(self, scale: float) -> None:
        self.text_size_button.setText(self.tr("Aa {percent}%").format(percent=round(scale * 100)))

    def set_size_class(self, size_class: SizeClass, window_height: int = 0) -> None:
        """One row when everything fits; else Back and the clinic on the first row, and search
        and the buttons below (the buttons on rows of their own when they still do not fit).
        Narrow windows always take two rows, so the clinic's name and number can wrap."""
        self._narrow_class = size_class.is_narrow
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        room = self.width() - 40  # the side margins
        shown = [b for b in self._buttons() if _meant_to_show(b)]
        spacing = self._top_row.spacing()
        buttons = sum(b.sizeHint().width() + spacing for b in shown)
        # The labels' one-line widths: their size hints change when they wrap.
        brand = max(
            label.fontMetrics().horizontalAdvance(label.text()) + 4
            for label in (self.brand_label, self.phone_label)
        )
        one_row = self.back_button.sizeHint().width() + brand + SEARCH_MIN_WIDTH + buttons
        two_rows = self._narrow_class or one_row + 3 * spacing > room
        self._arrange(two_rows, two_rows and SEARCH_MIN_WIDTH + buttons > room)
        self._fit_brand()
        if self._buttons_wrap:
            self._buttons_box.setMinimumHeight(self._buttons_flow.heightForWidth(room))

    def _fit_brand(self) -> None:
        # WORKAROUND: a word-wrapped label in a bar that is not height-for-width aware gets
        # one line's height; give the clinic's name and number the lines they need at the
        # width they have, asked again whenever that width changes. A QLabel's height for a
        # width is never less than its minimum height, so the old minimum goes first: kept,
        # the lines counted at a narrow width stayed and opened a gap between name and number.
        if not self._two_rows:
            return
        for label in (self.brand_label, self.phone_label):
            label.setMinimumHeight(0)
            label.setMinimumHeight(label.heightForWidth(max(label.width(), 1)))

    def _arrange(self, two_rows: bool, buttons_wrap: bool) -> None:
        if (two_rows, buttons_wrap) == (self._two_rows, self._buttons_wrap):
            return
        self._two_rows, self._buttons_wrap = two_rows, buttons_wrap
        for row in (self._top_row, self._tools_row, self._buttons_flow):
            detach_items(row)
        self._top_row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._top_row.addWidget(self.brand, 3, Qt.AlignmentFlag.AlignVCenter)
        tools = self._tools_row if two_rows else self._top_row
        tools.addWidget(self.search_field, 2)
        for button in self._buttons():
            (self._buttons_flow if buttons_wrap else tools).addWidget(button)
        self._buttons_box.setVisible(buttons_wrap)
        self.search_field.setMaximumWidth(QWIDGETSIZE_MAX if two_rows else SEARCH_MAX_WIDTH)
        for label in (self.brand_label, self.phone_label):
            label.setWordWrap(two_rows)
            label.setMinimumHeight(0)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.problems_button,
            self.staff_button,
            self.language_button,
            self.text_size_button,
            self.contrast_button,
            self.full_screen_button,
        )

    def set_languages(self, codes: Sequence[str], current: str) -> None:
        """Two languages: one tap shows the other. More: a menu of them all."""
        others = [c for c in codes if c != current]
        self.language_button.setVisible(bool(others))
        if not others:
            return
        if len(others) == 1:
            other = others[0]
            self.language_button.setText(language_name(other))
            self.language_button.setLocale(QLocale(other))
            self.language_button.setAccessibleName(language_name(other))
            self.language_button.clicked.connect(lambda: self.language_requested.emit(other))
            return
        self.language_button.setText(language_name(current))
        self.language_button.setAccessibleName(self.tr("Language"))
        menu = QMenu(self.language_button)
        for code in codes:
            action = menu.addAction(language_name(code))
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
        self.language_button.setMenu(menu)

    def set_back_enabled(self, enabled: bool) -> None:
        self.back_button.setEnabled(enabled)
        self.back_button.setVisible(enabled)

    def set_full_screen(self, full: bool) -> None:
        self.full_screen_button.setText(
            self.tr("Exit full screen") if full else self.tr("Full screen")
        )

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()
