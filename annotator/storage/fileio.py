"""Atomic file writes and file identity: a save fully replaces the file or leaves it untouched.

Write a temp file in the same folder, flush, fsync, ``os.replace`` over the
target, fsync the folder. Any OSError (disk full, permission denied) removes
the temp file and raises SaveError saying why; the previous file is intact.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from annotator.display import escaped
from annotator.errors import SaveError
from annotator.filekinds import LOOP, is_stream, kind, resolved


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


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for its other end
SYMLINK = (
    "it is a symbolic link, and annotator never follows one to its lock or journal "
    "(that could overwrite the file it points to); delete the link"
)


def _refuse_special(path: Path, mode: int) -> None:
    if stat.S_ISLNK(mode):
        raise OSError(errno.ELOOP, SYMLINK, str(path))
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, f"it is {kind(mode)}, not a regular file; delete it", str(path))


def open_regular(path: Path, flags: int, mode: int = 0o644) -> int:
    """``os.open`` for our own files beside the annotations (the lock, the journal).

    A symlink is never followed (O_NOFOLLOW) and only a regular file is opened: a link, a
    FIFO or a device raises OSError whose ``strerror`` says what the path is.
    """
    try:
        _refuse_special(path, os.lstat(path).st_mode)
    except FileNotFoundError:
        pass
    try:
        fd = os.open(path, flags | _NOFOLLOW | _NONBLOCK, mode)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK) and os.path.islink(path):
            raise OSError(errno.ELOOP, SYMLINK, str(path)) from None
        raise
    try:
        _refuse_special(path, os.fstat(fd).st_mode)  # replaced between lstat and open
    except OSError:
        os.close(fd)
        raise
    return fd


class AtomicFile:
    """A temp file beside ``path`` that becomes ``path`` on commit(); discard() drops it.

    A symlink is written through: the temp file goes beside the file it leads to and replaces
    that file, the link stays. A character device or a FIFO (``/dev/null``, a pipe) is written
    to directly and never replaced. A file without write permission is never replaced.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.tmp: Path | None = None
        name = escaped(str(self.path))
        try:
            self.target = resolved(self.path)
        except OSError:
            raise SaveError(f"cannot save {name}: it is {LOOP}") from None
        if is_stream(self.target):  # never replaced: written to as it is, no temp file
            try:
                fd = os.open(self.target, os.O_WRONLY)
            except OSError as exc:
                raise SaveError(f"cannot write to {name}: {_why(exc)}") from exc
        else:
            fd = self._temp_file(name)
        self._file: BinaryIO = os.fdopen(fd, "wb")

    def _temp_file(self, name: str) -> int:
        """Create the temp file beside the target (O_EXCL, never through a symlink)."""
        try:
            check_replaceable(self.target)
        except OSError as exc:
            raise SaveError(f"cannot save {name}: {_why(exc)}") from exc
        folder = self.target.parent
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise SaveError(
                f"cannot save {name}: cannot create a file in {escaped(str(folder))}: {_why(exc)}"
            ) from exc
        self.tmp = Path(tmp)
        return fd

    def write(self, data: bytes | memoryview) -> None:
        """Write bytes, hashed as they go: the new file's identity is known without re-reading."""
        try:
            self._file.write(data)
        except OSError as exc:
            self.discard()
            raise SaveError(
                f"cannot save {escaped(str(self.path))}: {_why(exc)}; "
                "the previous file is unchanged"
            ) from exc
        self.sha256.update(data)
        self.size += len(data)

    def commit(self, before_replace: Callable[[], None] | None = None) -> None:
        """Flush, fsync, (run ``before_replace``), replace the target, fsync the folder."""
        try:
            self._file.flush()
            if self.tmp is None:  # a device or a pipe: flushed is all it can be
                self._file.close()
                return
            os.fsync(self._file.fileno())
            self._file.close()
            _copy_mode(self.target, self.tmp)
            if before_replace is not None:
                before_replace()
            os.replace(self.tmp, self.target)
        except OSError as exc:
            self.discard()
            raise SaveError(
                f"cannot save {escaped(str(self.path))}: {_why(exc)}; "
                "the previous file is unchanged"
            ) from exc
        except BaseException:
            self.discard()
            raise
        fsync_dir(self.target.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                self.tmp.unlink()


def check_replaceable(target: Path) -> None:
    """OSError unless ``target`` is missing or a regular file we may write (root included)."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(st.st_mode):
        raise OSError(errno.EINVAL, f"it is {kind(st.st_mode)}, not a file")
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise OSError(errno.EACCES, "it is read-only (no write permission); it is never replaced")


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
