"""The labelling rules that turn what the user means into an edit: overlap policy for adding and
resizing, adding many spans at once, renaming a label in a document.

The corpus checks the same overlap rule on every edit it applies (``overlap_conflicts``), so an
edit built by hand cannot break the schema either.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.edits import AddSpan, Compound, Edit, RelabelSpan, RemoveSpan, ResizeSpan
from annotator.effects import Effect
from annotator.errors import SpanError
from annotator.model import Document, Span


def overlap_conflicts(doc: Document, effect: Effect) -> list[tuple[Span, Span]]:
    """Pairs (added span, other span) that overlap after ``effect`` and did not before.

    A span put in place of a removed one (a relabel, a resize) may keep overlapping what the
    removed one overlapped already (data read from a file may overlap); anything new is a conflict.
    """
    conflicts: list[tuple[Span, Span]] = []
    for span in effect.added:
        for other in doc.overlapping(span.start, span.end):
            if other.key == span.key or any(other.overlaps(r) for r in effect.removed):
                continue
            conflicts.append((span, other))
    return conflicts


def add_span(doc: Document, span: Span, *, allow_overlap: bool) -> AddSpan:
    """The edit adding ``span``: without overlap it replaces every span it overlaps, in one edit."""
    span.check_in(doc.text)
    if allow_overlap:
        if doc.has_span(span):
            raise SpanError(f"span [{span.start}, {span.end}) {span.label} already exists")
        return AddSpan(span)
    return AddSpan(span, tuple(doc.overlapping(span.start, span.end)))


def resize_span(
    doc: Document, span: Span, start: int, end: int, *, allow_overlap: bool
) -> ResizeSpan:
    """The edit moving ``span`` to [start, end); SpanError if that would overlap another span."""
    edit = ResizeSpan(span, start, end)
    edit.result.check_in(doc.text)
    if not allow_overlap:
        for other in doc.overlapping(start, end):
            if other.key != span.key and not other.overlaps(span):
                raise SpanError(
                    f"[{start}, {end}) would overlap the {other.label} span "
                    f"[{other.start}, {other.end})"
                )
    return edit


def add_spans(
    doc: Document, spans: Iterable[Span], *, allow_overlap: bool, description: str
) -> tuple[Compound, list[Span]]:
    """One edit adding every span that fits; the spans skipped (already there, or overlapping) too.

    Used by "label all occurrences" and "accept all suggestions": without overlap, a span that
    would overlap an existing or an earlier added span is skipped, never replaces anything.
    """
    edits: list[Edit] = []
    skipped: list[Span] = []
    taken: list[Span] = []
    for span in sorted(spans):
        span.check_in(doc.text)
        clash = doc.has_span(span) or any(t.key == span.key for t in taken)
        if not clash and not allow_overlap:
            clash = bool(doc.overlapping(span.start, span.end)) or any(
                t.overlaps(span) for t in taken
            )
        if clash:
            skipped.append(span)
            continue
        taken.append(span)
        edits.append(AddSpan(span))
    return Compound(tuple(edits), description), skipped


def relabel_all(doc: Document, old: str, new: str) -> Compound:
    """One edit renaming every ``old`` span to ``new`` (merging into existing ``new`` spans)."""
    edits: list[Edit] = []
    for span in [s for s in doc.spans if s.label == old]:
        if doc.find_span(span.start, span.end, new) is not None:
            edits.append(RemoveSpan(span))
        else:
            edits.append(RelabelSpan(span, new))
    return Compound(tuple(edits), f"Rename {old} → {new}")


def relabel_steps(
    documents: Iterable[tuple[int, Document]], old: str, new: str
) -> list[tuple[int, Edit]]:
    """Renaming (or merging) label ``old`` into ``new`` across documents: one step per document
    that has an ``old`` span, for ``Corpus.apply_steps`` (one journal line, one undo step)."""
    if not new.strip():
        raise SpanError("the new label name is empty")
    return [
        (i, relabel_all(doc, old, new))
        for i, doc in documents
        if any(s.label == old for s in doc.spans)
    ]
