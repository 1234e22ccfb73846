"""The one span interval index: a document's sorted spans with queries that cost what they return.

A ``Document`` keeps its spans sorted by (start, end, label) and owns one ``SpanIndex``
over that same list; edits keep both in step (``insert`` / ``delete``), so neither the
core nor the view ever rebuilds an index after an edit. Spans longer than ``LONG_SPAN``
code points sit in a short side list scanned on every query, so one odd long span never
widens the bisect window of the rest (RTL.md §3: the view asks for a few hundred spans
around the screen, never for all of them).
"""

from __future__ import annotations

import bisect
from itertools import compress, islice, repeat
from operator import attrgetter, gt, le, sub
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # model.py imports this module: Span is only named here, never built
    from annotator.model import Span

__all__ = ["LONG_SPAN", "SpanIndex"]

LONG_SPAN = 512

_start = attrgetter("start")
_end = attrgetter("end")


class SpanIndex:
    """Queries over a sorted list of spans (shared with its document, never copied).

    ``spans`` must stay sorted; change it only through ``insert`` and ``delete`` so the
    parallel list of starts and the long-span side list follow.
    """

    __slots__ = ("_long", "_starts", "spans")

    def __init__(self, spans: list[Span]) -> None:
        if not all(map(le, spans, islice(spans, 1, None))):
            spans.sort()
        self.spans = spans
        self._starts: list[int] = list(map(_start, spans))
        lengths = map(sub, map(_end, spans), self._starts)
        self._long: list[Span] = list(compress(spans, map(gt, lengths, repeat(LONG_SPAN))))

    def __len__(self) -> int:
        return len(self.spans)

    def is_over(self, spans: list[Span]) -> bool:
        """True while this index still describes ``spans``.

        That is: the same list, with nothing added behind our back.
        """
        return spans is self.spans and len(self._starts) == len(spans)

    # -- changes ----------------------------------------------------------------

    def position(self, span: Span) -> int:
        """Where ``span`` is (or would be inserted) in the sorted list."""
        return bisect.bisect_left(self.spans, span)

    def find(self, span: Span) -> int:
        """Index of the span equal to ``span`` by (start, end, label), or -1."""
        i = bisect.bisect_left(self.spans, span)
        return i if i < len(self.spans) and self.spans[i].key == span.key else -1

    def insert(self, span: Span) -> None:
        i = bisect.bisect_left(self.spans, span)
        self.spans.insert(i, span)
        self._starts.insert(i, span.start)
        if span.end - span.start > LONG_SPAN:
            bisect.insort(self._long, span)

    def delete(self, i: int) -> Span:
        span = self.spans.pop(i)
        del self._starts[i]
        if span.end - span.start > LONG_SPAN:
            self._long.remove(span)
        return span

    # -- queries -----------------------------------------------------------------

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans sharing at least one code point with [start, end), sorted."""
        lo = bisect.bisect_left(self._starts, start - LONG_SPAN)
        hi = bisect.bisect_left(self._starts, end, lo)
        found = [s for s in self.spans[lo:hi] if s.end > start and s.end - s.start <= LONG_SPAN]
        if self._long:
            found.extend(s for s in self._long if s.start < end and s.end > start)
            found.sort()
        return found

    def at(self, offset: int) -> list[Span]:
        """Spans containing code point ``offset``, innermost (shortest) first."""
        return sorted(self.overlapping(offset, offset + 1), key=lambda s: (s.end - s.start, s))

    def next_after(self, offset: int) -> Span | None:
        """The first span starting after ``offset``."""
        i = bisect.bisect_right(self._starts, offset)
        return self.spans[i] if i < len(self.spans) else None

    def previous_before(self, offset: int) -> Span | None:
        """The last span starting before ``offset``."""
        i = bisect.bisect_left(self._starts, offset)
        return self.spans[i - 1] if i > 0 else None

    def neighbour(self, span: Span, step: int) -> Span | None:
        """The span ``step`` places after ``span`` in document order.

        If ``span`` is gone, the nearest one.
        """
        i = self.find(span)
        if i < 0:
            return self.next_after(span.start) if step > 0 else self.previous_before(span.start)
        j = i + step
        return self.spans[j] if 0 <= j < len(self.spans) else None

    def step_from(self, current: Span | None, offset: int, step: int, *, wrap: bool) -> Span | None:
        """Next (+1) or previous (-1) span from ``current`` (or ``offset`` when none is selected).

        With ``wrap``, stepping past the last span comes back to the first (and the reverse).
        """
        if not self.spans:
            return None
        if current is not None and self.find(current) >= 0:
            found = self.neighbour(current, step)
        elif step > 0:
            found = self.next_after(offset - 1)
        else:
            found = self.previous_before(offset)
        if found is None and wrap:
            found = self.spans[0] if step > 0 else self.spans[-1]
        return found

    def contains(self, span: Span) -> bool:
        return self.find(span) >= 0
