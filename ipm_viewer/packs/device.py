"""This device's clinic content: which folders to load and which signatures to trust."""

from __future__ import annotations

from pathlib import Path

from ipm_viewer.clinic import Clinic
from ipm_viewer.packs.state import read_state
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
    required = clinic.requires_signed_content(kiosk=kiosk)
    if not clinic.settings.trusted_keys:
        return ContentTrust((), required)
    from ipm_viewer.packs.signing import parse_trusted_keys  # only clinics that sign

    keys, _bad = parse_trusted_keys(clinic.settings.trusted_keys)
    return ContentTrust(tuple(keys), required)
