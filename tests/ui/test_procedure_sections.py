"""The procedure's other sections: benefits and risks, is it right for me, when to call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipm_viewer.ui.screens.procedure import BENEFITS_RISKS, RIGHT_FOR_ME, WHEN_TO_CALL
from ipm_viewer.ui.widgets.source_dialog import SourceDialog
from tests.ui.conftest import WindowFactory
from tests.ui.conftest import visible_texts as texts


def test_risks_show_number_first_with_band_and_source(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    screen = window.procedure_screen
    qtbot.mouseClick(screen.tab_buttons[BENEFITS_RISKS], Qt.MouseButton.LeftButton)
    shown = texts(screen.benefits_risks)
    assert "About 26 in 1,000 people" in shown
    assert "Out of 1,000 people, 26 get it in the first week; 974 do not." in shown
    assert "Common (1 in 100 to 1 in 10)" in shown
    assert "Between 1 and 10 in 10,000 people" in shown
    assert "Rare to uncommon" in shown
    assert "No reliable figure" in shown
    assert "About 50 in 100 people" in shown  # the benefit, on the same scale of people
    mild, serious = shown.index("Common and usually mild"), shown.index("Rare but serious")
    assert mild < shown.index("Soreness where the needle went in") < serious
    assert shown.index("Infection") > serious
    # A risk without a number says why, in plain words.
    assert shown.index("No study has counted it.") > shown.index("Nerve damage")
    # A benefit without a figure leads with the plain answer; the outcome is only the question
    # the studies asked, never a promise.
    answer = shown.index("Pain a year later: not known")
    question = "The question the studies asked: whether people still have less pain a year later."
    assert shown.index(question) == answer + 1
    assert "No reliable number" not in shown
    assert "Still have less pain a year later" not in shown
    options = shown.index("If you do nothing, or choose another option")
    assert shown.index("Physical therapy") > options > serious


def test_icon_arrays_show_the_affected_people_and_describe_themselves(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    page = window.procedure_screen.benefits_risks
    soreness, infection, nerve_damage = page.risk_cards
    assert soreness.icon_array is not None and soreness.icon_array.counts is not None
    assert (soreness.icon_array.counts.total, soreness.icon_array.counts.certain) == (100, 3)
    assert soreness.icon_array.accessibleDescription() == "Picture of 100 people: 3 are coloured."
    assert infection.icon_array is not None and infection.icon_array.counts is not None
    # 1 to 10 in 10,000 is 0.1 to 1 in 1,000: the picture keeps the range as one outlined person.
    counts = infection.icon_array.counts
    assert (counts.total, counts.certain, counts.possible, counts.too_rare) == (1000, 0, 1, False)
    assert nerve_damage.icon_array is None  # no figure, no picture
    benefit = page.benefit_cards[0]
    assert benefit.icon_array is not None and benefit.icon_array.counts is not None
    assert benefit.icon_array.counts.certain == 50


def test_a_source_is_one_tap_from_the_figure(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    window.procedure_screen.show_section(BENEFITS_RISKS)
    button = window.procedure_screen.benefits_risks.risk_cards[0].source_button
    assert button is not None and button.text() == "Source: Test Publisher, 2024"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SourceDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_label.text() == "A test source"
    # The source's own words and where they are: the figure is checkable in seconds.
    assert dialog.quote_label is not None
    assert dialog.quote_label.text() == (
        "“Soreness was reported after 26 of 1,000 injections.” (Table 2)"
    )
    assert dialog.url_label.text() == "https://example.org/test"
    dialog.close()


def test_right_for_me_lists_warnings_options_and_questions(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    screen = window.procedure_screen
    qtbot.mouseClick(screen.tab_buttons[RIGHT_FOR_ME], Qt.MouseButton.LeftButton)
    shown = texts(screen.pages.currentWidget())
    assert "Tell your doctor first if" in shown
    assert "Physical therapy" not in shown  # options sit beside the benefits and risks
    assert "Questions to ask your doctor" in shown
    assert "The doctor puts a *small* needle near the nerve." in shown  # the explanation


def test_when_to_call_shows_the_clinics_numbers(
    qtbot: QtBot, make_window: WindowFactory, clinic_with_phones: object
) -> None:
    window = make_window(clinic=clinic_with_phones)
    assert window.header.brand_label.text() == "Riverside Pain Clinic"
    assert window.header.phone_label.text() == "Questions? Call 555-0100"
    window.open_procedure("test-injection")
    screen = window.procedure_screen
    qtbot.mouseClick(screen.tab_buttons[WHEN_TO_CALL], Qt.MouseButton.LeftButton)
    shown = texts(screen.when_to_call)
    assert "Call Riverside Pain Clinic if you notice" in shown
    assert "Office: 555-0100   ·   After hours: 555-0199" in shown
    assert "Call 911 or go to the emergency room right away if" in shown


def test_without_clinic_settings_neutral_defaults_are_used(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.header.brand_label.text() == "IPM Viewer"
    window.open_procedure("test-injection")
    window.procedure_screen.show_section(WHEN_TO_CALL)
    shown = texts(window.procedure_screen.when_to_call)
    assert "Call your clinic if you notice" in shown
    assert "Use the phone number your clinic gave you." in shown


def test_every_procedure_screen_states_it_does_not_replace_the_doctor(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_procedure("test-injection")
    assert (
        "does not replace your doctor's advice" in window.procedure_screen.disclaimer_label.text()
    )
    assert window.procedure_screen.disclaimer_label.isVisible()
