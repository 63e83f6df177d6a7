"""Español, every screen: no interface string the app asks for is left untranslated, and no
English shows anywhere a Spanish-speaking patient or physician looks.

The walk visits every procedure (every section and step), condition, guide, the glossary,
search and the staff dialogs, in the exam room and in the kiosk.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipm_viewer import paths
from ipm_viewer.clinic import Clinic
from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.library import Library
from ipm_viewer.content.model import ClinicSettings, Phones
from ipm_viewer.ui.app import create_application
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from tests.ui.interface_walk import RecordingTranslator, shown_texts, walk_every_screen

CLINIC = Clinic(
    ClinicSettings(
        name="Clínica del Dolor del Valle",
        phones=Phones(office="(555) 010-0100", after_hours="(555) 010-0199"),
    )
)
# Words that are English and never Spanish; any of them on a Spanish screen is a string that
# escaped translation. ("a", "no", "me", "he" are words in both languages and are not listed.)
ENGLISH_ONLY = re.compile(
    r"\b(the|and|your|you|with|this|that|what|when|how|of|for|is|are|not|it|to|do|does|"
    r"can|will|after|before|during|step|back|next|show|page|people)\b",
    re.IGNORECASE,
)
# Names that are the same in both languages.
ALLOWED = ("IPM Viewer", "Ctrl+P", "Ctrl+F", "F11", "Esc", "ipm-viewer")
# The English button speaks to the reader who needs it, in English, on every screen.
ALLOWED += ("Show the app in English",)
# Qt's own contexts (shortcut names, layout direction): Qt's translations answer those.
QT_CONTEXT = re.compile(r"^Q[A-Z]")


@pytest.fixture(scope="module")
def library() -> Library:
    return load_content([], include_bundled=True)


@pytest.fixture
def spanish(library: Library) -> Iterator[RecordingTranslator]:
    """The app's Spanish translation, behind a recorder of every lookup it could not answer."""
    if "es" not in library.languages:
        pytest.fail("the bundled library has no Spanish content")
    app = create_application()
    compiled = paths.translations_dir() / "ipm_viewer_es.qm"
    inner = QTranslator()
    assert inner.load(str(compiled)), f"{compiled} is missing: run `make translations`"
    recorder = RecordingTranslator(inner)
    app.installTranslator(recorder)
    QLocale.setDefault(QLocale("es"))
    yield recorder
    app.removeTranslator(recorder)
    QLocale.setDefault(QLocale("en_US"))


_SOURCE_WORDS: dict[int, tuple[list[str], list[str]]] = {}


def _source_words(library: Library) -> tuple[list[str], list[str]]:
    """Every source's own words, longest first (so "The Korean Journal of Pain" goes before the
    journal "Pain"), and every source's title."""
    if id(library) in _SOURCE_WORDS:
        return _SOURCE_WORDS[id(library)]
    words: set[str] = set()
    titles: set[str] = set()
    for content in library.languages.values():
        for source in content.sources.values():
            fields = (source.quote, source.title, source.publisher, source.locator)
            words.update(" ".join(f.split()) for f in fields if f.strip())
            titles.add(" ".join(source.title.split()))
    found = sorted(words, key=len, reverse=True), sorted(titles, key=len, reverse=True)
    _SOURCE_WORDS[id(library)] = found
    return found


def _without_sources(text: str, library: Library) -> str:
    """Sources keep the language they were published in (a paper's title, a quote), whole or
    shortened to fit a label ("Show where this figure comes from: <the title's start>")."""
    words, titles = _source_words(library)
    text = " ".join(text.split())
    for original in words:
        text = text.replace(original, "")
    for title in titles:
        for end in range(len(title), 40, -1):  # the longest start of the title shown
            if title[:end] in text:
                text = text.replace(title[:end], "")
                break
    return text


# A file's path on the staff panel is a path in any language.
FILE_PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][\w.\-]+)+")


def _english_on_screen(window_texts: Iterator[str], library: Library) -> set[str]:
    found = set()
    for raw in window_texts:
        text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        for allowed in ALLOWED:
            text = text.replace(allowed, "")
        text = FILE_PATH.sub("", _without_sources(text, library))
        if ENGLISH_ONLY.search(text):
            found.add(raw.strip()[:120])
    return found


@pytest.mark.parametrize("kiosk", [False, True], ids=["desk", "kiosk"])
def test_every_screen_in_spanish_shows_no_english(
    qtbot: QtBot,
    preferences: Preferences,
    library: Library,
    spanish: RecordingTranslator,
    kiosk: bool,
) -> None:
    window = MainWindow(library, CLINIC, "es", preferences, kiosk=kiosk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    english: dict[str, set[str]] = {}
    for where, shown in walk_every_screen(window, library):
        if found := _english_on_screen(shown_texts(shown), library):
            english.setdefault(where, set()).update(found)
    untranslated = sorted(
        f"{context}: {source!r}"
        for context, source in spanish.missing
        if not QT_CONTEXT.match(context)
    )
    assert untranslated == [], "interface strings with no Spanish translation"
    assert english == {}, "\n".join(f"{k}: {sorted(v)[:5]}" for k, v in list(english.items())[:20])
    assert window.header.search_field.placeholderText().startswith("Buscar")


def test_the_recorder_catches_a_string_spanish_does_not_have(
    spanish: RecordingTranslator,
) -> None:
    """The check above can fail: a string with no translation is reported, not passed over."""
    assert QApplication.translate("HeaderBar", "Text size") == "Tamaño del texto"
    assert QApplication.translate("HeaderBar", "A string nobody wrote") == "A string nobody wrote"
    assert ("HeaderBar", "A string nobody wrote") in spanish.missing
    assert ("HeaderBar", "Text size") not in spanish.missing


def test_typing_spanish_without_accents_finds_the_procedure(
    qtbot: QtBot, preferences: Preferences, library: Library, spanish: RecordingTranslator
) -> None:
    """A patient types "inyeccion epidural" (no accent) in the header and opens the first result."""
    window = MainWindow(library, CLINIC, "es", preferences)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.keyClicks(window.header.search_field, "inyeccion epidural")
    first = window.home.results.buttons[0]
    assert first.title_label.text() == "Inyección epidural de esteroides"
    assert first.kind_label.text() == "Procedimiento"
    qtbot.keyClick(window.header.search_field, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is window.procedure_screen
    assert window.procedure_screen.procedure is not None
    assert window.procedure_screen.procedure.id == "epidural-steroid-injection"
