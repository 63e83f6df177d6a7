"""What a handout holds: the items asked for (a procedure, or a visit's procedures and
conditions in order), resolved in the handout's language with a per-file fall-back to English,
turned into units of flowables (a cover page for a visit, then one unit per item)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ipm_viewer import __version__
from ipm_viewer.content.library import BASE_LANGUAGE, LanguageContent
from ipm_viewer.content.model import Condition, DiagramText, Review, Source
from ipm_viewer.content.procedure_model import Procedure
from ipm_viewer.handout.blocks import (
    body,
    items,
    masthead,
    note_box,
    notes_lines,
    section,
    title_block,
)
from ipm_viewer.handout.flow import Flowable, PageBreak
from ipm_viewer.handout.paginate import Unit
from ipm_viewer.handout.procedure_pages import ProcedureMaterial, procedure_pages
from ipm_viewer.handout.request import (
    PROCEDURE,
    HandoutItem,
    HandoutOptions,
    HandoutSource,
)
from ipm_viewer.handout.style import Typesetter
from ipm_viewer.ui.language_switch import language_name

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate

T = TypeVar("T")


@dataclass
class _Resolved:
    """One item in the handout's language, or in English with a note saying so."""

    item: Procedure | Condition
    content: LanguageContent  # the language the item's file is in
    wanted: LanguageContent | None  # the handout's language (None: not in the library at all)
    fell_back: bool


def _resolve(source: HandoutSource, item: HandoutItem, language: str) -> _Resolved:
    library = source.library
    wanted = library.languages.get(content_language(language))
    base = library.languages.get(BASE_LANGUAGE) or library.language(language)
    for content in (wanted, base):
        if content is None:
            continue
        table: Mapping[str, Procedure | Condition] = (
            content.procedures if item.kind == PROCEDURE else content.conditions
        )
        found = table.get(item.item_id)
        if found is not None:
            # A language lists the English items it has not translated: those fell back too.
            fell_back = content is not wanted or found.language != content.language
            home = base if fell_back and base is not None else content
            return _Resolved(found, home, wanted, fell_back)
    raise KeyError(item.item_id)


def _each(
    contents: Sequence[LanguageContent | None], table: str, keys: Iterable[str], kind: type[T]
) -> list[T]:
    """Each key's entry from the first content (language) that has it, in order, once."""
    found: list[T] = []
    for key in dict.fromkeys(keys):
        for content in contents:
            value = getattr(content, table).get(key) if content is not None else None
            if isinstance(value, kind):
                found.append(value)
                break
    return found


def content_language(code: str) -> str:
    """The content folder for a language or locale code: "es_MX" and "es-MX" read `es`."""
    return code.replace("-", "_").split("_")[0].lower() or BASE_LANGUAGE


# How a language names itself inside a sentence ("disponible en español"), where that differs.
_IN_A_SENTENCE = {"es": "español"}


def fallback_note(language: str) -> str:
    code = content_language(language)
    name = _IN_A_SENTENCE.get(code) or language_name(code)
    return translate(
        "Handout", "This part is not yet available in {language}. It is shown in English."
    ).format(language=name)


def long_date(day: dt.date) -> str:
    """ "December 3, 2026" in the handout's locale (the long format, without the weekday)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return locale.toString(QDate(day.year, day.month, day.day), pattern.strip())


def printed_date(options: HandoutOptions) -> str:
    return long_date(options.printed_on or dt.date.today())


def review_line(review: Review) -> str:
    """The footer's word on review: never "reviewed" for content no clinician has signed off."""
    if not review.reviewed_by or review.reviewed_by.lower().startswith("pending"):
        return translate("Handout", "Content of {date}, awaiting clinical review").format(
            date=long_date(review.reviewed_on)
        )
    return translate("Handout", "Content reviewed {date}").format(
        date=long_date(review.reviewed_on)
    )


def version_line() -> str:
    return translate("Handout", "IPM Viewer {version}").format(version=__version__)


def document_title(source: HandoutSource, items_: Sequence[HandoutItem], language: str) -> str:
    titles = [_resolve(source, item, language).item.title for item in items_]
    if len(titles) == 1:
        return titles[0]
    return translate("Handout", "Your visit: {items}").format(items=", ".join(titles))


def build_units(
    ts: Typesetter,
    source: HandoutSource,
    items_: Sequence[HandoutItem],
    options: HandoutOptions,
    width: float,
) -> list[Unit]:
    """One unit per item, in order (the cover is added by `cover_unit` once pages are known)."""
    printed = printed_date(options)
    units = []
    for item in items_:
        resolved = _resolve(source, item, options.language)
        flow = masthead(ts, source.clinic, printed)
        if resolved.fell_back:
            flow.append(note_box(ts, fallback_note(options.language)))
        thing = resolved.item
        flow += title_block(ts, thing.title, thing.summary)
        if isinstance(thing, Procedure):
            material = _material(source, resolved, thing, options)
            flow += procedure_pages(ts, material, source.clinic, source.documents, width)
        else:
            flow += _condition_pages(ts, resolved, thing)
        units.append(Unit(thing.title, review_line(thing.review), flow))
    return units


def _material(
    source: HandoutSource, resolved: _Resolved, procedure: Procedure, options: HandoutOptions
) -> ProcedureMaterial:
    contents = (resolved.content, resolved.wanted, source.library.languages.get(BASE_LANGUAGE))
    conditions = [c.title for c in _each(contents, "conditions", procedure.treats, Condition)]
    diagram_ids = [s.diagram.id for s in procedure.steps if s.diagram]
    texts = {t.id: t for t in _each(contents, "diagram_texts", diagram_ids, DiagramText)}
    keys = [*procedure.sources, *(r.source for r in procedure.risks)]
    keys += [b.source for b in procedure.benefits]
    sources = {s.key: s for s in _each(contents, "sources", keys, Source)}
    return ProcedureMaterial(
        procedure,
        conditions,
        sources,
        texts,
        options.drawings.get(procedure.id, {}),
        options.current_step.get(procedure.id),
    )


def _condition_pages(ts: Typesetter, resolved: _Resolved, condition: Condition) -> list[Flowable]:
    flow = [*section(ts, translate("Handout", "What it is")), body(ts, condition.explanation, 0)]
    if condition.symptoms:
        flow += section(ts, translate("ConditionScreen", "What people notice"))
        flow += items(ts, condition.symptoms)
    helping = resolved.content.procedures_treating(condition.id)
    if helping:
        flow += section(ts, translate("ConditionScreen", "Procedures that may help"))
        flow += items(ts, [f"**{p.title}**: {p.summary}" for p in helping])
    flow.append(
        body(
            ts,
            translate(
                "ConditionScreen",
                "Many people get better with exercise, physical therapy and medicines. "
                "Your doctor can tell you which choices fit you.",
            ),
        )
    )
    flow += notes_lines(ts, 4)
    return flow


def cover_unit(
    ts: Typesetter,
    source: HandoutSource,
    items_: Sequence[HandoutItem],
    options: HandoutOptions,
    first_pages: Sequence[int],
) -> Unit:
    """A visit's short cover: what was talked about, in order, and where each one starts."""
    flow = masthead(ts, source.clinic, printed_date(options))
    flow += title_block(
        ts,
        translate("Handout", "Your visit"),
        translate("Handout", "What we talked about today, in the order we talked about it."),
    )
    flow += section(ts, translate("Handout", "In this handout"))
    lines = []
    reviews = []
    for item, page in zip(items_, first_pages, strict=True):
        thing = _resolve(source, item, options.language).item
        reviews.append(thing.review)
        lines.append(
            f"**{thing.title}**: {thing.summary} "
            + translate("Handout", "(page {page})").format(page=page)
        )
    flow += items(ts, lines, "number")
    flow += notes_lines(ts, 6)
    flow.append(PageBreak())
    oldest = min(reviews, key=lambda review: review.reviewed_on, default=None)
    return Unit(translate("Handout", "Your visit"), review_line(oldest) if oldest else "", flow)
