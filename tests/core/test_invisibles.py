"""Which characters the view marks as invisible, their names, and finding them in a range."""

from __future__ import annotations

import unicodedata

from annotator.text.invisibles import (
    INVISIBLES,
    TATWEEL,
    count_invisibles,
    describe,
    find_invisibles,
)

ASKED = (
    "\u200e\u200f\u061c"  # LRM RLM ALM
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u200d\u200c\u200b"  # ZWJ ZWNJ ZWSP
    "\u00a0\u202f\u00ad\ufeff"  # NBSP NNBSP SHY BOM
)


def test_every_asked_character_is_known_with_its_unicode_name() -> None:
    for char in ASKED:
        kind = INVISIBLES[char]
        assert kind.char == char and kind.short.isupper() and len(kind.short) <= 5
        assert kind.name.split(" (")[0] == unicodedata.name(char)
    assert TATWEEL.name.split(" (")[0] == unicodedata.name(TATWEEL.char)
    assert TATWEEL.char not in INVISIBLES  # a visible stretch: found only when asked for
    assert len({k.short for k in INVISIBLES.values()}) == len(INVISIBLES)


def test_find_in_a_range_keeps_the_offsets() -> None:
    text = "بن\u200cلادن\u00a0قال\u0640\u200fx"
    found = find_invisibles(text)
    assert [(i, k.short) for i, k in found] == [(2, "ZWNJ"), (7, "NBSP"), (12, "RLM")]
    assert [i for i, _k in find_invisibles(text, 3, 12)] == [7]
    with_tatweel = find_invisibles(text, tatweel=True)
    assert [(i, k.short) for i, k in with_tatweel] == [
        (2, "ZWNJ"),
        (7, "NBSP"),
        (11, "TAT"),
        (12, "RLM"),
    ]
    assert all(text[i] == k.char for i, k in with_tatweel)


def test_count_and_describe() -> None:
    text = "\u200e" * 3 + "كلمة\u0640" + "\ufeff"
    assert count_invisibles(text) == 4
    assert count_invisibles(text, tatweel=True) == 5
    assert count_invisibles("نص عادي") == 0
    assert describe("\u200c") == "ZWNJ — ZERO WIDTH NON-JOINER (U+200C)"
    assert describe("\u0640") is not None and describe("a") is None
