"""Each annotator's version of a document, kept in the record for adjudication.

Record shape (docs/decisions/0018-team-projects.md)::

    "versions": {"sara": {"spans": [{"start", "end", "label", "text", ...}],
                          "status": "done", "changed": {"by": "sara", "at": "..."}},
                 "omar": {...}}

A top-level key of the document like any other the core does not interpret, so every tool
keeps it verbatim. The document's own ``spans`` are what has been accepted so far; the
versions are the candidates. Accepted spans record where they came from in ``"from"``: the
sorted names of the annotators whose version had that exact span.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from annotator.errors import InputError, SpanError
from annotator.model import CHANGED_KEY, STATUSES, Document, Span
from annotator.storage.records import span_record

VERSIONS_KEY = "versions"
ORIGIN_KEY = "from"  # span key: annotators whose versions had the accepted span


@dataclass(frozen=True)
class Version:
    """One annotator's spans, status and last-change stamp of one document."""

    spans: tuple[Span, ...]
    status: str = "todo"
    changed: Any = None  # {"by", "at"} as read, or None

    @property
    def keys(self) -> frozenset[tuple[int, int, str]]:
        return frozenset(s.key for s in self.spans)

    def same_as(self, other: Version) -> bool:
        return self.keys == other.keys and self.status == other.status


def version_of(doc: Document) -> Version:
    """The document's own spans, status and stamp as one annotator's version."""
    return Version(tuple(doc.spans), doc.status, doc.extra.get(CHANGED_KEY))


def versions_record(versions: Mapping[str, Version], text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in sorted(versions):
        version = versions[name]
        rec: dict[str, Any] = {
            "spans": [span_record(s, text) for s in version.spans],
            "status": version.status,
        }
        if version.changed is not None:
            rec[CHANGED_KEY] = version.changed
        out[name] = rec
    return out


def versions_of(doc: Document) -> dict[str, Version]:
    """The versions a document carries (empty when none); InputError naming the document if bad."""
    raw = doc.extra.get(VERSIONS_KEY)
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise _bad(doc, '"versions" must be an object of annotator name -> version')
    out: dict[str, Version] = {}
    for name, rec in raw.items():
        if not isinstance(rec, dict) or not isinstance(rec.get("spans", []), list):
            raise _bad(doc, f'the version of {name!r} must be an object with a "spans" list')
        status = rec.get("status", "todo")
        if status not in STATUSES:
            raise _bad(doc, f"the version of {name!r} has an unknown status {status!r}")
        try:
            spans = tuple(sorted(_span(raw_span, doc.text) for raw_span in rec.get("spans", [])))
        except (KeyError, TypeError, SpanError) as exc:
            raise _bad(doc, f"a span of {name!r}'s version is not valid ({exc})") from None
        out[name] = Version(spans, status, rec.get(CHANGED_KEY))
    return out


def _span(raw: Mapping[str, Any], text: str) -> Span:
    meta = {k: v for k, v in raw.items() if k not in ("start", "end", "label", "text")}
    span = Span(raw["start"], raw["end"], raw["label"], meta or None)
    span.check_in(text)
    if "text" in raw and raw["text"] != text[span.start : span.end]:
        raise SpanError(f"[{span.start}, {span.end}) text differs from the document's")
    return span


def _bad(doc: Document, message: str) -> InputError:
    return InputError.single("", None, f"document {doc.id!r}: {message}")


def with_origin(span: Span, names: Iterable[str]) -> Span:
    """``span`` recording the annotators it came from (``"from"``), other meta kept."""
    meta = {k: v for k, v in (span.meta or {}).items() if k != ORIGIN_KEY}
    meta[ORIGIN_KEY] = sorted(set(names))
    return Span(span.start, span.end, span.label, meta)
