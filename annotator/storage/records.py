"""Native JSONL records: one document per line, read with every problem found, written in one shape.

Shape written: ``{"id", "status", "text", "spans": [{"start", "end", "label",
"text", ...}], "note" (when set), "meta", "offset_unit": "codepoint", ...extra}``.
``id`` and ``status`` come first so the store can read them from a raw line
with one anchored regex, without parsing the document (see LINE_HEAD).
Reading tries a fast path first (_fast_fields: only the shape we write, every
check kept); anything else goes through _record_problems, which names each problem.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from annotator.errors import InputError, Problem
from annotator.model import OFFSET_UNIT, STATUSES, Document, Span
from annotator.storage.authors import compact, default_author, spread
from annotator.storage.record_checks import (
    _SURROGATE,
    MAX_PROBLEMS_PER_RECORD,
    SPAN_KEYS,
    _json_type,
    _record_problems,
)
from annotator.storage.strict_json import decode_line, loads_line
from annotator.storage.suggestion_records import read_suggestions, suggestion_records

OUR_KEYS = frozenset(
    {"id", "text", "spans", "status", "note", "meta", "offset_unit", "by", "suggestions"}
)

_JSON_STRING = rb'"(?:[^"\\]|\\.)*"'
# The head of every line dumps_record writes; group 1 = id (JSON string), group 2 = status.
LINE_HEAD = re.compile(
    rb'\{"id": ('
    + _JSON_STRING
    + rb'), "status": "('
    + b"|".join(s.encode() for s in STATUSES)
    + rb')", '
)


_STATUS_SET = frozenset(STATUSES)
_new_span = object.__new__
_set_attr = object.__setattr__


def _fast_spans(
    raw_spans: list[Any], text: str, author: str | None = None, may_escape: bool = True
) -> list[Span] | None:
    """Spans as we write them (start, end, label, matching text if any; sorted, unique), or None."""
    spans: list[Span] = []
    n = len(text)
    labels_ok: set[str] = set()
    shared = None if author is None else {"by": author}  # read-only, like every span's meta
    prev: tuple[int, int, str] = (-1, -1, "")
    new, set_attr = _new_span, _set_attr
    for raw in raw_spans:
        if type(raw) is not dict:
            return None
        try:
            start, end, label = raw["start"], raw["end"], raw["label"]
        except KeyError:
            return None
        if (
            type(start) is not int
            or type(end) is not int
            or type(label) is not str
            or not 0 <= start < end <= n
        ):
            return None
        if label not in labels_ok:
            if not label.strip() or may_escape and _SURROGATE.search(label) is not None:
                return None
            labels_ok.add(label)
        size, meta = len(raw), shared  # the author: the one meta key the fast path keeps
        if "by" in raw:
            size, by = size - 1, raw["by"]
            meta = None if by is None else {"by": by}
        if size == 4:
            if raw.get("text") != text[start:end]:
                return None
        elif size != 3:
            return None  # other span meta: the general path copies it
        key = (start, end, label)
        if key <= prev:
            return None  # unsorted or duplicate: the general path sorts or reports it
        prev = key
        span = new(Span)
        set_attr(span, "__dict__", {"start": start, "end": end, "label": label, "meta": meta})
        spans.append(
            span
        )  # a Span built without re-running __post_init__: every field is checked above
    return spans


def _fast_fields(obj: dict[str, Any], line: int, may_escape: bool = True) -> dict[str, Any] | None:
    """Checked fields of a well-formed record, or None: the general path will find any problem.

    Accepts only what _record_problems accepts without a problem and yields the same
    fields; ``may_escape=False`` says the line held no backslash-u escape, so the text
    cannot hold a surrogate (the line was strictly decoded as UTF-8).
    """
    text = obj.get("text")
    if type(text) is not str or "\0" in text:
        return None
    if may_escape and _SURROGATE.search(text) is not None:
        return None
    if "id" in obj:
        raw_id = obj["id"]
        if type(raw_id) is int:
            raw_id = str(raw_id)
        elif type(raw_id) is not str or not raw_id:
            return None
    else:
        raw_id = f"line-{line}"
    status = obj.get("status", "todo")
    if type(status) is not str or status not in _STATUS_SET:
        return None
    note = obj.get("note", "")
    if note is None:
        note = ""
    elif type(note) is not str:
        return None
    meta = obj.get("meta", {})
    if meta is None:
        meta = {}
    elif type(meta) is not dict:
        return None
    if "offset_unit" in obj and obj["offset_unit"] != OFFSET_UNIT:
        return None
    if may_escape and ("\0" in raw_id or _SURROGATE.search(raw_id) or _SURROGATE.search(note)):
        return None
    raw_spans = obj.get("spans", [])
    if raw_spans is None:
        spans: list[Span] | None = []
    elif type(raw_spans) is not list:
        return None
    else:
        spans = _fast_spans(raw_spans, text, default_author(obj), may_escape)
        if spans is None:
            return None
    return {
        "text": text,
        "id": raw_id,
        "status": status,
        "note": note,
        "meta": meta,
        "spans": spans,
    }


def document_from_record(
    obj: Any, path: str | Path, line: int, *, _may_escape: bool = True
) -> Document:
    """A Document from a decoded JSON record, or InputError naming file, line and every problem."""
    if not isinstance(obj, dict):
        raise InputError.single(
            path,
            line,
            f"not a JSON object (got {_json_type(obj)}); "
            'each line must be one document {"text": ...}',
        )
    fields = _fast_fields(obj, line, _may_escape)
    fast = fields is not None
    if fields is None:
        fields, problems = _record_problems(obj, line)
        if problems:
            shown = problems[:MAX_PROBLEMS_PER_RECORD]
            raise InputError(
                [Problem(str(path), line, p) for p in shown], more=len(problems) - len(shown)
            )
    if not fast:
        fields["spans"] = spread(fields["spans"], default_author(obj))
    extra = {k: v for k, v in obj.items() if k not in OUR_KEYS}
    doc = Document(
        id=fields["id"],
        text=fields["text"],
        spans=[] if fast else fields["spans"],
        status=fields["status"],
        note=fields["note"],
        meta=fields["meta"],
        extra=extra,
    )
    if fast:
        doc.spans = fields["spans"]  # already inside the text, sorted and distinct (checked above)
    if obj.get("suggestions") is not None:
        doc.suggestions = read_suggestions(obj["suggestions"], doc.text, path, line)
    return doc


def document_from_line(raw: bytes | str, path: str | Path, line: int) -> Document:
    """Parse one JSONL line into a Document, or InputError naming the line.

    ``raw`` is UTF-8 bytes or decoded text, without the newline.
    """
    line_text = raw if isinstance(raw, str) else decode_line(raw, path, line)
    line_text = line_text.removeprefix(
        "\ufeff"
    )  # json.loads of bytes always skipped a BOM here; keep accepting it
    obj = loads_line(line_text, path, line)
    # Strictly decoded bytes hold no surrogate, so only a \u escape can bring one in;
    # a str may hold any.
    may_escape = isinstance(raw, str) or "\\u" in line_text
    return document_from_record(obj, path, line, _may_escape=may_escape)


def line_has_id(raw: bytes) -> bool:
    """Whether a JSONL line carries its own "id" (ours always do; only other lines need a parse)."""
    if LINE_HEAD.match(raw):
        return True
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, a 5,000-digit number...
        return True  # an unparsable line is copied verbatim, never rewritten
    return isinstance(obj, dict) and "id" in obj


def span_record(span: Span, text: str) -> dict[str, Any]:
    """A span as we write it: offsets, label, its text, then its meta (author, origin...)."""
    out: dict[str, Any] = {
        "start": span.start,
        "end": span.end,
        "label": span.label,
        "text": text[span.start : span.end],
    }
    if span.meta:
        out.update((k, v) for k, v in span.meta.items() if k not in SPAN_KEYS)
    return out


def record_from_document(doc: Document) -> dict[str, Any]:
    """The native record of a document (key order fixed: id and status first)."""
    rec: dict[str, Any] = {
        "id": doc.id,
        "status": doc.status,
        "text": doc.text,
        "spans": [span_record(s, doc.text) for s in doc.spans],
    }
    if doc.suggestions:  # after the spans: our own key, never an annotation
        rec["suggestions"] = suggestion_records(doc)
    if doc.note:
        rec["note"] = doc.note
    rec["meta"] = doc.meta
    rec["offset_unit"] = OFFSET_UNIT
    rec.update((k, v) for k, v in doc.extra.items() if k not in OUR_KEYS)
    compact(rec)
    return rec


def dumps_record(doc: Document) -> str:
    """One JSONL line (no newline) holding the document; non-ASCII written as is."""
    return json.dumps(record_from_document(doc), ensure_ascii=False)


def record_line_bytes(doc: Document) -> bytes:
    """The UTF-8 bytes of dumps_record; ASCII-escaped if it holds unpaired surrogates (in meta)."""
    line = dumps_record(doc)
    try:
        return line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record_from_document(doc), ensure_ascii=True).encode("ascii")
