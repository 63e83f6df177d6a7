"""The content model: with `procedure_model.py`, the one place the content schema is written down.

This module holds what the home screen, search and the clinic settings read; a procedure file's
own types (steps, risks, benefits, quiz...) are in `procedure_model.py`, which is imported when
the first procedure is read, not at start-up.

Every YAML file in `content/<lang>/` is read into these dataclasses by `load.py`; the JSON Schema
that authors' editors use (`ipm-viewer schema`) is derived from them by `schema.py`. A field with no
default is required. `doc(...)` attaches the description shown to authors.

Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Literal

Phase = Literal["before", "day-of", "during", "after", "recovery"]
Severity = Literal["mild", "moderate", "serious"]
Evidence = Literal["A", "B", "C"]
# What one "person" in a figure stands for: most figures count people, some count each shot,
# each spinal level treated or each nerve, and the wording must say so.
CountedUnit = Literal["person", "procedure", "level", "nerve"]

PHASES: tuple[Phase, ...] = ("before", "day-of", "during", "after", "recovery")


def doc(text: str, default: Any = None, *, factory: Any = None) -> Any:
    """A dataclass field carrying its author-facing description."""
    if factory is not None:
        return field(default_factory=factory, metadata={"doc": text})
    if default is _REQUIRED:
        return field(metadata={"doc": text})
    return field(default=default, metadata={"doc": text})


_REQUIRED: Any = object()


def required(text: str) -> Any:
    """A required dataclass field carrying its author-facing description."""
    return doc(text, _REQUIRED)


@dataclass(frozen=True, slots=True)
class Position:
    """Where a value came from, for messages: `path:line:column` (1-based)."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Review:
    """When a clinician last checked the file, and when it must be checked again."""

    reviewed_on: _dt.date = required("Date of the last clinical review (YYYY-MM-DD).")
    next_review: _dt.date = required("Date the next review is due (YYYY-MM-DD).")
    reviewed_by: str = doc("Who reviewed it (name and role).", "")


@dataclass(frozen=True, slots=True, kw_only=True)
class Condition:
    """A condition file: `content/<lang>/conditions/<id>.yaml`."""

    id: str = required("Lowercase words joined by hyphens.")
    title: str = required("The name a patient would use.")
    summary: str = required("One line: what it is.")
    explanation: str = required("A short plain explanation.")
    body_regions: list[str] = required("Ids of the body regions it affects.")
    review: Review = required("Clinical review record.")
    other_names: list[str] = doc("Other names and symptoms people search for.", factory=list)
    symptoms: list[str] = doc("What people with it notice.", factory=list)
    sources: list[str] = doc("Keys into sources.yaml.", factory=list)
    language: str = field(default="en", metadata={"internal": True})
    origin: Position | None = field(default=None, metadata={"internal": True}, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class GlossaryTerm:
    """A medical word and its plain meaning."""

    id: str = required("Lowercase words joined by hyphens, e.g. `epidural-space`.")
    term: str = required("The word as it appears in text.")
    definition: str = required("One or two plain sentences.")
    also: list[str] = doc("Other spellings or forms that should be marked too.", factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Glossary:
    """`content/<lang>/glossary.yaml`."""

    terms: list[GlossaryTerm] = required("Every medical word the content uses.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """A citation behind a figure."""

    key: str = required("Short key used by content files, e.g. `statpearls-esi`.")
    title: str = required("Title of the page, article or guideline.")
    publisher: str = required("Publisher, journal or organisation.")
    url: str = required("Where to read it.")
    year: int = required("Year published or last updated.")
    evidence: Evidence = doc("A guideline/review/RCT, B observational/major clinic, C other.", "B")
    quote: str = doc(
        "The sentence or table row a figure comes from, in the source's words (300 characters at"
        " most); required when a figure cites this source.",
        "",
    )
    locator: str = doc(
        "Where the quote is: page, table or section; required when a figure cites this source.", ""
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Sources:
    """`content/<lang>/sources.yaml`."""

    sources: list[Source] = required("Every source cited by the content.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Category:
    """A group of procedures on the home screen."""

    id: str = required("Lowercase words joined by hyphens.")
    title: str = required("Heading shown on the home screen.")
    description: str = doc("One line under the heading.", "")


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """A body region (for the body map and conditions)."""

    id: str = required("Lowercase words joined by hyphens, e.g. `lower-back`.")
    title: str = required("Name shown to patients.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Categories:
    """`content/<lang>/categories.yaml`: procedure groups and body regions, in display order."""

    categories: list[Category] = required("Procedure groups, in display order.")
    regions: list[Region] = doc("Body regions, in display order.", factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class DiagramText:
    """`content/<lang>/diagrams/<id>.yaml`: the words that go with one diagram."""

    id: str = required("Diagram file name without `.svg`.")
    title: str = required("Short title, e.g. 'Lower spine from the side'.")
    description: str = required("What the picture shows, for screen readers.")
    labels: dict[str, str] = doc("Structure id -> label text.", factory=dict)
    language: str = field(default="en", metadata={"internal": True})


@dataclass(frozen=True, slots=True, kw_only=True)
class GuideSection:
    """A heading and its text on a guide page."""

    heading: str = required("Short heading.")
    text: str = required("Plain text (Markdown emphasis and lists allowed).")


@dataclass(frozen=True, slots=True, kw_only=True)
class FaqItem:
    """A question patients ask, and its plain answer."""

    question: str = required("The question in the patient's words.")
    answer: str = required("A short, honest answer.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Guide:
    """A guide page: `content/<lang>/guides/<id>.yaml` (general reading, or an FAQ)."""

    id: str = required("Lowercase words joined by hyphens.")
    title: str = required("Page title.")
    summary: str = required("One line: what the page answers.")
    review: Review = required("Clinical review record.")
    order: int = doc("Position in the list of guides (smaller first).", 100)
    sections: list[GuideSection] = doc("The page's sections, in order.", factory=list)
    faq: list[FaqItem] = doc("Questions and answers (for an FAQ page).", factory=list)
    sources: list[str] = doc("Keys into the sources used.", factory=list)
    language: str = field(default="en", metadata={"internal": True})
    origin: Position | None = field(default=None, metadata={"internal": True}, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Phones:
    """The clinic's phone numbers as patients should dial them."""

    office: str = doc("Office hours number.", "")
    after_hours: str = doc("After-hours or on-call number.", "")
    emergency: str = doc("Emergency number, e.g. 911, 999 or 112.", "911")


@dataclass(frozen=True, slots=True, kw_only=True)
class KioskOptions:
    """Waiting-room tablet options."""

    enabled: bool = doc("Start in kiosk mode.", False)
    idle_seconds: int = doc("Idle time before the 'Are you still there?' countdown.", 120)
    pin_hash: str = doc("Salted hash of the staff PIN, written by `ipm-viewer set-pin`.", "")
    print: bool = doc(
        "Offer 'Print this for me': the procedure's handout goes to the default printer, no"
        " dialog, once per procedure per patient.",
        False,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class ClinicSettings:
    """`clinic.yaml`: the clinic's own name, numbers and options."""

    name: str = doc("Clinic name shown in the title bar and on handouts.", "")
    logo: str = doc("Path to a PNG or SVG logo, relative to clinic.yaml.", "")
    phones: Phones = doc("Phone numbers.", factory=Phones)
    default_language: str = doc("Language code, e.g. `en`.", "en")
    content_dir: str = doc("Folder of extra or overriding content, relative to clinic.yaml.", "")
    kiosk: KioskOptions = doc("Kiosk options.", factory=KioskOptions)
    trusted_keys: list[str] = doc(
        "Public keys (`ed25519:...`, made by `ipm-viewer pack keygen`) whose signed content "
        "packs this device shows.",
        factory=list,
    )
    require_signed_content: bool | None = doc(
        "Show clinic content only when it is a pack signed by a trusted key and unchanged since. "
        "Default: on in kiosk mode, off otherwise.",
        None,
    )
    packs_dir: str = doc(
        "Where `ipm-viewer pack install` puts content packs, relative to clinic.yaml "
        "(default: the machine's content pack folder, see docs/deployment.md).",
        "",
    )
