"""``annotator convert --jobs N``: JSONL or CoNLL to JSONL, and JSONL to CoNLL, by N processes.

The input is cut into pieces (formats.parallel): JSONL after any line break; CoNLL after a
blank line and before a token line, where a new document starts when the file gives one
document per sentence. Each worker reads its piece with the one-process reader (the
file's layout decided once, from its first lines, as ``read`` decides it; line numbers
counted from the file's start, so ids and warnings are the same) and writes its documents
as the JSONL writer writes them, or as CoNLL text (conll_write.ConllText: a piece is used
when the writer had nothing to change or say, and the previous piece left it where a new
writer starts: last sentence closed, same codec, no BOM). The pieces are written out in
order; the reader's warnings are capped over the whole file as the one-process reader caps
them. Anything
else goes to the one-process path, which gives the same bytes: another output format, a
legacy encoding or a BOM, ``--skip-bad``, one document per -DOCSTART- section or per file,
and any piece holding a bad line (found out while writing: the conversion starts again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotator.errors import InputError, Problem
from annotator.formats import conll_read, parallel
from annotator.formats.conll_layout import FileLayout
from annotator.formats.conll_write import ConllText, encode_text
from annotator.formats.registry import Format, Options, WriteReport
from annotator.formats.streams import CHUNK_CHARS, LineChunk
from annotator.formats.streams import _split_chunk as split_chunk
from annotator.model import Document
from annotator.storage.fileio import atomic_writer
from annotator.storage.lines import LineScan
from annotator.storage.record_codec import document_from_bytes, record_bytes

# ok, the output (JSONL bytes or CoNLL text), documents, spans, the reader's warnings, and for
# CoNLL the writer's state: (codec, BOM written, last sentence left open, last line ending)
State = tuple[str | None, bool, bool, str | None]
Piece = tuple[bool, bytes | str, int, int, list[Problem], State | None]
_FAILED: Piece = (False, b"", 0, 0, [], None)


class NotInPieces(Exception):
    """A piece could not be converted as the one-process path would: convert in one process."""


def _jsonl_out(docs: Iterable[Document]) -> tuple[bytes, int, int]:
    out, documents, spans = [], 0, 0
    for doc in docs:
        out.append(record_bytes(doc))
        documents += 1
        spans += len(doc.spans)
    out.append(b"")
    return b"\n".join(out), documents, spans


def _conll_out(docs: Iterable[Document], options: dict[str, Any]) -> Piece:
    """CoNLL text as conll_write.write writes it, when nothing had to be changed or said."""
    text = ConllText(options)
    pieces = [piece for doc in docs for piece in text.add(doc)]
    w = text.w
    clean = not (w.report.warnings or w.tokenized or w.overlaps) and not any(
        (w.cuts.split, w.cuts.expanded, w.cuts.contracted, w.cuts.skipped, w.cuts.trimmed)
    )
    if not clean:
        return _FAILED
    state = (text.codec, text.bom, w.open_sentence, w.ended_eol)
    return True, "".join(pieces), w.report.documents, w.report.spans, [], state


def _jsonl_piece(task: tuple[str, int, int, int, dict[str, Any] | None]) -> Piece:
    name, start, end, first_line, conll_options = task
    path = Path(name)
    data = parallel.read_piece(path, start, end)
    shift = first_line - 1

    def docs() -> Iterator[Document]:
        for number, a, b, problem in LineScan(data, 0, path):
            if problem is not None:
                raise NotInPieces
            yield document_from_bytes(data[a:b], path, number + shift)

    try:
        if conll_options is not None:
            return _conll_out(docs(), conll_options)
        out, documents, spans = _jsonl_out(docs())
    except (InputError, NotInPieces):
        return _FAILED
    return True, out, documents, spans, [], None


def _text_chunks(text: str, first_line: int, path: Path) -> Iterator[LineChunk]:
    """The piece's lines in chunks of about CHUNK_CHARS, as TextStream.line_chunks cuts them."""
    pos, number = 0, first_line
    while pos < len(text):
        cut = text.rfind("\n", pos, pos + CHUNK_CHARS) + 1
        if cut <= pos:
            cut = text.find("\n", pos + CHUNK_CHARS) + 1 or len(text)
        chunk = split_chunk(text[pos:cut], number, path)
        number += len(chunk.contents)
        pos = cut
        yield chunk


def _conll_piece(task: tuple[str, int, int, int, dict[str, Any], FileLayout, str]) -> Piece:
    name, start, end, first_line, options, layout, codec = task
    path = Path(name)
    conll_read.WARNING_CAP = 1 << 62  # this worker's warnings all go back; capped when merged
    warnings: list[Problem] = []
    try:
        text = parallel.read_piece(path, start, end).decode("utf-8")
        chunks = _text_chunks(text, first_line, path)
        docs, ok = conll_read.read_lines(
            path, {**options, "warnings": warnings}, layout, chunks, codec
        )
    except (InputError, UnicodeDecodeError):
        return _FAILED
    if not ok:
        return _FAILED
    out, documents, spans = _jsonl_out(docs)
    return True, out, documents, spans, warnings, None


def _sentence_start(window: bytes, _first: int) -> int:
    """Where in ``window`` a token line follows a blank line (-1: nowhere in it)."""
    at = window.find(b"\n\n")
    while 0 <= at < len(window) - 2:
        if window[at + 2] not in b" \t\r\n-":
            return at + 2
        at = window.find(b"\n\n", at + 1)
    return -1


def _first_lines(path: Path, cuts: list[tuple[int, int]], start: int) -> list[int]:
    """The line number each piece starts at."""
    numbers, number = [], 1
    with open(path, "rb") as f:
        f.seek(start)
        for a, b in cuts:
            numbers.append(number)
            number += f.read(b - a).count(b"\n")
    return numbers


def plan(
    source: Path,
    reader: Format,
    writer: Format,
    read_options: Options,
    write_options: Options,
    jobs: int,
) -> tuple[Callable[[Any], Piece], list[Any]] | None:
    """The worker and its tasks for converting ``source`` in pieces, or None: one process."""
    pair = (reader.name, writer.name)
    if pair not in (("jsonl", "jsonl"), ("conll", "jsonl"), ("jsonl", "conll")):
        return None
    if not source.is_file():
        return None
    jobs = parallel.effective_jobs(jobs, source.stat().st_size)
    if jobs < 2:
        return None
    encoding = read_options.get("encoding")
    start = parallel.utf8_start(source, encoding)
    if start is None:
        return None
    if reader.name == "jsonl":
        cuts = parallel.cut_points(source, start)
        if len(cuts) < 2:
            return None
        lines = _first_lines(source, cuts, start)
        out = dict(write_options) if writer.name == "conll" else None
        return _jsonl_piece, [(str(source), a, b, n, out) for (a, b), n in zip(cuts, lines)]
    if start != 0 or (encoding or "utf-8").lower().replace("_", "-") not in ("utf-8", "utf8"):
        return None
    options = {k: v for k, v in read_options.items() if k not in ("warnings", "progress")}
    try:
        layout, bom, codec = conll_read.file_layout(source, options)
    except InputError:
        return None
    fast = (layout.mode, layout.sep) in (("space", " "), ("tab", "\t")) if layout else False
    if layout is None or bom or not fast or layout.split != "sentence" or layout.eol != "\n":
        return None
    cuts = parallel.cut_points(source, 0, boundary=_sentence_start)
    if len(cuts) < 2:
        return None
    lines = _first_lines(source, cuts, 0)
    tasks = [(str(source), a, b, n, options, layout, codec) for (a, b), n in zip(cuts, lines)]
    return _conll_piece, tasks


def write_pieces(
    work: Callable[[Any], Piece],
    tasks: list[Any],
    jobs: int,
    source: Path,
    warnings: list[Problem],
    bytes_read: Callable[[int], None],
) -> Callable[[Iterable[Document], Path, Options], WriteReport]:
    """A writer (as the registry's) that ignores its documents and writes the pieces' JSONL.

    Raises NotInPieces at the first piece that cannot be used (the temp file is dropped).
    """

    def write(_documents: Iterable[Document], path: Path, _options: Options) -> WriteReport:
        report = WriteReport()
        found = 0
        first: State | None = None  # the first piece's writer state (CoNLL)
        last: State | None = None
        jobs_used = parallel.effective_jobs(jobs, source.stat().st_size)
        with atomic_writer(path) as out:
            results = parallel.ordered(work, tasks, jobs_used)
            for task, (ok, data, documents, spans, said, state) in zip(tasks, results):
                if not ok:
                    raise NotInPieces
                if state is not None:
                    first, last = _follows(first, last, state)
                    data = encode_text([data], first[0] or "utf-8", path)  # type: ignore[list-item]
                out.write(data)  # type: ignore[arg-type]
                report.documents += documents
                report.spans += spans
                for problem in said:
                    found += 1
                    if found <= conll_read.WARNING_CAP:
                        warnings.append(problem)
                bytes_read(task[2])
            if not report.documents:
                raise NotInPieces  # "no documents": the one-process reader says it its way
        if found > conll_read.WARNING_CAP:
            warnings.append(
                Problem(
                    str(source),
                    None,
                    f"... and {found - conll_read.WARNING_CAP} more warning(s) in this file",
                )
            )
        return report

    return write


def _follows(first: State | None, last: State | None, state: State) -> tuple[State, State]:
    """The CoNLL writer's state after one more piece; NotInPieces unless the piece was written
    from the state the previous one left (then its text is what one writer would write)."""
    if first is None:
        return state, state
    assert last is not None
    codec, bom, _open, _eol = state
    if last[2:] != (False, "\n") or bom or codec not in (None, first[0]):
        raise NotInPieces
    return first, state


def try_pieces(
    source: Path,
    reader: Format,
    writer: Format,
    read_options: Options,
    write_options: Options,
    jobs: int,
    warnings: list[Problem],
    bytes_read: Callable[[int], None],
    write: Callable[[Format], WriteReport],
) -> WriteReport | None:
    """Convert in pieces through ``write`` (the service's atomic write with a writer), or None
    (nothing written, ``warnings`` emptied): the caller converts in one process."""
    planned = plan(source, reader, writer, read_options, write_options, jobs)
    if planned is None:
        return None
    pieces = write_pieces(*planned, jobs, source, warnings, bytes_read)
    try:
        return write(replace(writer, write=pieces))
    except NotInPieces:
        warnings.clear()
        if hasattr(warnings, "total"):
            warnings.total = 0
        return None
