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
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from annotator.errors import InputError, Problem, SpanError
from annotator.model import OFFSET_UNIT, STATUSES, Document, Span
from annotator.storage.strict_json import decode_line, loads_line

OUR_KEYS = frozenset({"id", "text", "spans", "status", "note", "meta", "offset_unit"})
SPAN_KEYS = frozenset({"start", "end", "label", "text"})
MAX_PROBLEMS_PER_RECORD = 10

_JSON_STRING = rb'"(?:[^"\\]|\\.)*"'
# The head of every line dumps_record writes; group 1 = id (JSON string), group 2 = status.
LINE_HEAD = re.compile(
    rb'\{"id": ('
    + _JSON_STRING
    + rb'), "status": "('
    + b"|".join(s.encode() for s in STATUSES)
    + rb')", '
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _unpaired(value: str, what: str) -> str | None:
    """The problem of a string holding a lone surrogate (only a \\u escape brings one in).

    Such a string cannot be written as UTF-8: in text, labels, ids and notes it is refused;
    in meta it is kept, written back as the same escape.
    """
    bad = _SURROGATE.search(value)
    if bad is None:
        return None
    return (
        f"{what} contains an unpaired surrogate U+{ord(bad.group()):04X} at code point "
        f"{bad.start()} (half of a character: it cannot be written as UTF-8)"
    )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _json_type(value: object) -> str:
    """The JSON name of a value's type (what the user sees in the file)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _show(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _span_problems(raw: Any, n: int, text: str, problems: list[str]) -> Span | None:
    """The Span described by ``raw`` (the n-th, 1-based), or None after adding its problems."""
    where = f"span {n}"
    if not isinstance(raw, Mapping):
        problems.append(f"{where} is not an object (got {_json_type(raw)})")
        return None
    missing = [k for k in ("start", "end", "label") if k not in raw]
    if missing:
        problems.append(f"{where} has no {', '.join(missing)}")
        return None
    start, end, label = raw["start"], raw["end"], raw["label"]
    if not _is_int(start) or not _is_int(end):
        problems.append(
            f"{where}: offsets must be integers, "
            f"got start={json.dumps(start)} end={json.dumps(end)}"
        )
        return None
    if not isinstance(label, str) or not label.strip():
        problems.append(
            f"{where}: label must be a non-empty string, "
            f"got {json.dumps(label, ensure_ascii=False)}"
        )
        return None
    if (bad := _unpaired(label, "label")) is not None:
        problems.append(f"{where}: {bad}")
        return None
    if start < 0 or end <= start:
        kind = "negative" if start < 0 else ("empty" if end == start else "reversed")
        problems.append(
            f"{where} [{start}, {end}) {label}: offsets are {kind} "
            "(start must be >= 0 and below end)"
        )
        return None
    if end > len(text):
        problems.append(
            f"{where} [{start}, {end}) {label}: out of range, the text has {len(text)} code points"
        )
        return None
    if "text" in raw and raw["text"] != text[start:end]:
        problems.append(
            f'{where} [{start}, {end}) {label}: its "text" {_show(str(raw["text"]))} '
            f"differs from the document text at those offsets {_show(text[start:end])} "
            "(offsets drifted, or counted in another unit)"
        )
        return None
    meta = {k: v for k, v in raw.items() if k not in SPAN_KEYS}
    try:
        return Span(start, end, label, meta or None)
    except SpanError as exc:  # pragma: no cover - every case is checked above
        problems.append(f"{where}: {exc}")
        return None


def _record_problems(obj: Mapping[str, Any], line: int) -> tuple[dict[str, Any], list[str]]:
    """Checked field values of a record and the list of its problems."""
    problems: list[str] = []
    fields: dict[str, Any] = {}
    text = obj.get("text")
    if "text" not in obj:
        problems.append('no "text" key (every record needs the document text)')
    elif not isinstance(text, str):
        problems.append(f'"text" must be a string, got {_json_type(text)}')
    elif "\0" in text:
        problems.append(
            f'"text" contains a NUL character (U+0000) at code point {text.index(chr(0))}'
        )
    elif (bad := _unpaired(text, '"text"')) is not None:
        problems.append(bad)
    fields["text"] = text if isinstance(text, str) else ""
    raw_id = obj.get("id", f"line-{line}")
    if _is_int(raw_id):
        raw_id = str(raw_id)
    if not isinstance(raw_id, str) or not raw_id:
        problems.append(
            '"id" must be a non-empty string or an integer, '
            f"got {json.dumps(raw_id, ensure_ascii=False)}"
        )
    elif "\0" in raw_id:
        problems.append(
            f'"id" contains a NUL character (U+0000) at code point {raw_id.index(chr(0))}'
        )
    elif (bad := _unpaired(raw_id, '"id"')) is not None:
        problems.append(bad)
    fields["id"] = raw_id
    status = obj.get("status", "todo")
    if status not in STATUSES:
        problems.append(
            f"unknown status {json.dumps(status, ensure_ascii=False)} "
            f"(expected one of {', '.join(STATUSES)})"
        )
    fields["status"] = status
    note = obj.get("note", "")
    if note is None:
        note = ""
    if not isinstance(note, str):
        problems.append(f'"note" must be a string, got {_json_type(note)}')
    elif (bad := _unpaired(note, '"note"')) is not None:
        problems.append(bad)
    fields["note"] = note
    meta = obj.get("meta", {})
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        problems.append(f'"meta" must be an object, got {_json_type(meta)}')
    fields["meta"] = meta
    unit = obj.get("offset_unit", OFFSET_UNIT)
    if unit != OFFSET_UNIT:
        problems.append(
            f'"offset_unit" is {json.dumps(unit)}; only "{OFFSET_UNIT}" is native '
            "(import other units with annotator convert --from FORMAT)"
        )
    raw_spans = obj.get("spans", [])
    if raw_spans is None:
        raw_spans = []
    spans: list[Span] = []
    if not isinstance(raw_spans, list):
        problems.append(f'"spans" must be a list, got {_json_type(raw_spans)}')
    elif isinstance(text, str):
        seen: set[tuple[int, int, str]] = set()
        for n, raw in enumerate(raw_spans, 1):
            span = _span_problems(raw, n, text, problems)
            if span is not None:
                if span.key in seen:
                    problems.append(
                        f"span {n} [{span.start}, {span.end}) {span.label} is a duplicate"
                    )
                seen.add(span.key)
                spans.append(span)
    fields["spans"] = spans
    return fields, problems


_STATUS_SET = frozenset(STATUSES)
_new_span = object.__new__
_set_attr = object.__setattr__


def _fast_spans(raw_spans: list[Any], text: str, may_escape: bool) -> list[Span] | None:
    """Spans as we write them (start, end, label, matching text if any; sorted, unique), or None."""
    spans: list[Span] = []
    n = len(text)
    labels_ok: set[str] = set()
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
        size = len(raw)
        if size == 4:
            if raw.get("text") != text[start:end]:
                return None
        elif size != 3:
            return None  # span meta: the general path copies it
        key = (start, end, label)
        if key <= prev:
            return None  # unsorted or duplicate: the general path sorts or reports it
        prev = key
        span = new(Span)
        set_attr(span, "__dict__", {"start": start, "end": end, "label": label, "meta": None})
        spans.append(
            span
        )  # a Span built without re-running __post_init__: every field is checked above
    return spans


def _fast_fields(obj: dict[str, Any], line: int, may_escape: bool = True) -> dict[str, Any] | None:
    """Checked fields of a well-formed record, or None: the general path will find any problem.

    Accepts only what _record_problems accepts without a problem and yields the same
    fields; ``may_escape=False`` says the line held no backslash-u escape, so no string
    holds a surrogate or a NUL (the line was strictly decoded as UTF-8).
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
        spans = _fast_spans(raw_spans, text, may_escape)
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


def _span_record(span: Span, text: str) -> dict[str, Any]:
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
        "spans": [_span_record(s, doc.text) for s in doc.spans],
    }
    if doc.note:
        rec["note"] = doc.note
    rec["meta"] = doc.meta
    rec["offset_unit"] = OFFSET_UNIT
    rec.update((k, v) for k, v in doc.extra.items() if k not in OUR_KEYS)
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
