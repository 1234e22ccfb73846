"""Our native JSONL as an interchange format: the registry entry, a streaming reader and a writer.

The format itself (records, the line index the corpus opens lazily) is storage's own
(annotator.storage.records, annotator.storage.lines); this module streams it for
``annotator convert`` and the window's import and export.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from annotator.errors import InputError, Problem
from annotator.formats.common import progress
from annotator.formats.registry import Format, Options, WriteReport, register
from annotator.model import Document
from annotator.storage.encoding import TextEncoding, file_error, sniff_encoding
from annotator.storage.fileio import atomic_writer
from annotator.storage.lines import (
    BLANK_BYTES,
    EXTENSIONS,
    MAX_LINE_BYTES,
    MAX_PROBLEMS,
    format_size,
)
from annotator.storage.records import document_from_line, record_line_bytes


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
        if not body.strip(BLANK_BYTES):
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
    return f"the line is {format_size(size) + ', ' if size else ''}over the {format_size(limit)} limit for one document; split it"


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
