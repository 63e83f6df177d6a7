"""Content text to Qt rich text, with medical words marked as links to their explanation.

Content allows light Markdown only (**bold**, *emphasis*, "- " lists), so a small converter is
enough, and it lets us mark glossary words: the first time a page uses a word the glossary
explains, it becomes a `term:<id>` link that opens the explanation in place.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from ipm_viewer.content.model import GlossaryTerm

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
_TAG = re.compile(r"(<[^>]+>)")


@dataclass(frozen=True, slots=True)
class TermMatcher:
    """Finds glossary words in text; longer forms first, so "epidural space" beats "epidural"."""

    pattern: re.Pattern[str] | None
    ids: dict[str, str]  # lower-case form -> term id

    @classmethod
    def build(cls, glossary: dict[str, GlossaryTerm]) -> TermMatcher:
        ids: dict[str, str] = {}
        for term in glossary.values():
            for form in (term.term, *term.also):
                if len(form) >= 3:
                    ids.setdefault(form.lower(), term.id)
        if not ids:
            return cls(None, {})
        forms = sorted(ids, key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(re.escape(f) for f in forms) + r")s?\b", re.I)
        return cls(pattern, ids)


def to_html(text: str, matcher: TermMatcher | None = None, linked: set[str] | None = None) -> str:
    """Rich text for a QLabel. `linked` collects term ids already marked on the page (each is
    marked once, where the reader first meets it)."""
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    parts = []
    for block in blocks:
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{_inline(line[2:], matcher, linked)}</li>" for line in lines)
            parts.append(f"<ul style='margin-left: 0px'>{items}</ul>")
        else:
            parts.append(f"<p>{_inline(' '.join(lines), matcher, linked)}</p>")
    return "".join(parts)


def _inline(text: str, matcher: TermMatcher | None, linked: set[str] | None) -> str:
    escaped = html.escape(text, quote=False)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    escaped = _ITALIC.sub(r"<i>\1</i>", escaped)
    if matcher is None or matcher.pattern is None:
        return escaped
    seen = linked if linked is not None else set()
    pattern = matcher.pattern

    def link(match: re.Match[str]) -> str:
        word = match.group(0)
        term_id = matcher.ids.get(match.group(1).lower())
        if term_id is None or term_id in seen:
            return word
        seen.add(term_id)
        return f'<a href="term:{term_id}">{word}</a>'

    # Only text between tags is searched, so markup is never broken.
    return "".join(
        piece if piece.startswith("<") else pattern.sub(link, piece)
        for piece in _TAG.split(escaped)
    )


def refresh_links(root: QWidget, link: QColor) -> None:
    """Give every rich-text label under `root` the theme's link colour.

    A label takes its link colour from its palette when its text is set, and a style sheet
    freezes that palette: so set the colour, then the text again (setText with the same text
    does nothing, hence the clear()).
    """
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.RichText and label.text():
            colours = label.palette()
            colours.setColor(QPalette.ColorRole.Link, link)
            label.setPalette(colours)
            text = label.text()
            label.clear()
            label.setText(text)
