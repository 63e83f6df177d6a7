"""Icon array counts: which picture size, grouped counts, ranges and 'too rare to show'."""

from __future__ import annotations

import pytest

from ipm_viewer.content.procedure_model import Frequency
from ipm_viewer.ui.widgets.icon_array import ArrayCounts, array_counts


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [
        (Frequency(n=1, per=100), ArrayCounts(100, 1, 0, False)),  # 1% or more: 100 people
        (Frequency(n=60, per=100), ArrayCounts(100, 60, 0, False)),
        (Frequency(n=9, per=1000), ArrayCounts(1000, 9, 0, False)),  # under 1%: 1,000 people
        (Frequency(n=5, per=10_000), ArrayCounts(1000, 0, 0, True)),  # half a person: too rare
        (Frequency(n=1, per=150_000), ArrayCounts(1000, 0, 0, True)),
        (Frequency(low=1, high=5, per=100), ArrayCounts(100, 1, 4, False)),  # a range stays one
    ],
)
def test_counts(frequency: Frequency, expected: ArrayCounts) -> None:
    assert array_counts(frequency) == expected


def test_no_figure_no_picture() -> None:
    assert array_counts(Frequency(none_reliable=True)) is None
