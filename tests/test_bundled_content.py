"""Walks every shipped procedure, condition, glossary term and diagram."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.model import PHASES
from ipm_viewer.content.validate import figure_fields


@pytest.fixture(scope="module")
def english() -> LanguageContent:
    library = load_content()
    assert [str(p) for p in library.problems.errors] == []
    return library.language("en")


def test_bundled_content_has_the_core_procedures(english: LanguageContent) -> None:
    assert {
        "epidural-steroid-injection",
        "facet-joint-injection",
        "medial-branch-block",
        "radiofrequency-ablation",
    } <= set(english.procedures)


def test_every_procedure_is_complete(english: LanguageContent) -> None:
    for procedure in english.procedures.values():
        where = procedure.id
        assert len(procedure.steps) >= 6, where
        assert {s.phase for s in procedure.steps} == set(PHASES), where
        assert all(s.diagram is not None for s in procedure.steps), where
        assert len(procedure.risks) >= 4, where
        assert {r.severity for r in procedure.risks} & {"mild"}, where
        assert {r.severity for r in procedure.risks} & {"serious"}, where
        assert procedure.when_to_call and procedure.call_emergency, where
        assert procedure.tell_doctor_first and procedure.questions_to_ask, where
        assert procedure.alternatives and procedure.relief is not None, where
        assert procedure.treats and procedure.body_regions, where
        assert 3 <= len(procedure.quiz) <= 5, where


def test_every_figure_is_sourced_or_declared_unreliable(english: LanguageContent) -> None:
    for procedure in english.procedures.values():
        for item in [*procedure.risks, *procedure.benefits]:
            if item.frequency.none_reliable:
                continue
            source = english.sources[item.source]
            assert source.url.startswith("https://") or source.url.startswith("http://")
            assert source.evidence in ("A", "B"), f"{procedure.id}/{item.id}: grade C source"


def test_a_benefit_says_its_time_once(english: LanguageContent) -> None:
    # The card reads "<outcome> <period>": a time in both read "one month after ... 1 month
    # after the injection".
    time_words = re.compile(r"\b(\d+|one|two|three|six|a|few|first) (days?|weeks?|months?|years?)\b(?! old)")
    twice = [
        f"{procedure.id}/{benefit.id}: {benefit.outcome} | {benefit.period}"
        for procedure in english.procedures.values()
        for benefit in procedure.benefits
        if benefit.period and time_words.search(benefit.outcome) and time_words.search(benefit.period)
    ]
    assert twice == []


def test_every_condition_links_to_a_procedure(english: LanguageContent) -> None:
    for condition in english.conditions.values():
        assert english.procedures_treating(condition.id), condition.id


def test_shared_figures_agree_across_files(english: LanguageContent) -> None:
    """Two procedures citing the same source for the same risk must give the same figure."""
    seen: dict[tuple[str, str], tuple[str, object]] = {}
    for procedure in english.procedures.values():
        for risk in procedure.risks:
            if risk.frequency.none_reliable:
                continue
            key = (risk.id, risk.source)
            if key in seen:
                other, figure = seen[key]
                # The numbers must agree; the `reason` is words and may suit each procedure.
                assert figure == figure_fields(risk), f"{procedure.id} and {other} disagree on {key}"
            seen[key] = (procedure.id, figure_fields(risk))


def test_selftest_builds_every_screen_offscreen() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ipm_viewer", "--selftest"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("selftest: OK:")
