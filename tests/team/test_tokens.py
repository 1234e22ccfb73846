"""The fast token count equals the tokenizer's, on real corpora and on generated text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.team.tokens import count_tokens
from annotator.text.tokenize import tokenize
from tests.conftest import ARTICLE, DATA

PIECES = list('ab.,:;!?()«»"،؛؟… \n\t-_@#/\'’1٣٫\u2139\x1c\u200e\u200cبتث\u064e\u0670é') + [
    "http://", "www.", ".com", "😀", "\u20e3", "x.co", "e-mail@x.org", "و1,000", "pic.twitter.com/",
]  # fmt: skip


def test_real_files() -> None:
    paths = [ARTICLE, DATA / "parstwiner" / "dev.txt", *sorted((DATA / "aqmar").glob("*.txt"))]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert count_tokens(text) == len(tokenize(text)), path.name


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert count_tokens(text) == len(tokenize(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text(text: str) -> None:
    assert count_tokens(text) == len(tokenize(text))


@pytest.mark.slow
def test_every_letter_digit_and_arabic_mark_in_simple_chunks() -> None:
    """Each character the shortcut counts without the tokenizer, in the contexts it allows."""
    contexts = ("{c}", "#{c}،", "(@ب{c}{c})", "«{c}ب»", "{c}.{c}")
    ideographs = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x3134F))  # alike: 1 in 64
    chars = [
        chr(cp)
        for cp in range(0x110000)
        if not 0xD800 <= cp < 0xE000
        and (chr(cp).isalnum() or 0x0610 <= cp <= 0x06ED)
        and (cp % 64 == 0 or not any(lo <= cp <= hi for lo, hi in ideographs))
    ]
    for k in range(0, len(chars), 4096):  # in batches: a failure names its range
        text = " ".join(x.format(c=c) for c in chars[k : k + 4096] for x in contexts)
        where = f"U+{ord(chars[k]):04X}..U+{ord(chars[min(k + 4095, len(chars) - 1)]):04X}"
        assert count_tokens(text) == len(tokenize(text)), where
