"""Document fields the JSON formats share: id, status, note and meta to and from a record's keys."""

from __future__ import annotations

import re
from typing import Any

from annotator.formats.problems import is_int
from annotator.model import STATUSES, Document, Span

_DIGITS = re.compile(r"[0-9]+")

SOURCE_FIELDS = (
    "source_fields"  # meta key for a record's uninterpretable status/note/meta/... values
)
_NATIVE_KEYS = ("id", "text", "spans", "status", "note", "meta", "offset_unit")


def document_from_parts(
    text: str, spans: list[Span], rest: dict[str, Any], default_id: str
) -> Document:
    """A Document from a record's text and spans; id, status, note, meta from ``rest`` when usable.

    A numeric ``id`` becomes its decimal string (written back as a number by ``id_field``);
    everything else in ``rest`` stays verbatim in ``extra``.
    """
    rest = dict(rest)
    raw_id = rest.pop("id", None)
    doc_id = str(raw_id) if is_int(raw_id) or (isinstance(raw_id, str) and raw_id) else default_id
    if raw_id is not None and doc_id == default_id:
        rest["id"] = raw_id
    status = rest.pop("status") if rest.get("status") in STATUSES else "todo"
    note = rest.pop("note") if isinstance(rest.get("note"), str) else ""
    meta = dict(rest.pop("meta")) if isinstance(rest.get("meta"), dict) else {}
    # Values under our own key names that we cannot interpret (a tool's "status": "approved", a
    # list as "id") would be dropped by the native writer: keep them verbatim in meta instead.
    clashing = {key: rest.pop(key) for key in _NATIVE_KEYS if key in rest}
    if clashing:
        meta[SOURCE_FIELDS] = clashing
    return Document(doc_id, text, spans, status, note, meta, rest)


def id_field(doc: Document) -> dict[str, Any]:
    """``{"id": ...}`` for a document: an integer when the id is one (tool ids), else the string."""
    if doc.id and _DIGITS.fullmatch(doc.id) and (doc.id == "0" or not doc.id.startswith("0")):
        return {"id": int(doc.id)}
    return {"id": doc.id}


def status_fields(doc: Document) -> dict[str, Any]:
    """Status, note and meta as top-level keys, unless defaults (other tools keep unknown keys).

    Fields kept aside by ``document_from_parts`` come back under their names where ours are unset.
    """
    out: dict[str, Any] = {}
    meta = dict(doc.meta)
    kept = meta.pop(SOURCE_FIELDS, None)
    if isinstance(kept, dict):
        out.update((k, v) for k, v in kept.items() if k in ("status", "note", "meta"))
    if doc.status != "todo":
        out["status"] = doc.status
    if doc.note:
        out["note"] = doc.note
    if meta:
        out["meta"] = meta
    return out
