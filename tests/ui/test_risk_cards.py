"""One risk or benefit card as the patient reads it: the number and what it counts, or why none."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ipm_viewer.content.model import Source
from ipm_viewer.content.procedure_model import Benefit, Frequency, Risk
from ipm_viewer.ui.widgets.risk_cards import BenefitCard, RiskCard
from tests.ui.conftest import visible_texts

SOURCE = Source(
    key="series",
    title="A large series",
    publisher="Pain Medicine",
    url="https://example.org",
    year=2013,
    quote="Vasovagal reactions occurred in 2.6% of injections.",
    locator="Abstract",
)


@pytest.fixture(autouse=True)
def _english_numbers() -> None:
    QLocale.setDefault(QLocale("en_US"))


def risk(frequency: Frequency) -> Risk:
    return Risk(
        id="fainting",
        name="Feeling faint",
        severity="mild",
        frequency=frequency,
        source="series",
        feels_like="Light-headed.",
        what_to_do="Tell staff.",
    )


def shown(qtbot: QtBot, card: RiskCard | BenefitCard) -> list[str]:
    qtbot.addWidget(card)
    card.show()
    return visible_texts(card)


def test_a_figure_per_procedure_says_so(qtbot: QtBot) -> None:
    card = RiskCard(risk(Frequency(n=2.6, per=100, counts="procedure")), SOURCE)
    texts = shown(qtbot, card)
    assert texts[:4] == [
        "Feeling faint",
        "About 26 in 1,000 procedures",
        "Out of 1,000 procedures, 26 lead to it; 974 do not.",
        "Counted for each procedure, not for each person.",
    ]
    assert card.icon_array is not None


def test_none_in_a_large_study_shows_the_count_and_what_it_does_not_mean(qtbot: QtBot) -> None:
    study = "The shots were of many kinds."
    frequency = Frequency(n=0, per=26061, counts="procedure", reason=study)
    card = RiskCard(risk(frequency), SOURCE)
    texts = shown(qtbot, card)
    assert texts[1:4] == [
        "None in 26,061 procedures",
        "A study counted 26,061 procedures and none led to it. The shots were of many kinds."
        " That does not mean it can never happen.",
        "Counted for each procedure, not for each person.",
    ]
    # No band and no picture: 1,000 uncoloured dots, or "very rare", would claim more than
    # the study counted.
    assert not any(text.startswith(("Very rare", "Rare")) for text in texts)
    assert card.icon_array is None
    assert card.source_button is not None


def test_case_reports_only_shows_rare_and_the_reason_without_a_picture(qtbot: QtBot) -> None:
    reason = "Doctors have written about only a few single cases."
    card = RiskCard(risk(Frequency(case_reports_only=True, reason=reason)), SOURCE)
    texts = shown(qtbot, card)
    assert texts[1:3] == ["Rare: reported only in single cases", reason]
    assert card.icon_array is None
    assert card.source_button is not None


def test_no_reliable_number_shows_the_reason(qtbot: QtBot) -> None:
    reason = "No study has counted this after this kind of shot."
    card = RiskCard(risk(Frequency(none_reliable=True, reason=reason)), None)
    assert shown(qtbot, card)[1:3] == ["No reliable figure", reason]


def test_a_benefit_with_no_number_leads_with_the_plain_answer(qtbot: QtBot) -> None:
    benefit = Benefit(
        id="leg-pain",
        outcome="have less leg pain",
        frequency=Frequency(none_reliable=True, reason="Studies report averages, not people."),
        plain_answer="Leg pain: a little better for a few weeks, on average",
        period="after 3 weeks",
        note="The effect is small.",
    )
    card = BenefitCard(benefit, None)
    assert shown(qtbot, card) == [
        "Leg pain: a little better for a few weeks, on average",
        "The question the studies asked: whether people have less leg pain after 3 weeks.",
        "Studies report averages, not people.",
        "The effect is small.",
    ]
    assert card.accessibleDescription() == "Leg pain: a little better for a few weeks, on average"


def test_a_source_name_with_an_ampersand_shows_it(qtbot: QtBot) -> None:
    source = dataclasses.replace(
        SOURCE, publisher="Journal of Spinal Disorders & Techniques", year=2003
    )
    card = RiskCard(risk(Frequency(case_reports_only=True, reason="Single cases.")), source)
    shown(qtbot, card)
    button = card.source_button
    assert button is not None
    # A bare "&" would be taken as a keyboard shortcut marker: hidden, and Alt+T would press it.
    assert button.text() == "Source: Journal of Spinal Disorders && Techniques, 2003"
    assert button.shortcut().isEmpty()


def test_a_figure_too_rare_to_colour_says_what_the_picture_counts(qtbot: QtBot) -> None:
    per_procedure = RiskCard(risk(Frequency(n=2, per=52935, counts="procedure")), SOURCE)
    per_person = RiskCard(risk(Frequency(n=2, per=52935)), SOURCE)
    assert "Too rare to show: fewer than 1 of these 1,000 procedures." in shown(
        qtbot, per_procedure
    )
    assert "Too rare to show: fewer than 1 of these 1,000 people." in shown(qtbot, per_person)


def test_the_band_stays_on_one_line_when_the_card_has_room(qtbot: QtBot) -> None:
    # A word-wrapped label asks for a "balanced" width, narrower than its text: the band
    # ("Common (1 in 100 to 1 in 10)") broke into two cramped lines beside empty space.
    card = RiskCard(risk(Frequency(n=22, per=1000, counts="procedure")), SOURCE)
    card.resize(700, 600)
    qtbot.addWidget(card)
    card.show()
    chip = next(label for label in card.findChildren(QLabel) if label.property("role") == "chip")
    assert chip.text() == "Common (1 in 100 to 1 in 10)"
    qtbot.waitUntil(lambda: chip.height() == chip.heightForWidth(100_000))
    assert chip.width() < card.width() / 2  # a tag, not a bar across the card
