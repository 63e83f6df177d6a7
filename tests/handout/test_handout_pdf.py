"""The command line writes a handout a clinic can hand out: checked by reading the PDF back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from ipm_viewer import paths
from ipm_viewer.cli import main
from ipm_viewer.content.library import Library
from ipm_viewer.handout.document import fallback_note
from ipm_viewer.ui import risk_language
from tests.handout.conftest import (
    body_size,
    make_handout,
    page_text,
    page_texts,
    text_of,
)

LOGO_PIXELS = 256 * 256  # no picture in a handout may be larger than a small logo


@pytest.fixture(scope="module")
def every_procedure(
    qapp: object, bundled: Library, clinic_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, PdfReader]:
    """One PDF per bundled procedure, made once for the whole module."""
    folder = tmp_path_factory.mktemp("handouts")
    readers = {}
    for procedure_id in sorted(bundled.languages["en"].procedures):
        out = folder / f"{procedure_id}.pdf"
        assert make_handout(out, procedure_id, "--clinic", str(clinic_file), "--lang", "en_US") == 0
        readers[procedure_id] = PdfReader(out)
    return readers


def test_every_procedure_makes_a_one_to_four_page_pdf_with_its_facts(
    every_procedure: dict[str, PdfReader], bundled: Library
) -> None:
    QLocale.setDefault(QLocale("en_US"))
    content = bundled.languages["en"]
    for procedure_id, reader in every_procedure.items():
        procedure = content.procedures[procedure_id]
        assert 1 <= len(reader.pages) <= 4, (procedure_id, len(reader.pages))
        first = page_text(reader.pages[0])
        assert procedure.title in first, procedure_id
        assert "555-0100" in first, procedure_id
        assert "page 1 of" in first, procedure_id
        # No clinician has signed the bundled content off yet: paper must not say "reviewed".
        assert "awaiting clinical review" in first and "Content reviewed" not in first
        figures = [r.frequency for r in procedure.risks] + [b.frequency for b in procedure.benefits]
        numbered = [f for f in figures if not f.none_reliable] or figures
        phrase = risk_language.frequency_phrase(numbered[0])  # as the screen words it
        assert phrase in text_of(reader), (procedure_id, phrase)
        assert "shown in English" not in first  # en_US is English: no fall-back note


def test_a_count_of_none_prints_with_its_study_and_no_band(
    every_procedure: dict[str, PdfReader],
) -> None:
    text = " ".join(text_of(every_procedure["facet-joint-injection"]).split())
    bleeding = text[text.index("Bleeding near the spine") :]
    assert "None in 26,061 procedures" in bleeding[:60]  # the risk's name, then its figure
    assert (
        "A study counted 26,061 procedures and none led to it on the day of the shot." in bleeding
    )
    assert "That does not mean it can never happen." in bleeding
    assert not bleeding.split("happen.")[1].lstrip().startswith(("Very rare", "Rare"))


def test_every_page_has_the_footer_with_page_n_of_m(every_procedure: dict[str, PdfReader]) -> None:
    reader = every_procedure["epidural-steroid-injection"]
    total = len(reader.pages)
    for number, text in enumerate(page_texts(reader), start=1):
        assert f"page {number} of {total}" in text
        assert "This handout helps you learn. It does not replace your doctor's advice." in text


def test_fonts_are_embedded_and_the_title_is_set(
    every_procedure: dict[str, PdfReader], bundled: Library
) -> None:
    for procedure_id, reader in every_procedure.items():
        assert reader.metadata is not None
        assert reader.metadata.title == bundled.languages["en"].procedures[procedure_id].title
        assert reader.metadata.author == "Riverside Pain Clinic"
        for page in reader.pages:
            fonts = page["/Resources"]["/Font"]
            for font in fonts.values():
                font = font.get_object()
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant["/FontDescriptor"].get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_diagrams_are_vectors_not_pictures(every_procedure: dict[str, PdfReader]) -> None:
    for procedure_id, reader in every_procedure.items():
        for page in reader.pages:
            objects = page["/Resources"].get("/XObject", {})
            for name, item in objects.items():
                item = item.get_object()
                if item.get("/Subtype") == "/Image":
                    size = int(item["/Width"]) * int(item["/Height"])
                    assert size <= LOGO_PIXELS, (procedure_id, name, size)


def test_the_diagram_call_outs_are_text(every_procedure: dict[str, PdfReader]) -> None:
    text = text_of(every_procedure["epidural-steroid-injection"])
    assert "Bulging disc" in text  # a label of the first step's diagram, from the content


def test_a_visit_handout_has_a_cover_and_three_items_in_order(
    qapp: object, bundled: Library, clinic_file: Path, tmp_path: Path
) -> None:
    content = bundled.languages["en"]
    ids = ["medial-branch-block", "sciatica", "epidural-steroid-injection"]
    out = tmp_path / "visit.pdf"
    assert make_handout(out, *ids, "--clinic", str(clinic_file), "--lang", "en_US") == 0
    reader = PdfReader(out)
    pages = page_texts(reader)
    titles = [
        content.procedures[ids[0]].title,
        content.conditions[ids[1]].title,
        content.procedures[ids[2]].title,
    ]
    cover = pages[0]
    assert "Your visit" in cover
    assert [cover.index(t) for t in titles] == sorted(cover.index(t) for t in titles)
    starts = [next(i for i, p in enumerate(pages[1:], 1) if t in p[:400]) for t in titles]
    assert starts == sorted(starts) and len(set(starts)) == 3
    assert f"(page {starts[0] + 1})" in cover
    assert reader.metadata is not None and all(t in (reader.metadata.title or "") for t in titles)


def test_large_print_is_larger_and_longer(
    qapp: object, clinic_file: Path, tmp_path: Path, every_procedure: dict[str, PdfReader]
) -> None:
    out = tmp_path / "large.pdf"
    args = ("epidural-steroid-injection", "--clinic", str(clinic_file), "--lang", "en_US")
    assert make_handout(out, *args, "--large-print") == 0
    large = PdfReader(out)
    normal = every_procedure["epidural-steroid-injection"]
    assert body_size(normal) >= 12
    assert body_size(large) >= 16
    assert len(large.pages) > len(normal.pages)


def test_an_unknown_id_exits_1_naming_it(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert make_handout(out, "epidural-steroid-injection", "no-such-procedure") == 1
    assert "no-such-procedure" in capsys.readouterr().err
    assert not out.exists()


def test_a_procedure_with_no_translation_prints_in_english_with_a_note(
    qapp: object, tmp_path: Path
) -> None:
    """A clinic's own procedure, written in English only, in a Spanish handout."""
    own = tmp_path / "clinic-content" / "en" / "procedures"
    own.mkdir(parents=True)
    english = (paths.content_dir() / "en/procedures/medial-branch-block.yaml").read_text("utf-8")
    english = english.replace("id: medial-branch-block", "id: our-test-block", 1)
    english = english.replace("title: Medial branch block", "title: Our own test block", 1)
    (own / "our-test-block.yaml").write_text(english, encoding="utf-8")
    out = tmp_path / "es.pdf"
    content = str(tmp_path / "clinic-content")
    code = main(
        ["--content", content, "handout", "our-test-block", "--lang", "es", "--out", str(out)]
    )
    QLocale.setDefault(QLocale("en_US"))
    assert code == 0
    text = text_of(PdfReader(out))
    assert "Our own test block" in text
    note = fallback_note("es")
    assert note.split(".")[0] in text  # said in the handout's language


def test_the_command_works_without_a_display(tmp_path: Path, clinic_file: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    out = tmp_path / "headless.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ipm_viewer",
            "--clinic",
            str(clinic_file),
            "handout",
            "occipital-nerve-block",
            "--out",
            str(out),
            "--paper",
            "a4",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    assert "Occipital nerve block" in text_of(reader)


def test_a_folder_that_does_not_exist_exits_1(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "x.pdf"
    assert make_handout(out, "sciatica") == 1
    assert "no such folder" in capsys.readouterr().err
