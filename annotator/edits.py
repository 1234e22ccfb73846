"""Edits as values: every change to a document is one of these, with apply and inverse.

The UI wraps them in a QUndoStack; the store appends them to its journal
(``to_json`` / ``edit_from_json``) before acknowledging them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from annotator.errors import SpanError
from annotator.model import STATUSES, Document, Span


class Edit(Protocol):
    """A reversible change to one document."""

    kind: ClassVar[str]

    def apply(self, doc: Document) -> None: ...

    def inverse(self) -> Edit: ...

    def describe(self) -> str: ...

    def to_json(self) -> dict[str, Any]: ...


def _span_json(span: Span) -> dict[str, Any]:
    out: dict[str, Any] = {"start": span.start, "end": span.end, "label": span.label}
    if span.meta:
        out["meta"] = dict(span.meta)
    return out


def _span_from(data: Mapping[str, Any]) -> Span:
    return Span(data["start"], data["end"], data["label"], data.get("meta"))


@dataclass(frozen=True)
class AddSpan:
    """Add ``span``; ``replaced`` spans (overlapping ones, when overlap is not allowed) go in the same edit."""

    span: Span
    replaced: tuple[Span, ...] = ()
    kind: ClassVar[str] = "add"

    def apply(self, doc: Document) -> None:
        self.span.check_in(doc.text)
        for old in self.replaced:
            if not doc.has_span(old):
                raise SpanError(f"cannot replace missing span [{old.start}, {old.end}) {old.label}")
        if doc.has_span(self.span) and self.span.key not in {s.key for s in self.replaced}:
            raise SpanError(
                f"span [{self.span.start}, {self.span.end}) {self.span.label} already exists"
            )
        for old in self.replaced:
            doc.delete_span(old)
        doc.insert_span(self.span)

    def inverse(self) -> Edit:
        return _RestoreSpans(removed=self.span, restored=self.replaced)

    def describe(self) -> str:
        extra = f", replacing {len(self.replaced)}" if self.replaced else ""
        return f"Label {self.span.label}{extra}"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "span": _span_json(self.span),
            "replaced": [_span_json(s) for s in self.replaced],
        }


@dataclass(frozen=True)
class _RestoreSpans:
    """Inverse of AddSpan: remove the added span and put the replaced ones back."""

    removed: Span
    restored: tuple[Span, ...]
    kind: ClassVar[str] = "restore"

    def apply(self, doc: Document) -> None:
        doc.delete_span(self.removed)
        for old in self.restored:
            doc.insert_span(old)

    def inverse(self) -> Edit:
        return AddSpan(self.removed, self.restored)

    def describe(self) -> str:
        return f"Unlabel {self.removed.label}"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "span": _span_json(self.removed),
            "replaced": [_span_json(s) for s in self.restored],
        }


@dataclass(frozen=True)
class RemoveSpan:
    span: Span
    kind: ClassVar[str] = "remove"

    def apply(self, doc: Document) -> None:
        doc.delete_span(self.span)

    def inverse(self) -> Edit:
        return AddSpan(self.span)

    def describe(self) -> str:
        return f"Delete {self.span.label} span"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "span": _span_json(self.span)}


@dataclass(frozen=True)
class RelabelSpan:
    span: Span
    label: str
    kind: ClassVar[str] = "relabel"

    def __post_init__(self) -> None:
        self.span.with_label(self.label)  # validates the new label

    @property
    def result(self) -> Span:
        return self.span.with_label(self.label)

    def apply(self, doc: Document) -> None:
        old = doc.delete_span(self.span)
        try:
            doc.insert_span(old.with_label(self.label))
        except SpanError:
            doc.insert_span(old)
            raise

    def inverse(self) -> Edit:
        return RelabelSpan(self.result, self.span.label)

    def describe(self) -> str:
        return f"Relabel {self.span.label} → {self.label}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "span": _span_json(self.span), "label": self.label}


@dataclass(frozen=True)
class ResizeSpan:
    span: Span
    start: int
    end: int
    kind: ClassVar[str] = "resize"

    def __post_init__(self) -> None:
        self.span.with_range(self.start, self.end)  # validates the new range

    @property
    def result(self) -> Span:
        return self.span.with_range(self.start, self.end)

    def apply(self, doc: Document) -> None:
        new = self.result
        new.check_in(doc.text)
        old = doc.delete_span(self.span)
        try:
            doc.insert_span(old.with_range(self.start, self.end))
        except SpanError:
            doc.insert_span(old)
            raise

    def inverse(self) -> Edit:
        return ResizeSpan(self.result, self.span.start, self.span.end)

    def describe(self) -> str:
        return f"Resize {self.span.label} span"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "span": _span_json(self.span),
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class SetStatus:
    old: str
    new: str
    kind: ClassVar[str] = "status"

    def __post_init__(self) -> None:
        for value in (self.old, self.new):
            if value not in STATUSES:
                raise SpanError(f"unknown status {value!r}")

    def apply(self, doc: Document) -> None:
        if doc.status != self.old:
            raise SpanError(f"document {doc.id!r} status is {doc.status!r}, expected {self.old!r}")
        doc.status = self.new

    def inverse(self) -> Edit:
        return SetStatus(self.new, self.old)

    def describe(self) -> str:
        return f"Mark {self.new}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class SetNote:
    old: str
    new: str
    kind: ClassVar[str] = "note"

    def apply(self, doc: Document) -> None:
        if doc.note != self.old:
            raise SpanError(f"document {doc.id!r} note changed since this edit was made")
        doc.note = self.new

    def inverse(self) -> Edit:
        return SetNote(self.new, self.old)

    def describe(self) -> str:
        return "Edit note"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "old": self.old, "new": self.new}


def edit_from_json(data: Mapping[str, Any]) -> Edit:
    """Rebuild an edit written by ``to_json`` (used when replaying the journal)."""
    kind = data.get("kind")
    if kind == "add":
        return AddSpan(_span_from(data["span"]), tuple(_span_from(s) for s in data["replaced"]))
    if kind == "restore":
        return _RestoreSpans(
            _span_from(data["span"]), tuple(_span_from(s) for s in data["replaced"])
        )
    if kind == "remove":
        return RemoveSpan(_span_from(data["span"]))
    if kind == "relabel":
        return RelabelSpan(_span_from(data["span"]), data["label"])
    if kind == "resize":
        return ResizeSpan(_span_from(data["span"]), data["start"], data["end"])
    if kind == "status":
        return SetStatus(data["old"], data["new"])
    if kind == "note":
        return SetNote(data["old"], data["new"])
    raise SpanError(f"unknown edit kind {kind!r}")


def add_span(doc: Document, span: Span, *, allow_overlap: bool) -> AddSpan:
    """The edit that adds ``span``: without overlap it replaces every span it overlaps, in one edit."""
    span.check_in(doc.text)
    if allow_overlap:
        if doc.has_span(span):
            raise SpanError(f"span [{span.start}, {span.end}) {span.label} already exists")
        return AddSpan(span)
    return AddSpan(span, tuple(doc.overlapping(span.start, span.end)))
