"""Diagrams for paper keep their dimming as vectors and a highlight that prints dark."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ipm_viewer.diagrams.print_svg import PRINT_HIGHLIGHT, for_paper
from ipm_viewer.diagrams.svg_state import HIGHLIGHT_COLOUR

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
<g id="bone" opacity="0.32"><g><path d="M0 0h5v5z" opacity="0.5"/></g><circle r="1"/></g>
<g id="nerve"><path d="M1 1h2" stroke="{HIGHLIGHT_COLOUR}"/></g></svg>""".encode()


def test_group_opacity_moves_onto_the_shapes_lifted_for_paper() -> None:
    root = ET.fromstring(for_paper(SVG))
    groups = [e for e in root.iter() if e.tag.endswith("}g")]
    assert all("opacity" not in g.attrib for g in groups)  # no group layers: vectors in a PDF
    path, circle, _ = (e for e in root.iter() if e.tag.endswith(("}path", "}circle")))
    lifted = 0.32**0.6
    assert float(circle.get("opacity", "1")) == round(lifted, 3)
    assert float(path.get("opacity", "1")) == round(0.5 * lifted, 3)


def test_the_highlight_is_darkened_for_black_and_white() -> None:
    text = for_paper(SVG).decode()
    assert PRINT_HIGHLIGHT in text and HIGHLIGHT_COLOUR not in text
