"""Span and Document validation: every span written satisfies text[start:end] == its text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.errors import AnnotatorError, SpanError
from annotator.model import OFFSET_UNIT, STATUSES, Document, Span, labels_in

TEXT = "زار «كوخافي» المغرب 🇲🇦 في 2022"


@pytest.mark.parametrize(
    ("start", "end", "label", "message"),
    [
        (3, 3, "PER", "not after its start"),
        (5, 2, "PER", "not after its start"),
        (-1, 2, "PER", "negative"),
        (0.0, 2, "PER", "must be integers"),
        (0, "2", "PER", "must be integers"),
        (True, 2, "PER", "must be integers"),
        (0, 2, "", "non-empty string"),
        (0, 2, "  ", "non-empty string"),
        (0, 2, None, "non-empty string"),
    ],
)
def test_bad_spans_are_refused(start: object, end: object, label: object, message: str) -> None:
    with pytest.raises(SpanError, match=message):
        Span(start, end, label)  # type: ignore[arg-type]


def test_span_error_is_a_value_error_and_annotator_error() -> None:
    with pytest.raises(ValueError):
        Span(2, 1, "X")
    assert issubclass(SpanError, AnnotatorError)


def test_span_text_is_sliced_from_the_document() -> None:
    start = TEXT.index("كوخافي")
    span = Span(start, start + 6, "PERS")
    assert span.text_in(TEXT) == "كوخافي"
    flag = TEXT.index("🇲🇦")
    assert Span(flag, flag + 2, "MISC").text_in(TEXT) == "🇲🇦"  # code points: a flag is two


def test_spans_order_and_meta_is_not_compared() -> None:
    a = Span(0, 3, "LOC", {"source": "model"})
    b = Span(0, 3, "LOC")
    assert a == b and hash(a) == hash(b)
    assert sorted([Span(4, 5, "B"), Span(0, 9, "Z"), Span(0, 3, "A"), Span(0, 3, "B")]) == [
        Span(0, 3, "A"),
        Span(0, 3, "B"),
        Span(0, 9, "Z"),
        Span(4, 5, "B"),
    ]


def test_overlap_and_replace_helpers() -> None:
    a = Span(0, 5, "A")
    assert a.overlaps(Span(4, 6, "B")) and not a.overlaps(Span(5, 6, "B"))
    assert a.with_label("C") == Span(0, 5, "C")
    assert a.with_range(1, 2) == Span(1, 2, "A")
    with pytest.raises(SpanError):
        a.with_range(2, 2)


def test_document_validates_spans_and_status() -> None:
    with pytest.raises(SpanError, match="ends after the text"):
        Document("d", "abc", [Span(1, 4, "X")])
    with pytest.raises(SpanError, match="unknown status"):
        Document("d", "abc", status="finished")
    with pytest.raises(SpanError, match="must be a string"):
        Document("d", b"abc")  # type: ignore[arg-type]
    assert STATUSES == ("todo", "done", "skipped", "flagged") and OFFSET_UNIT == "codepoint"


def test_document_keeps_text_exactly_and_spans_sorted() -> None:
    text = "\ufeffسطر\r\nسطر ثان\u200c  "
    doc = Document("d", text, [Span(5, 8, "B"), Span(0, 4, "A")])
    assert doc.text == text
    assert [s.label for s in doc.spans] == ["A", "B"]


def test_document_span_access() -> None:
    doc = Document("d", TEXT, [Span(0, 3, "LOC"), Span(4, 12, "PERS"), Span(5, 11, "PERS")])
    assert doc.has_span(Span(5, 11, "PERS")) and not doc.has_span(Span(5, 11, "LOC"))
    assert doc.find_span(0, 3, "LOC") is doc.spans[0]
    assert doc.find_span(0, 3, "X") is None
    assert [s.key for s in doc.overlapping(6, 7)] == [(4, 12, "PERS"), (5, 11, "PERS")]
    assert doc.overlapping(3, 4) == []
    assert [s.key for s in doc.spans_at(4)] == [(4, 12, "PERS")]
    assert doc.span_text(doc.spans[2]) == "كوخافي"


def test_insert_and_delete_keep_order_and_refuse_duplicates() -> None:
    doc = Document("d", TEXT)
    doc.insert_span(Span(4, 12, "PERS"))
    doc.insert_span(Span(0, 3, "LOC"))
    assert [s.start for s in doc.spans] == [0, 4]
    with pytest.raises(SpanError, match="already exists"):
        doc.insert_span(Span(0, 3, "LOC"))
    with pytest.raises(SpanError, match="ends after the text"):
        doc.insert_span(Span(0, len(TEXT) + 1, "LOC"))
    stored = doc.delete_span(Span(0, 3, "LOC"))
    assert stored.key == (0, 3, "LOC")
    with pytest.raises(SpanError, match="no span"):
        doc.delete_span(Span(0, 3, "LOC"))


def test_copy_and_equality() -> None:
    doc = Document("d", TEXT, [Span(0, 3, "LOC")], "done", "note", {"source": "x"}, {"extra": [1]})
    twin = doc.copy()
    assert twin == doc and twin is not doc
    twin.insert_span(Span(4, 12, "PERS"))
    assert twin != doc and len(doc.spans) == 1
    assert doc != Document(
        "d", TEXT, [Span(0, 3, "LOC")], "done", "note", {"source": "y"}, {"extra": [1]}
    )
    assert doc.__eq__("not a document") is NotImplemented


def test_labels_in_order_of_first_use() -> None:
    docs = [
        Document("a", "abcdef", [Span(0, 1, "B"), Span(2, 3, "A")]),
        Document("b", "xyz", [Span(0, 1, "C"), Span(1, 2, "B")]),
    ]
    assert labels_in(docs) == ["B", "A", "C"]


# -- overlapping/spans_at bisect: always equal to the linear scan ----------------------------------


_LEN = 40
_spans = st.builds(
    lambda start, length, label: Span(start, min(start + length, _LEN), label),
    st.integers(0, _LEN - 1),
    st.integers(1, _LEN),
    st.sampled_from("ABC"),
)
_steps = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "replace"]),
        _spans,
        st.integers(-3, _LEN + 3),
        st.integers(-3, _LEN + 3),
    ),
    max_size=30,
)


def _linear_overlapping(doc: Document, start: int, end: int) -> list[Span]:
    return [s for s in doc.spans if s.start < end and start < s.end]


@given(st.lists(_spans, max_size=12, unique_by=lambda s: s.key), _steps)
def test_overlapping_and_spans_at_match_the_linear_scan(initial: list[Span], steps: list) -> None:
    doc = Document("d", "م" * _LEN, initial)
    for action, span, a, b in steps:
        if action == "insert" and not doc.has_span(span):
            doc.insert_span(
                span
            )  # nested and overlapping spans, long ones inserted after short ones
        elif action == "delete" and doc.spans:
            doc.delete_span(doc.spans[a % len(doc.spans)])
        elif action == "replace":
            doc.spans = sorted({s.key: s for s in [*doc.spans[: a % 5], span]}.values())
        for lo, hi in ((a, b), (b, a), (a, a + 1)):
            assert doc.overlapping(lo, hi) == _linear_overlapping(doc, lo, hi)
        assert doc.spans_at(a) == [s for s in doc.spans if s.start <= a < s.end]


def test_overlapping_finds_a_long_span_that_starts_far_before() -> None:
    doc = Document("d", "م" * 1000, [Span(i, i + 2, "A") for i in range(0, 998, 3)])
    doc.insert_span(Span(1, 999, "LONG"))
    assert Span(1, 999, "LONG") in doc.spans_at(997)
    doc.delete_span(Span(1, 999, "LONG"))
    assert [s.key for s in doc.spans_at(997)] == [(996, 998, "A")]
