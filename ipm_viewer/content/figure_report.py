"""Every risk and benefit figure in the library, one row each, for a clinician to check.

`ipm-viewer figures` prints these rows (or writes them as CSV) next to the quote and locator of
the source each figure comes from, so any number can be checked against its source in seconds,
and a coverage summary: how many risks carry a sourced number or range.

Nothing here imports Qt. The phrase the patient sees is worded by the UI, so the caller passes
the function that words it (`risk_language.headline`): the report shows exactly what the card
leads with.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple, dataclass, fields
from typing import TextIO

from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.procedure_model import Benefit, Procedure, Risk

# The share of risks that should carry a sourced number or range (issue 13's target).
COVERAGE_TARGET = 0.75

PhraseFunction = Callable[[Risk | Benefit], str]


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One risk or benefit as a reviewer checks it (the CSV columns, in order)."""

    procedure: str
    kind: str  # "risk" or "benefit"
    id: str
    phrase: str
    n: str
    low: str
    high: str
    per: str
    counts: str
    period: str
    source: str
    quote: str
    locator: str
    reason: str


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of a procedure's risks carry a sourced number or range."""

    procedure: str
    with_figure: int
    case_reports_only: int
    risks: int

    @property
    def share(self) -> float:
        return self.with_figure / self.risks if self.risks else 0.0


def has_sourced_figure(item: Risk | Benefit) -> bool:
    """True when the item gives a number or range and names its source."""
    fq = item.frequency
    numeric = not (fq.none_reliable or fq.case_reports_only) and fq.per is not None
    return numeric and bool(item.source)


def _number(value: float | int | None) -> str:
    return "" if value is None else f"{value:g}"


def _row(
    content: LanguageContent,
    procedure: Procedure,
    kind: str,
    item: Risk | Benefit,
    phrase: PhraseFunction,
) -> FigureRow:
    fq = item.frequency
    source = content.sources.get(item.source)
    return FigureRow(
        procedure=procedure.id,
        kind=kind,
        id=item.id,
        phrase=phrase(item),
        n=_number(fq.n),
        low=_number(fq.low),
        high=_number(fq.high),
        per=_number(fq.per),
        counts=fq.counts,
        period=item.period,
        source=item.source,
        quote=source.quote if source else "",
        locator=source.locator if source else "",
        reason=fq.reason,
    )


def figure_rows(content: LanguageContent, phrase: PhraseFunction) -> Iterator[FigureRow]:
    """Every risk and benefit, procedures by id, risks before benefits, in file order."""
    for procedure in sorted(content.procedures.values(), key=lambda p: p.id):
        for risk in procedure.risks:
            yield _row(content, procedure, "risk", risk, phrase)
        for benefit in procedure.benefits:
            yield _row(content, procedure, "benefit", benefit, phrase)


def coverage(content: LanguageContent) -> list[Coverage]:
    """Per procedure (by id): risks with a sourced number or range, out of all its risks."""
    return [
        Coverage(
            procedure=p.id,
            with_figure=sum(1 for r in p.risks if has_sourced_figure(r)),
            case_reports_only=sum(1 for r in p.risks if r.frequency.case_reports_only),
            risks=len(p.risks),
        )
        for p in sorted(content.procedures.values(), key=lambda p: p.id)
    ]


def library_coverage(per_procedure: Iterable[Coverage]) -> Coverage:
    """The whole library's coverage, as one total."""
    items = list(per_procedure)
    return Coverage(
        procedure="library",
        with_figure=sum(c.with_figure for c in items),
        case_reports_only=sum(c.case_reports_only for c in items),
        risks=sum(c.risks for c in items),
    )


def write_csv(rows: Iterable[FigureRow], out: TextIO) -> None:
    """The rows as CSV with a header line (opens in any spreadsheet)."""
    writer = csv.writer(out)
    writer.writerow([f.name for f in fields(FigureRow)])
    for row in rows:
        writer.writerow(astuple(row))


def coverage_lines(per_procedure: list[Coverage]) -> list[str]:
    """The coverage summary as text: one line per procedure, then the library total."""
    lines = [f"{'procedure':<44} {'figures':>7} {'risks':>5} {'share':>6} {'single cases':>12}"]
    for item in [*per_procedure, library_coverage(per_procedure)]:
        lines.append(
            f"{item.procedure:<44} {item.with_figure:>7} {item.risks:>5} {item.share:>6.0%}"
            f" {item.case_reports_only:>12}"
        )
    return lines
