"""The home screen: every procedure by category, filtered as the user types in search."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ipm_viewer.content.library import LanguageContent, ProcedureListing
from ipm_viewer.content.model import Guide
from ipm_viewer.diagrams.svg_state import DiagramDocuments
from ipm_viewer.ui.next_turn import next_turn_timer
from ipm_viewer.ui.size_class import SizeClass
from ipm_viewer.ui.widgets.body_map import BodyMap
from ipm_viewer.ui.widgets.cards import CardButton, GlossaryCard, GuideCard, ProcedureCard
from ipm_viewer.ui.widgets.common import hold_height_for_width, text_label
from ipm_viewer.ui.widgets.flow_layout import FlowLayout
from ipm_viewer.ui.widgets.language_choice import LanguageChoice
from ipm_viewer.ui.widgets.scrolling_page import ScrollingPage
from ipm_viewer.ui.widgets.search_results import SearchResults

if TYPE_CHECKING:  # the search engine is imported when search is first prepared
    from ipm_viewer.content.search import Hit, SearchIndex

CARD_MIN_WIDTH = 360
# Built before the first frame: the first screen at 1920x1080 shows 9 cards, a 1440p monitor
# the first row of a fourth group. The rest, and the guides (always last), follow once it shows.
EAGER_CARDS = 12
CARD_BATCH = 40
SHOWN_PER_CATEGORY = 24  # cards a category shows before "Show more" (a large library)
SEARCH_MIN_LETTERS = 2  # what the search field needs before results replace the browse cards
# The first batch waits until the first frame is on screen: a batch (tens of ms) run before it
# would hold up the window's first paint.
FIRST_BATCH_DELAY_MS = 250
PAGE_MARGINS = (40, 32, 40, 40)


class _CategorySection(QWidget):
    """A category heading and its grid of cards; re-flows columns to the available width.

    A category of procedures shows its first SHOWN_PER_CATEGORY procedures (in the chosen body
    area) and a "Show more" button for the rest: a clinic's library of 1,000 procedures stays
    quick to show, hide and filter (each card is a few widgets), and nobody is handed 900
    cards at once. A procedure's card is built when it is first shown, and kept.
    """

    def __init__(
        self,
        title: str,
        description: str,
        cards: Sequence[CardButton] = (),
        *,
        procedures: Sequence[ProcedureListing] = (),
        make_card: Callable[[ProcedureListing], CardButton] | None = None,
    ) -> None:
        super().__init__()
        self.cards = list(cards)  # the cards built so far, in the category's order
        self.procedures = list(procedures)
        self._make_card = make_card
        self._built: dict[str, CardButton] = {}
        self._matching = self.procedures  # the procedures in the chosen body area
        self._limit = SHOWN_PER_CATEGORY
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title_label = text_label(title, "h2")
        layout.addWidget(self.title_label)
        if description:
            layout.addWidget(text_label(description, "muted"))
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(16)
        self._grid.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self._grid)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._columns = 0
        for card in cards:
            card.setParent(self)
        self.reflow(3)
        hold_height_for_width(self)

    def visible_cards(self) -> list[CardButton]:
        return [c for c in self.cards if c.matches_filter]

    def set_matching(self, matching: Sequence[ProcedureListing]) -> None:
        """Show these procedures of the category (a body area was chosen), from the first."""
        self._matching = list(matching)
        self._limit = SHOWN_PER_CATEGORY
        self._show_wanted()

    def fill(self, budget: int | None = None) -> int:
        """Build up to `budget` (None: all) of the cards that should show; how many were built."""
        missing = [p for p in self._wanted() if p.id not in self._built]
        if budget is not None:
            missing = missing[:budget]
        if self._make_card is None or not missing:
            return 0
        for procedure in missing:
            card = self._make_card(procedure)
            card.setParent(self)
            self._built[procedure.id] = card
        self.cards = [self._built[p.id] for p in self.procedures if p.id in self._built]
        self._show_wanted()
        return len(missing)

    def unbuilt(self) -> bool:
        """Whether a card that should show is still to be built."""
        return any(p.id not in self._built for p in self._wanted())

    def show_more(self) -> None:
        first_new = len(self._wanted())
        self._limit += SHOWN_PER_CATEGORY
        self.fill()
        wanted = self._wanted()
        if first_new < len(wanted):  # a keyboard user carries on from the first new card
            self._built[wanted[first_new].id].setFocus(Qt.FocusReason.OtherFocusReason)

    def _wanted(self) -> list[ProcedureListing]:
        return self._matching[: self._limit]

    def _show_wanted(self) -> None:
        if self._make_card is None:
            return  # guides: every card is built, and filtered by the screen
        wanted = {p.id for p in self._wanted()}
        for card in self.cards:
            card.matches_filter = card.item_id in wanted
        left = len(self._matching) - len(wanted)
        more = min(left, SHOWN_PER_CATEGORY)
        self.more_button.setText(self.tr("Show {n} more").format(n=more))
        self.more_button.setAccessibleDescription(
            self.tr("{n} more procedures in this group are not shown yet").format(n=left)
        )
        self.more_button.setVisible(left > 0 and not self.unbuilt())
        self.reflow(self._columns or 3)

    def reflow(self, columns: int) -> None:
        """Lay the matching cards out `columns` wide (also after filtering)."""
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
            # Only a change: showing a card polishes it (again, once the sheet is applied) and
            # asks its section for a new layout, a few ms for a screenful of new cards.
            if card.isVisibleTo(self) != card.matches_filter:
                card.setVisible(card.matches_filter)
        for index, card in enumerate(self.visible_cards()):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(4):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)


class HomeScreen(QWidget):
    """Lists procedures by category; `procedure_chosen` says which one the user opened."""

    procedure_chosen = Signal(str)
    guide_chosen = Signal(str)
    result_chosen = Signal(str, str)  # kind, id of a search result
    glossary_chosen = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        content: LanguageContent,
        documents: DiagramDocuments | None = None,
        *,
        languages: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.setObjectName("screen")
        self._content = content
        self._sections: list[_CategorySection] = []
        # Cards past the first screen are built a batch at a time after it is shown, then the
        # guides' section (see `building`).
        self._pending: list[_CategorySection] = []
        self._batches = next_turn_timer(self, self._build_more)  # one pending batch at most
        self._guides_built = False
        self._filter_text = ""
        self._region = self._matched_region = ""  # the body area chosen, and the one shown
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = ScrollingPage(PAGE_MARGINS, spacing=28)
        outer.addWidget(self.scroll_area)
        self._body_layout = self.scroll_area.body_layout
        intro = QVBoxLayout()
        intro.setSpacing(6)
        # The first thing a patient may need: the app in their language (only when there is one).
        self.language_choice: LanguageChoice | None = None
        if len(languages) > 1:
            self.language_choice = LanguageChoice(languages, content.language)
            self.language_choice.language_chosen.connect(self.language_chosen)
            intro.addWidget(self.language_choice)
            intro.addSpacing(8)
        self.title_label = text_label(self.tr("Learn about your procedure"), "h1")
        intro.addWidget(self.title_label)
        intro.addWidget(
            text_label(
                self.tr(
                    "Choose a procedure to see what happens before, during and after it, "
                    "with pictures, and what the risks and benefits are."
                ),
                "muted",
            )
        )
        self._top = top = QHBoxLayout()
        top.setSpacing(32)
        top.addLayout(intro, 1)
        self._body_layout.addLayout(top)
        self.region_buttons: dict[str, QPushButton] = {}
        self._region_group = QButtonGroup(self)
        regions = QWidget()
        self._regions_layout = FlowLayout(regions, spacing=10)
        self._add_region_button("", self.tr("All areas"))
        used = {r for p in content.listings().values() for r in p.body_regions}
        for region in content.regions:
            if region.id in used:
                self._add_region_button(region.id, region.title)
        self.region_buttons[""].setChecked(True)
        intro.addSpacing(12)
        intro.addWidget(text_label(self.tr("Where does it hurt?"), "h3"))
        intro.addWidget(regions)
        intro.addStretch(1)
        titles = {r.id: r.title for r in content.regions if r.id in used}
        self.body_map: BodyMap | None = BodyMap(documents, titles) if documents else None
        if self.body_map is not None and self.body_map.available:
            self.body_map.setFixedSize(360, 360)
            self.body_map.region_chosen.connect(self.set_region)
            top.addWidget(self.body_map, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self.body_map = None
        self.empty_label = text_label("", "h3")
        self.empty_label.hide()
        self._body_layout.addWidget(self.empty_label)
        self._search_index: SearchIndex | None = None
        self.results = SearchResults()
        self.results.hide()
        self.results.chosen.connect(self.result_chosen)
        self._body_layout.addWidget(self.results)
        self._build_sections()
        self._body_layout.addStretch(1)

    def _add_region_button(self, region_id: str, title: str) -> None:
        button = QPushButton(title)
        button.setCheckable(True)
        button.setProperty("role", "region")
        button.setAccessibleName(title)
        button.setAccessibleDescription(
            self.tr("Show procedures for this part of the body")
            if region_id
            else self.tr("Show procedures for every part of the body")
        )
        button.setProperty("region", region_id)
        button.clicked.connect(self._on_region_clicked)
        self._region_group.addButton(button)
        self._regions_layout.addWidget(button)
        self.region_buttons[region_id] = button

    def _on_region_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.set_region(str(button.property("region")))

    def set_region(self, region_id: str) -> None:
        """Show only procedures for one body region ("" for all)."""
        self._region = region_id
        if self.body_map is not None:
            self.body_map.set_region(region_id)
        if region_id in self.region_buttons:
            self.region_buttons[region_id].setChecked(True)
        self.set_filter(self._filter_text)

    def _build_sections(self) -> None:
        groups = [
            (c.title, c.description, self._content.procedures_in(c.id))
            for c in self._content.categories
        ]
        known = {c.id for c in self._content.categories}
        orphans = [p for p in self._content.listings().values() if p.category not in known]
        if orphans:  # a wrong category must not hide a procedure
            groups.append((self.tr("Other procedures"), "", sorted(orphans, key=lambda p: p.title)))
        for title, description, procedures in groups:
            if not procedures:
                continue
            section = _CategorySection(
                title, description, procedures=procedures, make_card=self._card
            )
            self._sections.append(section)
            self._body_layout.addWidget(section)  # parented first: a parentless show() is a window
        self._fill_sections()

    def _build_guides(self) -> None:
        """The last section: guides and the word list (not about one part of the body)."""
        if self._guides_built:
            return
        self._guides_built = True
        guides = self._content.guides_in_order()
        if guides or self._content.glossary:
            guide_cards: list[CardButton] = [self._guide_card(g) for g in guides]
            if self._content.glossary:
                words = GlossaryCard(
                    self.tr("Words explained, A to Z"),
                    self.tr("The medical words you may hear, in plain language."),
                )
                words.clicked.connect(self.glossary_chosen)
                guide_cards.append(words)
            section = _CategorySection(
                self.tr("Guides and common questions"),
                self.tr(
                    "What to expect from pain care, your visit, and answers to common questions."
                ),
                guide_cards,
            )
            for card in section.cards:
                card.matches_filter = not self._region
            section.reflow(self._columns())
            self._sections.append(section)
            # Hidden until `_show_if_any` says otherwise: a widget added to a shown page is
            # shown on the next event-loop turn unless it was hidden on purpose.
            section.hide()
            stretch = self._body_layout.count() - 1  # the stretch that ends the page
            self._body_layout.insertWidget(stretch, section)
            self._show_if_any(section)

    @property
    def building(self) -> bool:
        """Whether cards past the first screen (or the guides) are still to come."""
        return bool(self._pending) or not self._guides_built

    def _fill_sections(self) -> None:
        """The first screenful of cards now; the rest a batch at a time once it is shown."""
        budget = EAGER_CARDS
        self._pending = []
        for section in self._sections:
            budget -= section.fill(budget)
            self._show_if_any(section)
            if section.unbuilt():
                self._pending.append(section)
        if self.building:
            # Its final width from the first frame: cards added below must not re-flow it.
            self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self._batches.start(FIRST_BATCH_DELAY_MS)

    def _build_more(self) -> None:
        """Add the next batch of cards, between the user's events; the guides come last."""
        if self._pending:
            section = self._pending[0]
            if not isValid(section):  # the window is being torn down
                self._pending.clear()
                return
            section.fill(CARD_BATCH)
            if not section.unbuilt():
                self._pending.pop(0)
            self._show_if_any(section)
        if self._pending:
            self._batches.start(0)
            return
        self._build_guides()
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def finish_building(self) -> None:
        """Build every card now rather than in the coming idle turns (tests read whole homes)."""
        while self.building:
            self._build_more()

    def _show_if_any(self, section: _CategorySection) -> None:
        """Show a section only with a card to show, and none while searching.

        Only a change: showing a widget activates its layout at once, even in a window not yet
        shown; on start-up that measured every card's words before the style sheet had set
        their fonts, a third of the text layouts done before the first frame, all wasted.
        """
        shown = not self.searching and bool(section.visible_cards())
        if section.isVisibleTo(self) != shown:
            section.setVisible(shown)

    def _card(self, procedure: ProcedureListing) -> ProcedureCard:
        card = ProcedureCard(procedure, self._content.language)
        card.clicked.connect(self._on_card_clicked)
        return card

    def _guide_card(self, guide: Guide) -> GuideCard:
        card = GuideCard(guide, self._content.language)
        card.clicked.connect(self._on_card_clicked)
        return card

    def _on_card_clicked(self) -> None:
        card = self.sender()
        if isinstance(card, ProcedureCard):
            self.procedure_chosen.emit(card.item_id)
        elif isinstance(card, GuideCard):
            self.guide_chosen.emit(card.item_id)

    # -- filtering -----------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Search: ranked results with the matching words in context; empty text browses.

        A single letter still browses: it is too little to rank by, and "Nothing matches 'k'"
        on the way to typing "knee" would be wrong.
        """
        self._filter_text = text
        searching = self.searching
        hits = []
        if searching:
            hits = [h for h in self.search_index.search(text) if self._hit_in_region(h)]
            self.results.show_hits(hits)
        if not searching and self._matched_region != self._region:
            # While typing the browse cards stay hidden and untouched, so a keystroke never
            # re-lays out the whole library; they follow the region when browsing again.
            self._match_region()
        for section in self._sections:
            self._show_if_any(section)
        self.results.setVisible(searching and bool(hits))
        if searching and not hits:
            self.empty_label.setText(
                self.tr(
                    "Nothing matches “{text}”. "
                    "Try another word, such as “back”, “knee” or “injection”."
                ).format(text=text.strip())
            )
        self.empty_label.setVisible(searching and not hits)
        if not searching:
            self._reflow()

    @property
    def search_index(self) -> SearchIndex:
        """Built on first use (or in idle time after start-up), not during start-up."""
        if self._search_index is None:
            from ipm_viewer.content.search import SearchIndex  # not needed for the first frame

            self._search_index = SearchIndex.build(self._content)
        return self._search_index

    def prepare_search(self) -> None:
        self.search_index  # noqa: B018 - builds the index now, while nobody is waiting
        self.results.prepare()

    @property
    def searching(self) -> bool:
        return len(self._filter_text.strip()) >= SEARCH_MIN_LETTERS

    def _hit_in_region(self, hit: Hit) -> bool:
        if not self._region:
            return True
        if hit.kind == "procedure":
            return self._region in self._content.listings()[hit.item_id].body_regions
        if hit.kind == "condition":
            return self._region in self._content.conditions[hit.item_id].body_regions
        return False

    def _match_region(self) -> None:
        self._matched_region = self._region
        for section in self._sections:
            if section.procedures:
                section.set_matching([p for p in section.procedures if self._in_region(p)])
            else:  # guides and the word list are not about one part of the body
                for card in section.cards:
                    card.matches_filter = not self._region
        self._fill_sections()

    def _in_region(self, procedure: ProcedureListing) -> bool:
        return not self._region or self._region in procedure.body_regions

    def visible_cards(self) -> list[CardButton]:
        return [c for s in self._sections if not s.isHidden() for c in s.visible_cards()]

    def _visible(self, kind: str, card_type: type[CardButton]) -> list[str]:
        if self.searching:
            return [b.hit.item_id for b in self.results.buttons if b.hit.kind == kind]
        return [c.item_id for c in self.visible_cards() if isinstance(c, card_type)]

    def visible_procedures(self) -> list[str]:
        """Ids of the procedures shown (search results in rank order, or the browse cards)."""
        return self._visible("procedure", ProcedureCard)

    def visible_guides(self) -> list[str]:
        return self._visible("guide", GuideCard)

    def first_result(self) -> tuple[str, str] | None:
        """(kind, id) of the best search result, which Enter opens."""
        buttons = self.results.buttons if self.searching else []
        return (buttons[0].hit.kind, buttons[0].hit.item_id) if buttons else None

    def section_titles(self) -> list[str]:
        return [s.title_label.text() for s in self._sections if not s.isHidden()]

    # -- layout --------------------------------------------------------------------------------

    def set_size_class(self, size_class: SizeClass, window_height: int = 0) -> None:
        """Narrow: the body map goes under the words and region buttons, centred."""
        if self.body_map is None:
            return
        narrow = size_class.is_narrow
        self._top.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        self._top.setAlignment(
            self.body_map,
            Qt.AlignmentFlag.AlignHCenter if narrow else Qt.AlignmentFlag.AlignTop,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _columns(self) -> int:
        # Our own width: the scroll area has not been resized yet when this runs.
        usable = self.width() - PAGE_MARGINS[0] - PAGE_MARGINS[2] - 16
        return max(1, min(3, usable // CARD_MIN_WIDTH))

    def _reflow(self) -> None:
        columns = self._columns()
        for section in self._sections:
            section.reflow(columns)
