"""Lay a handout out for one paint device and paint its pages, with the running header, the
footer ("page N of M") and a cover page for a visit.

Works on any QPagedPaintDevice: QPdfWriter for a PDF, QPrinter for paper or a print preview.
The device's page size is used as it is (Letter or A4, chosen by the printer or the locale).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter

from ipm_viewer.handout.document import build_units, cover_unit, version_line
from ipm_viewer.handout.paginate import Frame, Page, paginate
from ipm_viewer.handout.request import HandoutItem, HandoutOptions, HandoutSource
from ipm_viewer.handout.style import INK, INK_SOFT, RULE, PrintStyle, Typesetter

# A name lupdate recognises, so every string here is extracted with its context.
translate = QCoreApplication.translate

MAX_PAGES = 4  # per procedure, in normal print
MAX_DENSITY = 8


@dataclass
class LaidOut:
    """A handout laid out for one device, ready to paint."""

    ts: Typesetter
    pages: list[Page]
    page_rect: QRectF  # the whole sheet, in device pixels
    clinic_line: str

    @property
    def margin(self) -> float:
        return self.ts.pt(self.ts.style.margin)

    def frame_top(self, page: Page) -> float:
        later = 0.0 if page.first_of_unit else self.ts.pt(self.ts.style.header_band)
        return self.page_rect.top() + self.margin + later


def _item_pages(
    device: QPagedPaintDevice,
    source: HandoutSource,
    item: HandoutItem,
    options: HandoutOptions,
    frame: Frame,
    style: PrintStyle,
) -> list[Page]:
    """One item's pages. Normal print keeps a procedure to four pages, tightening spacing and
    then wording only as far as that one procedure needs; large print may take more."""

    def pages_at(density: int) -> list[Page]:
        variant = style
        for _ in range(density):
            variant = variant.denser()
        ts = Typesetter(device, variant)
        return paginate(build_units(ts, source, [item], options, frame.width), frame)

    pages = pages_at(0)
    if style.large or len(pages) <= MAX_PAGES:
        return pages
    # The least tightening that fits, found by halving (more tightening never adds pages).
    low, high, best = 1, MAX_DENSITY, None
    while low < high:
        middle = (low + high) // 2
        trial = pages_at(middle)
        if len(trial) <= MAX_PAGES:
            high, best = middle, trial
        else:
            low = middle + 1
    return best if best is not None else pages_at(high)


def _frame(ts: Typesetter, page: QRectF) -> Frame:
    style = ts.style
    margin = ts.pt(style.margin)
    height = page.height() - 2 * margin - ts.pt(style.footer_band)
    return Frame(page.width() - 2 * margin, height, height - ts.pt(style.header_band))


def lay_out(
    device: QPagedPaintDevice,
    source: HandoutSource,
    items: Sequence[HandoutItem],
    options: HandoutOptions,
) -> LaidOut:
    base = PrintStyle.large_print() if options.large_print else PrintStyle.normal()
    points = device.pageLayout().fullRectPoints()
    ts = Typesetter(device, base)
    page_rect = QRectF(0, 0, ts.pt(points.width()), ts.pt(points.height()))
    frame = _frame(ts, page_rect)
    pages: list[Page] = []
    for item in items:
        pages += _item_pages(device, source, item, options, frame, base)
    if len(items) > 1:
        starts = [i for i, p in enumerate(pages) if p.first_of_unit]
        cover_pages = 1
        for _attempt in range(3):  # the cover's length decides the page numbers it lists
            cover = cover_unit(ts, source, items, options, [cover_pages + s + 1 for s in starts])
            laid = paginate([cover], frame)
            if len(laid) == cover_pages:
                break
            cover_pages = len(laid)
        pages = laid + pages
    phones = source.clinic.phones.office
    clinic_line = "   ·   ".join(x for x in (source.clinic.name, phones) if x)
    return LaidOut(ts, pages, page_rect, clinic_line)


def paint(laid: LaidOut, device: QPagedPaintDevice, painter: QPainter | None = None) -> None:
    """Paint every page; `painter` may be given when the caller already opened one."""
    own = painter is None
    if painter is None:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the page device could not be opened for drawing")
    try:
        for number, page in enumerate(laid.pages, start=1):
            if number > 1:
                device.newPage()
            _paint_page(painter, laid, page, number)
    finally:
        if own:
            painter.end()


def _paint_page(painter: QPainter, laid: LaidOut, page: Page, number: int) -> None:
    left = laid.page_rect.left() + laid.margin
    width = laid.page_rect.width() - 2 * laid.margin
    top = laid.frame_top(page)
    for flowable, y in page.placed:
        flowable.draw(painter, left, top + y, width)
    if not page.first_of_unit:
        _running_header(painter, laid, page, left, width)
    _footer(painter, laid, page, number, left, width)


def _text(
    painter: QPainter,
    laid: LaidOut,
    rect: QRectF,
    text: str,
    align: Qt.AlignmentFlag,
    bold: bool = False,
) -> None:
    style = laid.ts.style
    font = laid.ts.font(style.footer, QFont.Weight.Bold if bold else QFont.Weight.Normal)
    painter.setFont(font)
    painter.setPen(QColor(INK_SOFT if not bold else INK))
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def _running_header(
    painter: QPainter, laid: LaidOut, page: Page, left: float, width: float
) -> None:
    ts = laid.ts
    top = laid.page_rect.top() + laid.margin
    line_height = ts.metrics(ts.font(ts.style.footer)).height() * 1.3
    band = QRectF(left, top, width, line_height)
    _text(painter, laid, band, page.unit.title, Qt.AlignmentFlag.AlignLeft, bold=True)
    _text(painter, laid, band, laid.clinic_line, Qt.AlignmentFlag.AlignRight)
    painter.fillRect(QRectF(left, band.bottom() + ts.pt(2), width, ts.pt(0.6)), QColor(RULE))


def disclaimer() -> str:
    """The line at the foot of every page."""
    return translate(
        "Handout", "This handout helps you learn. It does not replace your doctor's advice."
    )


def _footer(
    painter: QPainter, laid: LaidOut, page: Page, number: int, left: float, width: float
) -> None:
    ts = laid.ts
    line_height = ts.metrics(ts.font(ts.style.footer)).height() * 1.25
    bottom = laid.page_rect.bottom() - laid.margin
    rule_y = bottom - 2 * line_height - ts.pt(4)
    painter.fillRect(QRectF(left, rule_y, width, ts.pt(0.6)), QColor(RULE))
    first = QRectF(left, bottom - 2 * line_height, width, line_height)
    second = QRectF(left, bottom - line_height, width, line_height)
    _text(painter, laid, first, disclaimer(), Qt.AlignmentFlag.AlignLeft)
    details = "   ·   ".join(x for x in (page.unit.review, version_line()) if x)
    _text(painter, laid, second, details, Qt.AlignmentFlag.AlignLeft)
    pages = translate("Handout", "page {n} of {total}").format(n=number, total=len(laid.pages))
    _text(painter, laid, second, pages, Qt.AlignmentFlag.AlignRight, bold=True)
