"""Produce the SVG for one state of a diagram: which overlays show, which structures stand out.

Working on the SVG text keeps highlights vector-sharp at any zoom and in print. Overlays that are
not shown get `display="none"`; with a highlight, other structures are dimmed (not removed) and
the highlighted ones get a strong outline. No Qt here.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

from ipm_viewer.diagrams.svg_info import SVG_NS, SvgInfo

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

DIM_OPACITY = 0.32
HIGHLIGHT_COLOUR = "#E8710A"
_SHAPES = {
    f"{{{SVG_NS}}}{n}" for n in ("path", "rect", "circle", "ellipse", "polygon", "polyline", "line")
}


class DiagramState(NamedTuple):
    """What one walkthrough step asks of a diagram."""

    show: frozenset[str] = frozenset()
    highlight: frozenset[str] = frozenset()


class DiagramDocument:
    """One diagram's parsed SVG, producing (and caching) the bytes for each state."""

    def __init__(self, info: SvgInfo, cache_size: int = 4) -> None:
        self.info = info
        # The file passed svg_check (no DOCTYPE, entities or external references), so the
        # standard parser is safe here.
        self._root = _element_tree().parse(info.path).getroot()
        self._cache: OrderedDict[DiagramState, bytes] = OrderedDict()
        self._cache_size = cache_size

    def svg_for(self, state: DiagramState) -> bytes:
        cached = self._cache.get(state)
        if cached is not None:
            self._cache.move_to_end(state)
            return cached
        data = self._build(state)
        self._cache[state] = data
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return data

    def recoloured(
        self,
        fills: dict[str, str],
        *,
        hide: frozenset[str] = frozenset(),
        strokes: bool = True,
    ) -> bytes:
        """The diagram with the shapes of some groups filled in new colours (the body map uses
        it to show the chosen region, and, with unique colours and no strokes, as a hit map)."""
        root = copy.deepcopy(self._root)
        for element in root.iter():
            element_id = element.get("id")
            if element_id in hide:
                element.set("display", "none")
            elif element_id in fills:
                for shape in element.iter():
                    if shape.tag in _SHAPES:
                        shape.set("fill", fills[element_id])
                        shape.set("fill-opacity", "1")
                        if not strokes:
                            shape.set("stroke", "none")
        return _element_tree().tostring(root, encoding="utf-8")

    def _build(self, state: DiagramState) -> bytes:
        root = copy.deepcopy(self._root)
        dim = bool(state.highlight)
        for element in root.iter():
            element_id = element.get("id")
            if not element_id:
                continue
            if element_id in self.info.overlays:
                if element_id not in state.show:
                    element.set("display", "none")
                continue
            if element_id in state.highlight:
                _outline(element)
            elif dim and element_id in self.info.structures and element.tag == f"{{{SVG_NS}}}g":
                opacity = float(element.get("opacity", "1")) * DIM_OPACITY
                element.set("opacity", f"{opacity:.3f}")
        return _element_tree().tostring(root, encoding="utf-8")


@cache
def _element_tree() -> ModuleType:
    """xml.etree, imported when the first diagram is parsed: the home screen's first frame
    parses none (the body map draws its files as they are), and the import costs ~3 ms."""
    from xml.etree import ElementTree

    ElementTree.register_namespace("", SVG_NS)
    return ElementTree


def _outline(group: ET.Element) -> None:
    for shape in group.iter():
        if shape.tag not in _SHAPES or "detail" in shape.get("class", "").split():
            continue  # shading and texture (class="detail") keep their own strokes
        if shape.get("stroke") in (None, "none") and shape.get("fill") in (None, "none"):
            continue  # invisible helpers (anchors) stay invisible
        width = _number(shape.get("stroke-width"), 1.0)
        shape.set("stroke", HIGHLIGHT_COLOUR)
        shape.set("stroke-width", f"{max(width * 1.8, 3.5):.2f}")
        shape.set("stroke-opacity", "1")


def _number(text: str | None, default: float) -> float:
    try:
        return float(text) if text else default
    except ValueError:
        return default


class DiagramDocuments:
    """Parses diagrams on first use and keeps the few in use; screens share one instance.

    A procedure uses two or three diagrams; keeping every parsed diagram of the library would
    cost memory for pictures nobody is looking at.
    """

    def __init__(self, infos: dict[str, SvgInfo], keep: int = 6) -> None:
        self._infos = infos
        self._documents: OrderedDict[str, DiagramDocument] = OrderedDict()
        self._keep = keep

    def info(self, diagram_id: str) -> SvgInfo | None:
        """What the check found in the diagram's file (its path among it), without parsing it."""
        return self._infos.get(diagram_id)

    def release(self) -> None:
        """Forget the parsed diagrams (a few MB); each is parsed again when next asked for."""
        self._documents.clear()

    def get(self, diagram_id: str) -> DiagramDocument | None:
        document = self._documents.get(diagram_id)
        if document is not None:
            self._documents.move_to_end(diagram_id)
            return document
        if diagram_id not in self._infos:
            return None
        try:
            document = DiagramDocument(self._infos[diagram_id])
        except (OSError, _element_tree().ParseError):
            return None  # checked at load time; a file changed underneath us is skipped
        self._documents[diagram_id] = document
        if len(self._documents) > self._keep:
            self._documents.popitem(last=False)
        return document
