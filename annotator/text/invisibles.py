"""Characters a reader cannot see but an annotator must: bidi controls, joiners, special spaces.

The view can show each of them as a small symbol above the text where it stands (painted, never
inserted: the text and every offset stay as they are). Which code points count, the short name
shown for each and its Unicode name (for tooltips) are decided here; tatweel (U+0640) is a
visible stretch, not an invisible character, so it is found only when asked for.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = [
    "INVISIBLES",
    "TATWEEL",
    "Invisible",
    "count_invisibles",
    "describe",
    "find_invisibles",
]


class Invisible(NamedTuple):
    """One kind of invisible character: the character, its short name, its Unicode name."""

    char: str
    short: str
    name: str

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"


_TABLE = (
    ("\u200e", "LRM", "LEFT-TO-RIGHT MARK"),
    ("\u200f", "RLM", "RIGHT-TO-LEFT MARK"),
    ("\u061c", "ALM", "ARABIC LETTER MARK"),
    ("\u202a", "LRE", "LEFT-TO-RIGHT EMBEDDING"),
    ("\u202b", "RLE", "RIGHT-TO-LEFT EMBEDDING"),
    ("\u202c", "PDF", "POP DIRECTIONAL FORMATTING"),
    ("\u202d", "LRO", "LEFT-TO-RIGHT OVERRIDE"),
    ("\u202e", "RLO", "RIGHT-TO-LEFT OVERRIDE"),
    ("\u2066", "LRI", "LEFT-TO-RIGHT ISOLATE"),
    ("\u2067", "RLI", "RIGHT-TO-LEFT ISOLATE"),
    ("\u2068", "FSI", "FIRST STRONG ISOLATE"),
    ("\u2069", "PDI", "POP DIRECTIONAL ISOLATE"),
    ("\u200d", "ZWJ", "ZERO WIDTH JOINER"),
    ("\u200c", "ZWNJ", "ZERO WIDTH NON-JOINER"),
    ("\u200b", "ZWSP", "ZERO WIDTH SPACE"),
    ("\u2060", "WJ", "WORD JOINER"),
    ("\u00a0", "NBSP", "NO-BREAK SPACE"),
    ("\u202f", "NNBSP", "NARROW NO-BREAK SPACE"),
    ("\u00ad", "SHY", "SOFT HYPHEN"),
    ("\ufeff", "BOM", "ZERO WIDTH NO-BREAK SPACE (byte order mark)"),
)
INVISIBLES: dict[str, Invisible] = {c: Invisible(c, s, n) for c, s, n in _TABLE}
TATWEEL = Invisible("\u0640", "TAT", "ARABIC TATWEEL (kashida)")

_ALL = re.compile("[" + "".join(INVISIBLES) + "]")
_WITH_TATWEEL = re.compile("[" + "".join(INVISIBLES) + TATWEEL.char + "]")


def _pattern(tatweel: bool) -> re.Pattern[str]:
    return _WITH_TATWEEL if tatweel else _ALL


def find_invisibles(
    text: str, start: int = 0, end: int | None = None, *, tatweel: bool = False
) -> list[tuple[int, Invisible]]:
    """(code point, kind) of each invisible character in text[start:end], in text order."""
    end = len(text) if end is None else end
    kinds = INVISIBLES
    return [
        (m.start(), kinds.get(m.group(), TATWEEL))
        for m in _pattern(tatweel).finditer(text, start, end)
    ]


def count_invisibles(text: str, *, tatweel: bool = False) -> int:
    """How many invisible characters (and tatweels, if asked) ``text`` holds."""
    return len(_pattern(tatweel).findall(text))


def describe(char: str) -> str | None:
    """ "ZWNJ — ZERO WIDTH NON-JOINER (U+200C)" for an invisible character (or tatweel)."""
    kind = INVISIBLES.get(char) or (TATWEEL if char == TATWEEL.char else None)
    return None if kind is None else f"{kind.short} — {kind.name} ({kind.code})"
