"""Suggestions for a whole corpus, a few documents at a time: the edits, and counts per label.

Shared by `annotator suggest` and the window's Suggestions menu (which calls ``advance`` from
idle slices, with progress and Cancel). Documents come from anything indexable (a Corpus, a
list); the result is a list of ``(index, edit)`` steps for ``Corpus.apply_steps`` (one
journal line, one undo step) and the number of suggestions per (source, label). Each source
replaces its own earlier suggestions and never proposes anything over a span
(``annotator.suggestion_edits.set_suggestions``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from annotator.edits import Compound, Edit
from annotator.model import Document, Suggestion
from annotator.suggest.propagate import SOURCE as CORPUS
from annotator.suggest.propagate import LabelLearner, Propagation
from annotator.suggestion_edits import SetSuggestions, set_suggestions

__all__ = [
    "ClearRun",
    "Documents",
    "Finder",
    "PropagateRun",
    "SuggestRun",
    "clear_edit",
    "suggestion_edit",
]

Finder = Callable[[Document], list[Suggestion]]


class Documents(Protocol):
    def __len__(self) -> int: ...

    def __getitem__(self, i: int) -> Document: ...


def suggestion_edit(
    doc: Document, sources: Sequence[tuple[str, Finder]], counts: Counter[tuple[str, str]]
) -> Edit | None:
    """The edit giving ``doc`` the suggestions of ``sources``; counts the new set per label."""
    edits: list[Edit] = []
    for name, find in sources:
        edit = set_suggestions(doc, name, find(doc))
        if edit is not None:
            edits.append(edit)
            counts.update((name, s.label) for s in edit.new)
    if len(edits) > 1:
        return Compound(tuple(edits), "Suggestions")
    return edits[0] if edits else None


def clear_edit(doc: Document) -> Edit | None:
    """The edit removing every suggestion of ``doc`` (None when it has none)."""
    edits: list[Edit] = []
    for source in sorted({s.source for s in doc.suggestions}):
        edits.append(SetSuggestions(source, tuple(doc.suggestions_from(source)), ()))
    if len(edits) > 1:
        return Compound(tuple(edits), "Clear suggestions")
    return edits[0] if edits else None


class SuggestRun:
    """Runs ``sources`` over ``documents``; ``advance(n)`` does the next ``n`` (True at the end).

    ``steps`` gathers the edits, ``counts`` the suggestions each (source, label) now has in the
    documents that changed, ``changed`` how many documents those are.
    """

    def __init__(self, documents: Documents, sources: Sequence[tuple[str, Finder]]) -> None:
        self.documents = documents
        self.sources = list(sources)
        self.total = len(documents)
        self.done = 0
        self.steps: list[tuple[int, Edit]] = []
        self.counts: Counter[tuple[str, str]] = Counter()

    @property
    def changed(self) -> int:
        return len(self.steps)

    def _edit(self, doc: Document) -> Edit | None:
        return suggestion_edit(doc, self.sources, self.counts)

    def _suggest(self, i: int) -> None:
        edit = self._edit(self.documents[i])
        if edit is not None:
            self.steps.append((i, edit))

    def _step(self, n: int) -> None:
        self._suggest(n)

    def advance(self, count: int) -> bool:
        stop = min(self.total, self.done + max(1, count))
        for n in range(self.done, stop):
            self._step(n)
        self.done = stop
        return self.done >= self.total

    def run(self) -> SuggestRun:
        """All at once (the command line, tests)."""
        while not self.advance(256):
            pass
        return self


class ClearRun(SuggestRun):
    """Every document's suggestions removed; ``counts`` says how many per (source, label)."""

    def __init__(self, documents: Documents) -> None:
        super().__init__(documents, [])

    def _edit(self, doc: Document) -> Edit | None:
        self.counts.update((s.source, s.label) for s in doc.suggestions)
        return clear_edit(doc)


class PropagateRun(SuggestRun):
    """Two passes in one run: learn the corpus's labelled strings, then suggest them.

    ``total`` counts both passes (twice the documents); ``learnt`` is set between them.
    """

    def __init__(self, documents: Documents, min_documents: int = 1) -> None:
        super().__init__(documents, [])
        self.count = len(documents)
        self.total = 2 * self.count
        self.min_documents = min_documents
        self.learner = LabelLearner()
        self.learnt: Propagation | None = None

    def _step(self, n: int) -> None:
        if n < self.count:
            self.learner.add(self.documents[n])
            return
        if self.learnt is None:
            self.learnt = self.learner.result(self.min_documents)
            self.sources = [(CORPUS, self.learnt.index.find)]
        self._suggest(n - self.count)
