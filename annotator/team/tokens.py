"""Token labels for agreement: the labels of tokens under spans, and a fast count of the rest.

A token's label is the label of the first span (in span order) that shares a code point with
it, else ``O``; tokens are ``annotator.text.tokenize``'s. Agreement over a whole corpus needs
every token counted, but only the tokens under some span need their position: the others are
``O`` for everyone. ``count_tokens`` counts those exactly and fast: between white space, a
chunk of letters only, of digits only, or of letters with simple punctuation before and after
(``«مثلا)،``) has a known number of tokens; any other chunk goes through the tokenizer. That
this equals ``len(tokenize(...))`` is a test (tests/core/test_team_tokens.py, every code point
and real corpora).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from annotator.model import Span
from annotator.text.tokenize import token_window, tokenize_range

OUTSIDE = "O"
# Punctuation that is always one token by itself, next to letters or to one another.
_SIMPLE_PUNCT = '.,:;!?()[]{}«»"،؛؟…'
_P = re.escape(_SIMPLE_PUNCT)
# A chunk whose tokens are known without the tokenizer; others are found (and tokenized) by
# _OTHER, a negative look-ahead at each chunk start (all in C).
_SIMPLE = rf"(?:[{_P}]*[^\W\d_]+[{_P}]*|\d+|[{_P}]+)(?!\S)"
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
    other_chunks = other_tokens = other_punct = 0
    for match in _OTHER.finditer(segment):
        chunk = match.group()
        other_chunks += 1
        other_tokens += len(tokenize_range(chunk, 0, len(chunk)))
        other_punct += len(_PUNCT.findall(chunk))
    # Simple chunks: one word or number each (none in a chunk of marks only), one token a mark.
    words = len(segment.split()) - other_chunks - len(_PUNCT_ONLY.findall(segment))
    marks = len(_PUNCT.findall(segment)) - other_punct
    return words + marks + other_tokens


def windows(text: str, spans: Iterable[Span]) -> list[tuple[int, int]]:
    """The gap-bounded windows around the spans, merged, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(token_window(text, s.start, s.end) for s in spans):
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def token_labels(
    text: str, regions: Sequence[tuple[int, int]], versions: Sequence[Sequence[Span]]
) -> tuple[list[tuple[str, ...]], int]:
    """Labels of each token inside ``regions`` (one per version), and how many tokens lie outside.

    Every token outside the regions is ``O`` in every version.
    """
    labelled: list[tuple[str, ...]] = []
    outside = 0
    last = 0
    for lo, hi in regions:
        outside += count_tokens(text, last, lo)
        tokens = tokenize_range(text, lo, hi)
        per_version = [_labels_of(tokens, spans) for spans in versions]
        labelled.extend(zip(*per_version, strict=True))
        last = hi
    outside += count_tokens(text, last, len(text))
    return labelled, outside


def _labels_of(tokens: Sequence[tuple[int, int, str]], spans: Sequence[Span]) -> list[str]:
    """Each token's label: the first span sharing a code point with it, else O."""
    out = [OUTSIDE] * len(tokens)
    for span in reversed(spans):  # earlier spans win: they are written last
        for k, (start, end, _kind) in enumerate(tokens):
            if start < span.end and span.start < end:
                out[k] = span.label
    return out
