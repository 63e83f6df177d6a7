"""Problems found in content: values, not exceptions, so one bad file never hides the good ones."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, NamedTuple

from ipm_viewer.content.model import Position

Level = Literal["error", "warning"]


class Problem(NamedTuple):
    """One thing wrong with the content, at a place an author can jump to."""

    position: Position
    message: str
    level: Level = "error"

    def __str__(self) -> str:
        return f"{self.position}: {self.level}: {self.message}"


class Problems:
    """An ordered collection of problems, shared by the loader and the validator."""

    def __init__(self) -> None:
        self._items: list[Problem] = []

    def error(self, position: Position, message: str) -> None:
        self._items.append(Problem(position, message, "error"))

    def warning(self, position: Position, message: str) -> None:
        self._items.append(Problem(position, message, "warning"))

    def extend(self, other: Problems) -> None:
        self._items.extend(other._items)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self._items if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self._items if p.level == "warning"]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._items)

    def sorted(self) -> list[Problem]:
        """By file, then line and column, so messages read like a compiler's."""
        return sorted(
            self._items,
            key=lambda p: (p.position.path, p.position.line, p.position.column),
        )
