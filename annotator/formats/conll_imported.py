"""Write a document read from CoNLL: lines rebuilt from its record, new tags where spans changed.

Byte for byte what was read when the spans are those the stored tags describe; otherwise
the tags of the tokens a changed span covers are regenerated in the file's scheme and the
result is decoded again to prove it (docs/decisions/0011-conll-round-trip.md).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from annotator.formats.conll_export import ExportState, by_sentence, short
from annotator.formats.conll_layout import split_line
from annotator.formats.conll_record import join_rows
from annotator.formats.conll_tags import decode, encode, entity_keys
from annotator.model import Document, Span

Range = tuple[int, int]


def token_ranges(rec: dict[str, Any]) -> list[Range]:
    """Where each of a (filled) record's tokens is in the document text (tokens joined by one
    space, sentences by one newline)."""
    out: list[Range] = []
    pos = 0
    for token in rec["tokens"]:
        out.append((pos, pos + len(token)))
        pos += len(token) + 1
    return out


def split_record(
    rec: dict[str, Any], old: Sequence[Range], new: Sequence[Range], text: str
) -> dict[str, Any]:
    """The record with tokens split where ``new`` cuts ``old`` (a piece repeats every column
    value of its token; its tag is then regenerated). Line-keyed ``eols`` follow their lines;
    a split token's ``raw`` line is dropped (its pieces are written plainly)."""
    groups: list[list[Range]] = []
    j = 0
    for a, b in old:
        if a == b:
            groups.append([new[j]])
            j += 1
            continue
        group = []
        while j < len(new) and new[j][0] < b:
            group.append(new[j])
            j += 1
        groups.append(group)
    extra = [0]  # pieces added before token i
    for group in groups:
        extra.append(extra[-1] + len(group) - 1)
    out = dict(rec)
    out["tokens"] = [text[x:y] for group in groups for x, y in group]
    out["cols"] = [
        [value for value, group in zip(column, groups) for _ in group] for column in rec["cols"]
    ]
    sizes, first = [], 0
    for size in rec["sentences"]:
        sizes.append(size + extra[first + size] - extra[first])
        first += size
    out["sentences"] = sizes
    if rec.get("raw"):
        out["raw"] = {
            str(int(i) + extra[int(i)]): line
            for i, line in rec["raw"].items()
            if len(groups[int(i)]) == 1
        }
    if rec.get("eols"):
        token_lines: list[int] = []
        line = len(rec.get("lead") or [])
        after = rec.get("after") or {}
        first = 0
        for s, size in enumerate(rec["sentences"]):
            token_lines += range(line, line + size)
            line += size + len(after.get(str(s), [""]))
            first += size
        eols = {}
        for key, ending in rec["eols"].items():
            number = int(key)
            i = bisect_left(token_lines, number)
            if i < len(token_lines) and token_lines[i] == number:  # a token line: its last piece
                eols[str(number + extra[i] + len(groups[i]) - 1)] = ending
            else:
                eols[str(number + extra[i])] = ending
        out["eols"] = eols
    return out


def _spans_by_layer(spans: list[Span], layers: list[int]) -> dict[int, list[Span]]:
    groups: dict[int, list[Span]] = {layer: [] for layer in layers}
    if len(layers) == 1:
        groups[layers[0]] = list(spans)
        return groups
    for span in spans:
        where = (span.meta or {}).get("layer")
        wanted = [where] if isinstance(where, int) else (where if isinstance(where, list) else [])
        wanted = [w for w in wanted if w in groups] or [layers[0]]
        for w in wanted:
            groups[w].append(span)
    return groups


def imported_lines(
    w: ExportState,
    doc: Document,
    rec: dict[str, Any],
    spans: list[Span],
    ranges: Sequence[Range],
) -> list[str]:
    """The lines (with endings) of a document read from CoNLL; unchanged tags kept.

    ``spans`` are those to write (fitted to the tokens), ``ranges`` where the record's tokens
    are in the document's text.
    """
    cols: list[list[str]] = rec["cols"]
    sizes: list[int] = rec["sentences"]
    layers: list[int] = rec["layers"]
    policy = rec["i_start"] if rec["scheme"] != "IOB1" else "start"
    scheme = w.scheme or rec["scheme"]
    regenerate_all = w.rewrite or w.scheme is not None  # an asked-for scheme is strict
    if not regenerate_all and unchanged(spans, rec, policy):
        w.report.spans += len(spans)
        return _lines(w, doc, rec, cols, set())
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    sentence_of: list[int] = []
    bounds: list[tuple[int, int]] = []
    first = 0
    for s, size in enumerate(sizes):
        bounds.append((first, first + size))
        for i in range(first, first + size):
            a, b = ranges[i]
            starts.setdefault(a, i)
            ends[b] = i
            sentence_of.append(s)
        first += size
    out_cols = list(cols)
    changed: set[int] = set()
    by_layer = _spans_by_layer(spans, layers)
    for layer in layers:
        j = layer - 2
        current = w.entities(doc, by_layer[layer], starts, ends, sentence_of)
        w.report.spans += len(current)
        current_by_s = by_sentence(current, bounds, sentence_of)
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


def imported_as_read(w: ExportState, doc: Document, rec: dict[str, Any]) -> list[str]:
    """The lines of a document whose spans are those its stored tags describe: as read."""
    return _lines(w, doc, rec, rec["cols"], set())


def unchanged(spans: list[Span], rec: dict[str, Any], policy: str) -> bool:
    """Whether the spans are those the stored tags describe (the common case)."""
    layers = rec["layers"]
    stored, _ = entity_keys(rec["tokens"], rec["cols"], rec["sentences"], layers, policy)
    if len(stored) != len(spans):
        return False
    if len(layers) == 1:
        return sorted(stored) == [s.key for s in spans]
    wanted = sorted(
        (key, tuple(where) if len(where) > 1 else (where[0],)) for key, where in stored.items()
    )
    return wanted == sorted(_layer_key(s, layers) for s in spans)


def _lines(
    w: ExportState, doc: Document, rec: dict[str, Any], out_cols: list[list[str]], changed: set[int]
) -> list[str]:
    """The lines with their endings: lead, token lines, the blank lines after each sentence."""
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
        # Every line ends in eol: whole sentences joined at once (pieces may hold several lines).
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
                    f"token {short(token)} holds the separator {sep!r}: written with '_' instead",
                )
                token = token.replace(sep, "_").replace("\t", "_")
            emit(sep.join([token] + [c[i] for c in out_cols]))
        for content in after.get(str(s), [""]):
            emit(content)
        first += size
    return lines
