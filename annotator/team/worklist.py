"""What is left to adjudicate in an open corpus: its documents with versions, each one's
disagreements counted (all, and those not yet decided), and the next document that has one.

Which documents hold versions is read from the file's bytes (``"versions"`` in the line: edits
never add versions), so a 100,000-document corpus is not parsed to find its few hundred
conflicts. Those documents are counted a few at a time (``advance``, the window's slices) or
when asked for (``count_of``, ``next_document``); an edit is followed by ``recount``.
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from annotator.errors import InputError
from annotator.model import Document
from annotator.storage.corpus import Corpus
from annotator.storage.line_index import LineIndex
from annotator.team.adjudication import DECISIONS_KEY, disagreements
from annotator.team.locate import VERSIONS_MARK


def decisions_of(doc: Document) -> Any:
    """A copy of the document's recorded decisions, to tell later whether they changed."""
    return copy.deepcopy(doc.extra.get(DECISIONS_KEY))


@dataclass(frozen=True)
class Count:
    """A document's disagreements: all of them, and those not decided yet."""

    total: int = 0
    left: int = 0


def lines_with_versions(index: LineIndex) -> list[int]:
    """The lines of ``index`` whose bytes mention ``"versions"``, in order (a byte scan)."""
    data, starts, ends = index.data, index.starts, index.ends
    found: list[int] = []
    pos = data.find(VERSIONS_MARK, index.base)
    while pos >= 0:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < ends[i]:
            found.append(i)
            pos = data.find(VERSIONS_MARK, ends[i])
        else:  # between lines (cannot be ours, but a blank line costs nothing)
            pos = data.find(VERSIONS_MARK, pos + 1)
    return found


class Worklist:
    """The disagreements of a corpus, per document; ``done`` / ``total`` as ui/slices.py wants."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.lines = lines_with_versions(corpus.index)
        self._known = frozenset(self.lines)
        self.counts: dict[int, Count] = {}
        self.problems: dict[int, str] = {}  # documents whose versions cannot be read
        self._decisions: dict[int, Any] = {}  # each counted document's decisions, as counted
        self.done = 0  # lines counted in order by ``advance``
        self.total = len(self.lines)
        self.items = 0  # disagreements in the documents counted so far, and those left
        self.left = 0

    def __bool__(self) -> bool:
        """True when the corpus holds versions at all (adjudication mode)."""
        return bool(self.lines)

    @property
    def complete(self) -> bool:
        return self.done >= self.total

    def advance(self, count: int) -> bool:
        """Count the next ``count`` documents with versions; True when all are counted."""
        stop = min(self.total, self.done + count)
        for i in self.lines[self.done : stop]:
            self.count_of(i)
        self.done = stop
        return self.complete

    def count_of(self, i: int) -> Count:
        """Document ``i``'s count (counted now if it was not yet)."""
        found = self.counts.get(i)
        if found is None:
            found = self._count(i) if i in self._known else Count()
        return found

    def recount(self, i: int) -> Count:
        """Document ``i``'s count after an edit, an undo or a redo: counted again only when its
        decisions changed (no other edit moves it: versions are never edited), so labelling
        by hand in a long document does not read its versions again at every key."""
        if i not in self._known:
            return Count()
        found = self.counts.get(i)
        if found is not None and decisions_of(self.corpus[i]) == self._decisions.get(i):
            return found
        return self._count(i)

    def _count(self, i: int) -> Count:
        try:
            doc = self.corpus[i]
            items = disagreements(doc)
        except InputError as exc:
            self.problems[i] = str(exc)
            items = []
        else:
            self.problems.pop(i, None)
            self._decisions[i] = decisions_of(doc)
        now = Count(len(items), sum(1 for item in items if item.decided is None))
        before = self.counts.get(i, Count())
        self.items += now.total - before.total
        self.left += now.left - before.left
        self.counts[i] = now
        return now

    def next_document(
        self, i: int, *, backwards: bool = False, open_only: bool = False
    ) -> int | None:
        """The first document after ``i`` (before it, ``backwards``) with a disagreement (one
        not decided yet, ``open_only``); None when there is none that way."""
        if backwards:
            candidates = reversed(self.lines[: bisect_left(self.lines, i)])
        else:
            candidates = iter(self.lines[bisect_right(self.lines, i) :])
        for j in candidates:
            count = self.count_of(j)
            if count.left if open_only else count.total:
                return j
        return None
