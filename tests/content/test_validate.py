"""Cross-file checks: a wrong reference is reported where it was written, and good content stays."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.procedure_model import Frequency
from ipm_viewer.content.prose_numbers import number_differences, numbers_in
from ipm_viewer.content.validate import frequency_problems

PROCEDURE = "en/procedures/test-injection.yaml"


def replace(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def messages(root: Path) -> list[str]:
    library = load_content([root], include_bundled=False, today=dt.date(2026, 6, 1))
    return [
        f"{p.position.line}:{p.position.column}: {p.message}"
        for p in library.problems.sorted()
        if p.position.path.endswith(".yaml")
    ]


def test_fixture_content_is_clean(good_content: Path) -> None:
    library = load_content([good_content], include_bundled=False, today=dt.date(2026, 6, 1))
    assert [str(p) for p in library.problems] == []


def test_unknown_glossary_term_on_a_step(content_copy: Path) -> None:
    replace(content_copy, PROCEDURE, "terms: [needle]", "terms: [neddle]")
    assert messages(content_copy) == [
        "25:13: unknown glossary term 'neddle'; did you mean 'needle'?"
    ]


def test_unknown_diagram_and_bad_layer_ids(content_copy: Path) -> None:
    replace(
        content_copy,
        PROCEDURE,
        "{id: test-block, highlight: [bone]",
        "{id: test-blok, highlight: [bone]",
    )
    replace(
        content_copy,
        PROCEDURE,
        "show: [needle], highlight: [nerve]",
        "show: [nerve], highlight: [nerf]",
    )
    found = messages(content_copy)
    assert found == [
        "20:19: unknown diagram 'test-blok'; did you mean 'test-block'?"
        " (expected an SVG file of that name in resources/diagrams)",
        "26:38: 'nerve' is not an overlay layer of diagram 'test-block'",
        "26:58: diagram 'test-block' has no structure 'nerf'; did you mean 'nerve'?",
    ]


def test_label_without_anchor_or_text(content_copy: Path) -> None:
    replace(content_copy, "en/diagrams/test-block.yaml", "  needle: The needle\n", "")
    found = messages(content_copy)
    assert found == ["26:83: diagrams/test-block.yaml gives no label text for 'needle'"]


def test_figure_without_source_and_source_not_listed(content_copy: Path) -> None:
    replace(
        content_copy,
        PROCEDURE,
        "    source: test-source\n    period: in the first week",
        "    period: in the first week",
    )
    replace(
        content_copy,
        "en/sources.yaml",
        "sources:\n",
        "sources:\n  - {key: other, title: T, publisher: P, url: 'https://example.org', year: 2020}\n",
    )
    replace(
        content_copy,
        PROCEDURE,
        "    frequency: {low: 1, high: 10, per: 10000}\n    source: test-source",
        "    frequency: {low: 1, high: 10, per: 10000}\n    source: other",
    )
    found = messages(content_copy)
    assert (
        "31:5: 'soreness' gives a figure without a source; add `source:` or set `none_reliable: true`"
        in found
    )
    assert "43:13: source 'other' is cited but missing from this file's `sources:` list" in found


def test_dangling_condition_category_and_region(content_copy: Path) -> None:
    replace(content_copy, PROCEDURE, "treats: [test-pain]", "treats: [test-pian]")
    replace(content_copy, PROCEDURE, "category: test-injections", "category: injections")
    replace(content_copy, PROCEDURE, "body_regions: [lower-back]", "body_regions: [low-back]")
    found = messages(content_copy)
    assert "3:11: unknown category 'injections'; did you mean 'test-injections'?" in found
    assert "7:10: unknown condition 'test-pian'; did you mean 'test-pain'?" in found
    assert "8:16: unknown body region 'low-back'; did you mean 'lower-back'?" in found


def test_steps_out_of_phase_order(content_copy: Path) -> None:
    replace(content_copy, PROCEDURE, "  - phase: recovery", "  - phase: before")
    found = messages(content_copy)
    assert any("step 3 is 'before' but comes after a 'during' step" in m for m in found)


def test_review_due_is_a_warning_not_an_error(content_copy: Path) -> None:
    replace(content_copy, PROCEDURE, "next_review: 2099-01-01", "next_review: 2026-02-01")
    library = load_content([content_copy], include_bundled=False, today=dt.date(2026, 6, 1))
    assert library.problems.errors == []
    assert [p.message for p in library.problems.warnings] == [
        "clinical review was due on 2026-02-01"
    ]


def test_quiz_needs_exactly_one_correct_answer(content_copy: Path) -> None:
    replace(
        content_copy,
        PROCEDURE,
        "      - text: You can drive yourself.\n",
        "      - text: You can drive yourself.\n        correct: true\n",
    )
    replace(
        content_copy,
        PROCEDURE,
        "      - text: Call the clinic.\n        correct: true\n",
        "      - text: Call the clinic.\n",
    )
    found = messages(content_copy)
    assert [m.split(": ", 1)[1] for m in found] == [
        "question 1 has 2 correct choices; expected exactly one",
        "question 2 has 0 correct choices; expected exactly one",
    ]


def test_a_broken_file_does_not_hide_the_good_ones(content_copy: Path) -> None:
    second = content_copy / "en/procedures/second-injection.yaml"
    shutil.copy(content_copy / PROCEDURE, second)
    replace(
        content_copy,
        "en/procedures/second-injection.yaml",
        "id: test-injection",
        "id: second-injection",
    )
    replace(content_copy, PROCEDURE, "driver_needed: true", "driver_needed: maybe")
    library = load_content([content_copy], include_bundled=False)
    assert list(library.language("en").procedures) == ["second-injection"]
    assert [p.position.line for p in library.problems.errors] == [14]


def test_translation_may_not_change_a_figure(content_copy: Path) -> None:
    shutil.copytree(content_copy / "en", content_copy / "es")
    replace(
        content_copy, "es/procedures/test-injection.yaml", "{n: 26, per: 1000}", "{n: 2, per: 1000}"
    )
    library = load_content([content_copy], include_bundled=False)
    assert [p.message for p in library.problems.errors] == [
        "'soreness' changes a figure or source of the en original; translations must keep figures identical"
    ]
    assert library.problems.errors[0].position.path.endswith("es/procedures/test-injection.yaml")


def test_translation_keeps_every_number_in_its_text(content_copy: Path) -> None:
    """A figure in running text is checked too: "100.4" written the Spanish way passes; a
    duration changed while rewording is reported in the translated file."""
    shutil.copytree(content_copy / "en", content_copy / "es")
    spanish = "es/procedures/test-injection.yaml"
    # Quoted: in a YAML flow list the decimal comma would split the item in two.
    replace(content_copy, spanish, "[A fever over 100.4 F]", '["Fiebre de más de 100,4 F"]')
    assert load_content([content_copy], include_bundled=False).problems.errors == []
    replace(content_copy, spanish, "duration: About 20 minutes", "duration: Unos 25 minutos")
    errors = load_content([content_copy], include_bundled=False).problems.errors
    assert [p.message for p in errors] == [
        "procedure 'test-injection' drops 20 and adds 25 compared with the numbers in the en"
        " text; a translation keeps every number, written as digits"
    ]
    assert errors[0].position.path.endswith(spanish)


def test_numbers_are_read_the_way_each_language_writes_them() -> None:
    english = numbers_in(["About 83 in 100,000 people; 5.1 in 1,000 at L5, in 6 to 8 weeks."], "en")
    spanish = numbers_in(
        ["Unas 83 de cada 100.000; 5,1 de cada 1000 en L5, en 6 a 8 semanas."], "es"
    )
    assert (
        english == spanish == Counter({"83": 1, "100000": 1, "5.1": 1, "1000": 1, "6": 1, "8": 1})
    )
    assert number_differences(["in 1 year"], "en", ["al año"], "es") == (["1"], [])


def test_frequency_shapes() -> None:
    assert frequency_problems(Frequency(n=5, per=1000)) == []
    assert frequency_problems(Frequency(low=1, high=5, per=1000)) == []
    assert frequency_problems(Frequency(none_reliable=True)) == []
    assert frequency_problems(Frequency(n=5)) == [
        "a figure needs `per:` (the denominator, e.g. 1000)"
    ]
    assert frequency_problems(Frequency(n=5, low=1, high=2, per=10)) != []
    assert frequency_problems(Frequency(low=5, high=1, per=10)) != []
    assert frequency_problems(Frequency(n=50, per=10)) == ["n (50) must be between 0 and per (10)"]
    assert frequency_problems(Frequency(none_reliable=True, n=1, per=2)) != []


def test_glossary_may_be_split_into_files_but_not_define_a_term_twice(content_copy: Path) -> None:
    extra = content_copy / "en/glossary"
    extra.mkdir()
    (extra / "more.yaml").write_text(
        "terms:\n  - {id: steroid, term: Steroid, definition: A medicine that calms swelling.}\n"
        "  - {id: needle, term: Needle, definition: A thin tube.}\n",
        encoding="utf-8",
    )
    library = load_content([content_copy], include_bundled=False)
    english = library.language("en")
    assert {"steroid", "needle", "test-word"} <= set(english.glossary)
    [problem] = library.problems.errors
    assert problem.position.path.endswith("en/glossary/more.yaml")
    assert (problem.position.line, problem.position.column) == (3, 10)
    assert problem.message.startswith("'needle' is defined twice (first at ")


def test_a_clinic_folder_may_override_a_term_and_a_procedure(
    content_copy: Path, tmp_path: Path
) -> None:
    clinic = tmp_path / "clinic" / "en"
    (clinic / "procedures").mkdir(parents=True)
    (clinic / "glossary.yaml").write_text(
        "terms:\n  - {id: needle, term: Needle, definition: Our clinic's words for a needle.}\n",
        encoding="utf-8",
    )
    text = (content_copy / PROCEDURE).read_text(encoding="utf-8")
    (clinic / "procedures/test-injection.yaml").write_text(
        text.replace("title: Test injection", "title: Our test injection"), encoding="utf-8"
    )
    library = load_content([content_copy, tmp_path / "clinic"], include_bundled=False)
    assert library.problems.errors == []
    english = library.language("en")
    assert english.glossary["needle"].definition == "Our clinic's words for a needle."
    assert english.procedures["test-injection"].title == "Our test injection"


def test_guides_load_in_order_and_need_content(content_copy: Path) -> None:
    library = load_content([content_copy], include_bundled=False)
    assert [g.id for g in library.language("en").guides_in_order()] == ["test-guide", "test-faq"]
    replace(
        content_copy,
        "en/guides/test-faq.yaml",
        "faq:\n  - question: Will it hurt?\n    answer: You may feel a short sting.\n",
        "",
    )
    assert messages(content_copy) == ["1:5: a guide needs `sections:` or `faq:`"]


def test_a_medical_word_without_a_glossary_entry_is_flagged(content_copy: Path) -> None:
    replace(
        content_copy,
        PROCEDURE,
        "text: You rest for the day.",
        "text: You rest for the day. Spondylosis and arthritis are common.",
    )
    library = load_content([content_copy], include_bundled=False, today=dt.date(2026, 6, 1))
    assert library.problems.errors == []
    warnings = [(p.position.line, p.message) for p in library.problems.warnings]
    assert warnings == [
        (29, "'Spondylosis' is a medical word with no glossary entry; add one, or say it plainly"),
        (29, "'arthritis' is a medical word with no glossary entry; add one, or say it plainly"),
    ]
    replace(
        content_copy,
        "en/glossary.yaml",
        "terms:\n",
        "terms:\n  - {id: arthritis, term: Arthritis, definition: Worn or swollen joints.}\n",
    )
    library = load_content([content_copy], include_bundled=False, today=dt.date(2026, 6, 1))
    assert [p.message.split("'")[1] for p in library.problems.warnings] == ["Spondylosis"]


def test_no_number_shapes() -> None:
    reason = "Only single cases have been reported."
    assert frequency_problems(Frequency(case_reports_only=True, reason=reason)) == []
    assert frequency_problems(Frequency(case_reports_only=True)) == [
        "`case_reports_only: true` needs `reason:` (why there is no number)"
    ]
    assert frequency_problems(Frequency(case_reports_only=True, reason=reason, n=1, per=10)) == [
        "`case_reports_only: true` cannot be combined with numbers"
    ]
    assert frequency_problems(
        Frequency(case_reports_only=True, none_reliable=True, reason=reason)
    ) == ["`case_reports_only` and `none_reliable` cannot be combined; choose one"]
    assert frequency_problems(Frequency(n=5, per=1000, reason=reason)) == [
        "`reason:` goes only with `none_reliable`, `case_reports_only` or a count of none (`n: 0`)"
    ]


def test_a_count_of_none_needs_a_large_study() -> None:
    study = "The shots were of many kinds."
    assert frequency_problems(Frequency(n=0, per=26061, reason=study)) == []
    assert frequency_problems(Frequency(n=0, per=26061)) == []
    assert frequency_problems(Frequency(n=0, per=116, reason=study)) == [
        "a count of none (`n: 0`) needs a study of at least 1,000 (`per:`); for a smaller study"
        " use `none_reliable: true` and say so in `reason:`"
    ]


def test_a_benefit_no_one_got_is_an_error(content_copy: Path) -> None:
    replace(
        content_copy,
        PROCEDURE,
        "    frequency: {n: 50, per: 100}",
        "    frequency: {n: 0, per: 1000}",
    )
    assert messages(content_copy) == [
        "56:16: 'relief' is a benefit no one got (`n: 0`); leave it out, or give it"
        " `none_reliable: true` with a `plain_answer:`"
    ]


def test_a_cited_source_needs_its_quote_and_locator(content_copy: Path) -> None:
    replace(content_copy, "en/sources.yaml", "    locator: Table 2\n", "")
    replace(
        content_copy,
        "en/sources.yaml",
        "    quote: Soreness was reported after 26 of 1,000 injections.\n",
        f"    quote: {'x' * 301}\n",
    )
    assert messages(content_copy) == [
        "2:5: source 'test-source' backs a figure (test-injection/soreness) but has no"
        " `locator:` (page, table or section)",
        "8:12: source 'test-source' quote is 301 characters; keep it to 300"
        " (the one sentence or table row with the figure)",
    ]
    replace(content_copy, "en/sources.yaml", f"    quote: {'x' * 301}\n", "")
    assert messages(content_copy)[0] == (
        "2:5: source 'test-source' backs a figure (test-injection/soreness) but has no"
        " `quote:` (the sentence or table row the figure comes from, in its words)"
    )


def test_case_reports_need_a_source_and_a_reason(content_copy: Path) -> None:
    replace(
        content_copy,
        PROCEDURE,
        "    frequency: {none_reliable: true, reason: No study has counted it.}",
        "    frequency: {case_reports_only: true}",
    )
    assert messages(content_copy) == [
        "47:5: 'nerve-damage' is marked `case_reports_only` without a source; add `source:`"
        " (where the cases are reported)",
        "50:16: `case_reports_only: true` needs `reason:` (why there is no number)",
    ]


def test_a_benefit_with_no_number_needs_its_plain_answer(content_copy: Path) -> None:
    replace(content_copy, PROCEDURE, '    plain_answer: "Pain a year later: not known"\n', "")
    replace(
        content_copy,
        PROCEDURE,
        "{none_reliable: true, reason: No study has counted it.}",
        "{none_reliable: true}",
    )
    assert messages(content_copy) == [
        "50:16: 'nerve-damage' has no reliable number; add `reason:` (why, in plain words)",
        "59:5: 'long-term' has no reliable number; add `plain_answer:` (what the card leads"
        " with, e.g. 'Leg pain: a little better for a few weeks, on average')",
    ]


def test_translation_may_change_the_reason_but_not_what_is_counted(content_copy: Path) -> None:
    shutil.copytree(content_copy / "en", content_copy / "es")
    spanish = "es/procedures/test-injection.yaml"
    replace(content_copy, spanish, "reason: No study has counted it.", "reason: Ningún estudio.")
    library = load_content([content_copy], include_bundled=False)
    assert library.problems.errors == []
    replace(content_copy, spanish, "{n: 26, per: 1000}", "{n: 26, per: 1000, counts: procedure}")
    replace(content_copy, "es/sources.yaml", "    locator: Table 2", "    locator: Tabla 2")
    library = load_content([content_copy], include_bundled=False)
    assert sorted(p.message for p in library.problems.errors) == [
        "'soreness' changes a figure or source of the en original; translations must keep figures"
        " identical",
        "source 'test-source' changes the `locator:` of the en original; it is the source's own"
        " words and must stay as written",
    ]
