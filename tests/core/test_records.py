"""Native records: reading keeps every key, writing has one fixed shape whose head a regex can read."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.errors import InputError
from annotator.model import STATUSES, Document, Span
from annotator.records import (
    LINE_HEAD,
    document_from_line,
    document_from_record,
    dumps_record,
    line_has_id,
    record_from_document,
    record_line_bytes,
)

TEXT = "زار محمد القاهرة"


def test_minimal_record_gets_a_line_based_id_and_defaults() -> None:
    doc = document_from_record({"text": TEXT}, "c.jsonl", 12)
    assert (doc.id, doc.text, doc.spans, doc.status, doc.note, doc.meta, doc.extra) == (
        "line-12",
        TEXT,
        [],
        "todo",
        "",
        {},
        {},
    )


def test_unknown_keys_are_kept_at_record_and_span_level() -> None:
    obj = {
        "id": "a",
        "text": TEXT,
        "answer": "accept",
        "_input_hash": 1,
        "meta": {"source": "x"},
        "spans": [{"start": 4, "end": 8, "label": "PER", "token_start": 1, "text": "محمد"}],
    }
    doc = document_from_record(obj, "c.jsonl", 1)
    assert doc.extra == {"answer": "accept", "_input_hash": 1}
    assert doc.spans[0].meta == {"token_start": 1}
    rec = record_from_document(doc)
    assert rec["answer"] == "accept" and rec["_input_hash"] == 1 and rec["meta"] == {"source": "x"}
    assert rec["spans"] == [
        {"start": 4, "end": 8, "label": "PER", "text": "محمد", "token_start": 1}
    ]


def test_written_shape_matches_the_documented_example() -> None:
    doc = Document("d1", TEXT, [Span(9, 16, "LOC"), Span(4, 8, "PER")], status="done")
    line = dumps_record(doc)
    assert line == (
        '{"id": "d1", "status": "done", "text": "زار محمد القاهرة", "spans": ['
        '{"start": 4, "end": 8, "label": "PER", "text": "محمد"}, '
        '{"start": 9, "end": 16, "label": "LOC", "text": "القاهرة"}], '
        '"meta": {}, "offset_unit": "codepoint"}'
    )
    assert "\n" not in line


def test_note_is_written_only_when_set() -> None:
    assert "note" not in record_from_document(Document("a", "x"))
    assert record_from_document(Document("a", "x", note="تحقق"))["note"] == "تحقق"


def test_integer_ids_are_read_as_strings() -> None:
    assert document_from_record({"id": 7, "text": "x"}, "c.jsonl", 1).id == "7"


def test_every_problem_of_a_record_is_listed() -> None:
    obj = {
        "text": TEXT,
        "status": "nope",
        "spans": [{"start": 0, "end": 99, "label": "A"}, {"start": "x", "end": 1, "label": "B"}],
    }
    with pytest.raises(InputError) as caught:
        document_from_record(obj, "c.jsonl", 3)
    assert [p.line for p in caught.value.problems] == [3, 3, 3]
    assert len(caught.value.problems) == 3


def test_invalid_json_names_the_column() -> None:
    with pytest.raises(InputError, match=r"c.jsonl:5: invalid JSON at column 10"):
        document_from_line(b'{"text": x}', "c.jsonl", 5)


def test_line_head_reads_id_and_status_of_written_lines_even_with_tricky_text() -> None:
    tricky = '", "status": "done", "x": "\\" \\\\'
    doc = Document('id "with" quotes\\', tricky, status="flagged")
    raw = record_line_bytes(doc)
    match = LINE_HEAD.match(raw)
    assert match is not None
    assert json.loads(match.group(1)) == doc.id
    assert match.group(2) == b"flagged"
    assert line_has_id(raw)
    assert not line_has_id(b'{"text": "a"}')
    assert line_has_id(b'{"text": "a", "id": "x"}')


def test_unpaired_surrogate_in_meta_is_escaped_rather_than_failing_the_save() -> None:
    doc = Document("a", "x", meta={"k": "\ud800"})
    raw = record_line_bytes(doc)
    assert raw.isascii()
    assert json.loads(raw)["meta"]["k"] == "\ud800"


_labels = st.text(alphabet="ABCPERSLOCمحمد_", min_size=1, max_size=5).filter(lambda s: s.strip())


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"),
            min_size=1,
            max_size=40,
        )
    )
    spans = set()
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        spans.add(Span(start, end, draw(_labels)))
    return Document(
        draw(st.text(min_size=1, max_size=8)),
        text,
        sorted(spans),
        status=draw(st.sampled_from(STATUSES)),
        note=draw(st.text(max_size=5)),
        meta=draw(st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)),
        extra=draw(
            st.dictionaries(
                st.sampled_from(["answer", "_hash", "tokens"]), st.text(max_size=3), max_size=2
            )
        ),
    )


@given(documents())
def test_documents_round_trip_through_a_line(doc: Document) -> None:
    raw = record_line_bytes(doc)
    assert b"\n" not in raw
    again = document_from_line(raw, "c.jsonl", 1)
    assert again == doc
    assert LINE_HEAD.match(raw) is not None
