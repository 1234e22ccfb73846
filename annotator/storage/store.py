"""The Corpus: an annotations JSONL opened lazily, edited through journalled edits, saved atomically.

Open indexes line offsets only; documents are parsed on demand. Every edit is
applied, appended to ``<annotations>.journal`` and flushed before ``apply``
returns; the journal is replayed on the next open and cleared by a save. A
save copies unchanged lines byte for byte and re-serialises changed ones.
See docs/decisions/0005-file-format.md and 0006-journal-and-locking.md.
"""

from __future__ import annotations

import contextlib
import glob
import json
import weakref
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from annotator.edits import Edit
from annotator.errors import ChangedOnDiskError, InputError, Problem, SaveError
from annotator.formats.jsonl import EXTENSIONS, LineIndex, load_index, read_index, validate_index
from annotator.model import Document, Span
from annotator.schema import LabelSchema, schema_path_for
from annotator.storage.fileio import AtomicFile, FileState, current_state, state_of_bytes
from annotator.storage.journal import Journal, journal_path_for, read_journal, replay, set_aside
from annotator.storage.lock import FileLock
from annotator.storage.records import LINE_HEAD, line_has_id, record_line_bytes
from annotator.storage.sources import (
    SourceText,
    annotations_path_for,
    is_text_source,
    read_sources,
    reconcile,
)

EAGER_VALIDATION_BYTES = 16 * 1024 * 1024  # files up to this size are fully checked on open
LAZY_UTF8_CHECK_BYTES = (
    8 * 1024 * 1024
)  # lazy open: UTF-8 and span labels scanned in this head, the rest per line
RECENT_DOCUMENTS = 256  # parsed documents kept alive besides those someone holds
INVALID = "invalid"  # status_counts() key for lines that cannot be parsed

Listener = Callable[[int, Edit], None]


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
        self.schema: LabelSchema  # set by _load_schema
        self.schema_path = schema_path_for(path)
        self._schema_changed = False
        self._index: LineIndex = None  # type: ignore[assignment]  # set by _load
        self._state: FileState | None = None
        self._lock = FileLock(path)
        self._journal = Journal(journal_path_for(path), fsync=journal_fsync)
        self._dirty: dict[int, Document] = {}
        self._weak: weakref.WeakValueDictionary[int, Document] = weakref.WeakValueDictionary()
        self._recent: OrderedDict[int, Document] = OrderedDict()
        self._summaries: dict[int, DocumentSummary] = {}
        self._foreign_status: dict[int, str] = {}
        self._counts: Counter[str] | None = None
        self._no_id: set[int] | None = None  # lines without an "id" (found at the first save)
        self._labels_seen: list[str] = []
        self._listeners: list[Listener] = []

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        encoding: str | None = None,
        labels: str | Path | LabelSchema | None = None,
        readonly: bool = False,
        *,
        journal_fsync: bool = True,
        eager_limit: int = EAGER_VALIDATION_BYTES,
    ) -> Corpus:
        """Open a .jsonl, a .txt or a folder of .txt files; InputError/LockedError before anything is written."""
        opened = Path(path)
        if not opened.exists():
            raise InputError.single(opened, None, "no such file or folder")
        sources: list[SourceText] | None = None
        if is_text_source(opened):
            sources = read_sources(opened, encoding)  # all checked before anything is created
            annotations, ann_encoding = annotations_path_for(opened), None
        elif opened.suffix.lower() in EXTENSIONS:
            annotations, ann_encoding = opened, encoding
        else:
            raise InputError.single(
                opened,
                None,
                "cannot open this kind of file: open a .jsonl annotations file, a "
                ".txt file or a folder of .txt files (convert other formats with annotator convert)",
            )
        if annotations.is_symlink():  # save to the file it points to, not over the link
            annotations = annotations.resolve()
        corpus = cls(annotations, opened, readonly=readonly, journal_fsync=journal_fsync)
        if not readonly:
            corpus._lock.acquire()
        try:
            corpus._load_schema(labels)
            if not readonly:
                corpus._remove_dead_temp_files()
            corpus._load(sources, ann_encoding, eager_limit)
            corpus._ensure_labels(corpus._labels_seen)
            for doc in corpus._dirty.values():
                corpus._ensure_labels(s.label for s in doc.spans)
        except BaseException:
            corpus._journal.close()
            corpus._lock.release()
            raise
        return corpus

    def _remove_dead_temp_files(self) -> None:
        """Delete temp files of saves (annotations or label schema) killed midway; we hold the lock, so none is running."""
        for target in (self.path, self.schema_path):
            for tmp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
                with contextlib.suppress(OSError):
                    tmp.unlink()

    def _load(
        self, sources: list[SourceText] | None, encoding: str | None, eager_limit: int
    ) -> None:
        if not self.path.exists():
            if sources is None:
                raise InputError.single(self.path, None, "no such file")
            self._check_journal()  # a journal without its file is set aside, never applied to a new one
            self._install([Document(s.id, s.text) for s in sources])
            return
        try:
            eager = self.path.stat().st_size <= eager_limit
        except OSError:
            eager = True  # read_index reports why the file cannot be read
        self._use_index(
            read_index(self.path, encoding, check_bytes=None if eager else LAZY_UTF8_CHECK_BYTES)
        )
        raw = self._index.data if self._index.encoding.is_utf8 else self.path.read_bytes()
        self._state = state_of_bytes(self.path, raw)
        if eager:
            problems, more, self._labels_seen = validate_index(self._index)
            if problems:
                raise InputError(problems, more=more)
        else:  # lazy: bad lines surface when their document is opened; `annotator validate` checks all
            self._labels_seen = self._index.span_labels(LAZY_UTF8_CHECK_BYTES)  # rest: when read
        self._check_journal()
        if sources is not None:
            self._reconcile(sources)

    def _use_index(self, index: LineIndex) -> None:
        self._index = index
        self._no_id = None
        self._dirty.clear()
        self._weak = weakref.WeakValueDictionary()
        self._recent.clear()
        self._summaries.clear()
        self._foreign_status.clear()
        self._counts = None

    def _install(self, docs: list[Document]) -> None:
        """Make ``docs`` the whole file (written atomically unless read-only); used for .txt sources."""
        data = b"".join(record_line_bytes(d) + b"\n" for d in docs)
        if not self.readonly:
            self._write_file(data)
            self._journal.clear()
        self._use_index(load_index(data, self.path))
        self._labels_seen = [s.label for d in docs for s in d.spans]

    def _check_journal(self) -> None:
        """Replay a journal that applies to the file as read; drop one a finished save made obsolete."""
        jpath = self._journal.path
        contents = read_journal(jpath)
        if contents is None:
            return
        if (
            contents.header is None
        ):  # empty or torn header: killed while starting it, so it holds no edit
            if not self.readonly:
                self._journal.clear()
            return
        if contents.applies_to(self._state):
            self._dirty.update(replay(contents, jpath, self.__getitem__, len(self)))
            self.recovered_edits = len(contents.entries)
            if not self.readonly:
                self._journal.resume()
        elif contents.saved_as(self._state):
            if not self.readonly:
                self._journal.clear()
        else:
            kept = f" and the journal was kept as {set_aside(jpath)}" if not self.readonly else ""
            self.warnings.append(
                f"{jpath} holds {len(contents.entries)} unsaved edit(s) made to a different "
                f"version of {self.path.name}; they were not applied{kept}"
            )

    def _reconcile(self, sources: list[SourceText]) -> None:
        """Match .txt sources to stored records by id (see sources.reconcile); rewrite if any was added."""
        ids = [self._id_of(i) for i in range(len(self))]
        docs = [self[i] for i in range(len(self))]
        merged, missing = reconcile(docs, list(self._index.lines), ids, sources, self.path.name)
        if missing:
            self.warnings.append(
                f"{len(missing)} annotated document(s) in {self.path.name} have no source file any "
                f"more and are kept: {', '.join(missing[:5])}"
            )
        if merged is not None:
            self._install(merged)

    def _load_schema(self, labels: str | Path | LabelSchema | None) -> None:
        if isinstance(labels, LabelSchema):
            self.schema = labels
        else:
            if labels is not None:
                self.schema_path = Path(labels)
            if self.schema_path.exists():
                self.schema = LabelSchema.load(self.schema_path)
            else:
                self.schema = LabelSchema.default()
                self._schema_changed = True  # written beside the annotations on the first save

    def _ensure_labels(self, names: Iterable[str]) -> None:
        known = set(self.schema.names)
        missing = [n for n in dict.fromkeys(names) if n not in known]
        if missing and self.schema.ensure(missing):
            self._schema_changed = True

    # -- reading -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._index)

    def _cached(self, i: int) -> Document | None:
        return self._dirty.get(i) or self._weak.get(i)

    def __getitem__(self, i: int) -> Document:
        """Document ``i``, parsed on first use; the same object while anyone holds it (InputError if its line is bad)."""
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"document {i} out of range (corpus has {len(self)})")
        doc = self._cached(i)
        if doc is None:
            doc = self._index.parse(i)
            self._weak[i] = doc
            self._ensure_labels(s.label for s in doc.spans)
        self._recent[i] = doc
        self._recent.move_to_end(i)
        if len(self._recent) > RECENT_DOCUMENTS:
            self._recent.popitem(last=False)
        return doc

    def iter_documents(self) -> Iterator[Document]:
        """Every document in order, for stats and exports (parsed ones are not kept in memory)."""
        for i in range(len(self)):
            yield self._cached(i) or self._index.parse(i)

    def _id_of(self, i: int) -> str:
        doc = self._cached(i)
        if doc is not None:
            return doc.id
        match = LINE_HEAD.match(self._index.data, self._index.starts[i], self._index.ends[i])
        return json.loads(match.group(1)) if match else self[i].id

    def status_of(self, i: int) -> str:
        """Status of document ``i`` ("invalid" if its line cannot be read), from the line head when we wrote it: no parse."""
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"document {i} out of range (corpus has {len(self)})")
        return self._status_of(i)

    def _status_of(self, i: int) -> str:
        doc = self._cached(i)
        if doc is not None:
            return doc.status
        match = LINE_HEAD.match(self._index.data, self._index.starts[i], self._index.ends[i])
        if match:
            return match.group(2).decode()
        if i not in self._foreign_status:
            try:
                self._foreign_status[i] = self._index.parse(i).status
            except InputError:
                self._foreign_status[i] = INVALID
        return self._foreign_status[i]

    def status_counts(self) -> dict[str, int]:
        """Documents per status (plus "invalid" for unreadable lines); read from line heads, cached."""
        if self._counts is None:
            self._counts = Counter(self._status_of(i) for i in range(len(self)))
        return dict(self._counts)

    def summary(self, i: int) -> DocumentSummary:
        """Id, status, text preview and span count of document ``i`` (cached; the document is not kept)."""
        if i in self._summaries:
            return self._summaries[i]
        try:
            doc = self._cached(i) or self._index.parse(i)
        except InputError as exc:
            return DocumentSummary(
                f"line-{self._index.lines[i]}", INVALID, "", 0, str(exc.problems[0])
            )
        preview = " ".join(doc.text[:200].split())[:80]
        self._summaries[i] = DocumentSummary(doc.id, doc.status, preview, len(doc.spans))
        return self._summaries[i]

    def validate(self) -> list[Problem]:
        """Parse every line now (what `annotator validate` does); problems found, capped."""
        problems, more, _ = validate_index(self._index)
        if more:
            problems.append(Problem(str(self.path), None, f"... and {more} more problem(s)"))
        return problems

    # -- editing -------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """True when documents changed since the last save (their edits are in the journal meanwhile)."""
        return bool(self._dirty)

    def add_listener(self, callback: Listener) -> None:
        self._listeners.append(callback)

    def remove_listener(self, callback: Listener) -> None:
        self._listeners.remove(callback)

    def apply(self, i: int, edit: Edit) -> None:
        """Apply ``edit`` to document ``i`` and journal it; when this returns the edit survives a crash."""
        if self.readonly:
            raise SaveError(f"{self.path} is open read-only; it cannot be edited")
        doc = self[i]
        old_status = doc.status
        edit.apply(doc)  # SpanError here: nothing changed, nothing journalled
        try:
            if not self._journal.active:
                assert self._state is not None
                self._journal.start(self._state, self.path.name)
            self._journal.append(i, doc.id, edit.to_json())
        except SaveError:
            edit.inverse().apply(doc)
            raise
        self._dirty[i] = doc
        self._summaries.pop(i, None)
        if doc.status != old_status:
            self._counts = None
        introduced = _labels_introduced(edit)
        self._ensure_labels(introduced if introduced is not None else (s.label for s in doc.spans))
        for callback in list(self._listeners):
            callback(i, edit)

    # -- saving --------------------------------------------------------------

    def save(self, force: bool = False) -> None:
        """Write every change atomically; ChangedOnDiskError (nothing written) if the file changed since read."""
        if self.readonly:
            raise SaveError(f"{self.path} is open read-only; it cannot be saved")
        now = current_state(self.path, self._state)
        if not force and not _same(now, self._state):
            raise ChangedOnDiskError(
                f"{self.path} was {'deleted' if now is None else 'changed'} by another program since it was opened; "
                "saving would overwrite that. Reopen it to see the other changes, or save with force=True to "
                "overwrite (your unsaved edits are kept in the journal either way)"
            )
        if self._dirty or self._missing_ids() or not _same(now, self._state):
            self._rewrite()
        elif self._journal.active or self._journal.path.exists():
            self._journal.clear()  # nothing unsaved, so it holds no edit (a start killed before the first)
        if self._schema_changed:  # after the annotations: they matter more
            try:
                self.schema.save(self.schema_path)
            except SaveError as exc:
                raise SaveError(
                    f"the annotations were saved, but not the label schema: {exc}"
                ) from exc
            self._schema_changed = False

    def _missing_ids(self) -> list[int]:
        """Lines without an "id" of their own: re-serialised on save so their line-based ids become permanent."""
        if self._no_id is None:
            index, match = self._index, LINE_HEAD.match
            self._no_id = {
                i
                for i in range(len(index))
                if not match(index.data, index.starts[i], index.ends[i])
                and not line_has_id(index.raw(i))
            }
        return sorted(self._no_id)

    def _rewrite(self) -> None:
        """Save: copy runs of unchanged lines as whole slices, re-serialise changed documents only."""
        rewrite = dict(self._dirty)
        for i in self._missing_ids():
            try:
                rewrite.setdefault(i, self[i])
            except InputError:
                pass  # an unreadable line is copied back verbatim, never dropped
        new_index = self._index.splice({i: record_line_bytes(doc) for i, doc in rewrite.items()})
        self._write_file(new_index.file_bytes())
        self._journal.clear()
        self._index = new_index
        for i, doc in rewrite.items():
            self._weak[i] = doc
        self._no_id = set()
        self._dirty.clear()
        self._foreign_status.clear()

    def _write_file(self, file_bytes: bytes) -> None:
        out = AtomicFile(self.path)
        out.write(file_bytes)
        out.commit(
            before_replace=lambda: self._journal.mark_saving(out.size, out.sha256.hexdigest())
        )
        self._state = FileState(out.size, self.path.stat().st_mtime_ns, out.sha256.hexdigest())

    # -- closing -------------------------------------------------------------

    def close(self, discard: bool = False) -> None:
        """Release the lock; unsaved edits stay in the journal (replayed next time) unless ``discard``."""
        if discard and not self.readonly:
            self._journal.clear()
        self._journal.close()
        self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _labels_introduced(edit: Edit) -> list[str] | None:
    """Labels an edit of annotator.edits can bring into a document (a superset: every label it names); None if unknown.

    Lets apply() check a handful of names instead of every span of the document.
    """
    if type(edit).__module__ != "annotator.edits" or not hasattr(edit, "__dict__"):
        return None
    labels: list[str] = []
    for name, value in vars(edit).items():
        if isinstance(value, Span):
            labels.append(value.label)
        elif isinstance(value, tuple) and all(isinstance(v, Span) for v in value):
            labels.extend(v.label for v in value)
        elif name == "label" and isinstance(value, str):
            labels.append(value)
        elif not isinstance(value, (str, int)):
            return None  # something we do not know how to read: check the whole document
    return labels


def _same(a: FileState | None, b: FileState | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.size == b.size and a.sha256 == b.sha256
