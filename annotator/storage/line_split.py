"""Cutting a JSONL file of short lines into lines with C-speed primitives (no Python per line).

Used by ``storage.lines.LineScan.index_arrays``, which decides what a line is (decision 0020):
this module only says where the newlines are, where a line ends before its CR and what each
line's first byte is.
"""

from __future__ import annotations

from array import array
from itertools import accumulate, repeat
from operator import add, eq, itemgetter, sub

SHORT_LINES_SAMPLE = 64 * 1024  # the head that tells short lines from long ones ...
SHORT_LINE_BYTES = 256  # ... (shorter on average: lines are cut by split, not found one by one)
SPLIT_CHUNK = 1 << 20  # bytes split into lines at a time
BYTES_AT_BATCH = 1 << 16  # line offsets looked up at a time (a tuple of this many arguments)


def short_lines(data: bytes, base: int) -> bool:
    """Whether a sample of the file's head holds lines shorter than SHORT_LINE_BYTES on average."""
    sample = min(SHORT_LINES_SAMPLE, len(data) - base)
    return data.count(b"\n", base, base + sample) * SHORT_LINE_BYTES >= sample


def newlines(data: bytes, base: int) -> array[int]:
    """Where each b"\n" from ``base`` on is: the lengths of the pieces ``split`` cuts, a chunk at
    a time (a line longer than a chunk: ``find``)."""
    stops, size, pos = array("q"), len(data), base
    while pos < size:
        cut = data.rfind(b"\n", pos, pos + SPLIT_CHUNK)
        if cut < 0:  # a line longer than a chunk, or the last line (no newline after it)
            if (cut := data.find(b"\n", pos)) < 0:
                break
            stops.append(cut)
        else:
            lengths = map(len, data[pos:cut].split(b"\n"))
            offsets = accumulate(map(add, lengths, repeat(1)), initial=pos - 1)
            next(offsets)  # the one before the chunk
            stops.extend(offsets)
        pos = cut + 1
    return stops


def line_ends(data: bytes, base: int, stops: array[int]) -> array[int]:
    """Where each line ends without the CR before its newline (or at the end of the file).

    Every newline after a CR (a Windows file): all at once; else a look at each line's last byte.
    An empty line's end is wrong (before its start): it is blank, never indexed.
    """
    size = len(data)
    newlines = len(stops) - (stops[-1] == size)
    if data.count(b"\r\n", base) == newlines:
        ends = array("q", map(add, stops, repeat(-1)))
        if stops[-1] == size and data[-1] != 13:
            ends[-1] = size  # the last line, without a newline or a CR
        return ends
    crs = map(eq, bytes_at(data, array("q", map(sub, stops, repeat(1)))), repeat(13))
    return array("q", map(sub, stops, crs))


def bytes_at(data: bytes, offsets: array[int]) -> bytes:
    """The byte at each offset, a C call per BYTES_AT_BATCH (itemgetter of many indices)."""
    out = bytearray()
    for k in range(0, len(offsets), BYTES_AT_BATCH):
        batch = offsets[k : k + BYTES_AT_BATCH]
        out += bytes(itemgetter(*batch)(data)) if len(batch) > 1 else data[batch[0] : batch[0] + 1]
    return bytes(out)
