"""What the viewer knows about one checked diagram (svg_check.py finds it out).

Apart from the checker, as the content cache holds one for every diagram: the home screen
unpickles them without importing the checker and its XML parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SVG_NS = "http://www.w3.org/2000/svg"


@dataclass(slots=True)
class SvgInfo:
    """What the viewer and validator need to know about one diagram."""

    diagram_id: str
    path: Path
    ids: set[str] = field(default_factory=set)
    overlays: set[str] = field(default_factory=set)
    anchors: set[str] = field(default_factory=set)

    @property
    def structures(self) -> set[str]:
        """Ids that a step may show, highlight or label (anchors excluded)."""
        return {i for i in self.ids if not i.startswith("anchor-")}
