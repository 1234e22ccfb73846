"""Saving a corpus, atomically: unchanged lines copied byte for byte, changed ones re-serialised.

The file is written to a temp file beside it, fsynced and renamed over it
(annotator.storage.fileio); just before the rename the journal records the content
being installed, so a crash between the rename and clearing the journal is recognised
on the next open (docs/decisions/0006-journal-and-locking.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.display import escaped
from annotator.errors import ChangedOnDiskError, InputError, ReadOnlyError, SaveError
from annotator.model import Document
from annotator.storage.fileio import AtomicFile, FileState, current_state, state_after_write
from annotator.storage.records import LINE_HEAD, line_has_id, record_line_bytes
from annotator.storage.schema_file import save_schema

if TYPE_CHECKING:
    from annotator.storage.corpus import Corpus


def save(corpus: Corpus, *, force: bool = False) -> None:
    """Write every change; ChangedOnDiskError (nothing written) if the file changed since read."""
    name = escaped(str(corpus.path))
    if corpus.readonly:
        raise ReadOnlyError(f"{name} is open read-only; it cannot be saved")
    now = current_state(corpus.path, corpus.disk_state)
    if not force and not _same(now, corpus.disk_state):
        what = "deleted" if now is None else "changed"
        raise ChangedOnDiskError(
            f"{name} was {what} by another program since it was opened; saving would "
            "overwrite that. Reopen it to see the other changes, or overwrite it (in the "
            "window: answer Yes to the question; in Python: save(force=True)). Your unsaved "
            "edits are kept in the journal either way."
        )
    if corpus.dirty or _missing_ids(corpus) or not _same(now, corpus.disk_state):
        _rewrite(corpus)
    elif corpus.journal.active or corpus.journal.path.exists():
        # Nothing unsaved: the journal holds no edit (a start killed before the first)
        corpus.journal.clear()
    corpus.history.mark_clean()
    if corpus.schema_changed:  # after the annotations: they matter more
        try:
            save_schema(corpus.schema, corpus.schema_path)
        except SaveError as exc:
            raise SaveError(f"the annotations were saved, but not the label schema: {exc}") from exc
        corpus.schema_changed = False


def _missing_ids(corpus: Corpus) -> list[int]:
    """Lines without an "id" of their own: re-serialised on save so their ids become permanent."""
    if corpus.no_id is None:
        index, match = corpus.index, LINE_HEAD.match
        corpus.no_id = {
            i
            for i in range(len(index))
            if not match(index.data, index.starts[i], index.ends[i])
            and not line_has_id(index.raw(i))
        }
    return sorted(corpus.no_id)


def _rewrite(corpus: Corpus) -> None:
    """Copy runs of unchanged lines as whole slices, re-serialise changed documents only."""
    rewrite: dict[int, Document] = corpus.dirty_documents
    for i in _missing_ids(corpus):
        try:
            rewrite.setdefault(i, corpus[i])
        except InputError:
            pass  # an unreadable line is copied back verbatim, never dropped
    new_index = corpus.index.splice({i: record_line_bytes(doc) for i, doc in rewrite.items()})
    write_file(corpus, new_index.file_bytes())
    corpus.journal.clear()
    corpus.saved(new_index, rewrite)


def write_file(corpus: Corpus, file_bytes: bytes) -> None:
    """Replace the annotations file with ``file_bytes`` atomically and remember its new state."""
    out = AtomicFile(corpus.path)
    out.write(file_bytes)
    digest = out.sha256.hexdigest
    out.commit(before_replace=lambda: corpus.journal.mark_saving(out.size, digest()))
    corpus.disk_state = state_after_write(corpus.path, out.size, digest())


def _same(a: FileState | None, b: FileState | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.size == b.size and a.sha256 == b.sha256
