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
from typing import Any, TypeVar, cast

from ipm_viewer.content.fallback import fill_from_base
from ipm_viewer.content.library import LanguageContent, Library
from ipm_viewer.content.model import (
    Categories,
    Condition,
    DiagramText,
    Glossary,
    Guide,
    Position,
    Sources,
)
from ipm_viewer.content.problems import Problems
from ipm_viewer.content.procedure_model import Procedure
from ipm_viewer.content.schema import NodeReader
from ipm_viewer.content.yaml_reader import YamlError, read_yaml
from ipm_viewer.diagrams.svg_check import check_svg

ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?\Z")
MAX_FILES_PER_FOLDER = 5_000

T = TypeVar("T")
Item = TypeVar("Item", Procedure, Condition, Guide, DiagramText)
_ITEM_KINDS: dict[type, str] = {
    Procedure: "procedure",
    Condition: "condition",
    Guide: "guide",
    DiagramText: "diagram",
}


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
    fill_from_base(library)
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
    seen: dict[str, Position] = {}  # duplicates within one root are errors; a later root overrides
    categories, _ = _read_list_file(folder / "categories.yaml", Categories, content, problems)
    if categories is not None:
        _merge_by_id(content.categories, categories.categories)
        _merge_by_id(content.regions, categories.regions)
    # Sources and glossary may be one file or a folder of files split by topic.
    list_files: tuple[tuple[str, type[Any], str, str, str, dict[str, Any]], ...] = (
        ("sources", Sources, "sources", "key", "source", content.sources),
        ("glossary", Glossary, "terms", "id", "term", content.glossary),
    )
    for name, cls, list_field, key, kind, target in list_files:
        for path in _file_and_folder(folder, name, problems):
            value, file_key = _read_list_file(path, cls, content, problems)
            if value is not None:
                _index_unique(
                    getattr(value, list_field),
                    key,
                    list_field,
                    kind,
                    file_key,
                    content,
                    target,
                    seen,
                    problems,
                )
    # One file per item, named by its id.
    one_per_file: tuple[tuple[str, type[Any], dict[str, Any]], ...] = (
        ("diagrams", DiagramText, content.diagram_texts),
        # Content being loaded from YAML: its procedures are a plain dict (see LanguageContent).
        ("procedures", Procedure, cast(dict[str, Procedure], content.procedures)),
        ("conditions", Condition, content.conditions),
        ("guides", Guide, content.guides),
    )
    for subfolder, cls, target in one_per_file:
        for path in _listed(folder / subfolder, "*.yaml", problems):
            item = _read_item(path, cls, content, problems)
            if item is not None:
                target[item.id] = item


def _file_and_folder(folder: Path, name: str, problems: Problems) -> list[Path]:
    single = folder / f"{name}.yaml"
    return ([single] if single.is_file() else []) + _listed(folder / name, "*.yaml", problems)


def _read_list_file(
    path: Path, cls: type[T], content: LanguageContent, problems: Problems
) -> tuple[T | None, str]:
    if not path.exists():
        return None, ""  # optional in an overlay; the validator checks the base has them
    value, reader = read_file(path, cls, problems)
    content.locations[reader.path] = reader.locations
    return value, reader.path


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
    kind = _ITEM_KINDS[cls]
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


def _index_unique(
    items: list[Any],
    key: str,
    list_field: str,
    kind: str,
    file_key: str,
    content: LanguageContent,
    target: dict[str, Any],
    seen: dict[str, Position],
    problems: Problems,
) -> None:
    """Add list entries to `target` by `key`; an entry defined twice in one root is an error."""
    for index, item in enumerate(items):
        value = getattr(item, key)
        place = f"{kind}:{value}"
        here = content.locate(file_key, list_field, index, key)
        if place in seen:
            problems.error(
                here,
                f"'{value}' is defined twice (first at {seen[place]}); each {key} must be unique",
            )
            continue
        seen[place] = here
        content.item_paths[place] = (file_key, (list_field, index))
        target[value] = item
