"""Our native JSONL: a byte-offset line index for lazy opening, full validation, and the registry entry.

Lines are found in the raw bytes (one ``bytes.find`` per line, no parsing);
a document is parsed only when asked for. Blank (empty or white-space-only)
lines are allowed anywhere, are not documents, and are kept byte for byte.
The registry's reader (read_jsonl, also what convert uses) streams the file instead.
"""

from __future__ import annotations

import io
import json
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from annotator.errors import InputError, Problem
from annotator.formats.problems import progress
from annotator.formats.registry import Format, Options, WriteReport, register
from annotator.model import Document
from annotator.storage.encoding import (
    JSON_ESCAPE,
    TextEncoding,
    check_utf8_chunks,
    decode_with_encoding,
    file_error,
    sniff_encoding,
)
from annotator.storage.fileio import atomic_writer
from annotator.storage.records import document_from_line, record_line_bytes

MAX_LINE_BYTES = (
    256 * 1024 * 1024
)  # one document line above this is refused (say so, never truncate)
MAX_PROBLEMS = 100  # problems collected per file before counting the rest
EXTENSIONS = (".jsonl", ".jsonlines", ".ndjson")
_SPAN_LABEL = re.compile(rb'\{"start": \d+, "end": \d+, "label": ("(?:[^"\\]|\\.)*")')
_BLANK = b" \t\r\f\v"


@dataclass
class LineIndex:
    """A JSONL file held as UTF-8 bytes with where each document line starts and ends (without its newline).

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

    def __len__(self) -> int:
        return len(self.starts)

    def raw(self, i: int) -> bytes:
        return self.data[self.starts[i] : self.ends[i]]

    def parse(self, i: int) -> Document:
        return document_from_line(self.raw(i), self.path, self.lines[i])

    def splice(self, bodies: dict[int, bytes]) -> LineIndex:
        """A new index whose lines ``i`` hold ``bodies[i]``; runs of other lines are copied as slices."""
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

        Characters a legacy codec lacks become JSON \\u escapes (in JSON they only occur in strings).
        """
        if self.encoding.is_utf8:
            return self.data
        text = self.data.decode("utf-8")
        return self.encoding.bom + text.encode(self.encoding.codec, JSON_ESCAPE)

    def span_labels(self, limit: int | None = None) -> list[str]:
        """Labels of spans in lines we wrote (in the first ``limit`` bytes), found by a regex: no parse."""
        end = len(self.data) if limit is None else min(len(self.data), self.base + limit)
        return sorted(
            json.loads(label) for label in set(_SPAN_LABEL.findall(self.data, self.base, end))
        )


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
    """Index a JSONL file's bytes; InputError for encoding, NUL, empty or oversized lines (no record parsed).

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
) -> tuple[list[Problem], int, list[str]]:
    """Parse every line: (problems up to ``limit``, how many more, labels used in order of appearance)."""
    problems: list[Problem] = []
    more = 0
    labels: dict[str, None] = {}
    for i in range(len(index)):
        try:
            doc = index.parse(i)
        except InputError as exc:
            room = max(limit - len(problems), 0)
            problems.extend(exc.problems[:room])
            more += len(exc.problems) - min(room, len(exc.problems)) + exc.more
            continue
        for span in doc.spans:
            labels.setdefault(span.label, None)
    return problems, more, list(labels)


def read_index(
    path: Path, encoding: str | None = None, *, check_bytes: int | None = None
) -> LineIndex:
    """Read and index a JSONL file; InputError if it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise file_error(path, exc, "JSONL file") from None
    return load_index(raw, path, encoding, check_bytes=check_bytes)


def read_jsonl(path: Path, options: Options) -> Iterator[Document]:
    """Every document of a native JSONL file, streamed one line at a time (flat memory).

    The checks of Corpus.open (records.document_from_line per line, plus the file-level
    ones of load_index); every problem is collected (capped) and raised as one InputError
    after the last line. No document is yielded after the first problem, so a consumer
    that writes atomically (annotator convert) never commits a partial result.
    """
    path = Path(path)
    problems: list[Problem] = []
    more = count = 0
    for number, line, position in _stream_lines(path, options.get("encoding"), problems):
        try:
            doc = document_from_line(line, path, number)
        except InputError as exc:
            room = max(MAX_PROBLEMS - len(problems), 0)
            problems.extend(exc.problems[:room])
            more += len(exc.problems) - min(room, len(exc.problems)) + exc.more
            continue
        count += 1
        if not problems:
            yield doc
            if count % 256 == 0:
                progress(options, position)
    if len(problems) > MAX_PROBLEMS:  # file-level problems may be appended past the cap
        more += len(problems) - MAX_PROBLEMS
        del problems[MAX_PROBLEMS:]
    if problems:
        raise InputError(problems, more=more)
    if not count:
        raise InputError.single(path, None, "no documents: the file holds only blank lines")


def _stream_lines(
    path: Path, encoding: str | None, problems: list[Problem]
) -> Iterator[tuple[int, bytes | str, int]]:
    """(line number, content, bytes read so far) of each non-blank line; file-level problems go to ``problems``."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise file_error(path, exc, "JSONL file") from None
    with handle:
        head = handle.read(4)
        enc = sniff_encoding(head, path, encoding)
        handle.seek(len(enc.bom))
        if not handle.read(1):
            raise InputError.single(path, None, "the file is empty (no documents)")
        handle.seek(len(enc.bom))
        if enc.ascii_compatible:
            yield from _byte_lines(handle, path, enc, encoding, problems)
        else:
            yield from _wide_lines(handle, path, enc, problems)


def _byte_lines(
    handle: BinaryIO, path: Path, enc: TextEncoding, named: str | None, problems: list[Problem]
) -> Iterator[tuple[int, bytes | str, int]]:
    """Lines split on b"\\n" in the raw bytes (UTF-8 or an ASCII-compatible codec, decoded per line)."""
    limit = MAX_LINE_BYTES
    utf8 = enc.is_utf8
    all_utf8, any_wide = True, False  # for a legacy codec: is the file really UTF-8?
    position, number = handle.tell(), 0
    while True:
        raw = handle.readline(limit + 3)  # room for a line at the limit and its CRLF
        if not raw:
            break
        number += 1
        start, position = position, position + len(raw)
        if (
            not raw.endswith(b"\n") and len(raw) == limit + 3
        ):  # longer than the limit: skip to its end
            while (piece := handle.readline(1 << 20)) and not piece.endswith(b"\n"):
                position += len(piece)
            position += len(piece)
            size = (
                position
                - start
                - (2 if piece.endswith(b"\r\n") else 1 if piece.endswith(b"\n") else 0)
            )
            problems.append(Problem(str(path), number, _too_long(size, limit)))
            continue
        body = raw[:-1] if raw.endswith(b"\n") else raw
        if body.endswith(b"\r"):
            body = body[:-1]  # a CR before LF is part of the separator
        if not body.strip(_BLANK):
            continue
        if (nul := body.find(b"\0")) >= 0:  # binary: this one problem says it all, as when opening
            raise InputError.single(
                path,
                number,
                f"a NUL byte at offset {start + nul}: a binary file, not JSON lines "
                "(or UTF-16 without a byte-order mark: then pass --encoding utf-16-le)",
            )
        if len(body) > limit:
            problems.append(Problem(str(path), number, _too_long(len(body), limit)))
            continue
        if utf8:
            yield number, body, position
            continue
        if not body.isascii():
            any_wide = True
            if all_utf8:
                try:
                    body.decode("utf-8")
                except UnicodeDecodeError:
                    all_utf8 = False
        try:
            text = body.decode(enc.codec)
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(
                    str(path),
                    number,
                    f"not valid {enc.codec}: byte 0x{body[exc.start : exc.start + 1].hex().upper()} at "
                    f"column {exc.start + 1}: {exc.reason}; pass the file's real encoding with --encoding",
                )
            )
            continue
        yield number, text, position
    if not utf8 and named is not None and all_utf8 and any_wide:
        problems.append(
            Problem(
                str(path),
                None,
                f"the file is valid UTF-8 but --encoding {named} was given, which would garble it; drop --encoding",
            )
        )


def _wide_lines(
    handle: BinaryIO, path: Path, enc: TextEncoding, problems: list[Problem]
) -> Iterator[tuple[int, bytes | str, int]]:
    """Lines of a UTF-16 (or UTF-32) file, decoded as they are read and split on "\\n" only."""
    limit = MAX_LINE_BYTES
    text_handle = io.TextIOWrapper(handle, encoding=enc.codec, errors="strict", newline="\n")
    number = 0
    try:
        while text := text_handle.readline(limit + 2):
            number += 1
            if not text.endswith("\n") and len(text) == limit + 2:
                while (rest := text_handle.readline(1 << 20)) and not rest.endswith("\n"):
                    pass
                problems.append(Problem(str(path), number, _too_long(None, limit)))
                continue
            text = text.removesuffix("\n").removesuffix("\r")
            if not text.strip(" \t\r\f\v"):
                continue
            if (nul := text.find("\0")) >= 0:
                raise InputError.single(
                    path,
                    number,
                    f"the text contains a NUL character (U+0000) "
                    f"at character {nul}; not a text file",
                )
            if (
                len(text) > limit // 4
                and (size := len(text.encode("utf-8", "surrogatepass"))) > limit
            ):
                problems.append(Problem(str(path), number, _too_long(size, limit)))
            else:
                yield number, text, handle.tell()
    except UnicodeDecodeError as exc:
        problems.append(
            Problem(
                str(path),
                number + 1,
                f"not valid {enc.codec}: {exc.reason}; "
                "pass the file's real encoding with --encoding",
            )
        )
    finally:
        text_handle.detach()


def _too_long(size: int | None, limit: int) -> str:
    return f"the line is {_size(size) + ', ' if size else ''}over the {_size(limit)} limit for one document; split it"


def write_jsonl(documents: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """Write documents as native JSONL (UTF-8, one line each, "\\n" endings), atomically."""
    report = WriteReport()
    with atomic_writer(path) as out:
        for doc in documents:
            out.write(record_line_bytes(doc) + b"\n")
            report.documents += 1
            report.spans += len(doc.spans)
    return report


register(
    Format("jsonl", "Annotator JSONL (native)", EXTENSIONS, "codepoint", read_jsonl, write_jsonl)
)
