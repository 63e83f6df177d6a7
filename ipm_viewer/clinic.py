"""The clinic's own settings file (`clinic.yaml`), loaded and checked like content."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ipm_viewer import paths
from ipm_viewer.content.model import ClinicSettings, Position
from ipm_viewer.content.problems import Problems


@dataclass
class Clinic:
    """Settings plus where they came from (relative paths in the file resolve against it)."""

    settings: ClinicSettings = field(default_factory=ClinicSettings)
    path: Path | None = None
    problems: Problems = field(default_factory=Problems)

    @property
    def content_dir(self) -> Path | None:
        if not self.settings.content_dir or self.path is None:
            return None
        return (self.path.parent / self.settings.content_dir).resolve()

    @property
    def packs_dir(self) -> Path:
        """Where installed content packs live: clinic.yaml's `packs_dir`, or the machine's."""
        if self.settings.packs_dir and self.path is not None:
            return (self.path.parent / self.settings.packs_dir).resolve()
        return paths.packs_dir()

    def requires_signed_content(self, *, kiosk: bool) -> bool:
        """The clinic's choice; unset, signed content is required in kiosk mode only."""
        chosen = self.settings.require_signed_content
        return kiosk if chosen is None else chosen

    @property
    def logo_path(self) -> Path | None:
        if not self.settings.logo or self.path is None:
            return None
        return (self.path.parent / self.settings.logo).resolve()


def load_clinic(path: Path | None = None) -> Clinic:
    """Load `path`, or the first clinic file found; neutral defaults when there is none.

    A broken file is reported and replaced by defaults, so the app still starts.
    """
    chosen = path or paths.find_clinic_file()
    if chosen is None:
        return Clinic()
    from ipm_viewer.content.load import display_path, read_file  # only with a clinic file

    problems = Problems()
    if not chosen.is_file():
        problems.error(Position(display_path(chosen), 1, 1), "clinic settings file does not exist")
        return Clinic(path=None, problems=problems)
    settings, _reader = read_file(chosen, ClinicSettings, problems)
    clinic = Clinic(settings or ClinicSettings(), chosen, problems)
    content_dir = clinic.content_dir
    if content_dir is not None and not content_dir.is_dir():
        problems.error(
            Position(display_path(chosen), 1, 1),
            f"content_dir '{clinic.settings.content_dir}' does not exist",
        )
    if clinic.settings.trusted_keys:
        from ipm_viewer.packs.signing import parse_trusted_keys  # only clinics that sign

        for message in parse_trusted_keys(clinic.settings.trusted_keys)[1]:
            problems.error(Position(display_path(chosen), 1, 1), f"trusted_keys: {message}")
    return clinic


class ClinicFileError(Exception):
    """The clinic file cannot be updated; the message says why."""


def write_pin_hash(path: Path, pin_hash: str) -> None:
    """Store `pin_hash` as `kiosk.pin_hash` in the clinic file, creating the file if needed.

    An existing `pin_hash:` line is replaced in place and a `kiosk:` block gains one, so the
    clinic's comments and layout survive; the result is read back and checked before it is kept.
    """
    from ipm_viewer.content.load import read_file

    original = path.read_text(encoding="utf-8") if path.exists() else ""
    if original:
        problems = Problems()
        read_file(path, ClinicSettings, problems)
        if problems.errors:
            raise ClinicFileError(
                "fix the clinic file first:\n" + "\n".join(str(p) for p in problems.errors)
            )
    line = f'  pin_hash: "{pin_hash}"'
    if re.search(r"(?m)^\s+pin_hash:.*$", original):
        updated = re.sub(r"(?m)^\s+pin_hash:.*$", line, original, count=1)
    elif re.search(r"(?m)^kiosk:\s*$", original):
        updated = re.sub(r"(?m)^kiosk:\s*$", "kiosk:\n" + line, original, count=1)
    elif re.search(r"(?m)^kiosk:", original):
        raise ClinicFileError(
            "write `kiosk:` as a block (one option per line) so the PIN can be added to it"
        )
    else:
        separator = "" if not original or original.endswith("\n") else "\n"
        updated = f"{original}{separator}kiosk:\n{line}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".yaml.tmp")
    temporary.write_text(updated, encoding="utf-8")
    problems = Problems()
    settings, _ = read_file(temporary, ClinicSettings, problems)
    if settings is None or settings.kiosk.pin_hash != pin_hash:
        temporary.unlink()
        raise ClinicFileError("could not add the PIN to the clinic file; nothing was changed")
    os.replace(temporary, path)
