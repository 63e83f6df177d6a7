"""Where the user has been: Back and Forward across every screen, like a browser."""

from __future__ import annotations

from typing import NamedTuple


class Place(NamedTuple):
    """A point in the history: a screen, what it shows, and where in it."""

    screen: str = "home"  # "home", "procedure", "condition", "guide" or "glossary"
    item_id: str = ""
    section: int = 0
    step: int = 0


class History:
    """Two stacks; going somewhere new forgets the way forward."""

    def __init__(self) -> None:
        self._back: list[Place] = []
        self._forward: list[Place] = []

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    def leave(self, current: Place) -> None:
        """Call before going somewhere new."""
        self._back.append(current)
        self._forward.clear()

    def back(self, current: Place) -> Place | None:
        if not self._back:
            return None
        self._forward.append(current)
        return self._back.pop()

    def forward(self, current: Place) -> Place | None:
        if not self._forward:
            return None
        self._back.append(current)
        return self._forward.pop()

    def places(self) -> tuple[tuple[Place, ...], tuple[Place, ...]]:
        """The way back (oldest first) and the way forward, to carry into a rebuilt window."""
        return tuple(self._back), tuple(self._forward)

    def replace(self, back: tuple[Place, ...], forward: tuple[Place, ...]) -> None:
        self._back = list(back)
        self._forward = list(forward)

    def clear(self) -> None:
        self._back.clear()
        self._forward.clear()
