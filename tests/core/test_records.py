"""Native records: reading keeps every key, writing has one fixed shape whose head a regex reads."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.errors import InputError
from annotator.model import STATUSES, Document, Span
from annotator.storage.records import (
    LINE_HEAD,
    _fast_fields,
    _record_problems,
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


# What a document's text, id and note may hold: no lone surrogate, no NUL (meta may).
_WRITABLE = st.characters(blacklist_categories=("Cs",), blacklist_characters="\0")


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(alphabet=_WRITABLE, min_size=1, max_size=40))
    spans = set()
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        spans.add(Span(start, end, draw(_labels)))
    return Document(
        draw(st.text(alphabet=_WRITABLE, min_size=1, max_size=8)),
        text,
        sorted(spans),
        status=draw(st.sampled_from(STATUSES)),
        note=draw(st.text(alphabet=_WRITABLE, max_size=5)),
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


# -- the fast path for well-formed records accepts exactly what the general path accepts -----------


_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 30),
    st.floats(allow_nan=False),
    st.text(max_size=4),
    st.lists(st.integers(0, 3), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)
_span_dicts = st.one_of(
    st.fixed_dictionaries(
        {
            "start": st.integers(-1, 12),
            "end": st.integers(-1, 12),
            "label": st.sampled_from(["PER", "LOC", " ", ""]),
        },
        optional={"text": st.sampled_from(["زار", "محمد", "", "ر م"]), "extra": _values},
    ),
    _values,
)


@st.composite
def loose_records(draw: st.DrawFn) -> dict[str, object]:
    text = draw(st.sampled_from([TEXT, "زار م\0", "a\ud800b", "", "مح\r\nمد"]) | _values)
    obj: dict[str, object] = {"text": text} if draw(st.booleans()) else {}
    optional = {
        "id": st.text(max_size=3) | _values,
        "status": st.sampled_from([*STATUSES, "nope"]) | _values,
        "note": _values,
        "meta": _values,
        "offset_unit": st.sampled_from(["codepoint", "utf16"]) | _values,
        "spans": st.lists(_span_dicts, max_size=4) | _values,
        "answer": _values,
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            obj[key] = draw(strategy)
    if isinstance(text, str) and text and draw(st.booleans()):  # often a valid, sorted span list
        ends = sorted(draw(st.sets(st.integers(1, len(text)), max_size=3)))
        obj["spans"] = [
            {"start": e - 1, "end": e, "label": "PER", "text": text[e - 1 : e]} for e in ends
        ]
    return obj


@given(loose_records())
def test_fast_path_agrees_with_the_general_checks(obj: dict[str, object]) -> None:
    fast = _fast_fields(obj, 7)
    slow, problems = _record_problems(obj, 7)
    if fast is None:
        return  # the general path decides (it is what ran before the fast path existed)
    assert problems == []
    assert [(s.key, s.meta) for s in fast["spans"]] == [(s.key, s.meta) for s in slow["spans"]]
    assert {k: v for k, v in fast.items() if k != "spans"} == {
        k: v for k, v in slow.items() if k != "spans"
    }


@given(documents())
def test_written_records_take_the_fast_path(doc: Document) -> None:
    record = json.loads(record_line_bytes(doc))
    fast = _fast_fields(record, 1)
    assert fast is not None and [s.key for s in fast["spans"]] == [s.key for s in doc.spans]


def test_fast_and_general_paths_give_equal_documents_from_a_line() -> None:
    doc = Document("d", TEXT, [Span(4, 8, "PER"), Span(9, 16, "LOC")], status="done", meta={"k": 1})
    raw = record_line_bytes(doc)
    assert document_from_line(raw, "c.jsonl", 1) == doc
    unsorted = json.loads(raw)
    unsorted["spans"].reverse()  # the general path sorts
    assert document_from_record(unsorted, "c.jsonl", 1) == doc
    assert (
        document_from_line(raw.decode("utf-8"), "c.jsonl", 1) == doc
    )  # decoded text is accepted too


def test_line_checks_survive_the_fast_path() -> None:
    with pytest.raises(
        InputError, match=r"c.jsonl:2: not valid UTF-8: byte 0xC7 at column 11.*--encoding cp1256"
    ):
        document_from_line(b'{"text": "\xc7"}', "c.jsonl", 2)
    with pytest.raises(
        InputError, match="not valid UTF-8: byte 0xED"
    ):  # an encoded surrogate is not UTF-8
        document_from_line(b'{"text": "\xed\xa0\x80"}', "c.jsonl", 2)
    with pytest.raises(InputError, match="unpaired surrogate U\\+D800"):
        document_from_line(b'{"text": "a\\ud800"}', "c.jsonl", 2)
    with pytest.raises(InputError, match="span 2 \\[4, 8\\) PER is a duplicate"):
        document_from_line(
            '{"text": "زار محمد", "spans": [{"start": 4, "end": 8, "label": "PER"}, '
            '{"start": 4, "end": 8, "label": "PER"}]}'.encode(),
            "c.jsonl",
            2,
        )
    assert (
        document_from_line(b'\xef\xbb\xbf{"text": "a"}', "c.jsonl", 3).text == "a"
    )  # a stray BOM, as before


def test_a_raw_surrogate_in_decoded_text_is_still_refused() -> None:
    with pytest.raises(InputError, match="unpaired surrogate U\\+DC80"):
        document_from_line('{"text": "a\udc80"}', "c.jsonl", 4)
