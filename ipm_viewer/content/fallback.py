"""A translation shows every item: what it has not translated yet comes from the base language.

A clinic may add its own procedure in English only, and a new language may be translated a file
at a time; the patient who chose that language still sees the whole library, and the screens mark
what is in English (an item's `language` says which). Sources, glossary terms, categories and
regions fall back the same way, one id at a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from ipm_viewer.content.library import BASE_LANGUAGE, LanguageContent, Library
from ipm_viewer.content.procedure_model import Procedure


def fill_from_base(library: Library) -> None:
    """Give every other language the base items it lacks, recorded in its `fallbacks`."""
    base = library.languages.get(BASE_LANGUAGE)
    if base is None:
        return
    for code, content in library.languages.items():
        if code != BASE_LANGUAGE:
            _fill(content, base)


def _fill(content: LanguageContent, base: LanguageContent) -> None:
    by_id: tuple[tuple[str, dict[str, Any], Mapping[str, Any]], ...] = (
        # Content being loaded from YAML: its procedures are a plain dict (see LanguageContent).
        ("procedure", cast(dict[str, Procedure], content.procedures), base.procedures),
        ("condition", content.conditions, base.conditions),
        ("guide", content.guides, base.guides),
        ("diagram", content.diagram_texts, base.diagram_texts),
        ("source", content.sources, base.sources),
        ("term", content.glossary, base.glossary),
    )
    for kind, mine, theirs in by_id:
        for item_id, item in theirs.items():
            if item_id in mine:
                continue
            mine[item_id] = item
            key = f"{kind}:{item_id}"
            content.fallbacks.add(key)
            _borrow_location(content, base, key)
    _fill_list(content.categories, base.categories, "category", content)
    _fill_list(content.regions, base.regions, "region", content)


def _fill_list(mine: list[Any], theirs: list[Any], kind: str, content: LanguageContent) -> None:
    """Categories and regions keep the base's order, with translated ones where there are."""
    translated = {item.id: item for item in mine}
    content.fallbacks.update(f"{kind}:{item.id}" for item in theirs if item.id not in translated)
    merged = [translated.pop(item.id, item) for item in theirs]
    mine[:] = merged + list(translated.values())  # a translation's own extras go last


def _borrow_location(content: LanguageContent, base: LanguageContent, key: str) -> None:
    """Problems with a borrowed item point at the base file it was read from."""
    if key in base.files:
        file_key = base.files[key]
        content.files[key] = file_key
        content.locations.setdefault(file_key, base.locations.get(file_key, {}))
    if key in base.item_paths:
        file_key, prefix = base.item_paths[key]
        content.item_paths[key] = (file_key, prefix)
        content.locations.setdefault(file_key, base.locations.get(file_key, {}))
