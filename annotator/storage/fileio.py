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
import time
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


RACY_NS = 2_000_000_000  # a file changed this close to when we looked may change unseen


@dataclass(frozen=True)
class FileState:
    """What a file was when we read it: size, mtime_ns and SHA-256 of its bytes.

    ``ino`` and ``ctime_ns`` tell a file replaced or rewritten in place (another program can
    restore the mtime, never the ctime); ``checked_ns`` is when we looked (see ``unchanged``).
    """

    size: int
    mtime_ns: int
    sha256: str
    ino: int = 0
    ctime_ns: int = 0
    checked_ns: int = 0

    def to_json(self) -> dict[str, object]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    def unchanged(self, st: os.stat_result) -> bool:
        """True when ``st`` shows the very file we hashed: its hash need not be read again.

        Size, mtime, inode and ctime must all match, and the ctime must be older than when
        we looked by more than any file system's timestamp granularity: a file changed in
        the same clock tick as our read would keep its ctime, so then we hash again.
        """
        return (
            st.st_size == self.size
            and st.st_mtime_ns == self.mtime_ns
            and st.st_ino == self.ino
            and st.st_ctime_ns == self.ctime_ns
            and self.checked_ns - self.ctime_ns > RACY_NS
        )


def _state(st: os.stat_result, size: int, sha256: str) -> FileState:
    return FileState(size, st.st_mtime_ns, sha256, st.st_ino, st.st_ctime_ns, time.time_ns())


def state_of_bytes(path: Path, data: bytes) -> FileState:
    """The state of ``path`` whose content ``data`` was just read (stat taken now)."""
    return _state(path.stat(), len(data), hashlib.sha256(data).hexdigest())


def state_after_write(path: Path, size: int, sha256: str) -> FileState:
    """The state of ``path`` just written by us with ``size`` bytes hashing to ``sha256``."""
    return _state(path.stat(), size, sha256)


def current_state(path: Path, known: FileState | None = None) -> FileState | None:
    """The file's state now (None if missing).

    Reuses ``known``'s hash only when ``known.unchanged`` says the file is the one it saw;
    otherwise the file is hashed again.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    if known is not None and known.unchanged(st):
        return known
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 22), b""):
            digest.update(block)
    return _state(st, st.st_size, digest.hexdigest())
