"""The clinic's own settings file (`clinic.yaml`), loaded and checked like content."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ipm_viewer import paths
from ipm_viewer.content.load import display_path, read_file
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
    return clinic
