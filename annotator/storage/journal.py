"""The edit journal: every edit between saves, flushed (and fsynced) before it is acknowledged.

File ``<annotations>.journal``, JSON lines:
  header  ``{"journal": 1, "annotations": NAME, "size", "mtime_ns", "digest"}``
          — the file state it applies to (storage/digest.py; journals written before it name
          the file by ``"sha256"``, the plain SHA-256 of its bytes, and are still read);
  edit    ``{"i": doc index, "id": doc id, "edit": Edit.to_json()}`` — one transaction of one step;
  steps   ``{"steps": [{"i", "id", "edit"}, ...]}`` — one transaction over several documents
          (a whole line or nothing: a kill mid-write tears the line and the transaction is
          not applied);
  marker  ``{"saving": {"size", "digest"}}`` (or ``"sha256"``) — written just before a save
          replaces the file, so a crash between that replace and clearing the journal is
          recognised (the file already holds the edits).
A last line without its newline was torn by a kill mid-write and is ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.display import escaped
from annotator.edits import edit_from_json
from annotator.errors import InputError, SaveError, SpanError
from annotator.history import Transaction
from annotator.model import Document
from annotator.storage.fileio import FileState, fsync_dir, open_regular

JOURNAL_VERSION = 1
_ASIDE = "move the journal aside to open the file without its unsaved edits"


def journal_path_for(annotations: Path) -> Path:
    return annotations.with_name(annotations.name + ".journal")


@dataclass
class JournalContents:
    """What a journal file holds.

    Its header, complete edit entries, save markers, and whether the tail was torn.
    """

    header: dict[str, Any] | None = None
    entries: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (journal line, entry)
    saving: list[dict[str, Any]] = field(default_factory=list)
    torn: bool = False

    def applies_to(self, state: FileState | None, sha256: Callable[[], str]) -> bool:
        """True when the header names exactly this content (size and hash; mtime is informative).

        ``sha256`` gives the file's plain SHA-256, for a journal that names the file by it.
        """
        if self.header is None or state is None:
            return False
        return _names(self.header, state, sha256)

    def saved_as(self, state: FileState | None, sha256: Callable[[], str]) -> bool:
        """True if a save marker names this content: the save finished, the journal is obsolete."""
        return state is not None and any(_names(m, state, sha256) for m in self.saving)


def _names(entry: dict[str, Any], state: FileState, sha256: Callable[[], str]) -> bool:
    """Whether a header or marker names the content ``state`` describes."""
    if entry.get("size") != state.size:
        return False
    if "digest" in entry:
        return bool(entry["digest"] == state.digest)
    return "sha256" in entry and entry["sha256"] == sha256()


def read_journal(path: Path) -> JournalContents | None:
    """Parse a journal file (None if there is none); InputError if a complete line is not valid."""
    try:
        fd = open_regular(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError.single(
            path, None, f"cannot read the edit journal: {exc.strerror or exc}"
        ) from None
    with os.fdopen(fd, "rb") as f:
        data = f.read()
    out = JournalContents()
    lines = data.split(b"\n")
    if lines and lines[-1] != b"":
        out.torn = True  # killed mid-append: that edit was never acknowledged
    for number, raw in enumerate(lines[:-1], 1):
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError):  # not JSON, not UTF-8, a 5,000-digit number
            raise InputError.single(
                path,
                number,
                "the edit journal is damaged (line is not valid JSON); "
                "move the journal aside to open the file without its unsaved edits",
            ) from None
        if number == 1:
            if not isinstance(obj, dict) or obj.get("journal") != JOURNAL_VERSION:
                raise InputError.single(
                    path, 1, "not an edit journal of this version; move it aside"
                )
            out.header = obj
        elif isinstance(obj, dict) and "saving" in obj:
            out.saving.append(obj["saving"])
        elif (
            isinstance(obj, dict)
            and {"i", "id", "edit"} <= obj.keys()
            or isinstance(obj, dict)
            and isinstance(obj.get("steps"), list)
        ):
            out.entries.append((number, obj))
        else:
            raise InputError.single(
                path, number, "unexpected entry in the edit journal; move it aside"
            )
    return out


def _steps(entry: dict[str, Any]) -> list[dict[str, Any]]:
    steps = entry.get("steps")
    return [s for s in steps if isinstance(s, dict)] if isinstance(steps, list) else [entry]


def replay(
    contents: JournalContents, path: Path, document: Callable[[int], Document], count: int
) -> dict[int, Document]:
    """Apply every journalled edit to its document; the changed documents by index.

    An entry that does not fit (unknown index, another document id, an edit that
    cannot apply) is an InputError naming the journal line: nothing is guessed.
    """
    changed: dict[int, Document] = {}
    for line, entry in contents.entries:
        for step in _steps(entry):
            i, doc_id = step.get("i"), step.get("id")
            if not isinstance(i, int) or not 0 <= i < count:
                raise InputError.single(
                    path, line, f"names document {i!r}, which does not exist; {_ASIDE}"
                )
            doc = changed.get(i) or document(i)
            if doc.id != doc_id:
                raise InputError.single(
                    path,
                    line,
                    f"names document {doc_id!r} but document {i} is {doc.id!r}; {_ASIDE}",
                )
            try:
                edit_from_json(step["edit"]).apply(doc)
            except (SpanError, KeyError, TypeError) as exc:
                raise InputError.single(
                    path, line, f"cannot replay the edit ({exc}); {_ASIDE}"
                ) from None
            changed[i] = doc
    return changed


def set_aside(path: Path) -> Path:
    """Rename a journal made for another version of its file, keeping it for manual recovery."""
    aside = path.with_name(f"{path.name}.stale-{time.strftime('%Y%m%d-%H%M%S')}")
    os.replace(path, aside)
    return aside


class Journal:
    """Appends edits to the journal file.

    ``fsync=True`` makes each one survive power loss, not only a crash.
    """

    def __init__(self, path: Path, *, fsync: bool = True) -> None:
        self.path = path
        self.fsync = fsync
        self._fd: int | None = None

    @property
    def active(self) -> bool:
        return self._fd is not None

    def _write(self, obj: dict[str, Any]) -> None:
        """Append one line; on failure cut back to where it started.

        So no torn line stays in the middle of the file.
        """
        assert self._fd is not None
        data = (json.dumps(obj, ensure_ascii=True) + "\n").encode("ascii")
        start = os.lseek(self._fd, 0, os.SEEK_END)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            if self.fsync:
                os.fsync(self._fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, start)
            raise SaveError(
                f"cannot record the edit in {escaped(str(self.path))}: {exc.strerror or exc}; "
                "the edit was not applied"
            ) from exc

    def resume(self) -> None:
        """Keep appending to an existing journal (after it was replayed on open)."""
        try:
            self._fd = open_regular(self.path, os.O_RDWR | os.O_APPEND)
        except OSError as exc:
            raise SaveError(
                f"cannot open the edit journal {escaped(str(self.path))}: {exc.strerror or exc}"
            ) from exc
        # Cut a torn tail so the next entry starts on its own line.
        os.lseek(self._fd, 0, os.SEEK_SET)  # appends still go to the end (O_APPEND)
        data = os.read(self._fd, os.fstat(self._fd).st_size)
        if data and not data.endswith(b"\n"):
            os.ftruncate(self._fd, data.rfind(b"\n") + 1)

    def start(self, state: FileState, annotations_name: str) -> None:
        """Begin a fresh journal for the file in ``state`` (the header names it)."""
        self.close()
        try:
            self._fd = open_regular(
                self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644
            )
        except OSError as exc:
            raise SaveError(
                f"cannot create the edit journal {escaped(str(self.path))}: {exc.strerror or exc}"
            ) from exc
        try:
            self._write(
                {"journal": JOURNAL_VERSION, "annotations": annotations_name, **state.to_json()}
            )
        except SaveError:
            self.clear()  # a journal without its header must not stay behind
            raise
        fsync_dir(self.path.parent)

    def append(self, steps: list[tuple[int, str, dict[str, Any]]]) -> None:
        """Record one transaction (index, doc id, edit JSON per step) as one line.

        Returns only after it is written (and fsynced when ``fsync``).
        """
        entries = [{"i": i, "id": doc_id, "edit": edit} for i, doc_id, edit in steps]
        self._write(entries[0] if len(entries) == 1 else {"steps": entries})

    def append_transaction(
        self, transaction: Transaction, state: FileState | None, annotations: Path
    ) -> None:
        """Record a corpus transaction, starting the journal for ``state`` if it is not yet."""
        if not self.active:
            if state is None:
                raise SaveError(f"{escaped(str(annotations))} was never read: nothing to journal")
            self.start(state, annotations.name)
        self.append([(s.index, s.doc_id, s.edit.to_json()) for s in transaction.steps])

    def mark_saving(self, size: int, digest: str) -> None:
        """Note the content a save will install (always fsynced: it orders the crash recovery)."""
        if self._fd is None:
            return
        fsync, self.fsync = self.fsync, True
        try:
            self._write({"saving": {"size": size, "digest": digest}})
        finally:
            self.fsync = fsync

    def clear(self, *, durable: bool = True) -> None:
        """Delete the journal after a successful save.

        ``durable=False`` after a save whose marker is in the journal: should the deletion be
        lost, the next open finds the marker and deletes it then (no folder fsync needed).
        """
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        if durable:
            fsync_dir(self.path.parent)

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
