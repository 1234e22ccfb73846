"""Which spans are on screen, how they nest, and the ExtraSelections that colour them.

The view never hands Qt every span (RTL.md §3): it asks the document's span
index (annotator.spans, kept in step by the edits) for the spans touching the
visible code-point range, so the cost follows what is on screen, not the
document, and builds a few hundred ExtraSelections from those. ExtraSelections
are painted over the laid-out text without re-shaping it, unlike character
formats, which break the lam-alef ligature at a span edge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from annotator.model import Document, Span
from ui.span_painter import SpanGeometry, paint_spans, visible_qt_range

__all__ = [
    "FALLBACK_COLOURS",
    "HighlightLayer",
    "LabelColours",
    "build_extra_selections",
    "nesting_levels",
]

FALLBACK_COLOURS = (
    "#e6194b",
    "#3cb44b",
    "#4363d8",
    "#f58231",
    "#911eb4",
    "#46f0f0",
    "#f032e6",
    "#9a6324",
)


def nesting_levels(spans: Sequence[Span]) -> dict[tuple[int, int, str], int]:
    """Underline row per span: the lowest row not taken by an overlapping span starting earlier."""
    levels: dict[tuple[int, int, str], int] = {}
    active: list[tuple[int, int]] = []  # (end, level) of spans still open
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.label)):
        active = [(e, lv) for e, lv in active if e > span.start]
        taken = {lv for _, lv in active}
        level = next(i for i in range(len(taken) + 1) if i not in taken)
        levels[span.key] = level
        active.append((span.end, level))
    return levels


class LabelColours:
    """Per-label colours for the palette: schema colours are pastel backgrounds for light themes.

    On a dark palette the background keeps the hue but darkens, so light text stays readable;
    marks (underlines, start ticks, name tags) take a stronger shade that contrasts with the base.
    """

    def __init__(self, colour_of: Callable[[str], str | None], dark: bool) -> None:
        self._colour_of = colour_of
        self._dark = dark
        self._cache: dict[str, tuple[QColor, QColor]] = {}

    def base(self, label: str) -> QColor:
        name = self._colour_of(label)
        colour = QColor(name) if name else QColor()
        if not colour.isValid():
            colour = QColor(FALLBACK_COLOURS[sum(map(ord, label)) % len(FALLBACK_COLOURS)])
        return colour

    def _pair(self, label: str) -> tuple[QColor, QColor]:
        pair = self._cache.get(label)
        if pair is None:
            base = self.base(label)
            hue, sat = (
                max(base.hslHueF(), 0.0),
                max(base.hslSaturationF(), 0.35 if base.hslSaturationF() > 0 else 0.0),
            )
            if self._dark:
                background = QColor.fromHslF(hue, sat, 0.30, 0.85)
                mark = QColor.fromHslF(hue, min(1.0, sat + 0.2), 0.70)
            else:
                background = QColor(base)
                background.setAlphaF(0.8)  # overlapping spans stay visible through each other
                mark = QColor.fromHslF(hue, min(1.0, sat + 0.2), 0.38)
            pair = (background, mark)
            self._cache[label] = pair
        return pair

    def background(self, label: str) -> QColor:
        return self._pair(label)[0]

    def mark(self, label: str) -> QColor:
        return self._pair(label)[1]


def build_extra_selections(
    document: QTextDocument,
    spans: Sequence[Span],
    to_qt: Callable[[int], int],
    colour_for: Callable[[str], QColor],
) -> list[QTextEdit.ExtraSelection]:
    """One background-only ExtraSelection per span: painted under glyphs, nothing is re-shaped."""
    selections: list[QTextEdit.ExtraSelection] = []
    formats: dict[str, QTextCharFormat] = {}
    for span in spans:
        fmt = formats.get(span.label)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setBackground(colour_for(span.label))
            formats[span.label] = fmt
        cursor = QTextCursor(document)
        cursor.setPosition(to_qt(span.start))
        cursor.setPosition(to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    return selections


class HighlightLayer:
    """The view's highlights: visible spans as ExtraSelections (on a 0 ms timer) plus painted marks.

    Reads the shown document's span index; owns the colours and cached geometry of one view.
    Everything it hands Qt or paints is limited to the spans touching the visible lines.
    """

    def __init__(
        self, view: QTextEdit, to_qt: Callable[[int], int], to_cp: Callable[[int], int]
    ) -> None:
        self._view = view
        self._to_qt = to_qt
        self._to_cp = to_cp
        self.document: Document | None = None
        self.visible: list[Span] = []
        self._levels: dict[tuple[int, int, str], int] = {}
        self.colours = LabelColours(lambda _name: None, dark=False)
        self._colour_of: Callable[[str], str | None] = lambda _name: None
        # Span pieces in document coordinates, valid until the layout changes.
        self.geometry = SpanGeometry()
        self._layout_width = -1.0
        self.timer = QTimer(view)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)  # never from a scroll signal directly (RTL.md §3: it crashed Qt)
        self.timer.timeout.connect(self.apply)

    def set_colour_source(self, colour_of: Callable[[str], str | None]) -> None:
        self._colour_of = colour_of
        self.reset_colours()

    def reset_colours(self) -> None:
        dark = self._view.palette().base().color().lightnessF() < 0.5
        self.colours = LabelColours(self._colour_of, dark=dark)

    def layout_changed(self, width: float | None = None) -> None:
        """Drop cached geometry when the text re-wraps (``width``: the document's new width)."""
        if width is None or width != self._layout_width:
            self._layout_width = -1.0 if width is None else width
            self.geometry.clear()
        self.schedule()

    def schedule(self) -> None:
        self.timer.start()

    def apply(self) -> None:
        """Find the spans on screen and hand Qt exactly those."""
        view = self._view
        if view.document().isEmpty():
            self.visible = []
        else:
            first, last = visible_qt_range(view)
            start, end = self._to_cp(first), self._to_cp(last)
            spans = self.document.index if self.document is not None else None
            self.visible = spans.overlapping(start, max(end, start + 1)) if spans else []
        self._levels = nesting_levels(self.visible)
        view.setExtraSelections(
            build_extra_selections(
                view.document(), self.visible, self._to_qt, self.colours.background
            )
        )
        view.viewport().update()

    def paint(self, clip: QRect, selected: Span | None, tag_font: QFont) -> None:
        """Paint underlines, start ticks and names of the visible spans over ``clip`` (viewport)."""
        if not self.visible:
            return
        view = self._view
        painter = QPainter(view.viewport())
        offset = QPointF(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
        paint_spans(
            painter,
            view.document(),
            self.geometry,
            offset,
            QRectF(clip).translated(-offset),
            self.visible,
            self._levels,
            self._to_qt,
            self.colours.mark,
            tag_font,
            selected,
            view.palette().text().color(),
        )
        painter.end()
