"""The write lock: ``<annotations>.lock`` names who has the file open for writing (pid, host, time).

Created with O_EXCL and held with ``fcntl.flock`` while open. The flock is what
proves the holder alive: the kernel drops it when the process dies (even by
SIGKILL, even if its pid is reused), so a lock file nobody flocks is stale and
is taken over. Where flock is missing (Windows) a dead pid on this host is the test.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from pathlib import Path
from typing import Self

from annotator.display import escaped
from annotator.errors import LockedError, LockFileError
from annotator.storage.fileio import open_regular

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path_for(annotations: Path) -> Path:
    return annotations.with_name(annotations.name + ".lock")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def _describe(info: dict[str, object]) -> str:
    when = info.get("time")
    since = (
        time.strftime("%Y-%m-%d %H:%M", time.localtime(when))
        if isinstance(when, (int, float))
        else "an unknown time"
    )
    return f"process {info.get('pid', '?')} on {info.get('host', '?')} (since {since})"


class FileLock:
    """An exclusive write lock on one annotations file.

    acquire() raises LockedError naming the holder.
    """

    def __init__(self, annotations: Path) -> None:
        self.annotations = annotations
        self.path = lock_path_for(annotations)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        for _ in range(10):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                if self._take_over_stale():
                    return
                continue
            except OSError as exc:
                raise LockFileError(
                    f"cannot create the lock file {escaped(str(self.path))}: {exc.strerror or exc}"
                ) from exc
            if self._hold(fd):
                return
        raise LockedError(
            f"{escaped(str(self.annotations))} is being opened by another process right now; "
            "try again"
        )

    def _hold(self, fd: int) -> bool:
        """flock ``fd``, write our identity if it is still the file at our path; False to retry."""
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
        try:
            same = os.fstat(fd).st_ino == os.lstat(self.path).st_ino
        except FileNotFoundError:
            same = False
        if not same:  # the holder removed it between our open and flock
            os.close(fd)
            return False
        info = {"pid": os.getpid(), "host": socket.gethostname(), "time": time.time()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(info) + "\n").encode(), 0)
        os.fsync(fd)
        self._fd = fd
        return True

    @staticmethod
    def _read_info(fd: int) -> dict[str, object]:
        try:
            os.lseek(fd, 0, os.SEEK_SET)  # (no os.pread on Windows)
            info = json.loads(os.read(fd, 4096).decode("utf-8"))
            return info if isinstance(info, dict) else {}
        except (OSError, ValueError, RecursionError):
            return {}

    def _take_over_stale(self) -> bool:
        """Take an existing lock file if its holder is dead; raise LockedError if it is alive."""
        try:
            fd = open_regular(self.path, os.O_RDWR)  # never through a symlink, never a FIFO
        except FileNotFoundError:
            return False  # released meanwhile: retry creating it
        except OSError as exc:
            raise LockFileError(
                f"cannot use the lock file {escaped(str(self.path))}: {exc.strerror or exc}"
            ) from None
        info = self._read_info(fd)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise LockedError(self._locked_message(info)) from None
            except OSError:
                fcntl_works = False
            else:
                fcntl_works = True
            if (
                fcntl_works
            ):  # nobody holds it: the writer died; take it (after re-checking the inode)
                return self._hold(fd)
        pid = info.get("pid")
        if (
            info.get("host") == socket.gethostname()
            and isinstance(pid, int)
            and not _pid_alive(pid)
        ):
            return self._hold(fd)
        os.close(fd)
        raise LockedError(self._locked_message(info))

    def _locked_message(self, info: dict[str, object]) -> str:
        return (
            f"{escaped(str(self.annotations))} is already open for writing by "
            f"{escaped(_describe(info))}. Close it there first, or open it read-only. "
            f"If that process is gone, delete {escaped(str(self.path))}."
        )

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # unlink while still flocked: a waiter re-checks the inode
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
