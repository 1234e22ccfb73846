"""The paragraph view's caret: where it is, where the selection started, how it blinks.

Positions are code points. Where a left-to-right run meets a right-to-left one a position has
two places on screen; ``x`` keeps the one a visual move or a click chose. ``goal_x`` is the x
that repeated ↑/↓ and page keys keep, as in every editor. The moves themselves are
ui/caret_moves.py's; the view scrolls, repaints and reports after each one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.caret_moves import CaretMoves

__all__ = ["Caret", "CaretBlink"]

K = Qt.Key
_VERTICAL: dict[int, int] = {K.Key_Up: -1, K.Key_Down: 1, K.Key_PageUp: -1, K.Key_PageDown: 1}


class Caret:
    """Caret and anchor (code points), the caret's x where runs meet, the x ↑/↓ keep."""

    def __init__(self, moves: CaretMoves) -> None:
        self.moves = moves
        self.anchor = self.pos = 0
        self.x: float | None = None  # layout x a visual move or click put the caret at
        self.goal_x: float | None = None

    def selection(self) -> tuple[int, int] | None:
        if self.anchor == self.pos:
            return None
        return min(self.anchor, self.pos), max(self.anchor, self.pos)

    def put(
        self,
        cp: int,
        length: int,
        *,
        anchor: int | None = None,
        extend: bool = False,
        x: float | None = None,
        keep_goal: bool = False,
    ) -> None:
        """Caret at ``cp`` (clamped to the text's ``length``); the anchor too unless ``extend``."""
        cp = max(0, min(cp, length))
        if not extend:
            self.anchor = cp if anchor is None else max(0, min(anchor, length))
        self.pos, self.x = cp, x
        if not keep_goal:
            self.goal_x = None

    def by_key(self, key: int, length: int, *, extend: bool) -> None:
        """Arrow, Home/End and page keys: visual ←/→, lines keeping x, line ends, screens."""
        moves, pos = self.moves, self.pos
        if key in (K.Key_Left, K.Key_Right):
            cp, x = moves.visual(pos, self.x, key == K.Key_Left)
            self.put(cp, length, extend=extend, x=x)
        elif key in _VERTICAL:
            goal = self.goal_x if self.goal_x is not None else moves.caret_x(pos, self.x)
            if key in (K.Key_PageUp, K.Key_PageDown):
                cp, x = moves.page(pos, goal, _VERTICAL[key])
            else:
                cp, x = moves.vertical(pos, goal, _VERTICAL[key])
            self.put(cp, length, extend=extend, x=x, keep_goal=True)
            self.goal_x = goal
        elif key in (K.Key_Home, K.Key_End):
            cp, x = moves.line_start(pos) if key == K.Key_Home else moves.line_end(pos)
            self.put(cp, length, extend=extend, x=x)


class CaretBlink:
    """Blinks a focused view's caret at the system's rate (steady when the system says 0)."""

    def __init__(self, parent: QObject, repaint: Callable[[], None]) -> None:
        self.shown = True
        self._repaint = repaint
        self._timer = QTimer(parent)
        self._timer.timeout.connect(self._toggle)

    def start(self) -> None:
        flash = QApplication.cursorFlashTime()
        if flash > 0:
            self._timer.start(flash // 2)
        self.shown = True

    def stop(self) -> None:
        self._timer.stop()

    def restart(self) -> None:
        """The caret moved: show it at once, next blink a full period later."""
        self.shown = True
        if self._timer.isActive():
            self._timer.start()

    def _toggle(self) -> None:
        self.shown = not self.shown
        self._repaint()
