"""Sorted code-point ranges (search matches) and the two questions a view asks of them.

Which ranges meet the lines on screen, and which one is next or previous from the caret. Both
cost a bisect plus what they return, whatever the number of ranges, so a search that matched
100,000 times paints and steps as fast as one that matched twice. Ranges may overlap: a
running maximum of their ends keeps the first candidate for a window exact.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["RangeIndex"]


class RangeIndex:
    """Half-open [start, end) code-point ranges, sorted, each at least one code point long."""

    __slots__ = ("_reach", "_starts", "ranges")

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        found = sorted({(int(start), int(end)) for start, end in ranges})
        for start, end in found:
            if start < 0 or end <= start:
                raise ValueError(f"a range needs 0 <= start < end, got [{start}, {end})")
        self.ranges: list[tuple[int, int]] = found
        self._starts = [start for start, _end in found]
        self._reach = list(accumulate((end for _start, end in found), max))  # furthest end so far

    def __len__(self) -> int:
        return len(self.ranges)

    def __getitem__(self, i: int) -> tuple[int, int]:
        return self.ranges[i]

    def index(self, found: tuple[int, int]) -> int:
        """Where ``found`` is in the sorted ranges, or -1."""
        i = bisect_left(self.ranges, found)
        return i if i < len(self.ranges) and self.ranges[i] == found else -1

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indexes of the ranges sharing a code point with [start, end) (or holding ``start``
        when the window is empty), in order."""
        end = max(end, start + 1)
        first = bisect_right(self._reach, start)  # ranges before it all end at or before start
        last = bisect_left(self._starts, end, first)
        return [i for i in range(first, last) if self.ranges[i][1] > start]

    def step_from(self, start: int, end: int, step: int, *, wrap: bool) -> int | None:
        """Index of the range after a caret or selection [start, end] (``step`` > 0: the first
        one starting at or after ``end``) or before it (the last one starting before
        ``start``); with ``wrap`` the search goes round the text's end. None when empty."""
        if not self.ranges:
            return None
        if step > 0:
            i = bisect_left(self._starts, end)
            return i if i < len(self.ranges) else (0 if wrap else None)
        i = bisect_left(self._starts, start) - 1
        return i if i >= 0 else (len(self.ranges) - 1 if wrap else None)
