"""validate and stats count from typed msgspec Structs only where the full reader agrees.

record_counts.counted_from_bytes must give a Counted only for a line that
records.document_from_line reads without a problem, with that Document's status, text and
spans (in order); and the commands must print the same whether it is used or not.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import get_args, get_type_hints

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.commands.cli import main
from annotator.errors import InputError
from annotator.model import OFFSET_UNIT, STATUSES, Document, Span
from annotator.storage import record_counts, stream
from annotator.storage.record_codec import record_bytes
from annotator.storage.record_counts import counted_from_bytes
from annotator.storage.records import document_from_line
from tests.core.test_record_codec import TEXT, TRICKY, _json, lines


def _agree(raw: bytes) -> bool:
    """True when the fast path took the line; fails when it took one it must not."""
    counted = counted_from_bytes(raw)
    if counted is None:
        return False
    try:
        doc = document_from_line(raw, "c.jsonl", 3)
    except InputError as exc:  # pragma: no cover - the failure this test is for
        raise AssertionError(f"fast path took a bad line {raw!r}: {exc}") from None
    assert (counted.status, counted.text) == (doc.status, doc.text)
    assert [(s.start, s.end, s.label) for s in counted.spans] == [s.key for s in doc.spans]
    return True


_SPAN = b'{"start": 0, "end": 2, "label": "P"}'
MORE_TRICKY = [
    b'{"text": "ab", "spans": [{"start": 0, "start": 0, "end": 2, "label": "P"}]}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 1, "label": "P", "by": {"x": 1}}]}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 1, "label": "P", "by": null}], "by": "a"}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 1, "label": "P", "origin": "model"}]}',
    b'{"text": "ab", "spans": [{"start": 1, "end": 2, "label": "P"}, ' + _SPAN + b"]}",
    b'{"text": "ab", "spans": [' + _SPAN + b", " + _SPAN + b"]}",
    b'{"text": "ab", "spans": [{"start": 0, "end": 2, "label": "P", "text": "ax"}]}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 2, "label": "P", "text": 5}]}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 2, "label": "P", "text": "ab"}]}',
    b'{"text": "ab", "spans": [{"start": true, "end": 2, "label": "P"}]}',
    b'{"text": "ab", "spans": [{"start": 0.0, "end": 2, "label": "P"}]}',
    b'{"text": "ab", "spans": [{"start": -1, "end": 2, "label": "P"}]}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 3, "label": "P"}]}',
    b'{"text": "ab", "spans": [{"start": 1, "end": 1, "label": "P"}]}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 2, "label": " "}]}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 2, "label": "\\ud800"}]}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 2, "label": "\\u0050"}]}',
    b'{"text": "ab", "spans": [{"start": 0, "end": 2}]}',
    b'{"text": "ab", "spans": [1]}',
    b'{"text": "ab", "spans": {}}',
    b'{"text": "ab", "spans": null, "note": null, "meta": null}',
    b'{"text": "ab", "id": ""}',
    b'{"text": "ab", "id": true}',
    b'{"text": "ab", "id": -7}',
    b'{"text": "ab", "id": ' + b"9" * 40 + b"}",
    b'{"text": "ab", "id": "a\\u0000"}',
    b'{"text": "ab", "id": "\\ud800"}',
    b'{"text": "ab", "note": "\\udfff"}',
    b'{"text": "ab", "note": 3}',
    b'{"text": "ab", "status": "nope"}',
    b'{"text": "ab", "status": "done", "status": "todo"}',
    b'{"text": "ab", "offset_unit": "utf16"}',
    b'{"text": "ab", "offset_unit": "codepoint"}',
    b'{"text": "ab", "meta": []}',
    b'{"text": "ab", "meta": {"a": {"b": [1, {"c": null}]}, "x:y": "1:2"}}',
    b'{"text": "ab", "meta": {"a\\u003a": 1, "a": 1, "a": 2}}',
    b'{"text": "ab", "suggestions": []}',
    b'{"text": "ab", "suggestions": null}',
    b'{"text": "ab", "answer": "accept"}',
    b'{"text": "ab", "by": 5}',
    b'{"text": 5}',
    b'{"spans": []}',
    b'{"text": "a\\"b:", "spans": [{"start": 1, "end": 3, "label": "Q:", "text": "\\"b"}]}',
    b'{"text": "ab", "meta": {"k": ' + b"[" * 199 + b"]" * 199 + b"}}",
    b'{"text": "ab", "meta": {"k": ' + b"[" * 198 + b"]" * 198 + b"}}",
    b'{"\\u0074ext": "ab"}',
    b'{"text": "ab"}\r',
    b"",
    b"null",
]


@pytest.mark.parametrize("raw", TRICKY + MORE_TRICKY)
def test_tricky_lines_are_counted_only_when_the_full_reader_reads_them(raw: bytes) -> None:
    _agree(raw)


def test_the_fast_path_takes_our_lines_and_other_tools_lines() -> None:
    for raw in (
        b'{"text": "ab"}',
        (
            b'{"id": "d", "status": "done", "text": "a:b", "spans": [{"start": 0, "end": 2, '
            b'"label": "P", "text": "a:"}, {"start": 0, "end": 3, "label": "P", "by": "x"}], '
            b'"meta": {"n": 1, "s": "x:y"}, "offset_unit": "codepoint"}'
        ),
        (
            b'{"spans": [{"label": "P", "end": 2, "start": 1}], "meta": {}, "text": "abc", '
            b'"status": "skipped"}'
        ),
        b'{"text": "\\"quoted\\" \\u00e9", "by": "ann"}',
    ):
        assert _agree(raw), raw
    for raw in (b'{"text": "a", "text": "a"}', b'{"text": "a", "meta": {"k": 1, "k": 1}}'):
        assert counted_from_bytes(raw) is None


_span_value = st.fixed_dictionaries(
    {"start": st.integers(-1, 5), "end": st.integers(0, 6), "label": st.sampled_from(["P", "Q:"])},
    optional={
        "text": st.sampled_from(["ab", "a", ":", "b", 3]),
        "by": st.sampled_from([None, "x", 1]),
        "extra": st.none(),
    },
)


@st.composite
def record_lines(draw: st.DrawFn) -> bytes:
    """Records of our shape and near it: spans in any order, duplicate or odd keys."""
    text = draw(st.sampled_from(["ab:c", "abcde", TEXT, "a\\"]))
    pairs: list[tuple[str, object]] = [("text", text)]
    for key, values in (
        ("id", st.sampled_from(["d1", 4, "", "x:y"])),
        ("status", st.sampled_from([*STATUSES, "nope"])),
        ("spans", st.lists(_span_value, max_size=4) | st.none()),
        ("note", st.sampled_from(["", None, "n:", 1])),
        ("meta", st.dictionaries(st.sampled_from(["k", "k:", "by"]), _json, max_size=2)),
        ("offset_unit", st.sampled_from(["codepoint", "byte"])),
        ("by", st.sampled_from(["ann", None, 2])),
    ):
        if draw(st.booleans()):
            pairs.append((key, draw(values)))
    if draw(st.integers(0, 5)) == 0:  # now and then a key twice, or one we do not know
        pairs.append((draw(st.sampled_from(["text", "meta", "status", "conll"])), draw(_json)))
    pairs = draw(st.permutations(pairs))
    ascii_only = draw(st.booleans())
    body = ", ".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=ascii_only)}" for k, v in pairs)
    return ("{" + body + "}").encode("utf-8", "surrogatepass")


@settings(max_examples=500)
@given(record_lines())
def test_any_record_is_counted_only_as_the_full_reader_reads_it(raw: bytes) -> None:
    _agree(raw)


@settings(max_examples=200)
@given(lines())
def test_any_line_is_counted_only_as_the_full_reader_reads_it(raw: bytes) -> None:
    _agree(raw)


@settings(max_examples=200)
@given(st.text(min_size=1, max_size=12), st.data())
def test_documents_we_write_take_the_fast_path(text: str, data: st.DataObject) -> None:
    text = text.replace("\0", "").encode("utf-8", "replace").decode("utf-8") or "x"
    spans = set()
    for _ in range(data.draw(st.integers(0, 3))):
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        author = data.draw(st.sampled_from([None, {"by": "ann"}, {"by": "b:c"}]))
        spans.add(Span(start, end, data.draw(st.sampled_from(["PER", "مكان"])), author))
    doc = Document("d:1", text, sorted(spans), meta={"source": "x", "n": 2})
    assert _agree(record_bytes(doc))


# -- the commands print the same with and without the fast path ----------------------------


def _run(args: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue() + err.getvalue()


def _mixed_corpus(path: Path) -> Path:
    docs = [
        Document(f"d{i}", f"زار محمد {i}: الرباط", [Span(4, 8, "PER"), Span(10, 15, "LOC")])
        for i in range(30)
    ]
    lines = [record_bytes(d) for d in docs]
    lines[3] = b'{"text": "ab", "spans": [{"start": 0, "end": 9, "label": "P"}]}'
    lines[7] = b'{"text": "ab", "meta": {"k": 1, "k": 2}}'
    lines[9] = b'{"text": "ab", "spans": [{"start": 1, "end": 2, "label": "Q"}, ' + _SPAN + b"]}"
    lines[12] = b'{"text": "ab", "status": "done", "answer": 1, "spans": [' + _SPAN + b"]}"
    lines[15] = b'{"text": "ab", "spans": [{"start": 0, "end": 1, "label": "ORG"}]}'
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["validate", "--labels", "SCHEMA"],
        ["validate", "--skip-bad"],
        ["stats"],
        ["stats", "--json", "--top", "3"],
    ],
)
@pytest.mark.parametrize("bad", [True, False])
def test_commands_print_the_same_with_or_without_the_fast_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], bad: bool
) -> None:
    path = _mixed_corpus(tmp_path / "c.jsonl")
    if not bad:  # only the lines the full reader reads cleanly
        kept = [raw for n, raw in enumerate(path.read_bytes().splitlines()) if n not in (3, 7)]
        path.write_bytes(b"\n".join(kept) + b"\n")
    schema = tmp_path / "labels.toml"
    schema.write_text(
        '[[labels]]\nname = "PER"\ncolor = "#ff0000"\nhotkey = "1"\n'
        '[[labels]]\nname = "LOC"\ncolor = "#3366cc"\nhotkey = "2"\n',
        encoding="utf-8",
    )
    argv = [schema.as_posix() if a == "SCHEMA" else a for a in args] + [str(path)]
    taken: list[object] = []

    def spy(raw: bytes) -> object:
        counted = counted_from_bytes(raw)
        if counted is not None:
            taken.append(counted)
        return counted

    with monkeypatch.context() as m:
        m.setattr(stream, "counted_from_bytes", spy)
        fast = _run(argv)
    assert ("documents" in fast[1] or "c.jsonl:4:" in fast[1]) and len(taken) >= 20
    with monkeypatch.context() as m:
        m.setattr(stream, "counted_from_bytes", lambda raw: None)
        full = _run(argv)
    assert fast == full
    if bad and args[0] == "validate" and "--skip-bad" not in args:
        assert fast[0] == 1 and "c.jsonl:4: span 1" in fast[1] and "twice" in fast[1]


def test_the_decoder_knows_the_models_statuses_and_unit() -> None:
    assert get_args(record_counts._Status) == STATUSES
    unit = get_type_hints(record_counts._Record)["offset_unit"]
    assert get_args(get_args(unit)[0]) == (OFFSET_UNIT,)
