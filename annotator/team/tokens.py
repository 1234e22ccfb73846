"""Token labels for agreement: the labels of tokens under spans, and a fast count of the rest.

A token's label is the label of the first span (in span order) that shares a code point with
it, else ``O``; tokens are ``annotator.text.tokenize``'s. Agreement over a whole corpus needs
every token counted, but only the tokens under some span need their position: the others are
``O`` for everyone. ``count_tokens`` counts those exactly and fast: between white space, a
chunk of letters (Arabic marks included), a #hashtag or @handle, or a number, with simple
punctuation before and after (``«مثلا)،``, ``#المغرب``, ``(19،``), has a known number of
tokens; the other chunks go through the tokenizer together. That this equals
``len(tokenize(...))`` is a test (tests/team/test_tokens.py: real corpora, generated text,
every letter, digit and Arabic mark in each context).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence

from annotator.model import Span
from annotator.text.tokenize import token_window, tokenize_range

OUTSIDE = "O"
# Punctuation that is always one token by itself, next to letters or to one another.
_SIMPLE_PUNCT = '.,:;!?()[]{}«»"،؛؟…'
_P = re.escape(_SIMPLE_PUNCT)
# A chunk whose tokens are known without the tokenizer; others are found (and tokenized) by
# _OTHER, a negative look-ahead at each chunk start (all in C).
# Arabic combining marks (harakat, Quranic marks): part of the word they follow.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_WORD = rf"[#@]?[^\W\d_](?:[^\W\d_]++|[{_MARKS}]++)*+"  # a word, #hashtag or @handle
_SIMPLE = rf"(?:[{_P}]*+(?:{_WORD}|\d++)[{_P}]*+|[{_P}]++)(?!\S)"
_OTHER = re.compile(rf"(?<!\S)(?!{_SIMPLE})\S+")
_PUNCT = re.compile(rf"[{_P}]")
_PUNCT_ONLY = re.compile(rf"(?<!\S)[{_P}]+(?!\S)")
# Characters the shortcut cannot vouch for (str.split separators the tokenizer keeps, and the
# one letter it splits off as an emoji): a segment holding any is tokenized whole.
_UNSAFE = re.compile("[\x1c-\x1f\u2139]")


def count_tokens(text: str, start: int = 0, end: int | None = None) -> int:
    """``len(tokenize_range(text, start, end))`` for a gap-bounded range, computed faster."""
    end = len(text) if end is None else end
    segment = text[start:end]
    if _UNSAFE.search(segment):
        return len(tokenize_range(text, start, end))
    others = _OTHER.findall(segment)
    other_tokens = other_punct = 0
    if others:  # tokenized together: white space between them is a gap like any other
        joined = " ".join(others)
        other_tokens = len(tokenize_range(joined, 0, len(joined)))
        other_punct = len(_PUNCT.findall(joined))
    # Simple chunks: one word or number each (none in a chunk of marks only), one token a mark.
    words = len(segment.split()) - len(others) - len(_PUNCT_ONLY.findall(segment))
    marks = len(_PUNCT.findall(segment)) - other_punct
    return words + marks + other_tokens


def windows(text: str, spans: Iterable[Span]) -> list[tuple[int, int]]:
    """The gap-bounded windows around the spans, merged, in order."""
    out: list[tuple[int, int]] = []
    for start, end in sorted({(s.start, s.end) for s in spans}):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], token_window(text, start, end)[1]))
            continue
        lo, hi = token_window(text, start, end)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def token_labels(
    text: str, versions: Sequence[Sequence[Span]]
) -> tuple[Counter[tuple[str, ...]], int]:
    """How many tokens carry each combination of labels (one per version), and how many tokens
    the text has. Tokens under no span are counted as ``("O", ...)`` too."""
    total = count_tokens(text)
    regions = windows(text, (s for spans in versions for s in spans))
    tokens = _window_tokens(text, regions)
    first = _labels_of(tokens, versions[0]) if versions else []
    per_version = [first]
    keys = [s.key for s in versions[0]] if versions else []
    for spans in versions[1:]:
        same = [s.key for s in spans] == keys
        per_version.append(first if same else _labels_of(tokens, spans))
    combos: Counter[tuple[str, ...]] = Counter(zip(*per_version, strict=True))
    combos[(OUTSIDE,) * len(versions)] += total - len(tokens)
    return combos, total


def _window_tokens(text: str, regions: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The tokens of every window, from one tokenizer call over the windows joined by spaces
    (each window is gap-bounded, so a space between two changes none of their tokens)."""
    if len(regions) < 2:
        return [
            (t.start, t.end, t.kind) for lo, hi in regions for t in tokenize_range(text, lo, hi)
        ]
    joined = " ".join(text[lo:hi] for lo, hi in regions)
    out: list[tuple[int, int, str]] = []
    k, base = 0, 0
    lo, hi = regions[0]
    for start, end, kind in tokenize_range(joined, 0, len(joined)):
        while start >= base + (hi - lo):
            base += hi - lo + 1
            k += 1
            lo, hi = regions[k]
        out.append((start - base + lo, end - base + lo, kind))
    return out


def _labels_of(tokens: Sequence[tuple[int, int, str]], spans: Sequence[Span]) -> list[str]:
    """Each token's label: the first span sharing a code point with it, else O."""
    out = [OUTSIDE] * len(tokens)
    starts = [t[0] for t in tokens]
    ends = [t[1] for t in tokens]
    for span in reversed(spans):  # earlier spans win: they are written last
        first = bisect_right(ends, span.start)  # the first token ending after the span starts
        last = bisect_left(starts, span.end)  # tokens from here on start at or after its end
        out[first:last] = [span.label] * (last - first)
    return out
