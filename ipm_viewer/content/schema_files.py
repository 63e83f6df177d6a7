"""Which JSON Schema goes with which content file."""

from __future__ import annotations

from typing import Any

from ipm_viewer.content import model, procedure_model
from ipm_viewer.content.schema import json_schema

SCHEMA_KINDS: dict[str, tuple[type, str]] = {
    "procedure": (procedure_model.Procedure, "IPM Viewer procedure (<lang>/procedures/<id>.yaml)"),
    "condition": (model.Condition, "IPM Viewer condition (<lang>/conditions/<id>.yaml)"),
    "glossary": (model.Glossary, "IPM Viewer glossary (<lang>/glossary.yaml)"),
    "sources": (model.Sources, "IPM Viewer sources (<lang>/sources.yaml)"),
    "categories": (model.Categories, "IPM Viewer categories and regions (<lang>/categories.yaml)"),
    "diagram": (model.DiagramText, "IPM Viewer diagram text (<lang>/diagrams/<id>.yaml)"),
    "guide": (model.Guide, "IPM Viewer guide or FAQ page (<lang>/guides/<id>.yaml)"),
    "clinic": (model.ClinicSettings, "IPM Viewer clinic settings (clinic.yaml)"),
}


def schema_for_kind(kind: str) -> dict[str, Any]:
    cls, title = SCHEMA_KINDS[kind]
    return json_schema(cls, title)
