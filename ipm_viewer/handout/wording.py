"""Plain-text helpers for the handout: short step texts, Markdown emphasis, which pictures.

No Qt here: these decide words and choices, the layout modules decide where they go.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ipm_viewer.content.procedure_model import Step

MAX_PICTURES = 4
USUAL_PICTURES = 2  # without drawings: the handout stays at four pages or fewer

_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])|`(.+?)`")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text and how it is set: plain, bold or italic."""

    text: str
    bold: bool = False
    italic: bool = False


def emphasis_spans(text: str) -> list[Span]:
    """Light Markdown (**bold**, *italic*) as spans, markers removed; lines joined."""
    flat = " ".join(text.split())
    spans: list[Span] = []
    position = 0
    for match in _EMPHASIS.finditer(flat):
        if match.start() > position:
            spans.append(Span(flat[position : match.start()]))
        bold, italic, code = match.groups()
        if bold is not None:
            spans.append(Span(bold, bold=True))
        else:
            spans.append(Span(italic if italic is not None else code or "", italic=True))
        position = match.end()
    if position < len(flat):
        spans.append(Span(flat[position:]))
    return spans


def plain(text: str) -> str:
    """The text with Markdown emphasis markers removed."""
    return "".join(span.text for span in emphasis_spans(text))


def first_sentences(text: str, count: int = 2) -> str:
    """The first `count` sentences: a step's text as the handout gives it.

    A sentence ends at . ! or ? followed by a space and a capital letter (or an opening
    Spanish ¿ ¡), so "e.g. the" or "1.5 mL" do not end one.
    """
    flat = " ".join(text.split())
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(flat):
        following = flat[match.end() : match.end() + 1]
        if following and (following.isupper() or following in '¿¡"“(' or following.isdigit()):
            sentences.append(flat[start : match.start()])
            start = match.end()
            if len(sentences) == count:
                return " ".join(sentences)
    sentences.append(flat[start:])
    return " ".join(s for s in sentences[:count] if s)


def pick_pictures(
    steps: Sequence[Step],
    drawn: Collection[str] = (),
    current_step: int | None = None,
    available: Collection[str] | None = None,
) -> list[int]:
    """Which steps show their diagram on paper, in step order.

    Every diagram the physician drew on comes first (on the step on screen when it shows that
    diagram, else the first step that does); then the first picture (what is wrong) unless its
    diagram is already there, then steps that show something new (a needle, a device),
    preferring diagrams not yet used.
    Each chosen step shows a different picture. At most MAX_PICTURES.
    """

    def usable(index: int) -> bool:
        use = steps[index].diagram
        return use is not None and (available is None or use.id in available)

    def picture_key(index: int) -> tuple[str, frozenset[str], frozenset[str]]:
        use = steps[index].diagram
        assert use is not None
        return use.id, frozenset(use.show), frozenset(use.highlight)

    def diagram_id(index: int) -> str:
        use = steps[index].diagram
        return use.id if use is not None else ""

    candidates = [i for i in range(len(steps)) if usable(i)]
    chosen: list[int] = []

    def choose(index: int) -> None:
        if index not in chosen and all(picture_key(index) != picture_key(c) for c in chosen):
            chosen.append(index)

    for drawn_id in drawn:
        on_it = [i for i in candidates if diagram_id(i) == drawn_id]
        if on_it:
            choose(current_step if current_step in on_it else on_it[0])
    limit = min(MAX_PICTURES, max(USUAL_PICTURES, len(chosen)))
    if (
        candidates
        and len(chosen) < limit
        and diagram_id(candidates[0]) not in map(diagram_id, chosen)
    ):
        choose(candidates[0])
    showing = [i for i in candidates if picture_key(i)[1]]
    for prefer_new_diagram in (True, False):
        for index in [*showing, *candidates]:
            if len(chosen) >= limit:
                break
            used = {picture_key(c)[0] for c in chosen}
            if prefer_new_diagram and picture_key(index)[0] in used:
                continue
            choose(index)
    return sorted(chosen[:MAX_PICTURES])
