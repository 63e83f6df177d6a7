"""`ipm-viewer --selftest`: prove an installation works, offscreen, in a few seconds.

Loads all content, builds every screen for every procedure in every language, renders every
diagram in every state a step asks for, writes one handout PDF, and fails on any content error
or Qt warning. Used by CI on the PyInstaller bundle, where a missing plugin or data file only
shows at run time.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ipm_viewer.content.library import BASE_LANGUAGE
from ipm_viewer.diagrams.svg_state import DiagramDocuments, DiagramState

if TYPE_CHECKING:  # Qt is imported only once the platform is chosen, inside run_selftest
    from PySide6.QtGui import QImage

    from ipm_viewer.content.library import Library
    from ipm_viewer.content.model import ClinicSettings


def run_selftest(clinic_file: Path | None, content_dirs: Sequence[Path]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import (
        QByteArray,
        QMessageLogContext,
        QSettings,
        QtMsgType,
        qInstallMessageHandler,
    )
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    from ipm_viewer.ui.app import build_window, create_application, load_everything
    from ipm_viewer.ui.preferences import Preferences

    failures: list[str] = []

    def on_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            failures.append(f"Qt: {message}")

    qInstallMessageHandler(on_qt_message)
    started = time.perf_counter()
    create_application([sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]])
    clinic, library = load_everything(clinic_file, content_dirs)
    failures += [str(p) for p in library.problems.errors]

    documents = DiagramDocuments(library.diagrams)
    diagram_states = 0
    for diagram_id in sorted(library.diagrams):
        states = {DiagramState()}
        for content in library.languages.values():
            for procedure in content.procedures.values():
                for step in procedure.steps:
                    if step.diagram and step.diagram.id == diagram_id:
                        states.add(
                            DiagramState(
                                frozenset(step.diagram.show), frozenset(step.diagram.highlight)
                            )
                        )
        document = documents.get(diagram_id)
        if document is None:
            failures.append(f"diagram {diagram_id}: could not be parsed")
            continue
        for state in states:
            renderer = QSvgRenderer(QByteArray(document.svg_for(state)))
            if not renderer.isValid():
                failures.append(f"diagram {diagram_id}: Qt could not render state {state}")
                continue
            image = QImage(400, 400, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            if _is_blank(image):
                failures.append(f"diagram {diagram_id}: rendered blank for state {state}")
            diagram_states += 1

    settings_file = Path(tempfile.mkdtemp(prefix="ipm-selftest-")) / "preferences.ini"
    preferences = Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    screens = 0
    for code, content in sorted(library.languages.items()):
        window = build_window(clinic, library, code, preferences)
        window.resize(1920, 1080)
        window.show()
        for procedure_id in sorted(content.procedures):
            window.open_procedure(procedure_id)
            screen = window.procedure_screen
            for index in range(screen.walkthrough.step_count):
                screen.walkthrough.go_to(index)
                QApplication.processEvents()
                window.grab()
                screens += 1
            for section in range(len(screen.tab_buttons)):
                screen.show_section(section)
                QApplication.processEvents()
                window.grab()
                screens += 1
            window.go_back()
        window.close()
        window.deleteLater()
    QApplication.processEvents()
    failures += _check_handout(library, clinic.settings, settings_file.parent)
    languages, problems = _check_translations()
    failures += problems
    qInstallMessageHandler(None)

    elapsed = time.perf_counter() - started
    procedures = sum(len(c.procedures) for c in library.languages.values())
    if failures:
        for failure in failures:
            print(f"selftest: FAIL: {failure}")
        print(f"selftest: {len(failures)} failures")
        return 1
    print(
        f"selftest: OK: {procedures} procedures, {screens} screens, "
        f"{len(library.diagrams)} diagrams in {diagram_states} states, "
        f"interface in {', '.join(['en', *languages])}, {elapsed:.1f} s"
    )
    return 0


def _check_handout(library: Library, clinic: ClinicSettings, folder: Path) -> list[str]:
    """One procedure's handout as PDF: fonts, vector diagrams and the PDF writer work here."""
    from ipm_viewer.handout.output import write_pdf
    from ipm_viewer.handout.request import HandoutOptions, HandoutSource

    source = HandoutSource.of(library, clinic)
    content = library.language(BASE_LANGUAGE)
    if not content.procedures:
        return []
    first = sorted(content.procedures)[0]
    item = source.find(first)
    assert item is not None
    out = folder / "handout.pdf"
    pages = write_pdf(out, source, [item], HandoutOptions())
    size = out.stat().st_size if out.is_file() else 0
    if not 1 <= pages <= 4 or size < 10_000:
        return [f"handout for {first}: {pages} pages, {size} bytes"]
    return []


def _check_translations() -> tuple[list[str], list[str]]:
    """Every interface translation shipped loads, and Qt's own words for it came along.

    Returns the language codes found and the failures. A bundle that pruned qtbase_es.qm would
    otherwise show English dialog buttons in a Spanish app, which only a Spanish user notices.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from ipm_viewer import paths

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    codes, failures = [], []
    for file in sorted(paths.translations_dir().glob("ipm_viewer_*.qm")):
        code = file.stem.removeprefix("ipm_viewer_")
        codes.append(code)
        ours, qt = QTranslator(), QTranslator()
        if not ours.load(str(file)) or ours.isEmpty():
            failures.append(f"{file.name}: could not be loaded")
        if not qt.load(QLocale(code), "qtbase", "_", qt_folder):
            failures.append(f"Qt's own translation for {code} (qtbase_{code}.qm) is missing")
    return codes, failures


def _is_blank(image: QImage) -> bool:
    """True when every sampled pixel is the white background."""
    white = image.pixel(0, 0)
    step = max(1, image.width() // 40)
    return all(
        image.pixel(x, y) == white
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )
