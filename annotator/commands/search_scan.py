"""Read a corpus for `annotator search`: only the lines that may hold a match are decoded.

A native ``.jsonl`` with no unsaved edits is read in blocks straight from the file: the byte
filter of annotator.search.prefilter picks the candidate lines, line and document numbers are
counted with ``bytes.count`` as in annotator.storage.lines (blank lines are not documents),
and a line we wrote gives its id and text without a JSON parse. Anything else (a journal of
unsaved edits, .txt sources, another encoding) is opened read-only as a Corpus, so the
search sees exactly what the window would.
"""

from __future__ import annotations

import codecs
import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.model import Document, Span
from annotator.search.prefilter import LineFilter
from annotator.storage.corpus import Corpus
from annotator.storage.journal import journal_path_for
from annotator.storage.lines import BLANK_BYTES, EXTENSIONS
from annotator.storage.records import LINE_HEAD, document_from_line

__all__ = ["Candidate", "candidates", "quick_text"]

FIRST_BLOCK = 256 * 1024  # small, so that the first results come at once
BLOCK = 8 * 1024 * 1024
_TEXT_KEY = b'"text": "'
_TEXT_END = b'", "spans": '  # cannot occur inside a JSON string: its quotes would be escaped
_BLANK_FIRST = re.compile(rb"[ \t\r\f\v]*\n")
_BLANK_NEXT = re.compile(rb"\n[ \t\r\f\v]*(?=\n)")


@dataclass(frozen=True)
class Candidate:
    """A document that may hold a match: its number, line, id, text and (when asked) spans."""

    index: int
    line: int
    id: str
    text: str
    spans: tuple[Span, ...] = ()


def candidates(
    path: Path, keep: LineFilter, *, spans: bool = False, encoding: str | None = None
) -> Iterator[Candidate | Problem]:
    """The documents of ``path`` that ``keep`` does not rule out, in order; bad lines: Problems."""
    journal = journal_path_for(path)
    if (
        path.suffix.lower() in EXTENSIONS
        and encoding is None
        and path.is_file()
        and not (journal.is_file() and journal.stat().st_size > 0)
        and not _starts_utf16(path)
    ):
        yield from _from_file(path, keep, spans)
    else:
        yield from _from_corpus(path, keep, spans, encoding)


def _starts_utf16(path: Path) -> bool:
    with open(path, "rb") as f:
        head = f.read(4)
    return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _decode(
    data: bytes, start: int, end: int, path: Path, line: int, index: int, spans: bool
) -> Candidate | Problem:
    """The candidate in data[start:end] (one line). A line we wrote gives its id and text
    without a parse (unless its spans are wanted); any other line is read with every check
    of the corpus, so a line the window could not open is reported, not searched."""
    if data[end - 1 : end] == b"\r":
        end -= 1
    quick = None if spans else quick_text(data, start, end)
    if quick is not None:
        return Candidate(index, line, *quick)
    try:
        doc = document_from_line(data[start:end], path, line)
    except InputError as exc:
        return exc.problems[0]
    return _candidate(index, line, doc)


def quick_text(data: bytes, start: int = 0, end: int | None = None) -> tuple[str, str] | None:
    """(id, text) of the line data[start:end] when we wrote it, without a JSON parse; None for
    any other line (or one that does not decode), which must be read with every check."""
    end = len(data) if end is None else end
    head = LINE_HEAD.match(data, start, end)
    if head is None or not data.startswith(_TEXT_KEY, head.end()):
        return None
    text_start = head.end() + len(_TEXT_KEY)
    text_end = data.find(_TEXT_END, text_start, end)
    if text_end < 0:
        return None
    try:
        return _json_string(head.group(1)[1:-1]), _json_string(data[text_start:text_end])
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None  # the full parse says what is wrong


def _json_string(body: bytes) -> str:
    """The value of a JSON string's bytes between its quotes (no parse for the usual cases)."""
    slashes = body.count(b"\\")
    if not slashes:
        return body.decode("utf-8")
    breaks, quotes = body.count(b"\\n"), body.count(b'\\"')
    if slashes == breaks + quotes:  # only line breaks and quotes are escaped: no parse
        text = body.decode("utf-8")
        text = text.replace("\\n", "\n") if breaks else text
        return text.replace('\\"', '"') if quotes else text
    return str(json.loads(b'"' + body + b'"'))


def _candidate(index: int, line: int, doc: Document) -> Candidate:
    return Candidate(index, line, doc.id, doc.text, tuple(doc.spans))


def _blank_starts(data: bytes, start: int, end: int) -> list[int]:
    """Where the blank lines of data[start:end] start (``start`` begins a line)."""
    first = [start] if _BLANK_FIRST.match(data, start, end) else []
    return first + [m.start() + 1 for m in _BLANK_NEXT.finditer(data, start, end)]


def _from_file(path: Path, keep: LineFilter, spans: bool) -> Iterator[Candidate | Problem]:
    lines_before = docs_before = 0  # lines and documents before the block in ``data``
    rest = b""
    with open(path, "rb") as f:
        chunk = f.read(FIRST_BLOCK)
        start = len(codecs.BOM_UTF8) if chunk.startswith(codecs.BOM_UTF8) else 0
        while True:
            data = rest + chunk
            eof = not chunk
            cut = len(data) if eof else data.rfind(b"\n") + 1
            if cut > start:
                blanks = _blank_starts(data, start, cut)
                mark, lines = start, 0  # lines of the block before ``mark``
                for line_start, line_end in keep.lines(data, start, cut if eof else cut - 1):
                    lines += data.count(b"\n", mark, line_start)
                    mark = line_start
                    body = data[line_start:line_end]
                    if data[line_start] in BLANK_BYTES and not body.strip(BLANK_BYTES):
                        continue  # a blank line (only in regex mode: it holds no match)
                    index = docs_before + lines - bisect_left(blanks, line_start)
                    line = lines_before + lines + 1
                    yield _decode(data, line_start, line_end, path, line, index, spans)
                lines += data.count(b"\n", mark, cut)
                lines_before += lines
                docs_before += lines - len(blanks)
                rest, start = data[cut:], 0
            else:
                rest = data  # a line longer than a block: read on
            if eof:
                return
            chunk = f.read(BLOCK)


def _from_corpus(
    path: Path, keep: LineFilter, spans: bool, encoding: str | None
) -> Iterator[Candidate | Problem]:
    with Corpus.open(path, encoding=encoding, readonly=True, eager_limit=0) as corpus:
        index = corpus.index
        dirty = corpus.dirty_documents
        for i in range(len(corpus)):
            if i in dirty:
                yield _candidate(i, index.lines[i], dirty[i])
                continue
            start, end = index.starts[i], index.ends[i]
            if next(keep.lines(index.data, start, end), None) is not None:
                yield _decode(index.data, start, end, path, index.lines[i], i, spans)
