"""The native JSONL line index: where each document line starts and ends, for lazy opening.

Lines are found in the raw bytes (one ``bytes.find`` per line, no parsing); a
document is parsed only when asked for. Blank (empty or white-space-only) lines
are allowed anywhere, are not documents, and are kept byte for byte on save.
"""

from __future__ import annotations

import json
import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.model import Document
from annotator.storage.encoding import (
    JSON_ESCAPE,
    UTF8,
    TextEncoding,
    check_utf8_chunks,
    decode_with_encoding,
    file_error,
    sniff_encoding,
)
from annotator.storage.records import document_from_line

MAX_LINE_BYTES = (
    256 * 1024 * 1024
)  # one document line above this is refused (say so, never truncate)
MAX_PROBLEMS = 100  # problems collected per file before counting the rest
EXTENSIONS = (".jsonl", ".jsonlines", ".ndjson")
_SPAN_LABEL = re.compile(rb'\{"start": \d+, "end": \d+, "label": ("(?:[^"\\]|\\.)*")')
_BLANK = b" \t\r\f\v"


@dataclass
class LineIndex:
    """A JSONL file as UTF-8 bytes, with where each document line starts and ends (no newline).

    ``data`` is the file's own bytes when it is UTF-8 (``base`` skips the BOM),
    else the text re-encoded as UTF-8; the bytes between two documents (newline,
    CR, blank lines) are copied back verbatim on save.
    """

    path: Path
    data: bytes
    base: int
    encoding: TextEncoding
    starts: array[int] = field(default_factory=lambda: array("q"))
    ends: array[int] = field(default_factory=lambda: array("q"))
    lines: array[int] = field(default_factory=lambda: array("q"))  # 1-based line numbers

    @classmethod
    def empty(cls, path: Path) -> LineIndex:
        """An index of no lines (a corpus before its file is read)."""
        return cls(path, b"", 0, UTF8)

    def __len__(self) -> int:
        return len(self.starts)

    def raw(self, i: int) -> bytes:
        return self.data[self.starts[i] : self.ends[i]]

    def parse(self, i: int) -> Document:
        return document_from_line(self.raw(i), self.path, self.lines[i])

    def splice(self, bodies: dict[int, bytes]) -> LineIndex:
        """A new index whose lines ``i`` hold ``bodies[i]``; other lines are copied as slices."""
        view = memoryview(self.data)
        pieces: list[bytes | memoryview] = []
        starts, ends = array("q", self.starts), array("q", self.ends)
        cut, shift = 0, 0  # bytes before ``cut`` are placed; later old offsets move by ``shift``
        order = sorted(bodies)
        for j, i in enumerate(order):
            s, e = self.starts[i], self.ends[i]
            pieces += (view[cut:s], bodies[i])
            starts[i], ends[i] = s + shift, s + shift + len(bodies[i])
            shift += len(bodies[i]) - (e - s)
            for k in range(i + 1, order[j + 1] if j + 1 < len(order) else len(self)):
                starts[k] += shift
                ends[k] += shift
            cut = e
        pieces.append(view[cut:])
        data = b"".join(pieces)
        return LineIndex(self.path, data, self.base, self.encoding, starts, ends, self.lines)

    def file_bytes(self) -> bytes:
        """The bytes to write: ``data`` itself for UTF-8, else re-encoded with the BOM in front.

        Characters a legacy codec lacks become JSON \\u escapes (in JSON they only occur in
        strings).
        """
        if self.encoding.is_utf8:
            return self.data
        text = self.data.decode("utf-8")
        return self.encoding.bom + text.encode(self.encoding.codec, JSON_ESCAPE)

    def span_labels(self, limit: int | None = None) -> Counter[str]:
        """Spans per label in lines we wrote (in the first ``limit`` bytes), by a regex: no parse.

        In order of first appearance.
        """
        end = len(self.data) if limit is None else min(len(self.data), self.base + limit)
        counts: Counter[str] = Counter()
        for label, n in Counter(_SPAN_LABEL.findall(self.data, self.base, end)).items():
            counts[json.loads(label)] += n
        return counts


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < 1 << 20 else f"{n / (1 << 20):,.0f} MB"


def _index(
    data: bytes, base: int, path: Path, max_line_bytes: int
) -> tuple[array[int], array[int], array[int], list[Problem]]:
    starts, ends, lines = array("q"), array("q"), array("q")
    problems: list[Problem] = []
    pos, line, size = base, 1, len(data)
    find = data.find
    while pos < size:
        nl = find(b"\n", pos)
        stop = size if nl < 0 else nl
        end = (
            stop - 1 if stop > pos and data[stop - 1] == 13 else stop
        )  # a CR before LF is a separator
        first = data[pos] if pos < end else 32
        if first not in _BLANK or data[pos:end].strip(_BLANK):
            if end - pos > max_line_bytes:
                problems.append(
                    Problem(
                        str(path),
                        line,
                        f"the line is {_size(end - pos)}, over the {_size(max_line_bytes)} limit "
                        "for one document; split it",
                    )
                )
            starts.append(pos)
            ends.append(end)
            lines.append(line)
        pos, line = stop + 1, line + 1
    return starts, ends, lines, problems


def load_index(
    raw: bytes,
    path: Path,
    encoding: str | None = None,
    *,
    max_line_bytes: int | None = None,
    check_bytes: int | None = None,
) -> LineIndex:
    """Index a JSONL file's bytes; InputError for encoding, NUL, empty or oversized lines.

    No record is parsed.

    UTF-8 is checked in the first ``check_bytes`` (all when None): a file in another
    encoding fails there; a stray bad byte further on surfaces when its line is parsed.
    """
    max_line_bytes = MAX_LINE_BYTES if max_line_bytes is None else max_line_bytes
    enc = sniff_encoding(raw, path, encoding)
    if enc.is_utf8:
        base = len(enc.bom)
        if len(raw) == base:
            raise InputError.single(path, None, "the file is empty (no documents)")
        if (nul := raw.find(b"\0")) >= 0:
            line = raw.count(b"\n", 0, nul) + 1
            raise InputError.single(
                path,
                line,
                f"a NUL byte at offset {nul}: a binary file, not JSON lines "
                "(or UTF-16 without a byte-order mark: then pass --encoding utf-16-le)",
            )
        check_utf8_chunks(
            raw, path, start=base, end=None if check_bytes is None else base + check_bytes
        )
        data = raw
    else:
        text, enc = decode_with_encoding(raw, path, encoding)
        data, base = text.encode("utf-8"), 0
    starts, ends, lines, problems = _index(data, base, path, max_line_bytes)
    if problems:
        raise InputError(
            problems[:MAX_PROBLEMS],
            more=len(problems) - MAX_PROBLEMS if len(problems) > MAX_PROBLEMS else 0,
        )
    if not starts:
        raise InputError.single(path, None, "no documents: the file holds only blank lines")
    return LineIndex(path, data, base, enc, starts, ends, lines)


def validate_index(
    index: LineIndex, limit: int = MAX_PROBLEMS
) -> tuple[list[Problem], int, Counter[str]]:
    """Parse every line: (problems up to ``limit``, how many more, spans per label).

    Labels are in order of first appearance.
    """
    problems: list[Problem] = []
    more = 0
    labels: Counter[str] = Counter()
    for i in range(len(index)):
        try:
            doc = index.parse(i)
        except InputError as exc:
            room = max(limit - len(problems), 0)
            problems.extend(exc.problems[:room])
            more += len(exc.problems) - min(room, len(exc.problems)) + exc.more
            continue
        labels.update(span.label for span in doc.spans)
    return problems, more, labels


def read_index(
    path: Path, encoding: str | None = None, *, check_bytes: int | None = None
) -> LineIndex:
    """Read and index a JSONL file; InputError if it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise file_error(path, exc, "JSONL file") from None
    return load_index(raw, path, encoding, check_bytes=check_bytes)
