"""Search: synonyms, symptoms, typos, accents, ranking and snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.search import SearchIndex, fold


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(load_content().language("en"))


def ids(index: SearchIndex, query: str, n: int = 3) -> list[str]:
    return [f"{h.kind}:{h.item_id}" for h in index.search(query)[:n]]


def test_a_title_match_ranks_first(index: SearchIndex) -> None:
    assert ids(index, "kyphoplasty")[0] == "procedure:kyphoplasty"
    assert ids(index, "medial branch block")[0] == "procedure:medial-branch-block"


def test_other_names_and_abbreviations(index: SearchIndex) -> None:
    assert ids(index, "ESI")[0] == "procedure:epidural-steroid-injection"
    assert "procedure:radiofrequency-ablation" in ids(index, "rhizotomy", 5)


@pytest.mark.parametrize(
    ("typo", "expected"),
    [
        ("kyphoplasy", "procedure:kyphoplasty"),
        ("epidurel", "procedure:epidural-steroid-injection"),
        ("vertebroplsaty", "procedure:vertebroplasty"),
    ],
)
def test_typos_are_forgiven(index: SearchIndex, typo: str, expected: str) -> None:
    assert ids(index, typo)[0] == expected


def test_a_symptom_in_everyday_words_finds_the_condition(index: SearchIndex) -> None:
    assert "condition:sciatica" in ids(index, "pain down my leg", 3)


def test_accents_and_case_do_not_matter(index: SearchIndex) -> None:
    assert fold("Epidurál CIÁTICA") == "epidural ciatica"
    assert ids(index, "EPIDÚRAL")[0] == ids(index, "epidural")[0]


def test_as_you_type_the_last_word_is_a_prefix(index: SearchIndex) -> None:
    assert ids(index, "kypho")[0] == "procedure:kyphoplasty"
    assert ids(index, "genicul")[0] == "procedure:genicular-nerve-block-and-ablation"


def test_every_word_must_match_somewhere(index: SearchIndex) -> None:
    assert index.search("knee xylophone") == []
    assert index.search("") == [] and index.search("   ") == []


def test_snippets_mark_the_matching_words(index: SearchIndex) -> None:
    hit = index.search("blood thinner")[0]
    marked = {w.strip("*.,;:()").lower() for w in hit.snippet.split() if w.startswith("**")}
    assert "blood" in marked


def test_a_passing_mention_ranks_below_a_title(good_content: Path) -> None:
    english = load_content([good_content], include_bundled=False).language("en")
    index = SearchIndex.build(english)
    hits = index.search("needle")
    assert [h.kind for h in hits][:1] == ["term"]  # the glossary word "Needle" is a title match
    assert hits[0].score > hits[-1].score


def test_spanish_titles_and_other_names_are_found_without_accents(content_copy: Path) -> None:
    english = (content_copy / "en/procedures/test-injection.yaml").read_text(encoding="utf-8")
    spanish = english.replace("title: Test injection", "title: Inyección epidural de prueba")
    spanish = spanish.replace("other_names: [Zebra shot]", "other_names: [Bloqueo facetario]")
    (content_copy / "es/procedures").mkdir(parents=True)
    (content_copy / "es/procedures/test-injection.yaml").write_text(spanish, encoding="utf-8")
    index = SearchIndex.build(load_content([content_copy], include_bundled=False).language("es"))
    assert ids(index, "inyeccion epidural")[0] == "procedure:test-injection"
    assert ids(index, "bloqueo facetario")[0] == "procedure:test-injection"
    # Spanish little words do not have to match.
    assert ids(index, "la inyeccion de ")[0] == "procedure:test-injection"


def test_the_bundled_spanish_library_is_searched_in_a_patients_words() -> None:
    """What a Spanish reader types, with or without accents, finds the Spanish item first."""
    index = SearchIndex.build(load_content().language("es"))
    assert ids(index, "inyeccion epidural")[0] == "procedure:epidural-steroid-injection"
    assert ids(index, "cifoplastia")[0] == "procedure:kyphoplasty"
    assert ids(index, "bloqueo de la rama medial")[0] == "procedure:medial-branch-block"
    assert "condition:sciatica" in ids(index, "ciatica", 3)
    assert "condition:herniated-disc" in ids(index, "dolor que corre por la pierna", 5)
