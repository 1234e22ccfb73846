"""Paragraph directions a reader expects, split exactly as Qt splits blocks (see direction.py)."""

from __future__ import annotations

import json
import unicodedata
from itertools import pairwise

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.direction import (
    direction_at,
    first_strong_direction,
    paragraph_directions,
    paragraph_ranges,
)
from annotator.text.offsets import QtPositionMap
from annotator.text.tokenize import tokenize
from tests.conftest import REPO

SEPARATORS = ("\r\n", "\r", "\n", "\u2029", "\ufdd0", "\ufdd1")
# fmt: off
PIECES = (
    "مرحبا", "بكم", "Hello", "world", "x", "123", "١٢٠", " ", "  ", ": ", "|", "«", "»", "—", "-",
    ".", "_", "@", "#", "&", "*", "@arabic_nlp", "#صور", "#NLP", "https://t.co/x", "www.x.org",
    "pic.twitter.com/a", "a@b.co", "🇲🇦", "🎓", "👏🏽", "ℹ\ufe0f", "ℹ", "\u200d", "\ufe0f",
    "#\ufe0f\u20e3", "\u200e", "\u200f", "\u061c", "\u2066", "\u2067", "\u2068", "\u2069", "\u202b",
    "\u0301", "\u0651", "‿", "שלום", "ⓐ", "Ⅻ", "\ufeff",
)
# fmt: on
EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}]")


def _reference(text: str) -> str | None:
    """The rule spelled out on the whole token list, without the fast paths."""
    depth, in_entity, gap = 0, None, 0
    marks = {"\u200e": "ltr", "\u200f": "rtl", "\u061c": "rtl"}

    def controls(chunk: str) -> str | None:
        nonlocal depth
        for ch in chunk:
            if ch in "\u2066\u2067\u2068":
                depth += 1
            elif ch == "\u2069":
                depth = max(0, depth - 1)
            elif depth == 0 and ch in marks:
                return marks[ch]
        return None

    def letter(chunk: str) -> str | None:
        for ch in chunk:
            bidi = unicodedata.bidirectional(ch)
            if (
                bidi in ("L", "R", "AL")
                and unicodedata.category(ch)[0] == "L"
                and not EMOJI.match(ch)
            ):
                return "ltr" if bidi == "L" else "rtl"
        return None

    for token in tokenize(text):
        body = text[token.start : token.end]  # marks at a token's edges belong to the token
        lead = len(body) - len(body.lstrip("".join(marks)))
        mark = controls(text[gap : token.start + lead])
        if mark:
            return mark
        gap = token.start + len(body.rstrip("".join(marks)))
        if depth or token.kind not in ("word", "url", "handle", "hashtag"):
            continue
        found = letter(text[token.start : token.end])
        if found and token.kind == "word":
            return found
        in_entity = in_entity or found
    return controls(text[gap:]) or in_entity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123 \u2066abc\u2069 شكرا", "rtl"),  # what an isolate holds is skipped (UAX #9 P2)
        ("«كوخافي»", "rtl"),
        ("— Emanuel", "ltr"),
        ("2022 (42)", None),
        ("🇲🇦 زار وفد من جامعة القاهرة", "rtl"),  # regional indicators are bidi L, not letters
        ("ℹ\ufe0f معلومات", "rtl"),  # ℹ is a letter (Ll, bidi L) and an emoji
        ("#صور| احتجاجات في العاصمة", "rtl"),
        ("@arabic_nlp: great talk", "ltr"),
        ("@user شكرا جزيلا", "rtl"),  # a reply to a Latin handle is still an Arabic sentence
        ("#BREAKING عاجل: زلزال", "rtl"),
        ("https://t.co/abc شاهد الفيديو", "rtl"),
        ("pic.twitter.com/XtIWsLTVG", "ltr"),  # only a link: its letters decide
        ("#NLP #العربية 👏", "ltr"),  # only hashtags: the first letter in them
        ("@مستخدم hello", "ltr"),
        ("\u200f123", "rtl"),  # an explicit mark decides
        ("123 \u2067\u200e\u2069 456", None),  # ... unless isolated
        ("ⓐ Ⅻ 🎓👏", None),  # symbols with bidi class L are not letters
        ("", None),
    ],
)
def test_first_strong_letter(text: str, expected: str | None) -> None:
    assert first_strong_direction(text) == expected
    assert _reference(text) == expected


def test_article_directions(article_text: str) -> None:
    letters = "".join(d[0].upper() for _, _, d in paragraph_directions(article_text))
    assert letters == "RRLLRRRLRRRRRR"


def test_bundled_sample_flag_paragraph_is_rtl() -> None:
    sample = REPO / "resources" / "sample" / "sample.jsonl"
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    text = next(r["text"] for r in records if r["id"] == "sample-02")
    assert text.startswith("🇲🇦")
    assert [d for _, _, d in paragraph_directions(text)] == ["rtl", "ltr", "rtl", "rtl"]


def test_paragraph_without_strong_letter_follows_the_previous_one() -> None:
    text = "مرحبا بكم\n2022 - 123\nhello\n(42)\n🎓\nشكرا\n"
    directions = [d for _, _, d in paragraph_directions(text)]
    assert directions == ["rtl", "rtl", "ltr", "ltr", "ltr", "rtl", "rtl"]
    # Leading neutral paragraphs take the first decided one's; no letter at all: left to right.
    assert [d for _, _, d in paragraph_directions("123\n\nشكرا\nhi")] == [
        "rtl",
        "rtl",
        "rtl",
        "ltr",
    ]
    assert [d for _, _, d in paragraph_directions("123\n456")] == ["ltr", "ltr"]


def test_ranges_include_their_separator_and_a_trailing_empty_paragraph() -> None:
    text = "ab\r\ncd\ref\u2029\ufdd0g\n"
    assert paragraph_ranges(text) == [(0, 4), (4, 7), (7, 10), (10, 11), (11, 13), (13, 13)]
    assert paragraph_ranges("") == [(0, 0)]
    # A leading U+FFFE makes Qt byte-swap the text: U+0A00 then shows as a newline.
    assert paragraph_ranges("\ufffeab\u0a00c") == [(0, 4), (4, 5)]


def test_direction_at_finds_the_paragraph() -> None:
    text = "مرحبا\nhello\n"  # the empty last paragraph follows "hello"
    paragraphs = paragraph_directions(text)
    assert [direction_at(paragraphs, i) for i in range(len(text) + 1)] == ["rtl"] * 6 + ["ltr"] * 7


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_fast_paths_agree_with_the_plain_rule(text: str) -> None:
    assert first_strong_direction(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + SEPARATORS + SEPARATORS), max_size=16).map("".join))
def test_paragraphs_cover_every_code_point_once_as_qt_blocks(text: str) -> None:
    paragraphs = paragraph_directions(text)
    assert [(a, b) for a, b, _ in paragraphs] == paragraph_ranges(text)
    assert paragraphs[0][0] == 0 and paragraphs[-1][1] == len(text)
    assert all(p[1] == q[0] for p, q in pairwise(paragraphs))
    qt = QtPositionMap(text)
    # One Qt block per paragraph: the separator takes one position, the rest of the block its own.
    assert sum(qt.to_qt(b) - qt.to_qt(a) for a, b, _ in paragraphs) == qt.qt_length
    for start, end, _ in paragraphs[:-1]:
        body = text[start:end]
        sep = "\r\n" if body.endswith("\r\n") else body[-1]
        assert sep in SEPARATORS
        assert not any(s in body[: -len(sep)] for s in SEPARATORS)
        assert qt.to_qt(end) - qt.to_qt(end - len(sep)) == 1
    assert not any(s in text[paragraphs[-1][0] :] for s in SEPARATORS)
    for start, end, direction in paragraphs:
        found = first_strong_direction(text, start, end)
        assert found is None or found == direction


def test_a_corpus_can_choose_how_paragraphs_take_their_direction() -> None:
    from annotator.errors import SchemaError
    from annotator.schema import LabelSchema
    from annotator.text.direction import paragraph_directions

    # Every token starts with LRM, as in a well-known Arabic NER corpus: the first strong
    # character is a left-to-right mark, so the first-letter rule reads it backwards.
    lrm = "\u200e"
    text = f"{lrm}زار {lrm}محمد {lrm}القاهرة {lrm}و{lrm}Rabat\nHello world مرحبا"
    assert [d for *_r, d in paragraph_directions(text)] == ["ltr", "ltr"]
    assert [d for *_r, d in paragraph_directions(text, "majority")] == ["rtl", "ltr"]
    assert [d for *_r, d in paragraph_directions(text, "rtl")] == ["rtl", "rtl"]
    assert [d for *_r, d in paragraph_directions(text, "ltr")] == ["ltr", "ltr"]
    schema = LabelSchema.from_toml(
        'direction = "majority"\n[[labels]]\nname = "PER"\ncolor = "#ff0000"\n'
    )
    assert schema.direction == "majority"
    assert LabelSchema.from_toml(schema.to_toml()).direction == "majority"
    with pytest.raises(SchemaError, match="direction must be one of"):
        LabelSchema.from_toml('direction = "sideways"\n')
