"""Atomic file writes and file identity: a save fully replaces the file or leaves it untouched.

Write a temp file in the same folder, flush, fsync, ``os.replace`` over the
target, fsync the folder. Any OSError (disk full, permission denied) removes
the temp file and raises SaveError saying why; the previous file is intact.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from annotator.errors import SaveError


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable.

    A no-op where folders cannot be opened (e.g. Windows).
    """
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


class AtomicFile:
    """A temp file beside ``path`` that becomes ``path`` on commit(); discard() drops it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.sha256 = hashlib.sha256()
        self.size = 0
        try:
            fd, tmp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
            )
        except OSError as exc:
            raise SaveError(
                f"cannot save {self.path}: cannot create a file in {self.path.parent}: {_why(exc)}"
            ) from exc
        self.tmp = Path(tmp)
        self._file: BinaryIO = os.fdopen(fd, "wb")

    def write(self, data: bytes | memoryview) -> None:
        """Write bytes, hashed as they go: the new file's identity is known without re-reading."""
        try:
            self._file.write(data)
        except OSError as exc:
            self.discard()
            raise SaveError(
                f"cannot save {self.path}: {_why(exc)}; the previous file is unchanged"
            ) from exc
        self.sha256.update(data)
        self.size += len(data)

    def commit(self, before_replace: Callable[[], None] | None = None) -> None:
        """Flush, fsync, (run ``before_replace``), replace the target, fsync the folder."""
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            _copy_mode(self.path, self.tmp)
            if before_replace is not None:
                before_replace()
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.discard()
            raise SaveError(
                f"cannot save {self.path}: {_why(exc)}; the previous file is unchanged"
            ) from exc
        except BaseException:
            self.discard()
            raise
        fsync_dir(self.path.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink()


def _copy_mode(target: Path, tmp: Path) -> None:
    """Keep the permission bits of the file being replaced (mkstemp creates 0600)."""
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[AtomicFile]:
    """Write to the yielded AtomicFile; on a clean exit it replaces ``path`` atomically."""
    target = AtomicFile(Path(path))
    try:
        yield target
    except BaseException:
        target.discard()
        raise
    target.commit()


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, or raise SaveError leaving it intact."""
    with atomic_writer(path) as out:
        out.write(data)


@dataclass(frozen=True)
class FileState:
    """What a file was when we read it: size, mtime_ns and SHA-256 of its bytes."""

    size: int
    mtime_ns: int
    sha256: str

    def to_json(self) -> dict[str, object]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}


def state_of_bytes(path: Path, data: bytes) -> FileState:
    """The state of ``path`` whose content ``data`` was just read (stat taken now)."""
    st = path.stat()
    return FileState(len(data), st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def current_state(path: Path, known: FileState | None = None) -> FileState | None:
    """The file's state now (None if missing).

    Reuses ``known``'s hash when size and mtime are unchanged.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    if known is not None and st.st_size == known.size and st.st_mtime_ns == known.mtime_ns:
        return known
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 22), b""):
            digest.update(block)
    return FileState(st.st_size, st.st_mtime_ns, digest.hexdigest())
