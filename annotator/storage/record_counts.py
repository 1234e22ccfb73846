"""What ``validate`` and ``stats`` need of a native line, without building a Document.

``validate`` counts documents, spans and labels; ``stats`` also needs each document's status,
text length and span texts. For a line in the shape we write (or another tool's, with no
ids and keys in any order), ``counted_from_bytes`` decodes it with one typed msgspec decoder
into small Structs (``_Record``, ``_Span``) and makes, on those values, every check the
record reader makes (records._fast_fields and _fast_spans): it gives a ``Counted`` only when
records.document_from_line would give a Document with that status, text and those spans in
that order. Anything else (an unknown key, suggestions, a type msgspec refuses, a span out of
order, a key maybe given twice...) gives None, and the caller reads that line through the
full path (record_codec.document_from_bytes), so every message and count stays the same.

Duplicate keys are ruled out as record_codec does: without a ``\\u003a`` escape, the line
has exactly as many ``:`` as the Structs encoded back (one per key kept plus those in
strings) when no key was dropped. The Structs forbid unknown fields, so nothing of the line
is skipped unseen.
"""

from __future__ import annotations

from typing import Any

import msgspec

from annotator.model import OFFSET_UNIT, STATUSES
from annotator.storage.record_checks import _SURROGATE
from annotator.storage.strict_json import MAX_NESTING

UNSET = msgspec.UNSET
_Unset = msgspec.UnsetType


# gc=False: values decoded from JSON hold no cycles, and untracked Structs are cheaper to make


class _Span(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """A span as written by us or another tool; ``by`` (its author) is only meta here."""

    start: int
    end: int
    label: str
    text: str | _Unset = UNSET
    by: str | None | _Unset = UNSET


class _Record(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """The keys of a native record the full path reads without copying them into ``extra``.

    Only ``meta`` may nest (``by`` is an author's name or null here; anything else goes to the
    full path).
    """

    text: str
    id: str | int | _Unset = UNSET
    status: str | _Unset = UNSET
    spans: list[_Span] | None | _Unset = UNSET
    note: str | None | _Unset = UNSET
    meta: dict[str, Any] | None | _Unset = UNSET
    offset_unit: str | _Unset = UNSET
    by: str | None | _Unset = UNSET


class Counted(msgspec.Struct, gc=False):
    """A checked record: what a Document read from the line would hold, for counting only.

    ``spans`` carry ``start``, ``end`` and ``label`` as Span does, sorted and distinct.
    """

    status: str
    text: str
    spans: list[_Span]


_DECODER = msgspec.json.Decoder(_Record)
_ENCODER = msgspec.json.Encoder()
_MsgspecError = msgspec.MsgspecError
_STATUS_SET = frozenset(STATUSES)
_ESCAPED_COLON = (b"\\u003a", b"\\u003A")
_FLAT = frozenset({str, int, float, bool, type(None)})


def counted_from_bytes(raw: bytes) -> Counted | None:
    """The counted record of a line the full path reads cleanly, or None: read it in full.

    None never means "bad", only "not proven here".
    """
    try:
        rec = _DECODER.decode(raw)
    except (_MsgspecError, RecursionError, ValueError):
        return None
    meta = rec.meta
    if (
        meta
        and not set(map(type, meta.values())) <= _FLAT
        and raw.count(b"{") + raw.count(b"[") > MAX_NESTING
    ):
        return None  # maybe nested too deep: strict_json measures it and names it
    # strictly decoded UTF-8 holds no surrogate: only a \u escape brings one (or a NUL) in;
    # a backslash is found by memchr, the two-byte search only runs when there is one
    may_escape = b"\\" in raw and b"\\u" in raw
    if may_escape and (_ESCAPED_COLON[0] in raw or _ESCAPED_COLON[1] in raw):
        return None  # a colon the count below cannot see
    colons = raw.count(b":")
    if colons and _ENCODER.encode(rec).count(b":") != colons:
        return None  # maybe a key given twice
    text = rec.text
    if "\0" in text or may_escape and not _escapes_fine(rec):
        return None
    raw_id = rec.id
    if raw_id == "":
        return None
    status = rec.status
    if status is UNSET:
        status = "todo"
    elif status not in _STATUS_SET:
        return None
    if rec.offset_unit is not UNSET and rec.offset_unit != OFFSET_UNIT:
        return None
    spans = rec.spans
    if spans is UNSET or spans is None:
        return Counted(status, text, [])
    if not _spans_fine(spans, text, may_escape):
        return None
    return Counted(status, text, spans)


def _escapes_fine(rec: _Record) -> bool:
    """No lone surrogate in text, id or note, no NUL in the id (lines with a \\u escape)."""
    if _SURROGATE.search(rec.text) is not None:
        return False
    raw_id = rec.id
    if type(raw_id) is str and ("\0" in raw_id or _SURROGATE.search(raw_id) is not None):
        return False
    note = rec.note
    return not (type(note) is str and _SURROGATE.search(note) is not None)


def _spans_fine(spans: list[_Span], text: str, may_escape: bool) -> bool:
    """Every span inside the text, its label a non-empty string, its text the text's own.

    Sorted and distinct as well (the full path sorts, or reports a duplicate).
    """
    n = len(text)
    labels_ok: set[str] = set()
    prev: tuple[int, int, str] = (-1, -1, "")
    for span in spans:
        start, end, label = span.start, span.end, span.label
        if not 0 <= start < end <= n:
            return False
        if label not in labels_ok:
            if not label.strip() or may_escape and _SURROGATE.search(label) is not None:
                return False
            labels_ok.add(label)
        given = span.text
        if given is not UNSET and given != text[start:end]:
            return False
        key = (start, end, label)
        if key <= prev:
            return False
        prev = key
    return True
