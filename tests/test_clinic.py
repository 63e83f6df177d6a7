"""The clinic's settings file: found, validated like content, and never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipm_viewer import paths
from ipm_viewer.clinic import load_clinic


def test_no_clinic_file_gives_neutral_defaults() -> None:
    clinic = load_clinic()
    assert clinic.path is None
    assert clinic.settings.name == ""
    assert clinic.settings.phones.emergency == "911"
    assert len(clinic.problems) == 0


def test_clinic_file_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "extra").mkdir()
    clinic_file = tmp_path / "clinic.yaml"
    clinic_file.write_text(
        "name: Hill Clinic\nphones: {office: 555-0100, emergency: '112'}\ncontent_dir: extra\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(paths.CLINIC_FILE_ENV, str(clinic_file))
    clinic = load_clinic()
    assert clinic.settings.name == "Hill Clinic"
    assert clinic.settings.phones.emergency == "112"
    assert clinic.content_dir == (tmp_path / "extra").resolve()
    assert len(clinic.problems) == 0


def test_per_user_config_folder_is_searched(tmp_path: Path) -> None:
    config = Path.home() / ".config" / "ipm-viewer"
    config.mkdir(parents=True)
    (config / "clinic.yaml").write_text("name: Valley Clinic\n", encoding="utf-8")
    assert load_clinic().settings.name == "Valley Clinic"


def test_broken_clinic_file_is_reported_and_defaults_used(tmp_path: Path) -> None:
    clinic_file = tmp_path / "clinic.yaml"
    clinic_file.write_text(
        "name: Hill Clinic\nphone: 555\ncontent_dir: missing\n", encoding="utf-8"
    )
    clinic = load_clinic(clinic_file)
    messages = [p.message for p in clinic.problems]
    assert messages[0].startswith("unknown key 'phone' in clinicsettings; did you mean 'phones'?")
    assert clinic.settings.name == ""  # the whole file is rejected rather than half-applied
    assert [p.position.line for p in clinic.problems] == [2]


def test_missing_content_dir_is_an_error(tmp_path: Path) -> None:
    clinic_file = tmp_path / "clinic.yaml"
    clinic_file.write_text("name: Hill Clinic\ncontent_dir: missing\n", encoding="utf-8")
    clinic = load_clinic(clinic_file)
    assert [p.message for p in clinic.problems] == ["content_dir 'missing' does not exist"]
