"""The content model of a procedure file: its walkthrough, risks, benefits and the rest.

Part of the content schema (see `model.py`, which holds the types every screen shares). These
types are only needed once a procedure is read, so they live apart: the home screen's first
frame needs none of them, and making a frozen dataclass costs ~0.5-1 ms at import.

Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ipm_viewer.content.model import (
    CountedUnit,
    Phase,
    Position,
    Review,
    Severity,
    doc,
    required,
)


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
