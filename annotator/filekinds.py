"""What a path names before it is read: a regular file, a folder, or something never to read.

Reading a FIFO waits for a writer that may never come, and a device never ends (``/dev/zero``
fills memory), so every reader asks ``reading_problem`` before it opens a file. A symlink loop
and a symlink to a missing file get their own words instead of "no such file". The answers
are plain sentences without the path: callers put them into a Problem or an error that
names (and escapes) the path.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

LOOP = "a symlink loop (the link leads back to itself)"
MISSING = "no such file or folder"


def kind(mode: int) -> str:
    """What ``st_mode`` describes, as a user reads it: "a FIFO (named pipe)", "a folder"..."""
    if stat.S_ISREG(mode):
        return "a file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def stat_problem(path: str | Path, exc: OSError) -> str:
    """Why ``path`` could not be looked at: missing, a symlink loop, a dangling link, or why."""
    if exc.errno == errno.ELOOP:
        return LOOP
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if os.path.islink(path):
            return f"a symlink to {os.readlink(path)!r}, which does not exist"
        return MISSING
    return f"cannot read it: {exc.strerror or exc}"


def reading_problem(path: str | Path, *, folder: bool = False) -> str | None:
    """Why ``path`` cannot be read as a file (or as a folder, when ``folder``); None if it can.

    Symlinks are followed (to a file they are fine); a FIFO, a device or a socket is refused
    before anything opens it.
    """
    try:
        st = os.stat(path)
    except OSError as exc:
        return stat_problem(path, exc)
    if stat.S_ISREG(st.st_mode) or (folder and stat.S_ISDIR(st.st_mode)):
        return None
    if stat.S_ISDIR(st.st_mode):
        return "is a folder, not a file"
    return (
        f"is {kind(st.st_mode)}, not a regular file: annotator reads only regular files "
        "(copy the data into a file first)"
    )


def is_stream(path: str | Path) -> bool:
    """True for a character device or a FIFO: written to directly, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def resolved(path: Path) -> Path:
    """The file a symlink leads to (``path`` itself if it is none); OSError(ELOOP) for a loop."""
    if not path.is_symlink():
        return path
    try:
        return path.resolve(strict=False)
    except RuntimeError:  # Python < 3.13 says "Symlink loop" this way
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path)) from None
