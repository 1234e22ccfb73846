"""Reading native JSONL in one streaming pass: ``annotator convert``, ``validate`` and ``stats``.

A UTF-8 file is memory-mapped and scanned by lines.LineScan, which hands the pages it has
passed back to the kernel, and each line is parsed and dropped: memory stays flat on a 150 MB
file. UTF-16 or a named legacy codec is decoded whole and re-encoded first, as the store does.
Lines, checks and messages are the store's own (lines.LineScan, records.document_from_line).
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from annotator.errors import InputError, Problem
from annotator.model import Document
from annotator.storage.encoding import check_readable, file_error
from annotator.storage.lines import LineScan, OnBytes, take_problems, utf8_bytes
from annotator.storage.record_codec import document_from_bytes
from annotator.storage.record_counts import Counted, counted_from_bytes
from annotator.storage.strict_json import UndecodableLineError

T = TypeVar("T")


def scan_documents(
    path: Path, encoding: str | None = None, on_bytes: OnBytes | None = None
) -> Iterator[tuple[int, Document] | InputError]:
    """Each document with its line number, in order, and an InputError where one could not be read.

    ``on_bytes`` is told how many more bytes of the file were read, now and then.
    """
    return _scan(path, encoding, on_bytes, document_from_bytes)


def scan_counted(
    path: Path, encoding: str | None = None, on_bytes: OnBytes | None = None
) -> Iterator[tuple[int, Document | Counted] | InputError]:
    """scan_documents for counting (validate, stats): a Counted where the line proves clean.

    Every other line is read in full, with the same Document or the same problems.
    """
    return _scan(path, encoding, on_bytes, counted_or_document)


def counted_or_document(raw: bytes, path: Path, line: int) -> Document | Counted:
    """record_counts.counted_from_bytes, else the full reader's Document or InputError."""
    counted = counted_from_bytes(raw)
    return document_from_bytes(raw, path, line) if counted is None else counted


def _scan(
    path: Path,
    encoding: str | None,
    on_bytes: OnBytes | None,
    read: Callable[[bytes, Path, int], T],
) -> Iterator[tuple[int, T] | InputError]:
    try:
        with _mapped(path) as raw:
            data, base, enc = utf8_bytes(raw, path, encoding)
            if not enc.is_utf8 and on_bytes is not None:
                on_bytes(len(raw))  # decoded whole: read at once
            scan = LineScan(data, base, path, on_bytes=on_bytes if enc.is_utf8 else None)
            for number, start, end, problem in scan:
                if problem is not None:
                    yield InputError(problem)
                    continue
                try:
                    doc = read(data[start:end], path, number)
                except UndecodableLineError as exc:
                    if shown := scan.undecodable.add(exc):
                        yield InputError(shown)
                    continue
                except InputError as exc:
                    yield exc
                    continue
                yield number, doc
            if closing := scan.closing_problems():
                yield InputError(closing)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield file_error(path, exc, "JSONL file")


def read_documents(
    path: Path,
    encoding: str | None = None,
    on_bytes: OnBytes | None = None,
    *,
    skip_bad: bool = False,
) -> Iterator[Document]:
    """Every document of a native JSONL file, streamed; InputError after the last line if any fails.

    Every problem is collected (capped at MAX_PROBLEMS) and no document is yielded after the
    first, so a consumer that writes atomically (annotator convert) never commits a partial
    result; with ``skip_bad`` the good documents are all yielded and the InputError at the end
    lists the lines left out.
    """
    problems: list[Problem] = []
    more = 0
    for item in scan_documents(path, encoding, on_bytes):
        if isinstance(item, InputError):
            more += take_problems(problems, item)
        elif skip_bad or not problems:
            yield item[1]
    if problems:
        raise InputError(problems, more=more)


@contextmanager
def _mapped(path: Path) -> Iterator[bytes | mmap.mmap]:
    """The file's bytes, memory-mapped read-only (read whole where it cannot be mapped)."""
    check_readable(path)
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            yield b""
            return
        try:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # not mappable (a pipe, some network file systems)
            yield f.read()
            return
        with mapped:
            yield mapped
