"""Snapping selections to whole tokens, double-click words, word/grapheme steps, span adjustment."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.model import Span
from annotator.text.snapping import (
    adjust,
    grapheme_bounds,
    is_edge_punct,
    label_range,
    next_grapheme,
    next_word_start,
    prev_grapheme,
    prev_word_start,
    snap,
    word_at,
)
from annotator.text.tokenize import tokenize

TEXT = "قال «كوخافي»، زار بالمغرب؟ مُحَمَّد 🇲🇦🇪🇸 (Ran Kochav) 50%"


def at(word: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def cut(span: tuple[int, int] | None, text: str = TEXT) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def test_partial_selection_grows_to_whole_token() -> None:
    s, _e = at("بالمغرب")
    assert cut(snap(TEXT, s + 2, s + 4)) == "بالمغرب"
    assert cut(snap(TEXT, s + 4, s + 2)) == "بالمغرب"  # reversed drag


def test_edges_lose_punctuation_and_space() -> None:
    s, e = at("«كوخافي»، ")
    assert cut(snap(TEXT, s, e)) == "كوخافي"
    s, e = at(" (Ran Kochav) ")
    assert cut(snap(TEXT, s, e)) == "Ran Kochav"
    assert cut(snap(TEXT, *at("50%"))) == "50%"  # a percent sign stays with its number
    tweet = "#صور| احتجاجات"
    assert cut(snap(tweet, 0, 6), tweet) == "#صور"  # "|" is trimmed like punctuation


def test_selection_of_only_punctuation_or_space_is_none() -> None:
    s, e = at("»، ")
    assert snap(TEXT, s, e) is None
    assert snap(TEXT, 3, 4) is None  # one space
    assert snap(TEXT, 5, 5) is None  # empty


def test_snap_in_the_article(article_text: str) -> None:
    s, e = at("«عبد اللطيف الوديي»", article_text)
    assert cut(snap(article_text, s, e), article_text) == "عبد اللطيف الوديي"
    s, e = at("(@manniefabian)", article_text)
    assert cut(snap(article_text, s, e), article_text) == "@manniefabian"


def test_word_at_for_double_click() -> None:
    s, e = at("كوخافي")
    assert word_at(TEXT, s) == (s, e)
    assert word_at(TEXT, e - 1) == (s, e)
    assert cut(word_at(TEXT, TEXT.index("«"))) == "«"
    assert cut(word_at(TEXT, len(TEXT))) == "%"
    assert word_at("a  b", 2) is None


def test_word_navigation() -> None:
    starts = []
    pos = 0
    while pos < len(TEXT):
        pos = next_word_start(TEXT, pos)
        starts.append(pos)
    words = [TEXT[p : p + 3] for p in starts[:4]]
    assert words == ["كوخ", "زار", "بال", "مُح"]  # punctuation is never a stop
    back = []
    pos = len(TEXT)
    while pos > 0:
        pos = prev_word_start(TEXT, pos)
        back.append(pos)
    assert back[-1] == 0
    assert sorted(back[:-1]) == sorted(p for p in starts if p < len(TEXT))


def test_word_navigation_across_long_white_space() -> None:
    text = "a" + " " * 5000 + "b"
    assert next_word_start(text, 0) == 5001
    assert prev_word_start(text, 5001) == 0


def test_grapheme_steps_keep_harakat_and_flags() -> None:
    s, _ = at("مُحَمَّد")
    assert next_grapheme(TEXT, s) == s + 2  # meem + damma
    assert next_grapheme(TEXT, s + 2) == s + 4
    assert next_grapheme(TEXT, s + 4) == s + 7  # meem + fatha + shadda
    assert prev_grapheme(TEXT, s + 7) == s + 4
    f, _ = at("🇲🇦🇪🇸")
    assert next_grapheme(TEXT, f) == f + 2
    assert prev_grapheme(TEXT, f + 4) == f + 2
    assert prev_grapheme(TEXT, f + 3) == f + 2  # from inside a flag
    assert prev_grapheme(TEXT, 0) == 0 and next_grapheme(TEXT, len(TEXT)) == len(TEXT)


def test_grapheme_bounds_are_the_caret_stops() -> None:
    text = "بِّسم 🇲🇦 👏🏽\r\nx"
    bounds = grapheme_bounds(text, 0, len(text))
    assert bounds == [0, 3, 4, 5, 6, 8, 9, 11, 13, 14]  # harakat, flag, skin tone, CRLF: one
    assert grapheme_bounds(text, 4, 7) == [4, 5, 6, 7] and grapheme_bounds(text, 5, 5) == [5]


def test_adjust_leaves_out_a_clitic_letter_by_letter() -> None:
    s, e = at("بالمغرب")
    s1, e1 = adjust(TEXT, s, e, edge="start", unit="char", step=1)
    assert TEXT[s1:e1] == "المغرب"
    s2, e2 = adjust(TEXT, s1, e1, edge="start", unit="char", step=1)
    assert TEXT[s2:e2] == "لمغرب"
    assert adjust(TEXT, s2, e2, edge="start", unit="char", step=-1) == (s1, e1)


def test_adjust_by_word() -> None:
    s, e = at("زار")
    grown = adjust(TEXT, s, e, edge="end", unit="word", step=1)
    assert cut(grown) == "زار بالمغرب"
    assert adjust(TEXT, *grown, edge="end", unit="word", step=-1) == (s, e)
    grown_back = adjust(TEXT, s, e, edge="start", unit="word", step=-1)
    assert cut(grown_back) == "كوخافي»، زار"
    assert adjust(TEXT, *grown_back, edge="start", unit="word", step=1) == (s, e)


def test_adjust_never_empties_or_reverses() -> None:
    s, e = at("زار")
    assert adjust(TEXT, s, e, edge="end", unit="word", step=-1) == (s, e)
    assert adjust(TEXT, s, e, edge="start", unit="word", step=1) == (s, e)
    one = (s, s + 1)
    assert adjust(TEXT, *one, edge="start", unit="char", step=1) == one
    assert adjust(TEXT, *one, edge="end", unit="char", step=-1) == one
    assert adjust(TEXT, 0, 3, edge="start", unit="char", step=-1) == (0, 3)
    end = len(TEXT)
    assert adjust(TEXT, end - 1, end, edge="end", unit="word", step=1) == (end - 1, end)
    with pytest.raises(ValueError):
        adjust(TEXT, 3, 3)
    with pytest.raises(ValueError):
        adjust(TEXT, 0, 3, unit="line")  # type: ignore[arg-type]


PIECES = st.sampled_from(
    ["ب", "ال", "\u064e", "a", " ", "،", "«", "»", ".", "😀", "🇲🇦", "\u200c", "1", "\n"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=25).map("".join), st.data())
def test_results_are_always_valid_ranges(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(0, len(text)))
    snapped = snap(text, a, b)
    if snapped is not None:
        s, e = snapped
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert snap(text, s, e) == snapped  # idempotent
    if len(text) > 0:
        s, e = sorted((a, b))
        if s == e:
            e = min(len(text), e + 1) if e < len(text) else e
            s = e - 1 if s == e else s
        for edge in ("start", "end"):
            for unit in ("word", "char"):
                for step in (1, -1):
                    ns, ne = adjust(text, s, e, edge=edge, unit=unit, step=step)  # type: ignore[arg-type]
                    assert 0 <= ns < ne <= len(text)


# -- label_range: what a label on a selection covers (issue 9, the keyboard loop) ----------

LABEL_PIECES = st.sampled_from(
    ["عبد", "ال", "لطيف", "\u064e", "Ran", " ", "\u00a0", "\n", "«", "»", "،", "؛", "؟", "."]
    + [",", '"', "(", ")", "-", "\u200f", "\u200c", "2022", "%", "🇲🇦"]
)


def test_label_range_drops_the_space_and_guillemet_a_keyboard_selection_took() -> None:
    text = "المغربي «عبد اللطيف الوديي» وقائد"
    start = text.index(" «")
    end = text.index("»")
    assert cut(label_range(text, start, end), text) == "عبد اللطيف الوديي"
    assert cut(label_range(text, start, end + 1), text) == "عبد اللطيف الوديي"
    assert label_range(text, start, start + 2) is None  # only a space and «
    assert cut(label_range(text, start, end, exact=True), text) == " «عبد اللطيف الوديي"
    assert label_range(text, 5, 5, exact=True) is None
    assert label_range(text, end, start, exact=True) == (start, end)  # reversed


@settings(max_examples=300, deadline=None)
@given(st.lists(LABEL_PIECES, max_size=30).map("".join), st.data())
def test_label_range_stays_in_the_token_hull_and_has_clean_edges(
    text: str, data: st.DataObject
) -> None:
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(0, len(text)))
    lo, hi = sorted((a, b))
    found = label_range(text, a, b)
    if lo == hi:
        assert found is None and label_range(text, a, b, exact=True) is None
        return
    tokens = [t for t in tokenize(text) if t.start < hi and lo < t.end]
    words = [t for t in tokens if not is_edge_punct(t, text)]
    if found is None:
        assert not words  # only space and punctuation were selected
        return
    start, end = found
    assert 0 <= start < end <= len(text)
    hull = (min(t.start for t in tokens), max(t.end for t in tokens))
    assert hull[0] <= start and end <= hull[1]  # within the selection's token hull
    assert start == words[0].start and end == words[-1].end  # every word selected is kept
    piece = text[start:end]
    assert piece == piece.strip() and not piece[0].isspace() and not piece[-1].isspace()
    for token in tokens:  # no standalone punctuation at either edge
        if is_edge_punct(token, text):
            assert token.start != start and token.end != end
    stored = Span(start, end, "X").text_in(text)  # the span's text round-trips to its range
    assert text.find(stored, start) == start and start + len(stored) == end
    assert label_range(text, start, end) == found  # idempotent
    exact = label_range(text, a, b, exact=True)
    assert exact == ((lo, hi) if lo < hi else None)
