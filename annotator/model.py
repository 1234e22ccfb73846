"""Documents and spans: the data every other part reads and edits.

Offsets are Python code-point indices, half-open ``[start, end)``, in logical
(memory) order, into ``Document.text`` kept exactly as decoded.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.errors import SpanError
from annotator.spans import SpanIndex

STATUSES: tuple[str, ...] = ("todo", "done", "skipped", "flagged")
OFFSET_UNIT = "codepoint"  # the marker written in every native JSONL record
AUTHOR_KEY = "by"  # span key: the annotator who made the span (written only when set)
CHANGED_KEY = "changed"  # document key: {"by": name, "at": ISO-8601 UTC} of its last change


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True, order=True)
class Span:
    """A labelled half-open range of code points.

    ``meta`` (extra keys read from a file) is kept but not compared.
    """

    start: int
    end: int
    label: str
    meta: Mapping[str, Any] | None = field(default=None, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        if not _is_int(self.start) or not _is_int(self.end):
            raise SpanError(
                f"span offsets must be integers, got start={self.start!r} end={self.end!r}"
            )
        if self.start < 0:
            raise SpanError(f"span start {self.start} is negative")
        if self.end <= self.start:
            raise SpanError(f"span end {self.end} is not after its start {self.start}")
        if not isinstance(self.label, str) or not self.label.strip():
            raise SpanError(f"span label must be a non-empty string, got {self.label!r}")

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)

    def check_in(self, text: str) -> None:
        """Raise SpanError unless the span lies inside ``text``."""
        if self.end > len(text):
            raise SpanError(
                f"span [{self.start}, {self.end}) ends after the text ({len(text)} code points)"
            )

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def by(self) -> str | None:
        """The annotator who made this span (``"by"`` in the record), if recorded."""
        author = self.meta.get(AUTHOR_KEY) if self.meta else None
        return author if isinstance(author, str) else None

    def authored(self, annotator: str | None) -> Span:
        """This span recording ``annotator`` as its author (as it is when ``None``)."""
        if not annotator:
            return self
        return Span(self.start, self.end, self.label, {**(self.meta or {}), AUTHOR_KEY: annotator})

    def with_label(self, label: str) -> Span:
        return Span(self.start, self.end, label, self.meta)

    def with_range(self, start: int, end: int) -> Span:
        return Span(start, end, self.label, self.meta)


@dataclass(frozen=True, order=True)
class Suggestion:
    """A label proposed for [start, end) by a ``source`` ("gazetteer", "corpus", "model"...).

    Not an annotation: never counted or exported as one until accepted (then it is a Span).
    ``score`` (optional) is the source's confidence; ``meta`` keeps extra keys read from a file.
    """

    start: int
    end: int
    label: str
    source: str
    score: float | None = field(default=None, compare=False)
    meta: Mapping[str, Any] | None = field(default=None, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        Span(self.start, self.end, self.label)  # the same checks as a span's
        if not isinstance(self.source, str) or not self.source.strip():
            raise SpanError(f"suggestion source must be a non-empty string, got {self.source!r}")
        score = self.score
        if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float))):
            raise SpanError(f"suggestion score must be a number, got {score!r}")

    @property
    def key(self) -> tuple[int, int, str, str]:
        return (self.start, self.end, self.label, self.source)

    @property
    def span(self) -> Span:
        """The span accepting this suggestion makes."""
        return Span(self.start, self.end, self.label)


@dataclass(eq=False)
class Document:
    """One text with its spans, status, note and verbatim metadata.

    ``extra`` keeps every top-level key of the input record we do not interpret,
    so it is written back unchanged. Spans stay sorted by (start, end, label), suggestions
    by (start, end, label, source); change them only through edits (annotator.edits,
    annotator.suggestion_edits) or the methods below.
    """

    id: str
    text: str
    spans: list[Span] = field(default_factory=list)
    status: str = "todo"
    note: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise SpanError(f"document text must be a string, got {type(self.text).__name__}")
        if self.status not in STATUSES:
            raise SpanError(
                f"unknown status {self.status!r} (expected one of {', '.join(STATUSES)})"
            )
        for span in self.spans:
            span.check_in(self.text)
        for suggestion in self.suggestions:
            suggestion.span.check_in(self.text)
        self.spans = sorted(self.spans)
        self.suggestions = sorted(self.suggestions)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (
            self.id == other.id
            and self.text == other.text
            and [s.key for s in self.spans] == [s.key for s in other.spans]
            and self.status == other.status
            and self.note == other.note
            and self.meta == other.meta
            and self.extra == other.extra
            and [s.key for s in self.suggestions] == [s.key for s in other.suggestions]
        )

    @property
    def changed(self) -> tuple[str, str] | None:
        """(annotator, ISO-8601 UTC time) of the last recorded change, if the record has one."""
        stamp = self.extra.get(CHANGED_KEY)
        if isinstance(stamp, dict) and isinstance(stamp.get("by"), str):
            return stamp["by"], str(stamp.get("at", ""))
        return None

    # -- span access (one interval index, annotator.spans, kept in step by the methods below) ---

    @property
    def index(self) -> SpanIndex:
        """The interval index over ``spans`` (rebuilt only if the list was replaced wholesale)."""
        index: SpanIndex | None = self.__dict__.get("_index")
        if index is None or not index.is_over(self.spans):
            index = SpanIndex(self.spans)
            self.__dict__["_index"] = index
            self.spans = index.spans
        return index

    def has_span(self, span: Span) -> bool:
        return self.index.find(span) >= 0

    def find_span(self, start: int, end: int, label: str) -> Span | None:
        index = self.index
        i = index.find(Span(start, end, label))
        return index.spans[i] if i >= 0 else None

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans sharing a code point with [start, end), in order; a bisect, not a scan."""
        return self.index.overlapping(start, end)

    def spans_at(self, offset: int) -> list[Span]:
        """Spans covering the code point at ``offset``, in order."""
        return self.overlapping(offset, offset + 1)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    # -- low-level mutation (used by edits; keeps the list sorted and the index in step) ------

    def insert_span(self, span: Span) -> None:
        span.check_in(self.text)
        index = self.index
        if index.find(span) >= 0:
            raise SpanError(f"span [{span.start}, {span.end}) {span.label} already exists")
        index.insert(span)

    def delete_span(self, span: Span) -> Span:
        """Remove the span equal to ``span`` (by start, end, label) and return the stored one."""
        index = self.index
        i = index.find(span)
        if i < 0:
            raise SpanError(
                f"no span [{span.start}, {span.end}) {span.label} in document {self.id!r}"
            )
        return index.delete(i)

    # -- suggestions (sorted by key; a few per document, so a list and bisect) -----------

    def suggestions_from(self, source: str) -> list[Suggestion]:
        return [s for s in self.suggestions if s.source == source]

    def insert_suggestion(self, suggestion: Suggestion) -> None:
        suggestion.span.check_in(self.text)
        i = bisect_left(self.suggestions, suggestion)
        if i < len(self.suggestions) and self.suggestions[i].key == suggestion.key:
            raise SpanError(f"suggestion {_show(suggestion)} already exists")
        self.suggestions.insert(i, suggestion)

    def delete_suggestion(self, suggestion: Suggestion) -> Suggestion:
        """Remove the suggestion equal to ``suggestion`` (by key) and return the stored one."""
        i = bisect_left(self.suggestions, suggestion)
        if i == len(self.suggestions) or self.suggestions[i].key != suggestion.key:
            raise SpanError(f"no suggestion {_show(suggestion)} in document {self.id!r}")
        return self.suggestions.pop(i)

    def copy(self) -> Document:
        return Document(
            id=self.id,
            text=self.text,
            spans=list(self.spans),
            status=self.status,
            note=self.note,
            meta=dict(self.meta),
            extra=dict(self.extra),
            suggestions=list(self.suggestions),
        )


def _show(s: Suggestion) -> str:
    return f"[{s.start}, {s.end}) {s.label} from {s.source}"


def labels_in(documents: Iterable[Document]) -> list[str]:
    """Every label used by the documents, in order of first appearance."""
    seen: dict[str, None] = {}
    for doc in documents:
        for span in doc.spans:
            seen.setdefault(span.label, None)
    return list(seen)
