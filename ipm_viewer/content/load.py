"""Load content folders and diagram folders into a Library, collecting problems as it goes.

Layout of a content root (the bundled `content/` or a clinic's folder):
    <lang>/categories.yaml, sources.yaml, glossary.yaml, diagrams.yaml
    <lang>/procedures/<id>.yaml, <lang>/conditions/<id>.yaml
    diagrams/<id>.svg             (clinic roots only; bundled diagrams live in resources/)
Later roots override earlier ones by id, so a clinic can replace or add a procedure, a glossary
term or a source without copying the rest.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from ipm_viewer.content.library import LanguageContent, Library
from ipm_viewer.content.model import (
    Categories,
    Condition,
    DiagramTexts,
    Glossary,
    Position,
    Procedure,
    Sources,
)
from ipm_viewer.content.problems import Problems
from ipm_viewer.content.schema import NodeReader
from ipm_viewer.content.yaml_reader import YamlError, read_yaml
from ipm_viewer.diagrams.svg_check import check_svg

ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?\Z")
MAX_FILES_PER_FOLDER = 5_000

T = TypeVar("T")
Item = TypeVar("Item", Procedure, Condition)


def display_path(path: Path) -> str:
    """A path as authors should see it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def read_file(path: Path, cls: type[T], problems: Problems) -> tuple[T | None, NodeReader]:
    """Read one YAML file as `cls`; None when it has errors (which are added to `problems`)."""
    shown = display_path(path)
    reader = NodeReader(shown, problems)
    try:
        document = read_yaml(path, shown)
    except YamlError as exc:
        problems.error(exc.position, exc.message)
        return None, reader
    if document.root is None:
        problems.error(Position(shown, 1, 1), f"file is empty; expected a {cls.__name__.lower()}")
        return None, reader
    return reader.read(document.root, cls), reader


def load_library(content_roots: Iterable[Path], diagram_dirs: Iterable[Path]) -> Library:
    """Load every language under every root, and every diagram; never raises for bad content."""
    library = Library()
    for diagram_dir in diagram_dirs:
        _load_diagrams(diagram_dir, library)
    for root in content_roots:
        if not root.is_dir():
            library.problems.error(
                Position(display_path(root), 1, 1), "content folder does not exist"
            )
            continue
        clinic_diagrams = root / "diagrams"
        if clinic_diagrams.is_dir():
            _load_diagrams(clinic_diagrams, library)
        for lang_dir in sorted(p for p in root.iterdir() if p.is_dir() and p.name != "diagrams"):
            if not LANGUAGE_PATTERN.match(lang_dir.name):
                library.problems.warning(
                    Position(display_path(lang_dir), 1, 1),
                    f"folder '{lang_dir.name}' is not a language code (like 'en' or 'es');"
                    " it was skipped",
                )
                continue
            content = library.languages.setdefault(lang_dir.name, LanguageContent(lang_dir.name))
            _load_language(lang_dir, content, library.problems)
    return library


def _load_diagrams(folder: Path, library: Library) -> None:
    if not folder.is_dir():
        library.problems.error(
            Position(display_path(folder), 1, 1), "diagram folder does not exist"
        )
        return
    for path in _listed(folder, "*.svg", library.problems):
        info, svg_problems = check_svg(path, display_path(path))
        for problem in svg_problems:
            library.problems.error(problem.position, problem.message)
        if info is not None:
            library.diagrams[info.diagram_id] = info


def _load_language(folder: Path, content: LanguageContent, problems: Problems) -> None:
    categories = _read_list_file(folder / "categories.yaml", Categories, content, problems)
    if categories is not None:
        _merge_by_id(content.categories, categories.categories)
        _merge_by_id(content.regions, categories.regions)
    sources = _read_list_file(folder / "sources.yaml", Sources, content, problems)
    if sources is not None:
        content.sources.update(_unique(sources.sources, "key", "sources", content, problems))
    glossary = _read_list_file(folder / "glossary.yaml", Glossary, content, problems)
    if glossary is not None:
        content.glossary.update(_unique(glossary.terms, "id", "glossary", content, problems))
    texts = _read_list_file(folder / "diagrams.yaml", DiagramTexts, content, problems)
    if texts is not None:
        content.diagram_texts.update(_unique(texts.diagrams, "id", "diagrams", content, problems))
    for path in _listed(folder / "procedures", "*.yaml", problems):
        procedure = _read_item(path, Procedure, content, problems)
        if procedure is not None:
            content.procedures[procedure.id] = procedure
    for path in _listed(folder / "conditions", "*.yaml", problems):
        condition = _read_item(path, Condition, content, problems)
        if condition is not None:
            content.conditions[condition.id] = condition


def _read_list_file(
    path: Path, cls: type[T], content: LanguageContent, problems: Problems
) -> T | None:
    if not path.exists():
        return None  # optional in an overlay; the validator checks the base has them
    value, reader = read_file(path, cls, problems)
    content.locations[reader.path] = reader.locations
    content.files[path.stem] = reader.path
    return value


def _read_item(
    path: Path, cls: type[Item], content: LanguageContent, problems: Problems
) -> Item | None:
    value, reader = read_file(path, cls, problems)
    if value is None:
        return None
    item_id = value.id
    where = reader.locations.get(("id",), Position(reader.path, 1, 1))
    if not ID_PATTERN.match(item_id):
        problems.error(where, f"id '{item_id}' must be lowercase words joined by hyphens")
        return None
    if item_id != path.stem:
        problems.error(where, f"id '{item_id}' does not match the file name '{path.name}'")
        return None
    kind = "procedure" if cls is Procedure else "condition"
    content.locations[reader.path] = reader.locations
    content.files[f"{kind}:{item_id}"] = reader.path
    # The model records the language each text is written in.
    return _with_language(value, content.language)


def _with_language(value: Item, language: str) -> Item:
    return dataclasses.replace(value, language=language)


def _listed(folder: Path, pattern: str, problems: Problems) -> list[Path]:
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob(pattern))
    if len(paths) > MAX_FILES_PER_FOLDER:
        problems.error(
            Position(display_path(folder), 1, 1),
            f"{len(paths):,} files; only the first {MAX_FILES_PER_FOLDER:,} were loaded",
        )
        paths = paths[:MAX_FILES_PER_FOLDER]
    return [p for p in paths if p.is_file()]


def _merge_by_id(target: list[Any], items: list[Any]) -> None:
    index = {item.id: n for n, item in enumerate(target)}
    for item in items:
        if item.id in index:
            target[index[item.id]] = item
        else:
            target.append(item)


def _unique(
    items: list[Any], key: str, file_stem: str, content: LanguageContent, problems: Problems
) -> dict[str, Any]:
    """Index list entries by `key`, reporting an entry defined twice in one file."""
    file_key = content.files[file_stem]
    list_field = {"sources": "sources", "glossary": "terms", "diagrams": "diagrams"}[file_stem]
    result: dict[str, Any] = {}
    for index, item in enumerate(items):
        value = getattr(item, key)
        if value in result:
            problems.error(
                content.locate(file_key, list_field, index, key),
                f"'{value}' is defined twice in this file; each {key} must be unique",
            )
        result[value] = item
    return result
