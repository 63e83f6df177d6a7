"""Check an SVG diagram before Qt ever sees it, and list its structure ids.

Diagrams may come from a clinic's folder, so they are treated as hostile: size-limited, parsed with
expat after refusing any DOCTYPE (no entities, so no entity expansion or external fetches), and
refused if they carry scripts, external references, or absurd dimensions. No Qt here.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass
from pathlib import Path

from ipm_viewer.content.model import Position
from ipm_viewer.diagrams.svg_info import SVG_NS, SvgInfo

MAX_SVG_BYTES = 2 * 1024 * 1024
MAX_ELEMENTS = 20_000
MAX_DIMENSION = 10_000.0  # user units; a diagram is drawn at ~1000

_FORBIDDEN_ELEMENTS = {"script", "foreignObject", "image", "iframe", "handler", "listener"}
_UNSUPPORTED_ELEMENTS = {"clipPath", "mask", "filter", "pattern", "text", "tspan"}
_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)")


@dataclass(frozen=True, slots=True)
class SvgProblem:
    position: Position
    message: str


def check_svg(path: Path, display_path: str) -> tuple[SvgInfo | None, list[SvgProblem]]:
    """Return the diagram's ids, or None and the reasons it must not be shown."""
    info = SvgInfo(path.stem, path)
    problems: list[SvgProblem] = []

    def refuse(line: int, column: int, message: str) -> tuple[None, list[SvgProblem]]:
        problems.append(SvgProblem(Position(display_path, line, column), message))
        return None, problems

    try:
        size = path.stat().st_size
        if size > MAX_SVG_BYTES:
            return refuse(1, 1, f"SVG is {size:,} bytes; the limit is {MAX_SVG_BYTES:,}")
        data = path.read_bytes()
    except OSError as exc:
        return refuse(1, 1, f"cannot read SVG: {exc.strerror}")

    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    state = {"count": 0, "root": True}

    def start_doctype(*_args: object) -> None:
        raise _RefusedError("DOCTYPE and entity declarations are not allowed in diagrams")

    def start_element(name: str, attrs: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        state["count"] = int(state["count"]) + 1
        if int(state["count"]) > MAX_ELEMENTS:
            raise _RefusedError(f"more than {MAX_ELEMENTS:,} elements")
        if state["root"]:
            state["root"] = False
            if local != "svg" or namespace != SVG_NS:
                raise _RefusedError(
                    f"root element is <{local}>; expected <svg> in the SVG namespace"
                )
            _check_dimensions(attrs)
        if local in _FORBIDDEN_ELEMENTS:
            raise _RefusedError(f"<{local}> is not allowed in diagrams")
        if local in _UNSUPPORTED_ELEMENTS:
            raise _RefusedError(
                f"<{local}> is not allowed: Qt's SVG Tiny renderer does not support it well"
                " (and diagrams carry no text; labels come from content)"
            )
        for attr, value in attrs.items():
            attr_local = attr.rpartition(" ")[2]
            if attr_local.startswith("on"):
                raise _RefusedError(f"event attribute '{attr_local}' is not allowed")
            if attr_local == "href" and not value.startswith("#"):
                raise _RefusedError("external references (href) are not allowed")
            if "url(" in value and not re.search(r"url\(\s*#", value):
                raise _RefusedError("external url() references are not allowed")
        element_id = attrs.get("id")
        if element_id:
            if element_id in info.ids:
                raise _RefusedError(f"id '{element_id}' is used twice")
            info.ids.add(element_id)
            if element_id.startswith("anchor-"):
                info.anchors.add(element_id)
            if local == "g" and "overlay" in attrs.get("class", "").split():
                info.overlays.add(element_id)

    parser.StartDoctypeDeclHandler = start_doctype
    parser.EntityDeclHandler = start_doctype
    parser.StartElementHandler = start_element
    try:
        parser.Parse(data, True)
    except _RefusedError as exc:
        return refuse(parser.CurrentLineNumber, parser.CurrentColumnNumber + 1, str(exc))
    except xml.parsers.expat.ExpatError as exc:
        message = xml.parsers.expat.ErrorString(exc.code)
        return refuse(exc.lineno, exc.offset + 1, f"invalid SVG: {message}")
    return info, problems


class _RefusedError(Exception):
    pass


def _check_dimensions(attrs: dict[str, str]) -> None:
    values = [attrs.get("width", ""), attrs.get("height", "")]
    values += attrs.get("viewBox", "").replace(",", " ").split()[2:]
    for value in values:
        match = _NUMBER.match(value)
        if match and float(match.group(1)) > MAX_DIMENSION:
            raise _RefusedError(f"dimension '{value}' is absurdly large (limit {MAX_DIMENSION:g})")
