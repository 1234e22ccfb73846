"""The one span interval index (annotator.spans) against a full scan, through document edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.model import Document, Span


@st.composite
def _span_lists(draw):
    raw = draw(
        st.lists(
            st.tuples(st.integers(0, 2000), st.integers(1, 700), st.sampled_from("AB")), max_size=60
        )
    )
    return sorted({Span(s, s + n, label) for s, n, label in raw})


@settings(max_examples=150, deadline=None)
@given(
    _span_lists(),
    st.lists(st.tuples(st.integers(0, 2700), st.integers(1, 300)), min_size=1, max_size=5),
    st.integers(0, 2000),
    st.integers(1, 40),
)
def test_span_index_matches_a_full_scan_before_and_after_edits(
    spans, queries, new_start, new_len
) -> None:
    doc = Document("d", "x" * 3000, spans)

    def check() -> None:
        index = doc.index
        for start, length in queries:
            end = start + length
            assert index.overlapping(start, end) == [
                s for s in doc.spans if s.start < end and s.end > start
            ]
        assert index.at(new_start) == sorted(
            doc.spans_at(new_start), key=lambda s: (s.end - s.start, s)
        )
        after = [s for s in doc.spans if s.start > new_start]
        assert index.next_after(new_start) == (after[0] if after else None)
        before = [s for s in doc.spans if s.start < new_start]
        assert index.previous_before(new_start) == (before[-1] if before else None)
        for i, span in enumerate(doc.spans):
            assert index.neighbour(span, +1) == (
                doc.spans[i + 1] if i + 1 < len(doc.spans) else None
            )

    check()
    index = doc.index
    added = Span(new_start, new_start + new_len, "C")
    if not doc.has_span(added):
        doc.insert_span(added)
    check()
    if doc.spans:
        doc.delete_span(doc.spans[len(doc.spans) // 2])
    check()
    assert doc.index is index  # kept in step by the edits, never rebuilt
    assert index.contains(added) == (added in doc.spans)


def test_stepping_wraps_only_when_asked() -> None:
    spans = [Span(0, 3, "A"), Span(0, 5, "B"), Span(10, 12, "A")]
    doc = Document("d", "x" * 20, spans)
    index = doc.index
    assert index.step_from(None, 0, +1, wrap=False) == spans[0]  # a span at the caret counts
    assert index.step_from(spans[0], 0, +1, wrap=False) == spans[1]  # sharing a start
    assert index.step_from(spans[2], 0, +1, wrap=False) is None
    assert index.step_from(spans[2], 0, +1, wrap=True) == spans[0]
    assert index.step_from(None, 10, -1, wrap=False) == spans[1]
    assert index.step_from(spans[0], 0, -1, wrap=True) == spans[2]
    assert Document("e", "abc").index.step_from(None, 0, +1, wrap=True) is None
