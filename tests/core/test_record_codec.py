"""record_codec: msgspec reads and writes native lines as the strict reader and writer do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.errors import InputError
from annotator.formats import registry
from annotator.model import STATUSES, Document, Span
from annotator.storage.record_codec import (
    _plain,
    decode_object,
    document_from_bytes,
    json_bytes,
    loads,
    record_bytes,
)
from annotator.storage.records import document_from_line, record_line_bytes

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
TEXT = "زار محمد: الرباط"


def _outcome(read: object, raw: bytes) -> object:
    """The Document a reader gives for ``raw``, or the problems it reports."""
    try:
        return read(raw, "c.jsonl", 3)  # type: ignore[operator]
    except InputError as exc:
        return [str(p) for p in exc.problems], exc.more


def _same(raw: bytes) -> None:
    assert _outcome(document_from_bytes, raw) == _outcome(document_from_line, raw)


# Lines the strict reader refuses (or reads) for reasons msgspec alone would not see or would
# see differently: each must give the strict reader's own Document or message.
TRICKY = [
    b'{"text": "a", "text": "b"}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 1, "label": "P", "label": "Q"}]}',
    b'{"text": "a", "meta": {"k": 1, "k": 2}}',
    b'{"text": "a", "meta": {"k:": "x:y", "k:": "x"}}',
    b'{"text": "a", "meta": {"k\\u003a": 1, "k:": 2}}',
    b'{"text": "a", "meta": {"k\\u003a": 1, "j": 2}}',
    b'{"text": "a", "meta": {"x": NaN}}',
    b'{"text": "a", "meta": {"x": Infinity}}',
    b'{"text": "a", "meta": {"x": 1e400}}',
    b'{"text": "a", "meta": {"x": ' + b"9" * 4301 + b"}}",
    b'{"text": "a", "meta": {"x": ' + b"9" * 300 + b"}}",
    b'{"text": "a", "meta": ' + b"[" * 250 + b"]" * 250 + b"}",
    b'{"text": "a", "meta": ' + b"[" * 150 + b"]" * 150 + b"}",
    b'{"text": "a\\ud800"}',
    b'{"text": "a", "meta": {"k": "\\udc00"}}',
    b'{"text": "\xed\xa0\x80"}',
    b'{"text": "\xc7"}',
    b'\xef\xbb\xbf{"text": "a"}',
    b'{"text": "a"} x',
    b'{"text": "a",}',
    b'{"text": "\\u0000"}',
    b'{"id": "a\\u0000", "text": "a"}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 1, "label": "\\u0000"}]}',
    b'{"text": "a\\u003ab"}',
    b"[1, 2]",
    b'"text"',
    b'{"id": 7, "status": "done", "text": "ab", "spans": [{"start": 1, "end": 0, "label": "P"}]}',
    b'{"text": "a", "meta": {"f": 1.5e-07, "g": -0.0, "h": 1E2}}',
]


@pytest.mark.parametrize("raw", TRICKY)
def test_tricky_lines_read_as_the_strict_reader_reads_them(raw: bytes) -> None:
    _same(raw)


def test_a_duplicate_key_is_never_taken_by_the_fast_path() -> None:
    assert decode_object(b'{"a": {"b": 1, "b": 2}}') is None
    assert decode_object(b'{"a": "x:y", "a": "z"}') is None
    assert decode_object(b'{"a": "x:y", "b": "z"}') == {"a": "x:y", "b": "z"}
    with pytest.raises(InputError, match='the key "k" appears twice in meta'):
        document_from_bytes(b'{"text": "a", "meta": {"k": 1, "k": 2}}', "c.jsonl", 1)


_json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5) | st.sampled_from([2**64, -(2**63) - 1, 10**30]),
    st.floats(width=32) | st.sampled_from([1e16, 1.5e-7, 1e308]),
    st.text(max_size=3),
    st.sampled_from(["x:y", ":", "\\u003a", "\ud800"]),
)
_json = st.recursive(
    _json_leaf,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["k", "k:", "", "é"]), inner, max_size=3)
    ),
    max_leaves=5,
)


@st.composite
def lines(draw: st.DrawFn) -> bytes:
    """A JSON line near our shape, sometimes with a key given twice or odd numbers."""
    text = draw(st.sampled_from([TEXT, "a:b", "", "x"]))
    pairs: list[tuple[str, object]] = [("text", text)]
    if draw(st.booleans()):
        pairs.append(("id", draw(st.sampled_from(["d1", 5, ""]))))
    if draw(st.booleans()):
        pairs.append(("status", draw(st.sampled_from([*STATUSES, "nope"]))))
    if draw(st.booleans()) and len(text) > 2:
        pairs.append(
            ("spans", [{"start": 0, "end": 2, "label": "PER", "text": text[:2]}, draw(_json)])
        )
    for _ in range(draw(st.integers(0, 2))):
        pairs.append((draw(st.sampled_from(["meta", "extra", "text", "note"])), draw(_json)))
    body = ", ".join(
        json.dumps(k) + ": " + json.dumps(v, ensure_ascii=draw(st.booleans())) for k, v in pairs
    )
    return ("{" + body + "}").encode("utf-8", "surrogatepass")


@settings(max_examples=400)
@given(lines())
def test_any_line_reads_as_the_strict_reader_reads_it(raw: bytes) -> None:
    _same(raw)


# -- writing ------------------------------------------------------------------------


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(min_size=1, max_size=30).filter(lambda t: "\0" not in t))
    text = text.encode("utf-8", "replace").decode("utf-8", "replace")  # no lone surrogate
    spans = set()
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        meta = draw(st.none() | st.fixed_dictionaries({"by": st.text(max_size=3)}))
        spans.add(Span(start, end, draw(st.sampled_from(["PER", "LOC", "مكان"])), meta))
    return Document(
        "d1",
        text,
        sorted(spans),
        status=draw(st.sampled_from(STATUSES)),
        note=draw(st.sampled_from(["", "a note: here"])),
        meta=draw(st.dictionaries(st.text(max_size=3), _json, max_size=3)),
        extra=draw(st.dictionaries(st.sampled_from(["answer", "conll", "_x"]), _json, max_size=2)),
    )


@settings(max_examples=400)
@given(documents())
def test_written_bytes_are_the_json_writers_bytes(doc: Document) -> None:
    assert record_bytes(doc) == record_line_bytes(doc)


def test_tuples_floats_and_surrogates_are_left_to_the_json_writer() -> None:
    odd = ({"t": (1, 2)}, {"f": 1e16}, {"f": float("nan")}, {"s": "\udc80"}, {1: "x"})
    for meta in (*odd, {True: 1}, {None: 1}, {1.5: 1}, {"n": None}, {"f": 2.5}, {"f": -1e-7}):
        doc = Document("d", "a", meta=meta)  # type: ignore[dict-item]
        assert record_bytes(doc) == record_line_bytes(doc)


@pytest.mark.parametrize(
    ("folder", "fmt"),
    [("aqmar", "conll"), ("parstwiner", "conll"), ("format-samples/prodigy", "prodigy")],
)
def test_sample_corpora_are_written_byte_for_byte_as_before(folder: str, fmt: str) -> None:
    reader = registry.get(fmt).read
    assert reader is not None
    files = sorted(p for p in (DATA / folder).iterdir() if p.suffix in (".txt", ".jsonl"))
    count = 0
    for path in files[:6]:
        for doc in reader(path, {}):
            assert record_bytes(doc) == record_line_bytes(doc)
            raw = record_bytes(doc)
            assert document_from_bytes(raw, "c.jsonl", 1) == document_from_line(raw, "c.jsonl", 1)
            count += 1
    assert count > 10


# -- the interchange formats' JSON lines (doccano, Prodigy): json's leniency kept ---------------


@settings(max_examples=300)
@given(_json, st.booleans())
def test_loads_and_json_bytes_agree_with_json(value: object, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert json.dumps(loads(text)) == json.dumps(json.loads(text))
    data = json_bytes(value)
    if data is not None:
        assert data == json.dumps(value, ensure_ascii=False).encode("utf-8")


def test_loads_keeps_jsons_leniency_and_errors() -> None:
    assert loads('{"a": 1, "a": 2}') == {"a": 2}
    assert loads('{"a": NaN}')["a"] != loads('{"a": NaN}')["a"]  # NaN, as json reads it
    assert loads('{"a": 1e400}') == {"a": float("inf")}
    with pytest.raises(json.JSONDecodeError, match="Expecting ',' delimiter"):
        loads('{"a": 1 "b": 2}')


def _plain_reference(value: object) -> bool:
    if isinstance(value, dict) and type(value) is dict:
        return all(type(k) is str and _plain_reference(v) for k, v in value.items())
    if type(value) is list:
        return all(_plain_reference(v) for v in value)
    return type(value) in (str, int, bool, type(None))


_tables = st.lists(st.lists(_json_leaf, max_size=3) | st.dictionaries(st.text(max_size=2), _json))


@settings(max_examples=300)
@given(_json | _tables | st.lists(st.tuples(st.integers()), max_size=2))
def test_plain_is_the_recursive_check(value: object) -> None:
    """The tables and lists of flat objects checked at once give the walk's answer."""
    assert _plain(value) == _plain_reference(value)
