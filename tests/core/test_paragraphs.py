"""The paragraph view's model of a text: paragraphs, lazy directions, blocks, local positions."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.direction import paragraph_directions, paragraph_ranges
from annotator.text.offsets import OffsetError
from annotator.text.paragraphs import PIECE, Paragraphs

# fmt: off
PIECES = (
    "مرحبا", "Hello", "123", " ", "@user", "#وسم", "https://t.co/x", "🇲🇦", "👏🏽", "\u200f",
    "\u2066", "\u2069", "\r\n", "\r", "\n", "\u2029", "\ufdd0", "\u2028", "\ufeff", "\xa0", "(42)",
)
# fmt: on
GRAPHEME = regex.compile(r"\X")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join), st.randoms())
def test_paragraphs_and_directions_are_the_core_rules(text: str, rng: random.Random) -> None:
    """Same ranges and directions as paragraph_directions, whatever order they are asked in."""
    paragraphs = Paragraphs(text)
    expected = paragraph_directions(text)
    assert len(paragraphs) == len(expected)
    order = list(range(len(expected)))
    rng.shuffle(order)
    for i in order:
        start, end, direction = expected[i]
        assert (paragraphs.start(i), paragraphs.end(i)) == (start, end)
        assert paragraphs.direction(i) == direction
        assert start <= paragraphs.content_end(i) <= end
        assert text[paragraphs.content_end(i) : end] in ("", "\r\n", "\r", "\n", "\u2029") or (
            text[paragraphs.content_end(i) : end] in ("\ufdd0", "\ufdd1")
        )
    for cp in range(len(text) + 1):
        i = paragraphs.index_at(cp)
        assert paragraphs.start(i) <= cp and (cp < paragraphs.end(i) or i == len(expected) - 1)


def test_article(article_text: str) -> None:
    paragraphs = Paragraphs(article_text)
    letters = "".join(paragraphs.direction(i)[0].upper() for i in range(len(paragraphs)))
    assert letters == "RRLLRRRLRRRRRR"
    assert [(paragraphs.start(i), paragraphs.end(i)) for i in range(len(paragraphs))] == (
        paragraph_ranges(article_text)
    )


def test_leading_and_letterless_paragraphs() -> None:
    text = "123\n(4)\nhello\n56\nمرحبا\n7"
    paragraphs = Paragraphs(text)
    assert [paragraphs.direction(i) for i in (5, 3, 0, 1)] == ["rtl", "ltr", "ltr", "ltr"]
    assert [Paragraphs("1\n2").direction(i) for i in (1, 0)] == ["ltr", "ltr"]
    assert Paragraphs("").direction(0) == "ltr" and len(Paragraphs("")) == 1


def _walk(paragraphs: Paragraphs) -> list[tuple[int, int, int, bool]]:
    blocks, block = [], paragraphs.first_block()
    while block is not None:
        blocks.append(tuple(block))
        block = paragraphs.next_block(block)
    return blocks


def test_long_paragraphs_are_cut_into_blocks_after_white_space(article_text: str) -> None:
    long = " ".join(article_text.splitlines()) * 6  # ~15,000 code points, one paragraph
    text = "سطر أول\n" + long + "\nEnd"
    paragraphs = Paragraphs(text)
    blocks = _walk(paragraphs)
    assert blocks[0] == (0, 0, 7, True) and blocks[-1] == (2, len(text) - 3, len(text), True)
    middle = [b for b in blocks if b[0] == 1]
    assert len(middle) == len(long) // PIECE + 1
    assert middle[0][1] == 8 and middle[-1][2] == 8 + len(long) and middle[-1][3]
    for (_p, _a, end, last), (_q, start, _b, _l) in pairwise(middle):
        assert end == start and not last and text[end - 1].isspace()
        assert PIECE // 2 <= end - _a <= PIECE + PIECE // 2
    assert _walk_back(paragraphs) == blocks
    rng = random.Random(5)
    for cp in [rng.randrange(len(text) + 1) for _ in range(300)] + [b[1] for b in blocks]:
        found = paragraphs.block_at(cp)
        assert found.start <= cp and (cp < found.end or found.last)
        assert found in [tuple(b) for b in blocks] or tuple(found) in blocks


def _walk_back(paragraphs: Paragraphs) -> list[tuple[int, int, int, bool]]:
    blocks, block = [], paragraphs.last_block()
    while block is not None:
        blocks.append(tuple(block))
        block = paragraphs.previous_block(block)
    return blocks[::-1]


def test_blocks_without_white_space_cut_between_grapheme_clusters() -> None:
    cluster = "بِّ"  # a letter with two harakat: one grapheme, three code points
    text = cluster * (3 * PIECE)
    paragraphs = Paragraphs(text)
    blocks = _walk(paragraphs)
    assert len(blocks) > 2 and blocks[-1][2] == len(text)
    bounds = {m.start() for m in GRAPHEME.finditer(text)}
    assert all(b[1] in bounds for b in blocks)


def test_local_positions_count_utf16_within_a_block() -> None:
    text = "زار 🇲🇦 المغرب\n😀 اليوم"
    paragraphs = Paragraphs(text)
    first, second = paragraphs.block_at(0), paragraphs.block_at(len(text))
    assert paragraphs.to_local(first, 7) == 9  # after the flag's two surrogate pairs
    assert paragraphs.from_local(first, 9) == 7
    assert paragraphs.to_local(second, second.start + 2) == 3  # 😀 and a space
    with pytest.raises(OffsetError):
        paragraphs.from_local(second, 1)  # between the halves of 😀


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from((*PIECES, "\u200eword", "\u200eكلمة")), max_size=20).map("".join),
    st.sampled_from(("first", "majority", "rtl", "ltr")),
    st.randoms(),
)
def test_every_direction_mode_is_the_core_rule(text: str, mode, rng: random.Random) -> None:
    """Each mode gives paragraph_directions(text, mode), asked in any order, also after
    with_mode (which reuses the scans)."""
    expected = [d for _a, _b, d in paragraph_directions(text, mode)]
    for paragraphs in (Paragraphs(text, mode), Paragraphs(text).with_mode(mode)):
        order = list(range(len(expected)))
        rng.shuffle(order)
        assert {i: paragraphs.direction(i) for i in order} == dict(enumerate(expected))
        assert paragraphs.mode == mode


def test_lrm_led_tokens_read_ltr_first_and_rtl_by_majority() -> None:
    text = "\u200eقال \u200eالرئيس \u200eإن \u200eMorocco\n\u200eHello \u200eworld \u200eيا"
    assert [Paragraphs(text).direction(i) for i in range(2)] == ["ltr", "ltr"]
    majority = Paragraphs(text, "majority")
    assert [majority.direction(i) for i in range(2)] == ["rtl", "ltr"]
    with pytest.raises(ValueError):
        Paragraphs(text, "sideways")  # type: ignore[arg-type]
