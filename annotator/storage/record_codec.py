"""Native JSONL lines at disk speed: msgspec first, the strict reader and writer where it must.

Reading: ``msgspec`` decodes a line about twice as fast as ``json``, and it already refuses
most of what strict_json refuses (NaN, Infinity, a float beyond a double, an integer of more
than 4,300 digits, a lone surrogate, a byte that is not UTF-8, a BOM). What it lets through
and we must not is a key given twice (it keeps the last, as ``json`` does) and nesting deeper
than strict_json.MAX_NESTING; both are ruled out here without a second parse (see
``_no_duplicate_key``). Any line msgspec refuses, or that cannot be proven clean, goes through
records.document_from_line unchanged, so every message (file, line, problem) stays the
strict reader's own.

Writing: msgspec encodes the record and ``msgspec.json.format(indent=0)`` puts back the
``", "`` and ``": "`` of ``json.dumps``: the same bytes for strings, integers, booleans,
lists and objects (``_plain``). A record holding what msgspec writes differently (a float,
NaN) or cannot write (a lone surrogate in meta) is written by records.record_line_bytes.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

from annotator.model import Document
from annotator.storage.records import (
    document_from_line,
    document_from_record,
    record_from_document,
    record_line_bytes,
)
from annotator.storage.strict_json import MAX_NESTING

_DECODER = msgspec.json.Decoder()
_ENCODER = msgspec.json.Encoder()
_format = msgspec.json.format
_MsgspecError = msgspec.MsgspecError
_ESCAPED_COLON = (b"\\u003a", b"\\u003A")


def decode_object(raw: bytes) -> Any:
    """The JSON value of a line when msgspec reads it and it is provably strict JSON, else None.

    None means only "take the strict path" (records.document_from_line), never "bad".
    """
    if raw.count(b"{") + raw.count(b"[") > MAX_NESTING:
        return None  # maybe too deep: strict_json measures it and names it
    try:
        obj = _DECODER.decode(raw)
    except (_MsgspecError, RecursionError, ValueError):
        return None
    if not _no_duplicate_key(raw, obj):
        return None
    return obj


def _no_duplicate_key(raw: bytes, obj: Any) -> bool:
    """Proof that no object in the line gave a key twice (False: not proven, maybe fine).

    Every ``:`` in a line is either the one after a key or inside a string. Without a
    ``\\u003a`` escape in the line, each ``:`` inside a string is still there after decoding,
    and msgspec writes the decoded value back with one ``:`` per key kept plus those in its
    strings. So the two counts are equal exactly when no key was dropped: a dropped
    duplicate takes its ``:`` (and those in its value) from the re-encoded side only.
    Re-encoding is C, a few microseconds a line; walking the value in Python cost ten times
    more.
    """
    total = raw.count(b":")
    if not total:
        return True
    if _ESCAPED_COLON[0] in raw or _ESCAPED_COLON[1] in raw:
        return False
    return _ENCODER.encode(obj).count(b":") == total


def document_from_bytes(raw: bytes, path: Any, line: int) -> Document:
    """records.document_from_line, msgspec first: the same Document, or the same InputError."""
    obj = decode_object(raw)
    if obj is None:
        return document_from_line(raw, path, line)
    # as document_from_line: only a \\u escape brings in a NUL (or, were msgspec to let one
    # through, a lone surrogate), so lines without one skip those searches
    return document_from_record(obj, path, line, _may_escape=b"\\u" in raw)


_PLAIN_LEAVES = frozenset({str, int, bool, type(None)})
_STR = frozenset({str})


def _plain(value: Any) -> bool:
    """Whether msgspec writes ``value`` as json.dumps does: str, int, bool, None, list, dict.

    A float is not (json.dumps writes 1e+16 and NaN, msgspec 1e16 and null), nor a tuple, a
    key that is not a string or any other type. A container whose items are all leaves is
    checked in one ``set(map(type, ...))`` (C); only containers of containers are walked.
    """
    todo = [value]
    pop, push = todo.pop, todo.extend
    leaves = _PLAIN_LEAVES
    while todo:
        item = pop()
        kind = type(item)
        if kind is dict:
            if not set(map(type, item)) <= _STR:
                return False
            if not set(map(type, item.values())) <= leaves:
                push(item.values())
        elif kind is list:
            if not set(map(type, item)) <= leaves:
                push(item)
        elif kind not in leaves:
            return False
    return True


def loads(text: str | bytes) -> Any:
    """``json.loads(text)``, msgspec first: the same value, or json's own exception.

    For the interchange formats' JSON lines (doccano, Prodigy), which keep json's leniency
    (a key given twice keeps the last, as msgspec does; NaN and huge numbers are read by
    the json fallback, which msgspec refuses).
    """
    try:
        return _DECODER.decode(text)
    except (_MsgspecError, RecursionError, ValueError):
        return json.loads(text)


def json_bytes(value: Any) -> bytes | None:
    """``json.dumps(value, ensure_ascii=False)`` as UTF-8 when msgspec gives the same bytes."""
    if not _plain(value):
        return None
    try:
        return _format(_ENCODER.encode(value), indent=0)
    except (UnicodeEncodeError, _MsgspecError, OverflowError, ValueError, RecursionError):
        return None


def record_bytes(doc: Document) -> bytes:
    """records.record_line_bytes(doc), byte for byte, encoded by msgspec where it can be."""
    data = json_bytes(record_from_document(doc))
    # else a float, or a lone surrogate in meta (records escapes the whole line as ASCII)
    return record_line_bytes(doc) if data is None else data
