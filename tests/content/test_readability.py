"""Reading grade: what is measured, and that hard text is caught."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.readability import (
    MAX_GRADE,
    MIN_INFLESZ,
    patient_text,
    reading_report,
)


def test_patient_text_leaves_out_ids_and_markup(good_content: Path) -> None:
    library = load_content([good_content], include_bundled=False, today=dt.date(2026, 6, 1))
    procedure = library.language("en").procedures["test-injection"]
    text = patient_text(procedure)
    assert "The doctor puts a small needle near the nerve." in text  # *small* lost its stars
    assert "Getting ready." in text  # a title counts as a sentence of its own
    assert not any("test-source" in t or "test-injection" in t for t in text)


def test_plain_text_passes_and_dense_text_fails(good_content: Path, content_copy: Path) -> None:
    library = load_content([good_content], include_bundled=False)
    assert not reading_report(library.language("en").procedures["test-injection"]).too_hard
    path = content_copy / "en/procedures/test-injection.yaml"
    dense = (
        "Fluoroscopically guided transforaminal administration of particulate corticosteroid "
        "preparations necessitates meticulous consideration of radiculomedullary arterial "
        "anatomy, considering catastrophic neurological complications documented "
        "internationally, notwithstanding comparatively infrequent occurrence."
    )
    text = path.read_text(encoding="utf-8")
    for sentence in (
        "You stop eating at midnight.",
        "The doctor guides the needle.",
        "You rest for the day.",
    ):
        text = text.replace(sentence, dense)
    path.write_text(text, encoding="utf-8")
    hard = load_content([content_copy], include_bundled=False).language("en")
    report = reading_report(hard.procedures["test-injection"])
    assert report.score > MAX_GRADE and report.too_hard


def _spanish_condition(content: Path, explanation: str) -> None:
    (content / "es/conditions").mkdir(parents=True)
    (content / "es/conditions/test-pain.yaml").write_text(
        "id: test-pain\n"
        "title: Dolor de prueba\n"
        "summary: Un dolor que usan las pruebas.\n"
        f"explanation: {explanation}\n"
        "body_regions: [lower-back]\n"
        "review: {reviewed_on: 2026-01-01, next_review: 2099-01-01}\n",
        encoding="utf-8",
    )


def test_spanish_is_scored_on_the_inflesz_scale(content_copy: Path) -> None:
    _spanish_condition(
        content_copy,
        "Usted se acuesta en la mesa. El médico limpia su piel. Luego pone la aguja. "
        "Puede sentir un pinchazo. Después descansa un rato y se va a casa.",
    )
    library = load_content([content_copy], include_bundled=False)
    plain = reading_report(library.language("es").conditions["test-pain"])
    assert (plain.measure, plain.too_hard) == ("INFLESZ", False)
    assert plain.score >= MIN_INFLESZ
    dense = (
        "La administración transforaminal fluoroscópicamente guiada de preparaciones "
        "corticosteroideas particuladas requiere consideración meticulosa de la anatomía "
        "arterial radiculomedular, considerando complicaciones neurológicas catastróficas."
    )
    (content_copy / "es").rename(content_copy.parent / "old-es")
    _spanish_condition(content_copy, dense)
    library = load_content([content_copy], include_bundled=False)
    hard = reading_report(library.language("es").conditions["test-pain"])
    assert hard.score < MIN_INFLESZ and hard.too_hard
