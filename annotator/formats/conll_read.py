"""Read CoNLL / BIO files as Documents, streaming, keeping everything needed to write the file back byte for byte.

A document's text is its tokens joined by single spaces (sentences by "\\n"); its
``extra["conll"]`` record (described in docs/decisions/0011-conll-round-trip.md)
keeps the tokens, every column's original strings, the separator, line endings,
BOM, blank-line text and anything else the file did that is not the default.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from annotator.errors import InputError, Problem
from annotator.formats.common import TextLine, open_text_stream, progress, warn
from annotator.formats.conll_tags import (
    POLICIES,
    SchemeDetector,
    decode,
    is_bio_like,
    normalise_scheme,
)
from annotator.formats.registry import Options
from annotator.model import Document, Span

RECORD_KEY = "conll"
RECORD_VERSION = 1
LOOKAHEAD_LINES = 5_000  # lines read ahead to detect tag columns and the scheme (bounded memory)
PROBLEM_CAP = 200
WARNING_CAP = 200
SPLITS = ("auto", "sentence", "docstart", "file")
DOCSTART = "-DOCSTART-"
_SEP_RE = {"tab": re.compile(r"([ \t]*\t[ \t]*)"), "space": re.compile(r"([ \t]+)")}
_EDGES = re.compile(r"([ \t]*)(.*?)([ \t]*)\Z", re.DOTALL)


@dataclass(frozen=True)
class LineLayout:
    """A token line cut into its parts: leading white space, fields, the separators between them, trailing white space."""

    head: str
    fields: list[str]
    seps: list[str]
    tail: str

    def join(self) -> str:
        out = [self.head, self.fields[0]]
        for sep, value in zip(self.seps, self.fields[1:]):
            out += [sep, value]
        out.append(self.tail)
        return "".join(out)


def split_line(content: str, mode: str) -> LineLayout:
    """The parts of a token line; ``mode`` "tab" splits on TAB (tokens may hold spaces), "space" on any blank run."""
    head, body, tail = _EDGES.match(content).groups()  # type: ignore[union-attr]
    pieces = _SEP_RE[mode].split(body)
    return LineLayout(head, pieces[0::2], pieces[1::2], tail)


def fast_fields(content: str, mode: str, sep: str) -> list[str] | None:
    """The fields of a line written canonically (only ``sep`` between fields, no edge blanks), else None."""
    parts = content.split(sep)
    if "" in parts:
        return None
    if mode == "space":
        if "\t" in content or (sep != " " and " " in content):
            return None
    elif content[0] == " " or content[-1] == " " or " \t" in content or "\t " in content:
        return None
    return parts


@dataclass
class ReadSettings:
    """Reader options, checked: separator mode, scheme, I- policy, how files split into documents, tag columns."""

    sep: str = "auto"
    scheme: str | None = None
    i_start: str = "start"
    split: str = "auto"
    tag_columns: list[int] | None = None
    encoding: str | None = None

    @classmethod
    def from_options(cls, options: Options, path: Path) -> ReadSettings:
        def bad(message: str) -> InputError:
            return InputError.single(path, None, message)

        sep = str(options.get("sep") or "auto").lower()
        sep = {"\t": "tab", "\\t": "tab", " ": "space", "tsv": "tab"}.get(sep, sep)
        if sep not in ("auto", "tab", "space"):
            raise bad(f"unknown separator {options.get('sep')!r}; use tab, space or auto")
        try:
            scheme = normalise_scheme(options.get("scheme"))
        except ValueError as exc:
            raise bad(str(exc)) from None
        i_start = str(options.get("i_start") or "start")
        if i_start not in POLICIES:
            raise bad(f"unknown i_start policy {i_start!r}; use one of: {', '.join(POLICIES)}")
        split = str(options.get("split") or "auto")
        if split not in SPLITS:
            raise bad(f"unknown split {split!r}; use one of: {', '.join(SPLITS)}")
        columns = options.get("tag_columns")
        tag_columns = None
        if columns not in (None, ""):
            try:
                tag_columns = sorted({int(c) for c in str(columns).split(",")})
            except ValueError:
                raise bad(f"tag_columns must be column numbers such as 2 or 2,3 (the token is column 1), got {columns!r}") from None
            if not tag_columns or tag_columns[0] < 2:
                raise bad("tag_columns are numbered from 2 (the token is column 1)")
        return cls(sep, scheme, i_start, split, tag_columns, options.get("encoding") or None)


@dataclass
class FileLayout:
    """What the whole file does by default (decided from its first lines)."""

    mode: str  # "tab" or "space"
    sep: str
    columns: int
    eol: str
    layers: list[int]  # file column numbers (the token is 1) read as BIO tag layers
    scheme: str
    i_start: str
    split: str
    first_line: int


def _is_separator_line(content: str) -> bool:
    return not content.strip(" \t") or content.startswith(DOCSTART)


def detect_layout(window: list[TextLine], settings: ReadSettings) -> FileLayout | None:
    """The file's layout from its first lines (majority of token lines); None when they hold no token line."""
    token_lines = [ln for ln in window if not _is_separator_line(ln.content)]
    if not token_lines:
        return None
    if settings.sep != "auto":
        mode = settings.sep
    else:
        with_tab = sum("\t" in ln.content for ln in token_lines)
        mode = "tab" if with_tab * 2 >= len(token_lines) else "space"
    layouts = {ln.number: split_line(ln.content, mode) for ln in token_lines}
    shapes = Counter((len(lay.fields), lay.seps[0] if lay.seps else "") for lay in layouts.values())
    (columns, sep), _ = max(shapes.items(), key=lambda item: (item[0][0] > 1, item[1]))
    sep = sep or ("\t" if mode == "tab" else " ")
    columns = max(2, columns)
    first = next((ln for ln in token_lines if len(layouts[ln.number].fields) == columns), token_lines[0])
    eol = window[0].ending or "\n"
    bio = [0] * columns
    seen = [0] * columns
    for lay in layouts.values():
        if len(lay.fields) == columns:
            for j in range(1, columns):
                seen[j] += 1
                bio[j] += is_bio_like(lay.fields[j])
    if settings.tag_columns:
        layers = [c for c in settings.tag_columns if c <= columns]
    else:
        layers = [j + 1 for j in range(1, columns) if seen[j] and bio[j] * 10 >= seen[j] * 9]
    if not layers:
        layers = [columns]  # the tag is the last column, even when its values look odd
    detector = SchemeDetector()
    sentence: list[list[str]] = []
    for line in [*window, None]:
        found = layouts.get(line.number) if line is not None else None
        if found is None:
            for layer in layers:
                detector.feed([fields[layer - 1] for fields in sentence])
            sentence = []
        elif len(found.fields) == columns:
            sentence.append(found.fields)
    scheme = settings.scheme or detector.scheme()
    i_start = "start" if scheme == "IOB1" else settings.i_start
    split = settings.split
    if split == "auto":
        opening = next((ln for ln in window if ln.content.strip(" \t")), first)
        split = "docstart" if opening.content.startswith(DOCSTART) else "sentence"
    return FileLayout(mode, sep, columns, eol, layers, scheme, i_start, split, first.number)


@dataclass
class DocumentBuilder:
    """Accumulates the lines of one document and builds it with its round-trip record."""

    layout: FileLayout
    stem: str
    first_number: int = 0
    tokens: list[str] = field(default_factory=list)
    token_lines: list[int] = field(default_factory=list)
    cols: list[list[str]] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    after: list[list[str]] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    eols: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    line_count: int = 0
    eol: str = "\n"
    closed: bool = True  # the current sentence has ended (or none began)

    def __post_init__(self) -> None:
        self.cols = [[] for _ in range(self.layout.columns - 1)]
        self.eol = self.layout.eol

    def _line(self, line: TextLine) -> None:
        if line.ending != self.eol:
            self.eols[str(self.line_count)] = line.ending
        self.line_count += 1

    def add_lead(self, line: TextLine) -> None:
        self.lead.append(line.content)
        self._line(line)

    def close(self) -> None:
        self.closed = True

    def add_break(self, line: TextLine) -> None:
        self.after[-1].append(line.content)
        self.closed = True
        self._line(line)

    def record(self, bom: bool, encoding: str) -> dict[str, Any]:
        lay = self.layout
        rec: dict[str, Any] = {
            "v": RECORD_VERSION, "mode": lay.mode, "sep": lay.sep, "eol": lay.eol, "scheme": lay.scheme,
            "i_start": lay.i_start, "layers": list(lay.layers), "tokens": self.tokens, "cols": self.cols,
            "sentences": self.sentences,
        }
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


def entity_keys(tokens: list[str], cols: list[list[str]], sentences: list[int], layers: list[int],
                i_start: str) -> tuple[dict[tuple[int, int, str], list[int]], list[tuple[int, str]]]:
    """(start, end, label) -> the layers holding it, for the entities the tag columns describe; issues per token."""
    starts = []
    pos = 0
    for token in tokens:
        starts.append(pos)
        pos += len(token) + 1
    found: dict[tuple[int, int, str], list[int]] = {}
    issues: list[tuple[int, str]] = []
    for layer in layers:
        column = cols[layer - 2]
        first = 0
        for size in sentences:
            tags = column[first:first + size]
            if tags.count("O") == size:  # most sentences of most files: nothing to decode
                first += size
                continue
            entities, problems = decode(tags, i_start, first)
            if problems:
                issues += problems
            for a, b, label in entities:
                start, end = starts[first + a], starts[first + b - 1] + len(tokens[first + b - 1])
                if end <= start:
                    issues.append((first + a, f"entity {label} covers only empty tokens: not imported"))
                    continue
                found.setdefault((start, end, label), []).append(layer)
            first += size
    return found, issues


def document_spans(tokens: list[str], cols: list[list[str]], sentences: list[int], layers: list[int],
                   i_start: str) -> tuple[list[Span], list[tuple[int, str]]]:
    """The spans the tag columns describe (offsets into the joined text) and the issues per token index."""
    found, issues = entity_keys(tokens, cols, sentences, layers, i_start)
    many = len(layers) > 1
    spans = []
    for (start, end, label), where in found.items():
        meta = {"layer": where[0] if len(where) == 1 else where} if many else None
        spans.append(Span(start, end, label, meta))
    return spans, issues


def _finish(builder: DocumentBuilder, path: Path, options: Options, bom: bool, encoding: str,
            warnings: list[int]) -> Document:
    rec = builder.record(bom, encoding)
    tokens, sizes = builder.tokens, builder.sentences
    lines, first = [], 0
    for size in sizes:
        lines.append(" ".join(tokens[first:first + size]))
        first += size
    text = "\n".join(lines)
    spans, issues = document_spans(tokens, builder.cols, sizes, builder.layout.layers, builder.layout.i_start)
    for index, message in issues:
        warnings[0] += 1
        if warnings[0] <= WARNING_CAP:
            warn(options, path, builder.token_lines[index], message)
    return Document(id=f"{builder.stem}:{builder.first_number}", text=text, spans=spans, extra={RECORD_KEY: rec})


def read(path: Path, options: Options) -> Iterator[Document]:
    """Documents of a CoNLL file, one per sentence (or per -DOCSTART- section, or per file); see ReadSettings."""
    path = Path(path)
    settings = ReadSettings.from_options(options, path)
    problems: list[Problem] = []
    more = 0
    warnings = [0]
    stem = path.stem
    with open_text_stream(path, settings.encoding) as stream:
        encoding = stream.encoding.codec
        bom = bool(stream.encoding.bom)  # belongs to the first document only
        lines = stream.lines()
        window = list(islice(lines, LOOKAHEAD_LINES))
        layout = detect_layout(window, settings)
        if layout is None:
            what = "the file is empty" if not window else "the file holds no token line (only blank lines)"
            raise InputError.single(path, None, f"{what}: expected TOKEN<TAB or space>TAG lines")
        builder: DocumentBuilder | None = None
        pending: list[TextLine] = []  # lines before the next document's first token
        mode, sep, columns, split, eol = layout.mode, layout.sep, layout.columns, layout.split, layout.eol
        space_mode = mode == "space"
        tokens: list[str] = []
        sentences: list[int] = []
        for number, content, ending in chain(window, lines):
            if not content or (content[0] in " \t-" and _is_separator_line(content)):
                line = TextLine(number, content, ending)
                if builder is None or pending or (split == "docstart" and content.startswith(DOCSTART)):
                    if builder is not None:
                        builder.close()
                    pending.append(line)
                else:
                    builder.add_break(line)
                continue
            # The hot path: a line written canonically is split once; anything else goes through split_line.
            fields = content.split(sep)
            raw = None
            if len(fields) != columns or "" in fields or (
                    ("\t" in content or (sep != " " and " " in content)) if space_mode
                    else (content[0] == " " or content[-1] == " " or " \t" in content or "\t " in content)):
                fields, raw = split_line(content, mode).fields, content
                if len(fields) != columns:
                    if len(problems) >= PROBLEM_CAP:
                        more += 1
                    else:
                        problems.append(Problem(str(path), number, _column_message(layout, fields, content)))
                    continue
            if builder is None or (builder.closed and (split == "sentence" or (split == "docstart" and pending))):
                if builder is not None and not problems:
                    yield _finish(builder, path, options, bom, encoding, warnings)
                    bom = False
                    progress(options, stream.position())
                builder = DocumentBuilder(layout, stem)
                for lead in pending:
                    builder.add_lead(lead)
                pending = []
                tokens, sentences = builder.tokens, builder.sentences
                add_token, add_number, first_column = tokens.append, builder.token_lines.append, builder.cols[0].append
            if builder.closed:
                if not tokens:
                    builder.first_number = number
                sentences.append(0)
                builder.after.append([])
                builder.closed = False
            if raw is not None:
                builder.raw[str(len(tokens))] = raw
            add_token(fields[0])
            add_number(number)
            if columns == 2:
                first_column(fields[1])
            else:
                for column, value in zip(builder.cols, fields[1:]):
                    column.append(value)
            sentences[-1] += 1
            if ending != eol:
                builder.eols[str(builder.line_count)] = ending
            builder.line_count += 1
        if problems:
            raise InputError(problems, more=more)
        assert builder is not None
        for extra_line in pending:  # a trailing -DOCSTART- with no tokens after it stays with the last document
            builder.add_break(extra_line)
        if warnings[0] > WARNING_CAP:
            warn(options, path, None, f"... and {warnings[0] - WARNING_CAP} more warning(s) in this file")
        yield _finish(builder, path, options, bom, encoding, warnings)
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
    return (f"{len(fields)} columns where line {layout.first_line} has {layout.columns} "
            f"(separator: {sep_name}): {content[:60]!r}")
