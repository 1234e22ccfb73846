"""The one tokenizer shared by span snapping and token-based exports (CoNLL, spaCy, Prodigy).

Rules, in order of precedence at each position (see docs/decisions/0003-tokenizer.md):

- url: ``http(s)://…``, ``www.…``, ``pic.twitter.com/…``-style host/path, e-mail addresses
  (trailing punctuation such as ``.`` ``،`` ``)`` is left out).
- emoji: a whole grapheme cluster (ZWJ sequences, flags, skin tones, keycaps).
- handle ``@name`` and hashtag ``#name`` (any script, ``_`` and ZWNJ inside: ``#المغرب_إسرائيل``).
- number: Western, Arabic-Indic (٠-٩), Persian (۰-۹) or any other decimal digits with internal
  ``, . ٫ ٬`` separators, not glued to a letter.
- word: letters of any script with their combining marks (harakat), ZWJ/ZWNJ, tatweel and digits,
  clitics attached (``بالمغرب`` is one token), apostrophes or Hebrew geresh between letters
  (``Kohavi's``, ``צה״ל``).
- punct / symbol: one grapheme cluster each (Arabic ``، ؛ ؟ « »`` and ASCII punctuation separate).

White space and invisible bidi controls (embeddings, isolates, U+FEFF) form no token. The marks
LRM, RLM and ALM (U+200E, U+200F, U+061C) belong to the token they touch: marks right before a
token are part of it (they prefix it, as in AQMAR's ``\u200f293\u200f``), marks right after a
token and not before another one end it (``الفقيه\u200f``); marks standing alone form no token.
A token never contains white space and always starts and ends on a grapheme-cluster boundary.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

__all__ = [
    "KINDS",
    "TOKENIZER_NAME",
    "Token",
    "token_window",
    "tokenize",
    "tokenize_range",
    "tokens_from",
    "tokens_near",
]

TOKENIZER_NAME = "annotator-rtl/2"  # bump when any rule changes: exports record it
KINDS = ("word", "number", "punct", "url", "handle", "hashtag", "symbol", "emoji")


class Token(NamedTuple):
    """A half-open code-point range of the text and what it is (one of KINDS)."""

    start: int
    end: int
    kind: str


# Characters that never form or join a token: white space, bidi controls, BOM / ZWNBSP.
_IGNORABLE = r"\s\p{Z}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff"
# Word characters: letters, marks, digits, connectors (_), and whatever joins a grapheme
# cluster (ZWNJ, ZWJ, skin tones, variation selectors, Arabic number signs).
_W = r"\p{L}\p{M}\p{N}\p{Pc}\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}"
_NUM = r"\p{GCB=Prepend}*+\p{Nd}++(?:[.,\u066b\u066c]\p{Nd}++)*+"
_WORD = (  # letters/marks/digits, numbers inside (و1,000), apostrophe or geresh between letters
    rf"\p{{GCB=Prepend}}*+[{_W}]++"
    rf"(?:[.,\u066b\u066c](?<=\p{{Nd}}.)(?=\p{{Nd}})[{_W}]++)*+"
    rf"(?:['’\u05f3\u05f4](?=\p{{L}})[{_W}]++)*+"
)
_URL_BODY = r"(?:[^\s<>\"«»]*[^\s<>\"«».,;:!?'\)\]،؛؟…])?"
_TLDS = (
    "com|org|net|edu|gov|info|io|co|me|ly|tv|ma|sa|eg|ae|qa|kw|bh|om|jo|lb|sy|iq|dz|tn|ps|"
    "ir|af|pk|il|uk|fr|de|es|ru|cn|in|us"
)

_PATTERN = regex.compile(
    rf"""
    [{_IGNORABLE}]*+
    (?:
      (?P<aword>(?=[^\x00-\x7f\p{{Nd}}\p{{Extended_Pictographic}}\p{{Regional_Indicator}}\p{{GCB=Prepend}}]){_WORD})
    | (?P<url>
        (?=[hf])(?:https?|ftp)://[^\s<>"«»]+?(?=[.,;:!?'\)\]،؛؟…]*(?:[\s<>"«»]|$))
      | (?=w)www\.[\p{{L}}\p{{N}}-]+(?:\.[\p{{L}}\p{{N}}-]+)+{_URL_BODY}
      | (?=[A-Za-z0-9-])(?<![{_W}@./])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*
        \.[A-Za-z]{{2,24}}/{_URL_BODY}
      | (?=[A-Za-z0-9-])(?<![{_W}@./])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:{_TLDS})(?![{_W}])
      | (?=[A-Za-z0-9_.+-])(?<![{_W}@.])[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+
      )
    | (?P<emoji>(?=[0-9\#*]\ufe0f?\u20e3)\X
      | (?=[\p{{Extended_Pictographic}}\p{{Regional_Indicator}}])\X)
    | (?P<handle>@(?<![{_W}@]@)[{_W}]+)
    | (?P<hashtag>\#(?<![{_W}\#&]\#)[{_W}]+)
    | (?P<number>(?>{_NUM})(?![{_W}]))
    | (?P<word>{_WORD})
    | (?P<punct>(?=\p{{P}})\X)
    | (?P<symbol>\p{{GCB=Prepend}}++(?=[{_IGNORABLE}]|$) | (?![{_IGNORABLE}])\X)
    )
    """,
    regex.VERBOSE | regex.V0,
)

# Group number -> token kind ("aword" is the fast path for words that start
# with a non-ASCII letter).
_KIND_OF_GROUP: list[str] = [""] * (_PATTERN.groups + 1)
for _name, _number in _PATTERN.groupindex.items():
    _KIND_OF_GROUP[_number] = "word" if _name == "aword" else _name

# Bidi marks join the token they touch (see the module docstring).
_MARKS = "\u061c\u200e\u200f"
_HAS_MARK = regex.compile(f"[{_MARKS}]")
# White space and controls that never join a token: what bounds a token window.
_GAPS = r"\s\p{Z}\u202a-\u202e\u2066-\u2069\ufeff"
# Reverse search for the last gap character before a position (token windows).
_LAST_GAP = regex.compile(rf"(?r)[{_GAPS}]")
_NEXT_GAP = regex.compile(rf"[{_GAPS}]")


def tokenize(text: str) -> list[Token]:
    """Every token of ``text`` in order."""
    return tokenize_range(text, 0, len(text))


def tokenize_range(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    Exact when both ends are token gaps.
    """
    out: list[Token] = []
    append = out.append
    make = tuple.__new__  # Token(...) without NamedTuple.__new__'s Python-level call: ~30 % faster
    kinds = _KIND_OF_GROUP
    for m in _PATTERN.finditer(text, start, end):
        group: int = m.lastindex  # type: ignore[assignment]  # the alternative that matched
        append(make(Token, (*m.span(group), kinds[group])))
    if out and _HAS_MARK.search(text, start, end):
        return _with_marks(text, out, start, end)
    return out


def _with_marks(text: str, tokens: list[Token], start: int, end: int) -> list[Token]:
    """The tokens grown over the bidi marks they touch: before a token first, then after one."""
    out: list[Token] = []
    previous_end = start
    for i, token in enumerate(tokens):
        following = tokens[i + 1].start if i + 1 < len(tokens) else None
        grown = _grown(text, token, previous_end, following, end)
        out.append(grown)
        previous_end = grown.end
    return out


def _grown(text: str, token: Token, previous_end: int, following: int | None, end: int) -> Token:
    """``token`` with the marks right before it, and those after it unless they run into the
    ``following`` token (then they prefix that one)."""
    a, b, kind = token
    while a > previous_end and text[a - 1] in _MARKS:
        a -= 1
    after = b
    limit = end if following is None else following
    while after < limit and text[after] in _MARKS:
        after += 1
    if after != following:
        b = after
    return Token(a, b, kind)


def tokens_from(text: str, start: int) -> Iterator[Token]:
    """Tokens from ``start`` (a token gap) to the end of the text, produced lazily."""
    matches = (
        Token(*m.span(m.lastindex), _KIND_OF_GROUP[m.lastindex])  # type: ignore[arg-type, index]
        for m in _PATTERN.finditer(text, start)
    )
    if not _HAS_MARK.search(text, start):
        yield from matches
        return
    previous_end = start
    pending: Token | None = None
    for token in matches:
        if pending is not None:
            grown = _grown(text, pending, previous_end, token.start, len(text))
            yield grown
            previous_end = grown.end
        pending = token
    if pending is not None:
        yield _grown(text, pending, previous_end, None, len(text))


def token_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest range around [start, end) bounded by token gaps (or the text's ends).

    Tokens never contain white space or bidi controls, so tokenizing this window
    gives exactly the tokens the whole text has there, without tokenizing a 10 MB
    document for one double-click.
    """
    before = _LAST_GAP.search(text, 0, max(0, start))
    after = _NEXT_GAP.search(text, min(end, len(text)))
    return (before.end() if before else 0), (after.start() if after else len(text))


def tokens_near(text: str, start: int, end: int) -> list[Token]:
    """The tokens of the gap-bounded window around [start, end)."""
    lo, hi = token_window(text, start, end)
    return tokenize_range(text, lo, hi)
