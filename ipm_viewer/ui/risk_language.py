"""Risk and benefit wording: number first, natural frequency, both frames, verbal band.

All wording comes from here so every screen (and the handout) says the same thing the same way.
The arithmetic (rounding, bands) lives in `content/figures.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ipm_viewer.content.figures import Band, bands, natural_frequency
from ipm_viewer.content.model import Frequency

_CONTEXT = "RiskLanguage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _number(value: int) -> str:
    return QLocale().toString(value)


def frequency_phrase(frequency: Frequency) -> str:
    """'About 5 in 1,000 people', 'Between 1 and 10 in 10,000 people', or no reliable figure."""
    natural = natural_frequency(frequency)
    if natural is None:
        return _tr("No reliable figure")
    if natural.is_range:
        return _tr("Between {low} and {high} in {per} people").format(
            low=_number(natural.low), high=_number(natural.high), per=_number(natural.per)
        )
    return _tr("About {n} in {per} people").format(n=_number(natural.low), per=_number(natural.per))


def both_frames(frequency: Frequency, happens: str, does_not: str, period: str = "") -> str:
    """'Out of 1,000 people, 5 get it in the first week; 995 do not.'

    The caller gives the verbs (they differ for benefits) and the time the figure covers.
    """
    natural = natural_frequency(frequency)
    if natural is None:
        return ""
    if natural.is_range:
        affected = _tr("{low} to {high}").format(
            low=_number(natural.low), high=_number(natural.high)
        )
        unaffected = _tr("{low} to {high}").format(
            low=_number(natural.unaffected_low), high=_number(natural.unaffected_high)
        )
    else:
        affected, unaffected = _number(natural.low), _number(natural.per - natural.low)
    if period:
        happens = f"{happens} {period}"
    return _tr("Out of {per} people, {affected} {happens}; {unaffected} {does_not}.").format(
        per=_number(natural.per),
        affected=affected,
        happens=happens,
        unaffected=unaffected,
        does_not=does_not,
    )


def risk_frames(frequency: Frequency, period: str = "") -> str:
    return both_frames(frequency, _tr("get it"), _tr("do not"), period)


def benefit_frames(frequency: Frequency, period: str = "") -> str:
    return both_frames(frequency, _tr("do"), _tr("do not"), period)


def band_name(band: Band) -> str:
    return {
        Band.VERY_COMMON: _tr("Very common"),
        Band.COMMON: _tr("Common"),
        Band.UNCOMMON: _tr("Uncommon"),
        Band.RARE: _tr("Rare"),
        Band.VERY_RARE: _tr("Very rare"),
    }[band]


def band_definition(band: Band) -> str:
    return {
        Band.VERY_COMMON: _tr("1 in 10 or more"),
        Band.COMMON: _tr("1 in 100 to 1 in 10"),
        Band.UNCOMMON: _tr("1 in 1,000 to 1 in 100"),
        Band.RARE: _tr("1 in 10,000 to 1 in 1,000"),
        Band.VERY_RARE: _tr("fewer than 1 in 10,000"),
    }[band]


def band_phrase(frequency: Frequency) -> str:
    """'Uncommon (1 in 1,000 to 1 in 100)'; a range that spans bands names both ends."""
    found = bands(frequency)
    if found is None:
        return ""
    low, high = found
    if low == high:
        return _tr("{band} ({definition})").format(
            band=band_name(low), definition=band_definition(low)
        )
    return _tr("{low} to {high}").format(low=band_name(low), high=band_name(high).lower())


def no_reliable_number_note() -> str:
    """Said under a risk whose studies give no number."""
    return _tr("Studies do not give a reliable number for this.")


def benefit_question(outcome: str) -> str:
    """A benefit with no reliable number: the outcome is the question asked, never a promise."""
    return _tr("The question: whether people {outcome}.").format(outcome=outcome)


def too_rare_note(total: int) -> str:
    """Under an icon array in which not even one person is coloured."""
    return _tr("Too rare to show: fewer than 1 of these {n} people.").format(n=_number(total))
