"""Where the caret goes for each navigation key of the paragraph view, in code points.

←/→ cross one grapheme cluster *on screen* (read from the line's cells, so a left-to-right
run inside an Arabic paragraph is crossed letter by letter in screen order); at a line's
visual end they go on one grapheme in the paragraph's reading direction. ↑/↓ and PgUp/PgDown
move by visual lines keeping the x the vertical moves started from; Home/End go to the visual
line's start and end. Graphemes are the core's (``annotator.text.snapping``). Each move
returns the new code point and, where the move decided it, the x the caret stands at (a
position where two runs meet has two places on screen).
"""

from __future__ import annotations

from annotator.text.snapping import next_grapheme, prev_grapheme
from ui.view_lines import LinePos, ViewLines

__all__ = ["CaretMoves"]

Target = tuple[int, float | None]


class CaretMoves:
    """The caret's moves over the lines a ``ViewLines`` lays out."""

    def __init__(self, lines: ViewLines) -> None:
        self.lines = lines

    @property
    def _text(self) -> str:
        return self.lines.cache.paragraphs.text

    def visual(self, cp: int, hint: float | None, left: bool) -> Target:
        """One grapheme to the left (or right) on screen."""
        pos = self.lines.line_at(cp)
        layout = pos.layout
        x = layout.caret_x(cp, hint)
        cells = layout.cells(pos.line)
        if left:
            beyond = [c for c in cells if (c.left + c.right) / 2 < x - 0.01]
            if beyond:
                cell = max(beyond, key=lambda c: c.left + c.right)
                return (cell.end if cell.rtl else cell.start), cell.left
        else:
            beyond = [c for c in cells if (c.left + c.right) / 2 > x + 0.01]
            if beyond:
                cell = min(beyond, key=lambda c: c.left + c.right)
                return (cell.start if cell.rtl else cell.end), cell.right
        # At the line's end on screen: on in the paragraph's reading direction.
        if left == layout.rtl:
            return next_grapheme(self._text, cp), None
        return prev_grapheme(self._text, cp), None

    def caret_x(self, cp: int, hint: float | None) -> float:
        return self.lines.line_at(cp).layout.caret_x(cp, hint)

    def vertical(self, cp: int, goal_x: float, count: int) -> Target:
        """``count`` visual lines down (up if negative), to the place nearest ``goal_x``.

        Past the first or last line: the text's start or end.
        """
        pos = self.lines.line_at(cp)
        target = self.lines.step(pos, count)
        if target.start == pos.start:
            return (0 if count < 0 else len(self._text)), None
        found, x = target.layout.nearest_stop(target.line, goal_x)
        return found, x

    def line_start(self, cp: int) -> Target:
        return self.lines.line_at(cp).start, None

    def line_end(self, cp: int) -> Target:
        """The visual line's end; on a wrapped line, before its last cluster (the break's space),
        so the caret stays on the line."""
        pos = self.lines.line_at(cp)
        layout = pos.layout
        end = layout.line_end(pos.line)
        if pos.line == layout.line_count - 1 and layout.block.last:
            return end, None
        return max(pos.start, prev_grapheme(self._text, end)), None

    def page(self, cp: int, goal_x: float, count: int) -> Target:
        """A screen down (up if negative), less one line so consecutive pages overlap by one;
        the view is scrolled by the same number of lines."""
        step = max(1, self.lines.full_lines() - 1) * count
        self.lines.scroll_lines(step)
        return self.vertical(cp, goal_x, step)

    def line_of(self, cp: int) -> LinePos:
        return self.lines.line_at(cp)
