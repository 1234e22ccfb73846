"""Label all occurrences: one ``Compound`` per document, all of them one undo step.

``plan_label_all`` looks at the documents (any iterable of (index, Document): the window's
corpus, a test's list) and returns the steps for ``Corpus.apply_steps`` with the counts to show
before applying them: found, to add, and skipped because the span is there already or
because it would overlap another span (``annotator.span_rules.add_spans``: it never replaces
anything).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from annotator.edits import Edit
from annotator.model import Document, Span
from annotator.search.matcher import Matcher
from annotator.span_rules import add_spans

__all__ = ["LabelAllPlan", "plan_label_all"]


@dataclass(frozen=True)
class LabelAllPlan:
    """The steps of "label all" and what they will do, before anything is applied."""

    steps: tuple[tuple[int, Edit], ...]
    description: str
    found: int
    to_add: int
    already: int  # the same span (range and label) is there already
    overlapping: int  # would overlap another span (the schema does not allow overlap)

    @property
    def skipped(self) -> int:
        return self.already + self.overlapping

    @property
    def documents(self) -> int:
        return len(self.steps)

    def summary(self) -> str:
        """ "Label 37 occurrences in 12 documents (3 already labelled, 2 overlapping: skipped)"."""
        text = f"Label {self.to_add} of {self.found} occurrence(s) in {self.documents} document(s)"
        if self.skipped:
            text += f" ({self.already} already labelled, {self.overlapping} overlapping: skipped)"
        return text


def plan_label_all(
    documents: Iterable[tuple[int, Document]],
    matcher: Matcher,
    label: str,
    *,
    allow_overlap: bool,
    author: str | None = None,
) -> LabelAllPlan:
    """Every match of ``matcher`` labelled ``label``, where it fits; nothing is changed yet.

    With ``author`` the new spans record who made them, as a span labelled by hand does
    (docs/decisions/0018-team-projects.md)."""
    description = f"Label all “{matcher.query}” as {label}"
    steps: list[tuple[int, Edit]] = []
    found = to_add = already = overlapping = 0
    for i, doc in documents:
        spans = [Span(s, e, label).authored(author) for s, e in matcher.finditer(doc.text)]
        if not spans:
            continue
        found += len(spans)
        edit, skipped = add_spans(doc, spans, allow_overlap=allow_overlap, description=description)
        there = sum(1 for s in skipped if doc.has_span(s))
        already += there
        overlapping += len(skipped) - there
        if edit.edits:
            to_add += len(edit.edits)
            steps.append((i, edit))
    return LabelAllPlan(tuple(steps), description, found, to_add, already, overlapping)
