"""One JSONL line to a JSON value: strictly decoded UTF-8, parsed with every failure named.

``json.loads`` lets through what would lose or corrupt data, so ``loads_line`` refuses it:
a key given twice in one object (``json`` keeps the last value and the first is silently
gone: ``{"spans": [...], "spans": []}`` loses every span), ``NaN`` and ``Infinity`` (not JSON;
we would write them on), a float too large for a double (read as infinity), an integer over
Python's 4,300-digit limit (``ValueError``, not ``JSONDecodeError``), and objects or lists
nested more than MAX_NESTING deep (a RecursionError when read, or later when written from a
deeper stack). Duplicate keys are caught by an ``object_pairs_hook`` that only compares two
lengths; where they are found the line is parsed again to say which key, and where. Measured
on 100,000 native lines (150 MB): the hook costs 0.24 s and the nesting pre-count 0.1 s of
CPU, ``document_from_line`` over all lines 2.1 -> 2.5 s, ``annotator validate`` 2.7 -> 3.2 s.
No cheaper exact test was found: counting keys in the text needs every escaped quote removed
first (half of those lines hold one), which costs more than the hook. Split from records.py
(record <-> Document): this module knows JSON text, not documents.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any

from annotator.errors import InputError, Problem
from annotator.storage.encoding import _ARABIC_HINT as ENCODING_HINT


class UndecodableLineError(InputError):
    """A line that is not valid UTF-8: the file is most likely in another encoding."""


def decode_line(raw: bytes, path: str | Path, line: int) -> str:
    """The text of one line, strictly decoded; UndecodableLineError names its first bad byte."""
    try:
        return raw.decode("utf-8")  # strict: an encoded surrogate is refused too
    except UnicodeDecodeError as exc:
        byte = raw[exc.start : exc.start + 1].hex().upper()
        raise UndecodableLineError(
            Problem(
                str(path),
                line,
                f"not valid UTF-8: byte 0x{byte} at column {exc.start + 1}: {exc.reason}; "
                f"the file is in another encoding — {ENCODING_HINT}",
            )
        ) from None


MAX_NESTING = 200  # objects and lists inside each other; json itself stops near 1,000
_TOO_DEEP = (
    f"objects or lists nested more than {MAX_NESTING} levels deep; annotator reads at most "
    f"{MAX_NESTING} (flatten the data in that record)"
)


class _Refused(ValueError):
    """A value json.loads would accept and we must not (raised from inside its hooks)."""


class _DuplicateKey(ValueError):
    pass


def _unique(pairs: list[tuple[str, Any]], _dict: type[dict[str, Any]] = dict) -> dict[str, Any]:
    """object_pairs_hook: the object, unless a key came twice (then the slow path names it)."""
    obj = _dict(pairs)
    if len(obj) != len(pairs):
        raise _DuplicateKey
    return obj


def _constant(name: str) -> Any:
    raise _Refused(
        f"{name} is not a JSON number (JSON has no NaN or Infinity; other programs cannot "
        "read it): write null or a number"
    )


def _float(text: str) -> float:
    value = float(text)
    if value in (math.inf, -math.inf):
        raise _Refused(
            f"the number {text[:20]}{'…' if len(text) > 20 else ''} is too large "
            "(beyond a double, it would be read as Infinity)"
        )
    return value


# One decoder, made once: json.loads with hooks would build a new one (and its scanner) per line.
_DECODER = json.JSONDecoder(object_pairs_hook=_unique, parse_constant=_constant, parse_float=_float)


def loads_line(text: str, path: str | Path, line: int) -> Any:
    """The JSON value of one line's text, or InputError naming the line and the problem."""
    try:
        obj = _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise InputError.single(
            path, line, f"invalid JSON at column {exc.colno}: {exc.msg}"
        ) from None
    except _DuplicateKey:
        raise InputError.single(path, line, _duplicate_key(text)) from None
    except _Refused as exc:
        raise InputError.single(path, line, str(exc)) from None
    except ValueError:  # only an integer over sys.get_int_max_str_digits() gets here
        raise InputError.single(path, line, _too_many_digits(text)) from None
    except RecursionError:
        raise InputError.single(path, line, _TOO_DEEP) from None
    if text.count("{") + text.count("[") > MAX_NESTING and _depth(obj) > MAX_NESTING:
        raise InputError.single(path, line, _TOO_DEEP)
    return obj


def _too_many_digits(text: str) -> str:
    limit = sys.get_int_max_str_digits() or 4300
    found = re.search(rf"\d{{{limit + 1},}}", text)
    where = f"at column {found.start() + 1}: " if found else ""
    return f"{where}a number of more than {limit:,} digits, more than Python reads as an integer"


def _depth(value: Any) -> int:
    """How many objects and lists are nested at the deepest point (no recursion)."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, depth = todo.pop()
        children = item.values() if isinstance(item, dict) else item
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            todo.extend((child, depth + 1) for child in children)
    return deepest


class _Twice(dict[str, Any]):
    """An object in which the keys ``repeated`` came twice (slow path only)."""

    repeated: list[str]


def _recording(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    twice, seen = _Twice(obj), set()
    twice.repeated = []
    for key, _ in pairs:
        if key in seen:
            twice.repeated.append(key)
        seen.add(key)
    return twice


def _duplicate_key(text: str) -> str:
    """Which key came twice, and where: the record, span N, or a path into meta."""
    root = json.loads(text, object_pairs_hook=_recording)
    todo: list[tuple[Any, tuple[str | int, ...]]] = [(root, ())]
    while todo:  # breadth first: the outermost duplicate is named
        item, where = todo.pop(0)
        if isinstance(item, _Twice):
            return _where_twice(item.repeated[0], where)
        if isinstance(item, dict):
            todo += [(v, (*where, k)) for k, v in item.items()]
        elif isinstance(item, list):
            todo += [(v, (*where, i)) for i, v in enumerate(item)]
    return "a key appears twice in one object"  # pragma: no cover - the fast path saw one


def _where_twice(key: str, where: tuple[str | int, ...]) -> str:
    lost = "JSON keeps only the last, so the first value would be lost: remove or rename one"
    shown = json.dumps(key, ensure_ascii=False)
    if not where:
        return f"the key {shown} appears twice in the record; {lost}"
    if len(where) == 2 and where[0] == "spans" and isinstance(where[1], int):
        return f"span {where[1] + 1} has the key {shown} twice; {lost}"
    path = str(where[0]) + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where[1:])
    return f"the key {shown} appears twice in {path}; {lost}"
