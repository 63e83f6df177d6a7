"""What the staff "About this device" panel shows, worked out without Qt (and testable so)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ipm_viewer import __version__
from ipm_viewer.clinic import Clinic
from ipm_viewer.content.library import ContentPack, LanguageContent, Library
from ipm_viewer.content.model import Review

PENDING_PREFIX = "pending"  # reviewed_by: "Pending clinical review" until a clinician signs off


@dataclass(frozen=True, slots=True)
class ReviewStatus:
    """How many content files a clinician has signed off, and how many are due again."""

    total: int
    signed_off: int
    overdue: int


@dataclass(frozen=True, slots=True)
class DeviceReport:
    """The facts staff check on a device: versions, signatures, review, settings in use."""

    app_version: str
    content_packs: tuple[ContentPack, ...]
    signed_content_required: bool
    trusted_key_count: int
    review: ReviewStatus
    clinic_file: str | None
    packs_dir: str
    problem_count: int


def review_status(content: LanguageContent, today: dt.date) -> ReviewStatus:
    reviews: list[Review] = [
        *(p.review for p in content.procedures.values()),
        *(c.review for c in content.conditions.values()),
        *(g.review for g in content.guides.values()),
    ]
    signed_off = sum(
        1
        for r in reviews
        if r.reviewed_by.strip() and not r.reviewed_by.strip().lower().startswith(PENDING_PREFIX)
    )
    overdue = sum(1 for r in reviews if r.next_review < today)
    return ReviewStatus(len(reviews), signed_off, overdue)


def device_report(
    clinic: Clinic,
    library: Library,
    language: str,
    *,
    kiosk: bool,
    today: dt.date | None = None,
) -> DeviceReport:
    """The report for the content this window shows (`kiosk`: how it was started)."""
    return DeviceReport(
        app_version=__version__,
        content_packs=tuple(library.content_packs),
        signed_content_required=clinic.requires_signed_content(kiosk=kiosk),
        trusted_key_count=len(clinic.settings.trusted_keys),
        review=review_status(library.language(language), today or dt.date.today()),
        clinic_file=str(clinic.path) if clinic.path else None,
        packs_dir=str(clinic.packs_dir),
        problem_count=len(library.problems),
    )
