"""Reads the view's layout and paints what ExtraSelections cannot: start ticks, names, underlines.

Everything is painted on the viewport over the laid-out text, never inserted
into it (the text and its offsets stay exactly the document's). Geometry comes
from the block layouts: a span is cut per line and, inside a line, into the
visual pieces Qt's bidi ordering makes of it (``QTextLine.glyphRuns``), so a
span that crosses a direction change is drawn in pieces, its start marked by a
tick and its label name. The same layout reading gives the visible lines, the
glyph under the pointer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QTextEdit

from annotator.model import Span

__all__ = [
    "LinePiece",
    "SpanGeometry",
    "band_height",
    "char_under",
    "cursor_x",
    "paint_spans",
    "span_pieces",
    "start_edge",
    "visible_qt_range",
]

UNDERLINE_STEP = 3.0  # px between stacked underlines
UNDERLINE_WIDTH = 2.0


@dataclass(frozen=True)
class LinePiece:
    """One visual piece of a span on one line, in document coordinates."""

    left: float
    right: float
    top: float  # line top
    bottom: float  # bottom of the line's natural box (ascent + descent): the band starts here


def _merge(rects: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for left, right in sorted(rects):
        if merged and left <= merged[-1][1] + 0.5:
            merged[-1] = (merged[-1][0], max(merged[-1][1], right))
        else:
            merged.append((left, right))
    return merged


def span_pieces(document: QTextDocument, qt_start: int, qt_end: int) -> list[LinePiece]:
    """Visual pieces of the Qt range [qt_start, qt_end), line by line, in document coordinates."""
    pieces: list[LinePiece] = []
    block = document.findBlock(qt_start)
    while block.isValid() and block.position() < qt_end:
        layout = block.layout()
        origin = layout.position()
        base = block.position()
        lo = max(qt_start, base) - base
        hi = min(qt_end, base + block.length() - 1) - base
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            ls, le = line.textStart(), line.textStart() + line.textLength()
            a, b = max(lo, ls), min(hi, le)
            if a >= b:
                continue
            spans_x = [
                (r.boundingRect().left(), r.boundingRect().right())
                for r in line.glyphRuns(a, b - a)
            ]
            top = origin.y() + line.y()
            bottom = top + line.ascent() + line.descent()
            for left, right in _merge(spans_x):
                pieces.append(LinePiece(origin.x() + left, origin.x() + right, top, bottom))
        block = block.next()
    return pieces


def cursor_x(line: QTextLine, pos: int, edge: QTextLine.Edge) -> float:
    """x of the caret at ``pos`` in ``line`` (PySide returns (x, pos); its stub says object)."""
    found: Any = line.cursorToX(pos, edge)
    return float(found[0])


def start_edge(document: QTextDocument, qt_start: int) -> tuple[QPointF, float, bool] | None:
    """Where a span starting at ``qt_start`` begins on screen.

    As (line top-left x/y, natural height, rtl).
    """
    block = document.findBlock(qt_start)
    if not block.isValid():
        return None
    layout = block.layout()
    pos = qt_start - block.position()
    line = layout.lineForTextPosition(pos)
    if not line.isValid():
        return None
    runs = line.glyphRuns(pos, 1)
    rtl = (
        runs[0].isRightToLeft() if runs else block.textDirection() == Qt.LayoutDirection.RightToLeft
    )
    x = cursor_x(line, pos, QTextLine.Edge.Leading)
    origin = layout.position()
    return QPointF(origin.x() + x, origin.y() + line.y()), line.ascent() + line.descent(), rtl


def band_height(tag_font: QFont) -> float:
    """Room below each line for one underline row and a label name."""
    return UNDERLINE_STEP + UNDERLINE_WIDTH + _tag_height(QFontMetricsF(tag_font)) + 2.0


def _tag_height(metrics: QFontMetricsF) -> float:
    return metrics.capHeight() * 1.7


def _text_colour_on(background: QColor) -> QColor:
    return (
        QColor(Qt.GlobalColor.black)
        if background.lightnessF() > 0.55
        else QColor(Qt.GlobalColor.white)
    )


class SpanGeometry:
    """Pieces and start edge per Qt range, cached: document coordinates only change with the layout.

    The view clears it when the layout changes (text, width, font); scrolling reuses it, so a
    repaint costs a few fills per visible span instead of glyph-run queries.
    """

    def __init__(self) -> None:
        self._cache: dict[
            tuple[int, int], tuple[list[LinePiece], tuple[QPointF, float, bool] | None]
        ] = {}

    def clear(self) -> None:
        self._cache.clear()

    def of(
        self, document: QTextDocument, qt_start: int, qt_end: int
    ) -> tuple[list[LinePiece], tuple[QPointF, float, bool] | None]:
        key = (qt_start, qt_end)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 4096:
                self._cache.clear()
            found = (span_pieces(document, qt_start, qt_end), start_edge(document, qt_start))
            self._cache[key] = found
        return found


def paint_spans(
    painter: QPainter,
    document: QTextDocument,
    geometry: SpanGeometry,
    offset: QPointF,
    clip: QRectF,
    spans: Sequence[Span],
    levels: dict[tuple[int, int, str], int],
    to_qt: Callable[[int], int],
    colour_for: Callable[[str], QColor],
    tag_font: QFont,
    selected: Span | None,
    outline: QColor,
) -> None:
    """Underline every span on its nesting row, mark its start and name it; outline ``selected``.

    ``clip`` is the area to repaint in document coordinates: spans wholly outside it are skipped.
    """
    painter.save()
    painter.translate(offset)
    metrics = QFontMetricsF(tag_font)
    tag_h = _tag_height(metrics)
    band = band_height(tag_font)
    placed: list[QRectF] = []  # tags already drawn: a later one slides along its text direction
    painter.setFont(tag_font)
    for span in spans:
        pieces, edge = geometry.of(document, to_qt(span.start), to_qt(span.end))
        if not pieces or pieces[0].top > clip.bottom() or pieces[-1].bottom + band < clip.top():
            continue
        colour = colour_for(span.label)
        level = levels.get(span.key, 0)
        for piece in pieces:
            y = piece.bottom + 1.0 + level * UNDERLINE_STEP
            painter.fillRect(
                QRectF(piece.left, y, piece.right - piece.left, UNDERLINE_WIDTH), colour
            )
        if edge is None:
            continue
        corner, height, rtl = edge
        # The start tick, below the text (never over the joined letters): a span cut into pieces
        # by a direction change still shows where it begins, with its name beside the tick.
        tick_x = corner.x() - 2.0 if rtl else corner.x()
        tick_top = corner.y() + height - 1.0
        painter.fillRect(
            QRectF(tick_x, tick_top, 2.0, 2.0 + (level + 1) * UNDERLINE_STEP + 2.0), colour
        )
        name = span.label
        width = metrics.horizontalAdvance(name) + 6.0
        tag_top = corner.y() + height + 1.0 + UNDERLINE_STEP
        tag = QRectF(corner.x() - width if rtl else corner.x(), tag_top, width, tag_h)
        # Nested spans often start together: put their names side by side.
        for _ in range(len(placed)):
            other = next((r for r in placed if r.intersects(tag)), None)
            if other is None:
                break
            tag.moveLeft(other.left() - width - 1.0 if rtl else other.right() + 1.0)
        placed.append(tag)
        painter.fillRect(tag, colour)
        painter.setPen(_text_colour_on(colour))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, name)
        if selected is not None and span.key == selected.key:
            painter.setPen(QPen(outline, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for piece in pieces:
                painter.drawRect(
                    QRectF(
                        piece.left - 1,
                        piece.top + 1,
                        piece.right - piece.left + 2,
                        piece.bottom - piece.top,
                    )
                )
    painter.restore()


# -- reading the layout: visible lines, hit tests ------------------------------


def line_bounds(cursor: QTextCursor) -> tuple[int, int]:
    """Qt range [start, end) of the visual line holding ``cursor``."""
    block = cursor.block()
    line = block.layout().lineForTextPosition(cursor.positionInBlock())
    if not line.isValid():
        return block.position(), block.position() + block.length() - 1
    start = block.position() + line.textStart()
    return start, start + line.textLength()


def visible_qt_range(edit: QTextEdit) -> tuple[int, int]:
    """Qt range of the lines on screen, widened by half a screen each way (scrolling stays painted).

    Two hit tests cost ~4 ms each on a 5 MB document, and a label edit changes neither the text
    nor the layout: the answer is kept until scrolling, resizing, zooming, a new text or further
    background layout changes what is on screen.
    """
    rect = edit.viewport().rect()
    vbar, hbar = edit.verticalScrollBar(), edit.horizontalScrollBar()
    # The scroll ranges grow as Qt's lazy layout proceeds; documentSize() would force it to finish.
    key = (
        vbar.value(),
        vbar.maximum(),
        hbar.value(),
        hbar.maximum(),
        rect.width(),
        rect.height(),
        edit.document().revision(),
        edit.document().defaultFont().pointSizeF(),
    )
    cached = edit.property(_VISIBLE_CACHE)
    if cached is not None and tuple(cached[:-2]) == key:
        return int(cached[-2]), int(cached[-1])
    margin = rect.height() // 2
    top = edit.cursorForPosition(QPoint(rect.width() // 2, -margin))
    bottom = edit.cursorForPosition(QPoint(rect.width() // 2, rect.height() + margin))
    result = line_bounds(top)[0], line_bounds(bottom)[1]
    edit.setProperty(_VISIBLE_CACHE, [*key, *result])
    return result


_VISIBLE_CACHE = "annotator_visible_range"


def char_under(edit: QTextEdit, point: QPoint) -> int | None:
    """Qt position of the character whose glyph is under viewport point ``point``, or None."""
    cursor = edit.cursorForPosition(point)
    block = cursor.block()
    layout = block.layout()
    line = layout.lineForTextPosition(cursor.positionInBlock())
    if not line.isValid():
        return None
    doc_y = point.y() + edit.verticalScrollBar().value() - layout.position().y()
    if not line.y() <= doc_y < line.y() + line.height():
        return None
    x = point.x() + edit.horizontalScrollBar().value() - layout.position().x()
    hit = cursor.positionInBlock()
    for pos in (hit, hit - 1, hit + 1, hit - 2):  # Qt's Arabic hit test can be a character off
        if not line.textStart() <= pos < line.textStart() + line.textLength():
            continue
        a = cursor_x(line, pos, QTextLine.Edge.Leading)
        b = cursor_x(line, pos, QTextLine.Edge.Trailing)
        if min(a, b) <= x <= max(a, b):
            return block.position() + pos
    return None
