"""Many phrases found at once in a document, token by token, Arabic-aware and clitic-aware.

A phrase is kept as its folded tokens (annotator.search.normalize.fold, our tokenizer), keyed
by the first: finding them in a document is one pass over its tokens with a dictionary look-up
at each, longest phrase first. A token may carry clitics (و ف ب ك ل ال, annotator.search
.clitics): ``والمغرب`` and ``للمغرب`` both hold ``المغرب``, and the suggestion covers the word
only, as ``annotator search --clitics`` reports it. A plain dict over tokens loads 300,000
phrases in well under a second, where building an Aho-Corasick automaton took longer than the
whole load (docs/decisions/0017).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import methodcaller

from annotator.model import Document, Suggestion
from annotator.search.clitics import FUSED_PREFIXES, is_prefix
from annotator.search.normalize import fold, normalise
from annotator.text.tokenize import tokenize

__all__ = ["PhraseIndex", "phrase_tokens"]

_SEP = " "  # tokens of a phrase key, joined
_ODD = re.compile(r"[^\w \n]")  # punctuation in a phrase
_MIN_WORD = 2  # a clitic is split off only if at least this much of the word is left


def phrase_tokens(folded: str) -> list[str]:
    """The tokens of a folded phrase: white-space words, split further only when needed."""
    words = folded.split()
    if "".join(words).isalnum():
        return words  # the common case, and what the tokenizer would say
    out: list[str] = []
    for chunk in words:
        if chunk.isalnum():
            out.append(chunk)
        else:
            out.extend(chunk[t.start : t.end] for t in tokenize(chunk))
    return out


@dataclass
class PhraseIndex:
    """Folded phrases with their label and score; ``find`` gives a document's suggestions.

    Keys are a phrase's folded tokens joined by single spaces; ``lengths`` holds how many
    tokens the phrases have, so ``find`` tries only those (longest first).
    """

    source: str
    phrases: dict[str, tuple[str, float | None]] = field(default_factory=dict)
    lengths: set[int] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.phrases)

    def add(self, folded: str, label: str, score: float | None = None) -> bool:
        """Add a folded phrase (a later one for the same phrase wins); False if it has no token."""
        tokens = phrase_tokens(folded)
        if not tokens:
            return False
        self.phrases[_SEP.join(tokens)] = (label, score)
        self.lengths.add(len(tokens))
        return True

    def get(self, folded: str) -> tuple[str, float | None] | None:
        """The label and score of a folded phrase, if it is in the index."""
        return self.phrases.get(_SEP.join(phrase_tokens(folded)))

    def add_lines(self, folded: str, labels: list[str]) -> None:
        """Add one folded phrase per line of ``folded`` (words single-spaced) with its label.

        Built in C (``dict.update`` over ``zip``): 300,000 phrases without a Python call each;
        only the few lines holding punctuation are split into tokens afterwards.
        """
        keys = folded.split("\n")
        phrases = self.phrases
        labels = [sys.intern(label) for label in labels]  # a few labels, 300,000 times
        phrases.update(zip(keys, zip(labels, repeat(None)), strict=True))
        self.lengths.update({n + 1 for n in set(map(methodcaller("count", " "), keys))})
        pos = 0
        while (hit := _ODD.search(folded, pos)) is not None:  # punctuation: tokenizer's tokens
            start = folded.rfind("\n", 0, hit.start()) + 1
            end = folded.find("\n", hit.start())
            end = len(folded) if end < 0 else end
            odd = folded[start:end]
            found = phrases.pop(odd, None)
            if found is not None:
                self.add(odd, *found)
            pos = end + 1
        phrases.pop("", None)

    def find(self, doc: Document) -> list[Suggestion]:
        """Leftmost-longest occurrences in ``doc``, never overlapping one another."""
        text = doc.text
        tokens = tokenize(text)
        folded = [fold(text[t.start : t.end]) for t in tokens]
        out: list[Suggestion] = []
        lengths = sorted(self.lengths, reverse=True)
        i = 0
        while i < len(tokens):
            best = self._at(folded, i, lengths)
            if best is None:
                i += 1
                continue
            offset, count, label, score = best
            token = tokens[i]
            start = token.start
            if offset:
                start += normalise(text[token.start : token.end]).to_original(offset)
            out.append(Suggestion(start, tokens[i + count - 1].end, label, self.source, score))
            i += count
        return out

    def _at(
        self, folded: list[str], i: int, lengths: list[int]
    ) -> tuple[int, int, str, float | None] | None:
        """The longest phrase starting in token i: (clitic length, tokens, label, score)."""
        best: tuple[int, int, str, float | None] | None = None
        counts = [n for n in lengths if n <= len(folded) - i]
        for offset, first in _heads(folded[i]):
            for count in counts:
                if best is not None and count <= best[1]:
                    break
                key = _SEP.join([first, *folded[i + 1 : i + count]]) if count > 1 else first
                found = self.phrases.get(key)
                if found is not None:
                    best = (offset, count, *found)
                    break
        return best


def _heads(token: str) -> Iterable[tuple[int, str]]:
    """The token itself, then the word after each clitic prefix it may carry (folded)."""
    yield 0, token
    for cut in range(1, min(len(token) - _MIN_WORD, 4) + 1):
        prefix, word = token[:cut], token[cut:]
        if is_prefix(prefix):
            yield cut, word
        if prefix in FUSED_PREFIXES and word.startswith("\u0644"):
            yield cut, "\u0627" + word  # لل: ل + the article written as ل
