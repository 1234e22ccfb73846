"""The Corpus: an annotations JSONL opened lazily, changed only through journalled transactions.

Opening (annotator.storage.opening) indexes line offsets only; documents are parsed on
demand. Every transaction is applied, checked against the label schema, appended to
``<annotations>.journal`` and fsynced before ``apply`` returns; only then is it put on the
undo history and announced to listeners with the ``ChangeSet`` it produced. A listener
that fails cannot take the edit back. Saving (annotator.storage.saving) copies unchanged
lines byte for byte. See docs/decisions/0005, 0006 and 0014.
"""

from __future__ import annotations

import logging
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from annotator.display import escaped
from annotator.edits import Edit
from annotator.effects import Effect
from annotator.errors import InputError, Problem, ReadOnlyError, SpanError
from annotator.history import ChangeSet, History, Origin, Step, Transaction
from annotator.model import Document
from annotator.schema import LabelSchema, schema_path_for
from annotator.span_rules import overlap_conflicts
from annotator.storage.digest import ContentDigest
from annotator.storage.facts import INVALID, CorpusFacts
from annotator.storage.fileio import FileState
from annotator.storage.journal import Journal, journal_path_for
from annotator.storage.line_index import LineIndex
from annotator.storage.lines import validate_index
from annotator.storage.lock import FileLock
from annotator.storage.opening import open_corpus
from annotator.storage.saving import save
from annotator.storage.stamps import stamped

log = logging.getLogger(__name__)

RECENT_DOCUMENTS = 256  # parsed documents kept alive besides those someone holds
__all__ = ["INVALID", "Corpus", "DocumentSummary"]

Listener = Callable[[ChangeSet], None]


@dataclass(frozen=True)
class DocumentSummary:
    """What the document list shows for one document, without keeping the document parsed."""

    id: str
    status: str
    preview: str
    spans: int
    problem: str | None = None


class Corpus:
    """The documents of one annotations file (and its .txt sources, if any); use Corpus.open()."""

    def __init__(self, path: Path, source: Path, *, readonly: bool, journal_fsync: bool) -> None:
        self.path = path
        self.source = source
        self.readonly = readonly
        self.recovered_edits = 0
        self.warnings: list[str] = []
        self.schema = LabelSchema.default()  # replaced while opening
        self.schema_path = schema_path_for(path)
        self.schema_changed = False  # the schema file is written with the next save
        self.index = LineIndex.empty(path)  # set while opening
        self.disk_state: FileState | None = None  # the file as last read or written
        self.digest: ContentDigest | None = None  # its content digest, chunk by chunk (digest.py)
        self.lock = FileLock(path)
        self.journal = Journal(journal_path_for(path), fsync=journal_fsync)
        self.history = History()
        self.annotator: str | None = None  # set: each transaction stamps "changed" (stamps.py)
        self.listener_failed: Callable[[BaseException], None] | None = None
        self._dirty: dict[int, Document] = {}
        self._weak: weakref.WeakValueDictionary[int, Document] = weakref.WeakValueDictionary()
        self._recent: OrderedDict[int, Document] = OrderedDict()
        self._summaries: dict[int, DocumentSummary] = {}
        self.facts = CorpusFacts(self.index)  # statuses, span counts, ids: no parse (facts.py)
        self._listeners: list[Listener] = []

    @classmethod
    def open(
        cls,
        path: str | Path,
        encoding: str | None = None,
        labels: str | Path | LabelSchema | None = None,
        readonly: bool = False,
        *,
        journal_fsync: bool = True,
        eager_limit: int | None = None,
    ) -> Corpus:
        """Open a .jsonl, a .txt or a folder of .txt; InputError/LockedError before any write."""
        return open_corpus(
            cls,
            Path(path),
            encoding=encoding,
            labels=labels,
            readonly=readonly,
            journal_fsync=journal_fsync,
            eager_limit=eager_limit,
        )

    # -- reading -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.index)

    def _cached(self, i: int) -> Document | None:
        return self._dirty.get(i) or self._weak.get(i)

    def _checked(self, i: int) -> int:
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"document {i} out of range (corpus has {len(self)})")
        return i

    def __getitem__(self, i: int) -> Document:
        """Document ``i``: parsed on first use, one object while held; InputError for a bad line."""
        i = self._checked(i)
        doc = self._cached(i)
        if doc is None:
            doc = self.index.parse(i)
            self._weak[i] = doc
            self.ensure_labels(s.label for s in doc.spans)
        self._recent[i] = doc
        self._recent.move_to_end(i)
        if len(self._recent) > RECENT_DOCUMENTS:
            self._recent.popitem(last=False)
        return doc

    def iter_documents(self) -> Iterator[Document]:
        """Every document in order, for stats and exports (parsed ones are not kept in memory)."""
        for i in range(len(self)):
            yield self._cached(i) or self.index.parse(i)

    def _edited(self, i: int) -> Document | None:  # a document edited since the last save
        return self._dirty.get(self._checked(i) if i < 0 else i)

    def id_of(self, i: int) -> str:
        """Id of document ``i`` from the corpus facts (no parse); InputError for a bad line."""
        doc = self._edited(i)
        if doc is None and self.facts.status(self._checked(i)) == INVALID:
            doc = self[i]  # raises the line's InputError
        return doc.id if doc is not None else self.facts.id_of(self._checked(i))

    def status_of(self, i: int) -> str:
        """Status of ``i`` ("invalid" if unreadable), from the corpus facts: no parse."""
        doc = self._edited(i)
        return doc.status if doc is not None else self.facts.status(self._checked(i))

    def span_count(self, i: int) -> int:
        """Spans in document ``i`` (-1 if unreadable), from the corpus facts: no parse."""
        doc = self._edited(i)
        return len(doc.spans) if doc is not None else self.facts.span_count(self._checked(i))

    def span_labels(self, i: int) -> list[str]:
        """Labels of document ``i``'s spans (none if unreadable), no parse; they join the schema."""
        doc = self._edited(i)
        if doc is not None:
            labels = [s.label for s in doc.spans]
        else:
            labels = self.facts.labels(self._checked(i))
        self.ensure_labels(labels)
        return labels

    @property
    def counts_ready(self) -> bool:
        return self.facts.complete  # status_counts() known without reading more lines

    def scan_some(self, lines: int) -> bool:
        """Idle work: ``lines`` more lines' facts, else a chunk of the digest; True when done."""
        if not self.facts.complete:
            return self.facts.advance(lines) and self.digest is None
        return self.digest is None or self.digest.advance(1)

    def status_counts(self) -> dict[str, int]:
        """Documents per status ("invalid": unreadable), each line read once, then kept by edits."""
        self.facts.finish()
        return dict(self.facts.counts)

    def summary(self, i: int) -> DocumentSummary:
        """Id, status, preview and span count of document ``i`` (cached; the document is not)."""
        if i in self._summaries:
            return self._summaries[i]
        try:
            doc = self._cached(i) or self.index.parse(i)
        except InputError as exc:
            return DocumentSummary(
                f"line-{self.index.lines[i]}", INVALID, "", 0, str(exc.problems[0])
            )
        preview = " ".join(doc.text[:200].split())[:80]
        self._summaries[i] = DocumentSummary(doc.id, doc.status, preview, len(doc.spans))
        return self._summaries[i]

    def validate(self) -> list[Problem]:
        """Parse every line now (what `annotator validate` does); problems found, capped."""
        problems, more, _ = validate_index(self.index)
        if more:
            problems.append(Problem(str(self.path), None, f"... and {more} more problem(s)"))
        return problems

    def ensure_labels(self, names: Iterable[str]) -> None:
        """Add labels seen in the data to the schema (never dropped); its file follows on save."""
        known = self.schema.names
        missing = [n for n in dict.fromkeys(names) if n not in known]
        if missing and self.schema.ensure(missing):
            self.schema_changed = True

    # -- editing -------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """True if documents changed since the last save (their edits are journalled meanwhile)."""
        return bool(self._dirty)

    @property
    def modified(self) -> bool:
        """True unless documents are as last saved (undoing back to the save counts as saved)."""
        return not self.history.is_clean

    @property
    def dirty_documents(self) -> dict[int, Document]:
        return dict(self._dirty)

    def add_listener(self, callback: Listener) -> None:
        """Call ``callback(changes)`` after every transaction (done, undone or redone)."""
        self._listeners.append(callback)

    def apply(self, i: int, edit: Edit) -> ChangeSet:
        """Apply ``edit`` to document ``i`` and journal it: on return, the edit survives a crash."""
        i = self._checked(i)
        return self.apply_steps([(i, edit)], edit.describe())

    def apply_steps(self, steps: Sequence[tuple[int, Edit]], description: str) -> ChangeSet:
        """Apply edits to several documents as one transaction: one journal line, one undo step."""
        plain = [Step(i, self[i].id, edit) for i, edit in steps]
        transaction = Transaction(stamped(plain, self.__getitem__, self.annotator), description)
        changes = self._commit(transaction, "edit")
        self.history.record(transaction)
        return self._announce(changes)

    def undo(self) -> ChangeSet | None:
        """Take back the last transaction (journalled like any edit); None when there is none.
        If the core refuses (SpanError), nothing changes and the history stays as it was."""
        transaction = self.history.next_undo()
        if transaction is None:
            return None
        changes = self._commit(transaction.inverse(), "undo")
        self.history.undone()
        return self._announce(changes)

    def redo(self) -> ChangeSet | None:
        transaction = self.history.next_redo()
        if transaction is None:
            return None
        changes = self._commit(transaction, "redo")
        self.history.redone()
        return self._announce(changes)

    def _commit(self, transaction: Transaction, origin: Origin) -> ChangeSet:
        """Apply every step (all or nothing), check the schema's rules, journal; the change set."""
        if self.readonly:
            raise ReadOnlyError(f"{escaped(str(self.path))} is open read-only; it cannot be edited")
        done: list[tuple[Document, Edit]] = []
        effects: dict[int, Effect] = {}
        try:
            for step in transaction.steps:
                doc = self[step.index]
                if doc.id != step.doc_id:
                    raise SpanError(f"document {step.index} is {doc.id!r}, not {step.doc_id!r}")
                effect = step.edit.apply(doc)
                done.append((doc, step.edit))
                if origin == "edit" and not self.schema.allow_overlap:
                    conflicts = overlap_conflicts(doc, effect)
                    if conflicts:
                        new, old = conflicts[0]
                        raise SpanError(
                            f"[{new.start}, {new.end}) {new.label} would overlap "
                            f"the {old.label} span [{old.start}, {old.end}) "
                            "(the label schema does not allow overlap)"
                        )
                effects[step.index] = effects.get(step.index, Effect()).then(effect)
            self.journal.append_transaction(transaction, self.disk_state, self.path)
        except BaseException:
            for doc, edit in reversed(done):
                edit.inverse().apply(doc)
            raise
        return ChangeSet(effects, transaction.description, origin)

    def _announce(self, changes: ChangeSet) -> ChangeSet:
        """Once journalled: update caches, then tell every listener (none can undo the change)."""
        for i, effect in changes.effects.items():
            self._dirty[i] = self[i]
            self._summaries.pop(i, None)
            if effect.status is not None or effect.spans_changed:
                self.facts.follow(i, self._dirty[i])
            self.ensure_labels(s.label for s in effect.added)
        for callback in list(self._listeners):
            try:
                callback(changes)
            except Exception as exc:
                log.exception("a listener failed after %r", changes.description)
                if self.listener_failed is not None:
                    self.listener_failed(exc)
        return changes

    # -- after opening or saving (annotator.storage.opening / saving) -----------

    def use_index(self, index: LineIndex) -> None:
        """Read documents from ``index`` from now on; every cache of the old one is dropped."""
        self.index = index
        self._dirty.clear()
        self._weak = weakref.WeakValueDictionary()
        self._recent.clear()
        self._summaries.clear()
        self.facts = CorpusFacts(index)

    def restored(self, documents: dict[int, Document], edits: int) -> None:
        """Documents changed by edits replayed from the journal: unsaved, but not undoable."""
        self._dirty.update(documents)
        for i, doc in documents.items():
            self.facts.follow(i, doc)
        self.recovered_edits = edits
        if edits:
            self.history.mark_unsaved()

    def saved(self, index: LineIndex, rewritten: dict[int, Document]) -> None:
        """The file now holds every change: keep the parsed documents, forget what was dirty."""
        self.index = self.facts.index = index  # the facts already follow every edit
        for i, doc in rewritten.items():
            self._weak[i] = doc
        self._dirty.clear()

    # -- saving and closing ------------------------------------------------------

    def save(self, force: bool = False) -> None:
        """Write all edits atomically; ChangedOnDiskError (nothing written) if the file changed."""
        save(self, force=force)

    def close(self, discard: bool = False) -> None:
        """Unlock; unsaved edits stay in the journal (replayed next time) unless ``discard``."""
        if discard and not self.readonly:
            self.journal.clear()
        self.journal.close()
        self.lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
