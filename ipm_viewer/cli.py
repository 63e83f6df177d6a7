"""Command line: the GUI by default, plus tools for content authors and clinic staff.

ipm-viewer [--kiosk] [--clinic FILE] [--content DIR] [--lang CODE]
ipm-viewer validate [--report] [DIR ...]  check content; exit 1 on errors
ipm-viewer schema [--out DIR]             JSON Schema for editors
ipm-viewer selftest | --selftest          load everything, build every screen offscreen
ipm-viewer set-pin [--clinic FILE]        set the staff PIN that unlocks kiosk mode
ipm-viewer pack keygen|create|verify|install|rollback|status   signed content packs
ipm-viewer figures [--csv FILE]           every risk and benefit figure with its quote; coverage
ipm-viewer handout ID [ID ...] --out FILE.pdf [--lang CODE] [--clinic FILE] [--large-print]
                                          a take-home handout (several ids: one visit document)
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ipm_viewer import __version__

if TYPE_CHECKING:
    import argparse

    from ipm_viewer.content.library import LanguageContent, Library
    from ipm_viewer.content.model import Condition, Guide
    from ipm_viewer.content.readability import ReadingReport


def build_parser() -> argparse.ArgumentParser:
    # Imported here: the everyday start (no arguments) builds no parser (see main).
    import argparse

    from ipm_viewer.content.readability import MAX_GRADE, MIN_INFLESZ

    parser = argparse.ArgumentParser(
        prog="ipm-viewer",
        description="Offline patient education for interventional pain procedures.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--clinic", type=Path, metavar="FILE", help="clinic settings file")
    parser.add_argument(
        "--content",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="extra content folder laid over the bundled content (repeatable)",
    )
    parser.add_argument("--lang", metavar="CODE", help="language to show, e.g. en")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="waiting-room kiosk mode (needs a staff PIN: see set-pin)",
    )
    parser.add_argument(
        "--selftest", action="store_true", help="same as the selftest command (for the bundle)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check content folders; exit 1 on errors")
    validate.add_argument(
        "dirs",
        nargs="*",
        type=Path,
        metavar="DIR",
        help="content folders to check over the bundled content (default: the bundled content)",
    )
    validate.add_argument("--quiet", action="store_true", help="print errors only")
    validate.add_argument(
        "--report",
        action="store_true",
        help=f"also print each file's reading score; fail above grade {MAX_GRADE:g}"
        f" (English) or below INFLESZ {MIN_INFLESZ:g} (Spanish)",
    )

    schema = commands.add_parser("schema", help="print or write JSON Schema for content files")
    schema.add_argument("--out", type=Path, metavar="DIR", help="write one file per kind here")
    schema.add_argument(
        "--kind", default="procedure", help="which schema to print (default: procedure)"
    )

    commands.add_parser("selftest", help="load all content and build every screen offscreen")

    figures = commands.add_parser(
        "figures",
        help="list every risk and benefit figure with its source quote; print risk coverage",
    )
    figures.add_argument(
        "dirs", nargs="*", type=Path, metavar="DIR", help="content folders over the bundled content"
    )
    figures.add_argument(
        "--csv", type=Path, metavar="FILE", help="write one row per figure as CSV ('-': stdout)"
    )

    set_pin = commands.add_parser(
        "set-pin", help="set the staff PIN that unlocks kiosk mode (stored as a salted hash)"
    )
    set_pin.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from standard input (for scripts)"
    )
    set_pin.add_argument(  # also accepted after the command, where staff will type it
        "--clinic",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="clinic settings file to write (default: the one in use, or the user's)",
    )
    from ipm_viewer.packs.commands import add_pack_commands  # no Qt, no cryptography here

    add_pack_commands(commands)
    handout = commands.add_parser(
        "handout",
        help="write a take-home handout as PDF (several ids make one visit document)",
    )
    handout.add_argument("ids", nargs="+", metavar="ID", help="procedure or condition ids")
    handout.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="PDF to write")
    handout.add_argument("--large-print", action="store_true", help="16 pt body text, re-flowed")
    handout.add_argument(
        "--paper", choices=("letter", "a4"), help="paper size (default: from the locale)"
    )
    for flag, metavar, text in (
        ("--lang", "CODE", "language of the handout, e.g. en (default: the clinic's)"),
        ("--clinic", "FILE", "clinic settings file (name, phone numbers)"),
    ):
        handout.add_argument(  # also accepted after the command
            flag,
            metavar=metavar,
            default=argparse.SUPPRESS,
            help=text,
            type=Path if flag == "--clinic" else str,
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:
        # The everyday start, with nothing to read: no parser to build (about 10 ms of start-up).
        return _run_gui(clinic_file=None, content_dirs=[], language=None, kiosk=False)
    args = build_parser().parse_args(arguments)
    if args.selftest or args.command == "selftest":
        from ipm_viewer.selftest import run_selftest

        return run_selftest(args.clinic, args.content)
    if args.command == "validate":
        return _validate(args.dirs, quiet=args.quiet, report=args.report)
    if args.command == "schema":
        return _schema(args.out, args.kind)
    if args.command == "handout":
        from ipm_viewer.handout.command import run_handout  # needs Qt: imported only here

        return run_handout(
            args.ids,
            out=args.out,
            clinic_file=args.clinic,
            content_dirs=args.content,
            language=args.lang,
            large_print=args.large_print,
            paper=args.paper,
        )
    if args.command == "set-pin":
        return _set_pin(args.clinic, from_stdin=args.pin_stdin)
    if args.command == "pack":
        from ipm_viewer.packs.commands import run_pack_command

        return run_pack_command(args)
    if args.command == "figures":
        return _figures(args.dirs, args.csv, args.lang)
    return _run_gui(
        clinic_file=args.clinic, content_dirs=args.content, language=args.lang, kiosk=args.kiosk
    )


def _run_gui(
    *, clinic_file: Path | None, content_dirs: list[Path], language: str | None, kiosk: bool
) -> int:
    # Python's cycle collector stays off while the window is built (run_gui turns it on before
    # the event loop): start-up's objects all live on, and the collections it set off freed
    # next to nothing. On whatever way out, it is on again.
    gc.disable()
    try:
        from ipm_viewer.ui.app import run_gui

        return run_gui(
            clinic_file=clinic_file, content_dirs=content_dirs, language=language, kiosk=kiosk
        )
    finally:
        gc.enable()


def _set_pin(clinic_file: Path | None, *, from_stdin: bool) -> int:
    import getpass

    from ipm_viewer import paths
    from ipm_viewer.clinic import ClinicFileError, write_pin_hash
    from ipm_viewer.pin import PinError, check_new_pin, hash_pin

    target = clinic_file or paths.user_clinic_file()
    if from_stdin:
        pin = sys.stdin.readline().strip()
        again = pin
    else:
        pin = getpass.getpass("New staff PIN (4-12 digits): ")
        again = getpass.getpass("Type it again: ")
    if pin != again:
        print("The two PINs differ; nothing was changed.", file=sys.stderr)
        return 1
    try:
        check_new_pin(pin)
        write_pin_hash(target, hash_pin(pin))
    except (PinError, ClinicFileError) as exc:
        print(f"{target}: {exc}", file=sys.stderr)
        return 1
    print(f"Staff PIN saved (as a salted hash) in {target}")
    return 0


def _validate(dirs: list[Path], *, quiet: bool, report: bool = False) -> int:
    from ipm_viewer.content.catalog import load_content

    library = load_content(dirs)
    too_hard = _print_report(library) if report else 0
    problems = library.problems.sorted()
    shown = [p for p in problems if p.level == "error" or not quiet]
    for problem in shown:
        print(problem)
    errors = sum(1 for p in problems if p.level == "error")
    warnings = len(problems) - errors
    counts = ", ".join(
        f"{len(c.procedures)} procedures, {len(c.conditions)} conditions, "
        f"{len(c.glossary)} glossary terms ({code})"
        for code, c in sorted(library.languages.items())
    )
    print(
        f"{errors} errors, {warnings} warnings; {counts}; {len(library.diagrams)} diagrams",
        file=sys.stderr,
    )
    return 1 if errors or too_hard else 0


def _print_report(library: Library) -> int:
    """Per-file reading score and counts; returns how many files read too hard.

    English is scored as a Flesch-Kincaid grade, Spanish on the INFLESZ scale. Items a
    translation borrows from English are not scored again under that language.
    """
    try:
        from ipm_viewer.content import readability
        from ipm_viewer.content.readability import reading_report
    except ImportError:  # pragma: no cover - textstat is in the test and authoring extras
        print("--report needs textstat: pip install 'ipm-viewer[authoring]'", file=sys.stderr)
        return 1
    too_hard = 0
    for code, content in sorted(library.languages.items()):
        measure = "INFLESZ" if code == "es" else "grade"
        own = sorted(
            (p for p in content.procedures.values() if not content.is_fallback("procedure", p.id)),
            key=lambda p: p.id,
        )
        print(f"{'procedure':<44} {measure:>7} {'steps':>5} {'risks':>5} {'sources':>7}  ({code})")
        for procedure in own:
            reading = reading_report(procedure)
            too_hard += reading.too_hard
            print(
                f"{procedure.id:<44} {reading.score:>7.1f} {len(procedure.steps):>5} "
                f"{len(procedure.risks):>5} {len(procedure.sources):>7}{_flag(reading)}"
            )
        others: list[Condition | Guide] = [
            *(c for c in content.conditions.values() if not content.is_fallback("condition", c.id)),
            *(g for g in content.guides.values() if not content.is_fallback("guide", g.id)),
        ]
        print(f"{'condition or guide':<44} {measure:>7}")
        for item in sorted(others, key=lambda i: i.id):
            reading = reading_report(item)
            too_hard += reading.too_hard
            print(f"{item.id:<44} {reading.score:>7.1f}{_flag(reading)}")
        print(f"{'glossary or diagram file':<44} {measure:>7}")
        for reading in _words_reports(content):
            too_hard += reading.too_hard
            print(f"{reading.item_id:<44} {reading.score:>7.1f}{_flag(reading)}")
    if too_hard:
        print(
            f"{too_hard} files read too hard (English above grade {readability.MAX_GRADE:g},"
            f" Spanish below INFLESZ {readability.MIN_INFLESZ:g})",
            file=sys.stderr,
        )
    return too_hard


def _words_reports(content: LanguageContent) -> list[ReadingReport]:
    """One score per glossary file, per diagram's words and for the home screen's headings
    (categories and body regions), for the files this language wrote."""
    from ipm_viewer.content.readability import text_report, words_text

    files: dict[str, list[str]] = {}
    for term_id, term in content.glossary.items():
        if not content.is_fallback("term", term_id) and f"term:{term_id}" in content.item_paths:
            file = Path(content.item_paths[f"term:{term_id}"][0]).name
            files.setdefault(file, []).extend(words_text([term], []))
    headings = [
        text
        for category in content.categories
        if not content.is_fallback("category", category.id)
        for text in (category.title, category.description)
    ]
    headings += [r.title for r in content.regions if not content.is_fallback("region", r.id)]
    if headings:
        files["categories.yaml"] = words_text([], [], headings)
    for diagram_id, words in sorted(content.diagram_texts.items()):
        if not content.is_fallback("diagram", diagram_id):
            files[f"diagrams/{diagram_id}"] = words_text([], [words])
    return [text_report(name, content.language, texts) for name, texts in sorted(files.items())]


def _flag(reading: ReadingReport) -> str:
    if reading.too_hard:
        return "  too hard"
    from ipm_viewer.content.readability import TARGET_INFLESZ

    return f"  below the {TARGET_INFLESZ:g} target" if reading.below_target else ""


def _figures(dirs: list[Path], csv_file: Path | None, language: str | None) -> int:
    """One row per figure (to read, or as CSV for a spreadsheet), then the risk coverage."""
    # Only QtCore, for the patient's exact wording and number format; no display is needed.
    from PySide6.QtCore import QLocale

    from ipm_viewer.content import figure_report
    from ipm_viewer.content.catalog import load_content
    from ipm_viewer.content.library import BASE_LANGUAGE
    from ipm_viewer.ui.risk_language import headline

    code = language or BASE_LANGUAGE
    QLocale.setDefault(QLocale(code))  # numbers as the app shows them: "1,000" in English
    content = load_content(dirs).language(code)
    rows = list(figure_report.figure_rows(content, headline))
    if csv_file is not None and str(csv_file) == "-":
        figure_report.write_csv(rows, sys.stdout)
    elif csv_file is not None:
        with csv_file.open("w", encoding="utf-8", newline="") as out:
            figure_report.write_csv(rows, out)
        print(f"{len(rows)} rows written to {csv_file}", file=sys.stderr)
    else:
        for row in rows:
            where = f"  [{row.source}: {row.locator}]" if row.source else ""
            print(f"{row.procedure}  {row.kind}  {row.id}: {row.phrase}{where}")
        print()
    summary = figure_report.coverage(content)
    lines = figure_report.coverage_lines(summary)
    print("\n".join(lines), file=sys.stderr if csv_file is not None else sys.stdout)
    return 0


def _schema(out: Path | None, kind: str) -> int:
    import json

    from ipm_viewer.content.schema_files import SCHEMA_KINDS, schema_for_kind

    if out is None:
        if kind not in SCHEMA_KINDS:
            print(
                f"unknown kind '{kind}'; expected one of {', '.join(SCHEMA_KINDS)}", file=sys.stderr
            )
            return 2
        print(json.dumps(schema_for_kind(kind), indent=2))
        return 0
    out.mkdir(parents=True, exist_ok=True)
    for name in SCHEMA_KINDS:
        target = out / f"{name}.schema.json"
        target.write_text(json.dumps(schema_for_kind(name), indent=2) + "\n", encoding="utf-8")
        print(target)
    return 0
