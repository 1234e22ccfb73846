"""Edits as values: apply then inverse restores the document exactly; JSON round trip.

Also the replacement of overlapping spans.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.edits import (
    AddSpan,
    Edit,
    RelabelSpan,
    RemoveSpan,
    ResizeSpan,
    SetNote,
    SetStatus,
    edit_from_json,
)
from annotator.errors import SpanError
from annotator.model import STATUSES, Document, Span
from annotator.span_rules import add_span

LABELS = ["PERS", "ORG", "LOC", "مكان"]
TEXT_PIECES = st.sampled_from(
    ["ب", "ال", "\u064e", "a", " ", "،", "😀", "🇲🇦", "\r\n", "\u200c", "«", "1"]
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = "".join(draw(st.lists(TEXT_PIECES, min_size=1, max_size=30)))
    spans: dict[tuple[int, int, str], Span] = {}
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        span = Span(
            start, end, draw(st.sampled_from(LABELS)), draw(st.sampled_from([None, {"score": 0.5}]))
        )
        spans[span.key] = span
    return Document(
        "doc-1",
        text,
        list(spans.values()),
        draw(st.sampled_from(STATUSES)),
        draw(st.text(max_size=5)),
        {"source": "test"},
        {"answer": "accept"},
    )


def random_edit(data: st.DataObject, doc: Document) -> Edit:
    n = len(doc.text)
    kinds = ["add", "status", "note"] + (["remove", "relabel", "resize"] if doc.spans else [])
    kind = data.draw(st.sampled_from(kinds))
    if kind == "add":
        start = data.draw(st.integers(0, n - 1))
        span = Span(start, data.draw(st.integers(start + 1, n)), data.draw(st.sampled_from(LABELS)))
        return add_span(
            doc, span, allow_overlap=data.draw(st.booleans()) and not doc.has_span(span)
        )
    if kind == "status":
        return SetStatus(doc.status, data.draw(st.sampled_from(STATUSES)))
    if kind == "note":
        return SetNote(doc.note, data.draw(st.text(max_size=8)))
    span = data.draw(st.sampled_from(doc.spans))
    if kind == "remove":
        return RemoveSpan(span)
    if kind == "relabel":
        return RelabelSpan(span, data.draw(st.sampled_from(LABELS)))
    start = data.draw(st.integers(0, n - 1))
    return ResizeSpan(span, start, data.draw(st.integers(start + 1, n)))


def round_trip(edit: Edit) -> Edit:
    return edit_from_json(json.loads(json.dumps(edit.to_json(), ensure_ascii=False)))


@settings(max_examples=120, deadline=None)
@given(documents(), st.data())
def test_random_edit_sequences_undo_exactly(doc: Document, data: st.DataObject) -> None:
    original = doc.copy()
    applied: list[Edit] = []
    for _ in range(data.draw(st.integers(1, 12))):
        edit = random_edit(data, doc)
        before = doc.copy()
        try:
            edit.apply(doc)
        except SpanError:
            assert doc == before  # a refused edit changes nothing
            continue
        assert all(s.end <= len(doc.text) for s in doc.spans)
        assert doc.spans == sorted(doc.spans)
        rebuilt = round_trip(edit)
        assert rebuilt == edit and rebuilt.describe() == edit.describe()
        replayed = before.copy()
        rebuilt.apply(replayed)  # what journal replay does
        assert replayed == doc
        single = doc.copy()
        edit.inverse().apply(single)
        assert single == before
        assert round_trip(edit.inverse()) == edit.inverse()
        applied.append(edit)
    for edit in reversed(applied):
        edit.inverse().apply(doc)
    assert doc == original
    assert [s.meta for s in doc.spans] == [s.meta for s in original.spans]  # meta comes back too


def test_add_without_overlap_replaces_in_one_edit() -> None:
    text = "زار الملك محمد الخامس الرباط"
    doc = Document("d", text, [Span(4, 9, "PERS"), Span(10, 14, "PERS"), Span(22, 28, "LOC")])
    before = doc.copy()
    edit = add_span(doc, Span(4, 21, "PERS"), allow_overlap=False)
    assert [s.key for s in edit.replaced] == [(4, 9, "PERS"), (10, 14, "PERS")]
    edit.apply(doc)
    assert [s.key for s in doc.spans] == [(4, 21, "PERS"), (22, 28, "LOC")]
    assert "replacing 2" in edit.describe()
    edit.inverse().apply(doc)
    assert doc == before


def test_add_with_overlap_keeps_others_and_refuses_duplicates() -> None:
    doc = Document("d", "abcdefgh", [Span(0, 4, "A")])
    edit = add_span(doc, Span(2, 6, "B"), allow_overlap=True)
    assert edit.replaced == ()
    edit.apply(doc)
    assert len(doc.spans) == 2
    with pytest.raises(SpanError, match="already exists"):
        add_span(doc, Span(2, 6, "B"), allow_overlap=True)
    with pytest.raises(SpanError, match="ends after the text"):
        add_span(doc, Span(2, 60, "B"), allow_overlap=False)


def test_readding_the_same_span_without_overlap_is_reversible() -> None:
    doc = Document("d", "abcdef", [Span(0, 3, "A", {"k": 1})])
    before = doc.copy()
    edit = add_span(doc, Span(0, 3, "A"), allow_overlap=False)
    edit.apply(doc)
    edit.inverse().apply(doc)
    assert doc == before and doc.spans[0].meta == {"k": 1}


def test_stale_edits_are_refused_without_change() -> None:
    doc = Document("d", "abcdef", [Span(0, 3, "A"), Span(0, 3, "B")], status="todo", note="n")
    before = doc.copy()
    for edit in [
        RelabelSpan(Span(0, 3, "A"), "B"),
        RemoveSpan(Span(1, 2, "A")),
        ResizeSpan(Span(0, 3, "A"), 0, 9),
        SetStatus("done", "todo"),
        SetNote("other", "x"),
        AddSpan(Span(1, 2, "A"), (Span(4, 5, "Z"),)),
    ]:
        with pytest.raises(SpanError):
            edit.apply(doc)
        assert doc == before


def test_invalid_edits_cannot_be_built() -> None:
    with pytest.raises(SpanError):
        SetStatus("todo", "finished")
    with pytest.raises(SpanError):
        RelabelSpan(Span(0, 1, "A"), "")
    with pytest.raises(SpanError):
        ResizeSpan(Span(0, 1, "A"), 3, 2)
    with pytest.raises(SpanError, match="unknown edit kind"):
        edit_from_json({"kind": "explode"})


def test_json_is_plain_and_keeps_span_meta() -> None:
    edit = RelabelSpan(Span(0, 3, "PERS", {"source": "مودل"}), "ORG")
    data = edit.to_json()
    assert data == {
        "kind": "relabel",
        "span": {"start": 0, "end": 3, "label": "PERS", "meta": {"source": "مودل"}},
        "label": "ORG",
    }
    assert round_trip(edit).span.meta == {"source": "مودل"}


def test_every_span_edit_reports_its_label_changes() -> None:
    def delta(edit, spans):
        return edit.apply(Document("d", "abcdef", list(spans))).label_delta()

    a, b = Span(0, 2, "LOC"), Span(1, 3, "PERS")
    assert delta(AddSpan(b, (a,)), [a]) == {"PERS": 1, "LOC": -1}
    assert delta(AddSpan(b, (a,)).inverse(), [b]) == {"PERS": -1, "LOC": 1}
    assert delta(RemoveSpan(a), [a]) == {"LOC": -1}
    assert delta(RelabelSpan(a, "ORG"), [a]) == {"LOC": -1, "ORG": 1}
    assert delta(ResizeSpan(a, 0, 3), [a]) == {}
