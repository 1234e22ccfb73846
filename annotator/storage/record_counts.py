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

from typing import Annotated, Literal

import msgspec

UNSET = msgspec.UNSET
_Unset = msgspec.UnsetType


# gc=False: values decoded from JSON hold no cycles, and untracked Structs are cheaper to make

# meta values nest at most three deep here, so a line this decoder reads is never nested
# deeper than strict_json.MAX_NESTING (deeper meta goes to the full path, which measures it)
_Leaf = str | int | float | bool | None
_Inner = _Leaf | list[_Leaf] | dict[str, _Leaf]
_Value = _Leaf | list[_Inner] | dict[str, _Inner]


_Offset = Annotated[int, msgspec.Meta(ge=0)]
_Label = Annotated[str, msgspec.Meta(min_length=1)]
_Status = Literal["todo", "done", "skipped", "flagged"]  # model.STATUSES (a test keeps them equal)


class _Span(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """A span as written by us or another tool; ``by`` (its author) is only meta here."""

    start: _Offset
    end: int
    label: _Label
    text: str | _Unset = UNSET
    by: str | None | _Unset = UNSET


class _Record(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """The keys of a native record the full path reads without copying them into ``extra``.

    ``by`` is an author's name or null here, ``meta`` nested three deep at most; anything else
    goes to the full path. Types, a negative start, an empty label or id, an unknown status
    and another offset unit are refused by msgspec itself.
    """

    text: str
    id: Annotated[str, msgspec.Meta(min_length=1)] | int | _Unset = UNSET
    status: _Status | _Unset = UNSET
    spans: list[_Span] | None | _Unset = UNSET
    note: str | None | _Unset = UNSET
    meta: dict[str, _Value] | None | _Unset = UNSET
    offset_unit: Literal["codepoint"] | _Unset = UNSET  # model.OFFSET_UNIT
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
_ESCAPED_COLON = b"\\u003"  # \u003a or \u003A (and, left to the full path, \u0030-\u003f)


def counted_from_bytes(raw: bytes) -> Counted | None:
    """The counted record of a line the full path reads cleanly, or None: read it in full.

    None never means "bad", only "not proven here".
    """
    try:
        rec = _DECODER.decode(raw)
    except (_MsgspecError, RecursionError, ValueError):
        return None
    # a backslash is found by memchr; the longer search only runs when there is one
    if b"\\" in raw and _ESCAPED_COLON in raw:
        return None  # maybe \u003a: a colon the count below cannot see
    text = rec.text
    colons = raw.count(b":")
    if colons:
        rec.text = ""  # its colons counted apart: encoding a long text to UTF-8 costs
        kept = _ENCODER.encode(rec).count(b":") + text.count(":")
        rec.text = text
        if kept != colons:
            return None  # maybe a key given twice
    # msgspec refuses a lone surrogate (escaped or encoded), as strict_json does; a NUL only
    # comes from a \u0000 escape: refused in the text and the id, as the full path does
    raw_id = rec.id
    if "\0" in text or type(raw_id) is str and "\0" in raw_id:
        return None
    status = rec.status
    spans = rec.spans
    if spans is UNSET or spans is None:
        spans = []
    elif spans and not _spans_fine(spans, len(text), text):
        return None
    return Counted("todo" if status is UNSET else status, text, spans)


def _spans_fine(spans: list[_Span], n: int, text: str) -> bool:
    """Every span inside the text, its label not blank, its text the text's own.

    Sorted and distinct as well (the full path sorts, or reports a duplicate). msgspec has
    already refused a negative start and an empty label.
    """
    labels_ok: set[str] = set()
    prev_start, prev_end, prev_label = -1, -1, ""
    for span in spans:
        start, end, label = span.start, span.end, span.label
        if not start < end <= n:
            return False
        if start <= prev_start and (start < prev_start or (end, label) <= (prev_end, prev_label)):
            return False  # unsorted or a duplicate
        prev_start, prev_end, prev_label = start, end, label
        if label not in labels_ok:
            if not label.strip():
                return False
            labels_ok.add(label)
        given = span.text
        if given is not UNSET and given != text[start:end]:
            return False
    return True
