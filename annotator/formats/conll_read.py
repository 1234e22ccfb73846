"""Read CoNLL / BIO files as Documents, streaming, keeping everything needed to write the file back byte for byte.

A document's text is its tokens joined by single spaces (sentences by "\\n"); its
``extra["conll"]`` record (described in docs/decisions/0011-conll-round-trip.md)
keeps the tokens, every column's original strings, the separator, line endings,
BOM, blank-line text and anything else the file did that is not the default.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from annotator.errors import InputError, Problem
from annotator.formats.conll_layout import (
    _ODD_STARTS,
    DOCSTART,
    SPLITS,
    FileLayout,
    LineLayout,
    ReadSettings,
    _is_separator_line,
    detect_layout,
    fast_fields,
    split_line,
)
from annotator.formats.conll_tags import (
    entity_keys,
    is_bio_like,
)
from annotator.formats.problems import PROBLEM_CAP, progress, warn
from annotator.formats.registry import Options
from annotator.formats.streams import LineChunk, TextLine, open_text_stream
from annotator.model import Document, Span

__all__ = [
    "DOCSTART",
    "LOOKAHEAD_LINES",
    "PROBLEM_CAP",
    "RECORD_KEY",
    "RECORD_VERSION",
    "SPLITS",
    "WARNING_CAP",
    "DocumentBuilder",
    "FileLayout",
    "LineLayout",
    "ReadSettings",
    "default_mode",
    "detect_layout",
    "document_spans",
    "entity_keys",
    "fast_fields",
    "is_bio_like",
    "join_rows",
    "looks_like_conll",
    "read",
    "split_line",
]

RECORD_KEY = "conll"
RECORD_VERSION = 1
LOOKAHEAD_LINES = 5_000  # lines read ahead to detect tag columns and the scheme (bounded memory)
WARNING_CAP = 200


class DocumentBuilder:
    """Accumulates the lines of one document and builds its round-trip record."""

    __slots__ = (
        "after",
        "closed",
        "cols",
        "eols",
        "first_number",
        "layout",
        "lead",
        "line_count",
        "raw",
        "sentence_lines",
        "sentences",
        "tokens",
    )

    def __init__(self, layout: FileLayout) -> None:
        self.layout = layout
        self.first_number = 0
        self.tokens: list[str] = []
        self.cols: list[list[str]] = (
            [[]] if layout.columns == 2 else [[] for _ in range(layout.columns - 1)]
        )
        self.sentences: list[int] = []  # token count of each sentence
        self.sentence_lines: list[
            int
        ] = []  # file line of each sentence's first token (for warnings)
        self.after: list[list[str]] = []
        self.lead: list[str] = []
        self.eols: dict[str, str] = {}
        self.raw: dict[str, str] = {}
        self.line_count = 0
        self.closed = True  # the current sentence has ended (or none began)

    def _ending(self, ending: str) -> None:
        if ending != self.layout.eol:
            self.eols[str(self.line_count)] = ending
        self.line_count += 1

    def add_lead(self, line: TextLine) -> None:
        self.lead.append(line.content)
        self._ending(line.ending)

    def add_break(self, line: TextLine) -> None:
        self.after[-1].append(line.content)
        self.closed = True
        self._ending(line.ending)

    def open_sentence(self, number: int) -> None:
        if not self.tokens:
            self.first_number = number
        self.sentences.append(0)
        self.sentence_lines.append(number)
        self.after.append([])
        self.closed = False

    def token_line(self, index: int) -> int:
        """The file line of the token at ``index`` (a sentence's tokens are consecutive lines)."""
        first = 0
        for size, line in zip(self.sentences, self.sentence_lines):
            if index < first + size:
                return line + index - first
            first += size
        return self.sentence_lines[-1]

    def record(self, bom: bool, encoding: str) -> dict[str, Any]:
        """The ``extra["conll"]`` record; keys whose value is the default are left out (docs/decisions/0011)."""
        lay = self.layout
        rec: dict[str, Any] = {"v": RECORD_VERSION, "sep": lay.sep}
        if lay.mode != default_mode(lay.sep):
            rec["mode"] = lay.mode
        if lay.eol != "\n":
            rec["eol"] = lay.eol
        rec["scheme"] = lay.scheme
        if lay.i_start != "start":
            rec["i_start"] = lay.i_start
        if lay.layers != [2] or lay.columns != 2:
            rec["layers"] = list(lay.layers)
        rec["tokens"] = self.tokens
        rec["cols"] = self.cols
        if len(self.sentences) != 1:
            rec["sentences"] = self.sentences
        if bom:
            rec["bom"] = True
        if encoding != "utf-8":
            rec["encoding"] = encoding
        if self.lead:
            rec["lead"] = self.lead
        after = {str(i): a for i, a in enumerate(self.after) if a != [""]}
        if after:
            rec["after"] = after
        if self.eols:
            rec["eols"] = self.eols
        if self.raw:
            rec["raw"] = self.raw
        return rec


def document_spans(
    tokens: list[str], cols: list[list[str]], sentences: list[int], layers: list[int], i_start: str
) -> tuple[list[Span], list[tuple[int, str]]]:
    """The spans the tag columns describe (offsets into the joined text) and the issues per token index."""
    found, issues = entity_keys(tokens, cols, sentences, layers, i_start)
    many = len(layers) > 1
    spans = []
    for (start, end, label), where in found.items():
        meta = {"layer": where[0] if len(where) == 1 else where} if many else None
        spans.append(Span(start, end, label, meta))
    return spans, issues


def join_rows(columns: list[list[str]], sep: str, eol: str) -> str:
    """Lines made of the columns' values (all of one length) joined by ``sep``, each ended by ``eol``, in one join."""
    width = len(columns)
    pieces = ([None, sep] * (width - 1) + [None, eol]) * len(columns[0])
    for j, values in enumerate(columns):
        pieces[2 * j :: 2 * width] = values
    return "".join(pieces)  # type: ignore[arg-type]


def default_mode(sep: str) -> str:
    """The separator mode a record leaves out: "tab" when the separator holds a TAB, else "space"."""
    return "tab" if "\t" in sep else "space"


class _Reader:
    """The state of one read: the layout, the document being built, the lines waiting for the next one, problems."""

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
        self.pending: list[TextLine] = []  # separator lines before the next document's first token
        self.fast = (layout.mode, layout.sep) in (("space", " "), ("tab", "\t"))

    def start_token(self, number: int) -> Document | None:
        """Open a document and/or sentence for a token line when needed; the finished previous document, if any."""
        builder = self.builder
        done = None
        split = self.layout.split
        if builder is None or (
            builder.closed and (split == "sentence" or (split == "docstart" and self.pending))
        ):
            if builder is not None and not self.problems:
                done = self.finish(builder)
            builder = self.builder = DocumentBuilder(self.layout)
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
        """Consecutive token lines ending in the file's eol, when all are written canonically; False when not."""
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
        else:  # the only separator lines are empty ones: find them without a Python loop over every line
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
        """The columns of every token line of a chunk when all are written canonically (one pass), else None."""
        if len(cuts) == contents.count(""):
            lines = list(filter(None, contents))
        else:
            keep = set(cuts)
            lines = [c for i, c in enumerate(contents) if i not in keep]
        return self.columns_of(lines) if lines else None

    def columns_of(self, lines: list[str]) -> list[list[str]] | None:
        """Each column's values for token lines ending in the file's eol, when all are canonical; else None."""
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
        """Add ``count`` canonical token lines (their columns from ``start``) to the open sentence."""
        builder = self.builder
        assert builder is not None
        stop = start + count
        builder.tokens += parts[0][start:stop]
        for column, values in zip(builder.cols, parts[1:]):
            column += values[start:stop]
        builder.sentences[-1] += count
        builder.line_count += count

    def finish(self, builder: DocumentBuilder) -> Document:
        rec = builder.record(self.bom, self.encoding)
        self.bom = False  # the BOM belongs to the first document only
        tokens, sizes = builder.tokens, builder.sentences
        if len(sizes) == 1:
            text = " ".join(tokens)
        else:
            lines, first = [], 0
            for size in sizes:
                lines.append(" ".join(tokens[first : first + size]))
                first += size
            text = "\n".join(lines)
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
    """Documents of a CoNLL file, one per sentence (or per -DOCSTART- section, or per file); see ReadSettings."""
    path = Path(path)
    settings = ReadSettings.from_options(options, path)
    with open_text_stream(path, settings.encoding) as stream:
        chunks = stream.line_chunks()
        head: list[LineChunk] = []
        window: list[TextLine] = []
        for chunk in chunks:  # the first lines decide the layout
            head.append(chunk)
            ends = chunk.endings
            window += [
                TextLine(chunk.first + i, c, ends if isinstance(ends, str) else ends[i])
                for i, c in enumerate(chunk.contents[: LOOKAHEAD_LINES - len(window)])
            ]
            if len(window) >= LOOKAHEAD_LINES:
                break
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
        if reader.problems:
            raise InputError(reader.problems, more=reader.more)
        builder = reader.builder
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
        yield reader.finish(builder)
        progress(options, stream.position())


def looks_like_conll(path: Path, sample_bytes: int = 65536) -> bool:
    """Whether a file's first lines read as token-and-BIO-tag lines (to refuse guessing plain text for them)."""
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
