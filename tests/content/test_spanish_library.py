"""The Spanish library: complete, marked for translation review, and one name for one thing.

Complete means a patient who chooses Español never meets an English item in the bundled library
(sources excepted: a paper's title and quote stay in the language it was published in).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.library import LanguageContent
from ipm_viewer.content.readability import patient_text

TERM_LIST = Path(__file__).parents[2] / "docs" / "translation-glossary.md"


def never_words(term_list: str) -> list[str]:
    """The third column of the term table: words a Spanish file must not use."""
    words = []
    for line in term_list.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[2] and cells[2] != "Never" and not set(cells[2]) <= {"-"}:
            words += [w.strip() for w in cells[2].split(",")]
    return words


def spanish_texts(content: LanguageContent) -> list[tuple[str, str]]:
    """(item, text) for everything a Spanish reader sees, except search synonyms."""
    found: list[tuple[str, str]] = []
    for kind, items in (
        ("procedure", content.procedures),
        ("condition", content.conditions),
        ("guide", content.guides),
    ):
        for item_id, item in items.items():
            if not content.is_fallback(kind, item_id):
                found += [(f"{kind}:{item_id}", text) for text in patient_text(item)]
    for term_id, term in content.glossary.items():
        if not content.is_fallback("term", term_id):
            found += [(f"term:{term_id}", term.term), (f"term:{term_id}", term.definition)]
    for diagram_id, words in content.diagram_texts.items():
        if not content.is_fallback("diagram", diagram_id):
            texts = [words.title, words.description, *words.labels.values()]
            found += [(f"diagram:{diagram_id}", text) for text in texts]
    return found


@pytest.fixture(scope="module")
def spanish() -> LanguageContent:
    content = load_content().languages.get("es")
    if content is None:
        pytest.fail("the bundled library has no Spanish content")
    return content


def test_every_item_of_the_library_is_in_spanish(spanish: LanguageContent) -> None:
    borrowed = sorted(key for key in spanish.fallbacks if not key.startswith("source:"))
    assert borrowed == [], "shown in English to a Spanish reader"


def test_every_spanish_file_awaits_a_medical_translators_review(spanish: LanguageContent) -> None:
    """Until a qualified medical translator signs a file off, it says so in its record."""
    reviews = {
        **{f"procedure:{k}": v.review for k, v in spanish.procedures.items()},
        **{f"condition:{k}": v.review for k, v in spanish.conditions.items()},
        **{f"guide:{k}": v.review for k, v in spanish.guides.items()},
    }
    signed = sorted(k for k, r in reviews.items() if r.reviewed_by != "Pending translation review")
    assert signed == [] and len(reviews) == 18 + 17 + 5


def test_the_term_list_has_words_to_check() -> None:
    words = never_words(TERM_LIST.read_text(encoding="utf-8"))
    assert "kifoplastia" in words and "Never" not in words and len(words) >= 10


def test_spanish_content_never_uses_the_words_the_term_list_rules_out(
    spanish: LanguageContent,
) -> None:
    words = never_words(TERM_LIST.read_text(encoding="utf-8"))
    patterns = {w: re.compile(rf"\b{re.escape(w.casefold())}\b") for w in words}
    wrong = [
        f"{where}: '{word}' ({text[:60]}...)"
        for where, text in spanish_texts(spanish)
        for word, pattern in patterns.items()
        if pattern.search(text.casefold())
    ]
    assert wrong == []
