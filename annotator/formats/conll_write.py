"""Write Documents as CoNLL / BIO: byte for byte what was read when nothing changed, new tags only where spans did.

A document read from CoNLL carries ``extra["conll"]`` (see conll_read); its lines are
rebuilt from that record, keeping every original tag string whose entity is
unchanged. Any other document is tokenized with annotator.text.tokenize (one sentence
per line of text); a span that does not fall on token boundaries is reported, never widened.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from annotator.errors import InputError, SaveError
from annotator.formats.conll_read import (
    RECORD_KEY,
    RECORD_VERSION,
    default_mode,
    join_rows,
    split_line,
)
from annotator.formats.conll_tags import (
    DEFAULT_SCHEME,
    SCHEMES,
    Entity,
    decode,
    encode,
    entity_keys,
    normalise_scheme,
)
from annotator.formats.registry import Options, WriteReport
from annotator.model import Document, Span
from annotator.storage.fileio import atomic_writer

FLUSH_CHARS = 1 << 20
_BLANK = re.compile(r"\s")
_NEWLINES = re.compile("[\n\r\u2028\u2029\x85\x0b\x0c]")


def _sep_option(value: Any) -> str | None:
    if value in (None, "", "auto"):
        return None
    text = str(value)
    return {"tab": "\t", "\\t": "\t", "space": " ", "tsv": "\t"}.get(text.lower(), text)


def _short(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


class _Writer:
    """State of one export: options, the report, and what the previous document left open."""

    def __init__(self, options: Options) -> None:
        try:
            self.scheme = normalise_scheme(options.get("scheme"))
        except ValueError as exc:
            raise InputError.single("--scheme", None, str(exc)) from None
        self.rewrite = bool(options.get("rewrite", False))  # regenerate every tag from the spans
        self.sep = _sep_option(options.get("sep"))
        if self.sep is not None and (not self.sep or self.sep.strip(" \t")):
            raise InputError.single(
                "--sep", None, f"the separator must be TAB or spaces, got {self.sep!r}"
            )
        self.report = WriteReport()
        self.tokenized = 0
        self.ended_eol: str | None = (
            "\n"  # ending of the last line written ("" = none); None before any
        )
        self.open_sentence = False  # the last sentence written has no blank line after it

    def warn(self, doc: Document, message: str) -> None:
        self.report.warnings.append(f"document {doc.id!r}: {message}")

    def label(self, doc: Document, label: str) -> str:
        if _BLANK.search(label):
            safe = _BLANK.sub("_", label)
            self.warn(
                doc, f"label {label!r} holds white space, which CoNLL cannot: written as {safe!r}"
            )
            return safe
        return label

    # -- spans to token entities ---------------------------------------------------------------

    def entities(
        self,
        doc: Document,
        spans: Iterable[Span],
        starts: dict[int, int],
        ends: dict[int, int],
        sentence_of: Sequence[int],
    ) -> list[Entity]:
        """Token entities for spans that fall on token boundaries within one sentence and overlap nothing kept."""
        out: list[Entity] = []
        last_stop = -1
        for span in sorted(spans):
            first, last = starts.get(span.start), ends.get(span.end)
            if first is None or last is None or last < first:
                self.warn(
                    doc,
                    f"span [{span.start}, {span.end}) {span.label} {_short(doc.span_text(span))} "
                    "cuts a token: not written (CoNLL tags whole tokens)",
                )
                continue
            if sentence_of[first] != sentence_of[last]:
                self.warn(
                    doc,
                    f"span [{span.start}, {span.end}) {span.label} {_short(doc.span_text(span))} "
                    "crosses a sentence break: not written",
                )
                continue
            if first < last_stop:
                self.warn(
                    doc,
                    f"span [{span.start}, {span.end}) {span.label} {_short(doc.span_text(span))} "
                    "overlaps another span in the same tag column: not written",
                )
                continue
            out.append((first, last + 1, self.label(doc, span.label)))
            last_stop = last + 1
        return out


def _by_sentence(
    entities: Iterable[Entity], bounds: list[tuple[int, int]], sentence_of: Sequence[int]
) -> list[list[Entity]]:
    groups: list[list[Entity]] = [[] for _ in bounds]
    for a, b, label in entities:
        first = bounds[sentence_of[a]][0]
        groups[sentence_of[a]].append((a - first, b - first, label))
    return groups


def _record_problem(rec: Any, text: str) -> str | None:
    """Why a stored CoNLL record cannot rebuild this document (None when it can); keys left out mean their default."""
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
        if len(sizes) == 1:
            joined = " ".join(tokens)
        else:
            pieces, first = [], 0
            for size in sizes:
                pieces.append(" ".join(tokens[first : first + size]))
                first += size
            joined = "\n".join(pieces)
    except TypeError:
        return "its conll record's tokens are not all strings"
    if joined != text:
        return "its text no longer equals the tokens it was read from"
    return None


def _filled(rec: dict[str, Any]) -> dict[str, Any]:
    """The record with every key the reader leaves out at its default filled in (a checked record)."""
    full = dict(rec)
    full.setdefault("mode", default_mode(rec["sep"]))
    full.setdefault("eol", "\n")
    full.setdefault("i_start", "start")
    full.setdefault("layers", [2])
    full.setdefault("sentences", [len(rec["tokens"])])
    return full


def _spans_by_layer(doc: Document, layers: list[int]) -> dict[int, list[Span]]:
    groups: dict[int, list[Span]] = {layer: [] for layer in layers}
    if len(layers) == 1:
        groups[layers[0]] = list(doc.spans)
        return groups
    for span in doc.spans:
        where = (span.meta or {}).get("layer")
        wanted = [where] if isinstance(where, int) else (where if isinstance(where, list) else [])
        wanted = [w for w in wanted if w in groups] or [layers[0]]
        for w in wanted:
            groups[w].append(span)
    return groups


def imported_lines(w: _Writer, doc: Document, rec: dict[str, Any]) -> list[str]:
    """The lines (with endings) of a document read from CoNLL, original strings kept where spans are unchanged."""
    tokens: list[str] = rec["tokens"]
    cols: list[list[str]] = rec["cols"]
    sizes: list[int] = rec["sentences"]
    layers: list[int] = rec["layers"]
    policy = rec["i_start"] if rec["scheme"] != "IOB1" else "start"
    scheme = w.scheme or rec["scheme"]
    regenerate_all = w.rewrite or (w.scheme is not None and w.scheme != rec["scheme"])
    if not regenerate_all and _unchanged(doc, rec, policy):
        w.report.spans += len(doc.spans)
        return _lines(w, doc, rec, cols, set())
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    sentence_of: list[int] = []
    bounds: list[tuple[int, int]] = []
    pos = first = 0
    for s, size in enumerate(sizes):
        bounds.append((first, first + size))
        for token in tokens[first : first + size]:
            starts.setdefault(pos, len(sentence_of))
            pos += len(token)
            ends[pos] = len(sentence_of)
            sentence_of.append(s)
            pos += 1
        first += size
    out_cols = list(cols)
    changed: set[int] = set()
    by_layer = _spans_by_layer(doc, layers)
    for layer in layers:
        j = layer - 2
        current = w.entities(doc, by_layer[layer], starts, ends, sentence_of)
        w.report.spans += len(current)
        current_by_s = _by_sentence(current, bounds, sentence_of)
        column = cols[j]
        new_column: list[str] | None = None
        for s, (a, b) in enumerate(bounds):
            tags = column[a:b]
            wanted = sorted(current_by_s[s])
            if regenerate_all:
                fresh = encode(b - a, wanted, scheme)
            else:
                original = sorted(decode(tags, policy)[0])
                if original == wanted:
                    continue
                fresh = encode(b - a, wanted, scheme)
                touched = {i for x, y, _ in set(original) ^ set(wanted) for i in range(x, y)}
                patched = [fresh[i] if i in touched else tag for i, tag in enumerate(tags)]
                if sorted(decode(patched, policy)[0]) == wanted:
                    fresh = patched  # the untouched tokens keep their strings
            if fresh == tags:
                continue
            if new_column is None:
                new_column = list(column)
            new_column[a:b] = fresh
            changed.update(a + i for i in range(b - a) if fresh[i] != tags[i])
        if new_column is not None:
            out_cols[j] = new_column
    return _lines(w, doc, rec, out_cols, changed)


def _layer_key(span: Span, layers: list[int]) -> tuple[tuple[int, int, str], tuple[int, ...]]:
    where = (span.meta or {}).get("layer") if len(layers) > 1 else None
    if isinstance(where, int):
        return span.key, (where,)
    if isinstance(where, list) and all(isinstance(x, int) for x in where):
        return span.key, tuple(where)
    return span.key, ((layers[0],) if len(layers) > 1 else ())


def _unchanged(doc: Document, rec: dict[str, Any], policy: str) -> bool:
    """Whether the document's spans are exactly those its stored tags describe (the common case: write as read)."""
    layers = rec["layers"]
    stored, _ = entity_keys(rec["tokens"], rec["cols"], rec["sentences"], layers, policy)
    if len(stored) != len(doc.spans):
        return False
    if len(layers) == 1:
        return sorted(stored) == [s.key for s in doc.spans]
    wanted = sorted(
        (key, tuple(where) if len(where) > 1 else (where[0],)) for key, where in stored.items()
    )
    return wanted == sorted(_layer_key(s, layers) for s in doc.spans)


def _lines(
    w: _Writer, doc: Document, rec: dict[str, Any], out_cols: list[list[str]], changed: set[int]
) -> list[str]:
    """The document's lines with their endings: lead, token lines, the blank lines after each sentence."""
    tokens: list[str] = rec["tokens"]
    sep = w.sep if w.sep is not None else rec["sep"]
    sep_changed = sep != rec["sep"]
    eol = rec["eol"]
    eols: dict[str, str] = rec.get("eols") or {}
    raw: dict[str, str] = rec.get("raw") or {}
    after: dict[str, list[str]] = rec.get("after") or {}
    lead: list[str] = rec.get("lead") or []
    sizes: list[int] = rec["sentences"]
    w.open_sentence = not after.get(str(len(sizes) - 1), [""])
    if not eols and not raw and not sep_changed and not lead:
        # Every line ends in eol: whole sentences are joined at once (pieces may hold several lines).
        pieces: list[str] = []
        first = 0
        for s, size in enumerate(sizes):
            stop = first + size
            if size == len(tokens):
                pieces.append(join_rows([tokens, *out_cols], sep, eol))
            else:
                pieces.append(
                    join_rows([tokens[first:stop], *[c[first:stop] for c in out_cols]], sep, eol)
                )
            pieces += [content + eol for content in after.get(str(s), [""])]
            first = stop
        return pieces
    lines = []
    n = 0

    def emit(content: str) -> None:
        nonlocal n
        lines.append(content + eols.get(str(n), eol) if eols else content + eol)
        n += 1

    for content in lead:
        emit(content)
    first = 0
    for s, size in enumerate(sizes):
        for i in range(first, first + size):
            key = str(i)
            if key in raw and not sep_changed:
                if i in changed:
                    layout = split_line(raw[key], rec["mode"])
                    layout.fields[1:] = [c[i] for c in out_cols]
                    emit(layout.join())
                else:
                    emit(raw[key])
                continue
            token = tokens[i]
            if sep_changed and (sep in token or "\t" in token):
                w.warn(
                    doc,
                    f"token {_short(token)} holds the separator {sep!r}: written with '_' instead",
                )
                token = token.replace(sep, "_").replace("\t", "_")
            emit(sep.join([token] + [c[i] for c in out_cols]))
        for content in after.get(str(s), [""]):
            emit(content)
        first += size
    return lines


def tokenized_lines(w: _Writer, doc: Document) -> list[str]:
    """CoNLL lines for a document not read from CoNLL: core tokenizer, one sentence per line of text, IOB2 by default."""
    from annotator.text.tokenize import tokenize

    tokens = tokenize(doc.text)
    if not tokens:
        w.warn(doc, "has no tokens (empty text): not written")
        return []
    starts, ends, sentence_of, bounds = {}, {}, [], []
    s = 0
    first = 0
    for i, tok in enumerate(tokens):
        if i and _NEWLINES.search(doc.text, tokens[i - 1].end, tok.start):
            bounds.append((first, i))
            first = i
            s += 1
        starts[tok.start] = i
        ends[tok.end] = i
        sentence_of.append(s)
    bounds.append((first, len(tokens)))
    current = w.entities(doc, doc.spans, starts, ends, sentence_of)
    w.report.spans += len(current)
    groups = _by_sentence(current, bounds, sentence_of)
    sep = w.sep if w.sep is not None else "\t"
    scheme = w.scheme or DEFAULT_SCHEME
    lines = []
    for (a, b), entities in zip(bounds, groups):
        tags = encode(b - a, entities, scheme)
        for tok, tag in zip(tokens[a:b], tags):
            token = doc.text[tok.start : tok.end]
            if sep in token:
                w.warn(
                    doc,
                    f"token {_short(token)} holds the separator {sep!r}: written with '_' instead",
                )
                token = token.replace(sep, "_")
            lines.append(f"{token}{sep}{tag}\n")
        lines.append("\n")
    w.tokenized += 1
    w.open_sentence = False
    return lines


def write(documents: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """Write ``documents`` to ``path`` atomically; the report lists all that could not be represented."""
    w = _Writer(options)
    codec: str | None = None
    with atomic_writer(Path(path)) as out:
        buffer: list[str] = []
        size = 0
        for doc in documents:
            rec = doc.extra.get(RECORD_KEY)
            why = _record_problem(rec, doc.text) if rec is not None else "not read from CoNLL"
            if codec is None:
                codec = rec.get("encoding", "utf-8") if why is None else "utf-8"  # type: ignore[union-attr]
                if why is None and rec.get("bom"):  # type: ignore[union-attr]
                    buffer.append("\ufeff")
            if why is not None and rec is not None:
                w.warn(doc, f"{why}: tokenized again instead of written as read")
            was_open, last_eol = w.open_sentence, w.ended_eol
            lines = None
            if why is None:
                try:
                    lines = imported_lines(w, doc, _filled(rec))  # type: ignore[arg-type]
                except (TypeError, AttributeError):  # a hand-edited record holding non-strings
                    w.warn(
                        doc,
                        "its conll record holds values that are not strings: tokenized again instead",
                    )
            if lines is None:
                lines = tokenized_lines(w, doc)
            if not lines:
                continue
            if last_eol == "":
                buffer.append(_eol_of(lines[0]) or "\n")
                w.warn(doc, "the previous document ended its file without a line ending: one added")
            if was_open and not (why is None and rec.get("lead")):  # type: ignore[union-attr]
                buffer.append(_eol_of(lines[0]) or "\n")
            w.ended_eol = _eol_of(lines[-1])
            buffer += lines
            size += sum(map(len, lines))
            w.report.documents += 1
            if size >= FLUSH_CHARS:
                out.write(_encode(buffer, codec, path))
                buffer, size = [], 0
        out.write(_encode(buffer, codec or "utf-8", path))
    if w.tokenized:
        from annotator.text.tokenize import TOKENIZER_NAME

        w.report.warnings.append(
            f"{w.tokenized} document(s) not read from CoNLL were tokenized with "
            f"{TOKENIZER_NAME} (one sentence per line of text)"
        )
    return w.report


def _encode(pieces: list[str], codec: str, path: Path) -> bytes:
    try:
        return "".join(pieces).encode(codec)
    except UnicodeEncodeError as exc:
        raise SaveError(
            f"cannot write {path} in {codec} (the encoding it was read in): "
            f"{exc.object[exc.start : exc.end]!r} has no {codec} form; nothing was written"
        ) from None


def _eol_of(line: str) -> str:
    if line.endswith("\r\n"):
        return "\r\n"
    if line.endswith(("\n", "\r")):
        return line[-1]
    return ""
