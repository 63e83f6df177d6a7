"""The mark on an item shown in English because the chosen language has no translation of it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def untranslated_mark(item_language: str, shown_language: str) -> str:
    """'(in English)', in the reader's language, or "" when the item is in their language.

    Only the base language (English) fills gaps, so that is the one language named here.
    """
    if not shown_language or item_language == shown_language:
        return ""
    return QCoreApplication.translate("Language", "(in English)")
