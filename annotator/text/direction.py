"""The direction a reader expects of each paragraph, split exactly as Qt splits text into blocks.

Qt (UAX #9 P2/P3) takes a paragraph's direction from its first strong
character. On social-media text that is often not a letter of the sentence: a
flag (regional indicators are bidi class L), ℹ️, an ``@handle`` or a Latin
``#hashtag`` or URL in front of an Arabic sentence. The rule here
(docs/decisions/0008-document-view.md):

1. The first strong *letter* (bidi L, R or AL, general category L*) outside
   isolates, skipping emoji and symbols (Extended_Pictographic, regional
   indicators, So/Sm/digits) and the letters of URLs, @handles and #hashtags
   (as the core tokenizer finds them); an explicit LRM, RLM or ALM counts.
2. Else the first strong letter inside those URLs, handles and hashtags (a line
   holding only a link or only Latin hashtags reads left to right).
3. Else (digits, punctuation or emoji only) the previous paragraph's
   direction; leading such paragraphs take the first decided one's; a text
   with no strong letter at all is left to right, as Qt lays it out.

That is the ``first`` mode, the default. A corpus can choose another (``DIRECTION_MODES``):
``majority`` (more right-to-left letters than left-to-right ones, marks ignored: for corpora
whose tokens all start with U+200E, where the first-letter rule reads every paragraph left to
right), or a fixed ``rtl`` / ``ltr``.

Paragraph ranges are half-open code-point ranges that include their trailing
separator (as a ``QTextBlock``'s length does): together they cover every code
point exactly once, and there is one per block of the ``QTextDocument`` that
``QtPositionMap`` models (a text ending in a separator ends in an empty one).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter
from typing import Literal

import regex

from annotator.text.tokenize import tokens_from

__all__ = [
    "DIRECTION_MODES",
    "Direction",
    "DirectionMode",
    "Paragraph",
    "direction_at",
    "first_strong_direction",
    "paragraph_directions",
    "paragraph_ranges",
]

Direction = Literal["rtl", "ltr"]
DirectionMode = Literal["first", "majority", "rtl", "ltr"]
DIRECTION_MODES: tuple[DirectionMode, ...] = ("first", "majority", "rtl", "ltr")
Paragraph = tuple[int, int, Direction]
_RTL_LETTER = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
_LTR_LETTER = regex.compile(r"(?=\p{Bidi_Class=L})\p{L}")

# What QTextCursor.insertText (and so setPlainText) turns into a block break (annotator/offsets.py).
_SEPARATOR = re.compile("\r\n|[\r\n\u2029\ufdd0\ufdd1]")
_NEWLINE = re.compile("\n")
# The same characters once Qt has byte-swapped a text that starts with U+FFFE
# (annotator/offsets.py).
_SEPARATOR_SWAPPED = re.compile("\u0d00\u0a00|[\u0d00\u0a00\u2920\ud0fd\ud1fd]")
_NON_BMP = re.compile("[\U00010000-\U0010ffff]")
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}]")

_STRONG: dict[str, Direction] = {"L": "ltr", "R": "rtl", "AL": "rtl"}
_MARKS: dict[str, Direction] = {"\u200e": "ltr", "\u200f": "rtl", "\u061c": "rtl"}  # LRM RLM ALM
_ISOLATE_OPEN = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI
_ISOLATE_CLOSE = "\u2069"  # PDI
_ENTITIES = frozenset({"url", "handle", "hashtag"})  # their letters only count if nothing else does
_LETTERED = frozenset({"word", "url", "handle", "hashtag"})  # token kinds that can hold letters

# Fast path (most paragraphs): leading punctuation, symbols and emoji that can neither hold a
# letter nor begin a URL, handle, hashtag or number, then a letter. Not skipped: - . + and
# connectors such as _ (domain, e-mail and word characters), @ # & * (handles, hashtags,
# keycaps), digits, marks and invisible controls: the tokenizer decides those.
_PLAIN_LEAD = regex.compile(
    r"[[\p{P}\p{S}\s\u200d\ufe0f]--[\p{Pc}\-.+@#&*\u2066-\u2069\u200e\u200f\u061c\ufdd0\ufdd1]]*+",
    regex.V1,
)
# A Latin letter starts a URL only if its white-space-delimited chunk holds one of . : @
_NOT_A_URL = re.compile(r"[^\s.:@]*+(?:\s|\Z)")
_start = itemgetter(0)
_LETTER_KIND: dict[str, Direction | None] = {}  # character -> its direction if a strong letter


def _letter_kind(ch: str) -> Direction | None:
    """Direction of ``ch`` if a strong letter (bidi L, R, AL; category L*; not ℹ), else None."""
    try:
        return _LETTER_KIND[ch]
    except KeyError:
        pass
    strong = _STRONG.get(unicodedata.bidirectional(ch))
    if strong is not None and (unicodedata.category(ch)[0] != "L" or _EMOJI.match(ch)):
        strong = None
    if len(_LETTER_KIND) < 65536:
        _LETTER_KIND[ch] = strong
    return strong


def _letter_direction(text: str, start: int, end: int) -> Direction | None:
    """Direction of the first strong letter in text[start:end]."""
    for ch in text[start:end]:
        kind = _letter_kind(ch)
        if kind is not None:
            return kind
    return None


def _controls(text: str, start: int, end: int, depth: int) -> tuple[Direction | None, int]:
    """Scan a gap between tokens: an explicit mark outside isolates decides; isolates nest."""
    for ch in text[start:end]:
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _MARKS:
            return _MARKS[ch], depth
    return None, depth


def _quick(text: str, pos: int, end: int) -> Direction | None:
    """Fast path from token boundary ``pos``: plain leading symbols, then a letter that decides."""
    lead = _PLAIN_LEAD.match(text, pos, end).end()  # type: ignore[union-attr]  # always matches
    if lead < end:
        kind = _letter_kind(text[lead])
        if kind == "rtl" or (kind == "ltr" and _NOT_A_URL.match(text, lead, end)):
            return kind
    return None


def first_strong_direction(text: str, start: int = 0, end: int | None = None) -> Direction | None:
    """Rules 1 and 2 for the paragraph text[start:end]; None when it has no strong letter at all."""
    end = len(text) if end is None else end
    if start >= end:
        return None
    if _LETTER_KIND.get(text[start]) == "rtl":
        return "rtl"  # the usual Arabic paragraph: no entity starts with an Arabic letter
    quick = _quick(text, start, end)
    if quick is not None:
        return quick
    depth = 0  # isolate nesting (UAX #9 P2 skips what an isolate holds)
    inside_entity: Direction | None = None
    gap = start
    for token in tokens_from(text, start):
        if token.start >= end:
            break
        # Between tokens there is only white space and invisible controls: marks and isolates.
        # Bidi marks at a token's edges belong to it (the tokenizer's rule): read them too.
        lead, trail = token.start, token.end
        while lead < trail and text[lead] in _MARKS:
            lead += 1
        while trail > lead and text[trail - 1] in _MARKS:
            trail -= 1
        mark, depth = _controls(text, gap, lead, depth)
        if mark is not None:
            return mark
        gap = trail
        if depth:
            continue
        if token.kind in _LETTERED:
            found = _letter_direction(text, token.start, min(token.end, end))
            if found is not None and token.kind not in _ENTITIES:
                return found
            inside_entity = inside_entity or found
        if gap < end:
            quick = _quick(text, gap, end)  # e.g. the Arabic word after "#صور|" or "@user:"
            if quick is not None:
                return quick
    mark, depth = _controls(text, gap, end, depth)
    return mark or inside_entity


def _byte_swapped(text: str) -> bool:
    """Whether Qt byte-swaps ``text``: a leading U+FFFE and no non-BMP character.

    See annotator/offsets.py.
    """
    return text.startswith("\ufffe") and not _NON_BMP.search(text)


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """[start, end) of each block Qt makes of ``text``, trailing separator included."""
    if _byte_swapped(text):
        separator = _SEPARATOR_SWAPPED
    elif any(ch in text for ch in "\r\u2029\ufdd0\ufdd1"):
        separator = _SEPARATOR
    else:
        separator = _NEWLINE  # the usual text: a literal search, several times faster
    starts = [0, *(m.end() for m in separator.finditer(text))]
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def majority_direction(text: str, start: int = 0, end: int | None = None) -> Direction | None:
    """ "rtl" when text[start:end] has more right-to-left letters than left-to-right ones.

    Marks (LRM, RLM, ALM), digits, symbols and emoji do not count; a tie goes to the first
    strong letter; None when there is no letter at all.
    """
    end = len(text) if end is None else end
    rtl = len(_RTL_LETTER.findall(text, start, end))
    ltr = len(_LTR_LETTER.findall(text, start, end))
    if rtl == ltr:
        return None if rtl == 0 else first_strong_direction(text, start, end)
    return "rtl" if rtl > ltr else "ltr"


def paragraph_directions(text: str, mode: DirectionMode = "first") -> list[Paragraph]:
    """(start, end, "rtl"|"ltr") for each block Qt makes of ``text``, by the rules above."""
    if mode in ("rtl", "ltr"):
        return [(a, b, mode) for a, b in paragraph_ranges(text)]
    if mode not in DIRECTION_MODES:
        raise ValueError(f"unknown direction mode {mode!r}; one of {', '.join(DIRECTION_MODES)}")
    seen, shift = text, 0
    if _byte_swapped(text):  # read directions from the characters Qt shows, one for one
        seen, shift = "".join(chr((c & 0xFF) << 8 | c >> 8) for c in map(ord, text[1:])), 1
    ranges = paragraph_ranges(text)
    decide = majority_direction if mode == "majority" else first_strong_direction
    found = [decide(seen, max(0, a - shift), max(0, b - shift)) for a, b in ranges]
    decided: Direction = next((d for d in found if d is not None), "ltr")
    out: list[Paragraph] = []
    for (start, end), direction in zip(ranges, found, strict=True):
        decided = direction or decided
        out.append((start, end, decided))
    return out


def direction_at(paragraphs: Sequence[Paragraph], offset: int) -> Direction:
    """Direction of the paragraph holding code point ``offset`` (the last one for the text end)."""
    return paragraphs[max(0, bisect_right(paragraphs, offset, key=_start) - 1)][2]
