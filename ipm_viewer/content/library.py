"""The loaded content: everything the screens read, per language, plus the problems found."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from ipm_viewer.content.model import (
    Category,
    Condition,
    DiagramText,
    GlossaryTerm,
    Guide,
    Position,
    Region,
    Source,
)
from ipm_viewer.content.problems import Problems
from ipm_viewer.diagrams.svg_info import SvgInfo

if TYPE_CHECKING:  # procedures are read when opened; the home screen needs only their listings
    from ipm_viewer.content.procedure_model import Procedure

BASE_LANGUAGE = "en"

Locations = dict[tuple[str | int, ...], Position]


class ProcedureListing(NamedTuple):
    """What lists, cards, the body-area filter and search read of a procedure.

    A few strings each, so a library of 1,000 procedures can list and search them all without
    reading any procedure's steps, figures and diagrams (the content cache reads those only
    when the procedure is opened).
    """

    id: str
    title: str
    summary: str
    other_names: tuple[str, ...]
    category: str
    body_regions: tuple[str, ...]
    treats: tuple[str, ...]
    language: str
    search_body: str  # the explanation and the step titles

    @classmethod
    def of(cls, procedure: Procedure) -> ProcedureListing:
        p = procedure
        return cls(
            id=p.id,
            title=p.title,
            summary=p.summary,
            other_names=tuple(p.other_names),
            category=p.category,
            body_regions=tuple(p.body_regions),
            treats=tuple(p.treats),
            language=p.language,
            search_body=" ".join([p.explanation, *(s.title for s in p.steps)]),
        )


@dataclass
class LanguageContent:
    """All content of one language; ids are the same in every language."""

    language: str
    # A plain dict when loaded from YAML; from the cache, a mapping that reads each procedure
    # when it is first looked up (content/cache.py).
    procedures: Mapping[str, Procedure] = field(default_factory=dict)
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
    # Made from the procedures when first asked for (`listings()`); the cache stores it made.
    listing_cache: dict[str, ProcedureListing] = field(
        default_factory=dict, repr=False, compare=False
    )

    def is_fallback(self, kind: str, item_id: str) -> bool:
        """Whether the `kind` item `item_id` is shown untranslated, from the base language."""
        return f"{kind}:{item_id}" in self.fallbacks

    def listings(self) -> dict[str, ProcedureListing]:
        """Every procedure's listing, by id, in the order of `procedures`."""
        # Content only grows while it loads and never changes after, so a count tells whether
        # the listings are complete (comparing ids would cost more than most uses).
        if len(self.listing_cache) != len(self.procedures):
            self.listing_cache.clear()
            self.listing_cache.update(
                (i, ProcedureListing.of(p)) for i, p in self.procedures.items()
            )
        return self.listing_cache

    def procedures_in(self, category_id: str) -> list[ProcedureListing]:
        return sorted(
            (p for p in self.listings().values() if p.category == category_id),
            key=lambda p: p.title.casefold(),
        )

    def conditions_for(self, procedure: Procedure | ProcedureListing) -> list[Condition]:
        return [self.conditions[c] for c in procedure.treats if c in self.conditions]

    def procedures_treating(self, condition_id: str) -> list[ProcedureListing]:
        return sorted(
            (p for p in self.listings().values() if condition_id in p.treats),
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
