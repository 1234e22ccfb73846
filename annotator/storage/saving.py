"""Saving a corpus, atomically: unchanged lines copied byte for byte, changed ones re-serialised.

Unchanged byte ranges go file to file (``os.copy_file_range``, else ``sendfile``, else reads
and writes: fileio.copy_range); only changed documents are serialised, and only the chunks
holding them are hashed again (storage.digest). The file is written to a temp file beside it,
fsynced and renamed over it
(annotator.storage.fileio); just before the rename the journal records the content
being installed, so a crash between the rename and clearing the journal is recognised
on the next open (docs/decisions/0006-journal-and-locking.md).
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

from annotator.display import escaped
from annotator.errors import ChangedOnDiskError, ReadOnlyError, SaveError
from annotator.model import Document
from annotator.storage.digest import ContentDigest, digest_of
from annotator.storage.fileio import AtomicFile, FileState, current_state, state_after_write
from annotator.storage.line_index import LineIndex
from annotator.storage.records import record_line_bytes
from annotator.storage.schema_file import save_schema

if TYPE_CHECKING:
    from annotator.storage.corpus import Corpus


def save(corpus: Corpus, *, force: bool = False) -> None:
    """Write every change; ChangedOnDiskError (nothing written) if the file changed since read."""
    name = escaped(str(corpus.path))
    if corpus.readonly:
        raise ReadOnlyError(f"{name} is open read-only; it cannot be saved")
    now = current_state(corpus.path, corpus.disk_state)
    same = _same(now, corpus.disk_state)
    if not force and not same:
        what = "deleted" if now is None else "changed"
        raise ChangedOnDiskError(
            f"{name} was {what} by another program since it was opened; saving would "
            "overwrite that. Reopen it to see the other changes, or overwrite it (in the "
            "window: answer Yes to the question; in Python: save(force=True)). Your unsaved "
            "edits are kept in the journal either way."
        )
    if corpus.dirty or not same:
        _rewrite(corpus, now if same else None)
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


def _rewrite(corpus: Corpus, disk: FileState | None) -> None:
    """Copy runs of unchanged lines from the file, re-serialise changed documents only.

    ``disk`` is the file as checked now when it is the one read; None (an overwrite the user
    asked for, or a file gone) writes everything from memory.
    """
    rewrite: dict[int, Document] = corpus.dirty_documents
    index = corpus.index
    facts = corpus.facts
    bodies = {i: _line(doc, facts.own_id(i) is not None) for i, doc in rewrite.items()}
    if not index.encoding.is_utf8 or disk is None:  # re-encoded, or overwriting: from memory
        new_index = index.splice(bodies)
        write_file(corpus, new_index.file_bytes())
        corpus.digest = None
    else:
        new_index = _write_spliced(corpus, index, bodies, disk)
    corpus.journal.clear(durable=False)  # the journal's save marker covers a lost deletion
    corpus.saved(new_index, rewrite)


def _write_spliced(
    corpus: Corpus, index: LineIndex, bodies: dict[int, bytes], disk: FileState
) -> LineIndex:
    """Write the file with lines ``bodies`` replaced, the rest copied file to file.

    Nothing the size of the file is built in memory; the digest rehashes only the chunks
    holding a changed line (storage.digest). The file copied from must still be the one read
    (size, mtime, inode, ctime) once copied, or the save is abandoned: ChangedOnDiskError.
    """
    digest = corpus.digest
    if digest is None or digest.index is not index:
        digest = ContentDigest(index.data, index)
    new_index = index.spliced(bodies)
    new_digest = digest.after_save(new_index)
    out = AtomicFile(corpus.path)
    try:
        source = os.open(corpus.path, os.O_RDONLY)
    except OSError as exc:
        out.discard()
        raise SaveError(f"cannot save {escaped(str(corpus.path))}: {exc.strerror or exc}") from exc
    try:
        before = os.fstat(source)
        for piece in index.pieces(bodies):
            if isinstance(piece, bytes):
                out.write(piece)
            else:
                out.copy_from(source, piece[0], piece[1] - piece[0])
        after = os.fstat(source)
    except BaseException:
        out.discard()  # whatever stopped the copy: no temp file left beside the corpus
        raise
    finally:
        os.close(source)
    seen = (disk.ino, disk.size, disk.mtime_ns, disk.ctime_ns)
    if not _identity(before) == _identity(after) == seen or after.st_size != index.file_size:
        out.discard()
        raise ChangedOnDiskError(
            f"{escaped(str(corpus.path))} changed on disk while it was being saved; nothing "
            "was written. Your unsaved edits are kept in the journal."
        )
    size, digest_now = out.size, new_digest.result()
    written = out.commit(before_replace=lambda: corpus.journal.mark_saving(size, digest_now))
    corpus.disk_state = state_after_write(corpus.path, size, digest_now, written)
    corpus.digest = new_digest
    return new_index


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


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
    digest = digest_of(file_bytes)
    written = out.commit(before_replace=lambda: corpus.journal.mark_saving(out.size, digest))
    corpus.disk_state = state_after_write(corpus.path, out.size, digest, written)


def _same(a: FileState | None, b: FileState | None) -> bool:
    if a is None or b is None or a is b:
        return a is b
    return a.size == b.size and a.digest == b.digest
