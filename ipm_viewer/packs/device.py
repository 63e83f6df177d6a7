"""This device's clinic content: which folders to load and which signatures to trust."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ipm_viewer.clinic import Clinic
from ipm_viewer.packs.state import read_state

if TYPE_CHECKING:
    from ipm_viewer.packs.trust import ContentTrust


def clinic_content_roots(clinic: Clinic) -> list[Path]:
    """The installed pack (if any), then clinic.yaml's `content_dir` (if set), in overlay order."""
    installed = read_state(clinic.packs_dir).current
    roots = [installed] if installed is not None else []
    if clinic.content_dir is not None:
        roots.append(clinic.content_dir)
    return roots


def content_trust(clinic: Clinic, *, kiosk: bool) -> ContentTrust:
    """The clinic's trusted keys (bad entries are reported when clinic.yaml is read)."""
    # Only a device with clinic content gets here: the others never import the pack checks.
    from ipm_viewer.packs.trust import ContentTrust

    required = clinic.requires_signed_content(kiosk=kiosk)
    if not clinic.settings.trusted_keys:
        return ContentTrust((), required)
    from ipm_viewer.packs.signing import parse_trusted_keys  # only clinics that sign

    keys, _bad = parse_trusted_keys(clinic.settings.trusted_keys)
    return ContentTrust(tuple(keys), required)
