"""Edits of suggestions: set a source's suggestions, accept one (it becomes a span), reject one.

Like every edit (annotator.edits) each returns its ``Effect`` (``suggested`` / ``unsuggested``,
and for an accepted one the span ``added``), has an inverse, and is journalled by ``to_json``.
Suggestions never overwrite annotations: the sources (annotator.suggest) make none that
overlaps a span, ``accept_suggestion`` refuses one that would overlap a span when the
schema does not allow overlap (the corpus checks the same rule on every edit), and
``accept_all`` skips those, leaving them as suggestions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from annotator.edits import Compound, Edit
from annotator.effects import Effect
from annotator.errors import SpanError
from annotator.model import Document, Suggestion

__all__ = [
    "KINDS",
    "AcceptSuggestion",
    "RejectSuggestion",
    "SetSuggestions",
    "accept_all",
    "accept_suggestion",
    "edit_from_json",
    "open_suggestions",
    "set_suggestions",
]


def suggestion_json(s: Suggestion) -> dict[str, Any]:
    out: dict[str, Any] = {"start": s.start, "end": s.end, "label": s.label, "source": s.source}
    if s.score is not None:
        out["score"] = s.score
    if s.meta:
        out["meta"] = dict(s.meta)
    return out


def suggestion_from(data: Mapping[str, Any]) -> Suggestion:
    return Suggestion(
        data["start"],
        data["end"],
        data["label"],
        data["source"],
        data.get("score"),
        data.get("meta"),
    )


def _keys(items: Iterable[Suggestion]) -> set[tuple[int, int, str, str]]:
    return {s.key for s in items}


@dataclass(frozen=True)
class SetSuggestions:
    """Replace the suggestions of ``source`` (``old``, as they are now) with ``new``."""

    source: str
    old: tuple[Suggestion, ...]
    new: tuple[Suggestion, ...]
    kind: ClassVar[str] = "suggestions"

    def __post_init__(self) -> None:
        if any(s.source != self.source for s in (*self.old, *self.new)):
            raise SpanError(f"every suggestion of this edit must come from {self.source!r}")

    def apply(self, doc: Document) -> Effect:
        if _keys(doc.suggestions_from(self.source)) != _keys(self.old):
            raise SpanError(f"the {self.source} suggestions of {doc.id!r} changed meanwhile")
        for s in self.new:
            s.span.check_in(doc.text)
        old, new = _keys(self.old), _keys(self.new)
        gone = tuple(doc.delete_suggestion(s) for s in self.old if s.key not in new)
        made = tuple(s for s in self.new if s.key not in old)
        for s in made:
            doc.insert_suggestion(s)
        return Effect(suggested=made, unsuggested=gone)

    def inverse(self) -> Edit:
        return SetSuggestions(self.source, self.new, self.old)

    def describe(self) -> str:
        return f"Suggestions from {self.source} ({len(self.new)})"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source,
            "old": [suggestion_json(s) for s in self.old],
            "new": [suggestion_json(s) for s in self.new],
        }


@dataclass(frozen=True)
class AcceptSuggestion:
    """The suggestion goes and its span comes, in one edit."""

    suggestion: Suggestion
    kind: ClassVar[str] = "accept"

    def apply(self, doc: Document) -> Effect:
        stored = doc.delete_suggestion(self.suggestion)
        try:
            doc.insert_span(stored.span)
        except SpanError:
            doc.insert_suggestion(stored)
            raise
        return Effect(added=(stored.span,), unsuggested=(stored,))

    def inverse(self) -> Edit:
        return _Unaccept(self.suggestion)

    def describe(self) -> str:
        return f"Accept {self.suggestion.label} suggestion"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "suggestion": suggestion_json(self.suggestion)}


@dataclass(frozen=True)
class _Unaccept:
    """Inverse of AcceptSuggestion: the span goes, the suggestion is back."""

    suggestion: Suggestion
    kind: ClassVar[str] = "unaccept"

    def apply(self, doc: Document) -> Effect:
        span = doc.delete_span(self.suggestion.span)
        doc.insert_suggestion(self.suggestion)
        return Effect(removed=(span,), suggested=(self.suggestion,))

    def inverse(self) -> Edit:
        return AcceptSuggestion(self.suggestion)

    def describe(self) -> str:
        return f"Unaccept {self.suggestion.label} suggestion"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "suggestion": suggestion_json(self.suggestion)}


@dataclass(frozen=True)
class RejectSuggestion:
    suggestion: Suggestion
    kind: ClassVar[str] = "reject"

    def apply(self, doc: Document) -> Effect:
        return Effect(unsuggested=(doc.delete_suggestion(self.suggestion),))

    def inverse(self) -> Edit:
        return _Unreject(self.suggestion)

    def describe(self) -> str:
        return f"Reject {self.suggestion.label} suggestion"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "suggestion": suggestion_json(self.suggestion)}


@dataclass(frozen=True)
class _Unreject:
    suggestion: Suggestion
    kind: ClassVar[str] = "unreject"

    def apply(self, doc: Document) -> Effect:
        doc.insert_suggestion(self.suggestion)
        return Effect(suggested=(self.suggestion,))

    def inverse(self) -> Edit:
        return RejectSuggestion(self.suggestion)

    def describe(self) -> str:
        return f"Restore {self.suggestion.label} suggestion"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "suggestion": suggestion_json(self.suggestion)}


KINDS = frozenset({"suggestions", "accept", "unaccept", "reject", "unreject"})


def edit_from_json(data: Mapping[str, Any]) -> Edit:
    """A suggestion edit written by ``to_json`` (annotator.edits.edit_from_json calls this)."""
    kind = data["kind"]
    if kind == "suggestions":
        old = tuple(suggestion_from(s) for s in data["old"])
        return SetSuggestions(data["source"], old, tuple(suggestion_from(s) for s in data["new"]))
    suggestion = suggestion_from(data["suggestion"])
    if kind == "accept":
        return AcceptSuggestion(suggestion)
    if kind == "unaccept":
        return _Unaccept(suggestion)
    return RejectSuggestion(suggestion) if kind == "reject" else _Unreject(suggestion)


# -- building the edits: the rules ----------------------------------------------------------


def set_suggestions(doc: Document, source: str, new: Iterable[Suggestion]) -> SetSuggestions | None:
    """The edit making ``new`` the suggestions of ``source`` in ``doc`` (None if no change).

    Suggestions overlapping a span of the document are left out: they never overwrite one.
    """
    kept = tuple(
        sorted(
            {s.key: s for s in new if not doc.overlapping(s.start, s.end)}.values(),
        )
    )
    old = tuple(doc.suggestions_from(source))
    if _keys(old) == _keys(kept):
        return None
    return SetSuggestions(source, old, kept)


def open_suggestions(doc: Document) -> list[Suggestion]:
    """The suggestions still to decide: those over no span (one labelled over since is moot)."""
    return [s for s in doc.suggestions if not doc.overlapping(s.start, s.end)]


def accept_suggestion(doc: Document, suggestion: Suggestion, *, allow_overlap: bool) -> Edit:
    """Accepting ``suggestion``; SpanError if its span would overlap one (overlap not allowed)."""
    span = suggestion.span
    if doc.has_span(span):  # already labelled so: the suggestion just goes
        return RejectSuggestion(suggestion)
    if not allow_overlap:
        for other in doc.overlapping(span.start, span.end):
            raise SpanError(
                f"the {span.label} suggestion [{span.start}, {span.end}) overlaps the "
                f"{other.label} span [{other.start}, {other.end}); suggestions never overwrite "
                "annotations"
            )
    return AcceptSuggestion(suggestion)


def accept_all(
    doc: Document, *, allow_overlap: bool, source: str | None = None
) -> tuple[Compound, list[Suggestion]]:
    """Accept every suggestion (of ``source``) that fits, in one edit; the ones skipped.

    A suggestion whose span is already there (or was just accepted from another source) is
    dropped; one that would overlap a span, or an earlier accepted suggestion, is skipped
    and stays.
    """
    edits: list[Edit] = []
    skipped: list[Suggestion] = []
    taken: list[Suggestion] = []
    for s in sorted(doc.suggestions, key=lambda s: (s.start, -s.end, -(s.score or 0))):
        if source is not None and s.source != source:
            continue
        if doc.has_span(s.span) or any(t.span == s.span for t in taken):
            edits.append(RejectSuggestion(s))
            continue
        clash = any(t.span.overlaps(s.span) for t in taken) or doc.overlapping(s.start, s.end)
        if clash and not allow_overlap:
            skipped.append(s)
            continue
        taken.append(s)
        edits.append(AcceptSuggestion(s))
    return Compound(tuple(edits), "Accept all suggestions"), skipped
