"""Paints one frame of the paragraph view: text, label backgrounds, selection, marks, caret.

Label backgrounds and the selection are ``QTextLayout.FormatRange``s handed to
``QTextLayout.draw`` (what QTextEdit does with ExtraSelections): painted under the already
shaped glyphs, so joining and the lam-alef ligature stay intact at a span edge inside a word.
The layouts' own formats are never touched. Underlines (one row per nesting level), the start
tick and the label's name go in the band under each line, never over the glyphs; the selected
span gets an outline. Everything is limited to the spans touching the lines on screen.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QStaticText,
    QTextCharFormat,
    QTextLayout,
    QTransform,
)

from annotator.model import Span
from ui.block_layout import BlockLayout
from ui.highlights import LabelColours, nesting_levels
from ui.view_font import UNDERLINE_STEP, UNDERLINE_WIDTH, tag_height
from ui.view_lines import MARGIN

__all__ = ["CARET_WIDTH", "Frame", "paint_frame", "span_ranges"]

CARET_WIDTH = 2


@dataclass
class Frame:
    """What one paint needs: the blocks on screen (with their top y), spans, selection, caret."""

    blocks: list[tuple[BlockLayout, float]]
    spans: Sequence[Span]
    colours: LabelColours
    selection: tuple[int, int] | None
    selected: Span | None
    caret: QRectF | None
    palette: QPalette
    active: bool
    tag_font: QFont
    width: float
    clip: QRectF


def _local_range(layout: BlockLayout, start: int, end: int) -> tuple[int, int] | None:
    block = layout.block
    a, b = max(start, block.start), min(end, block.end)
    if a >= b:
        return None
    first = layout.to_local(a)
    return first, layout.to_local(b) - first


def span_ranges(
    layout: BlockLayout, spans: Sequence[Span], colours: LabelColours
) -> list[tuple[int, int, QColor]]:
    """(local start, length, background) of every span part inside the block."""
    out = []
    for span in spans:
        found = _local_range(layout, span.start, span.end)
        if found is not None:
            out.append((found[0], found[1], colours.background(span.label)))
    return out


def _spans_by_block(frame: Frame) -> list[list[Span]]:
    """The spans meeting each block on screen (spans come sorted by start)."""
    starts = [layout.block.start for layout, _y in frame.blocks]
    out: list[list[Span]] = [[] for _ in starts]
    for span in frame.spans:
        k = max(0, bisect_right(starts, span.start) - 1)
        while k < len(starts) and starts[k] < max(span.end, span.start + 1):
            block = frame.blocks[k][0].block
            if span.start < max(block.end, block.start + 1) and span.end > block.start:
                out[k].append(span)
            k += 1
    return out


def _format_range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, length, fmt
    return found


def paint_frame(painter: QPainter, frame: Frame) -> None:
    """Paint ``frame`` on the viewport (already filled with the palette's base colour)."""
    group = QPalette.ColorGroup.Active if frame.active else QPalette.ColorGroup.Inactive
    text_colour = frame.palette.color(group, QPalette.ColorRole.Text)
    selection = QTextCharFormat()
    selection.setBackground(frame.palette.color(group, QPalette.ColorRole.Highlight))
    selection.setForeground(frame.palette.color(group, QPalette.ColorRole.HighlightedText))
    formats: dict[str, QTextCharFormat] = {}
    by_block = _spans_by_block(frame)
    for (layout, y), spans in zip(frame.blocks, by_block, strict=True):
        ranges = []
        for start, length, colour in span_ranges(layout, spans, frame.colours):
            fmt = formats.get(colour.name(QColor.NameFormat.HexArgb))
            if fmt is None:
                fmt = formats[colour.name(QColor.NameFormat.HexArgb)] = QTextCharFormat()
                fmt.setBackground(colour)
            ranges.append(_format_range(start, length, fmt))
        if frame.selection is not None:
            found = _local_range(layout, *frame.selection)
            if found is not None:
                ranges.append(_format_range(found[0], found[1], selection))
        painter.setPen(text_colour)
        layout.layout.draw(painter, QPointF(MARGIN, y), ranges, frame.clip)
    if frame.spans:
        _paint_marks(painter, frame, by_block, text_colour)
    if frame.caret is not None:
        painter.fillRect(frame.caret, text_colour)


_BLACK, _WHITE = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)


def _text_colour_on(background: QColor) -> QColor:
    return _BLACK if background.lightnessF() > 0.55 else _WHITE


def _paint_marks(
    painter: QPainter, frame: Frame, by_block: list[list[Span]], outline: QColor
) -> None:
    """Underline every span on its nesting row, mark its start and name it; outline the
    selected one. Only lines meeting the clip rectangle are looked at."""
    levels = nesting_levels(frame.spans)
    painter.setFont(frame.tag_font)
    tag_font = (frame.tag_font.key(), tag_height(frame.tag_font))
    clip = frame.clip
    for (layout, y), spans in zip(frame.blocks, by_block, strict=True):
        block = layout.block
        placed: dict[int, list[QRectF]] = {}  # tags already drawn, per line
        for span in spans:
            colour = frame.colours.mark(span.label)
            level = levels.get(span.key, 0)
            selected = frame.selected is not None and span.key == frame.selected.key
            first = layout.line_of(max(span.start, block.start))
            last = layout.line_of(max(block.start, min(span.end, block.end) - 1))
            for n in range(first, last + 1):
                top = y + layout.tops[n]
                if top > clip.bottom() or y + layout.line_bottom(n) < clip.top():
                    continue
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
    name = _static_text(tag_spec.name, frame.tag_font, tag_font[0])
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


_STATIC: dict[tuple[str, str], QStaticText] = {}


def _static_text(name: str, font: QFont, font_key: str) -> QStaticText:
    """A label name laid out once (a screen can show hundreds of tags)."""
    key = (name, font_key)
    found = _STATIC.get(key)
    if found is None:
        if len(_STATIC) > 512:
            _STATIC.clear()
        found = _STATIC[key] = QStaticText(name)
        found.setTextFormat(Qt.TextFormat.PlainText)
        found.prepare(QTransform(), font)
    return found
