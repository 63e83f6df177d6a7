"""Diagram states: hidden overlays, dimmed context, outlined highlights."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ipm_viewer.diagrams.svg_check import check_svg
from ipm_viewer.diagrams.svg_info import SVG_NS
from ipm_viewer.diagrams.svg_state import HIGHLIGHT_COLOUR, DiagramDocument, DiagramState


def groups(svg: bytes) -> dict[str, ET.Element]:
    root = ET.fromstring(svg)
    return {g.get("id", ""): g for g in root.iter(f"{{{SVG_NS}}}g")}


def document(good_content: Path) -> DiagramDocument:
    info, _ = check_svg(good_content / "diagrams/test-block.svg", "test-block.svg")
    assert info is not None
    return DiagramDocument(info)


def test_overlays_are_hidden_unless_shown(good_content: Path) -> None:
    doc = document(good_content)
    assert groups(doc.svg_for(DiagramState()))["needle"].get("display") == "none"
    shown = groups(doc.svg_for(DiagramState(show=frozenset({"needle"}))))
    assert shown["needle"].get("display") is None


def test_highlight_outlines_the_structure_and_dims_the_rest(good_content: Path) -> None:
    state = DiagramState(highlight=frozenset({"nerve"}))
    found = groups(document(good_content).svg_for(state))
    nerve_path = next(iter(found["nerve"]))
    assert nerve_path.get("stroke") == HIGHLIGHT_COLOUR
    assert float(found["bone"].get("opacity", "1")) < 0.5
    assert found["nerve"].get("opacity") is None


def test_states_are_cached_and_independent(good_content: Path) -> None:
    doc = document(good_content)
    first = doc.svg_for(DiagramState(highlight=frozenset({"bone"})))
    plain = doc.svg_for(DiagramState())
    assert doc.svg_for(DiagramState(highlight=frozenset({"bone"}))) is first
    assert HIGHLIGHT_COLOUR.encode() not in plain  # the parsed original was not modified
