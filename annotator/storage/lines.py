"""The native JSONL line scanner and the line index the corpus opens lazily.

LineScan is the one place that decides what a line of our JSONL is: lines end at b"\n" (a CR
before it belongs to the separator), blank lines (only spaces, tabs, CR, FF, VT) are allowed
anywhere and are not documents, a NUL byte makes the file binary, a line over MAX_LINE_BYTES
is refused, and a line that is not UTF-8 is named once (later ones are counted). The store's
index (load_index), the streaming reader (storage.stream) behind ``annotator convert``,
``validate`` and ``stats`` all read lines through it, so they agree on every line number and
message. A document is parsed only when asked for.
"""

from __future__ import annotations

import codecs
import mmap
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import compress, repeat
from operator import add, sub
from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.storage.encoding import (
    TextEncoding,
    check_readable,
    decode_with_encoding,
    file_error,
    sniff_encoding,
)
from annotator.storage.line_index import LineIndex
from annotator.storage.line_split import bytes_at, line_ends, newlines, short_lines
from annotator.storage.strict_json import UndecodableLineError, decode_line

MAX_LINE_BYTES = 256 * 1024 * 1024  # one document line above this is refused (never truncated)
MAX_PROBLEMS = 100  # problems collected per file before counting the rest
EXTENSIONS = (".jsonl", ".jsonlines", ".ndjson")
BLANK_BYTES = b" \t\r\f\v"  # a line of only these is blank: not a document, kept on save
NUL_WINDOW = 1 << 20  # NULs are looked for this far ahead (and progress told this often)
RELEASE_BYTES = 4 * 1024 * 1024  # mapped pages already scanned go back to the kernel this often
UTF8_CHECK_CHUNK = 1 << 20  # bytes checked as UTF-8 at a time (no decoded copy of the file)
_NOT_BLANK = re.compile(b"[^" + re.escape(BLANK_BYTES) + b"]")
_SUSPECT_HEAD = re.compile(b"[" + re.escape(BLANK_BYTES + b"\n") + b"]")  # blank or empty line?

# (1-based line number, start, end, problem): [start, end) is the line without CR LF;
# problem is None for a line that may be a document, else why it cannot be one.
ScannedLine = tuple[int, int, int, Problem | None]
OnBytes = Callable[[int], object]


def format_size(n: int) -> str:
    """A byte count as users read it in messages: "4,012 bytes" or "256 MB"."""
    return f"{n:,} bytes" if n < 1 << 20 else f"{n / (1 << 20):,.0f} MB"


def utf8_bytes(
    raw: bytes | mmap.mmap, path: Path, encoding: str | None = None
) -> tuple[bytes | mmap.mmap, int, TextEncoding]:
    """The bytes to scan, where the first line starts, and the file's encoding.

    A UTF-8 file is scanned as it is (after its BOM); UTF-16 or a named codec is decoded
    whole and re-encoded as UTF-8 (InputError if it cannot be). An empty file is an error.
    """
    enc = sniff_encoding(raw[:4], path, encoding)
    if len(raw) <= len(enc.bom):
        raise InputError.single(path, None, "the file is empty (no documents)")
    if enc.is_utf8:
        return raw, len(enc.bom), enc
    text, enc = decode_with_encoding(raw if isinstance(raw, bytes) else raw[:], path, encoding)
    return text.encode("utf-8"), 0, enc


class UndecodableLines:
    """Lines that are not UTF-8: the first is named with its bad byte, the others only counted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0

    def add(self, error: InputError) -> list[Problem]:
        """The problems to report for one more such line (none after the first)."""
        self.count += 1
        return error.problems if self.count == 1 else []

    def summary(self) -> list[Problem]:
        if self.count < 2:
            return []
        return [
            Problem(
                str(self.path),
                None,
                f"{self.count - 1} more line(s) are not valid UTF-8 either; "
                "pass the file's real encoding with --encoding",
            )
        ]


class LineScan:
    """One pass over a JSONL file's UTF-8 bytes: each non-blank line as a ScannedLine.

    Iterating yields every non-blank line in order; a line over ``max_line_bytes`` comes with
    its problem, and so does the first line holding a byte that is not UTF-8 before
    ``check_utf8_until`` (later ones are not yielded, only counted in ``closing_problems``).
    A NUL byte raises InputError: one message for a binary file, not one per "line". Over an
    mmap, pages already scanned are released as the scan goes: memory stays flat.
    """

    def __init__(
        self,
        data: bytes | mmap.mmap,
        start: int,
        path: Path,
        *,
        max_line_bytes: int | None = None,
        check_utf8_until: int = 0,
        on_bytes: OnBytes | None = None,
    ) -> None:
        self.data = data
        self.start = start
        self.path = path
        self.max_line_bytes = MAX_LINE_BYTES if max_line_bytes is None else max_line_bytes
        self.check_utf8_until = min(check_utf8_until, len(data))
        self.on_bytes = on_bytes
        self.non_blank = 0
        self.undecodable = UndecodableLines(path)
        self._reported = 0  # bytes passed to on_bytes
        self._released = 0  # mapped bytes handed back to the kernel

    def __iter__(self) -> Iterator[ScannedLine]:
        data, limit = self.data, self.max_line_bytes
        find, size = data.find, len(data)
        pos, number, non_blank = self.start, 0, 0
        horizon = pos  # bytes before this hold no NUL; past it, progress is due too
        bad = self._bad_utf8(pos)  # the next byte that is not UTF-8 (size + 1: none)
        while pos < size:
            nl = find(b"\n", pos)
            stop = size if nl < 0 else nl
            number += 1
            if stop > horizon:
                horizon = self._look_ahead(pos, stop, number)
            end = stop - 1 if stop > pos and data[stop - 1] == 13 else stop  # CR LF: CR excluded
            if pos < end and (data[pos] not in BLANK_BYTES or _NOT_BLANK.search(data, pos, end)):
                non_blank += 1
                if bad >= end and end - pos <= limit:
                    yield number, pos, end, None
                else:
                    if end - pos > limit:
                        yield number, pos, end, self._too_long(number, end - pos)
                    elif (problem := self._undecodable(number, pos, end)) is not None:
                        yield number, pos, end, problem
                    if bad < stop:
                        bad = self._bad_utf8(stop + 1)
            pos = stop + 1
        self.non_blank = non_blank
        self._look_ahead(size, size, number)

    def index_arrays(self) -> tuple[array[int], array[int], array[int]] | None:
        """The whole pass at once for a clean file: (starts, ends, line numbers) of its lines.

        The same lines iterating yields, for a file of short lines (a sample of its head says):
        they are cut by ``split`` a chunk at a time, and CR and blank lines are decided for all at
        once, with no Python per line. None for long lines (a ``find`` per line costs little next
        to them: iterating is as fast), when progress is to be reported, and when the file needs
        the line-by-line pass to say what is wrong (a NUL, a line over the limit, a byte that is
        not UTF-8 before ``check_utf8_until``, no document).
        """
        data, base, size = self.data, self.start, len(self.data)
        if not isinstance(data, bytes) or self.on_bytes is not None or base >= size:
            return None
        if not short_lines(data, base):
            return None  # a find per line costs little next to a long line: iterating is as fast
        if data.find(b"\0", base) >= 0 or self._bad_utf8(base) <= size:
            return None
        stops = newlines(data, base)
        starts = array("q", [base])
        starts.extend(map(add, stops, repeat(1)))
        if starts[-1] == size:
            starts.pop()  # the file ends with a newline: no line after it
        else:
            stops.append(size)
        ends = stops  # CR LF: the CR belongs to the separator (and a CR at the end of the file)
        if data.find(b"\r", base) >= 0:
            ends = line_ends(data, base, stops)
        if size - base > self.max_line_bytes and max(map(sub, ends, starts)) > self.max_line_bytes:
            return None
        numbers = array("q", range(1, len(starts) + 1))
        heads = bytes_at(data, starts)  # each line's first byte ("\n": an empty line)
        blank = [
            k
            for m in _SUSPECT_HEAD.finditer(heads)
            if not _NOT_BLANK.search(data, starts[k := m.start()], ends[k])
        ]
        if blank:
            keep = bytearray(b"\1") * len(starts)
            for k in blank:
                keep[k] = 0
            starts, ends, numbers = (array("q", compress(a, keep)) for a in (starts, ends, numbers))
        if not starts:
            return None
        self.non_blank = len(starts)
        return starts, ends, numbers

    def closing_problems(self) -> list[Problem]:
        """After the pass: how many more lines were not UTF-8, and a file with no document."""
        problems = self.undecodable.summary()
        if not self.non_blank:
            problems.append(
                Problem(str(self.path), None, "no documents: the file holds only blank lines")
            )
        return problems

    def _bad_utf8(self, begin: int) -> int:
        """The first byte from ``begin`` to check_utf8_until that is not UTF-8, else len + 1."""
        until, final = self.check_utf8_until, self.check_utf8_until == len(self.data)
        chunk = max(UTF8_CHECK_CHUNK, 4)  # a piece always holds one whole UTF-8 sequence
        while begin < until:
            piece = self.data[begin : min(begin + chunk, until)]
            if piece.isascii():
                begin += len(piece)
                continue
            try:
                _, used = codecs.utf_8_decode(piece, "strict", final and begin + chunk >= until)
            except UnicodeDecodeError as exc:
                return begin + exc.start
            if used == 0:
                break  # only a sequence cut at ``until`` is left
            begin += used  # a sequence cut at the piece's end starts the next piece
        return len(self.data) + 1

    def _undecodable(self, number: int, pos: int, end: int) -> Problem | None:
        """The problem to report for a line holding a byte that is not UTF-8 (None: counted)."""
        try:
            decode_line(self.data[pos:end], self.path, number)
        except UndecodableLineError as exc:
            shown = self.undecodable.add(exc)
            return shown[0] if shown else None
        return None  # pragma: no cover - the byte was found bad above

    def _too_long(self, number: int, size: int) -> Problem:
        return Problem(
            str(self.path),
            number,
            f"the line is {format_size(size)}, over the {format_size(self.max_line_bytes)} "
            "limit for one document; split it",
        )

    def _look_ahead(self, pos: int, stop: int, number: int) -> int:
        """Report progress, release pages before ``pos``, look for a NUL up to at least ``stop``.

        Returns the offset checked up to; a NUL raises InputError naming its line.
        """
        if self.on_bytes is not None and pos > self._reported:
            self.on_bytes(pos - self._reported)
            self._reported = pos
        if isinstance(self.data, mmap.mmap) and pos - self._released >= RELEASE_BYTES:
            self._released = _release(self.data, self._released, pos)
        window_end = min(len(self.data), max(stop, pos + NUL_WINDOW))
        nul = self.data.find(b"\0", pos, window_end)
        if nul < 0:
            return window_end
        raise InputError.single(
            self.path,
            number + _count_newlines(self.data, pos, nul),
            f"a NUL byte at offset {nul}: a binary file, not JSON lines "
            "(or UTF-16 without a byte-order mark: then pass --encoding utf-16-le)",
        )


def _count_newlines(data: bytes | mmap.mmap, begin: int, end: int) -> int:
    count = 0
    while (begin := data.find(b"\n", begin, end)) >= 0:
        count, begin = count + 1, begin + 1
    return count


def _release(mm: mmap.mmap, begin: int, end: int) -> int:
    """Tell the kernel the mapped pages before ``end`` are done with (re-read if needed again)."""
    page_end = end - end % mmap.PAGESIZE
    if page_end > begin and hasattr(mm, "madvise") and hasattr(mmap, "MADV_DONTNEED"):
        try:
            mm.madvise(mmap.MADV_DONTNEED, begin, page_end - begin)
        except (OSError, ValueError):
            return begin
        return page_end
    return begin


def take_problems(problems: list[Problem], error: InputError, limit: int = MAX_PROBLEMS) -> int:
    """Add ``error``'s problems to ``problems`` up to ``limit``; return how many did not fit."""
    room = max(limit - len(problems), 0)
    problems.extend(error.problems[:room])
    return len(error.problems) - min(room, len(error.problems)) + error.more


def load_index(
    raw: bytes,
    path: Path,
    encoding: str | None = None,
    *,
    max_line_bytes: int | None = None,
    check_bytes: int | None = None,
) -> LineIndex:
    """Index a JSONL file's bytes; InputError for encoding, NUL, empty or oversized lines.

    No record is parsed. UTF-8 is checked in the first ``check_bytes`` (all when None): a file
    in another encoding fails there; a stray bad byte further on surfaces when its line is parsed.
    """
    data, base, enc = utf8_bytes(raw, path, encoding)
    assert isinstance(data, bytes)
    if not enc.is_utf8:
        check_until = 0  # re-encoded by us: UTF-8 by construction
    else:
        check_until = len(data) if check_bytes is None else base + check_bytes
    scan = LineScan(data, base, path, max_line_bytes=max_line_bytes, check_utf8_until=check_until)
    if (found := scan.index_arrays()) is not None:  # a clean file: no per-line Python
        return LineIndex(path, data, base, enc, *found)
    starts, ends, lines = array("q"), array("q"), array("q")
    add_start, add_end, add_line = starts.append, ends.append, lines.append
    problems: list[Problem] = []
    for number, start, end, problem in scan:
        if problem is None:
            add_start(start)
            add_end(end)
            add_line(number)
        else:
            problems.append(problem)
    problems += scan.closing_problems()
    if problems:
        raise InputError(
            problems[:MAX_PROBLEMS],
            more=len(problems) - MAX_PROBLEMS if len(problems) > MAX_PROBLEMS else 0,
        )
    return LineIndex(path, data, base, enc, starts, ends, lines)


def validate_index(
    index: LineIndex, limit: int = MAX_PROBLEMS
) -> tuple[list[Problem], int, Counter[str]]:
    """Parse every line: (problems up to ``limit``, how many more, spans per label, in order)."""
    problems: list[Problem] = []
    more = 0
    labels: Counter[str] = Counter()
    undecodable = UndecodableLines(index.path)
    for i in range(len(index)):
        try:
            doc = index.parse(i)
        except UndecodableLineError as exc:
            more += take_problems(problems, InputError(undecodable.add(exc)), limit)
            continue
        except InputError as exc:
            more += take_problems(problems, exc, limit)
            continue
        labels.update(span.label for span in doc.spans)
    more += take_problems(problems, InputError(undecodable.summary()), limit)
    return problems, more, labels


def read_index(
    path: Path, encoding: str | None = None, *, check_bytes: int | None = None
) -> LineIndex:
    """Read and index a JSONL file; InputError if it cannot be read."""
    check_readable(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise file_error(path, exc, "JSONL file") from None
    return load_index(raw, path, encoding, check_bytes=check_bytes)
