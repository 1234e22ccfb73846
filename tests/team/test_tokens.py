"""The fast token count equals the tokenizer's, on real corpora and on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.team.tokens import count_tokens
from annotator.text.tokenize import tokenize
from tests.conftest import ARTICLE, DATA

PIECES = list('ab.,:;!?()«»"،؛؟… \n\t-_@#/\'’1٣٫\u2139\x1c\u200e\u200cبتث\u064eé') + [
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
