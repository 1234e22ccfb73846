"""One JSONL line to a JSON value: strictly decoded UTF-8, parsed with every failure named.

Split from records.py (record <-> Document): this module knows JSON text, not documents.
"""

from __future__ import annotations

import json
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


def loads_line(text: str, path: str | Path, line: int) -> Any:
    """The JSON value of one line's text, or InputError naming the line and the problem."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError.single(
            path, line, f"invalid JSON at column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise InputError.single(path, line, "cannot be read as JSON: nested too deeply") from None
