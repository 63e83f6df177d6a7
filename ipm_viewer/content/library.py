"""The loaded content: everything the screens read, per language, plus the problems found."""

from __future__ import annotations

from dataclasses import dataclass, field

from ipm_viewer.content.model import (
    Category,
    Condition,
    DiagramText,
    GlossaryTerm,
    Guide,
    Position,
    Procedure,
    Region,
    Source,
)
from ipm_viewer.content.problems import Problems
from ipm_viewer.diagrams.svg_check import SvgInfo

BASE_LANGUAGE = "en"

Locations = dict[tuple[str | int, ...], Position]


@dataclass
class LanguageContent:
    """All content of one language; ids are the same in every language."""

    language: str
    procedures: dict[str, Procedure] = field(default_factory=dict)
    conditions: dict[str, Condition] = field(default_factory=dict)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    categories: list[Category] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    diagram_texts: dict[str, DiagramText] = field(default_factory=dict)
    guides: dict[str, Guide] = field(default_factory=dict)
    # Where every value was written, per file, so checks after loading can point at it.
    locations: dict[str, Locations] = field(default_factory=dict)
    # Which file each procedure, condition, guide or diagram text came from ("procedure:<id>").
    files: dict[str, str] = field(default_factory=dict)
    # Where each source and glossary term was written: "source:<key>" -> (file, path in file).
    item_paths: dict[str, tuple[str, tuple[str | int, ...]]] = field(default_factory=dict)
    # Items shown from the base language because this one has no translation ("procedure:<id>").
    fallbacks: set[str] = field(default_factory=set)

    def is_fallback(self, kind: str, item_id: str) -> bool:
        """Whether the `kind` item `item_id` is shown untranslated, from the base language."""
        return f"{kind}:{item_id}" in self.fallbacks

    def procedures_in(self, category_id: str) -> list[Procedure]:
        return sorted(
            (p for p in self.procedures.values() if p.category == category_id),
            key=lambda p: p.title.casefold(),
        )

    def conditions_for(self, procedure: Procedure) -> list[Condition]:
        return [self.conditions[c] for c in procedure.treats if c in self.conditions]

    def procedures_treating(self, condition_id: str) -> list[Procedure]:
        return sorted(
            (p for p in self.procedures.values() if condition_id in p.treats),
            key=lambda p: p.title.casefold(),
        )

    def locate_item(self, item: str, *where: str | int) -> Position:
        """Position of a value inside a source or glossary entry ("source:<key>")."""
        file_key, prefix = self.item_paths.get(item, ("", ()))
        return self.locate(file_key, *prefix, *where)

    def guides_in_order(self) -> list[Guide]:
        return sorted(self.guides.values(), key=lambda g: (g.order, g.title.casefold()))

    def locate(self, file_key: str, *where: str | int) -> Position:
        """Best known position of a value: the deepest recorded prefix of `where`."""
        locations = self.locations.get(file_key, {})
        for end in range(len(where), -1, -1):
            found = locations.get(tuple(where[:end]))
            if found is not None:
                return found
        return Position(file_key, 1, 1)


@dataclass(frozen=True, slots=True)
class ContentPack:
    """A signed content pack being shown: which, from where, and whose key signed it."""

    folder: str
    pack_id: str
    version: str
    created: str
    signer_fingerprint: str


@dataclass
class Library:
    """Every language's content, the diagrams, and every problem found on the way."""

    languages: dict[str, LanguageContent] = field(default_factory=dict)
    diagrams: dict[str, SvgInfo] = field(default_factory=dict)
    problems: Problems = field(default_factory=Problems)
    # The signed packs among the content folders (set after loading; not cached).
    content_packs: list[ContentPack] = field(default_factory=list)

    def language(self, code: str) -> LanguageContent:
        """Content in `code`, falling back to the base language."""
        return (
            self.languages.get(code) or self.languages.get(BASE_LANGUAGE) or LanguageContent(code)
        )
