"""What a handout is asked for: which items, in which language, how, from which library.

Light on purpose (no Qt): the window builds these at start-up; the layout code loads only when
someone prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from ipm_viewer.content.library import BASE_LANGUAGE, Library
from ipm_viewer.content.model import ClinicSettings
from ipm_viewer.diagrams.svg_state import DiagramDocuments

if TYPE_CHECKING:
    from ipm_viewer.ui.widgets.diagram_parts import Stroke

PROCEDURE, CONDITION = "procedure", "condition"


class HandoutItem(NamedTuple):
    """One thing to print: ("procedure", id) or ("condition", id)."""

    kind: str
    item_id: str


@dataclass(frozen=True)
class HandoutOptions:
    """How to make it. `drawings` are the physician's strokes per procedure id, then per
    diagram id (as the diagram view keeps them); `current_step` the step on screen."""

    language: str = BASE_LANGUAGE
    large_print: bool = False
    printed_on: dt.date | None = None
    drawings: Mapping[str, Mapping[str, Sequence[Stroke]]] = field(default_factory=dict)
    current_step: Mapping[str, int] = field(default_factory=dict)


@dataclass
class HandoutSource:
    """Where a handout comes from: the loaded library, the clinic, the diagrams."""

    library: Library
    clinic: ClinicSettings
    documents: DiagramDocuments

    @classmethod
    def of(cls, library: Library, clinic: ClinicSettings) -> HandoutSource:
        return cls(library, clinic, DiagramDocuments(library.diagrams))

    def find(self, item_id: str) -> HandoutItem | None:
        """A procedure or condition by id, in any language the library has."""
        for content in self.library.languages.values():
            if item_id in content.procedures:
                return HandoutItem(PROCEDURE, item_id)
            if item_id in content.conditions:
                return HandoutItem(CONDITION, item_id)
        return None
