"""The general path of reading a native record: every problem named (annotator.storage.records).

records.py tries its fast path first and comes here for anything else; the checks here
accept exactly what the fast path accepts, and name each problem of the rest.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from annotator.errors import SpanError
from annotator.model import OFFSET_UNIT, STATUSES, Span

MAX_PROBLEMS_PER_RECORD = 10
SPAN_KEYS = frozenset({"start", "end", "label", "text"})
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def _span_problems(
    raw: Any, n: int, text: str, problems: list[str], what: str = "span"
) -> Span | None:
    """The Span described by ``raw`` (the n-th, 1-based), or None after adding its problems."""
    where = f"{what} {n}"
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
    elif (bad := _SURROGATE.search(text)) is not None:
        problems.append(
            f'"text" contains an unpaired surrogate U+{ord(bad.group()):04X} '
            f"at code point {bad.start()}"
        )
    fields["text"] = text if isinstance(text, str) else ""
    raw_id = obj.get("id", f"line-{line}")
    if _is_int(raw_id):
        raw_id = str(raw_id)
    if not isinstance(raw_id, str) or not raw_id:
        problems.append(
            '"id" must be a non-empty string or an integer, '
            f"got {json.dumps(raw_id, ensure_ascii=False)}"
        )
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
