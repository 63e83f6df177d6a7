"""The arithmetic behind risk and benefit wording: natural frequencies and verbal bands.

Words are the UI's job (they are translated); this module decides the numbers and the band, so
that every screen and handout rounds the same way. Bands follow the standard convention:
very common 1 in 10 or more; common 1 in 100 to 1 in 10; uncommon 1 in 1,000 to 1 in 100;
rare 1 in 10,000 to 1 in 1,000; very rare fewer than 1 in 10,000.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from ipm_viewer.content.procedure_model import Frequency


class Band(enum.IntEnum):
    """Verbal frequency bands, rarest first so they sort by how likely they are."""

    VERY_RARE = 0
    RARE = 1
    UNCOMMON = 2
    COMMON = 3
    VERY_COMMON = 4


_BAND_FLOORS = (  # the lowest probability in each band, most likely first
    (Band.VERY_COMMON, 1 / 10),
    (Band.COMMON, 1 / 100),
    (Band.UNCOMMON, 1 / 1_000),
    (Band.RARE, 1 / 10_000),
)


def band_for(probability: float) -> Band:
    """The band a probability falls in; a boundary belongs to the more common band."""
    for band, floor in _BAND_FLOORS:
        # Compare with a tolerance so 1/1000 written as 0.001 lands on the boundary exactly.
        if probability >= floor or math.isclose(probability, floor, rel_tol=1e-9):
            return band
    return Band.VERY_RARE


@dataclass(frozen=True, slots=True)
class NaturalFrequency:
    """A figure as whole people out of a round denominator: `low` (to `high`) in `per`."""

    low: int
    high: int
    per: int
    exact: bool = True  # False when rounding changed the number (the wording says "about")

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @property
    def unaffected_low(self) -> int:
        """How many people out of `per` do not get it (for the range, at the high end)."""
        return self.per - self.high

    @property
    def unaffected_high(self) -> int:
        return self.per - self.low


def probability_range(frequency: Frequency) -> tuple[float, float] | None:
    """(low, high) as probabilities; None when no reliable figure exists."""
    if frequency.none_reliable or not frequency.per:
        return None
    if frequency.n is not None:
        p = frequency.n / frequency.per
        return p, p
    if frequency.low is not None and frequency.high is not None:
        return frequency.low / frequency.per, frequency.high / frequency.per
    return None


def none_counted(frequency: Frequency) -> bool:
    """True when a study counted and found no one: "none in 26,061 procedures"."""
    return not frequency.none_reliable and frequency.n == 0 and bool(frequency.per)


def bands(frequency: Frequency) -> tuple[Band, Band] | None:
    """The band of each end of the figure (the same band twice for a single figure).

    None for a count of none: seeing no case in a study does not place an event in a band (the
    true rate could still be a few in that many), and a band would claim more than was counted.
    """
    probabilities = probability_range(frequency)
    if probabilities is None or none_counted(frequency):
        return None
    return band_for(probabilities[0]), band_for(probabilities[1])


def natural_frequency(frequency: Frequency) -> NaturalFrequency | None:
    """The figure in whole people, keeping the author's denominator where it allows whole numbers.

    A fractional count moves to a ten-times larger denominator (0.5 in 100 -> 5 in 1,000) rather
    than being rounded away; past 1,000,000 the count is rounded to a whole number.
    """
    if frequency.none_reliable or not frequency.per:
        return None
    if frequency.n is not None:
        low = high = frequency.n
    elif frequency.low is not None and frequency.high is not None:
        low, high = frequency.low, frequency.high
    else:
        return None
    per = frequency.per
    while per < 1_000_000 and not (_whole(low) and _whole(high)):
        low, high, per = low * 10, high * 10, per * 10
    rounded_low, rounded_high = round(low), round(high)
    return NaturalFrequency(rounded_low, rounded_high, per, _whole(low) and _whole(high))


def _whole(value: float) -> bool:
    return math.isclose(value, round(value), abs_tol=1e-9)
