"""A translation that lacks an item shows it from English, marked, and reports no problem twice."""

from __future__ import annotations

from pathlib import Path

from ipm_viewer.content.catalog import load_content


def _spanish_procedure_only(content: Path) -> None:
    """A Spanish folder with one translated procedure and nothing else."""
    english = (content / "en/procedures/test-injection.yaml").read_text(encoding="utf-8")
    spanish = english.replace("title: Test injection", "title: Inyección de prueba")
    (content / "es/procedures").mkdir(parents=True)
    (content / "es/procedures/test-injection.yaml").write_text(spanish, encoding="utf-8")


def test_a_partial_translation_borrows_every_other_item_from_english(content_copy: Path) -> None:
    _spanish_procedure_only(content_copy)
    library = load_content([content_copy], include_bundled=False)
    assert library.problems.errors == []
    english, spanish = library.language("en"), library.language("es")
    assert spanish.procedures["test-injection"].title == "Inyección de prueba"
    assert spanish.procedures["test-injection"].language == "es"
    assert not spanish.is_fallback("procedure", "test-injection")
    # Sources, terms, conditions, guides and categories come from English, marked as such.
    assert set(spanish.sources) == set(english.sources)
    assert set(spanish.glossary) == set(english.glossary)
    assert [c.id for c in spanish.categories] == [c.id for c in english.categories]
    assert spanish.conditions["test-pain"].language == "en"
    assert spanish.is_fallback("condition", "test-pain")
    assert spanish.is_fallback("guide", "test-guide")
    assert all(spanish.is_fallback("term", term) for term in english.glossary)


def test_an_english_only_clinic_procedure_appears_in_spanish(content_copy: Path) -> None:
    _spanish_procedure_only(content_copy)
    clinic = content_copy.parent / "clinic"
    (clinic / "en/procedures").mkdir(parents=True)
    text = (content_copy / "en/procedures/test-injection.yaml").read_text(encoding="utf-8")
    own = text.replace("id: test-injection", "id: clinic-injection").replace(
        "title: Test injection", "title: Our own injection"
    )
    (clinic / "en/procedures/clinic-injection.yaml").write_text(own, encoding="utf-8")
    library = load_content([content_copy, clinic], include_bundled=False)
    assert library.problems.errors == []
    spanish = library.language("es")
    assert spanish.procedures["clinic-injection"].title == "Our own injection"
    assert spanish.is_fallback("procedure", "clinic-injection")


def test_a_problem_in_a_borrowed_item_is_reported_once_at_the_english_file(
    content_copy: Path,
) -> None:
    _spanish_procedure_only(content_copy)
    guide = content_copy / "en/guides/test-guide.yaml"
    text = guide.read_text(encoding="utf-8")
    guide.write_text(text.replace("sources: [test-source]", "sources: [no-such-source]"), "utf-8")
    library = load_content([content_copy], include_bundled=False)
    unknown = [p for p in library.problems.errors if "no-such-source" in p.message]
    assert len(unknown) == 1
    assert unknown[0].position.path.endswith("en/guides/test-guide.yaml")
