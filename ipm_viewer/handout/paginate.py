"""Place flowables on pages: whole where they fit, split where they may, headings kept with
what follows them, and every unit (the cover, each procedure or condition) on fresh pages."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from ipm_viewer.handout.flow import Flowable, PageBreak


@dataclass
class Unit:
    """One part of the document: a procedure, a condition, or a visit's cover page."""

    title: str  # shown in the running header of its later pages
    review: str  # its review date, for the footer ("" for none)
    items: list[Flowable]


@dataclass
class Page:
    unit: Unit
    first_of_unit: bool
    placed: list[tuple[Flowable, float]] = field(default_factory=list)  # block, top (in frame)


@dataclass(frozen=True, slots=True)
class Frame:
    """Where the text goes on a page: the first page of a unit has no running header."""

    width: float
    height_first: float
    height_later: float

    def height(self, first_of_unit: bool) -> float:
        return self.height_first if first_of_unit else self.height_later


def _needed(item: Flowable, queue: Sequence[Flowable], width: float) -> float:
    """Height that must fit for `item` to start here: a heading brings the start of what it
    heads (the next block's smallest first part) with it."""
    if not item.keep_with_next:
        return item.min_height(width)
    total = item.measure(width)
    for following in queue:
        if isinstance(following, PageBreak):
            break
        total += following.space_before
        if not following.keep_with_next:
            return total + following.min_height(width)
        total += following.measure(width)
    return total


def paginate(units: Sequence[Unit], frame: Frame) -> list[Page]:
    return [page for unit in units for page in _unit_pages(unit, frame)]


def _unit_pages(unit: Unit, frame: Frame) -> list[Page]:
    pages: list[Page] = []
    width = frame.width
    page = Page(unit, first_of_unit=True)
    pages.append(page)
    y = 0.0
    queue: deque[Flowable] = deque(unit.items)
    deferred: list[Flowable] = []  # floating pictures waiting for the next page

    def new_page() -> Page:
        queue.extendleft(reversed(deferred))  # waiting pictures go first on the new page
        deferred.clear()
        fresh = Page(unit, first_of_unit=False)
        pages.append(fresh)
        return fresh

    while queue or deferred:
        if not queue:
            page, y = new_page(), 0.0
            continue
        item = queue.popleft()
        room = frame.height(page.first_of_unit)
        if isinstance(item, PageBreak):
            if page.placed:
                page, y = new_page(), 0.0
            continue
        gap = item.space_before if page.placed else 0.0
        if page.placed and y + gap + _needed(item, queue, width) > room:
            smaller = item.shrunk(width, room - y - gap)
            if smaller is None and item.floating:
                deferred.append(item)
                continue
            if smaller is None:
                page, y = new_page(), 0.0
                gap, room = 0.0, frame.height(False)
        height = item.measure(width)
        if y + gap + height <= room:
            page.placed.append((item, y + gap))
            y += gap + height
            continue
        smaller = item.shrunk(width, room - y - gap)
        if smaller is not None:
            page.placed.append((smaller, y + gap))
            y += gap + smaller.measure(width)
            continue
        parts = item.split(width, room - y - gap)
        if parts is not None:
            page.placed.append((parts[0], y + gap))
            queue.appendleft(parts[1])
        elif page.placed:
            queue.appendleft(item)  # try again at the top of a new page
        else:
            page.placed.append((item, 0.0))  # taller than a page and unsplittable: clip
        page, y = new_page(), 0.0
    if not pages[-1].placed and len(pages) > 1:
        pages.pop()
    return pages
