"""Checks across files: references resolve, figures are well formed and sourced, translations agree.

The loader has already checked each file's shape; this module checks what one file cannot know
alone. Every problem points at the value that is wrong.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from ipm_viewer.content.figures import none_counted
from ipm_viewer.content.jargon import explained_words, unexplained
from ipm_viewer.content.library import BASE_LANGUAGE, LanguageContent, Library
from ipm_viewer.content.model import PHASES, Condition, Guide, Position
from ipm_viewer.content.problems import Problems
from ipm_viewer.content.procedure_model import Benefit, DiagramUse, Frequency, Procedure, Risk
from ipm_viewer.content.prose_numbers import number_differences
from ipm_viewer.content.readability import patient_text
from ipm_viewer.diagrams.svg_info import SvgInfo

T = TypeVar("T")

MAX_QUOTE = 300  # characters: one sentence or table row, checkable at a glance
NONE_COUNTED_MIN = 1000  # people or procedures a study needs before "none in N" is shown


def validate_library(library: Library, today: dt.date | None = None) -> Problems:
    """Every cross-file problem in `library` (the loader's own problems are not repeated)."""
    problems = Problems()
    today = today or dt.date.today()
    for content in library.languages.values():
        _LanguageChecker(content, library.diagrams, problems, today).run()
    base = library.languages.get(BASE_LANGUAGE)
    if base is None or not base.procedures:
        problems.error(
            Position("content", 1, 1),
            f"no {BASE_LANGUAGE} procedures were loaded; every other language builds on them",
        )
    if base is not None:
        for code, content in library.languages.items():
            if code != BASE_LANGUAGE:
                _check_translation(base, content, problems)
    return problems


def suggest(value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


class _LanguageChecker:
    def __init__(
        self,
        content: LanguageContent,
        diagrams: dict[str, SvgInfo],
        problems: Problems,
        today: dt.date,
    ) -> None:
        self.content = content
        self.diagrams = diagrams
        self.problems = problems
        self.today = today
        self.category_ids = {c.id for c in content.categories}
        self.region_ids = {r.id for r in content.regions}
        # Source key -> the first figure citing it ("procedure-id/risk-id"), for messages.
        self.cited: dict[str, str] = {}

    def run(self) -> None:
        # Items borrowed from the base language were checked there; report each problem once.
        for procedure in self._own(self.content.procedures, "procedure"):
            self._procedure(procedure)
        self._cited_sources()
        for condition in self._own(self.content.conditions, "condition"):
            self._condition(condition)
        for source in self._own(self.content.sources, "source"):
            if not source.url.startswith(("https://", "http://")):
                where = self.content.locate_item(f"source:{source.key}", "url")
                self.problems.error(where, f"source '{source.key}' url must start with https://")
        for guide in self._own(self.content.guides, "guide"):
            self._guide(guide)
        if self.content.language == BASE_LANGUAGE:  # the word list is English
            self._jargon()

    # -- helpers -------------------------------------------------------------------------------

    def _own(self, items: Mapping[str, T], kind: str) -> list[T]:
        """The items this language wrote itself (not borrowed from the base language)."""
        return [v for k, v in items.items() if not self.content.is_fallback(kind, k)]

    def _at(self, file_stem: str, *where: str | int) -> Position:
        file_key = self.content.files.get(file_stem, file_stem)
        return self.content.locate(file_key, *where)

    def _ref(
        self, file_stem: str, where: tuple[str | int, ...], value: str, known: set[str], kind: str
    ) -> bool:
        if value in known:
            return True
        self.problems.error(
            self._at(file_stem, *where), f"unknown {kind} '{value}'{suggest(value, known)}"
        )
        return False

    # -- procedures ----------------------------------------------------------------------------

    def _procedure(self, p: Procedure) -> None:
        f = f"procedure:{p.id}"
        self._ref(f, ("category",), p.category, self.category_ids, "category")
        for i, condition_id in enumerate(p.treats):
            self._ref(f, ("treats", i), condition_id, set(self.content.conditions), "condition")
        for i, region in enumerate(p.body_regions):
            self._ref(f, ("body_regions", i), region, self.region_ids, "body region")
        for i, key in enumerate(p.sources):
            self._ref(f, ("sources", i), key, set(self.content.sources), "source")
        self._review(f, p.review.reviewed_on, p.review.next_review)
        self._steps(f, p)
        self._figures(f, p, "risks", p.risks)
        self._figures(f, p, "benefits", p.benefits)
        self._quiz(f, p)
        if not p.steps:
            self.problems.error(self._at(f, "steps"), "a procedure needs at least one step")

    def _steps(self, f: str, p: Procedure) -> None:
        last_phase = 0
        for i, step in enumerate(p.steps):
            phase = PHASES.index(step.phase)
            if phase < last_phase:
                self.problems.error(
                    self._at(f, "steps", i, "phase"),
                    f"step {i + 1} is '{step.phase}' but comes after a "
                    f"'{PHASES[last_phase]}' step; steps go before, day-of, during, after,"
                    " recovery",
                )
            last_phase = max(last_phase, phase)
            for j, term in enumerate(step.terms):
                self._ref(
                    f, ("steps", i, "terms", j), term, set(self.content.glossary), "glossary term"
                )
            if step.diagram is not None:
                self._diagram_use(f, i, step.diagram.id, step.diagram)

    def _diagram_use(self, f: str, i: int, diagram_id: str, use: DiagramUse) -> None:
        info = self.diagrams.get(diagram_id)
        where = ("steps", i, "diagram")
        if info is None:
            self.problems.error(
                self._at(f, *where, "id"),
                f"unknown diagram '{diagram_id}'{suggest(diagram_id, self.diagrams)}"
                " (expected an SVG file of that name in resources/diagrams)",
            )
            return
        for j, layer in enumerate(use.show):
            if layer not in info.overlays:
                self.problems.error(
                    self._at(f, *where, "show", j),
                    f"'{layer}' is not an overlay layer of diagram '{diagram_id}'"
                    f"{suggest(layer, info.overlays)}",
                )
        for j, structure in enumerate(use.highlight):
            if structure not in info.structures:
                self.problems.error(
                    self._at(f, *where, "highlight", j),
                    f"diagram '{diagram_id}' has no structure '{structure}'"
                    f"{suggest(structure, info.structures)}",
                )
        texts = self.content.diagram_texts.get(diagram_id)
        if texts is None:
            self.problems.error(
                self._at(f, *where, "id"),
                f"diagram '{diagram_id}' has no text file diagrams/{diagram_id}.yaml"
                " in this language (title, description and labels)",
            )
        for j, structure in enumerate(use.labels):
            at = self._at(f, *where, "labels", j)
            if f"anchor-{structure}" not in info.anchors:
                self.problems.error(
                    at,
                    f"diagram '{diagram_id}' has no label anchor 'anchor-{structure}'"
                    f"{suggest('anchor-' + structure, info.anchors)}",
                )
            elif texts is not None and structure not in texts.labels:
                self.problems.error(
                    at, f"diagrams/{diagram_id}.yaml gives no label text for '{structure}'"
                )

    def _figures(
        self, f: str, p: Procedure, field_name: str, items: Sequence[Risk | Benefit]
    ) -> None:
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                self.problems.error(
                    self._at(f, field_name, i, "id"), f"'{item.id}' is used twice in {field_name}"
                )
            seen.add(item.id)
            for message in frequency_problems(item.frequency):
                self.problems.error(self._at(f, field_name, i, "frequency"), message)
            fq = item.frequency
            # A risk with no number says why; a benefit with none leads with its plain answer.
            if isinstance(item, Risk) and fq.none_reliable and not fq.reason:
                self.problems.error(
                    self._at(f, field_name, i, "frequency"),
                    f"'{item.id}' has no reliable number; add `reason:` (why, in plain words)",
                )
            if isinstance(item, Benefit) and none_counted(fq):
                self.problems.error(
                    self._at(f, field_name, i, "frequency"),
                    f"'{item.id}' is a benefit no one got (`n: 0`); leave it out, or give it"
                    " `none_reliable: true` with a `plain_answer:`",
                )
            if isinstance(item, Benefit) and fq.none_reliable and not item.plain_answer:
                self.problems.error(
                    self._at(f, field_name, i),
                    f"'{item.id}' has no reliable number; add `plain_answer:` (what the card"
                    " leads with, e.g. 'Leg pain: a little better for a few weeks, on average')",
                )
            if fq.none_reliable:
                continue
            if not item.source:
                self.problems.error(
                    self._at(f, field_name, i),
                    f"'{item.id}' is marked `case_reports_only` without a source; add `source:`"
                    " (where the cases are reported)"
                    if fq.case_reports_only
                    else f"'{item.id}' gives a figure without a source; add `source:` or set"
                    " `none_reliable: true`",
                )
            elif self._ref(
                f, (field_name, i, "source"), item.source, set(self.content.sources), "source"
            ):
                self.cited.setdefault(item.source, f"{p.id}/{item.id}")
                if item.source not in p.sources:
                    self.problems.error(
                        self._at(f, field_name, i, "source"),
                        f"source '{item.source}' is cited but missing from this file's"
                        " `sources:` list",
                    )

    def _cited_sources(self) -> None:
        """A source behind a figure must say where the figure is, in its own words."""
        for key, cited_by in sorted(self.cited.items()):
            if self.content.is_fallback("source", key):
                continue
            source = self.content.sources[key]
            for field_name, what in (
                ("quote", "the sentence or table row the figure comes from, in its words"),
                ("locator", "page, table or section"),
            ):
                if not getattr(source, field_name).strip():
                    self.problems.error(
                        self.content.locate_item(f"source:{key}", field_name),
                        f"source '{key}' backs a figure ({cited_by}) but has no `{field_name}:`"
                        f" ({what})",
                    )
            if len(source.quote) > MAX_QUOTE:
                self.problems.error(
                    self.content.locate_item(f"source:{key}", "quote"),
                    f"source '{key}' quote is {len(source.quote)} characters; keep it to"
                    f" {MAX_QUOTE} (the one sentence or table row with the figure)",
                )

    def _quiz(self, f: str, p: Procedure) -> None:
        for i, question in enumerate(p.quiz):
            correct = sum(1 for c in question.choices if c.correct)
            if correct != 1:
                self.problems.error(
                    self._at(f, "quiz", i, "choices"),
                    f"question {i + 1} has {correct} correct choices; expected exactly one",
                )
            if not 2 <= len(question.choices) <= 5:
                self.problems.error(
                    self._at(f, "quiz", i, "choices"),
                    f"question {i + 1} has {len(question.choices)} choices; expected 2 to 5",
                )

    def _review(self, f: str, reviewed_on: dt.date, next_review: dt.date) -> None:
        if next_review <= reviewed_on:
            self.problems.error(
                self._at(f, "review", "next_review"), "next_review must be after reviewed_on"
            )
        elif next_review < self.today:
            self.problems.warning(
                self._at(f, "review", "next_review"),
                f"clinical review was due on {next_review.isoformat()}",
            )
        if reviewed_on > self.today:
            self.problems.warning(
                self._at(f, "review", "reviewed_on"), "reviewed_on is in the future"
            )

    def _jargon(self) -> None:
        """Warn about medical words that patients meet without a glossary entry."""
        explained = explained_words(self.content.glossary)
        items: list[tuple[str, Procedure | Condition | Guide]] = [
            *((f"procedure:{p.id}", p) for p in self.content.procedures.values()),
            *((f"condition:{c.id}", c) for c in self.content.conditions.values()),
            *((f"guide:{g.id}", g) for g in self.content.guides.values()),
        ]
        for file_stem, item in items:
            for path, word in unexplained(item, explained):
                self.problems.warning(
                    self._at(file_stem, *path),
                    f"'{word}' is a medical word with no glossary entry;"
                    " add one, or say it plainly",
                )

    def _guide(self, guide: Guide) -> None:
        f = f"guide:{guide.id}"
        for i, key in enumerate(guide.sources):
            self._ref(f, ("sources", i), key, set(self.content.sources), "source")
        self._review(f, guide.review.reviewed_on, guide.review.next_review)
        if not guide.sections and not guide.faq:
            self.problems.error(self._at(f, "id"), "a guide needs `sections:` or `faq:`")

    # -- conditions ----------------------------------------------------------------------------

    def _condition(self, c: Condition) -> None:
        f = f"condition:{c.id}"
        for i, region in enumerate(c.body_regions):
            self._ref(f, ("body_regions", i), region, self.region_ids, "body region")
        for i, key in enumerate(c.sources):
            self._ref(f, ("sources", i), key, set(self.content.sources), "source")
        self._review(f, c.review.reviewed_on, c.review.next_review)
        if not self.content.procedures_treating(c.id):
            self.problems.warning(
                self._at(f, "id"), f"no procedure lists '{c.id}' in its `treats:`"
            )


def frequency_problems(frequency: Frequency) -> list[str]:
    """What is wrong with a frequency's shape (empty when it is one of the four allowed forms)."""
    fq = frequency
    has_numbers = any(v is not None for v in (fq.n, fq.low, fq.high, fq.per))
    if fq.case_reports_only:
        if fq.none_reliable:
            return ["`case_reports_only` and `none_reliable` cannot be combined; choose one"]
        if has_numbers:
            return ["`case_reports_only: true` cannot be combined with numbers"]
        if not fq.reason:
            return ["`case_reports_only: true` needs `reason:` (why there is no number)"]
        return []
    if fq.none_reliable:
        if has_numbers:
            return ["`none_reliable: true` cannot be combined with numbers"]
        return []
    if fq.reason and fq.n != 0:
        return [
            "`reason:` goes only with `none_reliable`, `case_reports_only` or a count of none"
            " (`n: 0`)"
        ]
    if fq.per is None or fq.per <= 0:
        return ["a figure needs `per:` (the denominator, e.g. 1000)"]
    if fq.n == 0 and fq.per < NONE_COUNTED_MIN:
        # No case among a few hundred says little; among many thousands it reassures.
        return [
            f"a count of none (`n: 0`) needs a study of at least {NONE_COUNTED_MIN:,} (`per:`);"
            " for a smaller study use `none_reliable: true` and say so in `reason:`"
        ]
    if fq.n is not None:
        if fq.low is not None or fq.high is not None:
            return ["give either `n:` or `low:` and `high:`, not both"]
        if not 0 <= fq.n <= fq.per:
            return [f"n ({fq.n:g}) must be between 0 and per ({fq.per})"]
        return []
    if fq.low is None or fq.high is None:
        return [
            "expected `n:` and `per:`, or `low:`, `high:` and `per:`, or `none_reliable: true`,"
            " or `case_reports_only: true`"
        ]
    if not 0 <= fq.low < fq.high <= fq.per:
        return [
            f"range must satisfy 0 <= low < high <= per (got {fq.low:g}, {fq.high:g}, {fq.per})"
        ]
    return []


def figure_fields(item: Risk | Benefit) -> tuple[object, ...]:
    """What a translation must keep: the numbers, what they count, and the source.

    The `reason` is words and is translated; everything else in a figure is not.
    """
    fq = item.frequency
    return (
        fq.n,
        fq.low,
        fq.high,
        fq.per,
        fq.none_reliable,
        fq.case_reports_only,
        fq.counts,
        item.source,
    )


def _check_translated_sources(
    base: LanguageContent, other: LanguageContent, problems: Problems
) -> None:
    """A quote is in the source's own words and its locator points into that source: both stay."""
    for key, source in other.sources.items():
        original = base.sources.get(key)
        if original is None:
            continue
        for field_name in ("quote", "locator"):
            if getattr(source, field_name) != getattr(original, field_name):
                problems.error(
                    other.locate_item(f"source:{key}", field_name),
                    f"source '{key}' changes the `{field_name}:` of the {BASE_LANGUAGE} original;"
                    " it is the source's own words and must stay as written",
                )


def _check_translation(base: LanguageContent, other: LanguageContent, problems: Problems) -> None:
    """A translation may change words, never ids, figures or sources."""
    _check_translated_sources(base, other, problems)
    _check_numbers_in_text(base, other, problems)
    for pid, procedure in other.procedures.items():
        file_key = other.files.get(f"procedure:{pid}", pid)
        original = base.procedures.get(pid)
        if original is None:
            problems.error(
                other.locate(file_key, "id"),
                f"procedure '{pid}' has no {BASE_LANGUAGE} original to translate",
            )
            continue
        for field_name in ("risks", "benefits"):
            mine = {r.id: r for r in getattr(procedure, field_name)}
            theirs = {r.id: r for r in getattr(original, field_name)}
            if set(mine) != set(theirs):
                problems.error(
                    other.locate(file_key, field_name),
                    f"{field_name} ids differ from the {BASE_LANGUAGE} original",
                )
            for index, item in enumerate(getattr(procedure, field_name)):
                source_item = theirs.get(item.id)
                if source_item is None:
                    continue
                if figure_fields(item) != figure_fields(source_item):
                    problems.error(
                        other.locate(file_key, field_name, index, "frequency"),
                        f"'{item.id}' changes a figure or source of the {BASE_LANGUAGE} original;"
                        " translations must keep figures identical",
                    )
        mine_diagrams = [s.diagram.id if s.diagram else None for s in procedure.steps]
        base_diagrams = [s.diagram.id if s.diagram else None for s in original.steps]
        if mine_diagrams != base_diagrams:
            problems.error(
                other.locate(file_key, "steps"),
                f"steps or their diagrams differ from the {BASE_LANGUAGE} original",
            )


def _check_numbers_in_text(
    base: LanguageContent, other: LanguageContent, problems: Problems
) -> None:
    """Every number in an item's text ("83 in 100,000", "6 to 8 weeks") is in its translation,
    and the translation adds none: a figure changed while rewording is caught here."""
    for kind, mine, theirs in (
        ("procedure", other.procedures, base.procedures),
        ("condition", other.conditions, base.conditions),
        ("guide", other.guides, base.guides),
    ):
        for item_id, item in mine.items():
            original = theirs.get(item_id)
            if original is None or other.is_fallback(kind, item_id):
                continue
            dropped, added = number_differences(
                patient_text(original), base.language, patient_text(item), other.language
            )
            if dropped or added:
                said = [
                    *([f"drops {', '.join(dropped)}"] if dropped else []),
                    *([f"adds {', '.join(added)}"] if added else []),
                ]
                problems.error(
                    other.locate(other.files.get(f"{kind}:{item_id}", item_id), "id"),
                    f"{kind} '{item_id}' {' and '.join(said)} compared with the numbers in the"
                    f" {BASE_LANGUAGE} text; a translation keeps every number, written as digits",
                )
