"""Edits as values: every change to a document is one of these, and applying it says what it did.

``Edit.apply(doc)`` changes the document and returns an ``Effect`` — the spans added and
removed, the status and note before and after — so counts, panels and the view update
from that value, never from an edit's class or fields (docs/decisions/0014-change-sets.md).
``Compound`` makes many edits of one document one step (label all occurrences, accept all
suggestions); ``annotator.storage`` journals edits (``to_json`` / ``edit_from_json``) before
acknowledging them, and ``annotator.history`` undoes them. ``Effect`` is in annotator.effects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from annotator.effects import Effect
from annotator.errors import SpanError
from annotator.model import STATUSES, Document, Span


class Edit(Protocol):
    """A reversible change to one document."""

    kind: ClassVar[str]

    def apply(self, doc: Document) -> Effect: ...

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
    """Add ``span``; the ``replaced`` spans go in the same edit.

    Those are the spans it overlaps, when overlap is not allowed.
    """

    span: Span
    replaced: tuple[Span, ...] = ()
    kind: ClassVar[str] = "add"

    def apply(self, doc: Document) -> Effect:
        self.span.check_in(doc.text)
        for old in self.replaced:
            if not doc.has_span(old):
                raise SpanError(f"cannot replace missing span [{old.start}, {old.end}) {old.label}")
        if doc.has_span(self.span) and self.span.key not in {s.key for s in self.replaced}:
            raise SpanError(
                f"span [{self.span.start}, {self.span.end}) {self.span.label} already exists"
            )
        removed = tuple(doc.delete_span(old) for old in self.replaced)
        doc.insert_span(self.span)
        return Effect(added=(self.span,), removed=removed)

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

    def apply(self, doc: Document) -> Effect:
        gone = doc.delete_span(self.removed)
        for old in self.restored:
            doc.insert_span(old)
        return Effect(added=tuple(self.restored), removed=(gone,))

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

    def apply(self, doc: Document) -> Effect:
        return Effect(removed=(doc.delete_span(self.span),))

    def inverse(self) -> Edit:
        return AddSpan(self.span)

    def describe(self) -> str:
        return f"Delete {self.span.label} span"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "span": _span_json(self.span)}


def _replace(doc: Document, old: Span, new: Span) -> Effect:
    """Swap ``old`` for ``new`` (same meta); the document is unchanged if ``new`` cannot go in."""
    stored = doc.delete_span(old)
    try:
        doc.insert_span(new)
    except SpanError:
        doc.insert_span(stored)
        raise
    return Effect(added=(new,), removed=(stored,))


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

    def apply(self, doc: Document) -> Effect:
        old = doc.find_span(*self.span.key)
        if old is None:
            raise SpanError(f"no span [{self.span.start}, {self.span.end}) {self.span.label}")
        return _replace(doc, old, old.with_label(self.label))

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

    def apply(self, doc: Document) -> Effect:
        self.result.check_in(doc.text)
        old = doc.find_span(*self.span.key)
        if old is None:
            raise SpanError(f"no span [{self.span.start}, {self.span.end}) {self.span.label}")
        return _replace(doc, old, old.with_range(self.start, self.end))

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

    def apply(self, doc: Document) -> Effect:
        if doc.status != self.old:
            raise SpanError(f"document {doc.id!r} status is {doc.status!r}, expected {self.old!r}")
        doc.status = self.new
        return Effect(status=(self.old, self.new))

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

    def apply(self, doc: Document) -> Effect:
        if doc.note != self.old:
            raise SpanError(f"document {doc.id!r} note changed since this edit was made")
        doc.note = self.new
        return Effect(note=(self.old, self.new))

    def inverse(self) -> Edit:
        return SetNote(self.new, self.old)

    def describe(self) -> str:
        return "Edit note"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "old": self.old, "new": self.new}


FIELD_KEYS = frozenset({"changed", "adjudicated"})  # document keys a SetField may change


@dataclass(frozen=True)
class SetField:
    """Set a bookkeeping key of the record (``None``: absent): who changed it, what was decided.

    Its effect is empty: spans, status and note stay as they were (the document is still
    touched, so it is saved). ``old`` guards against applying it over another value.
    """

    key: str
    old: Any
    new: Any
    kind: ClassVar[str] = "field"

    def __post_init__(self) -> None:
        if self.key not in FIELD_KEYS:
            raise SpanError(f"the document key {self.key!r} is not set by edits")

    def apply(self, doc: Document) -> Effect:
        if doc.extra.get(self.key) != self.old:
            raise SpanError(f"document {doc.id!r} {self.key!r} changed since this edit was made")
        if self.new is None:
            doc.extra.pop(self.key, None)
        else:
            doc.extra[self.key] = self.new
        return Effect()

    def inverse(self) -> Edit:
        return SetField(self.key, self.new, self.old)

    def describe(self) -> str:
        return f"Set {self.key}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class Compound:
    """Several edits of one document as one: all apply or none (one undo step, one journal line)."""

    edits: tuple[Edit, ...]
    description: str = ""
    kind: ClassVar[str] = "compound"

    def apply(self, doc: Document) -> Effect:
        effect = Effect()
        done: list[Edit] = []
        try:
            for edit in self.edits:
                effect = effect.then(edit.apply(doc))
                done.append(edit)
        except BaseException:
            for edit in reversed(done):
                edit.inverse().apply(doc)
            raise
        return effect

    def inverse(self) -> Edit:
        undo = tuple(e.inverse() for e in reversed(self.edits))
        return Compound(undo, self.description)

    def describe(self) -> str:
        return self.description or f"{len(self.edits)} edits"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "description": self.description,
            "edits": [e.to_json() for e in self.edits],
        }


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
    if kind == "field":
        return SetField(data["key"], data.get("old"), data.get("new"))
    if kind == "compound":
        edits = tuple(edit_from_json(e) for e in data["edits"])
        return Compound(edits, str(data.get("description", "")))
    from annotator.suggestion_edits import KINDS
    from annotator.suggestion_edits import edit_from_json as suggestion_edit

    if kind in KINDS:  # suggestion edits build on this module, so they are imported here
        return suggestion_edit(data)
    raise SpanError(f"unknown edit kind {kind!r}")
