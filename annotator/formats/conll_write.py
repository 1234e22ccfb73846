"""Write Documents as CoNLL / BIO: byte for byte as read when nothing changed, else new tags.

A document read from CoNLL carries ``extra["conll"]`` (see conll_record); its lines are
rebuilt from that record by conll_imported. Any other document is tokenized here with
annotator.text.tokenize (one sentence per line of text); a span that does not fall on token
boundaries is reported, never widened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.errors import SaveError
from annotator.formats.conll_export import ExportState, by_sentence, short
from annotator.formats.conll_imported import (
    imported_as_read,
    imported_lines,
    split_record,
    token_ranges,
    unchanged,
)
from annotator.formats.conll_record import RECORD_KEY, filled, record_problem
from annotator.formats.conll_tags import DEFAULT_SCHEME, encode
from annotator.formats.registry import Options, WriteReport
from annotator.model import Document
from annotator.storage.fileio import atomic_writer

FLUSH_CHARS = 1 << 20
_NEWLINES = re.compile("[\n\r\u2028\u2029\x85\x0b\x0c]")


def tokenized_lines(w: ExportState, doc: Document) -> list[str]:
    """Lines of a document not read from CoNLL: our tokenizer, a sentence per line of text, IOB2."""
    from annotator.text.tokenize import tokenize

    found = tokenize(doc.text)
    if not found:
        w.warn(doc, "has no tokens (empty text): not written")
        if doc.spans:
            w.cuts.skipped += len(doc.spans)
        return []
    fitted = w.cuts.fit(doc, [(t.start, t.end) for t in found])
    tokens = fitted.tokens
    starts, ends, sentence_of, bounds = {}, {}, [], []
    s = 0
    first = 0
    for i, (a, b) in enumerate(tokens):
        if i and _NEWLINES.search(doc.text, tokens[i - 1][1], a):
            bounds.append((first, i))
            first = i
            s += 1
        starts[a] = i
        ends[b] = i
        sentence_of.append(s)
    bounds.append((first, len(tokens)))
    current = w.entities(doc, [span for _, span in fitted.spans], starts, ends, sentence_of)
    w.report.spans += len(current)
    groups = by_sentence(current, bounds, sentence_of)
    sep = w.sep if w.sep is not None else "\t"
    scheme = w.scheme or DEFAULT_SCHEME
    lines = []
    for (a, b), entities in zip(bounds, groups):
        tags = encode(b - a, entities, scheme)
        for (x, y), tag in zip(tokens[a:b], tags):
            token = doc.text[x:y]
            if sep in token:
                w.warn(
                    doc,
                    f"token {short(token)} holds the separator {sep!r}: written with '_' instead",
                )
                token = token.replace(sep, "_")
            lines.append(f"{token}{sep}{tag}\n")
        lines.append("\n")
    w.tokenized += 1
    w.open_sentence = False
    return lines


def _imported(w: ExportState, doc: Document, rec: dict[str, Any]) -> list[str]:
    """A document read from CoNLL: its spans fitted to its own tokens (split where cut)."""
    if not w.rewrite and w.scheme is None:
        spans = sorted(doc.spans)
        policy = rec["i_start"] if rec["scheme"] != "IOB1" else "start"
        if unchanged(spans, rec, policy):
            # the spans its tags describe (the common case): on token edges by construction,
            # so nothing to fit and no token offsets to compute; the lines as read
            w.report.spans += len(spans)
            return imported_as_read(w, doc, rec)
    ranges = token_ranges(rec)
    fitted = w.cuts.fit(doc, ranges)
    if fitted.tokens != ranges:
        rec = split_record(rec, ranges, fitted.tokens, doc.text)
    spans = [span for _, span in fitted.spans]
    return imported_lines(w, doc, rec, spans, fitted.tokens)


class ConllText:
    """Documents as CoNLL text, one after the other: what ``write`` writes (and --jobs pieces).

    ``codec`` is decided by the first document (the encoding it was read in), which also
    brings the BOM when it had one.
    """

    def __init__(self, options: Options) -> None:
        self.w = ExportState(options)
        self.codec: str | None = None
        self.bom = False

    def add(self, doc: Document) -> list[str]:
        """The text pieces of one more document (none when it cannot be written)."""
        w = self.w
        out: list[str] = []
        rec = doc.extra.get(RECORD_KEY)
        why = record_problem(rec, doc.text) if rec is not None else "not read from CoNLL"
        if self.codec is None:
            self.codec = "utf-8" if why is not None else rec.get("encoding", "utf-8")  # type: ignore
            if why is None and rec.get("bom"):  # type: ignore[union-attr]
                out.append("\ufeff")
                self.bom = True
        if why is not None and rec is not None:
            w.warn(doc, f"{why}: tokenized again instead of written as read")
        was_open, last_eol = w.open_sentence, w.ended_eol
        lines = None
        if why is None:
            try:
                lines = _imported(w, doc, filled(rec))  # type: ignore[arg-type]
            except (TypeError, AttributeError):  # a hand-edited record holding non-strings
                w.warn(doc, "its conll record holds values that are not strings: tokenized again")
        if lines is None:
            lines = tokenized_lines(w, doc)
        if not lines:
            return out
        if last_eol == "":
            out.append(_eol_of(lines[0]) or "\n")
            w.warn(doc, "the previous document ended its file without a line ending: one added")
        if was_open and not (why is None and rec.get("lead")):  # type: ignore[union-attr]
            out.append(_eol_of(lines[0]) or "\n")
        w.ended_eol = _eol_of(lines[-1])
        out += lines
        w.report.documents += 1
        return out

    def finish(self) -> WriteReport:
        """The report, with what was changed to fit the format."""
        w = self.w
        w.cuts.report_to(w.report)
        w.report.summary += w.overlap_summary()
        if w.tokenized:
            from annotator.text.tokenize import TOKENIZER_NAME

            w.report.warnings.append(
                f"{w.tokenized} document(s) not read from CoNLL were tokenized with "
                f"{TOKENIZER_NAME} (one sentence per line of text)"
            )
        return w.report


def write(documents: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """Write ``documents`` to ``path`` atomically; the report lists what could not be written."""
    text = ConllText(options)
    with atomic_writer(Path(path)) as out:
        buffer: list[str] = []
        size = 0
        for doc in documents:
            lines = text.add(doc)
            buffer += lines
            size += sum(map(len, lines))
            if size >= FLUSH_CHARS:
                out.write(encode_text(buffer, text.codec or "utf-8", path))
                buffer, size = [], 0
        out.write(encode_text(buffer, text.codec or "utf-8", path))
    return text.finish()


def encode_text(pieces: list[str], codec: str, path: Path) -> bytes:
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
