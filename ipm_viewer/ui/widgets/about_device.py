"""Staff-only "About this device": versions, signed content, review status, settings in use."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipm_viewer.device_report import DeviceReport
from ipm_viewer.ui.widgets.common import text_label


class AboutDeviceDialog(QDialog):
    """One line per fact, selectable so staff can copy a fingerprint into a ticket."""

    reload_requested = Signal()

    def __init__(self, report: DeviceReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About this device"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(text_label(self.tr("About this device"), "h2"))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(18)
        self.form.setVerticalSpacing(8)
        for label, value in self._rows(report):
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label)
            self.form.addRow(text_label(label, "muted"), shown)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(
            text_label(
                self.tr(
                    "Reload content reads the clinic settings and content again, for example "
                    "after a new content pack was installed. The current screen starts over."
                ),
                "muted",
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.reload_button = QPushButton(self.tr("Reload content"))
        self.reload_button.setAccessibleDescription(
            self.tr("Read the clinic settings and content again")
        )
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self._on_reload_clicked)
        layout.addWidget(buttons)

    def _rows(self, report: DeviceReport) -> list[tuple[str, str]]:
        rows = [(self.tr("App version"), report.app_version)]
        if report.content_packs:
            for pack in report.content_packs:
                rows += [
                    (
                        self.tr("Content pack"),
                        self.tr("{pack} version {version}, signed {date}").format(
                            pack=pack.pack_id, version=pack.version, date=pack.created[:10]
                        ),
                    ),
                    (self.tr("Signer fingerprint"), pack.signer_fingerprint),
                    (self.tr("Pack folder"), pack.folder),
                ]
        else:
            rows.append((self.tr("Content pack"), self.tr("None installed: the bundled library")))
        rows.append(
            (
                self.tr("Signed content"),
                (
                    self.tr("Required: only packs signed by a trusted key are shown ({n} keys)")
                    if report.signed_content_required
                    else self.tr("Not required ({n} trusted keys)")
                ).format(n=report.trusted_key_count),
            )
        )
        review = report.review
        rows.append(
            (
                self.tr("Clinical review"),
                self.tr(
                    "{done} of {total} files signed off by a clinician; {due} due for review"
                ).format(done=review.signed_off, total=review.total, due=review.overdue),
            )
        )
        rows.append(
            (
                self.tr("Clinic settings file"),
                report.clinic_file or self.tr("None found: neutral defaults are in use"),
            )
        )
        rows.append((self.tr("Content pack folder"), report.packs_dir))
        rows.append((self.tr("Content problems"), str(report.problem_count)))
        return rows

    def _on_reload_clicked(self) -> None:
        self.accept()
        self.reload_requested.emit()
