"""Turn raw mouse and keyboard selections into clean span ranges, using the shared tokenizer.

All positions are code-point offsets into the document text. Nothing here ever
returns an empty or reversed range: a selection that cannot become a span gives
None, and an adjustment that would empty a span leaves it unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import regex

from annotator.text.tokenize import Token, token_window, tokenize_range, tokens_from

__all__ = [
    "adjust",
    "grapheme_bounds",
    "is_edge_punct",
    "label_range",
    "next_grapheme",
    "next_word_start",
    "prev_grapheme",
    "prev_word_start",
    "snap",
    "word_at",
]

Edge = Literal["start", "end"]
Unit = Literal["word", "char"]

# Punctuation (and separator-like symbols) trimmed from a selection's edges; % and kin stay.
_EDGE_PUNCT = regex.compile(r"[[\p{P}|¦~`^]--[%\u066a\u2030\u2031\u0609\u060a&@#*]]", regex.V1)
_GRAPHEME = regex.compile(r"\X")
# A position certainly on a grapheme-cluster boundary: nothing before it that
# joins forward, nothing at it that joins backward (conservative for Hangul and flags).
_SAFE_BOUNDARY = regex.compile(
    r"(?<![\p{GCB=Prepend}\p{GCB=ZWJ}\r\p{GCB=L}\p{GCB=V}\p{GCB=LV}\p{GCB=LVT}\p{GCB=RI}])"
    r"[^\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}\p{GCB=RI}\p{GCB=V}\p{GCB=T}\n]"
)


def is_edge_punct(token: Token, text: str) -> bool:
    """Whether a token is punctuation to trim from a span's edge (quotes, brackets, ، . : …)."""
    return token.kind in ("punct", "symbol") and _EDGE_PUNCT.match(text, token.start) is not None


def _is_word(token: Token, text: str) -> bool:
    return not is_edge_punct(token, text)


def snap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Expand [start, end) to whole tokens and trim punctuation and space at both edges.

    None if nothing is left.
    """
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    if start == end:
        return None
    lo, hi = token_window(text, start, end)
    tokens = [t for t in tokenize_range(text, lo, hi) if t.start < end and start < t.end]
    words = [t for t in tokens if _is_word(t, text)]
    if not words:
        return None
    return words[0].start, words[-1].end


def label_range(text: str, start: int, end: int, *, exact: bool = False) -> tuple[int, int] | None:
    """The range a label applied to the selection [start, end) covers; None if nothing.

    Whole tokens, without white space or standalone punctuation (« » ، ؛ ؟ . ,) at either
    edge (``snap``), however the selection was made: a keyboard selection that took the space
    and « before a name labels the name. ``exact`` (the Alt mode) keeps the characters as
    selected, only put in order and inside the text.
    """
    if not exact:
        return snap(text, start, end)
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    return (start, end) if start < end else None


def word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The token under ``pos`` (double-click), else the one ending there; None in white space."""
    if not 0 <= pos <= len(text):
        return None
    lo, hi = token_window(text, pos, pos)
    before: Token | None = None
    for token in tokenize_range(text, lo, hi):
        if token.start <= pos < token.end:
            return token.start, token.end
        if token.end == pos:
            before = token
    return (before.start, before.end) if before else None


def _tokens_after(text: str, pos: int) -> Iterator[Token]:
    """Tokens that end after ``pos``, in order, tokenized lazily from the gap before ``pos``."""
    lo, _ = token_window(text, pos, pos)
    return (t for t in tokens_from(text, lo) if t.end > pos)


def _tokens_before(text: str, pos: int) -> Iterator[Token]:
    """Tokens that start before ``pos``, last first, tokenizing ever larger windows backwards."""
    _, hi = token_window(text, pos, pos)
    size = 256
    while True:
        lo, _ = token_window(text, max(0, hi - size), max(0, hi - size))
        tokens = [t for t in tokenize_range(text, lo, hi) if t.start < pos]
        if tokens or lo == 0:
            yield from reversed(tokens)
            return
        hi = lo  # nothing here: look further back
        size *= 2


def next_word_start(text: str, pos: int) -> int:
    """Start of the next word after ``pos`` (any token but edge punctuation); len(text) if none."""
    for token in _tokens_after(text, pos):
        if token.start > pos and _is_word(token, text):
            return token.start
    return len(text)


def prev_word_start(text: str, pos: int) -> int:
    """Start of the last word starting before ``pos``; 0 if none."""
    for token in _tokens_before(text, pos):
        if _is_word(token, text):
            return token.start
    return 0


def word_end_after(text: str, pos: int) -> int:
    """End of the word under or after ``pos``; len(text) if none.

    Punctuation such as « is stepped over. Where Ctrl+→ (Ctrl+← in a right-to-left
    paragraph) puts the caret.
    """
    word = word_at(text, pos)
    if word is not None and word[0] <= pos < word[1] and snap(text, *word) == word:
        return word[1]
    following = next_word_start(text, pos)
    word = word_at(text, following) if following < len(text) else None
    return word[1] if word is not None else len(text)


def _next_word_end(text: str, pos: int) -> int | None:
    for token in _tokens_after(text, pos):
        if token.end > pos and _is_word(token, text):
            return token.end
    return None


def _prev_word_end(text: str, pos: int) -> int | None:
    for token in _tokens_before(text, pos):
        if token.end < pos and _is_word(token, text):
            return token.end
    return None


def _safe_start(text: str, pos: int) -> int:
    """A grapheme boundary at or before ``pos``."""
    p = min(pos, len(text) - 1)
    while p > 0 and _SAFE_BOUNDARY.match(text, p) is None:
        p -= 1
    return max(p, 0)


def grapheme_bounds(text: str, start: int, end: int) -> list[int]:
    """Grapheme-cluster boundaries from ``start`` (taken as one) to ``end``, both included.

    The caret's stops in a line of the view: a letter with its harakat, a flag, moves as one.
    """
    bounds = [start]
    if start < end:
        for m in _GRAPHEME.finditer(text, start, end):
            bounds.append(m.end())
    return bounds


def next_grapheme(text: str, pos: int) -> int:
    """The first grapheme-cluster boundary after ``pos``.

    A letter with its harakat, or a flag, moves as one.
    """
    if pos >= len(text):
        return len(text)
    for m in _GRAPHEME.finditer(text, _safe_start(text, pos)):
        if m.end() > pos:
            return m.end()
    return len(text)


def prev_grapheme(text: str, pos: int) -> int:
    """The last grapheme-cluster boundary before ``pos``."""
    if pos <= 0:
        return 0
    pos = min(pos, len(text))
    last = start = _safe_start(text, pos - 1)
    for m in _GRAPHEME.finditer(text, start):
        if m.end() >= pos:
            break
        last = m.end()
    return last


def adjust(
    text: str, start: int, end: int, edge: Edge = "end", unit: Unit = "word", step: int = 1
) -> tuple[int, int]:
    """Move one edge of the span [start, end) by a word or a grapheme.

    Step +1 moves it later in the text, -1 earlier. So edge="start", step=+1
    shrinks from the start (drops a clitic letter by letter with unit="char"),
    step=-1 grows; edge="end" the other way round. A move that would leave the
    span empty, or go past the text, changes nothing.
    """
    if edge not in ("start", "end") or unit not in ("word", "char") or step not in (1, -1):
        raise ValueError(f"bad adjustment edge={edge!r} unit={unit!r} step={step!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"[{start}, {end}) is not a span of a text of {len(text)} code points")
    pos = start if edge == "start" else end
    new: int | None
    if unit == "char":
        new = next_grapheme(text, pos) if step > 0 else prev_grapheme(text, pos)
    elif edge == "start":
        new = next_word_start(text, pos) if step > 0 else prev_word_start(text, pos)
    else:
        new = _next_word_end(text, pos) if step > 0 else _prev_word_end(text, pos)
    if new is None or new == pos:
        return start, end
    s, e = (new, end) if edge == "start" else (start, new)
    return (s, e) if 0 <= s < e <= len(text) else (start, end)
