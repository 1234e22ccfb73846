"""doccano JSONL: doccano's own sample files, every import shape, the export shape.

Also bad lines, reported with their numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.errors import InputError
from annotator.formats import doccano
from annotator.model import Document, Span
from annotator.schema import LabelSchema
from tests.conftest import DATA

SAMPLES = DATA / "format-samples" / "doccano"
FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "زار محمد القاهرة"


def keys(doc: Document) -> list[tuple[int, int, str]]:
    return [s.key for s in doc.spans]


def test_export_example_reads_and_writes_back_the_same_label_triples(tmp_path: Path) -> None:
    src = SAMPLES / "export_example.jsonl"
    docs = list(doccano.read(src, {}))
    assert [keys(d) for d in docs] == [
        [(0, 2, "ORG"), (11, 17, "MISC")],
        [(0, 15, "PERSON")],
        [(10, 15, "PERSON")],
    ]
    assert [d.span_text(d.spans[0]) for d in docs] == ["EU", "Peter Blackburn", "Obama"]
    out = tmp_path / "out.jsonl"
    report = doccano.write(docs, out, {})
    assert (report.documents, report.spans) == (3, 4)
    original = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines()]
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(w["text"], w["label"]) for w in written] == [(o["text"], o["label"]) for o in original]


def test_import_example_uses_column_data_and_column_label() -> None:
    docs = list(doccano.read(SAMPLES / "import_example.jsonl", {}))
    assert docs[0].text == "EU rejects German call to boycott British lamb."
    assert [keys(d) for d in docs] == [[(0, 2, "ORG")], [(0, 15, "PERSON")], [(10, 15, "PERSON")]]
    assert all(d.extra == {} for d in docs)


def test_relations_are_kept_and_written_back_with_the_entity_ids(tmp_path: Path) -> None:
    src = SAMPLES / "import_relation_example.jsonl"
    [doc] = doccano.read(src, {})
    assert len(doc.spans) == 4 and doc.extra["relations"][1] == {
        "from_id": 0,
        "to_id": 2,
        "type": "foundedBy",
    }
    assert [s.meta["id"] for s in doc.spans] == [0, 1, 2, 3]
    out = tmp_path / "rel.jsonl"
    doccano.write([doc], out, {})
    original = json.loads(src.read_text(encoding="utf-8"))
    written = json.loads(out.read_text(encoding="utf-8"))
    assert (
        written["entities"] == original["entities"]
        and written["relations"] == original["relations"]
    )
    [again] = doccano.read(out, {})
    assert again == doc


def test_line_without_text_is_reported_with_its_number() -> None:
    with pytest.raises(InputError) as caught:
        list(doccano.read(SAMPLES / "tests_example.jsonl", {}))
    [problem] = caught.value.problems
    assert problem.line == 3 and "no text" in problem.message


def test_overlapping_sample_keeps_spans_and_reports_the_repeat() -> None:
    warnings: list = []
    [doc] = doccano.read(SAMPLES / "tests_example_overlapping.jsonl", {"warnings": warnings})
    assert keys(doc) == [(0, 1, "LOC")] and doc.meta == {"wikiPageID": 1}
    assert [(w.line, "repeated" in w.message) for w in warnings] == [(1, True)]


def test_overlap_is_kept_and_reported_only_when_the_schema_disallows_it(tmp_path: Path) -> None:
    src = tmp_path / "o.jsonl"
    src.write_text(
        json.dumps({"text": TEXT, "label": [[0, 8, "A"], [4, 16, "B"]]}) + "\n", encoding="utf-8"
    )
    quiet: list = []
    loud: list = []
    assert keys(next(doccano.read(src, {"warnings": quiet}))) == [(0, 8, "A"), (4, 16, "B")]
    assert keys(next(doccano.read(src, {"warnings": loud, "allow_overlap": False}))) == [
        (0, 8, "A"),
        (4, 16, "B"),
    ]
    assert quiet == [] and len(loud) == 1 and "overlap" in loud[0].message
    from_schema: list = []
    list(doccano.read(src, {"warnings": from_schema, "schema": LabelSchema.default()}))
    assert LabelSchema.default().allow_overlap is False and len(from_schema) == 1


def test_offset_objects_and_configurable_keys(tmp_path: Path) -> None:
    src = tmp_path / "c.jsonl"
    rec = {
        "sentence": TEXT,
        "ents": [{"start_offset": 4, "end_offset": 8, "label": "PER", "id": 7}],
        "id": 12,
    }
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    [doc] = doccano.read(src, {"text_key": "sentence", "label_key": "ents"})
    assert doc.id == "12" and keys(doc) == [(4, 8, "PER")] and doc.span_text(doc.spans[0]) == "محمد"
    out = tmp_path / "out.jsonl"
    doccano.write([doc], out, {"shape": "label"})
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "id": 12,
        "text": TEXT,
        "label": [[4, 8, "PER"]],
    }


def test_status_note_and_meta_survive_a_round_trip(tmp_path: Path) -> None:
    doc = Document(
        "d1", TEXT, [Span(4, 8, "PER"), Span(9, 16, "LOC")], "flagged", "check", {"src": "x"}
    )
    out = tmp_path / "d.jsonl"
    doccano.write([doc], out, {})
    assert list(doccano.read(out, {})) == [doc]


def test_every_bad_line_is_reported_with_its_number_and_good_lines_still_read() -> None:
    with pytest.raises(InputError) as caught:
        list(doccano.read(FIXTURES / "doccano_bad.jsonl", {}))
    by_line = {p.line: p.message for p in caught.value.problems}
    assert sorted(by_line) == [2, 3, 4, 5, 6, 7, 8, 9, 10, 12]
    assert "invalid JSON" in by_line[2]
    assert "outside the text" in by_line[4]
    assert "reversed" in by_line[5]
    assert "integers" in by_line[6]
    assert "end_offset" in by_line[8]
    seen: list[Document] = []
    with pytest.raises(InputError):
        seen.extend(doccano.read(FIXTURES / "doccano_bad.jsonl", {}))
    assert [keys(d) for d in seen] == [[(4, 8, "PER"), (9, 16, "LOC")]]


def test_a_tool_status_we_do_not_know_survives_our_jsonl_and_goes_back(tmp_path: Path) -> None:
    from annotator.formats import jsonl  # noqa: F401  (registers the native format)
    from annotator.formats.registry import get

    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps(
            {"text": "زار محمد القاهرة", "label": [[4, 8, "PER"]], "status": "approved"},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    (doc,) = list(doccano.read(src, {}))
    assert doc.status == "todo"
    native = tmp_path / "ours.jsonl"
    get("jsonl").write([doc], native, {})
    (again,) = list(get("jsonl").read(native, {}))
    out = tmp_path / "out.jsonl"
    doccano.write([again], out, {})
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["status"] == "approved"
    assert record["label"] == [[4, 8, "PER"]]


def test_overlapping_spans_are_written_and_counted_for_doccanos_import(tmp_path: Path) -> None:
    doc = Document(
        "d", "زار محمد بن سلمان", [Span(4, 17, "PER"), Span(4, 8, "PER"), Span(9, 17, "X")]
    )
    out = tmp_path / "o.jsonl"
    report = doccano.write([doc, Document("e", "x")], out, {})
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["label"] == [
        [4, 8, "PER"],
        [4, 17, "PER"],
        [9, 17, "X"],
    ]
    assert report.summary == [
        (
            "1 span(s) in 1 document(s) overlap another: written, but doccano's import drops "
            "them unless the project allows overlapping spans"
        )
    ]
    assert report.warnings == [
        (
            "d: 1 span(s) overlap another: doccano's import drops them unless the project "
            "allows overlapping spans"
        )
    ]
