"""The identity of an annotations file's content, updated in proportion to what a save changed.

The file is cut after every CHUNK_LINES-th newline; each chunk gets its SHA-256, and the
file's digest is the SHA-256 of those, written ``c1024-sha256:HEX`` (never equal to a plain
SHA-256). A save rewrites whole lines and never adds or removes a newline, so the chunks it did
not touch keep their digests: hashing after a save costs the changed chunks (~1 MB each), not
the file. Opening hashes the chunks in slices from idle time (``advance``); whoever needs the
digest first (the journal's header, a save) finishes it (``result``). The journal names the
file by this digest (docs/decisions/0006-journal-and-locking.md).
"""

from __future__ import annotations

import bisect
import hashlib
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from annotator.storage.line_index import LineIndex

CHUNK_LINES = 1024
PREFIX = f"c{CHUNK_LINES}-sha256:"


def digest_of(data: bytes) -> str:
    """The digest of a file's whole content (what a reader computes from the bytes alone)."""
    return ContentDigest(data).result()


def digest_of_stream(stream: BinaryIO, block: int = 1 << 22) -> tuple[int, str]:
    """(size, digest) of what ``stream`` holds, read ``block`` bytes at a time: the same digest
    as ``digest_of`` without the whole file in memory."""
    chunks: list[bytes] = []
    hasher, lines, pending, size = hashlib.sha256(), 0, 0, 0
    while data := stream.read(block):
        size += len(data)
        view, start, pos = memoryview(data), 0, 0
        while (nl := data.find(b"\n", pos)) >= 0:
            pos, lines = nl + 1, lines + 1
            if lines == CHUNK_LINES:
                hasher.update(view[start:pos])
                chunks.append(hasher.digest())
                hasher, lines, pending, start = hashlib.sha256(), 0, 0, pos
        hasher.update(view[start:])
        pending += len(data) - start
    if pending:
        chunks.append(hasher.digest())
    return size, PREFIX + hashlib.sha256(b"".join(chunks)).hexdigest()


class ContentDigest:
    """Chunk digests of ``data`` (with ``index``'s rewritten lines in place, if given).

    ``bounds`` are where chunks start in ``data`` (found as the hashing goes); ``chunks`` their
    digests, None where a save changed the chunk since.
    """

    def __init__(
        self,
        data: bytes,
        index: LineIndex | None = None,
        bounds: list[int] | None = None,
        chunks: list[bytes | None] | None = None,
    ) -> None:
        self.data = data
        self.index = index
        self.bounds = [0] if bounds is None else bounds
        self.chunks: list[bytes | None] = [] if chunks is None else chunks
        self._result: str | None = None

    @property
    def complete(self) -> bool:
        return self.bounds[-1] >= len(self.data) and None not in self.chunks

    def advance(self, count: int = 1) -> bool:
        """Hash up to ``count`` more chunks; True once every chunk is known."""
        for _ in range(count):
            k = self._next_missing()
            if k is None:
                return True
            self.chunks[k] = self._hash_chunk(k)
        return self.complete

    def result(self) -> str:
        """The digest (hashing whatever is still missing now)."""
        if self._result is None:
            while not self.advance(64):
                pass
            self._result = (
                PREFIX + hashlib.sha256(b"".join(c or b"" for c in self.chunks)).hexdigest()
            )
        return self._result

    def after_save(self, index: LineIndex) -> ContentDigest:
        """The digest of the file once ``index``'s new overlay lines were written over this one."""
        chunks = list(self.chunks)
        old = self.index.overlay if self.index is not None else {}
        for i, body in index.overlay.items():
            if old.get(i) is not body:
                k = bisect.bisect_right(self.bounds, index.starts[i]) - 1
                if k < len(chunks):
                    chunks[k] = None
        return ContentDigest(self.data, index, list(self.bounds), chunks)

    def _next_missing(self) -> int | None:
        try:
            return self.chunks.index(None)
        except ValueError:
            pass
        data, begin = self.data, self.bounds[-1]
        if begin >= len(data):
            return None
        find, pos = data.find, begin
        for _ in range(CHUNK_LINES):
            nl = find(b"\n", pos)
            if nl < 0:
                pos = len(data)
                break
            pos = nl + 1
        self.bounds.append(pos)
        self.chunks.append(None)
        return len(self.chunks) - 1

    def _hash_chunk(self, k: int) -> bytes:
        begin, end = self.bounds[k], self.bounds[k + 1]
        view = memoryview(self.data)
        hasher = hashlib.sha256()
        index = self.index
        if index is not None and index.overlay:
            moved = index._moved
            lo = bisect.bisect_left(index.starts, begin)
            hi = bisect.bisect_left(index.starts, end)
            for i in moved[bisect.bisect_left(moved, lo) : bisect.bisect_left(moved, hi)]:
                hasher.update(view[begin : index.starts[i]])
                hasher.update(index.overlay[i])
                begin = index.ends[i]
        hasher.update(view[begin:end])
        return hasher.digest()
