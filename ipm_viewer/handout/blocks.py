"""Small builders for the handout's recurring blocks: headings, lists, the masthead, boxes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from ipm_viewer.content.model import ClinicSettings
from ipm_viewer.handout.flow import Flowable, Paragraph, Rule, RuledLines
from ipm_viewer.handout.groups import Box, Columns
from ipm_viewer.handout.style import INK_SOFT, WHITE, Typesetter
from ipm_viewer.ui.widgets.info_pages import phone_numbers

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate


def section(ts: Typesetter, title: str) -> list[Flowable]:
    """A section heading with a rule under it; it always stays with what follows."""
    style = ts.style
    return [
        Paragraph(
            ts,
            title,
            size=style.heading,
            weight=QFont.Weight.Bold,
            space_before=ts.space(1.1),
            keep_with_next=True,
        ),
        Rule(ts, 1.2, space_before=ts.pt(1)),
    ]


def subheading(ts: Typesetter, title: str, space_before: float | None = None) -> Paragraph:
    style = ts.style
    return Paragraph(
        ts,
        title,
        size=style.subheading,
        weight=QFont.Weight.Bold,
        space_before=ts.space(0.8) if space_before is None else space_before,
        keep_with_next=True,
    )


def body(ts: Typesetter, text: str, space_before: float | None = None) -> Paragraph:
    """A paragraph of body text (light Markdown emphasis allowed)."""
    gap = ts.space(0.4) if space_before is None else space_before
    return Paragraph(ts, text, space_before=gap)


def items(ts: Typesetter, texts: Iterable[str], marker: str = "bullet") -> list[Flowable]:
    """A list: bullets, tick boxes ("box") or numbers ("number")."""
    indent = ts.pt(ts.style.body * (1.6 if marker != "number" else 1.8))
    return [
        Paragraph(
            ts,
            text,
            indent=indent,
            marker=f"{index}." if marker == "number" else marker,
            space_before=ts.space(0.25),
        )
        for index, text in enumerate(texts, start=1)
    ]


def masthead(ts: Typesetter, clinic: ClinicSettings, printed: str) -> list[Flowable]:
    """The clinic's name and numbers, the date printed, and a blank line for the patient's name
    (the app never prints a name)."""
    style = ts.style
    name = clinic.name or translate("Handout", "Your care team")
    numbers = "   ·   ".join(phone_numbers(clinic.phones))
    left: list[Flowable] = [Paragraph(ts, name, size=style.subheading, weight=QFont.Weight.Bold)]
    if numbers:
        left.append(Paragraph(ts, numbers, size=style.body, colour=INK_SOFT))
    printed_line = Paragraph(
        ts,
        translate("Handout", "Printed {date}").format(date=printed),
        size=style.small,
        colour=INK_SOFT,
        align=Qt.AlignmentFlag.AlignRight,
    )
    return [
        Columns(left, printed_line, ts.pt(style.body * 14), ts.pt(12)),
        Rule(ts, 2.0, space_before=ts.pt(4)),
        Paragraph(
            ts,
            translate("Handout", "Name:") + " " + "_" * (28 if style.large else 36),
            space_before=ts.space(0.5),
        ),
    ]


def title_block(ts: Typesetter, title: str, summary: str) -> list[Flowable]:
    style = ts.style
    return [
        Paragraph(
            ts, title, size=style.title, weight=QFont.Weight.Bold, space_before=ts.pt(style.body)
        ),
        Paragraph(ts, summary, size=style.subheading, colour=INK_SOFT, space_before=ts.pt(2)),
    ]


def notes_lines(ts: Typesetter, count: int) -> list[Flowable]:
    pitch = ts.space(2.1)
    return [
        subheading(ts, translate("Handout", "Notes from your care team")),
        RuledLines(ts, count, pitch),
    ]


def note_box(ts: Typesetter, text: str) -> Box:
    """A framed note (a part shown in English for want of a translation)."""
    return Box(ts, [Paragraph(ts, text, italic=True)], border=0.8, space_before=ts.pt(8))


def band_box(ts: Typesetter, title: str, content: list[Flowable]) -> Box:
    """A box whose title is set white on black: the emergency signs."""
    band = Paragraph(ts, title, size=ts.style.subheading, weight=QFont.Weight.Bold, colour=WHITE)
    return Box(ts, content, border=2.0, band=band, space_before=ts.pt(ts.style.body))
