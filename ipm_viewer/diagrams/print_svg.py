"""SVG for paper: group opacity pushed down onto each shape, and a darker highlight.

A dimmed structure is a `<g opacity="...">`. QtSvg composites such a group in an off-screen
layer, which a PDF receives as a picture (pixels, not vectors). On paper each shape carries
the group's opacity itself instead: the same look (the parts of one structure rarely overlap),
drawn as vectors. Dimmed parts are lifted a little and the highlight outline darkened, so the
picture still reads when printed or copied in black and white. No Qt here.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ipm_viewer.diagrams.svg_info import SVG_NS
from ipm_viewer.diagrams.svg_state import HIGHLIGHT_COLOUR

_GROUP = f"{{{SVG_NS}}}g"
PRINT_HIGHLIGHT = "#A84300"  # the screen's orange, darker: a clear dark grey in black and white
GROUP_LIFT = 0.6  # group opacity o prints as o ** 0.6: dimmed 0.32 -> 0.5, 0.8 -> 0.87


def for_paper(svg: bytes) -> bytes:
    """The same drawing with every group's opacity moved onto the shapes inside it."""
    root = ET.fromstring(svg)
    _push(root, 1.0)
    for element in root.iter():
        if element.get("stroke", "").upper() == HIGHLIGHT_COLOUR:
            element.set("stroke", PRINT_HIGHLIGHT)
    return ET.tostring(root, encoding="utf-8")


def _push(element: ET.Element, inherited: float) -> None:
    factor = inherited
    if element.tag == _GROUP or element.tag == f"{{{SVG_NS}}}svg":
        own = _opacity(element.get("opacity"))
        if "opacity" in element.attrib:
            del element.attrib["opacity"]
        factor = inherited * own**GROUP_LIFT
        for child in element:
            _push(child, factor)
        return
    if factor < 1.0:
        own = _opacity(element.get("opacity"))
        element.set("opacity", f"{own * factor:.3f}")
    for child in element:  # text and other containers keep their children's own values
        _push(child, 1.0)


def _opacity(text: str | None) -> float:
    try:
        return max(0.0, min(1.0, float(text))) if text else 1.0
    except ValueError:
        return 1.0
