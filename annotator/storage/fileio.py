"""Atomic file writes and file identity: a save fully replaces the file or leaves it untouched.

Write a temp file in the same folder, flush, fsync, ``os.replace`` over the
target, fsync the folder. Any OSError (disk full, permission denied) removes
the temp file and raises SaveError saying why; the previous file is intact.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from annotator.display import escaped
from annotator.errors import SaveError
from annotator.filekinds import LOOP, is_stream, kind, resolved
from annotator.storage.digest import digest_of, digest_of_stream


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
        """Write bytes at the end of the new file."""
        try:
            self._file.write(data)
        except OSError as exc:
            raise self._failed(exc) from exc
        self.size += len(data)

    def copy_from(self, source: int, offset: int, count: int) -> None:
        """Append ``count`` bytes of file ``source`` from ``offset``, file to file."""
        try:
            self._file.flush()
            copy_range(source, self._file.fileno(), offset, count)
        except OSError as exc:
            raise self._failed(exc) from exc
        self.size += count

    def _failed(self, exc: OSError) -> SaveError:
        """A write or copy failed: the temp file goes, the target stays as it was."""
        self.discard()
        return SaveError(
            f"cannot save {escaped(str(self.path))}: {_why(exc)}; the previous file is unchanged"
        )

    def commit(self, before_replace: Callable[[], None] | None = None) -> os.stat_result | None:
        """Flush, fsync, (run ``before_replace``), replace the target, fsync the folder.

        Returns the temp file's fstat once written (None for a device or a pipe).
        """
        try:
            self._file.flush()
            if self.tmp is None:  # a device or a pipe: flushed is all it can be
                self._file.close()
                return None
            os.fsync(self._file.fileno())
            written = os.fstat(self._file.fileno())
            self._file.close()
            _copy_mode(self.target, self.tmp)
            if before_replace is not None:
                before_replace()
            os.replace(self.tmp, self.target)
        except OSError as exc:
            raise self._failed(exc) from exc
        except BaseException:
            self.discard()
            raise
        fsync_dir(self.target.parent)
        return written

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                self.tmp.unlink()


# How copy_range copies, best first; a way the system lacks is dropped for the process.
COPY_WAYS: list[str] = [way for way in ("copy_file_range", "sendfile") if hasattr(os, way)] + [
    "read_write"
]
_REFUSED = (
    errno.EXDEV,
    errno.ENOSYS,
    errno.EINVAL,
    errno.EOPNOTSUPP,
    errno.ENOTSUP,
    errno.ENOTSOCK,
)
# the system has no such call: never try it again (the others refuse only this pair of files,
# e.g. across file systems or into a pipe, and the next copy may be fine)
_LACKING = (errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP)
COPY_BLOCK = 1 << 24  # bytes per read and write when the kernel cannot copy


def copy_range(source: int, dest: int, offset: int, count: int) -> None:
    """Append ``count`` bytes of ``source`` from ``offset`` at ``dest``'s position, in the kernel.

    ``os.copy_file_range`` (Linux; may share the blocks on btrfs/XFS), else ``os.sendfile``,
    else reads and writes. OSError if ``source`` ends too soon or a write fails.
    """
    end = offset + count
    ways = list(COPY_WAYS)
    while offset < end:
        way = ways[0]
        try:
            done = _copy_once(way, source, dest, offset, min(end - offset, 1 << 30))
        except OSError as exc:
            if way == "read_write" or exc.errno not in _REFUSED:
                raise
            ways.remove(way)  # a refused call copied nothing: the next way goes on
            if exc.errno in _LACKING and way in COPY_WAYS:
                COPY_WAYS.remove(way)
            continue
        if done == 0:
            raise OSError(errno.EIO, "the file being copied ended too soon (changed on disk?)")
        offset += done


def _copy_once(way: str, source: int, dest: int, offset: int, count: int) -> int:
    if way == "copy_file_range":
        return os.copy_file_range(source, dest, count, offset)
    if way == "sendfile":
        return os.sendfile(dest, source, offset, count)
    block = os.pread(source, min(count, COPY_BLOCK), offset)
    view = memoryview(block)
    while view:
        view = view[os.write(dest, view) :]
    return len(block)


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
# CLOCK_REALTIME_COARSE (Linux's number; Python does not name it): the clock file times come from
_COARSE = 5 if sys.platform.startswith("linux") else None
SETTLE_TRIES = 10  # waits of ~1 ms for the file clock to tick past a fresh ctime


class Digest(Protocol):
    """A content digest still being computed (annotator.storage.digest.ContentDigest)."""

    def result(self) -> str: ...


@dataclass(frozen=True)
class FileState:
    """What a file was when we read it: size, mtime_ns and the digest of its bytes.

    ``content`` is the digest (storage.digest), or what computes it on first use (``digest``).
    ``ino`` and ``ctime_ns`` tell a file replaced or rewritten in place (another program can
    restore the mtime, never the ctime); ``checked_ns`` is when we looked and ``settled`` says
    the kernel's file clock had already ticked past the ctime then (see ``unchanged``).
    """

    size: int
    mtime_ns: int
    content: str | Digest
    ino: int = 0
    ctime_ns: int = 0
    checked_ns: int = 0
    settled: bool = False

    @property
    def digest(self) -> str:
        return self.content if isinstance(self.content, str) else self.content.result()

    def to_json(self) -> dict[str, object]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "digest": self.digest}

    def unchanged(self, st: os.stat_result) -> bool:
        """True when ``st`` shows the very file we hashed: its hash need not be read again.

        Size, mtime, inode and ctime must all match, and no later change may keep the ctime:
        either the kernel's file clock had ticked past it when we looked (``settled``: a
        nanosecond file system on Linux, where file times come from CLOCK_REALTIME_COARSE),
        or the ctime is older than when we looked by more than any file system's timestamp
        granularity. A file changed in the same clock tick as our read would keep its ctime,
        so otherwise we hash again.
        """
        return (
            st.st_size == self.size
            and st.st_mtime_ns == self.mtime_ns
            and st.st_ino == self.ino
            and st.st_ctime_ns == self.ctime_ns
            and (self.settled or self.checked_ns - self.ctime_ns > RACY_NS)
        )


def _settled(st: os.stat_result) -> bool:
    """Whether any later change of the file must get another ctime than ``st``'s.

    True once the coarse clock the kernel stamps files with is past the ctime, on a file
    system keeping nanoseconds (one keeping seconds, or FAT's 2 s, would round a later
    change down to the same ctime; so would any system without that clock).
    """
    if _COARSE is None or st.st_ctime_ns % 1_000_000 == 0:
        return False
    return time.clock_gettime_ns(_COARSE) > st.st_ctime_ns


def _state(st: os.stat_result, size: int, content: str | Digest) -> FileState:
    settled = _settled(st)
    return FileState(
        size, st.st_mtime_ns, content, st.st_ino, st.st_ctime_ns, time.time_ns(), settled
    )


def state_of_bytes(path: Path, data: bytes, content: str | Digest | None = None) -> FileState:
    """The state of ``path`` whose content ``data`` was just read (stat taken now).

    ``content`` computes the digest later (while idle); by default it is computed now.
    """
    return _state(path.stat(), len(data), digest_of(data) if content is None else content)


def state_after_write(
    path: Path, size: int, content: str | Digest, written: os.stat_result | None = None
) -> FileState:
    """The state of ``path`` just written by us: ``size`` bytes whose digest is ``content``.

    ``written`` is the temp file's fstat before the rename: the same inode, size and mtime
    must be found now, else another program wrote meanwhile and the state is left unsettled
    (the next save hashes the file again). A fresh ctime is waited on (up to a few ms) until
    the file clock ticks past it, so a change right after the save cannot keep it.
    """
    st = path.stat()
    for _ in range(SETTLE_TRIES):
        if _settled(st) or _COARSE is None:
            break
        time.sleep(0.001)
    state = _state(st, size, content)
    if written is not None and (written.st_ino, written.st_size, written.st_mtime_ns) != (
        st.st_ino,
        st.st_size,
        st.st_mtime_ns,
    ):
        return FileState(size, st.st_mtime_ns, content, st.st_ino, st.st_ctime_ns, 0, False)
    return state


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
    with open(path, "rb") as f:
        size, digest = digest_of_stream(f)  # a block at a time: never the whole file in memory
    return _state(st, size, digest)
