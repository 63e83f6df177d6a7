"""Bands and natural frequencies: the arithmetic every risk screen relies on."""

from __future__ import annotations

import pytest

from ipm_viewer.content.figures import Band, band_for, bands, natural_frequency
from ipm_viewer.content.procedure_model import Frequency


@pytest.mark.parametrize(
    ("probability", "band"),
    [
        (1.0, Band.VERY_COMMON),
        (0.1, Band.VERY_COMMON),  # 1 in 10 is very common
        (0.0999, Band.COMMON),
        (0.01, Band.COMMON),  # 1 in 100 is common
        (0.00999, Band.UNCOMMON),
        (0.001, Band.UNCOMMON),  # 1 in 1,000 is uncommon
        (0.000999, Band.RARE),
        (0.0001, Band.RARE),  # 1 in 10,000 is rare
        (0.0000999, Band.VERY_RARE),  # fewer than 1 in 10,000
        (1 / 150_000, Band.VERY_RARE),
        (0.0, Band.VERY_RARE),
    ],
)
def test_band_edges(probability: float, band: Band) -> None:
    assert band_for(probability) is band


def test_boundary_written_as_counts_lands_in_the_more_common_band() -> None:
    assert bands(Frequency(n=1, per=1000)) == (Band.UNCOMMON, Band.UNCOMMON)
    assert bands(Frequency(n=10, per=100)) == (Band.VERY_COMMON, Band.VERY_COMMON)


def test_a_range_keeps_both_ends() -> None:
    assert bands(Frequency(low=1, high=10, per=10_000)) == (Band.RARE, Band.UNCOMMON)
    natural = natural_frequency(Frequency(low=1, high=10, per=10_000))
    assert natural is not None
    assert (natural.low, natural.high, natural.per, natural.is_range) == (1, 10, 10_000, True)


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [
        (Frequency(n=5, per=1000), (5, 5, 1000, True)),
        (Frequency(n=0.5, per=100), (5, 5, 1000, True)),  # fraction -> larger denominator
        (Frequency(n=2.6, per=100), (26, 26, 1000, True)),
        (Frequency(n=0.06, per=100), (6, 6, 10_000, True)),
        (Frequency(low=0.01, high=0.1, per=100), (1, 10, 10_000, True)),
        (Frequency(n=1 / 3, per=1_000_000), (0, 0, 1_000_000, False)),  # rounded: "about"
    ],
)
def test_natural_frequency_keeps_whole_people(
    frequency: Frequency, expected: tuple[int, int, int, bool]
) -> None:
    natural = natural_frequency(frequency)
    assert natural is not None
    assert (natural.low, natural.high, natural.per, natural.exact) == expected


def test_no_reliable_figure_has_no_number_and_no_band() -> None:
    assert natural_frequency(Frequency(none_reliable=True)) is None
    assert bands(Frequency(none_reliable=True)) is None
