"""Arabic-aware search: folding, exact offsets back into the stored text, words and clitics."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.search import Matcher, SearchError, SearchOptions, fold, normalise
from annotator.search.normalize import IGNORED, is_mark
from annotator.search.prefilter import line_filter

PLAIN = SearchOptions()
CLITICS = SearchOptions(clitics=True)


def found(query: str, text: str, options: SearchOptions = PLAIN) -> list[str]:
    return [text[s:e] for s, e in Matcher(query, options).finditer(text)]


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("احمد", "قال أحمد وإحمد وآحمد", ["أحمد", "إحمد", "آحمد"]),
        ("محمد", "مُحَمَّدٌ رسول", ["مُحَمَّدٌ"]),  # harakat after the last letter are taken in
        ("مُحمّد", "محمد", ["محمد"]),  # the query is folded too
        ("محمد", "مـحـمـد", ["مـحـمـد"]),  # tatweel
        ("علي", "علی وعلى", ["علی", "على"]),  # Farsi yeh, alef maqsura
        ("كتاب", "کتاب", ["کتاب"]),  # keheh
        ("2022", "عام ٢٠٢٢ و۲۰۲۲", ["٢٠٢٢", "۲۰۲۲"]),  # Arabic-Indic and Persian digits
        ("kohavi", "Kohavi's KOHAVI", ["Kohavi", "KOHAVI"]),
        ("میخواهم", "می\u200cخواهم", ["می\u200cخواهم"]),  # ZWNJ
        ("المغرب", "في \u200fالمغرب\u200f", ["المغرب"]),  # RLM around: not in the match
        ("ٱلله", "الله", ["الله"]),  # alef wasla
    ],
)
def test_folding(query: str, text: str, expected: list[str]) -> None:
    assert found(query, text) == expected


def test_heh_and_taa_marbuta_only_when_asked() -> None:
    text = "مدرسة مدرسه"
    assert found("مدرسة", text) == ["مدرسة"]
    assert found("مدرسة", text, SearchOptions(heh=True)) == ["مدرسة", "مدرسه"]


def test_exact_mode_does_not_fold() -> None:
    text = "أحمد احمد مُحَمَّد"
    assert found("احمد", text, SearchOptions(exact=True)) == ["احمد"]
    assert found("محمد", text, SearchOptions(exact=True)) == []


def test_a_match_never_cuts_a_letter_from_its_marks() -> None:
    decomposed = "cafe\u0301 cafe"
    assert found("cafe", decomposed) == ["cafe"]  # U+0301 is not ignored: café is not cafe
    assert Matcher("cafe").findall(decomposed)[0].start == 6


def test_whole_word_uses_the_tokenizer() -> None:
    text = "المغرب والمغربي بالمغرب «المغرب»"
    whole = SearchOptions(whole_word=True)
    assert [m.start for m in Matcher("المغرب", whole).finditer(text)] == [0, 25]
    assert found("المغرب", text) == ["المغرب"] * 4


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("والمغرب", "المغرب"),
        ("بالمغرب", "المغرب"),
        ("فالمغرب", "المغرب"),
        ("وبالمغرب", "المغرب"),
        ("للمغرب", "لمغرب"),  # ل + ال written لل: the match is the ل standing for ال
        ("وللمغرب", "لمغرب"),
        ("المغرب", "المغرب"),
    ],
)
def test_clitic_prefixes_are_left_out_of_the_match(text: str, word: str) -> None:
    assert found("المغرب", f"زار {text} أمس", CLITICS) == [word]


def test_clitics_bare_word_and_what_is_not_a_prefix() -> None:
    assert found("مغرب", "والمغرب وللمغرب", CLITICS) == ["مغرب", "مغرب"]
    assert found("رباط", "الرباطي", CLITICS) == []  # a suffix is not a clitic
    assert found("غرب", "المغرب", CLITICS) == []  # م is not a prefix
    assert found("المغرب", "بالمغرب", SearchOptions(whole_word=True)) == []


def test_regex_runs_on_the_folded_text_and_maps_back() -> None:
    text = "عام ٢٠٢٢ في أَحمد"
    regex = SearchOptions(regex=True)
    assert found(r"\d{4}", text, regex) == ["٢٠٢٢"]
    assert found("ا.مد", text, regex) == ["أَحمد"]
    assert found("أ", text, SearchOptions(regex=True, exact=True)) == []  # أَ: cut from its mark
    assert found("أَ", text, SearchOptions(regex=True, exact=True)) == ["أَ"]


def test_bad_queries_are_search_errors() -> None:
    with pytest.raises(SearchError, match="regular expression"):
        Matcher("(", SearchOptions(regex=True))
    with pytest.raises(SearchError, match="empty"):
        Matcher("")
    with pytest.raises(SearchError, match="ignores"):
        Matcher("\u064e\u0640")


def test_the_sample_article(article_text: str) -> None:
    hits = Matcher("كوخافي", CLITICS).findall(article_text)
    assert hits and all(article_text[s:e] == "كوخافي" for s, e in hits)
    places = Matcher("المغرب", CLITICS).findall(article_text)
    assert {article_text[s:e] for s, e in places} <= {"المغرب", "لمغرب"}
    assert len(places) > len(
        Matcher("المغرب", SearchOptions(whole_word=True)).findall(article_text)
    )


# -- properties ------------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("ابتمحدلوي أإآٱىیکكةه٣3aAbİΣσς .")
    + ["\u064e", "\u0651", "\u0640", "\u200c", "\u200d", "\u200f", "\u0301", "\u05b4", "\U0001f600"]
)
TEXTS = st.text(ALPHABET, max_size=40)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, query=st.text(ALPHABET, min_size=1, max_size=4))
def test_every_plain_match_folds_to_the_query(text: str, query: str) -> None:
    if not fold(query):
        return
    for heh in (False, True):
        for s, e in Matcher(query, SearchOptions(heh=heh)).finditer(text):
            assert fold(text[s:e], heh) == fold(query, heh)
            assert not is_mark(text[s]) and (e == len(text) or not is_mark(text[e]))
            assert text[s] not in IGNORED
            text[:s].encode("utf-16-le")  # offsets are code points: nothing is cut in two


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, query=st.text(ALPHABET, min_size=1, max_size=3))
def test_plain_search_is_search_in_the_folded_copy(text: str, query: str) -> None:
    """The pattern over the stored text finds what str.find finds in the folded copy."""
    if not fold(query):
        return
    norm = normalise(text)
    expected = []
    pos = norm.text.find(fold(query))
    while pos >= 0:
        s, e = norm.span_to_original(pos, pos + len(fold(query)))
        if not is_mark(text[s]) and (e == len(text) or not is_mark(text[e])):
            expected.append((s, e))
            pos = norm.text.find(fold(query), pos + len(fold(query)))
        else:
            pos = norm.text.find(fold(query), pos + 1)
    assert [tuple(m) for m in Matcher(query).finditer(text)] == expected


@settings(max_examples=200, deadline=None)
@given(text=st.text(ALPHABET, min_size=60, max_size=120))
def test_long_and_short_texts_fold_alike(text: str) -> None:
    assert fold(text) == "".join(fold(text[i : i + 10]) for i in range(0, len(text), 10))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_the_offset_map_leads_back(text: str) -> None:
    norm = normalise(text)
    kept = [i for i, ch in enumerate(text) if ch not in IGNORED]
    assert [norm.to_original(n) for n in range(len(norm.text))] == kept
    assert all(norm.from_original(o) == n for n, o in enumerate(kept))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, query=st.text(ALPHABET, min_size=1, max_size=4), exact=st.booleans())
def test_the_byte_filter_never_drops_a_line_with_a_match(
    text: str, query: str, exact: bool
) -> None:
    if not fold(query):
        return
    matcher = Matcher(query, SearchOptions(exact=exact))
    written = [json.dumps({"id": "d", "text": text}, ensure_ascii=a) for a in (False, True)]
    written.append(re.sub(r"\\u[0-9a-f]{4}", lambda m: "\\u" + m.group()[2:].upper(), written[1]))
    for line in (w.encode() for w in written):  # raw UTF-8, \u escapes, \u with upper-case hex
        candidates = list(line_filter(matcher).lines(line, 0, len(line)))
        if matcher.findall(text):
            assert candidates == [(0, len(line))]
