"""A procedure's pages: what it is, before the day, what to expect with pictures, benefits and
risks with icon arrays, when to call, questions, notes and the numbered sources.

Every figure is worded by `ui.risk_language` and every diagram state comes from `svg_state`, as on
screen, so paper and screen cannot differ.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtSvg import QSvgRenderer

from ipm_viewer.content.figures import natural_frequency
from ipm_viewer.content.model import ClinicSettings, DiagramText, Source
from ipm_viewer.content.procedure_model import Benefit, Frequency, Procedure, Risk, Step
from ipm_viewer.diagrams.print_svg import for_paper
from ipm_viewer.diagrams.svg_state import DiagramDocuments, DiagramState
from ipm_viewer.handout.blocks import band_box, body, items, notes_lines, section, subheading
from ipm_viewer.handout.flow import Flowable, Paragraph, stack_height
from ipm_viewer.handout.groups import Box, ColumnList, Columns, KeepTogether
from ipm_viewer.handout.pictures import DiagramFigure, IconArrayFigure
from ipm_viewer.handout.style import INK_SOFT, TINT, Typesetter
from ipm_viewer.handout.wording import Span, first_sentences, pick_pictures, plain
from ipm_viewer.ui import risk_language
from ipm_viewer.ui.widgets.diagram_parts import Callout, Stroke
from ipm_viewer.ui.widgets.icon_array import array_counts
from ipm_viewer.ui.widgets.info_pages import call_heading, emergency_heading, phone_numbers
from ipm_viewer.ui.widgets.phase_strip import phase_title
from ipm_viewer.ui.widgets.risk_cards import source_line

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate

# What tightens, in order, when a procedure would take more than four pages in normal print
# (`PrintStyle.density`): first only spacing (1), then one sentence a step and a run-on list (2),
# short source notes (4), the "tell your doctor first" list left to the checklist and study
# caveats in smaller type (5), the first sentence of the relief texts and no other options (6).
BRIEF, SHORT_SOURCES, DROP_TELL_FIRST, TIGHTEST = 2, 4, 5, 6
FIGURE_SHARE = 0.6  # of the text width, for a picture beside its step
MIN_FIGURE_WIDTH_PT = 290  # a picture beside its steps is never narrower than this


@dataclass
class ProcedureMaterial:
    """What one procedure's pages are made of, resolved for the handout's language."""

    procedure: Procedure
    conditions: list[str]  # titles of the conditions it treats
    sources: Mapping[str, Source]
    diagram_texts: Mapping[str, DiagramText]
    drawings: Mapping[str, Sequence[Stroke]] = field(default_factory=dict)
    current_step: int | None = None


class _SourceNotes:
    """Numbers sources in the order the figures cite them."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self._sources = sources
        self.cited: list[Source] = []

    def marker(self, key: str) -> str:
        source = self._sources.get(key)
        if source is None:
            return ""
        if source not in self.cited:
            self.cited.append(source)
        return f"  [{self.cited.index(source) + 1}]"


def procedure_pages(
    ts: Typesetter,
    material: ProcedureMaterial,
    clinic: ClinicSettings,
    documents: DiagramDocuments,
    width: float,
) -> list[Flowable]:
    """Everything after the masthead and title, in reading order (`width`: the text frame's)."""
    procedure = material.procedure
    notes = _SourceNotes(material.sources)
    flow: list[Flowable] = []
    flow += _what_it_is(ts, material)
    flow += _what_to_expect(ts, material, documents, width)
    flow += _benefits_and_risks(ts, procedure, notes)
    # The practical part together, in framed boxes found at a glance: getting ready, then
    # when to call.
    flow.append(_before_the_day(ts, procedure))
    flow += _when_to_call(ts, procedure, clinic)
    flow += _questions_and_notes(ts, procedure, width)
    flow += _sources(ts, notes.cited)
    return flow


def _what_it_is(ts: Typesetter, material: ProcedureMaterial) -> list[Flowable]:
    flow = [
        *section(ts, translate("Handout", "What it is")),
        body(ts, material.procedure.explanation, 0),
    ]
    if material.conditions:
        used_for = translate("ProcedureHeading", "Used for: {conditions}")
        label, _, _ = used_for.partition("{conditions}")
        spans = [Span(label, bold=True), Span(", ".join(material.conditions))]
        flow.append(Paragraph(ts, spans, space_before=ts.space(0.4)))
    return flow


def _before_the_day(ts: Typesetter, procedure: Procedure) -> Box:
    """The checklist a patient reads the night before, framed so it is found at a glance."""
    checklist = []
    if procedure.at_a_glance.driver_needed:
        checklist.append(translate("Handout", "Arrange for an adult to drive you home."))
    checklist += [
        translate(
            "Handout",
            "Ask your care team what to do about eating, drinking and your medicines, including"
            " blood thinners. Do not stop a medicine on your own.",
        ),
        translate("Handout", "Bring this handout, a list of your medicines, and your questions."),
    ]
    content: list[Flowable] = [
        subheading(ts, translate("Handout", "Before the day"), 0),
        *items(ts, checklist, "box"),
    ]
    # At the tightest, the checklist's medicines line stands in for the full list.
    if procedure.tell_doctor_first and ts.style.density < DROP_TELL_FIRST:
        heading = translate("DecidePage", "Tell your doctor first if")
        if ts.style.density >= BRIEF:  # run on, to keep the handout at four pages
            spans = [Span(f"{heading}: ", bold=True), Span(" ".join(procedure.tell_doctor_first))]
            content.append(Paragraph(ts, spans, space_before=ts.space(0.6)))
        else:
            content.append(
                Paragraph(
                    ts,
                    heading,
                    weight=QFont.Weight.Bold,
                    keep_with_next=True,
                    space_before=ts.space(0.6),
                )
            )
            content += items(ts, procedure.tell_doctor_first)
    return Box(ts, content, fill=TINT, space_before=ts.space(1.2))


def _what_to_expect(
    ts: Typesetter, material: ProcedureMaterial, documents: DiagramDocuments, width: float
) -> list[Flowable]:
    """Each phase and its steps (title run in, one or two sentences); a chosen step's picture
    sits beside it, with the steps that follow running beside the picture while they fit."""
    steps = material.procedure.steps
    drawn = [key for key, strokes in material.drawings.items() if strokes]
    pictures = set(
        pick_pictures(steps, drawn, material.current_step, available=_available(documents, steps))
    )
    entries: list[tuple[list[Flowable], DiagramFigure | None]] = []
    phase = None
    for index, step in enumerate(steps):
        words: list[Flowable] = []
        if step.phase != phase:
            phase = step.phase
            words.append(subheading(ts, phase_title(phase), ts.space(0.7)))
        words.append(_step_words(ts, step))
        figure = _figure(ts, step, material, documents) if index in pictures else None
        entries.append((words, figure))
    flow = section(ts, translate("ProcedureScreen", "What to expect"))
    figure_width = max(ts.pt(MIN_FIGURE_WIDTH_PT), width * FIGURE_SHARE)
    text_width = width - figure_width - ts.pt(14)
    position = 0
    while position < len(entries):
        words, figure = entries[position]
        position += 1
        if figure is None:
            flow += words
        elif ts.style.large:  # too narrow beside a large picture: the picture goes under
            figure.space_before = ts.pt(6)
            figure.floating = True  # on the next page if it does not fit; the text goes on
            flow += [*words, figure]
        else:
            beside = list(words)
            while position < len(entries) and entries[position][1] is None:
                following = entries[position][0]
                if stack_height([*beside, *following], text_width) > figure.measure(figure_width):
                    break
                beside += following
                position += 1
            space = beside[0].space_before
            beside[0].space_before = 0.0
            if ts.style.density:  # the picture no taller than the words beside it need
                fitted = figure.shrunk(figure_width, stack_height(beside, text_width), True)
                figure = fitted if isinstance(fitted, DiagramFigure) else figure
            flow.append(Columns(beside, figure, figure_width, ts.pt(14), space))
    return flow


def _available(documents: DiagramDocuments, steps: Sequence[Step]) -> set[str]:
    return {s.diagram.id for s in steps if s.diagram and documents.get(s.diagram.id)}


def _step_words(ts: Typesetter, step: Step) -> Paragraph:
    """ "**The skin is numbed.** The doctor uses the X-ray to pick the spot. ..." """
    title = step.title.rstrip(".")
    return Paragraph(
        ts,
        [
            Span(f"{title}. ", bold=True),
            Span(plain(first_sentences(step.text, 1 if ts.style.density >= BRIEF else 2))),
        ],
        space_before=ts.space(0.45),
    )


def _figure(
    ts: Typesetter, step: Step, material: ProcedureMaterial, documents: DiagramDocuments
) -> DiagramFigure | None:
    use = step.diagram
    document = documents.get(use.id) if use else None
    if use is None or document is None:
        return None
    state = DiagramState(frozenset(use.show), frozenset(use.highlight))
    renderer = QSvgRenderer(QByteArray(for_paper(document.svg_for(state))))
    texts = material.diagram_texts.get(use.id)
    labels = texts.labels if texts else {}
    callouts = [Callout(s, labels[s]) for s in use.labels if s in labels]
    caption = texts.title if texts else ""
    return DiagramFigure(ts, renderer, callouts, material.drawings.get(use.id, ()), caption)


def _benefits_and_risks(
    ts: Typesetter, procedure: Procedure, notes: _SourceNotes
) -> list[Flowable]:
    flow = section(ts, translate("ProcedureScreen", "Benefits and risks"))
    flow.append(subheading(ts, translate("BenefitsAndRisksPage", "What you may gain"), 0))
    if procedure.relief is not None:
        relief = procedure.relief
        brief = ts.style.density >= TIGHTEST  # the first sentence of each
        starts, lasts = (
            first_sentences(t, 1) if brief else t for t in (relief.starts, relief.lasts)
        )
        flow.append(
            body(
                ts,
                translate("BenefitsAndRisksPage", "**When relief starts:** {starts}").format(
                    starts=starts
                ),
            )
        )
        flow.append(
            body(
                ts,
                translate("BenefitsAndRisksPage", "**How long it lasts:** {lasts}").format(
                    lasts=lasts
                ),
            )
        )
        if relief.note and not brief:
            flow.append(body(ts, relief.note))
    flow += [_benefit(ts, benefit, notes) for benefit in procedure.benefits]
    flow.append(subheading(ts, translate("BenefitsAndRisksPage", "Possible risks")))
    groups = (
        (
            translate("BenefitsAndRisksPage", "Common and usually mild"),
            [r for r in procedure.risks if r.severity != "serious"],
        ),
        (
            translate("BenefitsAndRisksPage", "Rare but serious"),
            [r for r in procedure.risks if r.severity == "serious"],
        ),
    )
    for title, risks in groups:
        if not risks:
            continue
        flow.append(
            Paragraph(
                ts,
                title,
                weight=QFont.Weight.Bold,
                colour=INK_SOFT,
                keep_with_next=True,
                space_before=ts.space(0.7),
            )
        )
        flow += [_risk(ts, risk, notes) for risk in risks]
    if procedure.alternatives and ts.style.density < TIGHTEST:
        title = translate("BenefitsAndRisksPage", "If you do nothing, or choose another option")
        names = "; ".join(a.name for a in procedure.alternatives)
        flow.append(body(ts, f"**{title}:** {names}.", ts.space(0.8)))
    return flow


def _figure_row(
    ts: Typesetter, words: list[Flowable], frequency: Frequency, space: float
) -> Flowable:
    """A figure's words, with its icon array beside them when there is a number."""
    counts = None if frequency.none_reliable else array_counts(frequency)
    if counts is None:
        return KeepTogether(words, space_before=space)
    array = IconArrayFigure(ts, counts)
    right: Flowable = array
    if counts.too_rare:
        right = KeepTogether(
            [
                array,
                Paragraph(
                    ts,
                    risk_language.too_rare_note(frequency, counts.total),
                    size=ts.style.small,
                    space_before=ts.pt(3),
                ),
            ]
        )
    return Columns(words, right, array.width, ts.pt(16), space_before=space)


def _risk(ts: Typesetter, risk: Risk, notes: _SourceNotes) -> Flowable:
    phrase = risk_language.frequency_phrase(risk.frequency)
    lead = [Span(risk.name, bold=True), Span(": "), Span(phrase), Span(notes.marker(risk.source))]
    if natural_frequency(risk.frequency) is None:  # no number: why, as on the screen
        lead.append(Span(". " + risk_language.no_number_reason(risk.frequency)))
        words: list[Flowable] = [Paragraph(ts, lead)]
    else:
        counted = risk_language.counts_note(risk.frequency)
        band = risk_language.band_phrase(risk.frequency)
        detail = [
            Span(risk_language.risk_frames(risk.frequency, risk.period) + " "),
            *([Span(counted + " ")] if counted else []),
            *([Span(band, italic=True)] if band else []),
        ]
        words = [Paragraph(ts, lead), Paragraph(ts, detail, colour=INK_SOFT, space_before=ts.pt(1))]
    return _figure_row(ts, words, risk.frequency, ts.space(0.7))


def _benefit(ts: Typesetter, benefit: Benefit, notes: _SourceNotes) -> Flowable:
    gap = ts.pt(2)
    outcome = f"{benefit.outcome} {benefit.period}" if benefit.period else benefit.outcome
    marker = Span(notes.marker(benefit.source))
    if natural_frequency(benefit.frequency) is None:
        # The card's plain answer leads, then the question the studies asked (never a promise).
        answer = Span(risk_language.headline(benefit), bold=True)
        question = Span(". " + risk_language.benefit_question(outcome))
        words: list[Flowable] = [Paragraph(ts, [answer, marker, question])]
        if benefit.frequency.reason:
            words.append(Paragraph(ts, benefit.frequency.reason, space_before=gap))
    else:
        frames = f"{outcome}. {risk_language.benefit_frames(benefit.frequency)}"
        words = [
            Paragraph(
                ts, [Span(risk_language.frequency_phrase(benefit.frequency), bold=True), marker]
            ),
            Paragraph(ts, frames, colour=INK_SOFT, space_before=gap),
        ]
    if benefit.note:
        # The study's caveats; at the tightest, set like the source notes they explain.
        size = ts.style.small if ts.style.density >= DROP_TELL_FIRST else ts.style.body
        words.append(Paragraph(ts, benefit.note, size=size, space_before=gap))
    return _figure_row(ts, words, benefit.frequency, ts.space(0.8))


def _when_to_call(ts: Typesetter, procedure: Procedure, clinic: ClinicSettings) -> list[Flowable]:
    numbers = phone_numbers(clinic.phones)
    phones = (
        "   ·   ".join(numbers)
        if numbers
        else translate("WhenToCallPage", "Use the phone number your clinic gave you.")
    )
    call = Box(
        ts,
        [
            subheading(ts, call_heading(clinic), 0),
            *items(ts, procedure.when_to_call),
            Paragraph(
                ts,
                phones,
                size=ts.style.subheading,
                weight=QFont.Weight.Bold,
                space_before=ts.space(0.6),
            ),
        ],
        border=2.0,
        space_before=ts.space(1.4),
    )
    emergency = band_box(ts, emergency_heading(clinic.phones), items(ts, procedure.call_emergency))
    return [*section(ts, translate("ProcedureScreen", "When to call")), call, emergency]


def _questions_and_notes(ts: Typesetter, procedure: Procedure, width: float) -> list[Flowable]:
    """Questions to ask, with lines for the care team's notes beside them (under them in large
    print)."""
    notes = notes_lines(ts, 3 if ts.style.density >= SHORT_SOURCES else 5)
    if not procedure.questions_to_ask:
        return notes
    questions = items(ts, procedure.questions_to_ask)
    heading = section(ts, translate("DecidePage", "Questions to ask your doctor"))
    if ts.style.large:
        return [*heading, *questions, *notes]
    notes[0].space_before = 0.0
    return [*heading, Columns(questions, KeepTogether(notes), width * 0.4, ts.pt(18))]


def _source_note(source: Source, density: int) -> str:
    """The full citation; shorter in the denser variants (the app shows it in full)."""
    if density >= SHORT_SOURCES:
        title = source.title if len(source.title) <= 72 else source.title[:71].rstrip() + "…"
        return f"{source_line(source)}. {title}"
    note = f"{source.title}. {source.publisher}, {source.year}."
    return note if density else f"{note} {source.url}"


def _sources(ts: Typesetter, cited: list[Source]) -> list[Flowable]:
    if not cited:
        return []
    # Reference notes, like footnotes: smaller type, and more columns when space is short.
    small = ts.style.small if ts.style.density < SHORT_SOURCES else ts.style.footer
    flow: list[Flowable] = [
        Paragraph(
            ts,
            translate("Handout", "Sources"),
            size=small,
            weight=QFont.Weight.Bold,
            keep_with_next=True,
            space_before=ts.pt(ts.style.body),
        )
    ]
    notes = [
        Paragraph(
            ts,
            _source_note(source, ts.style.density),
            size=small,
            colour=INK_SOFT,
            indent=ts.pt(small * 2),
            marker=f"{number}.",
            space_before=ts.pt(2),
            line_spacing=1.15,
        )
        for number, source in enumerate(cited, start=1)
    ]
    flow.append(ColumnList(notes, ts.pt(14), 3 if ts.style.density >= DROP_TELL_FIRST else 2))
    return flow
