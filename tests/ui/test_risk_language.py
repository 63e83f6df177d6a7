"""Risk wording: number first, one denominator, both frames, the band, ranges kept as ranges."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ipm_viewer.content.procedure_model import Frequency
from ipm_viewer.ui import risk_language


@pytest.fixture(autouse=True)
def _english_numbers() -> None:
    QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize(
    ("frequency", "phrase", "band"),
    [
        (Frequency(n=1, per=10), "About 1 in 10 people", "Very common (1 in 10 or more)"),
        (Frequency(n=99, per=1000), "About 99 in 1,000 people", "Common (1 in 100 to 1 in 10)"),
        (Frequency(n=1, per=100), "About 1 in 100 people", "Common (1 in 100 to 1 in 10)"),
        (Frequency(n=9, per=1000), "About 9 in 1,000 people", "Uncommon (1 in 1,000 to 1 in 100)"),
        (Frequency(n=1, per=1000), "About 1 in 1,000 people", "Uncommon (1 in 1,000 to 1 in 100)"),
        (
            Frequency(n=9, per=10_000),
            "About 9 in 10,000 people",
            "Rare (1 in 10,000 to 1 in 1,000)",
        ),
        (
            Frequency(n=1, per=10_000),
            "About 1 in 10,000 people",
            "Rare (1 in 10,000 to 1 in 1,000)",
        ),
        (
            Frequency(n=1, per=150_000),
            "About 1 in 150,000 people",
            "Very rare (fewer than 1 in 10,000)",
        ),
        (Frequency(n=0.5, per=100), "About 5 in 1,000 people", "Uncommon (1 in 1,000 to 1 in 100)"),
        (
            Frequency(low=1, high=5, per=1000),
            "Between 1 and 5 in 1,000 people",
            "Uncommon (1 in 1,000 to 1 in 100)",
        ),
        (
            Frequency(low=1, high=10, per=10_000),
            "Between 1 and 10 in 10,000 people",
            "Rare to uncommon",
        ),
        (Frequency(none_reliable=True), "No reliable figure", ""),
    ],
)
def test_phrase_and_band(frequency: Frequency, phrase: str, band: str) -> None:
    assert risk_language.frequency_phrase(frequency) == phrase
    assert risk_language.band_phrase(frequency) == band


def test_both_frames_with_the_time_covered() -> None:
    assert (
        risk_language.risk_frames(Frequency(n=5, per=1000), "in the first week")
        == "Out of 1,000 people, 5 get it in the first week; 995 do not."
    )
    assert (
        risk_language.risk_frames(Frequency(low=1, high=5, per=1000))
        == "Out of 1,000 people, 1 to 5 get it; 995 to 999 do not."
    )
    assert (
        risk_language.benefit_frames(Frequency(n=60, per=100))
        == "Out of 100 people, 60 do; 40 do not."
    )
    assert risk_language.risk_frames(Frequency(none_reliable=True)) == ""
    # A time that ends its own sentence does not leave ".;" behind.
    assert (
        risk_language.risk_frames(Frequency(n=5, per=1000), "in one study. Others may differ.")
        == "Out of 1,000 people, 5 get it in one study. Others may differ; 995 do not."
    )


def test_numbers_follow_the_language() -> None:
    QLocale.setDefault(QLocale("de_DE"))
    assert risk_language.frequency_phrase(Frequency(n=5, per=1000)) == "About 5 in 1.000 people"


@pytest.mark.parametrize(
    ("frequency", "phrase", "frames", "note"),
    [
        (
            Frequency(n=5, per=100, counts="procedure"),
            "About 5 in 100 procedures",
            "Out of 100 procedures, 5 lead to it; 95 do not.",
            "Counted for each procedure, not for each person.",
        ),
        (
            Frequency(low=1, high=2, per=1000, counts="level"),
            "Between 1 and 2 in 1,000 levels treated",
            "Out of 1,000 levels treated, 1 to 2 lead to it; 998 to 999 do not.",
            "Counted for each level treated, not for each person.",
        ),
        (
            Frequency(n=5, per=1000, counts="nerve"),
            "About 5 in 1,000 nerves treated",
            "Out of 1,000 nerves treated, 5 lead to it; 995 do not.",
            "Counted for each nerve treated, not for each person.",
        ),
        (Frequency(n=5, per=1000), "About 5 in 1,000 people", "Out of 1,000 people, 5 get it; 995 do not.", ""),
    ],
)
def test_a_figure_says_what_it_counts(
    frequency: Frequency, phrase: str, frames: str, note: str
) -> None:
    assert risk_language.frequency_phrase(frequency) == phrase
    assert risk_language.risk_frames(frequency) == frames
    assert risk_language.counts_note(frequency) == note


def test_case_reports_only_is_rare_with_its_reason_and_no_number() -> None:
    frequency = Frequency(case_reports_only=True, reason="Only a few single cases are reported.")
    assert risk_language.frequency_phrase(frequency) == "Rare: reported only in single cases"
    assert risk_language.no_number_reason(frequency) == "Only a few single cases are reported."
    assert risk_language.band_phrase(frequency) == ""
    assert risk_language.risk_frames(frequency) == ""
    assert risk_language.counts_note(Frequency(case_reports_only=True, counts="nerve")) == ""
    assert risk_language.no_number_reason(Frequency(case_reports_only=True)) == (
        "Only single cases have been reported, so there is no count."
    )


def test_no_reliable_number_gives_the_reason_in_plain_words() -> None:
    reason = "No study has counted how often this happens after this shot."
    assert risk_language.no_number_reason(Frequency(none_reliable=True, reason=reason)) == reason
    assert risk_language.no_number_reason(Frequency(none_reliable=True)) == (
        "Studies do not give a reliable number for this."
    )
