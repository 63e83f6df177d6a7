"""Shows one diagram state with call-out labels, zoom and pan, and a pen for the physician.

Labels are drawn by the viewer (never baked into the SVG), so they come from the content in the
viewer's language and size. The picture at rest is a cached pixmap (painting stays cheap); a
change of step cross-fades from the previous picture; while zoomed, the SVG is rendered directly
so it stays sharp. Drawings are kept in diagram coordinates, so they stay put while zooming.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QTransform,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QSizePolicy, QWidget

from ipm_viewer.diagrams.svg_state import DiagramDocument, DiagramState
from ipm_viewer.ui.theme import LIGHT, Theme
from ipm_viewer.ui.widgets.diagram_parts import (
    Callout,
    DiagramLayout,
    PlacedLabel,
    RendererCache,
    Stroke,
    fit,
    label_box_size,
    paint_labels,
    paint_strokes,
    spread,
)

LEADER_GAP = 28.0  # horizontal space between the label column and the picture
LABEL_COLUMN_SHARE = 0.3  # of the view's width, per side; the picture keeps the rest
PADDING = 12.0
MIN_ZOOM, MAX_ZOOM = 1.0, 6.0
FADE_MS = 160
PEN_WIDTH_PX = 4.0  # at zoom 1; the ink scales with the picture like ink on paper
INK_COLOURS = ("#E8710A", "#0A5E85", "#1B7F3B", "#17212B")  # all >= 3:1 on white


class DiagramView(QWidget):
    """Paints a diagram state, fitted to the widget, with non-overlapping call-outs."""

    zoom_changed = Signal(float)
    drawing_changed = Signal()

    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self._theme = theme
        self._document: DiagramDocument | None = None
        self._state = DiagramState()
        self._callouts: list[Callout] = []
        self._renderers = RendererCache()
        self._renderer: QSvgRenderer | None = None
        self._pixmaps: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._zoom = 1.0
        self._pan = QPointF()
        self._drag_from: QPointF | None = None
        self._pen_enabled = False
        self._pen_colour = INK_COLOURS[0]
        self._strokes: dict[str, list[Stroke]] = {}
        self._stroke: Stroke | None = None
        self._fade_from: QPixmap | None = None
        self._fade_from_at = QPointF()
        self._fade = QVariantAnimation(self)
        self._fade.setStartValue(0.0)
        self._fade.setEndValue(1.0)
        self._fade.setDuration(FADE_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._fade.valueChanged.connect(self.update)
        self._fade.finished.connect(self._on_fade_finished)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 180)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.grabGesture(Qt.GestureType.PinchGesture)

    # -- public API ----------------------------------------------------------------------------

    def set_diagram(
        self,
        document: DiagramDocument | None,
        state: DiagramState,
        callouts: list[Callout],
        title: str = "",
        description: str = "",
    ) -> None:
        """Show `document` in `state`; a change of picture cross-fades from the last one."""
        # By the diagram's id: the same diagram parsed again (after an idle release) is no change.
        new_diagram = (document.info.diagram_id if document else "") != self._diagram_key()
        changed = new_diagram or state != self._state
        if changed and self._renderer is not None and self.isVisible() and self._zoom == 1.0:
            layout = self._layout()
            if layout.picture.isValid():
                self._fade_from = self._picture_pixmap(layout.picture)
                self._fade_from_at = layout.picture.topLeft()
                self._fade.stop()
                self._fade.start()
        if new_diagram:
            self.reset_zoom()
        self._document = document
        self._state = state
        self._callouts = callouts
        if changed:
            self._renderer = self._renderers.get(document, state) if document else None
        labels = ", ".join(c.text for c in callouts)
        self.setAccessibleName(title or self.tr("Diagram"))
        self.setAccessibleDescription(
            self.tr("{description} Labels: {labels}.").format(
                description=description, labels=labels
            )
            if labels
            else description
        )
        self.update()

    def prefetch(
        self, document: DiagramDocument, state: DiagramState, callouts: list[Callout]
    ) -> None:
        """Parse and render a state the user is likely to see next, while nothing else happens.

        The picture's size depends on that step's labels (they take room beside it), so the
        layout is worked out for them, and the cached picture is the one the step will use.
        """
        renderer = self._renderers.get(document, state)
        layout = self._layout(renderer=renderer, callouts=callouts, zoomed=False)
        if layout.picture.isValid():
            self._pixmap_for(renderer, layout.picture)

    @property
    def state(self) -> DiagramState:
        return self._state

    @property
    def callouts(self) -> list[Callout]:
        return list(self._callouts)

    @property
    def zoom(self) -> float:
        return self._zoom

    def sizeHint(self) -> QSize:
        return QSize(560, 520)

    def shown_labels(self) -> list[tuple[str, QRectF]]:
        """Each call-out's full text and the box it is drawn in, as laid out now."""
        return [(p.callout.text, p.box) for p in self._layout().labels]

    def placed_labels(self) -> list[tuple[str, QRectF, QPointF]]:
        """Where each label and its anchor are drawn, in widget coordinates."""
        return [(p.callout.structure_id, p.box, p.anchor) for p in self._layout().labels]

    def picture_rect(self) -> QRectF:
        """The picture as drawn now (zoom and pan included)."""
        layout = self._layout()
        return self._view_transform(layout).mapRect(self._view_box())

    def map_from_diagram(self, point: QPointF) -> QPointF:
        """Where a point of the diagram (view box coordinates) is drawn in this widget."""
        return self._view_transform(self._layout()).map(point)

    # -- zoom and pan --------------------------------------------------------------------------

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom keeping the diagram point under `around` (default: the centre) where it is."""
        layout = self._layout()
        if not layout.picture.isValid():
            return
        centre = layout.picture.center()
        point = around if around is not None else centre
        new_zoom = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom * factor))
        unzoomed = centre + (point - centre - self._pan) / self._zoom
        self._zoom = new_zoom
        self._pan = point - centre - (unzoomed - centre) * new_zoom
        self._clamp_pan(layout)
        self.zoom_changed.emit(self._zoom)
        self.update()

    def reset_zoom(self) -> None:
        self._zoom = 1.0
        self._pan = QPointF()
        self.zoom_changed.emit(self._zoom)
        self.update()

    def pan_by(self, delta: QPointF) -> None:
        self._pan += delta
        self._clamp_pan(self._layout())
        self.update()

    def _clamp_pan(self, layout: DiagramLayout) -> None:
        slack_x = layout.picture.width() * (self._zoom - 1) / 2
        slack_y = layout.picture.height() * (self._zoom - 1) / 2
        self._pan = QPointF(
            max(-slack_x, min(slack_x, self._pan.x())), max(-slack_y, min(slack_y, self._pan.y()))
        )
        if self._zoom == 1.0:
            self._pan = QPointF()

    # -- pen -----------------------------------------------------------------------------------

    def set_pen_enabled(self, enabled: bool) -> None:
        self._pen_enabled = enabled
        self.setCursor(Qt.CursorShape.CrossCursor if enabled else Qt.CursorShape.ArrowCursor)

    @property
    def pen_enabled(self) -> bool:
        return self._pen_enabled

    def set_pen_colour(self, colour: str) -> None:
        self._pen_colour = colour

    def strokes(self) -> list[Stroke]:
        """The drawing on the current diagram."""
        return list(self._strokes.get(self._diagram_key(), []))

    def drawings(self) -> dict[str, list[Stroke]]:
        """Every drawing of this visit, per diagram id (for the handout)."""
        return {key: list(strokes) for key, strokes in self._strokes.items() if strokes}

    def undo_stroke(self) -> None:
        strokes = self._strokes.get(self._diagram_key())
        if strokes:
            strokes.pop()
            self.drawing_changed.emit()
            self.update()

    def clear_drawing(self) -> None:
        """Clear the drawing on the current diagram."""
        if self._strokes.pop(self._diagram_key(), None):
            self.drawing_changed.emit()
            self.update()

    def clear_all_drawings(self) -> None:
        """Forget every drawing (the procedure was left, or the kiosk reset)."""
        self._strokes.clear()
        self._stroke = None
        self.drawing_changed.emit()
        self.update()

    def _diagram_key(self) -> str:
        return self._document.info.diagram_id if self._document else ""

    def export_image(self, size: QSize | None = None) -> QImage:
        """The diagram with its labels and drawing, unzoomed, as an image (for handouts)."""
        size = size or self.size()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self._theme.surface))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self._layout(QRectF(0, 0, size.width(), size.height()))
        if self._renderer is not None and layout.picture.isValid():
            self._renderer.render(painter, layout.picture)
        self._paint_strokes(painter, self._base_transform(layout))
        self._paint_labels(painter, layout.labels)
        painter.end()
        return image

    # -- geometry ------------------------------------------------------------------------------

    def _view_box(self) -> QRectF:
        return self._renderer.viewBoxF() if self._renderer is not None else QRectF()

    def _base_transform(self, layout: DiagramLayout) -> QTransform:
        """Diagram coordinates to widget coordinates at zoom 1."""
        view_box = self._view_box()
        if view_box.isEmpty():
            return QTransform()
        scale = layout.picture.width() / view_box.width()
        transform = QTransform()
        transform.translate(layout.picture.left(), layout.picture.top())
        transform.scale(scale, scale)
        transform.translate(-view_box.left(), -view_box.top())
        return transform

    def _view_transform(self, layout: DiagramLayout) -> QTransform:
        """Diagram coordinates to widget coordinates, zoom and pan included."""
        centre = layout.picture.center()
        zoom = QTransform()
        zoom.translate(centre.x() + self._pan.x(), centre.y() + self._pan.y())
        zoom.scale(self._zoom, self._zoom)
        zoom.translate(-centre.x(), -centre.y())
        return self._base_transform(layout) * zoom

    def label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(13, round(QFontMetricsF(self.font()).height() * 0.72)))
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _layout(
        self,
        bounds: QRectF | None = None,
        *,
        renderer: QSvgRenderer | None = None,
        callouts: list[Callout] | None = None,
        zoomed: bool = True,
    ) -> DiagramLayout:
        area = (bounds or QRectF(self.rect())).adjusted(PADDING, PADDING, -PADDING, -PADDING)
        renderer = renderer or self._renderer
        callouts = self._callouts if callouts is None else callouts
        if renderer is None or not renderer.isValid():
            return DiagramLayout(area, QRectF(), [])
        view_box = renderer.viewBoxF()
        metrics = QFontMetricsF(self.label_font())
        anchors: list[tuple[Callout, QPointF]] = []
        for callout in callouts:
            anchor_id = f"anchor-{callout.structure_id}"
            if renderer.elementExists(anchor_id):
                bounds_on = renderer.transformForElement(anchor_id).mapRect(
                    renderer.boundsOnElement(anchor_id)
                )
                anchors.append((callout, bounds_on.center()))
        # A label column takes at most 30% of the width; a longer label wraps onto more lines.
        sizes = {
            c.structure_id: label_box_size(
                metrics, c.text, area.width() * LABEL_COLUMN_SHARE, area.width() * 0.45
            )
            for c, _ in anchors
        }
        widths = {key: size.width() for key, size in sizes.items()}
        left = [(c, p) for c, p in anchors if p.x() < view_box.center().x()]
        right = [(c, p) for c, p in anchors if p.x() >= view_box.center().x()]
        left_w = max((widths[c.structure_id] for c, _ in left), default=0.0)
        right_w = max((widths[c.structure_id] for c, _ in right), default=0.0)
        picture_area = area.adjusted(
            left_w + (LEADER_GAP if left else 0), 0, -(right_w + (LEADER_GAP if right else 0)), 0
        )
        picture = fit(view_box, picture_area)
        partial = DiagramLayout(picture_area, picture, [])
        to_widget = (
            self._view_transform(partial)
            if bounds is None and zoomed
            else self._base_transform(partial)
        )
        placed: list[PlacedLabel] = []
        for column, on_left in ((left, True), (right, False)):
            mapped = [(c, to_widget.map(p)) for c, p in column]
            visible = sorted(
                ((c, p) for c, p in mapped if picture_area.contains(p)), key=lambda i: i[1].y()
            )
            heights = [sizes[c.structure_id].height() for c, _ in visible]
            tops = spread(
                [p.y() - h / 2 for (_, p), h in zip(visible, heights, strict=True)], heights, area
            )
            for (callout, anchor), top, height in zip(visible, tops, heights, strict=True):
                width = widths[callout.structure_id]
                x = area.left() + left_w - width if on_left else area.right() - right_w
                placed.append(PlacedLabel(callout, anchor, QRectF(x, top, width, height), on_left))
        return DiagramLayout(picture_area, picture, placed)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self._layout()
        if self._renderer is not None and layout.picture.isValid():
            if self._zoom == 1.0:
                running = self._fade.state() == QVariantAnimation.State.Running
                if running and self._fade_from is not None:
                    progress = float(self._fade.currentValue())
                    painter.setOpacity(1.0 - progress)
                    painter.drawPixmap(self._fade_from_at, self._fade_from)
                    painter.setOpacity(progress)
                painter.drawPixmap(layout.picture.topLeft(), self._picture_pixmap(layout.picture))
                painter.setOpacity(1.0)
            else:
                painter.save()
                painter.setClipRect(layout.area)
                target = self._view_transform(layout).mapRect(self._view_box())
                self._renderer.render(painter, target)
                painter.restore()
        painter.save()
        painter.setClipRect(layout.area)
        self._paint_strokes(painter, self._view_transform(layout))
        painter.restore()
        self._paint_labels(painter, layout.labels)
        painter.end()

    def _picture_pixmap(self, picture: QRectF) -> QPixmap:
        assert self._renderer is not None
        return self._pixmap_for(self._renderer, picture)

    def _pixmap_for(self, renderer: QSvgRenderer, picture: QRectF) -> QPixmap:
        """The rendered SVG at this size, cached (a few states and sizes are kept)."""
        ratio = self.devicePixelRatioF()
        # The renderer itself is in the key (its address alone could be a later renderer's).
        key = (renderer, round(picture.width()), round(picture.height()), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        pixmap = QPixmap(QSize(round(picture.width() * ratio), round(picture.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, picture.width(), picture.height()))
        painter.end()
        self._pixmaps[key] = pixmap
        if len(self._pixmaps) > 3:  # the current, previous and next steps (~4 MB each)
            self._pixmaps.popitem(last=False)
        return pixmap

    @property
    def cached_pictures(self) -> int:
        return len(self._pixmaps)

    def drop_other_pictures(self) -> None:
        """Keep only the picture last drawn (the one on show): the app gives memory back when
        idle, and the others are drawn again if the user steps back to them."""
        while len(self._pixmaps) > 1:
            self._pixmaps.popitem(last=False)

    def drop_pictures(self) -> None:
        """Keep no picture and no parsed state but the one on show, for a view that is not on
        screen (the user went elsewhere): drawn again when it is shown."""
        self._pixmaps.clear()
        self._renderers.clear()

    def _paint_strokes(self, painter: QPainter, transform: QTransform) -> None:
        strokes = self._strokes.get(self._diagram_key(), [])
        current = [self._stroke] if self._stroke is not None else []
        paint_strokes(painter, [*strokes, *current], transform)

    def _paint_labels(self, painter: QPainter, labels: list[PlacedLabel]) -> None:
        painter.setFont(self.label_font())
        paint_labels(painter, labels, self._theme)

    def _on_fade_finished(self) -> None:
        self._fade_from = None

    # -- input ---------------------------------------------------------------------------------

    def _to_diagram(self, point: QPointF) -> QPointF:
        inverted, ok = self._view_transform(self._layout()).inverted()
        return inverted.map(point) if ok else point

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if self._pen_enabled and self._renderer is not None:
            scale = self._base_transform(self._layout()).m11() or 1.0
            self._stroke = Stroke(self._pen_colour, PEN_WIDTH_PX / scale)
            self._stroke.points.append(self._to_diagram(event.position()))
            self.update()
        elif self._zoom > 1.0:
            self._drag_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._stroke is not None:
            self._stroke.points.append(self._to_diagram(event.position()))
            self.update()
        elif self._drag_from is not None:
            self.pan_by(event.position() - self._drag_from)
            self._drag_from = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._stroke is not None:
            self._strokes.setdefault(self._diagram_key(), []).append(self._stroke)
            self._stroke = None
            self.drawing_changed.emit()
            self.update()
        if self._drag_from is not None:
            self._drag_from = None
            self.setCursor(
                Qt.CursorShape.CrossCursor if self._pen_enabled else Qt.CursorShape.ArrowCursor
            )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self._pen_enabled:
            self.reset_zoom()  # double-click or double-tap fits the picture again

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps, event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                flags = pinch.changeFlags()
                if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                    self.zoom_by(pinch.scaleFactor(), QPointF(centre))
                event.accept()
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture  # trackpad pinch
        ):
            self.zoom_by(1.0 + event.value(), event.position())
            return True
        return super().event(event)
