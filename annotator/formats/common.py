"""Helpers every format module may share: streaming text lines, warnings, progress, offset checks.

Complements ``annotator.formats._shared`` (problem log, JSON helpers): the same
conventions hold — problems become one InputError per file (capped); warnings
(kept but worth knowing) are ``Problem`` items appended to the list the caller
passes as ``options["warnings"]``; a reader may call ``options["progress"](bytes_read)``
so ``annotator convert`` can draw a progress bar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NamedTuple

from annotator.errors import InputError, Problem
from annotator.formats.registry import Options
from annotator.storage.encoding import TextEncoding, file_error, sniff_encoding

__all__ = [
    "LineChunk",
    "TextLine",
    "TextStream",
    "drift_message",
    "open_text_stream",
    "progress",
    "warn",
]

PROBLEM_CAP = 200
CHUNK_CHARS = (
    1 << 16
)  # characters read at a time by TextStream.line_chunks (small: flat memory, warm caches)


def warn(options: Options, path: str | Path, line: int | None, message: str) -> None:
    """Report something kept but worth knowing (a malformed tag, a span that cannot be written)."""
    sink = options.get("warnings")
    if isinstance(sink, list):
        sink.append(Problem(str(path), line, message))


def progress(options: Options, position: int) -> None:
    """Tell the caller how many bytes of the input have been read (for a progress bar)."""
    callback = options.get("progress")
    if callable(callback):
        callback(position)


# -- streaming text --------------------------------------------------------------------------------


class TextLine(NamedTuple):
    """One line of a text file: 1-based number, content without its ending, the ending ("\\n", "\\r\\n", "\\r" or "")."""

    number: int
    content: str
    ending: str


@dataclass
class TextStream:
    """An open text file read line by line, decoded exactly, with the encoding it was found in."""

    path: Path
    encoding: TextEncoding
    handle: IO[str]

    def position(self) -> int:
        """Bytes consumed so far (read-ahead included; good enough for a progress bar)."""
        try:
            return int(self.handle.buffer.tell())  # type: ignore[attr-defined]
        except (AttributeError, OSError, ValueError):
            return 0

    def line_chunks(self, size: int = CHUNK_CHARS) -> Iterator[LineChunk]:
        """The file's lines in blocks of about ``size`` characters (fast path for big files); same lines as lines()."""
        number = 1
        carry = ""
        read = self.handle.read
        try:
            while True:
                block = read(size)
                if not block:
                    break
                text = carry + block if carry else block
                cut = text.rfind("\n") + 1
                if not cut:  # no LF: cut after the last CR that is not the final character (it may start a CRLF)
                    cut = text.rfind("\r", 0, len(text) - 1) + 1
                if not cut:
                    carry = text
                    continue
                carry = text[cut:]
                chunk = _split_chunk(text[:cut], number, self.path)
                number += len(chunk.contents)
                yield chunk
        except UnicodeDecodeError as exc:
            self._undecodable(exc)
        if carry:
            chunk = _split_chunk(carry, number, self.path)
            yield chunk

    def _undecodable(self, exc: UnicodeDecodeError) -> None:
        line, column = _first_bad_line(self.path, self.encoding)
        raise InputError.single(
            self.path,
            line,
            f"not valid {self.encoding.codec} ({exc.reason}"
            + (f", byte {column} of the line" if column else "")
            + "); if the file is Windows Arabic pass --encoding cp1256 (ISO Arabic: iso8859-6)",
        ) from None

    def lines(self) -> Iterator[TextLine]:
        """Every line with its own ending kept (CRLF, LF, lone CR); InputError on a byte that does not decode."""
        number = 0
        make = tuple.__new__
        try:
            for raw in self.handle:
                number += 1
                if "\0" in raw:
                    raise InputError.single(
                        self.path,
                        number,
                        "a NUL character: a binary file, not text "
                        "(or UTF-16 without a byte-order mark: pass --encoding utf-16-le)",
                    )
                if raw[-1] == "\n":
                    if raw[-2:-1] == "\r":
                        yield make(TextLine, (number, raw[:-2], "\r\n"))
                    else:
                        yield make(TextLine, (number, raw[:-1], "\n"))
                elif raw[-1] == "\r":
                    yield make(TextLine, (number, raw[:-1], "\r"))
                else:
                    yield make(TextLine, (number, raw, ""))
        except UnicodeDecodeError as exc:
            self._undecodable(exc)


class LineChunk(NamedTuple):
    """Consecutive lines of a file: the 1-based number of the first, their contents, their endings.

    ``endings`` is one string when every line of the chunk ends the same way (the common case), else a list.
    """

    first: int
    contents: list[str]
    endings: str | list[str]
    text: str  # the lines as read, endings included


_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


def _split_chunk(text: str, first: int, path: Path) -> LineChunk:
    """Cut ``text`` (whole lines; the file's last may lack its ending) into a LineChunk; NUL is an error."""
    if "\0" in text:
        at = text.index("\0")
        line = first + text.count("\n", 0, at) + text.count("\r", 0, at) - text.count("\r\n", 0, at)
        raise InputError.single(
            path,
            line,
            "a NUL character: a binary file, not text "
            "(or UTF-16 without a byte-order mark: pass --encoding utf-16-le)",
        )
    if "\r" not in text:
        contents = text.split("\n")
        if contents[-1]:  # final line without an ending
            return LineChunk(first, contents, ["\n"] * (len(contents) - 1) + [""], text)
        contents.pop()
        return LineChunk(first, contents, "\n", text)
    parts = _LINE_BREAK.split(text)
    contents, endings = parts[0::2], parts[1::2]
    if contents[-1]:
        endings.append("")
    else:
        contents.pop()
    if endings.count(endings[0]) == len(endings):
        return LineChunk(first, contents, endings[0], text)
    return LineChunk(first, contents, endings, text)


def _first_bad_line(path: Path, encoding: TextEncoding) -> tuple[int | None, int]:
    """The 1-based line and byte column of the first undecodable byte (slow path, errors only)."""
    if not encoding.ascii_compatible:
        return None, 0
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                raw = raw[len(encoding.bom) :]
            try:
                raw.decode(encoding.codec)
            except UnicodeDecodeError as exc:
                return number, exc.start + 1
    return None, 0


@contextmanager
def open_text_stream(path: Path, encoding: str | None = None) -> Iterator[TextStream]:
    """Open ``path`` for streaming: the BOM (kept in ``encoding.bom``) is sniffed, never part of the text."""
    try:
        with open(path, "rb") as probe:
            head = probe.read(4)
    except OSError as exc:
        raise file_error(path, exc) from None
    enc = sniff_encoding(head, path, encoding)
    handle = open(path, encoding=enc.codec, newline="", errors="strict")  # noqa: SIM115 - closed below
    try:
        if enc.bom:
            # The BOM decodes to U+FEFF: drop exactly one, it belongs to the encoding.
            first = handle.read(1)
            if first != "\ufeff":  # pragma: no cover - sniff_encoding saw the BOM bytes
                handle.seek(0)
        yield TextStream(Path(path), enc, handle)
    finally:
        handle.close()


# -- offset checks ---------------------------------------------------------------------------------


def _show(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


def drift_message(text: str, start: int, end: int, expected: str, window: int = 64) -> str:
    """Why ``text[start:end]`` is not ``expected``: where ``expected`` really is nearby (the drift), if anywhere."""
    found = text[start:end]
    lo = max(0, start - window)
    hi = min(len(text), end + window + len(expected))
    candidates = []
    at = text.find(expected, lo, hi) if expected else -1
    while at != -1:
        candidates.append(at)
        at = text.find(expected, at + 1, hi)
    base = f"[{start}, {end}) covers {_show(found)} but the file says {_show(expected)}"
    if not candidates:
        return base + " (not found nearby: wrong offsets or a different text)"
    best = min(candidates, key=lambda c: abs(c - start))
    shift = best - start
    hint = " (counted in UTF-16 units or bytes?)" if shift < 0 else ""
    return base + f"; it is at [{best}, {best + len(expected)}): offsets drift by {shift:+d}{hint}"
