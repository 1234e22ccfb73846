"""Suggestions in our JSONL: a key of their own, written after the spans, read with their checks.

``"suggestions": [{"source": "gazetteer", "start": 4, "end": 10, "label": "LOC", "text":
"المغرب", "score": 0.9}]``: offsets and ``text`` are checked exactly as a span's (a ``text``
that differs from the document at those offsets is an error naming the line), ``source`` is
a non-empty string, ``score`` an optional number, and any other key is kept. ``source``
comes first so that the label scan of a lazily opened file (storage.lines) never takes a
suggestion for a span.
"""

from __future__ import annotations

from typing import Any

from annotator.errors import InputError, Problem, SpanError
from annotator.model import Document, Suggestion
from annotator.storage.record_checks import MAX_PROBLEMS_PER_RECORD, _json_type, _span_problems

__all__ = ["read_suggestions", "suggestion_records"]


def _suggestion(raw: Any, n: int, text: str, problems: list[str]) -> Suggestion | None:
    span = _span_problems(raw, n, text, problems, what="suggestion")
    if span is None:
        return None
    meta = dict(span.meta or {})
    source, score = meta.pop("source", None), meta.pop("score", None)
    where = f"suggestion {n} [{span.start}, {span.end}) {span.label}"
    if not isinstance(source, str) or not source.strip():
        problems.append(f'{where}: "source" must be a non-empty string, got {_json_type(source)}')
        return None
    try:
        return Suggestion(span.start, span.end, span.label, source, score, meta or None)
    except SpanError as exc:
        problems.append(f"{where}: {exc}")
        return None


def read_suggestions(raw: Any, text: str, path: Any, line: int) -> list[Suggestion]:
    """The suggestions of one record, or InputError naming the file, line and each problem."""
    problems: list[str] = []
    found: list[Suggestion] = []
    if not isinstance(raw, list):
        problems.append(f'"suggestions" must be a list, got {_json_type(raw)}')
    else:
        seen: set[tuple[int, int, str, str]] = set()
        for n, item in enumerate(raw, 1):
            suggestion = _suggestion(item, n, text, problems)
            if suggestion is None:
                continue
            if suggestion.key in seen:
                problems.append(f"suggestion {n} is a duplicate")
            seen.add(suggestion.key)
            found.append(suggestion)
    if problems:
        shown = problems[:MAX_PROBLEMS_PER_RECORD]
        raise InputError(
            [Problem(str(path), line, p) for p in shown], more=len(problems) - len(shown)
        )
    return found


def suggestion_records(doc: Document) -> list[dict[str, Any]]:
    out = []
    for s in doc.suggestions:
        record: dict[str, Any] = {
            "source": s.source,
            "start": s.start,
            "end": s.end,
            "label": s.label,
            "text": doc.text[s.start : s.end],
        }
        if s.score is not None:
            record["score"] = s.score
        if s.meta:
            record.update((k, v) for k, v in s.meta.items() if k not in record)
        out.append(record)
    return out
