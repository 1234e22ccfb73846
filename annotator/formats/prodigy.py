"""Prodigy JSONL (``db-out`` of ner_manual): tasks with text, tokens, spans and an answer.

Offsets are code points; ``token_end`` is inclusive. Reading keeps every task:
the answer maps to a status (accept -> done, reject -> flagged, ignore ->
skipped, none -> todo) and stays verbatim in ``extra`` with the hashes,
``_view_id``, ``_session_id`` and the tokens, so writing back gives the same
answer and hashes unless the status was changed. Writing uses the document's own
tokens (those of the CoNLL file it was read from, else its Prodigy tokens, else
annotator.text.tokenize) and splits a token where a span cuts it (option ``cut``,
annotator.formats.cuts), so every span carries token_start/token_end; hashes absent
from a document are computed as described in ``stable_hash``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.formats.conll_imported import token_ranges
from annotator.formats.conll_record import RECORD_KEY, filled, record_problem
from annotator.formats.cuts import Cuts
from annotator.formats.fields import document_from_parts, id_field
from annotator.formats.problems import (
    ProblemLog,
    check_overlap,
    checked_span,
    dedupe_spans,
    is_int,
    short,
)
from annotator.formats.provenance import adopt_stamp, epoch
from annotator.formats.registry import (
    CUT_OPTION,
    ENCODING_OPTION,
    Format,
    FormatError,
    Options,
    WriteReport,
    register,
)
from annotator.formats.streams import json_lines, jsonl_writer
from annotator.model import Document, Span
from annotator.text.tokenize import tokenize

ANSWER_STATUS = {"accept": "done", "reject": "flagged", "ignore": "skipped"}
STATUS_ANSWER = {status: answer for answer, status in ANSWER_STATUS.items()}
_SPAN_KEYS = {"start", "end", "label", "token_start", "token_end", "text"}


def stable_hash(data: str) -> int:
    """A signed 32-bit integer: the first 4 bytes (big-endian) of the SHA-1 of ``data`` in UTF-8.

    Prodigy's own hashes (MurmurHash of its task JSON) cannot be reproduced without it; these are
    stable across runs and machines, which is what deduplication needs.
    """
    digest = hashlib.sha1(data.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:4], "big", signed=True)


def input_hash(text: str) -> int:
    return stable_hash(text)


def task_hash(text: str, spans: Iterable[Span]) -> int:
    """Hash of the text and the (start, end, label) triples, as compact JSON."""
    triples = [[s.start, s.end, s.label] for s in spans]
    return stable_hash(json.dumps([text, triples], ensure_ascii=False, separators=(",", ":")))


def _tokens_ok(tokens: Any, text: str, line: int, log: ProblemLog) -> list[tuple[int, int]] | None:
    """The (start, end) of each token, checked against the text; None (logged) if unusable."""
    if not isinstance(tokens, list):
        log.add(f"'tokens' must be a list, got {short(tokens)}", line)
        return None
    out = []
    for i, tok in enumerate(tokens):
        where = f"tokens[{i}]"
        if not isinstance(tok, dict) or "start" not in tok or "end" not in tok:
            log.add(f"{where}: expected an object with start and end, got {short(tok)}", line)
            return None
        start, end = tok["start"], tok["end"]
        if not is_int(start) or not is_int(end) or not 0 <= start <= end <= len(text):
            log.add(
                f"{where}: offsets [{start}, {end}) are not a range inside the text "
                f"(0..{len(text)})",
                line,
            )
            return None
        if "text" in tok and text[start:end] != tok["text"]:
            log.add(
                f"{where}: offsets drifted: [{start}, {end}) covers {short(text[start:end])} "
                f"but the token says {short(tok['text'])}",
                line,
            )
            return None
        out.append((start, end))
    return out


def _span(
    item: Any,
    i: int,
    text: str,
    tokens: list[tuple[int, int]] | None,
    line: int,
    log: ProblemLog,
) -> Span | None:
    where = f"spans[{i}]"
    if not isinstance(item, dict) or not {"start", "end", "label"} <= item.keys():
        log.add(f"{where}: expected an object with start, end and label, got {short(item)}", line)
        return None
    meta = {k: v for k, v in item.items() if k not in _SPAN_KEYS}
    span = checked_span(
        text,
        item["start"],
        item["end"],
        item["label"],
        where,
        log,
        meta=meta,
        expected=item.get("text"),
        line=line,
    )
    if span is None or tokens is None or "token_start" not in item:
        return span
    first, last = item.get("token_start"), item.get("token_end")
    if not (
        isinstance(first, int)
        and isinstance(last, int)
        and is_int(first)
        and is_int(last)
        and 0 <= first <= last < len(tokens)
        and tokens[first][0] == span.start
        and tokens[last][1] == span.end
    ):
        log.add(
            f"{where}: token_start/token_end {first}..{last} "
            f"do not cover [{span.start}, {span.end}) "
            "(token_end is inclusive)",
            line,
        )
        return None
    return span


def _document(
    obj: Any, line: int, path: Path, log: ProblemLog, options: Options
) -> Document | None:
    if not isinstance(obj, dict):
        log.add("expected a JSON object (a Prodigy task)", line)
        return None
    text = obj.get("text")
    if not isinstance(text, str):
        log.add("no text: 'text' is missing or not a string", line)
        return None
    before = log.count
    tokens = _tokens_ok(obj["tokens"], text, line, log) if "tokens" in obj else None
    items = obj.get("spans", [])
    if not isinstance(items, list):
        log.add(f"'spans' must be a list, got {short(items)}", line)
        return None
    spans = [s for i, item in enumerate(items) if (s := _span(item, i, text, tokens, line, log))]
    if log.count != before:
        return None
    spans = dedupe_spans(spans, line, log)
    check_overlap(spans, line, options, log)
    rest = {k: v for k, v in obj.items() if k not in ("text", "spans")}
    doc = document_from_parts(text, spans, rest, default_id=f"{path.stem}-{line}")
    adopt_stamp(doc, obj.get("_annotator_id"), obj.get("_timestamp"))
    answer = doc.extra.get("answer")
    if isinstance(answer, str) and answer in ANSWER_STATUS:
        doc.status = ANSWER_STATUS[answer]
    elif answer is not None:
        log.warning(f"unknown answer {short(answer)}: kept, status not changed", line)
    return doc


def read(path: Path, options: Options) -> Iterator[Document]:
    """Yield each task as a Document (ignored and rejected ones too); problems raised at the end."""
    log = ProblemLog(path, options)
    for line, obj in json_lines(path, options, log):
        doc = _document(obj, line, path, log, options)
        if doc is not None:
            yield doc
    log.raise_if_any()


def own_tokens(doc: Document) -> list[tuple[int, int]] | None:
    """The tokens a document carries: those it was read from in CoNLL (while its text still
    equals them), else its Prodigy tokens (when they fit its text), else None."""
    rec = doc.extra.get(RECORD_KEY)
    if rec is not None and record_problem(rec, doc.text) is None:
        return token_ranges(filled(rec))
    kept = doc.extra.get("tokens")
    if isinstance(kept, list) and kept:
        return _tokens_ok(kept, doc.text, 0, ProblemLog(Path(doc.id), {}))
    return None


def _tokens(doc: Document, cuts: Cuts) -> tuple[list[dict[str, Any]], list[Span]]:
    """The tokens to write and the spans on them: the document's own tokens (or ours), split
    where a span cuts one (cut policy); the original Prodigy tokens when nothing changed."""
    text = doc.text
    own = own_tokens(doc)
    ranges = own if own is not None else [(t.start, t.end) for t in tokenize(text)]
    fitted = cuts.fit(doc, ranges, gap_tokens=True)
    spans = [span for _, span in fitted.spans]
    kept = doc.extra.get("tokens")
    if fitted.tokens == ranges and own is not None and RECORD_KEY not in doc.extra:
        return kept, spans  # type: ignore[return-value]  # checked by own_tokens
    bounds = fitted.tokens
    tokens = [
        {
            "text": text[a:b],
            "start": a,
            "end": b,
            "id": i,
            "ws": b < len(text)
            and text[b].isspace()
            and (i + 1 == len(bounds) or bounds[i + 1][0] > b),
        }
        for i, (a, b) in enumerate(bounds)
    ]
    return tokens, spans


def _spans_json(
    doc: Document, spans: list[Span], tokens: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Every span with its token indices (token_end inclusive); a span without them is an error."""
    by_start = {t["start"]: i for i, t in reversed(list(enumerate(tokens)))}
    by_end = {t["end"]: i for i, t in enumerate(tokens)}
    out = []
    for span in spans:
        item: dict[str, Any] = {"start": span.start, "end": span.end, "text": doc.span_text(span)}
        first, last = by_start.get(span.start), by_end.get(span.end)
        if first is None or last is None or first > last:
            raise FormatError(
                f"document {doc.id!r}: span [{span.start}, {span.end}) {span.label} "
                f"{doc.span_text(span)!r} has no token_start/token_end on the written tokens; "
                "nothing was written"
            )
        item["token_start"], item["token_end"] = first, last
        item["label"] = span.label
        item.update({k: v for k, v in (span.meta or {}).items() if k not in item})
        out.append(item)
    return out


def _answer(doc: Document) -> Any:
    """The original answer (even one we do not know) while the status still says the same.

    Otherwise the answer that the status stands for.
    """
    original = doc.extra.get("answer")
    known = ANSWER_STATUS.get(original) if isinstance(original, str) else None
    if original is not None and (known or "todo") == doc.status:
        return original
    return STATUS_ANSWER.get(doc.status)


_NOT_WRITTEN = ("answer", "tokens", "changed")


def task(doc: Document, cuts: Cuts | None = None) -> dict[str, Any]:
    """The Prodigy task for one document (key order as Prodigy writes it)."""
    extra = doc.extra
    tokens, spans = _tokens(doc, cuts or Cuts())
    out: dict[str, Any] = {"text": doc.text, "meta": doc.meta}
    out["_input_hash"] = extra.get("_input_hash", input_hash(doc.text))
    out["_task_hash"] = extra.get("_task_hash", task_hash(doc.text, spans))
    out["tokens"] = tokens
    out["_view_id"] = extra.get("_view_id", "ner_manual")
    out["spans"] = _spans_json(doc, spans, tokens)
    answer = _answer(doc)
    if answer is not None:
        out["answer"] = answer
    if doc.note:
        out["note"] = doc.note
    out.update(id_field(doc))
    if doc.changed is not None:  # the stamp is Prodigy's annotator and time
        out["_annotator_id"] = doc.changed[0]
        out["_timestamp"] = epoch(doc.changed[1]) or extra.get("_timestamp")
    out.update({k: v for k, v in extra.items() if k not in out and k not in _NOT_WRITTEN})
    return out


def write(docs: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """One task per line, UTF-8, atomically.

    Each task carries tokens, and every span that falls on tokens carries token indices.
    """
    report = WriteReport()
    cuts = Cuts.from_options(options)
    with jsonl_writer(path) as emit:
        for doc in docs:
            record = task(doc, cuts)
            emit(record)
            report.documents += 1
            report.spans += len(record["spans"])
    cuts.report_to(report)
    return report


FORMAT = register(
    Format(
        "prodigy",
        "Prodigy JSONL (ner_manual)",
        (),
        "codepoint",
        read,
        write,
        read_options={**ENCODING_OPTION, "allow_overlap": "false: report overlapping spans"},
        write_options=CUT_OPTION,
    )
)
