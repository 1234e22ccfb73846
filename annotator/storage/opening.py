"""Opening a corpus: which file holds the annotations; the lock, schema, line index and journal.

A ``.jsonl`` is its own annotations file; a ``.txt`` file or a folder of them keeps its
annotations in ``X.annotations.jsonl`` beside it (annotator.storage.sources), matched to
the texts by id. Everything is checked before anything is written: a bad line, a lock
held by a live process or a damaged journal stop the open with a message.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.display import escaped
from annotator.errors import InputError, LockFileError
from annotator.filekinds import LOOP, reading_problem, resolved
from annotator.model import Document
from annotator.schema import LabelSchema
from annotator.storage.digest import ContentDigest
from annotator.storage.fileio import state_of_bytes
from annotator.storage.journal import read_journal, replay, set_aside
from annotator.storage.lines import EXTENSIONS, load_index, read_index, validate_index
from annotator.storage.records import record_line_bytes
from annotator.storage.saving import write_file
from annotator.storage.sources import (
    SourceText,
    annotations_path_for,
    is_text_source,
    read_sources,
    reconcile,
)

if TYPE_CHECKING:
    from annotator.storage.corpus import Corpus

EAGER_VALIDATION_BYTES = 16 * 1024 * 1024  # files up to this size are fully checked on open
LAZY_UTF8_CHECK_BYTES = 8 * 1024 * 1024  # lazy open: UTF-8 and labels checked in this head only


def open_corpus(
    cls: type[Corpus],
    opened: Path,
    *,
    encoding: str | None,
    labels: str | Path | LabelSchema | None,
    readonly: bool,
    journal_fsync: bool,
    eager_limit: int | None,
) -> Corpus:
    """Open a .jsonl, a .txt or a folder of .txt files (see Corpus.open)."""
    if (problem := reading_problem(opened, folder=True)) is not None:
        raise InputError.single(opened, None, problem)
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
            "cannot open this kind of file: open a .jsonl annotations file, a .txt file or a "
            "folder of .txt files (convert other formats with annotator convert)",
        )
    try:
        annotations = resolved(annotations)  # save to the file a link leads to, not over it
    except OSError:
        raise InputError.single(annotations, None, LOOP) from None
    corpus = cls(annotations, opened, readonly=readonly, journal_fsync=journal_fsync)
    if not readonly:
        _lock_or_read_only(corpus)
    try:
        from_data = _load_schema(corpus, labels)
        if not corpus.readonly:
            _remove_dead_temp_files(corpus)
        limit = EAGER_VALIDATION_BYTES if eager_limit is None else eager_limit
        counts = _load(corpus, sources, ann_encoding, limit)
        for doc in corpus.dirty_documents.values():
            counts.update(s.label for s in doc.spans)
        if from_data:
            _schema_from_data(corpus, counts)
        corpus.ensure_labels(counts)
    except BaseException:
        corpus.journal.close()
        corpus.lock.release()
        raise
    return corpus


def _lock_or_read_only(corpus: Corpus) -> None:
    """Take the write lock, or open read-only (saying why) when nothing may be written.

    A file without write permission is never replaced (a rename would do it anyway), and in a
    folder we cannot write to neither the lock, the journal nor a save's temp file can be made.
    """
    path, folder = corpus.path, corpus.path.parent
    if os.path.exists(path) and not _writable(path):
        corpus.warnings.append(
            f"{path.name} is read-only (no write permission), so it was opened read-only: "
            "edits cannot be made or saved. To annotate it, make it writable, or copy it and "
            "open the copy."
        )
    elif not _writable(folder):
        corpus.warnings.append(
            _FOLDER_READ_ONLY.format(folder=escaped(str(folder)), name=path.name)
        )
    else:
        try:
            corpus.lock.acquire()
            return
        except LockFileError as exc:
            cause = exc.__cause__
            if not (isinstance(cause, OSError) and cause.errno in _NOT_WRITABLE):
                raise
        corpus.warnings.append(
            _FOLDER_READ_ONLY.format(folder=escaped(str(folder)), name=path.name)
        )
    corpus.readonly = True


_NOT_WRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)
_FOLDER_READ_ONLY = (
    "The folder {folder} cannot be written to (annotator keeps its lock, journal and temp "
    "files beside the file), so {name} was opened read-only: edits cannot be made or saved. "
    "To annotate it, copy it to a folder you can write to and open the copy."
)


def _writable(path: Path) -> bool:
    """Whether we may write ``path``: a write bit set (honoured even by root) and access."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(path, os.W_OK)


def _load_schema(corpus: Corpus, labels: str | Path | LabelSchema | None) -> bool:
    """The schema given or in its file; True when there is none (it comes from the data)."""
    if isinstance(labels, LabelSchema):
        corpus.schema = labels
        return False
    if labels is not None:
        corpus.schema_path = Path(labels)
    path = corpus.schema_path
    if path.exists() or path.is_symlink() and reading_problem(path) == LOOP:
        corpus.schema = LabelSchema.load(path)  # refuses a FIFO, a device or a loop
        return False
    corpus.schema = LabelSchema(())  # until the data is read (_schema_from_data)
    corpus.schema_changed = True  # written beside the annotations on the first save
    return True


def _schema_from_data(corpus: Corpus, counts: Counter[str]) -> None:
    """No schema file: the labels the data uses, most used first; none at all: the default.

    Never the default next to labelled data, or pressing p would make PERS spans beside
    hundreds of PER ones.
    """
    seen = Counter(counts)
    for name in corpus.schema.names:  # met while reading (journal replay, .txt sources)
        seen[name] += 0
    corpus.schema = LabelSchema.from_counts(seen) if seen else LabelSchema.default()


def _remove_dead_temp_files(corpus: Corpus) -> None:
    """Delete temp files of saves killed midway (annotations or schema); we hold the lock."""
    for target in (corpus.path, corpus.schema_path):
        for tmp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _load(
    corpus: Corpus, sources: list[SourceText] | None, encoding: str | None, eager_limit: int
) -> Counter[str]:
    """Read the file (or the sources); the spans per label seen (all, or in the file's head)."""
    path = corpus.path
    if not os.path.lexists(path):
        if sources is None:
            raise InputError.single(path, None, "no such file")
        # a journal without its file is set aside, never applied to a new one
        _check_journal(corpus, lambda: "")
        _install(corpus, [Document(s.id, s.text) for s in sources])
        return Counter()
    try:
        eager = path.stat().st_size <= eager_limit
    except OSError:
        eager = True  # read_index reports why the file cannot be read
    index = read_index(path, encoding, check_bytes=None if eager else LAZY_UTF8_CHECK_BYTES)
    corpus.use_index(index)
    raw = index.data if index.encoding.is_utf8 else path.read_bytes()
    corpus.digest = ContentDigest(raw, index if index.encoding.is_utf8 else None)
    corpus.disk_state = state_of_bytes(path, raw, corpus.digest)  # hashed while idle, or when due
    if eager:
        problems, more, seen = validate_index(index)
        if problems:
            raise InputError(problems, more=more)
    else:  # lazy: bad lines surface when their document is opened; `annotator validate` checks all
        seen = index.span_labels(LAZY_UTF8_CHECK_BYTES)  # the rest: as documents are read
    _check_journal(corpus, lambda: hashlib.sha256(raw).hexdigest())
    if sources is not None:
        _reconcile(corpus, sources)
    return seen


def _install(corpus: Corpus, docs: list[Document]) -> None:
    """Make ``docs`` the whole file (written atomically unless read-only); used for .txt sources."""
    data = b"".join(record_line_bytes(d) + b"\n" for d in docs)
    if not corpus.readonly:
        write_file(corpus, data)
        corpus.journal.clear()
    corpus.use_index(load_index(data, corpus.path))


def _check_journal(corpus: Corpus, sha256: Callable[[], str]) -> None:
    """Replay a journal that applies to the file as read; drop one a finished save made obsolete.

    ``sha256`` is the file's plain SHA-256, for a journal written before content digests.
    """
    journal = corpus.journal
    contents = read_journal(journal.path)
    if contents is None:
        return
    if contents.header is None:  # empty or torn header: killed while starting it, so no edit
        if not corpus.readonly:
            journal.clear()
        return
    if contents.applies_to(corpus.disk_state, sha256):
        restored = replay(contents, journal.path, corpus.__getitem__, len(corpus))
        corpus.restored(restored, len(contents.entries))
        if not corpus.readonly:
            journal.resume()
    elif contents.saved_as(corpus.disk_state, sha256):
        if not corpus.readonly:
            journal.clear()
    else:
        kept = "" if corpus.readonly else f" and the journal was kept as {set_aside(journal.path)}"
        corpus.warnings.append(
            f"{journal.path} holds {len(contents.entries)} unsaved edit(s) made to a different "
            f"version of {corpus.path.name}; they were not applied{kept}"
        )


def _reconcile(corpus: Corpus, sources: list[SourceText]) -> None:
    """Match .txt sources to stored records by id (sources.reconcile); rewrite if any was added."""
    ids = [corpus.id_of(i) for i in range(len(corpus))]
    docs = [corpus[i] for i in range(len(corpus))]
    lines = list(corpus.index.lines)
    merged, missing = reconcile(docs, lines, ids, sources, corpus.path.name)
    if missing:
        corpus.warnings.append(
            f"{len(missing)} annotated document(s) in {corpus.path.name} have no source file any "
            f"more and are kept: {', '.join(missing[:5])}"
        )
    if merged is not None:
        _install(corpus, merged)
