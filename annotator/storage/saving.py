"""Saving a corpus, atomically: unchanged lines copied byte for byte, changed ones re-serialised.

The file is written to a temp file beside it, fsynced and renamed over it
(annotator.storage.fileio); just before the rename the journal records the content
being installed, so a crash between the rename and clearing the journal is recognised
on the next open (docs/decisions/0006-journal-and-locking.md).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from annotator.display import escaped
from annotator.errors import ChangedOnDiskError, ReadOnlyError, SaveError
from annotator.model import Document
from annotator.storage.fileio import AtomicFile, FileState, current_state, state_after_write
from annotator.storage.records import line_has_id, record_line_bytes
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
    if corpus.dirty or not _same(now, corpus.disk_state):
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


def _rewrite(corpus: Corpus) -> None:
    """Copy runs of unchanged lines as whole slices, re-serialise changed documents only."""
    rewrite: dict[int, Document] = corpus.dirty_documents
    index = corpus.index
    bodies = {i: _line(doc, line_has_id(index.raw(i))) for i, doc in rewrite.items()}
    new_index = index.splice(bodies)
    write_file(corpus, new_index.file_bytes())
    corpus.journal.clear()
    corpus.saved(new_index, rewrite)


def _line(doc: Document, own_id: bool) -> bytes:
    """The document's line; with no "id" when its line had none (its id is its line number).

    Ids are never added: written into edited lines only, a ``line-N`` id could later collide
    with the line-number id of another line once lines move.
    """
    body = record_line_bytes(doc)
    head = b'{"id": ' + json.dumps(doc.id).encode("ascii") + b", "
    return body if own_id or not body.startswith(head) else b"{" + body[len(head) :]


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
