"""The command line as authors and CI use it: validate and schema."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ipm_viewer.cli import main


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ipm_viewer", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_validate_the_bundled_content_exits_zero() -> None:
    result = run_cli("validate", "--quiet")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "0 errors" in result.stderr


def test_validate_a_broken_folder_names_file_line_and_column(content_copy: Path) -> None:
    path = content_copy / "en/procedures/test-injection.yaml"
    path.write_text(path.read_text().replace("title: Test injection", "titel: Test injection"))
    result = run_cli("validate", str(content_copy), cwd=content_copy.parent)
    assert result.returncode == 1
    assert (
        "content/en/procedures/test-injection.yaml:2:1: error: unknown key 'titel' in procedure;"
        " did you mean 'title'?" in result.stdout
    )


def test_validate_a_missing_folder_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "nope")]) == 1
    assert "content folder does not exist" in capsys.readouterr().out


def test_schema_prints_json_and_writes_one_file_per_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "steps" in schema["required"]
    assert main(["schema", "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert "procedure.schema.json" in written and "clinic.schema.json" in written


def test_report_lists_reading_grades_and_fails_hard_text(content_copy: Path) -> None:
    result = run_cli("validate", "--report", str(content_copy), cwd=content_copy.parent)
    assert "test-injection" in result.stdout and "grade" in result.stdout
    path = content_copy / "en/procedures/test-injection.yaml"
    hard = (
        "Interventional neuromodulatory methodologies notwithstanding, "
        "radiofrequency neurotomy necessitates electrophysiological confirmation."
    )
    path.write_text(path.read_text().replace("You rest for the day.", hard * 12))
    result = run_cli("validate", "--report", str(content_copy), cwd=content_copy.parent)
    assert result.returncode == 1
    assert any(
        line.startswith("test-injection") and line.endswith("too hard")
        for line in result.stdout.splitlines()
    )


def test_report_scores_spanish_files_on_the_inflesz_scale(content_copy: Path) -> None:
    (content_copy / "es/conditions").mkdir(parents=True)
    condition = (content_copy / "en/conditions/test-pain.yaml").read_text(encoding="utf-8")
    spanish = condition.replace("title: Test pain", "title: Dolor de prueba").replace(
        "explanation: It exists only in the tests.",
        "explanation: Usted lo ve solo en las pruebas. No es un dolor de verdad.",
    )
    (content_copy / "es/conditions/test-pain.yaml").write_text(spanish, encoding="utf-8")
    (content_copy / "es/diagrams").mkdir()
    (content_copy / "es/diagrams/test-block.yaml").write_text(
        "id: test-block\ntitle: Un bloque de prueba\ndescription: Un hueso, un nervio y una aguja."
        "\nlabels:\n  bone: El hueso\n  nerve: El nervio\n  needle: La aguja\n",
        encoding="utf-8",
    )
    result = run_cli("validate", "--report", str(content_copy), cwd=content_copy.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    tables = result.stdout.split("(es)")
    assert len(tables) == 2 and "INFLESZ" in tables[0].splitlines()[-1]
    spanish_rows = [line.split() for line in tables[1].splitlines() if line.strip()]
    # Every file Spanish wrote itself is scored there, diagram words too; borrowed English
    # items (the procedure, the guides, the glossary) are not.
    scored = {row[0] for row in spanish_rows}
    assert {"test-pain", "diagrams/test-block"} <= scored
    assert not {"test-injection", "test-faq", "test-guide"} & scored


def test_figures_writes_one_csv_row_per_figure_and_prints_coverage(tmp_path: Path) -> None:
    out = tmp_path / "figures.csv"
    result = run_cli("figures", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as lines:
        rows = list(csv.DictReader(lines))
    steroid = next(r for r in rows if r["id"] == "steroid-in-joint")
    assert steroid["procedure"] == "facet-joint-injection"
    assert steroid["phrase"] == "About 42 in 100 people"
    assert steroid["source"] == "carette-1991"
    assert steroid["quote"] and steroid["locator"]
    assert result.stderr.splitlines()[-1].split()[0] == "library"


def _start_until_first_frame(
    tmp_path: Path, arguments: list[str]
) -> subprocess.CompletedProcess[str]:
    """Python with `arguments`, starting the app offscreen with fresh settings and cache; the
    app prints a line and quits after its first frame (IPM_VIEWER_FIRST_FRAME)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "IPM_VIEWER_FIRST_FRAME": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    return subprocess.run(
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=60,
    )


def test_the_app_reports_its_first_frame_for_start_up_benchmarks(tmp_path: Path) -> None:
    result = _start_until_first_frame(tmp_path, ["-m", "ipm_viewer"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["first frame painted"]  # then it quit by itself


def test_start_up_makes_no_python_class_for_widgets_it_does_not_use(tmp_path: Path) -> None:
    # PySide makes a widget's Python class when it is first needed. Asking Qt for a widget it
    # made (a scroll area's viewport) has it try every QWidget subclass, making ~60 classes
    # and their enums: 8-10 ms of start-up. None of these is on the home screen.
    unused = ("QCalendarWidget", "QWizard", "QMdiArea", "QTreeWidget", "QFontDialog")
    script = (
        "import sys\n"
        "import PySide6.QtWidgets as widgets\n"
        "from ipm_viewer.cli import main\n"
        "code = main([])\n"
        f"made = [n for n in {unused!r} if isinstance(vars(widgets).get(n), type)]\n"
        "print('made:', ' '.join(made))\n"
        "sys.exit(code)\n"
    )
    result = _start_until_first_frame(tmp_path, ["-c", script])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["first frame painted", "made: "]


def test_start_up_leaves_what_the_first_frame_does_not_need_until_it_is_used(
    tmp_path: Path,
) -> None:
    # Each costs 1-4 ms of start-up: the diagram parser and checker, OpenSSL (through hashlib), the search
    # engine, the staff PIN check, the pack checks and the glossary links; a procedure's model
    # types cost ~10 ms (frozen dataclasses), and the home screen reads only listings.
    later = (
        "ipm_viewer.content.readability",
        "ipm_viewer.content.procedure_model",
        "xml.etree.ElementTree",
        "ipm_viewer.diagrams.svg_check",  # and its XML parser: the cache holds what it found
        "hashlib",
        "ipm_viewer.content.search",
        "ipm_viewer.pin",
        "ipm_viewer.packs.trust",
        "ipm_viewer.ui.rich_text",
    )
    # PySide builds a Qt class, and every enum in it, when Python first names the class: QStyle
    # has ~600 enum members (~5 ms), QMessageBox ~50.
    qt_later = ("QStyle", "QMessageBox")
    script = (
        "import sys\n"
        "from ipm_viewer.cli import main\n"
        "import gc\n"
        "code = main([])\n"
        f"print('imported:', ' '.join(n for n in {later!r} if n in sys.modules))\n"
        "from PySide6 import QtWidgets\n"
        f"print('Qt classes:', ' '.join(n for n in {qt_later!r} if n in vars(QtWidgets)))\n"
        "print('cycle collector on:', gc.isenabled())\n"
        "sys.exit(code)\n"
    )
    first = _start_until_first_frame(tmp_path, ["-c", script])  # reads the YAML, fills the cache
    assert first.returncode == 0, first.stderr
    result = _start_until_first_frame(tmp_path, ["-c", script])  # as every later start-up
    assert result.returncode == 0, result.stderr
    # Start-up runs without the cycle collector (it freed next to nothing), then turns it back on.
    assert result.stdout.splitlines() == [
        "first frame painted",
        "imported: ",
        "Qt classes: ",
        "cycle collector on: True",
    ]
