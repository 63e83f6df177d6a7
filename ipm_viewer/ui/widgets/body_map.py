"""The body map: front and back outlines; tapping a region picks it (and shows it picked)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipm_viewer.diagrams.svg_state import DiagramDocuments

VIEWS = ("body-front", "body-back")
PICKED = "#F6B26B"  # a warm orange: the chosen region, seen at a glance on the pale figure
GAP = 24.0
CAPTION = 26.0  # room under each figure for "Front" and "Back"
_LOOK_CHANGES = frozenset(
    {
        QEvent.Type.PaletteChange,
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.LanguageChange,
    }
)


class BodyMap(QWidget):
    """Emits `region_chosen(region_id)`; `set_region` shows a choice made elsewhere (chips)."""

    region_chosen = Signal(str)

    def __init__(self, documents: DiagramDocuments, regions: dict[str, str]) -> None:
        super().__init__()
        self._documents = documents
        infos = {view: documents.info(view) for view in VIEWS}
        self._files = {view: str(info.path) for view, info in infos.items() if info is not None}
        self._views = list(self._files)
        self._regions = regions  # region id -> title, for the regions the content knows
        self._region = ""
        self._renderers: list[QSvgRenderer] = []
        self._picture: QPixmap | None = None  # the figures and captions as last drawn
        self._picture_key: tuple[int, int, float] = (0, 0, 0.0)  # the size and ratio drawn at
        self._hit_maps: dict[tuple[int, int, int], QImage] = {}
        self._colours: dict[int, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Body map"))
        self.setAccessibleDescription(
            self.tr(
                "Front and back of the body. Tap where it hurts to see what can help; "
                "the buttons beside it do the same."
            )
        )
        self._render_state()

    @property
    def available(self) -> bool:
        return len(self._views) == len(VIEWS)

    def sizeHint(self) -> QSize:
        return QSize(380, 360)

    def set_region(self, region_id: str) -> None:
        if region_id != self._region:
            self._region = region_id
            self._render_state()
            self.update()

    def _render_state(self) -> None:
        fills = {f"region-{self._region}": PICKED} if self._region else {}
        self._renderers = [self._renderer(view, fills) for view in self._views]
        self._picture = None

    def _renderer(self, view: str, fills: dict[str, str], *, flat: bool = False) -> QSvgRenderer:
        """The figure with regions filled in (`flat`: in flat colours only, for the hit map).
        With none filled it is drawn from its file as it is, with no XML parsed: the home
        screen's first frame comes ~3 ms sooner."""
        document = self._documents.get(view) if fills else None
        if document is None:
            return QSvgRenderer(self._files[view])
        if flat:
            data = document.recoloured(fills, hide=frozenset({"body-outline"}), strokes=False)
        else:
            data = document.recoloured(fills)
        return QSvgRenderer(QByteArray(data))

    def _boxes(self) -> list[QRectF]:
        """Where each figure is drawn, side by side, keeping its proportions."""
        if not self._renderers:
            return []
        width = (self.width() - GAP) / len(self._renderers)
        height = self.height() - CAPTION
        boxes = []
        for index, renderer in enumerate(self._renderers):
            view = renderer.viewBoxF()
            scale = min(width / view.width(), height / view.height())
            w, h = view.width() * scale, view.height() * scale
            left = index * (width + GAP) + (width - w) / 2
            boxes.append(QRectF(left, (height - h) / 2, w, h))
        return boxes

    def paintEvent(self, event: QPaintEvent) -> None:
        # The figures are drawn once into a picture and then copied: the home screen repaints
        # around them on every search keystroke, and rendering both SVGs was ~13% of that.
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio)
        if self._picture is None or self._picture_key != key:
            self._picture_key = key
            self._picture = QPixmap(self.size() * ratio)
            self._picture.setDevicePixelRatio(ratio)
            self._picture.fill(Qt.GlobalColor.transparent)
            self._draw(self._picture)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def _draw(self, device: QPixmap) -> None:
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        captions = (self.tr("Front"), self.tr("Back"))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for renderer, box, caption in zip(self._renderers, self._boxes(), captions, strict=True):
            renderer.render(painter, box)
            below = QRectF(
                box.left() - GAP, self.height() - CAPTION, box.width() + 2 * GAP, CAPTION
            )
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, caption)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _LOOK_CHANGES:
            self._picture = None  # colours, caption font or language changed: draw again
        super().changeEvent(event)

    def centre_of(self, region_id: str) -> QPointF | None:
        """A point inside a region, nearest its middle (the first view that shows it)."""
        element = f"region-{region_id}"
        for index, (renderer, box) in enumerate(zip(self._renderers, self._boxes(), strict=True)):
            if not renderer.elementExists(element):
                continue
            bounds = renderer.transformForElement(element).mapRect(
                renderer.boundsOnElement(element)
            )
            view = renderer.viewBoxF()
            scale = box.width() / view.width()
            area = QRectF(
                (bounds.left() - view.left()) * scale,
                (bounds.top() - view.top()) * scale,
                bounds.width() * scale,
                bounds.height() * scale,
            )
            image = self._hit_map(index, box)
            inside = [
                QPointF(x, y)
                for x in range(int(area.left()), int(area.right()), 2)
                for y in range(int(area.top()), int(area.bottom()), 2)
                if self._colours.get(image.pixelColor(x, y).rgb() & 0xFFFFFF) == region_id
            ]
            if inside:
                middle = area.center()
                best = min(inside, key=lambda p: (p - middle).manhattanLength())
                return best + box.topLeft()
        return None

    def region_at(self, point: QPointF) -> str:
        """The region drawn at `point`, or "" (found in a map of flat, unique colours)."""
        for index, box in enumerate(self._boxes()):
            if not box.contains(point):
                continue
            image = self._hit_map(index, box)
            colour = image.pixelColor(int(point.x() - box.left()), int(point.y() - box.top()))
            return self._colours.get(colour.rgb() & 0xFFFFFF, "")
        return ""

    def _hit_map(self, index: int, box: QRectF) -> QImage:
        key = (index, round(box.width()), round(box.height()))
        image = self._hit_maps.get(key)
        if image is None:
            fills = {}
            for number, region in enumerate(self._regions, start=1):
                colour = QColor(number * 11 % 256, number * 7 % 256, number)
                fills[f"region-{region}"] = colour.name()
                self._colours[colour.rgb() & 0xFFFFFF] = region
            renderer = self._renderer(self._views[index], fills, flat=True)
            image = QImage(key[1], key[2], QImage.Format.Format_RGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)  # no antialiasing: every pixel is exactly one colour
            renderer.render(painter, QRectF(0, 0, key[1], key[2]))
            painter.end()
            self._hit_maps = {key: image}
        return image

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        if region:
            self.region_chosen.emit("" if region == self._region else region)
