"""A text as the paragraph view lays it out: paragraphs, their directions, blocks, positions.

The view hands Qt one paragraph at a time (one ``QTextLayout`` each), never the whole text, so
nothing here depends on the document's length except two scans made once: the separators and
the non-BMP characters. Directions are decided when a paragraph is first asked for, by the rule
of ``annotator.text.direction`` in the corpus's mode (``paragraph_directions(text, mode)`` gives
the same answer for every text Qt does not byte-swap). A paragraph longer than ``PIECE`` code
points is laid out in blocks of about that size, cut after a white space (else at a grapheme
boundary), so a 100 MB single-paragraph document costs what one screen of it costs. A block is
named by its first code point: blocks cover the text once, in order.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from itertools import chain
from typing import NamedTuple

from annotator.text.direction import (
    DIRECTION_MODES,
    Direction,
    DirectionMode,
    first_strong_direction,
    majority_direction,
)
from annotator.text.offsets import Utf16Index
from annotator.text.snapping import next_grapheme

__all__ = ["PIECE", "Block", "Paragraphs"]

PIECE = 4096  # code points: the longest stretch handed to Qt's layout at once (~2.5 ms)

# Paragraph breaks: what QTextDocument made a block break, so directions stay those of 0008.
_SEPARATOR = re.compile("\r\n|[\r\n\u2029\ufdd0\ufdd1]")
_NEWLINE = re.compile("\n")
_SPACE = re.compile(r"\s")
_CODE: dict[Direction, int] = {"ltr": 1, "rtl": 2}
_DIRECTION: dict[int, Direction] = {1: "ltr", 2: "rtl"}
_NO_LETTER = 3


class Block(NamedTuple):
    """Code points [start, end) of one paragraph (or piece of one) laid out as a unit.

    ``end`` excludes the paragraph separator; ``last`` says whether the paragraph ends here.
    """

    paragraph: int
    start: int
    end: int
    last: bool


class Paragraphs:
    """Paragraph ranges, directions (decided lazily), blocks and per-block UTF-16 positions."""

    __slots__ = ("_decided", "_ends", "_first", "_found", "_starts", "mode", "text", "utf16")

    def __init__(self, text: str, mode: DirectionMode = "first") -> None:
        if mode not in DIRECTION_MODES:
            raise ValueError(f"unknown direction mode {mode!r}: one of {DIRECTION_MODES}")
        self.text = text
        self.mode: DirectionMode = mode
        rare = any(ch in text for ch in "\r\u2029\ufdd0\ufdd1")
        separator = _SEPARATOR if rare else _NEWLINE  # the usual text: a literal search
        flat = array("q", chain.from_iterable(m.span() for m in separator.finditer(text)))
        self._starts = array("q", [0])
        self._starts.extend(flat[1::2])
        self._ends = flat[0::2]  # content ends (before the separator)
        self._ends.append(len(text))
        self.utf16 = Utf16Index(text)
        n = len(self._starts)
        self._found = bytearray(n)  # first strong letter: 0 not looked at, 1 ltr, 2 rtl, 3 none
        self._decided = bytearray(n)  # direction after rule 3: 0 not yet, 1 ltr, 2 rtl
        self._first: int | None = None  # the first paragraph's own letter direction, once found

    def with_mode(self, mode: DirectionMode) -> Paragraphs:
        """The same paragraphs with directions decided by ``mode`` (no scan of the text again)."""
        other = Paragraphs("", mode)
        other.text, other.utf16 = self.text, self.utf16
        other._starts, other._ends = self._starts, self._ends
        other._found, other._decided = bytearray(len(self)), bytearray(len(self))
        return other

    def __len__(self) -> int:
        return len(self._starts)

    def start(self, i: int) -> int:
        return self._starts[i]

    def content_end(self, i: int) -> int:
        """End of paragraph ``i``'s text, before its separator."""
        return self._ends[i]

    def end(self, i: int) -> int:
        """End of paragraph ``i`` with its separator (the next one's start)."""
        return self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)

    def index_at(self, cp: int) -> int:
        """The paragraph holding code point ``cp`` (the last one for the text's end)."""
        return max(0, bisect_right(self._starts, cp) - 1)

    # -- directions ---------------------------------------------------------------

    def _letter(self, i: int) -> int:
        code = self._found[i]
        if not code:
            decide = majority_direction if self.mode == "majority" else first_strong_direction
            found = decide(self.text, self._starts[i], self.end(i))
            code = _CODE[found] if found else _NO_LETTER
            self._found[i] = code
        return code

    def direction(self, i: int) -> Direction:
        """Paragraph ``i``'s direction: by the mode (its first strong letter, or the majority of
        its letters), else its predecessor's; "rtl" or "ltr" for every paragraph if fixed."""
        if self.mode == "rtl" or self.mode == "ltr":
            return self.mode
        code = self._decided[i]
        if code:
            return _DIRECTION[code]
        j = i
        while j >= 0 and self._letter(j) == _NO_LETTER and not self._decided[j]:
            j -= 1
        if j >= 0:
            code = self._decided[j] or self._letter(j)
        else:  # leading paragraphs without a letter take the first decided one's
            code = self._first_letter()
        for k in range(max(j, 0), i + 1):
            self._decided[k] = self._decided[k] or code
        self._decided[i] = code
        return _DIRECTION[code]

    def _first_letter(self) -> int:
        if self._first is None:
            found = next(
                (c for k in range(len(self)) if (c := self._letter(k)) != _NO_LETTER), 1
            )  # no letter anywhere: left to right, as Qt lays it out
            self._first = found
        return self._first

    # -- blocks ------------------------------------------------------------------

    def _cut(self, start: int, end: int, k: int) -> int | None:
        """Where block ``k`` (k >= 1) of the paragraph text [start, end) begins; None past the end.

        After the first white space in the half piece from ``start + k * PIECE``, else at the
        first grapheme boundary there: blocks never split a cluster and are found without
        reading the paragraph from its start.
        """
        at = start + k * PIECE
        if at >= end:
            return None
        window = min(end, at + PIECE // 2)
        space = _SPACE.search(self.text, at, window)
        cut = space.end() if space else min(window, next_grapheme(self.text, at - 1))
        return cut if cut < end else None

    def block_at(self, cp: int) -> Block:
        """The block showing code point ``cp``; a paragraph's separator shows in its last block."""
        i = self.index_at(cp)
        start, end = self._starts[i], self._ends[i]
        if end - start <= PIECE:
            return Block(i, start, end, True)
        k = (min(cp, end) - start) // PIECE
        cut = self._cut(start, end, k) if k else start
        while k and (cut is None or cut > cp):
            k -= 1
            cut = self._cut(start, end, k) if k else start
        assert cut is not None
        after = self._cut(start, end, k + 1)
        return Block(i, cut, end if after is None else after, after is None)

    def next_block(self, block: Block) -> Block | None:
        """The block after ``block``, in the same paragraph or the next; None at the text's end."""
        if not block.last:
            return self.block_at(block.end)
        if block.paragraph + 1 >= len(self):
            return None
        return self.block_at(self._starts[block.paragraph + 1])

    def previous_block(self, block: Block) -> Block | None:
        """The block before ``block``; None at the text's start."""
        if block.start > self._starts[block.paragraph]:
            return self.block_at(block.start - 1)
        if block.paragraph == 0:
            return None
        return self.block_at(self._ends[block.paragraph - 1])

    def first_block(self) -> Block:
        return self.block_at(0)

    def last_block(self) -> Block:
        return self.block_at(len(self.text))

    # -- positions inside a block (what its QTextLayout counts) ------------------------

    def to_local(self, block: Block, cp: int) -> int:
        """UTF-16 position of code point ``cp`` (inside ``block``) in the block's own text."""
        return self.utf16.to_local(block.start, min(max(cp, block.start), block.end))

    def from_local(self, block: Block, u16: int) -> int:
        """Code point of UTF-16 position ``u16`` of the block's text (OffsetError mid-pair)."""
        return self.utf16.from_local(block.start, u16)
