"""The handout's plain-text choices: short step texts, emphasis, which steps show pictures."""

from __future__ import annotations

from ipm_viewer.content.procedure_model import DiagramUse, Step
from ipm_viewer.handout.wording import Span, emphasis_spans, first_sentences, pick_pictures


def test_first_sentences_stops_at_real_sentence_ends() -> None:
    text = "Staff watch you. They check that you can walk, e.g. to the car. You go home."
    assert first_sentences(text, 1) == "Staff watch you."
    assert (
        first_sentences(text, 2)
        == "Staff watch you. They check that you can walk, e.g. to the car."
    )
    assert first_sentences("One only.", 2) == "One only."
    assert first_sentences("Primero. ¿Duele? No.", 2) == "Primero. ¿Duele?"


def test_emphasis_becomes_spans_without_markers() -> None:
    assert emphasis_spans("A **bold** and *italic*\n word.") == [
        Span("A "),
        Span("bold", bold=True),
        Span(" and "),
        Span("italic", italic=True),
        Span(" word."),
    ]


def _step(diagram: str | None, show: list[str] | None = None, phase: str = "during") -> Step:
    use = DiagramUse(id=diagram, show=show or []) if diagram else None
    return Step(phase=phase, title="t", text="x.", diagram=use)  # type: ignore[arg-type]


def test_pictures_prefer_the_drawn_diagram_then_new_pictures() -> None:
    steps = [
        _step("spine", phase="before"),
        _step(None),
        _step("spine", ["needle"]),
        _step("slice", ["needle"]),
        _step("knee"),
    ]
    assert pick_pictures(steps) == [0, 3]
    assert pick_pictures(steps, drawn=["knee"]) == [0, 4]
    assert pick_pictures(steps, drawn=["spine"], current_step=2) == [2, 3]
    assert pick_pictures(steps, drawn=["spine", "slice", "knee"]) == [0, 3, 4]
    assert pick_pictures(steps, available={"knee"}) == [4]
