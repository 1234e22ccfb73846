"""Which documents the documents list shows, and in which order: sort keys and filters.

Sorting by number, id, status or span count and filtering by status read the corpus facts
(``Corpus.id_of`` / ``status_of`` / ``span_count``: a fast scan, no parse; storage/facts.py).
Filtering by a label or a piece of text parses each document, so a ``Listing`` is computed in slices
(``advance``) that the caller drives from idle time, shows progress for and can drop at any
point; nothing is changed meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.errors import InputError
from annotator.model import STATUSES, Document
from annotator.slices import SliceRun
from annotator.storage.corpus import INVALID, Corpus

SORT_KEYS: tuple[str, ...] = ("number", "id", "status", "spans")
# to-do first: what is left to annotate, then what was set aside, then what is finished
STATUS_ORDER: tuple[str, ...] = ("todo", "flagged", "skipped", "done", INVALID)


@dataclass(frozen=True)
class ListingQuery:
    """A sort key (one of SORT_KEYS), its direction, and filters (None / "" means any)."""

    sort: str = "number"
    descending: bool = False
    status: str | None = None
    label: str | None = None
    text: str = ""

    def __post_init__(self) -> None:
        if self.sort not in SORT_KEYS:
            raise ValueError(f"sort must be one of {', '.join(SORT_KEYS)}, got {self.sort!r}")
        if self.status is not None and self.status not in (*STATUSES, INVALID):
            raise ValueError(f"unknown status {self.status!r}")

    @property
    def is_identity(self) -> bool:
        """Every document in file order: nothing to compute."""
        return self.sort == "number" and not self.descending and not self.filtered

    @property
    def filtered(self) -> bool:
        return self.status is not None or self.label is not None or bool(self.text)

    @property
    def parses(self) -> bool:
        """Whether documents must be read (labels, text), not only the corpus facts."""
        return self.label is not None or bool(self.text)


class Listing(SliceRun):
    """The document indices a query shows, computed ``advance(n)`` documents at a time."""

    def __init__(self, corpus: Corpus, query: ListingQuery) -> None:
        super().__init__(len(corpus))
        self.corpus = corpus
        self.query = query
        self._needle = query.text.casefold()
        self._indices: list[int] = []
        self._keys: list[int | str] = []

    def rows(self) -> list[int]:
        """The listed document indices in order (ties in file order); only once complete."""
        if not self.complete:
            raise RuntimeError(f"the listing has seen {self.done} of {self.total} documents")
        if self.query.sort == "number":
            return self._indices[::-1] if self.query.descending else list(self._indices)
        order = sorted(
            range(len(self._indices)), key=self._keys.__getitem__, reverse=self.query.descending
        )
        return [self._indices[k] for k in order]

    def run(self) -> list[int]:
        """Compute it all now (tests, small corpora)."""
        self.finish()
        return self.rows()

    def step(self, i: int) -> None:
        query = self.query
        if query.status is not None and self.corpus.status_of(i) != query.status:
            return
        doc: Document | None = None
        if query.parses:
            try:
                doc = self.corpus[i]
            except InputError:  # an unreadable line has no spans and no text to match
                if query.label is not None or query.text:
                    return
            if doc is not None and not self._matches(doc):
                return
        self._indices.append(i)
        if query.sort != "number":
            self._keys.append(self._key(i, doc))

    def _matches(self, doc: Document) -> bool:
        label = self.query.label
        if label is not None and not any(s.label == label for s in doc.spans):
            return False
        return not self._needle or self._needle in doc.text.casefold()

    def _key(self, i: int, doc: Document | None) -> int | str:
        sort = self.query.sort
        if sort == "spans":
            return len(doc.spans) if doc is not None else self.corpus.span_count(i)
        if sort == "status":
            status = self.corpus.status_of(i)
            return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)
        try:
            return self.corpus.id_of(i)
        except InputError:
            return ""
