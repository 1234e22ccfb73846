"""Which lines the paragraph view shows: it scrolls by whole lines, never by document pixels.

The view's position is its top line, named by that line's first code point; the vertical
scroll bar holds exactly that number (0 … the top line of the last full page), so a 100 MB
document needs no height of its own and every line stays reachable. Everything here walks at
most a screen of lines from the top line or from a target line, laying out only those blocks
(through the ``LayoutCache``).
"""

from __future__ import annotations

from typing import NamedTuple

from ui.block_layout import BlockLayout, LayoutCache

__all__ = ["MARGIN", "LinePos", "ViewLines"]

MARGIN = 6.0  # px above the first line and below the last one; beside the text too


class LinePos(NamedTuple):
    """One visual line: a block's layout and the line's number in it."""

    layout: BlockLayout
    line: int

    @property
    def start(self) -> int:
        """The line's first code point."""
        return self.layout.line_starts[self.line]

    @property
    def height(self) -> float:
        return self.layout.line_bottom(self.line) - self.layout.tops[self.line]


class ViewLines:
    """The top line, the lines below it to the viewport's bottom, and moves by lines."""

    def __init__(self, cache: LayoutCache) -> None:
        self.cache = cache
        self.height = 100.0  # viewport height
        self._top_cp = 0
        self._max_top: int | None = None
        self._screen: list[tuple[LinePos, float]] | None = None

    @property
    def top_cp(self) -> int:
        """First code point of the top line (what the scroll bar holds)."""
        return self._top_cp

    @top_cp.setter
    def top_cp(self, cp: int) -> None:
        self._top_cp = cp
        self._screen = None

    def reset(self) -> None:
        """New text, font, width or height: the line at ``top_cp`` on top, limits recomputed."""
        self._max_top = None
        self.top_cp = self.line_at(self.top_cp).start

    # -- lines ---------------------------------------------------------------------

    def line_at(self, cp: int) -> LinePos:
        """The line showing the caret at code point ``cp``."""
        layout = self.cache.at(cp)
        return LinePos(layout, layout.line_of(cp))

    def top(self) -> LinePos:
        return self.line_at(self.top_cp)

    def next_line(self, pos: LinePos) -> LinePos | None:
        if pos.line + 1 < pos.layout.line_count:
            return LinePos(pos.layout, pos.line + 1)
        block = self.cache.paragraphs.next_block(pos.layout.block)
        return None if block is None else LinePos(self.cache.get(block), 0)

    def previous_line(self, pos: LinePos) -> LinePos | None:
        if pos.line > 0:
            return LinePos(pos.layout, pos.line - 1)
        block = self.cache.paragraphs.previous_block(pos.layout.block)
        if block is None:
            return None
        layout = self.cache.get(block)
        return LinePos(layout, layout.line_count - 1)

    def step(self, pos: LinePos, count: int) -> LinePos:
        """The line ``count`` lines below ``pos`` (above if negative), stopping at the ends."""
        for _ in range(abs(count)):
            found = self.next_line(pos) if count > 0 else self.previous_line(pos)
            if found is None:
                break
            pos = found
        return pos

    def on_screen(self) -> list[tuple[LinePos, float]]:
        """The lines on screen, top to bottom, with their top's y in the viewport.

        Only whole lines, label band included (at least the top one): a line that would be cut
        by the viewport's bottom waits for the next scroll, so no label name is ever cut off.
        Kept until the view scrolls or lays out again.
        """
        if self._screen is None:
            screen: list[tuple[LinePos, float]] = []
            pos: LinePos | None = self.top()
            y = MARGIN
            bottom = self.height - MARGIN + 0.5
            while pos is not None and (not screen or y + pos.height <= bottom):
                screen.append((pos, y))
                y += pos.height
                pos = self.next_line(pos)
            self._screen = screen
        return self._screen

    def blocks_on_screen(self) -> list[tuple[BlockLayout, float]]:
        """Each block with a line on screen and the y of the block's own top in the viewport."""
        out: list[tuple[BlockLayout, float]] = []
        for pos, y in self.on_screen():
            if not out or out[-1][0] is not pos.layout:
                out.append((pos.layout, y - pos.layout.tops[pos.line]))
        return out

    def bottom(self) -> float:
        """Bottom of the last line on screen."""
        screen = self.on_screen()
        return screen[-1][1] + screen[-1][0].height if screen else MARGIN

    def full_lines(self) -> int:
        """How many lines are on screen (at least one)."""
        return max(1, len(self.on_screen()))

    def visible_range(self) -> tuple[int, int]:
        """Code points of the lines on screen (the last paragraph's separator included)."""
        screen = self.on_screen()
        if not screen:
            return self.top_cp, self.top_cp
        last = screen[-1][0]
        layout = last.layout
        end = layout.line_end(last.line)
        if last.line == layout.line_count - 1 and layout.block.last:
            end = self.cache.paragraphs.end(layout.block.paragraph)
        return self.top_cp, end

    # -- scrolling -----------------------------------------------------------------

    def _fill_up(self, pos: LinePos, room: float) -> LinePos:
        """The highest line from which ``pos`` and the lines down to it fit in ``room`` px."""
        used = pos.height
        while True:
            above = self.previous_line(pos)
            if above is None or used + above.height > room:
                return pos
            used += above.height
            pos = above

    def max_top(self) -> int:
        """First code point of the top line of the last full page."""
        if self._max_top is None:
            paragraphs = self.cache.paragraphs
            last = self.line_at(len(paragraphs.text))
            last = LinePos(last.layout, last.layout.line_count - 1)
            self._max_top = self._fill_up(last, self.height - 2 * MARGIN).start
        return self._max_top

    def set_top(self, cp: int) -> None:
        """Show the line holding ``cp`` at the top (no further down than the last full page)."""
        self.top_cp = self.line_at(min(max(0, cp), self.max_top())).start

    def scroll_lines(self, count: int) -> None:
        self.set_top(self.step(self.top(), count).start)

    def ensure_visible(self, target: LinePos) -> None:
        """Scroll as little as needed for ``target`` to be wholly on screen (with its label
        band); a line further than about a screen away is centred (without laying out the
        text between: a jump to the end of 100 MB lays out the last page only)."""
        room = self.height - 2 * MARGIN
        screen = self.on_screen()
        top = screen[0][0]
        shown = self.visible_range()
        near = 2 * (shown[1] - shown[0]) + 1  # code points: further than that is a jump
        if target.start < top.start:
            probe: LinePos | None = top
            for _ in range(len(screen) if top.start - target.start <= near else 0):
                probe = self.previous_line(probe) if probe is not None else None
                if probe is not None and probe.start == target.start:
                    self.set_top(target.start)
                    return
            self.set_top(self._fill_up(target, room / 2).start)
            return
        if any(pos.start == target.start for pos, _y in screen):
            return
        probe = screen[-1][0]
        for _ in range(len(screen) if target.start - shown[1] <= near else 0):
            found = self.next_line(probe)
            if found is None:
                break
            probe = found
            if probe.start == target.start:
                self.set_top(self._fill_up(target, room).start)
                return
        self.set_top(self._fill_up(target, room / 2).start)

    def rows_of(self, start: int, end: int) -> tuple[int, int] | None:
        """Viewport rows [top, bottom) of the lines on screen showing [start, end] (a caret at
        ``end`` included); None when none is on screen."""
        found = [
            (y, y + pos.height)
            for pos, y in self.on_screen()
            if pos.start <= end and pos.layout.line_end(pos.line) >= start
        ]
        if not found:
            return None
        return int(found[0][0]), int(found[-1][1] + 1)

    # -- hit tests, in viewport coordinates ----------------------------------------------

    def line_under(self, y: float, clamp: bool) -> tuple[LinePos, float] | None:
        """The line on screen at viewport ``y`` and its top (``clamp``: else the nearest)."""
        last = None
        for pos, top in self.on_screen():
            if y < top + pos.height or (clamp and y < top):
                return pos, top
            last = (pos, top)
        return last if clamp else None

    def hit(self, x: float, y: float) -> tuple[int, float] | None:
        """Where a click at viewport (x, y) puts the caret: (code point, layout x)."""
        found = self.line_under(y, clamp=True)
        if found is None:
            return None
        layout, n = found[0]
        cell, leading = layout.hit(n, x - MARGIN)
        if cell is None:
            return layout.line_starts[n], layout.edge_x(n)
        wraps = n + 1 < layout.line_count and cell.end == layout.line_end(n)
        if leading or wraps:  # the end of a wrapped line shows on the next one: stay here
            return cell.start, cell.leading
        return cell.end, cell.trailing

    def char_at(self, x: float, y: float) -> int | None:
        """Code point whose glyph is under viewport (x, y), or None over empty space."""
        found = self.line_under(y, clamp=False)
        if found is None:
            return None
        layout, n = found[0]
        x -= MARGIN
        inside = [c for c in layout.cells(n) if c.left <= x <= c.right and c.right > c.left]
        return min(inside, key=lambda c: c.right - c.left).start if inside else None

    def caret_box(self, cp: int, hint: float | None) -> tuple[float, float, float] | None:
        """(x, top, height) in the viewport of a caret at ``cp`` (standing at layout x ``hint``
        if that is one of its places); None when its line is not on screen."""
        target = self.line_at(cp)
        for pos, top in self.on_screen():
            if pos.start == target.start:
                layout, n = pos
                lead = layout.text_top(n) - layout.tops[n]
                height = layout.text_bottom(n) - layout.text_top(n)
                return MARGIN + layout.caret_x(cp, hint), top + lead, height
        return None
