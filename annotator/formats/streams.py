"""Streaming file I/O for the formats: text lines with their exact endings, JSONL and JSON arrays
read one item at a time, a JSONL writer and a folder writer that replace files atomically.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple

from annotator.errors import InputError
from annotator.formats.problems import ProblemLog, progress
from annotator.formats.registry import Options
from annotator.storage.encoding import TextEncoding, file_error, sniff_encoding
from annotator.storage.fileio import atomic_writer
from annotator.storage.record_codec import json_bytes, loads

CHUNK_CHARS = (
    1 << 16
)  # characters read at a time by TextStream.line_chunks (small: flat memory, warm caches)


class TextLine(NamedTuple):
    """One line of a text file: 1-based number, content without its ending, the ending.

    The ending is "\\n", "\\r\\n", "\\r" or "" (the last line of a file may have none).
    """

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
        """The file's lines in blocks of about ``size`` characters (fast path for big files).

        The same lines as ``lines()``.
        """
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
                # no LF: cut after the last CR that is not the final character (it may start a CRLF)
                if not cut:
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
        """Every line with its own ending kept (CRLF, LF, lone CR); InputError on a bad byte."""
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

    ``endings`` is one string when every line of the chunk ends the same way (the common case),
    else a list.
    """

    first: int
    contents: list[str]
    endings: str | list[str]
    text: str  # the lines as read, endings included


_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


def _split_chunk(text: str, first: int, path: Path) -> LineChunk:
    """Cut ``text`` (whole lines; the last may lack its ending) into a LineChunk; NUL: an error."""
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
    """Open ``path`` for streaming: a BOM is sniffed (kept in ``encoding.bom``), not in the text."""
    try:
        with open(path, "rb") as probe:
            head = probe.read(4)
    except OSError as exc:
        raise file_error(path, exc) from None
    enc = sniff_encoding(head, path, encoding)
    # closed in the finally below
    handle = open(path, encoding=enc.codec, newline="", errors="strict")  # noqa: SIM115
    try:
        if enc.bom:
            # The BOM decodes to U+FEFF: drop exactly one, it belongs to the encoding.
            first = handle.read(1)
            if first != "\ufeff":  # pragma: no cover - sniff_encoding saw the BOM bytes
                handle.seek(0)
        yield TextStream(Path(path), enc, handle)
    finally:
        handle.close()


def json_lines(path: Path, options: Options, log: ProblemLog) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for each non-blank line of a UTF-8 JSONL file, streaming.

    Lines are split on ``\\n`` only (U+2028 and a lone CR are legal inside JSON strings); a BOM
    on the first line is the encoding's. Undecodable or invalid lines are logged, not yielded.
    """
    encoding = options.get("encoding") or "utf-8"
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise InputError.single(path, None, f"cannot open: {exc.strerror or exc}") from exc
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not number % 1024:
                progress(options, handle.tell())
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                log.add(
                    f"not valid {encoding} at byte {exc.start + 1} of the line "
                    "(pass --encoding if the file uses another one)",
                    number,
                )
                continue
            if not line.strip():
                continue
            try:
                value = loads(line)  # msgspec first; json's value and errors
            except json.JSONDecodeError as exc:
                log.add(f"invalid JSON: {exc.msg} (column {exc.colno})", number)
                continue
            except (ValueError, RecursionError) as exc:
                log.add(unreadable_json(exc), number)
                continue
            yield number, value
        progress(options, handle.tell())


def unreadable_json(exc: ValueError | RecursionError) -> str:
    """What json.loads failed on when it was not a JSONDecodeError."""
    if isinstance(exc, RecursionError):
        return "objects or lists nested too deeply to read"
    return "a number with more digits than Python reads as an integer (4,300)"


def utf8_json(obj: Any, **options: Any) -> bytes:
    """JSON as UTF-8 bytes, non-ASCII written as is; a lone surrogate (read from a \\u escape
    in meta) cannot be UTF-8, so then the whole value is written with its escapes."""
    try:
        return json.dumps(obj, ensure_ascii=False, **options).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj, **options).encode("ascii")


def dumps(obj: Any) -> str:
    """Compact JSON that keeps non-ASCII text readable (what doccano and Prodigy write)."""
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


@contextmanager
def jsonl_writer(path: Path) -> Iterator[Callable[[Any], None]]:
    """Yield ``emit(obj)`` writing a JSON line each to ``path``, replaced atomically at the end."""
    with atomic_writer(path) as out:

        def emit(obj: Any) -> None:
            try:
                data = json_bytes(obj) or dumps(obj).encode("utf-8")  # msgspec: the same bytes
            except UnicodeEncodeError:  # a lone surrogate read from a JSON escape: keep it escaped
                data = json.dumps(obj, separators=(", ", ": ")).encode("ascii")
            out.write(data + b"\n")

        yield emit


ARRAY_CHUNK = 1 << 16
_JSON_WS = " \t\r\n"


def json_array_items(
    path: Path, log: ProblemLog, options: Options, what: str = "items"
) -> Iterator[tuple[int, Any]]:
    """(line, element) for each element of a top-level JSON array, parsed one element at a time.

    ``json.load`` needs the whole array in memory; this reads the file in chunks and
    ``raw_decode``s each element, so memory follows the largest element, not the file.
    """
    decoder = json.JSONDecoder()
    reader = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise InputError.single(path, None, f"cannot open: {exc.strerror or exc}") from exc
    with handle:
        buf, pos, eof, want = "", 0, False, ARRAY_CHUNK
        line, counted = 1, 0  # line number at buf[counted]

        def line_at(at: int) -> int:
            nonlocal line, counted
            line += buf.count("\n", counted, at)
            counted = at
            return line

        def more() -> bool:
            nonlocal buf, pos, eof, counted
            if eof:
                return False
            line_at(pos)
            raw = handle.read(want)
            eof = not raw
            progress(options, handle.tell())
            try:
                buf = buf[pos:] + reader.decode(raw, final=eof)
            except UnicodeDecodeError as exc:
                log.add(f"not valid UTF-8 ({exc.reason})", line)
                eof, buf = True, ""
            pos = counted = 0
            return True

        def skip_ws() -> str:
            nonlocal pos
            while True:
                while pos < len(buf) and buf[pos] in _JSON_WS:
                    pos += 1
                if pos < len(buf):
                    return buf[pos]
                if not more():
                    return ""

        first = skip_ws()
        if first != "[":
            log.add(f"expected a JSON array of {what}" if first else "empty file", line_at(pos))
            return
        pos += 1
        expect_item = True
        while True:
            ch = skip_ws()
            if ch == "]":
                return
            if not ch:
                log.add("the array is not closed", line_at(pos))
                return
            if not expect_item:
                if ch != ",":
                    log.add(f"expected ',' or ']' between {what}, found {ch!r}", line_at(pos))
                    return
                pos += 1
                expect_item = True
                continue
            while True:
                try:
                    value, end = decoder.raw_decode(buf, pos)
                    if end < len(buf) or eof:
                        break
                except json.JSONDecodeError as exc:
                    if eof:
                        start = line_at(pos)
                        log.add(
                            f"invalid JSON: {exc.msg} (in the element starting at line {start})",
                            start + buf.count("\n", pos, exc.pos),
                        )
                        return
                except (ValueError, RecursionError) as exc:
                    log.add(unreadable_json(exc), line_at(pos))
                    return
                want = max(
                    want, 2 * (len(buf) - pos)
                )  # grow reads: a huge element costs O(n log n)
                more()
            yield line_at(pos), value
            pos, expect_item = end, False
