"""The staff PIN: salted hashes, checked in constant time, weak PINs refused, file kept intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipm_viewer.cli import main
from ipm_viewer.clinic import ClinicFileError, load_clinic, write_pin_hash
from ipm_viewer.pin import PinError, check_new_pin, hash_pin, is_pin_hash, verify_pin


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("4826", iterations=1000), hash_pin("4826", iterations=1000)
    assert first != second  # a new salt each time
    assert "4826" not in first and is_pin_hash(first)
    assert verify_pin("4826", first) and verify_pin("4826", second)
    assert not verify_pin("4827", first)
    assert not verify_pin("4826", "garbage") and not verify_pin("4826", "")


@pytest.mark.parametrize("pin", ["123", "12a4", "1111", "1234", "9876", "0000000"])
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    with pytest.raises(PinError):
        check_new_pin(pin)


def test_set_pin_keeps_the_clinics_comments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clinic_file = tmp_path / "clinic.yaml"
    clinic_file.write_text("# Our clinic\nname: Hill Clinic\nkiosk:\n  idle_seconds: 90\n")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("4826\n"))
    assert main(["set-pin", "--clinic", str(clinic_file), "--pin-stdin"]) == 0
    text = clinic_file.read_text()
    assert text.startswith("# Our clinic\nname: Hill Clinic\nkiosk:\n  pin_hash: ")
    settings = load_clinic(clinic_file).settings
    assert settings.kiosk.idle_seconds == 90
    assert verify_pin("4826", settings.kiosk.pin_hash)
    write_pin_hash(clinic_file, hash_pin("5937", iterations=1000))  # replaced, not added twice
    assert clinic_file.read_text().count("pin_hash") == 1
    assert verify_pin("5937", load_clinic(clinic_file).settings.kiosk.pin_hash)


def test_set_pin_creates_the_file_when_missing(tmp_path: Path) -> None:
    clinic_file = tmp_path / "new" / "clinic.yaml"
    write_pin_hash(clinic_file, hash_pin("4826", iterations=1000))
    assert verify_pin("4826", load_clinic(clinic_file).settings.kiosk.pin_hash)


def test_set_pin_refuses_to_touch_a_broken_clinic_file(tmp_path: Path) -> None:
    clinic_file = tmp_path / "clinic.yaml"
    clinic_file.write_text("name: Hill\nphone: 5\n")
    with pytest.raises(ClinicFileError, match="fix the clinic file first"):
        write_pin_hash(clinic_file, hash_pin("4826", iterations=1000))
    assert clinic_file.read_text() == "name: Hill\nphone: 5\n"
