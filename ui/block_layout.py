"""One laid-out block of the paragraph view (a QTextLayout) and the bounded cache that holds them.

A block is a paragraph, or a piece of a long one (``annotator.text.paragraphs``). Its layout
is made once per font and width and dropped least-recently-used, so memory follows the screen,
not the document. Coordinates are the block's own: x from the text area's left edge, y from
the block's top. Each line is described by its *cells*, one per grapheme cluster (the caret's
stops, from the core's grapheme rule), with the box its glyphs take on screen, read from
``QTextLine.glyphRuns`` (ui/glyph_boxes.py: a ligature shared by two graphemes, like lam-alef,
is split evenly, as Qt does). Caret positions, hit tests, visual moves and span pieces all
come from the cells, not from ``QTextLine.cursorToX`` in visual mode, which draws positions
inside a left-to-right run of an Arabic paragraph one character off (the caret at the start of
"Ynet" between Y and n).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from typing import Any, NamedTuple

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextLine, QTextOption

from annotator.text.paragraphs import Block, Paragraphs
from annotator.text.snapping import grapheme_bounds
from ui.glyph_boxes import boxes_from_runs, boxes_one_by_one
from ui.view_font import LineMetrics

__all__ = ["BlockLayout", "Cell", "LayoutCache", "qt_safe"]

_RUNS = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
    | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
)
_ALIGN = {
    True: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    False: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
}


def qt_safe(text: str) -> str:
    """``text`` as PySide hands it to Qt unchanged: same length, same UTF-16 positions.

    PySide's str -> QString drops a leading U+FEFF and byte-swaps a text starting with U+FFFE
    (RTL.md §4); a zero-width word joiner and U+FFFD stand in for them on screen.
    """
    if text[:1] == "\ufeff":
        return "\u2060" + text[1:]
    if text[:1] == "\ufffe":
        return "\ufffd" + text[1:]
    return text


class Cell(NamedTuple):
    """One grapheme cluster on a line: code points [start, end) and its box's x range."""

    start: int
    end: int
    left: float
    right: float
    rtl: bool

    @property
    def leading(self) -> float:
        """x of the caret standing before this cluster."""
        return self.right if self.rtl else self.left

    @property
    def trailing(self) -> float:
        """x of the caret standing after this cluster."""
        return self.left if self.rtl else self.right


def _cursor_x(line: QTextLine, pos: int, edge: QTextLine.Edge) -> float:
    found: Any = line.cursorToX(pos, edge)  # PySide returns (x, pos); its stub says object
    return float(found[0])


class BlockLayout:
    """A block's QTextLayout with its line tops, line starts (code points) and cells per line."""

    def __init__(
        self,
        paragraphs: Paragraphs,
        block: Block,
        font: QFont,
        width: float,
        metrics: LineMetrics,
    ) -> None:
        self.block = block
        self.rtl = paragraphs.direction(block.paragraph) == "rtl"
        self._paragraphs = paragraphs
        text = paragraphs.text[block.start : block.end]
        self._bmp = paragraphs.to_local(block, block.end) == block.end - block.start
        layout = QTextLayout(qt_safe(text), font)
        option = QTextOption(_ALIGN[self.rtl])
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)  # drawn again on every scroll: keep the shaped glyphs
        self.tops: list[float] = []  # each line's box: the row above the glyphs, glyphs, band
        self.lead = metrics.lead
        self._glyph_heights: list[float] = []  # ascent + descent of each line
        self.line_starts: list[int] = []  # code point where each line starts
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, y + metrics.lead))
            self.tops.append(y)
            self.line_starts.append(self.to_cp(line.textStart()))
            glyphs = line.ascent() + line.descent()
            self._glyph_heights.append(glyphs)
            y += max(metrics.step, metrics.lead + glyphs + metrics.band)
        layout.endLayout()
        self.height = y
        self.layout = layout
        self._cells: dict[int, list[Cell]] = {}
        self._cell_starts: dict[int, list[int]] = {}

    @property
    def line_count(self) -> int:
        return len(self.tops)

    @property
    def chars(self) -> int:
        return self.block.end - self.block.start

    # -- positions -----------------------------------------------------------------

    def to_local(self, cp: int) -> int:
        if self._bmp:
            return min(max(cp, self.block.start), self.block.end) - self.block.start
        return self._paragraphs.to_local(self.block, cp)

    def to_cp(self, local: int) -> int:
        if self._bmp:
            return self.block.start + local
        return self._paragraphs.from_local(self.block, local)

    def line_of(self, cp: int) -> int:
        """The line showing the caret at ``cp`` (a wrap point shows at the next line's start)."""
        return max(0, bisect_right(self.line_starts, cp) - 1)

    def line_end(self, n: int) -> int:
        """Code point after line ``n`` (the next line's start, or the block's end)."""
        return self.line_starts[n + 1] if n + 1 < len(self.line_starts) else self.block.end

    def line_bottom(self, n: int) -> float:
        return self.tops[n + 1] if n + 1 < len(self.tops) else self.height

    def text_top(self, n: int) -> float:
        """Top of line ``n``'s glyph box (under the row of invisible characters' symbols)."""
        return self.tops[n] + self.lead

    def text_bottom(self, n: int) -> float:
        """Bottom of line ``n``'s glyph box (ascent + descent): the label band starts here."""
        return self.tops[n] + self.lead + self._glyph_heights[n]

    # -- cells ----------------------------------------------------------------------

    def cells(self, n: int) -> list[Cell]:
        """The grapheme clusters of line ``n`` in logical order, each with its box."""
        found = self._cells.get(n)
        if found is None:
            found = self._cells[n] = self._read_cells(n)
            self._cell_starts[n] = [c.start for c in found]
        return found

    def _cells_over(self, n: int, start: int, end: int) -> list[Cell]:
        """The cells of line ``n`` sharing a code point with [start, end)."""
        cells = self.cells(n)
        starts = self._cell_starts[n]
        first = max(0, bisect_right(starts, start) - 1)
        last = bisect_left(starts, end, first)
        return [c for c in cells[first:last] if c.end > start]

    def _read_cells(self, n: int) -> list[Cell]:
        line = self.layout.lineAt(n)
        first, count = line.textStart(), line.textLength()
        start, end = self.line_starts[n], self.line_end(n)
        if count <= 0 or start >= end:
            return []
        bounds = grapheme_bounds(self._paragraphs.text, start, end)
        local = [self.to_local(b) for b in bounds]
        boxes = boxes_from_runs(line.glyphRuns(first, count, _RUNS), local, first + count)
        if boxes is None:  # Qt misreported the runs' string indexes: ask grapheme by grapheme
            boxes = boxes_one_by_one(line, local, _RUNS)
        cells = []
        for g, found in enumerate(boxes):
            if found is None:  # no glyph (a trailing space, an invisible control): ask Qt
                a = _cursor_x(line, local[g], QTextLine.Edge.Leading)
                b = _cursor_x(line, local[g], QTextLine.Edge.Trailing)
                found = (min(a, b), max(a, b), self.rtl if a == b else a > b)
            cells.append(Cell(bounds[g], bounds[g + 1], *found))
        return cells

    def cell_at(self, n: int, cp: int) -> Cell | None:
        """The cell of line ``n`` holding code point ``cp``."""
        found = self._cells_over(n, cp, cp + 1)
        return found[0] if found else None

    def edge_x(self, n: int) -> float:
        """x of an empty line's caret (Qt's alignment)."""
        return _cursor_x(
            self.layout.lineAt(n), self.layout.lineAt(n).textStart(), QTextLine.Edge.Leading
        )

    def caret_xs(self, cp: int) -> list[float]:
        """Where a caret at ``cp`` can stand: before the cluster at ``cp``, after the one before.

        A position inside the paragraph's separator (between CR and LF) stands at its end.
        """
        cp = min(cp, self.block.end)
        n = self.line_of(cp)
        xs: list[float] = []
        for cell in self.cells(n):
            if cell.start == cp or cell.start < cp < cell.end:
                xs.insert(0, cell.leading)
            elif cell.end == cp:
                xs.append(cell.trailing)
        return xs or [self.edge_x(n)]

    def caret_x(self, cp: int, hint: float | None = None) -> float:
        """x of the caret at ``cp``: at ``hint`` if that is one of its places, else before the
        cluster it stands before (after the last one at a paragraph's end)."""
        xs = self.caret_xs(cp)
        if hint is not None:
            for x in xs:
                if abs(x - hint) < 0.5:
                    return x
        return xs[0]

    def stops(self, n: int) -> list[tuple[float, int]]:
        """(x, code point) of every caret place on line ``n`` that stays on that line."""
        end = self.line_end(n) if n + 1 < self.line_count else None
        out: list[tuple[float, int]] = []
        for cell in self.cells(n):
            out.append((cell.leading, cell.start))
            if cell.end != end:
                out.append((cell.trailing, cell.end))
        return out or [(self.edge_x(n), self.line_starts[n])]

    def nearest_stop(self, n: int, x: float) -> tuple[int, float]:
        """The caret place on line ``n`` nearest to ``x``: (code point, x)."""
        best = min(self.stops(n), key=lambda stop: abs(stop[0] - x))
        return best[1], best[0]

    def hit(self, n: int, x: float) -> tuple[Cell | None, bool]:
        """The cell under ``x`` on line ``n`` (else the nearest), and whether x is in its
        leading half."""
        cells = self.cells(n)
        if not cells:
            return None, True
        inside = [c for c in cells if c.left <= x <= c.right]
        if inside:
            cell = min(inside, key=lambda c: c.right - c.left)
        else:
            cell = min(cells, key=lambda c: min(abs(c.left - x), abs(c.right - x)))
        return cell, abs(x - cell.leading) <= abs(x - cell.trailing)

    def pieces(self, n: int, start: int, end: int) -> list[tuple[float, float]]:
        """x ranges covered on line ``n`` by code points [start, end), merged where they touch."""
        boxes = sorted((c.left, c.right) for c in self._cells_over(n, start, end))
        merged: list[tuple[float, float]] = []
        for left, right in boxes:
            if merged and left <= merged[-1][1] + 0.5:
                merged[-1] = (merged[-1][0], max(merged[-1][1], right))
            else:
                merged.append((left, right))
        return merged


class LayoutCache:
    """Block layouts by their first code point, the least recently used dropped past a bound.

    Bounded both in blocks and in code points, so memory follows what is on screen whatever
    the document's length; a change of font, width or text empties it.
    """

    def __init__(self, max_blocks: int = 512, max_chars: int = 262_144) -> None:
        self.max_blocks = max_blocks
        self.max_chars = max_chars
        self._blocks: OrderedDict[int, BlockLayout] = OrderedDict()
        self.chars = 0
        self.made = 0  # layouts made since the last reset (for tests and benchmarks)
        self.paragraphs = Paragraphs("")
        self._font = QFont()
        self.width = 100.0
        self.metrics = LineMetrics(20.0, 0.0, 0.0)

    def reset(
        self, paragraphs: Paragraphs, font: QFont, width: float, metrics: LineMetrics
    ) -> None:
        self.paragraphs = paragraphs
        self._font, self.width, self.metrics = QFont(font), width, metrics
        self.clear()

    def clear(self) -> None:
        self._blocks.clear()
        self.chars = 0
        self.made = 0

    def __len__(self) -> int:
        return len(self._blocks)

    def __contains__(self, block: Block) -> bool:
        return block.start in self._blocks

    def get(self, block: Block) -> BlockLayout:
        found = self._blocks.get(block.start)
        if found is not None and found.block == block:
            self._blocks.move_to_end(block.start)
            return found
        made = BlockLayout(self.paragraphs, block, self._font, self.width, self.metrics)
        self.made += 1
        self._blocks[block.start] = made
        self.chars += made.chars
        while len(self._blocks) > 1 and (
            len(self._blocks) > self.max_blocks or self.chars > self.max_chars
        ):
            _start, old = self._blocks.popitem(last=False)
            self.chars -= old.chars
        return made

    def at(self, cp: int) -> BlockLayout:
        """The layout of the block showing code point ``cp``."""
        return self.get(self.paragraphs.block_at(cp))
