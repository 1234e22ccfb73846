"""The round-trip record of a document read from CoNLL: the reader builds it, writers check it.

``Document.extra["conll"]`` (docs/decisions/0011-conll-round-trip.md) keeps the tokens,
every column's original strings, the separator, line endings, BOM, blank-line text and
anything else the file did that is not the default; keys at their default are left out.
"""

from __future__ import annotations

import codecs
from typing import Any

from annotator.formats.conll_layout import FileLayout
from annotator.formats.conll_tags import SCHEMES, entity_keys
from annotator.formats.streams import TextLine
from annotator.model import Span

RECORD_KEY = "conll"
RECORD_VERSION = 1


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
        """The ``extra["conll"]`` record; keys at their default are left out (decision 0011)."""
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
    """The spans the tag columns describe (offsets into the joined text), issues per token."""
    found, issues = entity_keys(tokens, cols, sentences, layers, i_start)
    many = len(layers) > 1
    spans = []
    for (start, end, label), where in found.items():
        meta = {"layer": where[0] if len(where) == 1 else where} if many else None
        spans.append(Span(start, end, label, meta))
    return spans, issues


def join_rows(columns: list[list[str]], sep: str, eol: str) -> str:
    """Lines of the columns' values joined by ``sep``, each ended by ``eol``, in one join."""
    width = len(columns)
    pieces = ([None, sep] * (width - 1) + [None, eol]) * len(columns[0])
    for j, values in enumerate(columns):
        pieces[2 * j :: 2 * width] = values
    return "".join(pieces)  # type: ignore[arg-type]


def default_mode(sep: str) -> str:
    """The mode a record leaves out: "tab" when the separator holds a TAB, else "space"."""
    return "tab" if "\t" in sep else "space"


def record_text(tokens: list[str], sizes: list[int]) -> str:
    """The document text a record stands for: tokens joined by spaces, sentences by "\\n"."""
    if len(sizes) == 1:
        return " ".join(tokens)
    lines, first = [], 0
    for size in sizes:
        lines.append(" ".join(tokens[first : first + size]))
        first += size
    return "\n".join(lines)


def record_problem(rec: Any, text: str) -> str | None:
    """Why a stored record cannot rebuild this document (None when it can)."""
    if not isinstance(rec, dict) or rec.get("v") != RECORD_VERSION:
        return "its conll record is missing or of another version"
    tokens, cols = rec.get("tokens"), rec.get("cols")
    if not isinstance(tokens, list):
        return "its conll record has no token list"
    sizes = rec.get("sentences", [len(tokens)])
    if not (
        isinstance(cols, list)
        and cols
        and all(isinstance(c, list) and len(c) == len(tokens) for c in cols)
    ):
        return "its conll record's columns do not match its tokens"
    if not (
        isinstance(sizes, list)
        and all(isinstance(n, int) and n > 0 for n in sizes)
        and sum(sizes) == len(tokens)
    ):
        return "its conll record's sentence sizes do not match its tokens"
    layers = rec.get("layers", [2])
    if not (
        isinstance(layers, list)
        and layers
        and all(isinstance(n, int) and 2 <= n <= len(cols) + 1 for n in layers)
    ):
        return "its conll record's layers are invalid"
    sep = rec.get("sep")
    if not isinstance(sep, str):
        return "its conll record lacks its separator"
    for key, default in (("mode", default_mode(sep)), ("eol", "\n"), ("i_start", "start")):
        if not isinstance(rec.get(key, default), str):
            return f"its conll record's {key} is not a string"
    if (
        rec.get("mode", default_mode(sep)) not in ("tab", "space")
        or rec.get("scheme") not in SCHEMES
    ):
        return "its conll record names an unknown mode or scheme"
    encoding = rec.get("encoding", "utf-8")
    if encoding != "utf-8":
        try:
            codecs.lookup(encoding)
        except (LookupError, TypeError):
            return f"its conll record names an unknown encoding {encoding!r}"
    try:
        joined = record_text(tokens, sizes)
    except TypeError:
        return "its conll record's tokens are not all strings"
    if joined != text:
        return "its text no longer equals the tokens it was read from"
    return None


def filled(rec: dict[str, Any]) -> dict[str, Any]:
    """A checked record with every key the reader leaves out filled in at its default."""
    full = dict(rec)
    full.setdefault("mode", default_mode(rec["sep"]))
    full.setdefault("eol", "\n")
    full.setdefault("i_start", "start")
    full.setdefault("layers", [2])
    full.setdefault("sentences", [len(rec["tokens"])])
    return full
