"""The shared tokenizer on the real sample article and on hard Arabic, Persian and Hebrew cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.tokenize import (
    KINDS,
    TOKENIZER_NAME,
    Token,
    token_window,
    tokenize,
    tokenize_range,
)


def pieces(text: str) -> list[tuple[str, str]]:
    return [(text[t.start : t.end], t.kind) for t in tokenize(text)]


def test_tokens_are_ordered_and_cover_everything_but_white_space(article_text: str) -> None:
    tokens = tokenize(article_text)
    assert len(tokens) > 400
    last = 0
    for token in tokens:
        assert isinstance(token, Token) and token.kind in KINDS
        assert last <= token.start < token.end
        assert article_text[last : token.start].strip() == ""  # only white space between tokens
        last = token.end
    assert article_text[last:].strip() == ""


def test_article_handles_hashtags_and_urls(article_text: str) -> None:
    found = pieces(article_text)
    assert ("@manniefabian", "handle") in found
    assert ("@M99_TV", "handle") in found
    assert ("#المغرب", "hashtag") in found
    assert ("#إسرائيل", "hashtag") in found
    assert ("#Morocco", "hashtag") in found
    assert ("pic.twitter.com/XtIWsLTVGo", "url") in found
    assert ("#صور", "hashtag") in found and ("|", "symbol") in found  # "#صور|"


def test_article_guillemets_commas_and_dates(article_text: str) -> None:
    found = pieces(article_text)
    start = article_text.index("«عبد اللطيف الوديي»")
    local = [
        (article_text[t.start : t.end], t.kind)
        for t in tokenize_range(article_text, start, start + 19)
    ]
    assert local == [
        ("«", "punct"),
        ("عبد", "word"),
        ("اللطيف", "word"),
        ("الوديي", "word"),
        ("»", "punct"),
    ]
    i = article_text.index("July 19, 2022")
    date = [
        (article_text[t.start : t.end], t.kind) for t in tokenize_range(article_text, i, i + 13)
    ]
    assert date == [("July", "word"), ("19", "number"), (",", "punct"), ("2022", "number")]
    assert ("،", "punct") in found
    assert ("2020", "number") in found
    assert ("Kohavi's", "word") in found
    assert ("رحمه", "word") in found and ("..", "punct") not in found  # ".." is two tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بالمغرب", [("بالمغرب", "word")]),
        (
            "زار المغرب، ثم الرباط؛ لماذا؟",
            [
                ("زار", "word"),
                ("المغرب", "word"),
                ("،", "punct"),
                ("ثم", "word"),
                ("الرباط", "word"),
                ("؛", "punct"),
                ("لماذا", "word"),
                ("؟", "punct"),
            ],
        ),
        ("«كوخافي»", [("«", "punct"), ("كوخافي", "word"), ("»", "punct")]),
        ("مُحَمَّدٌ", [("مُحَمَّدٌ", "word")]),
        ("می\u200cخواهم", [("می\u200cخواهم", "word")]),
        ("#المغرب_إسرائيل", [("#المغرب_إسرائيل", "hashtag")]),
        ("١٢٣٫٤٥", [("١٢٣٫٤٥", "number")]),
        ("۱۴۰۲", [("۱۴۰۲", "number")]),
        ("1,000.50$", [("1,000.50", "number"), ("$", "symbol")]),
        ("و2022", [("و2022", "word")]),
        (
            "https://ar.wikipedia.org/wiki/المغرب.",
            [("https://ar.wikipedia.org/wiki/المغرب", "url"), (".", "punct")],
        ),
        ("(www.hespress.com)", [("(", "punct"), ("www.hespress.com", "url"), (")", "punct")]),
        ("a@b.co", [("a@b.co", "url")]),
        (
            "👨\u200d👩\u200d👧 🇲🇦 👍🏽 1️⃣",
            [("👨\u200d👩\u200d👧", "emoji"), ("🇲🇦", "emoji"), ("👍🏽", "emoji"), ("1️⃣", "emoji")],
        ),
        ("צה״ל", [("צה״ל", "word")]),
        ("x\u200fy", [("x", "word"), ("\u200fy", "word")]),  # a mark prefixes the next token
        ("\u200f293\u200f", [("\u200f293\u200f", "number")]),  # AQMAR's marks stay inside
        ("الفقيه\u200f بن", [("الفقيه\u200f", "word"), ("بن", "word")]),
        ("a \u200f b", [("a", "word"), ("b", "word")]),  # a mark standing alone: no token
        ("ـــالله", [("ـــالله", "word")]),
        ("e\u0301", [("e\u0301", "word")]),
        ("«\u064e", [("«\u064e", "punct")]),  # a stray mark stays with its base
        ("\u0600١٢", [("\u0600١٢", "number")]),  # an Arabic number sign stays with its number
    ],
)
def test_hard_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert pieces(text) == expected


def test_name_is_versioned() -> None:
    assert TOKENIZER_NAME.startswith("annotator-") and "/" in TOKENIZER_NAME


def test_window_tokens_equal_whole_text_tokens(article_text: str) -> None:
    whole = tokenize(article_text)
    for probe in range(0, len(article_text), 97):
        lo, hi = token_window(article_text, probe, probe)
        assert lo <= probe <= hi
        assert tokenize_range(article_text, lo, hi) == [
            t for t in whole if lo <= t.start and t.end <= hi
        ]


ALPHABET = st.sampled_from(
    [
        "ب",
        "ال",
        "و",
        "\u064e",
        "\u0651",
        "a",
        "Z",
        "1",
        "١",
        "۱",
        ".",
        ",",
        "٫",
        "،",
        "«",
        "»",
        "#",
        "@",
        " ",
        "\n",
        "\u200c",
        "\u200d",
        "\u200f",
        "😀",
        "🇲",
        "🇦",
        "🏽",
        "_",
        "/",
        ":",
        "'",
        "-",
        "%",
        "\r\n",
        "\ufe0f",
        "\u20e3",
        "\u0600",
        "ل",
        "ا",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_tokens_never_split_graphemes_or_hold_space(text: str) -> None:
    import regex

    boundaries = set()  # grapheme boundaries inside each run of non-space characters
    for run in regex.finditer(r"[^\s]+", text):
        boundaries |= {run.start()} | {
            run.start() + m.end() for m in regex.finditer(r"\X", run.group())
        }
    last = 0
    for token in tokenize(text):
        assert last <= token.start < token.end
        assert token.start in boundaries
        assert token.end in boundaries
        assert not any(c.isspace() for c in text[token.start : token.end])
        last = token.end
