"""Find a query in a text the way an Arabic reader means it; report exact stored offsets.

Modes (``SearchOptions``): plain (folded substring: أحمد finds احمد, مُحَمَّد finds محمد),
``exact`` (no folding), ``whole_word`` (the match starts and ends on token edges of our
tokenizer), ``clitics`` (whole word, or the word after و ف ب ك ل ال and their combinations in
the same token; the match covers the word only), ``regex`` (on the folded text, or on the
stored text with ``exact``) and ``heh`` (ة and ه match each other).

A plain query is compiled into a pattern over the *stored* text that accepts every spelling
of each folded character and any dropped character between them, which is the same as
searching the folded copy (property-tested) without building it. A match never starts on a
combining mark and never ends before one: the harakat after its last letter are taken in,
and a match that would cut a letter from a mark that matching does not ignore is no match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex

from annotator.errors import AnnotatorError
from annotator.search.clitics import ARTICLE, FUSED_PREFIXES, is_prefix
from annotator.search.normalize import (
    IGNORED,
    Normalised,
    fold,
    fold_letters,
    is_mark,
    normalise,
    spellings,
)
from annotator.text.tokenize import tokens_near

__all__ = ["Match", "Matcher", "SearchError", "SearchOptions"]

_IGNORED_MARKS = "".join(sorted(c for c in IGNORED if is_mark(c)))
_GAP = f"[{re.escape(''.join(sorted(IGNORED)))}]*"
_TAIL = f"[{re.escape(_IGNORED_MARKS)}]*"


class SearchError(AnnotatorError):
    """A query that cannot be searched for (an empty query, a bad regular expression)."""


@dataclass(frozen=True)
class SearchOptions:
    regex: bool = False
    exact: bool = False
    whole_word: bool = False
    clitics: bool = False  # implies whole_word
    heh: bool = False


class Match(NamedTuple):
    """A half-open code-point range of the stored text."""

    start: int
    end: int


def tolerant_pattern(folded: str, heh: bool = False) -> str:
    """A ``re`` pattern over stored text matching every text whose folded form is ``folded``."""
    parts = []
    for ch in folded:
        options = spellings(ch, heh)
        parts.append(re.escape(ch) if len(options) == 1 else f"[{re.escape(options)}]")
    return _GAP.join(parts) + _TAIL


class Matcher:
    """A compiled query: ``finditer(text)`` yields its matches in order, never overlapping."""

    def __init__(self, query: str, options: SearchOptions | None = None) -> None:
        self.query = query
        self.options = options = options or SearchOptions()
        if not query:
            raise SearchError("the query is empty")
        self.folded = query if options.exact else fold(query, options.heh)
        if not self.folded:
            raise SearchError(
                f"the query {query!r} holds only characters that matching ignores "
                "(harakat, tatweel, joiners, bidi marks); search for them with --exact"
            )
        self.fused_article = False
        self._normalised: Normalised | None = None
        if options.regex:
            self._regex = self._compile_regex(query, options)
            return
        if options.exact:
            source = re.escape(query)
        else:
            source = tolerant_pattern(self.folded, options.heh)
            rest = self.folded[len(ARTICLE) :]
            if options.clitics and self.folded.startswith(ARTICLE) and rest:
                # للمغرب: ل + the article written as a single ل (see annotator.search.clitics)
                fused = tolerant_pattern("\u0644" + rest, options.heh)
                source = f"(?:{source})|(?P<fused>{fused})"
                self.fused_article = True
        self._plain = re.compile(source)

    @staticmethod
    def _compile_regex(query: str, options: SearchOptions) -> regex.Pattern[str]:
        pattern = query if options.exact else fold_letters(query, options.heh)
        flags = regex.V0 if options.exact else regex.V0 | regex.IGNORECASE
        try:
            return regex.compile(pattern, flags)
        except (regex.error, OverflowError, RecursionError) as exc:
            raise SearchError(f"not a valid regular expression: {query!r}: {exc}") from None

    @property
    def whole_word(self) -> bool:
        return self.options.whole_word or self.options.clitics

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Matches inside text[start:end] (offsets into ``text``), left to right."""
        end = len(text) if end is None else min(end, len(text))
        if self.options.regex and not self.options.exact:
            yield from self._folded_regex(text, start, end)
            return
        search: Callable[[str, int, int], re.Match[str] | regex.Match[str] | None]
        search = self._regex.search if self.options.regex else self._plain.search
        pos = start
        while pos < end:
            m = search(text, pos, end)
            if m is None:
                return
            s, e = m.span()
            fused = self.fused_article and m.group("fused") is not None
            if e > s and self._accepts(text, s, e, fused):
                yield Match(s, e)
                pos = e
            else:
                pos = s + 1

    def findall(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        return list(self.finditer(text, start, end))

    def _folded_regex(self, text: str, start: int, end: int) -> Iterator[Match]:
        norm = self._normalised
        if norm is None or norm.original is not text:  # searched span by span: fold it once
            norm = self._normalised = normalise(text, self.options.heh)
        pos, stop = norm.from_original(start), norm.from_original(end)
        while pos < stop:
            m = self._regex.search(norm.text, pos, stop)
            if m is None:
                return
            ns, ne = m.span()
            if ne > ns:
                s, e = norm.span_to_original(ns, ne)
                if self._accepts(text, s, e, False):
                    yield Match(s, e)
                    pos = ne
                    continue
            pos = ns + 1

    def _accepts(self, text: str, s: int, e: int, fused: bool) -> bool:
        """Whether [s, e) keeps graphemes whole and, if asked, sits on word edges."""
        if is_mark(text[s]) or (e < len(text) and is_mark(text[e])):
            return False
        if not self.whole_word:
            return True
        tokens = tokens_near(text, s, e)
        if not any(t.end == e for t in tokens):
            return False
        if not fused and any(t.start == s for t in tokens):
            return True
        if not self.options.clitics:
            return False
        host = next((t for t in tokens if t.start < s < t.end), None)
        if host is None:
            return False
        prefix = fold(text[host.start : s], self.options.heh)
        return prefix in FUSED_PREFIXES if fused else is_prefix(prefix)
