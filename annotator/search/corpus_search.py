"""Search every document of a corpus a slice at a time: the window's "Search results".

A ``CorpusSearch`` is a ``SliceRun`` (annotator.slices): ``advance(n)`` looks at ``n`` more
documents, so the window runs it from idle time with a progress count and can drop it at any
point. It is given the documents, not the corpus (the search group sits below storage): a
function that reads document ``i`` and, when there is one, a function that gives document
``i``'s stored JSON line. With the line, the byte filter of annotator.search.prefilter rules
most documents out without decoding them, as ``annotator search`` does, and ``quick`` (the
command's ``search_scan.quick_text``) gives the id and text of a line we wrote without a
parse; other lines are read in full. The text of a document never changes (edits change
spans and fields), so the stored line is good for both even when the document has unsaved
edits. Lines that cannot be read are counted, never raised.

Matches keep exact code-point offsets into the stored text and a little text on each side,
cut at line breaks, for the results list. Only the first ``limit`` matches are kept; every
match is counted, and every document with one is listed (``documents``), so "label all in the
corpus" can work from a finished search.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from annotator.errors import AnnotatorError
from annotator.model import Document
from annotator.search.matcher import Matcher
from annotator.search.prefilter import LineFilter, line_filter
from annotator.slices import SliceRun

__all__ = ["CONTEXT", "CorpusMatch", "CorpusSearch", "context_around"]

CONTEXT = 40  # characters of text kept on each side of a match
LIMIT = 10_000  # matches kept for the list (all are counted)


@dataclass(frozen=True)
class CorpusMatch:
    """One match: document number and id, [start, end) in its stored text, the text around."""

    index: int
    id: str
    start: int
    end: int
    text: str  # text[start:end] of the stored text
    before: str
    after: str


def context_around(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """Up to ``width`` characters before ``start`` and after ``end``, not across a line break."""
    lo = max(0, start - width)
    before = text[lo:start]
    cut = max(before.rfind("\n"), before.rfind("\r"))
    if cut >= 0:
        before = before[cut + 1 :]
    after = text[end : end + width]
    stops = [k for k in (after.find("\n"), after.find("\r")) if k >= 0]
    if stops:
        after = after[: min(stops)]
    return before, after


class CorpusSearch(SliceRun):
    """Every match of ``matcher`` in documents 0..total-1, ``advance(n)`` documents at a time."""

    def __init__(
        self,
        matcher: Matcher,
        total: int,
        document: Callable[[int], Document],
        line: Callable[[int], bytes | None] | None = None,
        quick: Callable[[bytes], tuple[str, str] | None] | None = None,
        *,
        limit: int = LIMIT,
        context: int = CONTEXT,
    ) -> None:
        super().__init__(total)
        self.matcher = matcher
        self._document = document
        self._line = line
        self._quick = quick
        self._filter: LineFilter | None = line_filter(matcher) if line is not None else None
        self.limit = limit
        self.context = context
        self.matches: list[CorpusMatch] = []
        self.found = 0  # every match, kept or not
        self.documents: list[int] = []  # documents with at least one match, in order
        self.unreadable = 0  # documents whose line could not be read
        self.decoded = 0  # documents read (the others were ruled out on their bytes)
        self.parsed = 0  # of those, read in full (not by ``quick``)
        self._taken = 0

    @property
    def truncated(self) -> bool:
        """Whether more matches were found than kept."""
        return self.found > len(self.matches)

    def take_new(self) -> list[CorpusMatch]:
        """The kept matches found since the last call (the window appends them to its list)."""
        new = self.matches[self._taken :]
        self._taken = len(self.matches)
        return new

    def _raw(self, i: int) -> bytes | None:
        if self._line is None:
            return None
        try:
            return self._line(i)
        except (AnnotatorError, IndexError):
            return None  # let the reading say what is wrong

    def _read(self, i: int, raw: bytes | None) -> tuple[str, str] | None:
        """(id, text) of document i: from its line when ``quick`` can, else read in full."""
        quick = self._quick(raw) if raw is not None and self._quick is not None else None
        if quick is not None:
            return quick
        try:
            doc = self._document(i)
        except AnnotatorError:
            self.unreadable += 1
            return None
        self.parsed += 1
        return doc.id, doc.text

    def step(self, i: int) -> None:
        raw = self._raw(i)
        if raw is not None and self._filter is not None and not self._filter.may_hold(raw):
            return
        read = self._read(i, raw)
        if read is None:
            return
        self.decoded += 1
        doc_id, text = read
        count = 0
        for start, end in self.matcher.finditer(text):
            count += 1
            if len(self.matches) < self.limit:
                before, after = context_around(text, start, end, self.context)
                self.matches.append(
                    CorpusMatch(i, doc_id, start, end, text[start:end], before, after)
                )
        if count:
            self.found += count
            self.documents.append(i)
