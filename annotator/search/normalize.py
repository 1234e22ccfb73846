"""Arabic-aware normalisation for matching: a folded copy of a text and the way back to its offsets.

Every character either stays one character (folded: أ → ا, ی → ي, ٣ → 3, A → a) or is dropped
(harakat, Quranic marks, tatweel, ZWJ/ZWNJ, bidi controls): nothing ever becomes two characters.
So the folded copy maps back to the stored text through the runs of dropped characters alone,
and a match found in the copy is reported as exact code-point offsets into the stored text,
which is never changed (docs/decisions/0017-search-and-suggestions.md has the full table).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "IGNORED",
    "Normalised",
    "fold",
    "fold_letters",
    "is_mark",
    "normalise",
    "spellings",
]


def _ranges(*pairs: tuple[int, int]) -> frozenset[str]:
    return frozenset(chr(c) for lo, hi in pairs for c in range(lo, hi + 1))


# Dropped: Arabic harakat and Quranic annotation marks, superscript alef, tatweel, zero-width
# joiners, bidi marks, embeddings and isolates, the BOM, and Hebrew points and cantillation.
IGNORED: frozenset[str] = _ranges(
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x0640, 0x0640),
    (0x200C, 0x200F),
    (0x061C, 0x061C),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
    (0xFEFF, 0xFEFF),
    (0x0591, 0x05BD),
    (0x05BF, 0x05BF),
    (0x05C1, 0x05C2),
    (0x05C4, 0x05C5),
    (0x05C7, 0x05C7),
)

# Letters and digits written in several ways, folded to one.
_LETTERS: dict[str, str] = {
    "\u0623": "\u0627",  # أ -> ا
    "\u0625": "\u0627",  # إ -> ا
    "\u0622": "\u0627",  # آ -> ا
    "\u0671": "\u0627",  # ٱ (wasla) -> ا
    "\u0649": "\u064a",  # ى (alef maqsura) -> ي
    "\u06cc": "\u064a",  # ی (Farsi yeh) -> ي
    "\u06a9": "\u0643",  # ک (keheh) -> ك
    **{chr(0x0660 + d): str(d) for d in range(10)},  # ٠-٩ -> 0-9
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # ۰-۹ -> 0-9
    "\u0130": "i",  # İ: the one character whose lower() is two characters
    "\u03c2": "\u03c3",  # ς -> σ: lower() writes Σ as either, by its place in the word
}
_HEH = {"\u0629": "\u0647"}  # ة -> ه, only when asked (--heh)

_IGNORED_CLASS = "".join(sorted(IGNORED))
_IGNORED_RUNS = re.compile(f"[{re.escape(_IGNORED_CLASS)}]+")
_TABLES = {
    False: str.maketrans({**_LETTERS, **dict.fromkeys(IGNORED)}),
    True: str.maketrans({**_LETTERS, **_HEH, **dict.fromkeys(IGNORED)}),
}


_CHANGES = {heh: {chr(k): v or "" for k, v in table.items()} for heh, table in _TABLES.items()}
_CHANGING = {
    heh: re.compile(f"[{re.escape(''.join(sorted(changes)))}]") for heh, changes in _CHANGES.items()
}


def _replacer(changes: dict[str, str]) -> Callable[[re.Match[str]], str]:
    return lambda m: changes[m.group()]


_REPLACE = {heh: _replacer(changes) for heh, changes in _CHANGES.items()}


def is_mark(ch: str) -> bool:
    """A combining mark: it belongs to the character before it and a match never ends before it."""
    return unicodedata.category(ch)[0] == "M"


def fold_letters(text: str, heh: bool = False) -> str:
    """``text`` with letters and digits unified and ignored characters dropped, case kept.

    For regular expressions: lower-casing one would change what ``\\D`` or ``\\W`` mean.
    """
    return text.translate(_TABLES[heh])


def fold(text: str, heh: bool = False) -> str:
    """The folded copy of ``text`` (what matching compares): letters unified, marks dropped."""
    if len(text) < 64:
        folded = text.translate(_TABLES[heh]).lower()
    else:  # most characters stay: find the few that change (str.translate looks up every
        # character in a dict: about four times slower on Arabic text)
        folded = _CHANGING[heh].sub(_REPLACE[heh], text).lower()
    return folded.replace("\u03c2", "\u03c3") if "\u03c2" in folded else folded


@dataclass(frozen=True)
class Normalised:
    """A folded copy of ``original`` and the runs of dropped characters that lead back to it.

    ``_at[k]`` is the folded position before which run k was dropped, ``_before[k]`` how many
    characters were dropped up to and including run k.
    """

    original: str
    text: str
    _at: tuple[int, ...]
    _before: tuple[int, ...]

    def to_original(self, position: int) -> int:
        """Where the folded character at ``position`` is in the original text."""
        k = bisect_right(self._at, position)
        return position + (self._before[k - 1] if k else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) of the folded text as [start, end) of the original, marks after it kept.

        The end takes in the dropped combining marks that follow the last character (its
        harakat), never a dropped character that is not a mark (a tatweel, a bidi mark).
        """
        first = self.to_original(start)
        last = self.to_original(end - 1) + 1
        text = self.original
        while last < len(text) and text[last] in IGNORED and is_mark(text[last]):
            last += 1
        return first, last

    def from_original(self, position: int) -> int:
        """The folded position of the original ``position`` (a dropped character: the next kept)."""
        lo, hi = 0, len(self.text)
        while lo < hi:  # the smallest folded position whose original is >= position
            mid = (lo + hi) // 2
            if self.to_original(mid) < position:
                lo = mid + 1
            else:
                hi = mid
        return lo


def normalise(text: str, heh: bool = False) -> Normalised:
    """The folded copy of ``text`` with its way back to the original offsets."""
    folded = fold(text, heh)
    at: list[int] = []
    before: list[int] = []
    dropped = 0
    for run in _IGNORED_RUNS.finditer(text):
        at.append(run.start() - dropped)
        dropped += run.end() - run.start()
        before.append(dropped)
    return Normalised(text, folded, tuple(at), tuple(before))


@functools.cache
def _cased_variants() -> dict[str, str]:
    """For each lower-case letter, the other characters whose lower() it is (A, À, K for k...)."""
    variants: dict[str, str] = {}
    for code in range(0x1F000):  # every cased script lies below U+1F000
        ch = chr(code)
        low = ch.lower()
        if low != ch and len(low) == 1:
            variants[low] = variants.get(low, "") + ch
    return variants


def spellings(ch: str, heh: bool = False) -> str:
    """Every character that folds to the folded character ``ch`` (itself first)."""
    out = ch
    table = {**_LETTERS, **_HEH} if heh else _LETTERS
    out += "".join(k for k, v in table.items() if v == ch and k != ch)
    if ch.lower() == ch and ch.upper() != ch:
        out += "".join(c for c in _cased_variants().get(ch, "") if c not in out)
    return out
