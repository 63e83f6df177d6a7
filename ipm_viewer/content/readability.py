"""How easily patients read a file: Flesch-Kincaid grade for English, INFLESZ for Spanish.

Both are computed by textstat. INFLESZ is the Szigriszt-Pazos perspicuity score read on the
INFLESZ scale (Barrio-Cantalejo 2008): 55-65 "normal", 65-80 "bastante fácil", the level of
patient leaflets.

Only the words a patient reads are measured: titles, explanations, steps, risks, benefits, lists
and the quiz; ids, sources and review records are not. Markdown markup is removed first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ipm_viewer.content.model import Condition, DiagramText, GlossaryTerm, Guide

if TYPE_CHECKING:  # the command line imports this module's limits, and starts the app
    from ipm_viewer.content.procedure_model import Procedure

MAX_GRADE = 8.0  # English: at most a US 8th-grade reading level
MIN_INFLESZ = 55.0  # Spanish: below this a file reads "algo difícil"; it fails
TARGET_INFLESZ = 65.0  # Spanish: what we aim for ("bastante fácil")
_MARKUP = re.compile(r"[*_`#>]|^\s*-\s+", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ReadingReport:
    """One file's reading figures, on the scale of its language."""

    item_id: str
    language: str
    score: float  # Flesch-Kincaid grade (lower is easier), or INFLESZ for es (higher is easier)
    words: int
    sentences: int

    @property
    def measure(self) -> str:
        return "INFLESZ" if self.language == "es" else "grade"

    @property
    def too_hard(self) -> bool:
        if self.language == "es":
            return self.score < MIN_INFLESZ
        return self.score > MAX_GRADE

    @property
    def below_target(self) -> bool:
        """Passes, but is not yet as easy as we aim for (Spanish only)."""
        return self.language == "es" and MIN_INFLESZ <= self.score < TARGET_INFLESZ


def patient_text(item: Procedure | Condition | Guide) -> list[str]:
    """Every piece of text a patient reads in `item`, each ending as a sentence."""
    if isinstance(item, Guide):
        parts = [item.title, item.summary]
        parts += [t for s in item.sections for t in (s.heading, s.text)]
        parts += [t for q in item.faq for t in (q.question, q.answer)]
    elif isinstance(item, Condition):
        parts = [item.title, item.summary, item.explanation, *item.symptoms]
    else:
        parts = _procedure_text(item)
    return [_as_sentence(_MARKUP.sub("", p)) for p in parts if p and p.strip()]


def _procedure_text(p: Procedure) -> list[str]:
    g = p.at_a_glance
    parts = [p.title, p.summary, p.explanation, g.duration, g.anesthesia, g.imaging, g.setting]
    parts.append(g.time_off)
    for step in p.steps:
        parts += [step.title, step.text, step.you_feel]
    for risk in p.risks:
        parts += [risk.name, risk.feels_like, risk.lasts, risk.what_to_do]
    for benefit in p.benefits:
        parts += [benefit.outcome, benefit.note]
    if p.relief is not None:
        parts += [p.relief.starts, p.relief.lasts, p.relief.note]
    parts += [*p.when_to_call, *p.call_emergency, *p.tell_doctor_first, *p.questions_to_ask]
    parts += [t for a in p.alternatives for t in (a.name, a.text)]
    for question in p.quiz:
        parts += [question.question, *(c.text for c in question.choices), question.explanation]
    return parts


def _as_sentence(text: str) -> str:
    """Headings and list items count as sentences of their own, as a reader meets them."""
    text = " ".join(text.split())
    return text if text.endswith((".", "?", "!", ":")) else f"{text}."


def reading_report(item: Procedure | Condition | Guide) -> ReadingReport:
    """The reading score of all the patient text in `item`, in the item's language."""
    return text_report(item.id, item.language, patient_text(item))


def words_text(
    terms: list[GlossaryTerm], diagrams: list[DiagramText], headings: list[str] | None = None
) -> list[str]:
    """What a patient reads of glossary words, diagrams and headings: the words, definitions,
    titles, descriptions and call-out labels (each label read as a sentence of its own)."""
    parts = [*(headings or []), *(t for term in terms for t in (term.term, term.definition))]
    for words in diagrams:
        parts += [words.title, words.description, *words.labels.values()]
    return [_as_sentence(_MARKUP.sub("", p)) for p in parts if p and p.strip()]


def text_report(name: str, language: str, texts: list[str]) -> ReadingReport:
    """The reading score of `texts` (one file's patient text) in `language`."""
    import textstat  # type: ignore[import-untyped]  # authoring tool, imported on demand

    text = " ".join(texts)
    spanish = language == "es"
    textstat.set_lang("es" if spanish else "en_US")  # syllables are counted per language
    score = textstat.szigriszt_pazos(text) if spanish else textstat.flesch_kincaid_grade(text)
    return ReadingReport(
        name,
        language,
        round(float(score), 1),
        int(textstat.lexicon_count(text)),
        int(textstat.sentence_count(text)),
    )
