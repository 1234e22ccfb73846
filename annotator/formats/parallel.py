"""``--jobs N``: a big file read as pieces of whole lines by N processes, results taken in order.

The file is cut into pieces of about PIECE_BYTES, each ending just after a line break
(``cut_points``); worker processes read a piece each and give back a small result; the
caller takes the results in the file's order (``ordered``), so what it prints or writes
is the same whatever N is. Workers are forked where the platform allows it (no imports
to repeat), else spawned.

The callers keep one rule that makes ``--jobs N`` give the same bytes as ``--jobs 1``: a
piece whose result is not exactly what the one-process pass would have given at that
place (a bad line, whose message counts lines across the whole file; a state the previous
piece ended in) makes them run the plain pass instead. Bad files are rare and small; they
cost one more pass, never a different answer.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from annotator.storage.encoding import sniff_encoding

PIECE_BYTES = 8 << 20  # a worker's share at a time: big enough to amortise the hand-over
AUTO_MIN_BYTES = 32 << 20  # --jobs auto uses one process for files smaller than this
AUTO = 0  # the value of --jobs auto

T = TypeVar("T")
R = TypeVar("R")


def parse_jobs(text: str) -> int:
    """``--jobs`` as given: a count of processes (1 or more) or ``auto`` (AUTO)."""
    if text.strip().lower() == "auto":
        return AUTO
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 1:
        raise ValueError(f"--jobs takes a number of processes (1 or more) or auto, not {text!r}")
    return value


def available_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def effective_jobs(jobs: int, size: int) -> int:
    """How many processes to use: ``jobs``, or for AUTO the CPUs when the file is big."""
    if jobs != AUTO:
        return jobs
    return available_cpus() if size >= AUTO_MIN_BYTES else 1


def utf8_start(path: Path, encoding: str | None) -> int | None:
    """Where the lines of a UTF-8 file start (after its BOM); None if it is not read as UTF-8.

    Only UTF-8 files are cut into pieces: a legacy codec or UTF-16 is decoded whole anyway.
    """
    with open(path, "rb") as f:
        head = f.read(4)
    try:
        enc = sniff_encoding(head, path, encoding)
    except Exception:  # noqa: BLE001 - the plain pass reports it with its own message
        return None
    return len(enc.bom) if enc.is_utf8 else None


def cut_points(
    path: Path,
    start: int,
    piece_bytes: int | None = None,
    boundary: Callable[[bytes, int], int] | None = None,
) -> list[tuple[int, int]]:
    """Pieces ``[a, b)`` of the file from ``start``, each ending just after a line break.

    ``boundary(window, i)`` may move a cut forward: given the bytes around a candidate cut
    (``window``, starting at the candidate) it returns how far into it the piece should end
    instead (-1: no place in this window; the next window is tried).
    """
    piece_bytes = piece_bytes or PIECE_BYTES
    size = os.path.getsize(path)
    points = [start]
    with open(path, "rb") as f:
        pos = start
        while pos + piece_bytes < size:
            cut = pos + piece_bytes
            found = -1
            while found < 0 and cut < size:
                f.seek(cut)
                window = f.read(1 << 16)
                if not window:
                    break
                nl = window.find(b"\n")
                if nl >= 0 and boundary is not None:
                    found = boundary(window, nl + 1)
                elif nl >= 0:
                    found = nl + 1
                if found < 0:
                    cut += len(window)
            if found < 0:
                break
            pos = cut + found
            points.append(pos)
    if points[-1] < size:
        points.append(size)
    return list(itertools.pairwise(points))


def read_piece(path: Path, start: int, end: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(start)
        return f.read(end - start)


def _context() -> Any:
    import multiprocessing  # here: every `annotator` start imports this module, few use it

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def ordered(work: Callable[[T], R], tasks: Iterable[T], jobs: int) -> Iterator[R]:
    """``work(task)`` for every task in ``jobs`` processes, results in the tasks' order.

    Stopping the iteration early cancels the tasks not started yet.
    """
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
    try:
        yield from pool.map(work, tasks)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
