"""Turn YAML nodes into model dataclasses, and describe the model as JSON Schema.

Both are driven by the dataclasses' type hints, so the schema is written once (in `model.py` and
`procedure_model.py`).
Scalars are typed by the schema, not by YAML's implicit rules: `title: No` is the text "No",
and only `true`/`false` are booleans.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import types
import typing
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin

import yaml

from ipm_viewer.content.model import Position
from ipm_viewer.content.problems import Problems

_INT = re.compile(r"[-+]?[0-9][0-9_]*\Z")
_FLOAT = re.compile(r"[-+]?([0-9][0-9_]*)?(\.[0-9]+)?([eE][-+]?[0-9]+)?\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


class _InvalidValueError(Exception):
    """Raised inside conversion when a value cannot be used; already reported."""


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def schema_fields(cls: type) -> list[dataclasses.Field[Any]]:
    """The fields an author writes (loader-filled fields are internal)."""
    return [f for f in dataclasses.fields(cls) if not f.metadata.get("internal")]


def is_required(f: dataclasses.Field[Any]) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


class NodeReader:
    """Converts composed YAML nodes into instances of model classes, collecting problems."""

    def __init__(self, path: str, problems: Problems) -> None:
        self.path = path
        self.problems = problems
        # Where each value was written, by its path in the file: ("steps", 2, "terms", 0).
        self.locations: dict[tuple[str | int, ...], Position] = {}

    def pos(self, node: yaml.Node) -> Position:
        mark = node.start_mark
        return Position(self.path, mark.line + 1, mark.column + 1)

    def read(self, node: yaml.Node, cls: type[Any]) -> Any | None:
        """Read `node` as `cls`; None (with problems reported) when it is unusable."""
        try:
            return self._convert(node, cls, "the file", ())
        except _InvalidValueError:
            return None

    # -- conversion --------------------------------------------------------------------------

    def _fail(self, node: yaml.Node, message: str) -> typing.NoReturn:
        self.problems.error(self.pos(node), message)
        raise _InvalidValueError

    def _convert(self, node: yaml.Node, hint: Any, what: str, where: tuple[str | int, ...]) -> Any:
        self.locations[where] = self.pos(node)
        origin = get_origin(hint)
        if origin in (Union, types.UnionType):
            options = [a for a in get_args(hint) if a is not type(None)]
            if _is_null(node):
                return None
            return self._convert(node, options[0], what, where)
        if origin is Literal:
            text = self._scalar(node, what, "one of " + _choices(hint))
            allowed = [str(a) for a in get_args(hint)]
            if text not in allowed:
                close = difflib.get_close_matches(text, allowed, n=1)
                hint_text = f"; did you mean '{close[0]}'?" if close else ""
                self._fail(node, f"{what} is '{text}'; expected one of {_choices(hint)}{hint_text}")
            return text
        if origin is list:
            (item,) = get_args(hint)
            if not isinstance(node, yaml.SequenceNode):
                self._fail(node, f"{what} must be a list ('- item' lines), not {_kind(node)}")
            return self._list(node, item, what, where)
        if origin is dict:
            return self._dict(node, what, where)
        if dataclasses.is_dataclass(hint):
            return self._dataclass(node, typing.cast(type, hint), what, where)
        return self._plain(node, hint, what)

    def _list(
        self, node: yaml.SequenceNode, item: Any, what: str, where: tuple[str | int, ...]
    ) -> list[Any]:
        values: list[Any] = []
        failed = False
        for index, child in enumerate(node.value):
            try:
                values.append(
                    self._convert(child, item, f"{what} item {index + 1}", (*where, index))
                )
            except _InvalidValueError:
                failed = True
        if failed:
            raise _InvalidValueError
        return values

    def _dict(self, node: yaml.Node, what: str, where: tuple[str | int, ...]) -> dict[str, str]:
        if not isinstance(node, yaml.MappingNode):
            self._fail(node, f"{what} must be a mapping ('key: value' lines), not {_kind(node)}")
        result: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = self._scalar(key_node, f"a key in {what}", "text")
            if key in result:
                self._fail(key_node, f"duplicate key '{key}' in {what}")
            self.locations[(*where, key)] = self.pos(key_node)
            result[key] = self._scalar(value_node, f"'{key}' in {what}", "text")
        return result

    def _dataclass(
        self, node: yaml.Node, cls: type, what: str, where: tuple[str | int, ...]
    ) -> Any:
        if not isinstance(node, yaml.MappingNode):
            self._fail(node, f"{what} must be a mapping ('key: value' lines), not {_kind(node)}")
        fields = {f.name: f for f in schema_fields(cls)}
        hints = _hints(cls)
        values: dict[str, Any] = {}
        seen: dict[str, yaml.Node] = {}
        failed = False
        for key_node, value_node in node.value:
            try:
                key = self._scalar(key_node, f"a key in {what}", "a field name")
            except _InvalidValueError:
                failed = True
                continue
            if key in seen:
                first = self.pos(seen[key])
                self.problems.error(
                    self.pos(key_node),
                    f"duplicate key '{key}' (first at line {first.line}); each key may appear once",
                )
                failed = True
                continue
            seen[key] = key_node
            if key not in fields:
                close = difflib.get_close_matches(key, fields, n=1, cutoff=0.6)
                suggestion = f"; did you mean '{close[0]}'?" if close else ""
                self.problems.error(
                    self.pos(key_node),
                    f"unknown key '{key}' in {_name(cls)}{suggestion} "
                    f"(expected: {', '.join(fields)})",
                )
                failed = True
                continue
            try:
                values[key] = self._convert(value_node, hints[key], f"'{key}'", (*where, key))
            except _InvalidValueError:
                failed = True
        missing = [name for name, f in fields.items() if is_required(f) and name not in seen]
        for name in missing:
            self.problems.error(self.pos(node), f"{_name(cls)} is missing required key '{name}'")
        if failed or missing:
            raise _InvalidValueError
        if "origin" in {f.name for f in dataclasses.fields(cls)}:
            values["origin"] = self.pos(node)
        instance = cls(**values)
        return instance

    def _plain(self, node: yaml.Node, hint: Any, what: str) -> Any:
        if hint is str:
            text = self._scalar(node, what, "text")
            if not text.strip():
                self._fail(node, f"{what} is empty; expected text")
            return text
        if hint is bool:
            text = self._scalar(node, what, "true or false")
            if text not in ("true", "false"):
                self._fail(node, f"{what} is '{text}'; expected true or false")
            return text == "true"
        if hint is int:
            text = self._scalar(node, what, "a whole number")
            if not _INT.match(text):
                self._fail(node, f"{what} is '{text}'; expected a whole number")
            return int(text.replace("_", ""))
        if hint is float:
            text = self._scalar(node, what, "a number")
            if not text or not _FLOAT.match(text) or text in {"+", "-", "."}:
                self._fail(node, f"{what} is '{text}'; expected a number")
            return float(text.replace("_", ""))
        if hint is dt.date:
            text = self._scalar(node, what, "a date (YYYY-MM-DD)")
            try:
                if not _DATE.match(text):
                    raise ValueError
                return dt.date.fromisoformat(text)
            except ValueError:
                self._fail(node, f"{what} is '{text}'; expected a date as YYYY-MM-DD")
        raise TypeError(f"unsupported type in model: {hint!r}")  # a programming error

    def _scalar(self, node: yaml.Node, what: str, expected: str) -> str:
        if not isinstance(node, yaml.ScalarNode):
            self._fail(node, f"{what} must be {expected}, not {_kind(node)}")
        return str(node.value)


def _is_null(node: yaml.Node) -> bool:
    return (
        isinstance(node, yaml.ScalarNode)
        and node.style is None
        and node.value in ("", "~", "null", "Null", "NULL")
    )


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"the value '{node.value}'" if node.value else "an empty value"


def _choices(hint: Any) -> str:
    return ", ".join(str(a) for a in get_args(hint))


def _name(cls: type) -> str:
    return cls.__name__.lower()


# -- JSON Schema -------------------------------------------------------------------------------


def json_schema(cls: type, title: str) -> dict[str, Any]:
    """A draft-07 JSON Schema for one kind of content file (yaml-language-server reads draft-07)."""
    definitions: dict[str, Any] = {}
    root = _schema_for(cls, definitions)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": title,
        **definitions[root["$ref"].rsplit("/", 1)[1]],
        "definitions": {k: v for k, v in definitions.items() if k != cls.__name__},
    }


def _schema_for(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        return {"anyOf": [_schema_for(options[0], definitions), {"type": "null"}]}
    if origin is Literal:
        return {"enum": list(get_args(hint))}
    if origin is list:
        return {"type": "array", "items": _schema_for(get_args(hint)[0], definitions)}
    if origin is dict:
        return {"type": "object", "additionalProperties": {"type": "string"}}
    if dataclasses.is_dataclass(hint):
        cls = typing.cast(type, hint)
        name = cls.__name__
        if name not in definitions:
            definitions[name] = {}  # reserve the name: the model may be recursive
            hints = _hints(cls)
            properties: dict[str, Any] = {}
            for f in schema_fields(cls):
                prop = _schema_for(hints[f.name], definitions)
                if "doc" in f.metadata:
                    if "$ref" in prop:  # draft-07 ignores siblings of $ref
                        prop = {"allOf": [prop]}
                    prop = {**prop, "description": f.metadata["doc"]}
                properties[f.name] = prop
            definitions[name] = {
                "type": "object",
                "description": (cls.__doc__ or "").strip().splitlines()[0],
                "properties": properties,
                "required": [f.name for f in schema_fields(cls) if is_required(f)],
                "additionalProperties": False,
            }
        return {"$ref": f"#/definitions/{name}"}
    simple = {
        str: {"type": "string"},
        bool: {"type": "boolean"},
        int: {"type": "integer"},
        float: {"type": "number"},
        dt.date: {"type": "string", "format": "date"},
    }
    return dict(simple[hint])
