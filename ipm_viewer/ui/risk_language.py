"""Risk and benefit wording: number first, natural frequency, both frames, verbal band.

All wording comes from here so every screen (and the handout) says the same thing the same way.
The arithmetic (rounding, bands) lives in `content/figures.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ipm_viewer.content.figures import Band, bands, natural_frequency, none_counted
from ipm_viewer.content.procedure_model import Benefit, Frequency, Risk

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate


def _number(value: int) -> str:
    return QLocale().toString(value)


def _phrases(frequency: Frequency) -> dict[str, str]:
    """The sentences for what one count in the figure is: people, procedures, levels or nerves.

    Whole sentences, never a noun slotted into one: in Spanish, as in most languages, the
    words around the noun agree with it ("unas 5 personas", "unos 5 procedimientos").
    "Procedures", not "shots": some figures count each lead placed or each pump operation.
    """
    return {
        "person": {
            "about": translate("RiskLanguage", "About {n} in {per} people"),
            "none": translate("RiskLanguage", "No one in {per} people"),
            "too_rare": translate(
                "RiskLanguage", "Too rare to show: fewer than 1 of these {n} people."
            ),
            "none_seen": translate(
                "RiskLanguage", "A study counted {per} people and no one got it{period}."
            ),
            "between": translate("RiskLanguage", "Between {low} and {high} in {per} people"),
            "risk": translate(
                "RiskLanguage",
                "Out of {per} people, {affected} get it{period}; {unaffected} do not.",
            ),
            "benefit": translate(
                "RiskLanguage", "Out of {per} people, {affected} do; {unaffected} do not."
            ),
        },
        "procedure": {
            "about": translate("RiskLanguage", "About {n} in {per} procedures"),
            "none": translate("RiskLanguage", "None in {per} procedures"),
            "too_rare": translate(
                "RiskLanguage", "Too rare to show: fewer than 1 of these {n} procedures."
            ),
            "none_seen": translate(
                "RiskLanguage", "A study counted {per} procedures and none led to it{period}."
            ),
            "between": translate("RiskLanguage", "Between {low} and {high} in {per} procedures"),
            "risk": translate(
                "RiskLanguage",
                "Out of {per} procedures, {affected} lead to it{period}; {unaffected} do not.",
            ),
            "benefit": translate(
                "RiskLanguage", "Out of {per} procedures, {affected} do; {unaffected} do not."
            ),
        },
        "level": {
            "about": translate("RiskLanguage", "About {n} in {per} levels treated"),
            "none": translate("RiskLanguage", "None in {per} levels treated"),
            "too_rare": translate(
                "RiskLanguage", "Too rare to show: fewer than 1 of these {n} levels treated."
            ),
            "none_seen": translate(
                "RiskLanguage", "A study counted {per} levels treated and none led to it{period}."
            ),
            "between": translate(
                "RiskLanguage", "Between {low} and {high} in {per} levels treated"
            ),
            "risk": translate(
                "RiskLanguage",
                "Out of {per} levels treated, {affected} lead to it{period}; {unaffected} do not.",
            ),
            "benefit": translate(
                "RiskLanguage", "Out of {per} levels treated, {affected} do; {unaffected} do not."
            ),
        },
        "nerve": {
            "about": translate("RiskLanguage", "About {n} in {per} nerves treated"),
            "none": translate("RiskLanguage", "None in {per} nerves treated"),
            "too_rare": translate(
                "RiskLanguage", "Too rare to show: fewer than 1 of these {n} nerves treated."
            ),
            "none_seen": translate(
                "RiskLanguage", "A study counted {per} nerves treated and none led to it{period}."
            ),
            "between": translate(
                "RiskLanguage", "Between {low} and {high} in {per} nerves treated"
            ),
            "risk": translate(
                "RiskLanguage",
                "Out of {per} nerves treated, {affected} lead to it{period}; {unaffected} do not.",
            ),
            "benefit": translate(
                "RiskLanguage", "Out of {per} nerves treated, {affected} do; {unaffected} do not."
            ),
        },
    }[frequency.counts]


def counts_note(frequency: Frequency) -> str:
    """'Counted for each procedure, not for each person.'; empty when the figure counts people.

    A risk counted per procedure adds up over several procedures, which a per-person figure
    does not.
    """
    if frequency.counts == "person" or natural_frequency(frequency) is None:
        return ""
    return {
        "procedure": translate("RiskLanguage", "Counted for each procedure, not for each person."),
        "level": translate("RiskLanguage", "Counted for each level treated, not for each person."),
        "nerve": translate("RiskLanguage", "Counted for each nerve treated, not for each person."),
    }[frequency.counts]


def frequency_phrase(frequency: Frequency) -> str:
    """'About 5 in 1,000 people' (or procedures, levels, nerves treated), a range, or no number."""
    if frequency.case_reports_only:
        return translate("RiskLanguage", "Rare: reported only in single cases")
    natural = natural_frequency(frequency)
    if natural is None:
        return translate("RiskLanguage", "No reliable figure")
    phrases = _phrases(frequency)
    if none_counted(frequency):
        return phrases["none"].format(per=_number(natural.per))
    if natural.is_range:
        return phrases["between"].format(
            low=_number(natural.low), high=_number(natural.high), per=_number(natural.per)
        )
    return phrases["about"].format(n=_number(natural.low), per=_number(natural.per))


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
        return translate(
            "RiskLanguage", "Only single cases have been reported, so there is no count."
        )
    return translate("RiskLanguage", "Studies do not give a reliable number for this.")


def _both_frames(frequency: Frequency, kind: str, period: str = "") -> str:
    """'Out of 1,000 people, 5 get it in the first week; 995 do not.'

    `kind` is "risk" or "benefit" (the verbs differ); `period` is the time the figure covers.
    A figure that counts procedures, levels or nerves names them ("Out of 1,000 procedures, 5
    lead to it").
    """
    natural = natural_frequency(frequency)
    if natural is None:
        return ""
    # The sentence goes on after the period ("...; 995 do not."): its own full stop goes.
    period = f" {period.rstrip().rstrip('.')}" if period else ""
    if none_counted(frequency):
        return _none_seen(frequency, natural.per, period)
    if natural.is_range:
        affected = translate("RiskLanguage", "{low} to {high}").format(
            low=_number(natural.low), high=_number(natural.high)
        )
        unaffected = translate("RiskLanguage", "{low} to {high}").format(
            low=_number(natural.unaffected_low), high=_number(natural.unaffected_high)
        )
    else:
        affected, unaffected = _number(natural.low), _number(natural.per - natural.low)
    return _phrases(frequency)[kind].format(
        per=_number(natural.per),
        affected=affected,
        unaffected=unaffected,
        period=period,
    )


def _none_seen(frequency: Frequency, per: int, period: str) -> str:
    """'A study counted 26,061 procedures and none led to it.', and what that does not mean."""
    counted = _phrases(frequency)["none_seen"].format(per=_number(per), period=period)
    caveat = translate("RiskLanguage", "That does not mean it can never happen.")
    reason = f" {frequency.reason}" if frequency.reason else ""
    return f"{counted}{reason} {caveat}"


def risk_frames(frequency: Frequency, period: str = "") -> str:
    # People "get it"; a procedure, level or nerve "leads to it".
    return _both_frames(frequency, "risk", period)


def benefit_frames(frequency: Frequency) -> str:
    return _both_frames(frequency, "benefit")


def band_name(band: Band) -> str:
    return {
        Band.VERY_COMMON: translate("RiskLanguage", "Very common"),
        Band.COMMON: translate("RiskLanguage", "Common"),
        Band.UNCOMMON: translate("RiskLanguage", "Uncommon"),
        Band.RARE: translate("RiskLanguage", "Rare"),
        Band.VERY_RARE: translate("RiskLanguage", "Very rare"),
    }[band]


def band_definition(band: Band) -> str:
    return {
        Band.VERY_COMMON: translate("RiskLanguage", "1 in 10 or more"),
        Band.COMMON: translate("RiskLanguage", "1 in 100 to 1 in 10"),
        Band.UNCOMMON: translate("RiskLanguage", "1 in 1,000 to 1 in 100"),
        Band.RARE: translate("RiskLanguage", "1 in 10,000 to 1 in 1,000"),
        Band.VERY_RARE: translate("RiskLanguage", "fewer than 1 in 10,000"),
    }[band]


def band_phrase(frequency: Frequency) -> str:
    """'Uncommon (1 in 1,000 to 1 in 100)'; a range that spans bands names both ends."""
    found = bands(frequency)
    if found is None:
        return ""
    low, high = found
    if low == high:
        return translate("RiskLanguage", "{band} ({definition})").format(
            band=band_name(low), definition=band_definition(low)
        )
    return translate("RiskLanguage", "{low} to {high}").format(
        low=band_name(low), high=band_name(high).lower()
    )


def benefit_question(outcome: str) -> str:
    """A benefit with no reliable number: the outcome is the question asked, never a promise."""
    return translate(
        "RiskLanguage", "The question the studies asked: whether people {outcome}."
    ).format(outcome=outcome)


def too_rare_note(frequency: Frequency, total: int) -> str:
    """Under an icon array of `total` in which not even one is coloured."""
    return _phrases(frequency)["too_rare"].format(n=_number(total))
