"""Find medical words in patient text that the glossary does not explain.

A word counts as medical when it has a typical medical ending (spondyl-osis, radicul-opathy,
fluoro-scopy...) or is on a short list of common terms without one. It is explained when it is
part of a glossary term or one of the term's other forms, allowing plurals and simple endings.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from ipm_viewer.content.model import Condition, GlossaryTerm, Guide
from ipm_viewer.content.procedure_model import Procedure
from ipm_viewer.content.schema import schema_fields

_ENDINGS = (
    "itis",
    "osis",
    "opathy",
    "pathy",
    "algia",
    "ectomy",
    "otomy",
    "plasty",
    "scopy",
    "graphy",
    "esthesia",
    "esthetic",
    "emia",
    "ectasis",
    "oma",
    "lysis",
    "plegia",
    "paresis",
    "trophy",
    "ganglion",
    "ganglia",
    "foramen",
    "foramina",
    "steroid",
    "steroids",
)
_TERMS = {
    "epidural",
    "intrathecal",
    "dura",
    "dural",
    "facet",
    "lamina",
    "laminae",
    "vertebra",
    "vertebrae",
    "vertebral",
    "sacrum",
    "sacral",
    "coccyx",
    "pedicle",
    "radicular",
    "ablation",
    "fluoroscopy",
    "contrast",
    "sedation",
    "anticoagulant",
    "antiplatelet",
    "hematoma",
    "neuropathic",
    "neuritis",
    "interlaminar",
    "transforaminal",
    "caudal",
    "genicular",
    "occipital",
    "stellate",
    "sympathetic",
    "paravertebral",
    "intercostal",
    "pneumothorax",
    "kyphoplasty",
    "vertebroplasty",
    "corticosteroid",
    "cauda",
    "equina",
    "medial",
    "ramus",
    "rami",
    "radiofrequency",
    "neurotomy",
    "rhizotomy",
    "placebo",
    "sham",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
_SKIP_FIELDS = {
    "id",
    "category",
    "treats",
    "body_regions",
    "sources",
    "source",
    "phase",
    "severity",
    "terms",
    "diagram",
    "review",
    "frequency",
    "language",
    "origin",
}


def is_medical(word: str) -> bool:
    lower = word.lower()
    return lower in _TERMS or any(lower.endswith(e) and len(lower) > len(e) + 2 for e in _ENDINGS)


def explained_words(glossary: dict[str, GlossaryTerm]) -> set[str]:
    """Every word of every glossary term and form, with simple inflections."""
    words: set[str] = set()
    for term in glossary.values():
        for form in (term.term, *term.also):
            for word in _WORD.findall(form):
                words |= _forms(word.lower())
    return words


def _forms(word: str) -> set[str]:
    forms = {word, word + "s", word + "es"}
    for ending in ("s", "es", "al", "ic"):
        if word.endswith(ending):
            forms.add(word[: -len(ending)])
    if word.endswith("a"):
        forms.add(word + "e")  # vertebra -> vertebrae
    return forms


def text_fields(
    item: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every patient-facing text in a content object, with its path in the file."""
    if isinstance(item, str):
        yield path, item
    elif isinstance(item, list):
        for index, value in enumerate(item):
            yield from text_fields(value, (*path, index))
    elif dataclasses.is_dataclass(item):
        for f in schema_fields(type(item)):
            if f.name not in _SKIP_FIELDS:
                yield from text_fields(getattr(item, f.name), (*path, f.name))


def unexplained(
    item: Procedure | Condition | Guide, explained: set[str]
) -> list[tuple[tuple[str | int, ...], str]]:
    """(path, word) for each medical word used without a glossary entry, once per word."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    seen: set[str] = set()
    for path, text in text_fields(item):
        for word in _WORD.findall(text):
            lower = word.lower().strip("-")
            if lower in seen or lower in explained or not is_medical(lower):
                continue
            seen.add(lower)
            found.append((path, word))
    return found
