"""Paints one frame of the paragraph view: text, label backgrounds, selection, marks, caret.

Label backgrounds and the selection are filled under the glyph boxes (the lines' cells),
then each ``QTextLayout`` is drawn over them exactly as laid out: nothing re-shapes, so joining
and the lam-alef ligature stay intact at a span edge inside a word. The layouts' own formats
are never touched. Underlines (one row per nesting level), the start
tick and the label's name go in the band under each line, never over the glyphs; the selected
span gets an outline. Everything is limited to the spans touching the lines on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from annotator.model import Span
from ui import layer_painter
from ui.block_layout import BlockLayout
from ui.frame import Frame, by_block, line_range, static_text
from ui.highlights import nesting_levels
from ui.view_font import UNDERLINE_STEP, UNDERLINE_WIDTH, tag_height
from ui.view_lines import MARGIN

__all__ = ["CARET_WIDTH", "Frame", "paint_frame"]

CARET_WIDTH = 2


def paint_frame(painter: QPainter, frame: Frame) -> None:
    """Paint ``frame`` on the viewport (already filled with the palette's base colour).

    Backgrounds are filled first, from the lines' cells, then each layout is drawn over them
    as laid out, with no FormatRange: given any, QTextLayout.draw clips the text to its own
    line boxes and cuts the descenders of a paragraph's last line. The selected letters are
    drawn again in the highlight's text colour, clipped to the selection. Lines are chosen
    with a clip a line taller than the painter's, so a glyph reaching into the repainted rows
    from the line above or below is drawn again too.
    """
    group = QPalette.ColorGroup.Active if frame.active else QPalette.ColorGroup.Inactive
    text_colour = frame.palette.color(group, QPalette.ColorRole.Text)
    highlight = frame.palette.color(group, QPalette.ColorRole.Highlight)
    selected_text = frame.palette.color(group, QPalette.ColorRole.HighlightedText)
    layers = frame.layers
    spans_by_block = by_block(frame.blocks, layers.spans)
    matches = by_block(frame.blocks, layers.matches) if layers.matches else None
    reach = frame.blocks[0][0].line_bottom(0) if frame.blocks else 0.0  # a line
    lines = frame.clip.adjusted(0, -reach, 0, reach)
    for k, ((layout, y), spans) in enumerate(zip(frame.blocks, spans_by_block, strict=True)):
        for span in spans:
            _fill(painter, layout, y, span.start, span.end, layers.colours.background(span.label))
        if matches is not None:  # over the labels' colours, under the selection and the text
            layer_painter.paint_matches(painter, layout, y, matches[k], layers.current_match)
        if frame.selection is not None:
            _fill(painter, layout, y, *frame.selection, highlight)
        painter.setPen(text_colour)
        layout.layout.draw(painter, QPointF(MARGIN, y), [], lines)
        if frame.selection is not None:
            _paint_selected_text(painter, layout, y, frame.selection, selected_text, lines)
    if layers.spans:
        _paint_marks(painter, frame, spans_by_block, text_colour)
    layer_painter.paint_overlays(painter, frame)
    if frame.caret is not None:
        painter.fillRect(frame.caret, text_colour)


def _fill(
    painter: QPainter, layout: BlockLayout, y: float, start: int, end: int, colour: QColor
) -> None:
    """Fill the glyph boxes of code points [start, end) in the block: a background, under
    the text, that never touches the text's formats."""
    for n in line_range(layout, start, end):
        top, bottom = y + layout.text_top(n), y + layout.text_bottom(n)
        for left, right in layout.pieces(n, start, end):
            painter.fillRect(QRectF(MARGIN + left, top, right - left, bottom - top), colour)


def _paint_selected_text(
    painter: QPainter,
    layout: BlockLayout,
    y: float,
    selected: tuple[int, int],
    colour: QColor,
    clip: QRectF,
) -> None:
    """The selected letters in the highlight's text colour, over the highlight."""
    area = QPainterPath()
    for n in line_range(layout, *selected):
        top, bottom = y + layout.text_top(n), y + layout.text_bottom(n)
        for left, right in layout.pieces(n, *selected):
            area.addRect(QRectF(MARGIN + left, top, right - left, bottom - top))
    if area.isEmpty():
        return
    painter.save()
    painter.setClipPath(area, Qt.ClipOperation.IntersectClip)
    painter.setPen(colour)
    layout.layout.draw(painter, QPointF(MARGIN, y), [], clip)
    painter.restore()


_BLACK, _WHITE = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)


def _text_colour_on(background: QColor) -> QColor:
    return _BLACK if background.lightnessF() > 0.55 else _WHITE


def _paint_marks(
    painter: QPainter, frame: Frame, by_block: list[list[Span]], outline: QColor
) -> None:
    """Underline every span on its nesting row, mark its start and name it; outline the
    selected one. Only lines meeting the clip rectangle are looked at."""
    levels = nesting_levels(frame.layers.spans)
    painter.setFont(frame.tag_font)
    tag_font = (frame.tag_font.key(), tag_height(frame.tag_font))
    clip = frame.clip
    for (layout, y), spans in zip(frame.blocks, by_block, strict=True):
        block = layout.block
        placed: dict[int, list[QRectF]] = {}  # tags already drawn, per line
        for span in spans:
            colour = frame.layers.colours.mark(span.label)
            level = levels.get(span.key, 0)
            chosen = frame.layers.selected
            selected = chosen is not None and span.key == chosen.key
            first = layout.line_of(max(span.start, block.start))
            last = layout.line_of(max(block.start, min(span.end, block.end) - 1))
            for n in range(first, last + 1):
                if y + layout.tops[n] > clip.bottom() or y + layout.line_bottom(n) < clip.top():
                    continue
                top = y + layout.text_top(n)
                bottom = y + layout.text_bottom(n)
                pieces = layout.pieces(n, span.start, span.end)
                line_y = bottom + 1.0 + level * UNDERLINE_STEP
                for left, right in pieces:
                    painter.fillRect(
                        QRectF(MARGIN + left, line_y, right - left, UNDERLINE_WIDTH), colour
                    )
                if selected:
                    painter.setPen(QPen(outline, 2.0))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    for left, right in pieces:
                        painter.drawRect(
                            QRectF(MARGIN + left - 1, top + 1, right - left + 2, bottom - top)
                        )
                if n == first and span.start >= block.start:
                    cell = layout.cell_at(n, span.start)
                    if cell is None:
                        continue
                    spec = _Tag(MARGIN + cell.leading, cell.rtl, level, bottom, span.label, colour)
                    _paint_tag(painter, spec, placed.setdefault(n, []), frame, tag_font)


@dataclass
class _Tag:
    """A span's start on screen: where its tick and name go."""

    x: float  # the start's leading edge, viewport x
    rtl: bool
    level: int
    bottom: float  # the line's glyph box bottom: the band starts here
    name: str
    colour: QColor


def _paint_tag(
    painter: QPainter,
    tag_spec: _Tag,
    placed: list[QRectF],
    frame: Frame,
    tag_font: tuple[str, float],
) -> None:
    """The start tick and the name tag below the line; tags side by side when spans start
    together, and never out of the viewport."""
    x, rtl, bottom, colour = tag_spec.x, tag_spec.rtl, tag_spec.bottom, tag_spec.colour
    # The start tick, below the text (never over the joined letters): a span cut into pieces
    # by a direction change still shows where it begins, with its name beside the tick.
    tick = QRectF(x - 2.0 if rtl else x, bottom, 2.0, 3.0 + (tag_spec.level + 1) * UNDERLINE_STEP)
    painter.fillRect(tick, colour)
    if frame.layers.compact:  # names only on hover (the view's tooltip)
        return
    name = static_text(tag_spec.name, frame.tag_font, tag_font[0])
    width = name.size().width() + 6.0
    tag = QRectF(x - width if rtl else x, bottom + 1.0 + UNDERLINE_STEP, width, tag_font[1])
    for _ in range(len(placed)):  # nested spans often start together: names side by side
        other = next((r for r in placed if r.intersects(tag)), None)
        if other is None:
            break
        tag.moveLeft(other.left() - width - 1.0 if rtl else other.right() + 1.0)
    tag.moveLeft(max(0.0, min(tag.left(), frame.width - width)))
    placed.append(tag)
    painter.fillRect(tag, colour)
    painter.setPen(_text_colour_on(colour))
    size = name.size()
    corner = tag.center() - QPointF(size.width() / 2, size.height() / 2)
    painter.drawStaticText(corner, name)
