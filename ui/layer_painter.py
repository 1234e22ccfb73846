"""Paints the view's layers besides the spans: search matches, suggestions, annotators' lanes,
symbols of invisible characters.

Like the spans (ui/span_painter.py), nothing here touches the text's layout or formats: search
matches are filled under the glyph boxes (over the labels' colours, under the text), suggestions
are dashed outlines in their label's colour around the glyph boxes (no fill: they are not
annotations), each annotator's candidates an underline lane of its own in the band (its own
dash pattern too), and invisible characters small symbols in a row above the glyphs where the
caret stops at them. Every layer holds only what touches the lines on screen, and only the
lines meeting the painter's clip are looked at.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from annotator.text.invisibles import Invisible
from ui.block_layout import BlockLayout
from ui.frame import Frame, Match, by_block, line_range, static_text
from ui.view_font import LANE_STEP, LANE_WIDTH
from ui.view_lines import MARGIN

__all__ = ["LANE_STYLES", "pack", "paint_matches", "paint_overlays"]

MATCH_FILL, MATCH_EDGE = QColor(255, 214, 0, 120), QColor(232, 150, 0)
CURRENT_FILL, CURRENT_EDGE = QColor(255, 140, 0, 170), QColor(200, 70, 0)
# light palette: (symbol, its pill); dark palette: the same, lighter on darker
MARK_COLOURS = {
    False: (QColor("#1b5e9a"), QColor("#e4f0fb")),
    True: (QColor("#a8d4ff"), QColor("#203a55")),
}
LANE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
SUGGESTION_WIDTH, FOCUSED_WIDTH = 1.5, 3.0


def _lines(layout: BlockLayout, y: float, start: int, end: int, clip: QRectF) -> list[int]:
    """The block's lines holding [start, end) that meet the clip rectangle."""
    return [
        n
        for n in line_range(layout, start, end)
        if y + layout.tops[n] <= clip.bottom() and y + layout.line_bottom(n) >= clip.top()
    ]


def paint_matches(
    painter: QPainter,
    layout: BlockLayout,
    y: float,
    matches: Sequence[Match],
    current: Match | None,
) -> None:
    """Search matches of one block: a yellow box under the glyphs with an orange edge (the
    current one orange, edged darker), drawn over label backgrounds so both stay readable."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for match in matches:
        strong = match == current
        fill, edge = (CURRENT_FILL, CURRENT_EDGE) if strong else (MATCH_FILL, MATCH_EDGE)
        width = 2.0 if strong else 1.0
        painter.setPen(QPen(edge, width))
        for n in line_range(layout, match.start, match.end):
            top, bottom = y + layout.text_top(n), y + layout.text_bottom(n)
            for left, right in layout.pieces(n, match.start, match.end):
                box = QRectF(MARGIN + left, top, right - left, bottom - top)
                painter.fillRect(box, fill)
                half = width / 2
                painter.drawRect(box.adjusted(half, half, -half, -half))
    painter.restore()


def paint_overlays(painter: QPainter, frame: Frame) -> None:
    """Suggestions, lanes and invisible characters' symbols, over the text."""
    layers = frame.layers
    if not (layers.suggestions or layers.lanes or layers.invisibles):
        return
    painter.save()
    if layers.suggestions:
        _paint_suggestions(painter, frame)
    if layers.lanes:
        _paint_lanes(painter, frame)
    if layers.invisibles and layers.mark_font is not None:
        dark = frame.palette.base().color().lightnessF() < 0.5
        _paint_invisibles(painter, frame, layers.mark_font, MARK_COLOURS[dark])
    painter.restore()


def _paint_suggestions(painter: QPainter, frame: Frame) -> None:
    """A dashed outline in the label's colour around each suggestion's glyph boxes; the focused
    one thicker. No fill: a suggestion is not an annotation."""
    layers = frame.layers
    painter.setBrush(Qt.BrushStyle.NoBrush)
    grouped = by_block(frame.blocks, layers.suggestions)
    for (layout, y), suggestions in zip(frame.blocks, grouped, strict=True):
        for span in suggestions:
            focused = layers.focused is not None and span.key == layers.focused.key
            pen = QPen(layers.colours.mark(span.label), FOCUSED_WIDTH if focused else 1.5)
            pen.setDashPattern([3.0, 2.0] if focused else [4.0, 2.5])
            painter.setPen(pen)
            for n in _lines(layout, y, span.start, span.end, frame.clip):
                top, bottom = y + layout.text_top(n), y + layout.text_bottom(n)
                inset = pen.widthF() / 2
                for left, right in layout.pieces(n, span.start, span.end):
                    painter.drawRect(
                        QRectF(
                            MARGIN + left - 2, top + inset, right - left + 4, bottom - top
                        ).adjusted(0, 0, 0, -2 * inset)
                    )


def _paint_lanes(painter: QPainter, frame: Frame) -> None:
    """Each annotator's candidates as an underline in lane k of the band, in the label's
    colour and the annotator's dash pattern; a gap at each end keeps neighbours apart."""
    layers = frame.layers
    for lane, spans in enumerate(layers.lanes):
        style = LANE_STYLES[lane % len(LANE_STYLES)]
        grouped = by_block(frame.blocks, spans)
        for (layout, y), found in zip(frame.blocks, grouped, strict=True):
            for span in found:
                pen = QPen(layers.colours.mark(span.label), LANE_WIDTH, style)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                for n in _lines(layout, y, span.start, span.end, frame.clip):
                    below = y + layout.text_bottom(n) + layers.lanes_top
                    at = below + lane * LANE_STEP + LANE_WIDTH / 2
                    for left, right in layout.pieces(n, span.start, span.end):
                        a, b = MARGIN + left + 1, MARGIN + right - 1
                        painter.drawLine(QPointF(a, at), QPointF(max(a + 1, b), at))


def _mark_x(layout: BlockLayout, n: int, cp: int) -> float | None:
    """Where the caret stops at an invisible character: the middle of its own glyph if it has
    one (NBSP, tatweel), else the edge of the cluster it starts or ends (ZWNJ ends one)."""
    cell = layout.cell_at(n, cp)
    if cell is None:
        return None
    if cell.start == cp and cell.end == cp + 1 and cell.right - cell.left > 1.0:
        return (cell.left + cell.right) / 2
    return cell.leading if cell.start == cp else cell.trailing


def pack(wanted: Sequence[tuple[float, float]], gap: float = 1.0) -> list[float]:
    """Left edges for boxes wanted centred at x with a width, (x, width) sorted by x: boxes that
    would overlap are laid side by side, each such group centred on its members' mean x."""
    groups: list[tuple[list[int], float, float]] = []  # members, left, width of the group
    for k, (x, width) in enumerate(wanted):
        members, left, total = [k], x - width / 2, width
        while groups and groups[-1][1] + groups[-1][2] + gap > left:
            before, _left, size = groups.pop()
            members, total = before + members, size + gap + total
            left = sum(wanted[i][0] for i in members) / len(members) - total / 2
        groups.append((members, left, total))
    lefts = [0.0] * len(wanted)
    for members, left, _total in groups:
        for i in members:
            lefts[i] = left
            left += wanted[i][1] + gap
    return lefts


def _paint_invisibles(
    painter: QPainter, frame: Frame, font: QFont, colours: tuple[QColor, QColor]
) -> None:
    """Each invisible character's short name in a pill above the glyphs, with a tick down to
    where the caret stops at it; pills of one line never overlap (crowded ones side by side,
    centred on their characters). Nothing is drawn inside the glyph box."""
    ink, pill = colours
    painter.setFont(font)
    key = font.key()
    starts = [layout.block.start for layout, _y in frame.blocks]
    per_line: dict[tuple[int, int], list[tuple[float, Invisible]]] = {}
    for cp, kind in frame.layers.invisibles:
        k = bisect_right(starts, cp) - 1
        if k < 0 or cp >= frame.blocks[k][0].block.end:
            continue  # a paragraph separator is never laid out
        layout, y = frame.blocks[k]
        n = layout.line_of(cp)
        if y + layout.tops[n] > frame.clip.bottom() or y + layout.line_bottom(n) < frame.clip.top():
            continue
        x = _mark_x(layout, n, cp)
        if x is not None:
            per_line.setdefault((k, n), []).append((MARGIN + x, kind))
    for (k, n), marks in per_line.items():
        layout, y = frame.blocks[k]
        row_top, row_bottom = y + layout.tops[n], y + layout.text_top(n)
        marks.sort(key=lambda mark: mark[0])
        texts = [static_text(kind.short, font, key) for _x, kind in marks]
        sizes = [text.size() for text in texts]
        lefts = pack([(x, size.width() + 4.0) for (x, _k), size in zip(marks, sizes, strict=True)])
        for (x, _kind), text, size, left in zip(marks, texts, sizes, lefts, strict=True):
            width = size.width() + 4.0
            left = max(0.0, min(left, frame.width - width))
            box = QRectF(left, row_top + 1.0, width, max(4.0, row_bottom - row_top - 4.0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pill)
            painter.drawRoundedRect(box, 3.0, 3.0)
            painter.setPen(QPen(ink, 1.0))
            tip = QPointF(x, row_bottom - 1.0)  # above the glyph box: never touches a letter
            painter.drawLine(QPointF(box.center().x(), box.bottom()), tip)
            corner = box.center() - QPointF(size.width() / 2, size.height() / 2)
            painter.drawStaticText(corner, text)
