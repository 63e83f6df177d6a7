"""Read a YAML file into a node tree with positions, safely.

We compose (never construct) with PyYAML's safe C loader, so no Python object is ever built from
tags and nothing is expanded: typing happens later, driven by the schema. Guards:
- files over `MAX_FILE_BYTES` are refused before parsing;
- anchors and aliases are refused (content never needs them, and they are how a "billion laughs"
  file explodes);
- more than `MAX_NODES` nodes are refused;
- duplicate mapping keys are reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ipm_viewer.content.model import Position

try:  # The C loader is ~8x faster; fall back to pure Python where libyaml is missing.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_FILE_BYTES = 512 * 1024
MAX_NODES = 50_000


class YamlError(Exception):
    """A file that cannot be read as YAML at all; carries where and why."""

    def __init__(self, position: Position, message: str) -> None:
        super().__init__(f"{position}: {message}")
        self.position = position
        self.message = message


@dataclass(frozen=True, slots=True)
class Document:
    """A composed YAML document and the file it came from."""

    path: str
    root: yaml.Node | None


def position_of(path: str, node: yaml.Node) -> Position:
    mark = node.start_mark
    return Position(path, mark.line + 1, mark.column + 1)


def read_yaml(path: Path, display_path: str | None = None) -> Document:
    """Compose `path` into nodes; YamlError (with a position) for anything unsafe or broken."""
    shown = display_path or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise YamlError(
                Position(shown, 1, 1),
                f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes",
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlError(Position(shown, 1, 1), f"cannot read file: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlError(Position(shown, line, 1), "file is not valid UTF-8 text") from exc
    return compose_text(text, shown)


def compose_text(text: str, shown: str) -> Document:
    """Compose YAML text (one document) into checked nodes."""
    try:
        documents = list(yaml.compose_all(text, Loader=_SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or "invalid YAML"
        if exc.context:
            what = f"{exc.context}: {what}"
        raise YamlError(Position(shown, line, column), f"invalid YAML: {what}") from exc
    except yaml.YAMLError as exc:
        raise YamlError(Position(shown, 1, 1), f"invalid YAML: {exc}") from exc
    if len(documents) > 1:
        raise YamlError(
            position_of(shown, documents[1]),
            "more than one YAML document in the file; expected exactly one",
        )
    root = documents[0] if documents else None
    if root is not None:
        _check_tree(root, shown)
    return Document(shown, root)


def _check_tree(root: yaml.Node, shown: str) -> None:
    """Refuse aliases and oversized trees; both are checked before any value is built."""
    seen: set[int] = set()
    stack: list[yaml.Node] = [root]
    count = 0
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise YamlError(
                position_of(shown, node),
                "this value is reused through an alias (*name); anchors and aliases are not"
                " allowed in content, write the value out",
            )
        seen.add(id(node))
        count += 1
        if count > MAX_NODES:
            raise YamlError(
                position_of(shown, node),
                f"file has more than {MAX_NODES:,} values; split it or shorten it",
            )
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append(key)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
