"""Read CoNLL / BIO files as Documents, streaming, keeping what writes them back byte for byte.

A document's text is its tokens joined by single spaces (sentences by "\\n"); its
``extra["conll"]`` record (described in docs/decisions/0011-conll-round-trip.md)
keeps the tokens, every column's original strings, the separator, line endings,
BOM, blank-line text and anything else the file did that is not the default.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.formats.conll_layout import (
    _ODD_STARTS,
    DOCSTART,
    FileLayout,
    ReadSettings,
    _is_separator_line,
    detect_layout,
    fast_fields,
    split_line,
)
from annotator.formats.conll_record import (
    RECORD_KEY,
    DocumentBuilder,
    document_spans,
    join_rows,
    record_text,
)
from annotator.formats.conll_tags import is_bio_like
from annotator.formats.problems import PROBLEM_CAP, progress, warn
from annotator.formats.registry import Options
from annotator.formats.streams import LineChunk, TextLine, open_text_stream
from annotator.model import Document, Span

__all__ = [
    "LOOKAHEAD_LINES",
    "WARNING_CAP",
    "file_layout",
    "looks_like_conll",
    "read",
    "read_lines",
]

LOOKAHEAD_LINES = 5_000  # lines read ahead to detect tag columns and the scheme (bounded memory)
WARNING_CAP = 200


class _Reader:
    """One read: the layout, the document being built, lines waiting for the next one, problems."""

    def __init__(
        self, path: Path, options: Options, layout: FileLayout, bom: bool, encoding: str
    ) -> None:
        self.path, self.options, self.layout = path, options, layout
        self.stem = path.stem
        self.bom, self.encoding = bom, encoding
        self.problems: list[Problem] = []
        self.more = 0
        self.warnings = 0
        self.builder: DocumentBuilder | None = None
        self.skip_bad = bool(options.get("skip_bad"))
        self.bad = False  # skip_bad: the document being built holds a bad line
        self.bad_next = False  # ... or the next one will (a bad line between documents)
        self.pending: list[TextLine] = []  # separator lines before the next document's first token
        self.fast = (layout.mode, layout.sep) in (("space", " "), ("tab", "\t"))

    def start_token(self, number: int) -> Document | None:
        """Open a document and/or sentence for a token line; the finished one, if any."""
        builder = self.builder
        done = None
        split = self.layout.split
        if builder is None or (
            builder.closed and (split == "sentence" or (split == "docstart" and self.pending))
        ):
            if builder is not None and not self.problems:
                done = self.finish(builder)
            elif builder is not None and self.skip_bad:
                done = self.finish_or_skip(builder)
            builder = self.builder = DocumentBuilder(self.layout)
            self.bad, self.bad_next = self.bad_next, False
            for lead in self.pending:
                builder.add_lead(lead)
            self.pending = []
        if builder.closed:
            builder.open_sentence(number)
        return done

    def separator(self, number: int, content: str, ending: str) -> None:
        line = TextLine(number, content, ending)
        builder = self.builder
        if (
            builder is None
            or self.pending
            or (self.layout.split == "docstart" and content.startswith(DOCSTART))
        ):
            if builder is not None:
                builder.closed = True
            self.pending.append(line)
        else:
            builder.add_break(line)

    def line(self, number: int, content: str, ending: str) -> Document | None:
        """One line of any shape (the general path)."""
        if not content or (content[0] in " \t-" and _is_separator_line(content)):
            self.separator(number, content, ending)
            return None
        lay = self.layout
        fields: list[str] | None = fast_fields(content, lay.mode, lay.sep)
        raw = None
        if fields is None or len(fields) != lay.columns:
            fields, raw = split_line(content, lay.mode).fields, content
            if len(fields) != lay.columns:
                if self.builder is None or self.builder.closed:
                    self.bad_next = True
                else:
                    self.bad = True
                if len(self.problems) >= PROBLEM_CAP:
                    self.more += 1
                else:
                    self.problems.append(
                        Problem(str(self.path), number, _column_message(lay, fields, content))
                    )
                return None
        done = self.start_token(number)
        builder = self.builder
        assert builder is not None
        if raw is not None:
            builder.raw[str(len(builder.tokens))] = raw
        builder.tokens.append(fields[0])
        for column, value in zip(builder.cols, fields[1:]):
            column.append(value)
        builder.sentences[-1] += 1
        builder._ending(ending)
        return done

    def run(self, number: int, block: list[str]) -> Document | None | bool:
        """Consecutive canonical token lines ending in the file's eol; False when they are not."""
        parts = self.columns_of(block)
        if parts is None:
            return False
        done = self.start_token(number)
        self.append(parts, 0, len(block))
        return done

    def chunk(self, chunk: LineChunk) -> Iterator[Document]:
        """The documents finished by a block of lines."""
        first, contents, endings, text = chunk
        eol = self.layout.eol
        uniform = endings if isinstance(endings, str) else None
        if text.startswith((" ", "\t", DOCSTART)) or any(odd in text for odd in _ODD_STARTS):
            cuts = [
                i
                for i, c in enumerate(contents)
                if not c or (c[0] in " \t-" and _is_separator_line(c))
            ]
        else:  # only empty separator lines: found without a Python loop
            cuts = []
            try:
                while True:
                    cuts.append(contents.index("", cuts[-1] + 1 if cuts else 0))
            except ValueError:
                pass
        parts = self.whole(contents, cuts) if uniform == eol and self.fast else None
        cuts.append(len(contents))
        a = taken = 0
        for b in cuts:
            if b > a:
                done: Document | None | bool = False
                if parts is not None:
                    done = self.start_token(first + a)
                    self.append(parts, taken, b - a)
                    taken += b - a
                elif self.fast and (
                    uniform == eol or (uniform is None and endings[a:b].count(eol) == b - a)
                ):
                    done = self.run(first + a, contents[a:b])
                if done is False:
                    for i in range(a, b):
                        done = self.line(
                            first + i, contents[i], endings[i] if uniform is None else uniform
                        )
                        if done is not None:
                            yield done
                elif done is not None:
                    yield done  # type: ignore[misc]
            if b < len(contents):
                ending = endings[b] if uniform is None else uniform
                builder = self.builder
                if not contents[b] and ending == eol and builder is not None and not self.pending:
                    builder.after[-1].append("")  # the common separator: one empty line
                    builder.closed = True
                    builder.line_count += 1
                else:
                    self.separator(first + b, contents[b], ending)
            a = b + 1

    def whole(self, contents: list[str], cuts: list[int]) -> list[list[str]] | None:
        """The columns of a chunk's token lines when all are canonical (one pass), else None."""
        if len(cuts) == contents.count(""):
            lines = list(filter(None, contents))
        else:
            keep = set(cuts)
            lines = [c for i, c in enumerate(contents) if i not in keep]
        return self.columns_of(lines) if lines else None

    def columns_of(self, lines: list[str]) -> list[list[str]] | None:
        """Each column's values for canonical token lines ending in the file's eol; else None."""
        sep, columns = self.layout.sep, self.layout.columns
        joined = sep.join(lines)
        if sep == " ":
            if "\t" in joined:
                return None
        elif joined[0] == " " or joined[-1] == " " or " \t" in joined or "\t " in joined:
            return None
        fields = joined.split(sep)
        if len(fields) != columns * len(lines) or "" in fields:
            return None
        parts = [fields[j::columns] for j in range(columns)]
        if (
            join_rows(parts, sep, "\n") != "\n".join(lines) + "\n"
        ):  # each line holds exactly columns - 1 separators
            return None
        return parts

    def append(self, parts: list[list[str]], start: int, count: int) -> None:
        """Add ``count`` canonical token lines (columns from ``start``) to the open sentence."""
        builder = self.builder
        assert builder is not None
        stop = start + count
        builder.tokens += parts[0][start:stop]
        for column, values in zip(builder.cols, parts[1:]):
            column += values[start:stop]
        builder.sentences[-1] += count
        builder.line_count += count

    def finish_or_skip(self, builder: DocumentBuilder) -> Document | None:
        """skip_bad: the document, unless it holds a bad line (then a problem names it)"""
        if not self.bad:
            return self.finish(builder)
        message = f"document {self.stem}:{builder.first_number} left out: it holds a bad line"
        if len(self.problems) < PROBLEM_CAP:
            self.problems.append(Problem(str(self.path), builder.first_number, message))
        else:
            self.more += 1
        return None

    def finish(self, builder: DocumentBuilder) -> Document:
        rec = builder.record(self.bom, self.encoding)
        self.bom = False  # the BOM belongs to the first document only
        tokens, sizes = builder.tokens, builder.sentences
        text = record_text(tokens, sizes)
        layers = builder.layout.layers
        spans: list[Span]
        issues: list[tuple[int, str]]
        if len(layers) == 1 and builder.cols[layers[0] - 2].count("O") == len(tokens):
            spans, issues = [], []  # most sentences of most files: no entity
        else:
            spans, issues = document_spans(
                tokens, builder.cols, sizes, layers, builder.layout.i_start
            )
        for index, message in issues:
            self.warnings += 1
            if self.warnings <= WARNING_CAP:
                warn(self.options, self.path, builder.token_line(index), message)
        return Document(
            id=f"{self.stem}:{builder.first_number}",
            text=text,
            spans=spans,
            extra={RECORD_KEY: rec},
        )


def read(path: Path, options: Options) -> Iterator[Document]:
    """Documents of a CoNLL file: per sentence, -DOCSTART- section or file."""
    path = Path(path)
    settings = ReadSettings.from_options(options, path)
    with open_text_stream(path, settings.encoding) as stream:
        chunks = stream.line_chunks()
        head, window = _look_ahead(chunks)
        layout = detect_layout(window, settings)
        if layout is None:
            what = (
                "the file is empty"
                if not window
                else "the file holds no token line (only blank lines)"
            )
            raise InputError.single(path, None, f"{what}: expected TOKEN<TAB or space>TAG lines")
        reader = _Reader(path, options, layout, bool(stream.encoding.bom), stream.encoding.codec)
        for chunk in chain(head, chunks):
            yield from reader.chunk(chunk)
            progress(options, stream.position())
        builder = reader.builder
        if reader.problems and not (reader.skip_bad and builder is not None):
            raise InputError(reader.problems, more=reader.more)
        assert builder is not None
        for extra_line in (
            reader.pending
        ):  # a trailing -DOCSTART- with no tokens after it stays with the last document
            builder.add_break(extra_line)
        if reader.warnings > WARNING_CAP:
            warn(
                options,
                path,
                None,
                f"... and {reader.warnings - WARNING_CAP} more warning(s) in this file",
            )
        if reader.problems:  # skip_bad: the good documents were yielded
            last = reader.finish_or_skip(builder)
            if last is not None:
                yield last
            raise InputError(reader.problems, more=reader.more)
        yield reader.finish(builder)
        progress(options, stream.position())


def _look_ahead(chunks: Iterator[LineChunk]) -> tuple[list[LineChunk], list[TextLine]]:
    """The first chunks, and the first LOOKAHEAD_LINES lines, which decide the layout."""
    head: list[LineChunk] = []
    window: list[TextLine] = []
    for chunk in chunks:
        head.append(chunk)
        ends = chunk.endings
        window += [
            TextLine(chunk.first + i, c, ends if isinstance(ends, str) else ends[i])
            for i, c in enumerate(chunk.contents[: LOOKAHEAD_LINES - len(window)])
        ]
        if len(window) >= LOOKAHEAD_LINES:
            break
    return head, window


def file_layout(path: Path, options: Options) -> tuple[FileLayout | None, bool, str]:
    """The layout ``read`` would use for ``path``, whether it has a BOM, its codec."""
    settings = ReadSettings.from_options(options, path)
    with open_text_stream(path, settings.encoding) as stream:
        _head, window = _look_ahead(stream.line_chunks())
        return detect_layout(window, settings), bool(stream.encoding.bom), stream.encoding.codec


def read_lines(
    path: Path, options: Options, layout: FileLayout, chunks: Iterable[LineChunk], encoding: str
) -> tuple[list[Document], bool]:
    """The documents of a piece of a file that starts a document (``--jobs``): the file's
    layout and encoding as ``file_layout`` gives them (recorded as one process records them),
    no BOM; False when it holds a bad line or ends inside a -DOCSTART- section."""
    reader = _Reader(path, options, layout, False, encoding)
    docs = [doc for chunk in chunks for doc in reader.chunk(chunk)]
    if reader.problems or reader.pending or reader.builder is None:
        return docs, False
    docs.append(reader.finish(reader.builder))
    return docs, True


def looks_like_conll(path: Path, sample_bytes: int = 65536) -> bool:
    """Whether a file's first lines are token-and-BIO-tag lines (plain text is not guessed then)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(sample_bytes)
    except OSError:
        return False
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    lines = [ln for ln in text.splitlines()[:-1] if ln.strip(" \t")][:200]
    if len(lines) < 2:
        return False
    tagged = sum(1 for ln in lines if len(ln.split()) >= 2 and is_bio_like(ln.split()[-1]))
    return tagged * 10 >= len(lines) * 9


def _column_message(layout: FileLayout, fields: list[str], content: str) -> str:
    sep_name = "TAB" if layout.mode == "tab" else "space"
    if len(fields) == 1:
        return f"no {sep_name} separator: expected TOKEN{layout.sep!r}TAG, got {content[:60]!r}"
    return (
        f"{len(fields)} columns where line {layout.first_line} has {layout.columns} "
        f"(separator: {sep_name}): {content[:60]!r}"
    )
