"""The procedure's plain-list pages: before you decide, and when to call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipm_viewer.content.model import ClinicSettings, Phones
from ipm_viewer.content.procedure_model import Procedure
from ipm_viewer.ui.widgets.common import bullet_text, clear_layout, framed, text_label
from ipm_viewer.ui.widgets.scrolling_page import ScrollingPage

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate


class DecidePage(ScrollingPage):
    """Who must tell the doctor first, and questions to ask."""

    def set_procedure(self, procedure: Procedure) -> None:
        clear_layout(self.body_layout)
        if procedure.tell_doctor_first:
            frame, layout = framed("note")
            layout.addWidget(text_label(self.tr("Tell your doctor first if"), "h3"))
            layout.addWidget(text_label(bullet_text(procedure.tell_doctor_first), markdown=True))
            self.body_layout.addWidget(frame)
        if procedure.questions_to_ask:
            frame, layout = framed("panel")
            layout.addWidget(text_label(self.tr("Questions to ask your doctor"), "h3"))
            layout.addWidget(text_label(bullet_text(procedure.questions_to_ask), markdown=True))
            self.body_layout.addWidget(frame)
        self.body_layout.addStretch(1)


def call_heading(clinic: ClinicSettings) -> str:
    """ "Call Riverside Pain Clinic if you notice" (on screen and on the handout)."""
    return translate("WhenToCallPage", "Call {clinic} if you notice").format(
        clinic=clinic.name or translate("WhenToCallPage", "your clinic")
    )


def phone_numbers(phones: Phones) -> list[str]:
    """ "Office: 555-0100", "After hours: 555-0199": the numbers the clinic gave."""
    numbers = []
    if phones.office:
        numbers.append(translate("WhenToCallPage", "Office: {phone}").format(phone=phones.office))
    if phones.after_hours:
        numbers.append(
            translate("WhenToCallPage", "After hours: {phone}").format(phone=phones.after_hours)
        )
    return numbers


def emergency_heading(phones: Phones) -> str:
    return translate(
        "WhenToCallPage", "Call {number} or go to the emergency room right away if"
    ).format(number=phones.emergency or "911")


class WhenToCallPage(ScrollingPage):
    """Warning signs to call the clinic about, and the ones that need emergency help."""

    def __init__(self, clinic: ClinicSettings) -> None:
        super().__init__()
        self._clinic = clinic

    def set_procedure(self, procedure: Procedure) -> None:
        clear_layout(self.body_layout)
        frame, layout = framed("card", margins=20)
        layout.addWidget(text_label(call_heading(self._clinic), "h2"))
        layout.addWidget(text_label(bullet_text(procedure.when_to_call), markdown=True))
        numbers = phone_numbers(self._clinic.phones)
        self.phone_label = text_label(
            "   ·   ".join(numbers)
            if numbers
            else translate("WhenToCallPage", "Use the phone number your clinic gave you."),
            "figure",
        )
        layout.addWidget(self.phone_label)
        self.body_layout.addWidget(frame)

        emergency, layout = framed("serious", margins=20)
        self.emergency_title = text_label(emergency_heading(self._clinic.phones), "h2")
        layout.addWidget(self.emergency_title)
        layout.addWidget(text_label(bullet_text(procedure.call_emergency), markdown=True))
        self.body_layout.addWidget(emergency)
        self.body_layout.addStretch(1)
