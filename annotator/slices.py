"""Work over documents 0..total done a slice at a time, so a window stays responsive.

A run knows how many items there are and how many it has seen; ``advance(n)`` looks at up to
``n`` more (the window calls it from a timer with a time budget, a command calls ``finish``).
Subclasses say what one item does (``step``) and what happens once all were seen
(``finished``).
"""

from __future__ import annotations


class SliceRun:
    """``total`` items, ``done`` of them seen; ``step(i)`` for each, in order."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0

    @property
    def complete(self) -> bool:
        return self.done >= self.total

    def advance(self, count: int) -> bool:
        """Look at up to ``count`` more items (at least one); True once every item was seen."""
        stop = min(self.total, self.done + max(1, count))
        for i in range(self.done, stop):
            self.step(i)
        self.done = stop
        if self.complete:
            self.finished()
        return self.complete

    def finish(self) -> None:
        """Every remaining item now (commands, tests, small corpora)."""
        self.advance(self.total - self.done)

    def step(self, i: int) -> None:
        raise NotImplementedError

    def finished(self) -> None:
        """Called once, when the last item has been seen."""
