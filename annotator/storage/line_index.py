"""The line index: where each document line of a JSONL file is, and its bytes since saves.

Made by ``storage.lines.load_index`` (through the one line scanner); a document is parsed
only when asked for. After a save, ``data`` stays the bytes as read and the lines the save
rewrote are kept in ``overlay``, so no save builds the whole file in memory (decision 0005).
"""

from __future__ import annotations

import bisect
import json
import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from annotator.model import Document
from annotator.storage.encoding import JSON_ESCAPE, UTF8, TextEncoding
from annotator.storage.records import document_from_line

_SPAN_LABEL = re.compile(rb'\{"start": \d+, "end": \d+, "label": ("(?:[^"\\]|\\.)*")')


@dataclass
class LineIndex:
    """A JSONL file as UTF-8 bytes, with where each document line starts and ends (no newline).

    ``data`` is the file's own bytes when it is UTF-8 (``base`` skips the BOM),
    else the text re-encoded as UTF-8; the bytes between two documents (newline,
    CR, blank lines) are copied back verbatim on save. ``starts``/``ends`` are
    positions in ``data``; lines rewritten by saves since (``overlay``) hold their new bytes
    there, and ``file_span`` gives where each line now is in the file on disk.
    """

    path: Path
    data: bytes
    base: int
    encoding: TextEncoding
    starts: array[int] = field(default_factory=lambda: array("q"))
    ends: array[int] = field(default_factory=lambda: array("q"))
    lines: array[int] = field(default_factory=lambda: array("q"))  # 1-based line numbers
    overlay: dict[int, bytes] = field(default_factory=dict)  # line -> its bytes since a save
    _moved: list[int] = field(default_factory=list)  # overlay's lines, in order
    _shift: list[int] = field(default_factory=lambda: [0])  # bytes gained before _moved[k]

    @classmethod
    def empty(cls, path: Path) -> LineIndex:
        """An index of no lines (a corpus before its file is read)."""
        return cls(path, b"", 0, UTF8)

    def __len__(self) -> int:
        return len(self.starts)

    def raw(self, i: int) -> bytes:
        body = self.overlay.get(i)
        return body if body is not None else self.data[self.starts[i] : self.ends[i]]

    def view(self, i: int) -> bytes | memoryview:
        """Line ``i``'s bytes without a copy (a view of ``data`` unless rewritten since)."""
        body = self.overlay.get(i)
        return body if body is not None else memoryview(self.data)[self.starts[i] : self.ends[i]]

    def parse(self, i: int) -> Document:
        return document_from_line(self.raw(i), self.path, self.lines[i])

    def shift_before(self, i: int) -> int:
        """How many bytes lines rewritten before line ``i`` added (the file vs ``data``)."""
        return self._shift[bisect.bisect_left(self._moved, i)] if self._moved else 0

    def file_span(self, i: int) -> tuple[int, int]:
        """Where line ``i`` is in the file as last written (UTF-8 files)."""
        start = self.starts[i] + self.shift_before(i)
        body = self.overlay.get(i)
        return start, start + (len(body) if body is not None else self.ends[i] - self.starts[i])

    @property
    def file_size(self) -> int:
        return len(self.data) + self._shift[-1]

    def pieces(self, bodies: dict[int, bytes]) -> list[tuple[int, int] | bytes]:
        """The file with lines ``bodies`` replaced: byte ranges of the file now, new bodies."""
        out: list[tuple[int, int] | bytes] = []
        cut = 0
        for i in sorted(bodies):
            start, end = self.file_span(i)
            if start > cut:
                out.append((cut, start))
            out.append(bodies[i])
            cut = end
        if self.file_size > cut:
            out.append((cut, self.file_size))
        return out

    def spliced(self, bodies: dict[int, bytes]) -> LineIndex:
        """This index once lines ``bodies`` were written: the same ``data``, a larger overlay."""
        overlay = {**self.overlay, **bodies}
        moved = sorted(overlay)
        shift = [0]
        for i in moved:
            shift.append(shift[-1] + len(overlay[i]) - (self.ends[i] - self.starts[i]))
        return LineIndex(
            self.path,
            self.data,
            self.base,
            self.encoding,
            self.starts,
            self.ends,
            self.lines,
            overlay,
            moved,
            shift,
        )

    def content(self) -> bytes:
        """The UTF-8 text with every rewritten line in place (built in memory: small files)."""
        return self.splice({}).data if self.overlay else self.data

    def splice(self, bodies: dict[int, bytes]) -> LineIndex:
        """A new index: line ``i`` holds ``bodies[i]``; runs of other lines are copied as slices."""
        bodies = {**self.overlay, **bodies}
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

        Characters a legacy codec lacks become JSON \\u escapes (in JSON they only occur
        in strings).
        """
        data = self.content()
        if self.encoding.is_utf8:
            return data
        text = data.decode("utf-8")
        return self.encoding.bom + text.encode(self.encoding.codec, JSON_ESCAPE)

    def span_labels(self, limit: int | None = None) -> Counter[str]:
        """Spans per label in lines we wrote (first ``limit`` bytes), by a regex: no parse.

        In order of first appearance.
        """
        end = len(self.data) if limit is None else min(len(self.data), self.base + limit)
        counts: Counter[str] = Counter()
        for label, n in Counter(_SPAN_LABEL.findall(self.data, self.base, end)).items():
            counts[json.loads(label)] += n
        return counts
