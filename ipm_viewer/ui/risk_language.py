"""Risk and benefit wording: number first, natural frequency, both frames, verbal band.

All wording comes from here so every screen (and the handout) says the same thing the same way.
The arithmetic (rounding, bands) lives in `content/figures.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ipm_viewer.content.figures import Band, bands, natural_frequency
from ipm_viewer.content.model import Benefit, Frequency, Risk

_CONTEXT = "RiskLanguage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _number(value: int) -> str:
    return QLocale().toString(value)


def counted_things(frequency: Frequency) -> str:
    """What one count in the figure is, in the plural: people, procedures, levels or nerves treated.

    "Procedures", not "shots": some figures count each lead placed or each pump operation.
    """
    return {
        "person": _tr("people"),
        "procedure": _tr("procedures"),
        "level": _tr("levels treated"),
        "nerve": _tr("nerves treated"),
    }[frequency.counts]


def counts_note(frequency: Frequency) -> str:
    """'Counted for each procedure, not for each person.'; empty when the figure counts people.

    A risk counted per procedure adds up over several procedures, which a per-person figure
    does not.
    """
    if frequency.counts == "person" or natural_frequency(frequency) is None:
        return ""
    return {
        "procedure": _tr("Counted for each procedure, not for each person."),
        "level": _tr("Counted for each level treated, not for each person."),
        "nerve": _tr("Counted for each nerve treated, not for each person."),
    }[frequency.counts]


def frequency_phrase(frequency: Frequency) -> str:
    """'About 5 in 1,000 people' (or procedures, levels, nerves treated), a range, or no number."""
    if frequency.case_reports_only:
        return _tr("Rare: reported only in single cases")
    natural = natural_frequency(frequency)
    if natural is None:
        return _tr("No reliable figure")
    if natural.is_range:
        return _tr("Between {low} and {high} in {per} {things}").format(
            low=_number(natural.low),
            high=_number(natural.high),
            per=_number(natural.per),
            things=counted_things(frequency),
        )
    return _tr("About {n} in {per} {things}").format(
        n=_number(natural.low), per=_number(natural.per), things=counted_things(frequency)
    )


def headline(item: Risk | Benefit) -> str:
    """What a card leads with: the figure, or for a benefit with no number its plain answer."""
    if (
        isinstance(item, Benefit)
        and item.plain_answer
        and natural_frequency(item.frequency) is None
    ):
        return item.plain_answer
    return frequency_phrase(item.frequency)


def no_number_reason(frequency: Frequency) -> str:
    """Why there is no number, in plain words: the author's reason, or a general one."""
    if frequency.reason:
        return frequency.reason
    if frequency.case_reports_only:
        return _tr("Only single cases have been reported, so there is no count.")
    return _tr("Studies do not give a reliable number for this.")


def both_frames(frequency: Frequency, happens: str, does_not: str, period: str = "") -> str:
    """'Out of 1,000 people, 5 get it in the first week; 995 do not.'

    The caller gives the verbs (they differ for benefits) and the time the figure covers. A
    figure that counts procedures, levels or nerves names them ("Out of 1,000 procedures, 5
    lead to it").
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
    return _tr("Out of {per} {things}, {affected} {happens}; {unaffected} {does_not}.").format(
        per=_number(natural.per),
        things=counted_things(frequency),
        affected=affected,
        happens=happens,
        unaffected=unaffected,
        does_not=does_not,
    )


def risk_frames(frequency: Frequency, period: str = "") -> str:
    # People "get it"; a procedure, level or nerve "leads to it".
    happens = _tr("get it") if frequency.counts == "person" else _tr("lead to it")
    return both_frames(frequency, happens, _tr("do not"), period)


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


def benefit_question(outcome: str) -> str:
    """A benefit with no reliable number: the outcome is the question asked, never a promise."""
    return _tr("The question the studies asked: whether people {outcome}.").format(
        outcome=outcome
    )


def too_rare_note(total: int) -> str:
    """Under an icon array in which not even one person is coloured."""
    return _tr("Too rare to show: fewer than 1 of these {n} people.").format(n=_number(total))
