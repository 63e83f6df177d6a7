"""The content model: the one place the content schema is written down.

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
class Frequency:
    """How often something happens: "n in per", a range "low to high in per", or no figure."""

    n: float | None = doc("How many people out of `per` (a single figure).")
    low: float | None = doc("Lower end of a range (with `high`).")
    high: float | None = doc("Upper end of a range (with `low`).")
    per: int | None = doc("The denominator: 100, 1000, 10000 ...")
    none_reliable: bool = doc("True when no reliable figure exists (say so honestly).", False)
    case_reports_only: bool = doc(
        "True when the source reports it only in single cases: shown as 'rare', with no number.",
        False,
    )
    reason: str = doc(
        "With `none_reliable` or `case_reports_only`: why there is no number, in plain words.", ""
    )
    counts: CountedUnit = doc(
        "What the figure counts: each `person` (default), each `procedure` (shot), `level` or"
        " `nerve`.",
        "person",
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Risk:
    """A side effect or complication, in words a patient understands."""

    id: str = required("Stable id within the procedure, e.g. `spinal-headache`.")
    name: str = required("Short plain name, e.g. 'Headache from a spinal fluid leak'.")
    severity: Severity = required("mild, moderate or serious.")
    frequency: Frequency = required("How often it happens, with its source.")
    source: str = doc("Key into sources.yaml for the figure (required unless none_reliable).", "")
    period: str = doc("The time the figure covers, e.g. 'in the first week'.", "")
    feels_like: str = required("What the patient would notice.")
    lasts: str = doc("How long it usually lasts.", "")
    what_to_do: str = required("What to do if it happens.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Benefit:
    """An outcome the procedure can bring, stated as honestly as the risks."""

    id: str = required("Stable id within the procedure.")
    outcome: str = required("What happens, e.g. 'have at least half their leg pain gone'.")
    frequency: Frequency = required("How many people get it, with its source.")
    source: str = doc("Key into sources.yaml for the figure (required unless none_reliable).", "")
    period: str = doc("When it is measured, e.g. 'three months after the injection'.", "")
    note: str = doc("Honest caveat: how strong the evidence is, how long it lasts.", "")
    plain_answer: str = doc(
        "With `none_reliable`: the short answer the card leads with, in the patient's words, e.g."
        " 'Leg pain: a little better for a few weeks, on average'. Required when there is no"
        " number; the outcome is then shown below it as the question the studies asked.",
        "",
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Label:
    """A call-out on a diagram: the structure it points at (text comes from diagrams.yaml)."""

    anchor: str = required("Structure id whose `anchor-<id>` point the call-out points at.")


@dataclass(frozen=True, slots=True, kw_only=True)
class DiagramUse:
    """Which diagram a step shows, and how."""

    id: str = required("Diagram file name without `.svg`, e.g. `lumbar-spine-lateral`.")
    show: list[str] = doc("Overlay layer ids to show (needles, contrast, devices).", factory=list)
    highlight: list[str] = doc(
        "Structure ids to highlight; everything else is dimmed.", factory=list
    )
    labels: list[str] = doc(
        "Structure ids to label; the text comes from diagrams.yaml.", factory=list
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    """One screen of the walkthrough."""

    phase: Phase = required("before, day-of, during, after or recovery.")
    title: str = required("Short heading, e.g. 'The needle goes in'.")
    text: str = required("What happens, in short sentences, second person.")
    you_feel: str = doc("What you may feel at this step.", "")
    diagram: DiagramUse | None = doc("The diagram shown beside the text.")
    terms: list[str] = doc("Glossary ids explained on this step ('words to know').", factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class AtAGlance:
    """The facts a patient asks first."""

    duration: str = required("How long it takes, including rest afterwards.")
    anesthesia: str = required("Numbing medicine, sedation, awake or asleep.")
    imaging: str = required("Image guidance used (live X-ray, ultrasound, none).")
    setting: str = required("Where it is done and whether you go home the same day.")
    driver_needed: bool = required("True when someone must drive you home.")
    time_off: str = doc("Time off work or normal activities.", "")


@dataclass(frozen=True, slots=True, kw_only=True)
class Relief:
    """What relief to expect, when it starts and how long it lasts."""

    starts: str = required("When relief usually starts.")
    lasts: str = required("How long relief usually lasts.")
    note: str = doc("Anything else worth knowing about relief.", "")


@dataclass(frozen=True, slots=True, kw_only=True)
class Alternative:
    """Another option, including doing nothing."""

    name: str = required("Short name, e.g. 'Physical therapy'.")
    text: str = required("One or two plain sentences.")


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizChoice:
    """One answer to a check-your-understanding question."""

    text: str = required("The answer as shown.")
    correct: bool = doc("True for the one correct answer.", False)


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizQuestion:
    """A teach-back question."""

    question: str = required("The question, e.g. 'Who should drive you home?'")
    choices: list[QuizChoice] = required("Two to four choices, exactly one correct.")
    explanation: str = required("Why the right answer is right, shown after any choice.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Procedure:
    """A procedure file: `content/<lang>/procedures/<id>.yaml`."""

    id: str = required("Lowercase words joined by hyphens; never changes once published.")
    title: str = required("The name a patient would use.")
    category: str = required("Id of a category in categories.yaml.")
    summary: str = required("One line: what it is for.")
    explanation: str = required("A short plain explanation (Markdown emphasis allowed).")
    at_a_glance: AtAGlance = required("Duration, anesthesia, imaging, setting, driver.")
    steps: list[Step] = required("The walkthrough, in order.")
    risks: list[Risk] = required("Risks and side effects, common and rare.")
    when_to_call: list[str] = required("Warning signs to call the clinic about.")
    call_emergency: list[str] = required("Signs that need emergency services.")
    review: Review = required("Clinical review record.")
    sources: list[str] = required("Keys into sources.yaml used by this file.")
    other_names: list[str] = doc("Other names people use ('ESI', 'nerve burning').", factory=list)
    treats: list[str] = doc("Ids of conditions this procedure treats.", factory=list)
    body_regions: list[str] = doc(
        "Ids of body regions (see regions in categories.yaml).", factory=list
    )
    relief: Relief | None = doc("What relief to expect and for how long.")
    benefits: list[Benefit] = doc("Benefits with figures, stated honestly.", factory=list)
    tell_doctor_first: list[str] = doc(
        "Who should not have it or must tell the doctor first.", factory=list
    )
    questions_to_ask: list[str] = doc("Questions to ask your doctor.", factory=list)
    alternatives: list[Alternative] = doc("Other options, including doing nothing.", factory=list)
    quiz: list[QuizQuestion] = doc("Check-your-understanding questions.", factory=list)
    # Filled in by the loader, not written in YAML.
    language: str = field(default="en", metadata={"internal": True})
    origin: Position | None = field(default=None, metadata={"internal": True}, compare=False)


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
