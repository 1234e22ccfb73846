"""Label Studio JSON: code-point offsets with emoji, task ids, config XML, JSON_MIN, streaming."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.errors import InputError
from annotator.formats import labelstudio, streams
from annotator.formats.registry import get
from annotator.model import Document, Span
from annotator.schema import LabelSchema

FIXTURES = Path(__file__).parent / "fixtures"
EMOJI_TEXT = "😀👍🏽 زار محمد القاهرة 🇸🇦"  # three non-BMP code points (😀 👍 🏽) before محمد


def utf16(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


def emoji_doc() -> Document:
    start = EMOJI_TEXT.index("محمد")
    city = EMOJI_TEXT.index("القاهرة")
    return Document(
        "7",
        EMOJI_TEXT,
        [
            Span(start, start + 4, "PER"),
            Span(city, city + 7, "LOC"),
            Span(city, city + 7, "مدينة"),
            Span(city + 8, len(EMOJI_TEXT), "FLAG"),
        ],
    )


def test_offsets_are_code_points_as_label_studio_counts_them(tmp_path: Path) -> None:
    doc = emoji_doc()
    out = tmp_path / "tasks.json"
    report = labelstudio.write([doc], out, {})
    assert (report.documents, report.spans) == (1, 4)
    [task] = json.loads(out.read_text(encoding="utf-8"))
    assert task["id"] == 7 and task["data"] == {"text": EMOJI_TEXT}
    regions = task["annotations"][0]["result"]
    for region in regions:  # what label-studio-converter does: slice the Python string
        value = region["value"]
        assert EMOJI_TEXT[value["start"] : value["end"]] == value["text"]
    first = regions[0]["value"]
    assert (first["start"], first["end"]) == (doc.spans[0].start, doc.spans[0].end)
    assert utf16(EMOJI_TEXT, first["start"]) == first["start"] + 3  # not UTF-16 units
    assert sorted(regions[1]["value"]["labels"]) == ["LOC", "مدينة"]  # one region, two labels
    [back] = labelstudio.read(out, {})
    assert [s.key for s in back.spans] == [s.key for s in doc.spans] and back.status == "done"


def test_label_studios_own_emoji_example_reads_without_drift(tmp_path: Path) -> None:
    """ner/emoji.cy.ts in Label Studio: "test" is start 21, end 25 after a cat emoji."""
    text = "🐱 Warning: This is a test text"
    value = {"start": 21, "end": 25, "text": "test", "labels": ["Word"]}
    region = {"id": "x", "from_name": "label", "to_name": "text", "type": "labels"}
    task = {
        "id": 1,
        "data": {"text": text},
        "annotations": [{"result": [{**region, "value": value}]}],
    }
    src = tmp_path / "export.json"
    src.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    [doc] = labelstudio.read(src, {})
    assert [(doc.span_text(s), s.label) for s in doc.spans] == [("test", "Word")]
    with pytest.raises(InputError) as caught:  # the same file read as UTF-16 units drifts
        list(labelstudio.read(src, {"offsets": "utf16"}))
    assert "drift" in str(caught.value)


def test_files_counted_in_utf16_units_are_read_with_the_offsets_option(tmp_path: Path) -> None:
    start = EMOJI_TEXT.index("محمد")
    value = {"start": utf16(EMOJI_TEXT, start), "end": utf16(EMOJI_TEXT, start + 4)}
    region = {"from_name": "label", "to_name": "text", "type": "labels"}
    value |= {"text": "محمد", "labels": ["PER"]}
    task = {
        "id": 1,
        "data": {"text": EMOJI_TEXT},
        "annotations": [{"result": [{**region, "value": value}]}],
    }
    src = tmp_path / "old.json"
    src.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    [doc] = labelstudio.read(src, {"offsets": "utf16"})
    assert [s.key for s in doc.spans] == [(start, start + 4, "PER")]
    with pytest.raises(InputError) as caught:
        list(labelstudio.read(src, {}))
    assert "counted in UTF-16 units" in str(caught.value)


def test_every_task_gets_a_numeric_id_and_our_id_comes_back(tmp_path: Path) -> None:
    docs = [
        Document("AQMAR:12", "زار محمد", [Span(4, 8, "PER")]),
        Document("2", "x"),
        Document("تقرير 3", "y"),
    ]
    out = tmp_path / "tasks.json"
    labelstudio.write(docs, out, {})
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert [t["id"] for t in tasks] == [1, 2, 3]
    assert tasks[0]["data"] == {"text": "زار محمد", "annotator_id": "AQMAR:12"}
    assert "annotator_id" not in tasks[1]["data"]
    back = list(labelstudio.read(out, {}))
    assert [d.id for d in back] == ["AQMAR:12", "2", "تقرير 3"]
    assert all("data" not in d.extra for d in back)
    minimal = tmp_path / "min.json"
    get("labelstudio-min").write(docs, minimal, {})
    assert [d.id for d in labelstudio.read(minimal, {})] == ["AQMAR:12", "2", "تقرير 3"]


def test_our_id_in_task_meta_from_earlier_exports_is_still_restored(tmp_path: Path) -> None:
    task = {"id": 9, "data": {"text": "x"}, "meta": {"annotator_id": "doc-1"}}
    src = tmp_path / "old.json"
    src.write_text(json.dumps([task]), encoding="utf-8")
    [doc] = labelstudio.read(src, {})
    assert doc.id == "doc-1" and doc.meta == {}


def test_json_min_is_written_flat_and_read_back(tmp_path: Path) -> None:
    doc = emoji_doc()
    out = tmp_path / "min.json"
    report = get("labelstudio-min").write([doc], out, {})
    assert (report.documents, report.spans) == (1, 4)
    [record] = json.loads(out.read_text(encoding="utf-8"))
    assert record["id"] == 7 and record["text"] == EMOJI_TEXT
    assert set(record) == {"id", "text", "label"}
    for region in record["label"]:
        assert set(region) == {"start", "end", "text", "labels"}
        assert EMOJI_TEXT[region["start"] : region["end"]] == region["text"]
    assert not (tmp_path / "min.config.xml").exists()
    [back] = labelstudio.read(out, {})
    assert sorted(s.key for s in back.spans) == sorted(s.key for s in doc.spans)


def test_config_xml_lists_every_label_escaped_beside_the_output(tmp_path: Path) -> None:
    doc = Document("d", 'a <b> "c"', [Span(0, 1, 'say "hi" & <go>'), Span(2, 5, "شخص")])
    out = tmp_path / "export.json"
    labelstudio.write([doc], out, {})
    root = ET.fromstring((tmp_path / "export.config.xml").read_text(encoding="utf-8"))
    labels = root.find("Labels")
    assert labels is not None and labels.get("name") == "label" and labels.get("toName") == "text"
    assert [lab.get("value") for lab in labels] == ['say "hi" & <go>', "شخص"]
    assert root.find("Text").get("value") == "$text"  # type: ignore[union-attr]
    other = tmp_path / "cfg.xml"
    labelstudio.write([doc], tmp_path / "e2.json", {"config_path": other})
    assert other.exists()


def test_config_takes_schema_labels_first_with_their_colours(tmp_path: Path) -> None:
    schema = LabelSchema.default()
    labelstudio.write(
        [Document("d", "abc", [Span(0, 1, "NEW")])], tmp_path / "e.json", {"schema": schema}
    )
    root = ET.fromstring((tmp_path / "e.config.xml").read_text(encoding="utf-8"))
    found = [(lab.get("value"), lab.get("background")) for lab in root.iter("Label")]
    assert found == [(lab.name, lab.color) for lab in schema.labels] + [("NEW", None)]


def test_convert_command_puts_the_config_beside_the_real_output(tmp_path: Path) -> None:
    native = tmp_path / "corpus.jsonl"
    get("jsonl").write([emoji_doc()], native, {})
    assert main(["convert", str(native), str(tmp_path / "tasks.json")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "corpus.jsonl",
        "tasks.config.xml",
        "tasks.json",
    ]
    [back] = labelstudio.read(tmp_path / "tasks.json", {})
    assert [s.key for s in back.spans] == [s.key for s in emoji_doc().spans]


def full_export() -> list[dict]:
    text = "😀 زار محمد"
    return [
        {
            "id": 41,
            "data": {"text": text, "source": "tweet"},
            "meta": {"k": 1},
            "project": 3,
            "annotations": [
                {"id": 1, "was_cancelled": True, "result": []},
                {
                    "id": 2,
                    "completed_by": 5,
                    "result": [
                        {
                            "id": "AbC",
                            "from_name": "ner",
                            "to_name": "text",
                            "type": "labels",
                            "origin": "manual",
                            "value": {"start": 6, "end": 10, "text": "محمد", "labels": ["PER"]},
                        },
                        {
                            "id": "ch1",
                            "from_name": "sentiment",
                            "to_name": "text",
                            "type": "choices",
                            "value": {"choices": ["neg"]},
                        },
                    ],
                },
                {
                    "id": 3,
                    "result": [
                        {
                            "id": "Z",
                            "from_name": "ner",
                            "to_name": "text",
                            "type": "labels",
                            "value": {"start": 2, "end": 5, "text": "زار", "labels": ["X"]},
                        }
                    ],
                },
            ],
            "predictions": [
                {
                    "model_version": "m1",
                    "result": [
                        {
                            "id": "P",
                            "from_name": "ner",
                            "to_name": "text",
                            "type": "labels",
                            "value": {"start": 2, "end": 5, "text": "زار", "labels": ["Y"]},
                        }
                    ],
                }
            ],
        }
    ]


def test_full_export_round_trip_keeps_everything_we_do_not_model(tmp_path: Path) -> None:
    src = tmp_path / "full.json"
    src.write_text(json.dumps(full_export(), ensure_ascii=False), encoding="utf-8")
    [doc] = labelstudio.read(src, {})
    assert doc.id == "41" and doc.meta == {"k": 1} and doc.status == "done"
    assert [(s.key, doc.span_text(s)) for s in doc.spans] == [((6, 10, "PER"), "محمد")]
    out = tmp_path / "out.json"
    labelstudio.write([doc], out, {})
    assert json.loads(out.read_text(encoding="utf-8")) == full_export()
    native = tmp_path / "n.jsonl"
    get("jsonl").write([doc], native, {})
    labelstudio.write(get("jsonl").read(native, {}), out, {})
    assert json.loads(out.read_text(encoding="utf-8")) == full_export()


def test_predictions_can_be_the_source_and_cancelled_only_means_skipped(tmp_path: Path) -> None:
    src = tmp_path / "full.json"
    src.write_text(json.dumps(full_export(), ensure_ascii=False), encoding="utf-8")
    [doc] = labelstudio.read(src, {"source": "prediction"})
    assert [s.key for s in doc.spans] == [(2, 5, "Y")]
    tasks = [
        {"data": {"text": "x"}, "annotations": [{"was_cancelled": True, "result": []}]},
        {"data": {"text": "y"}, "annotations": []},
    ]
    src.write_text(json.dumps(tasks), encoding="utf-8")
    assert [d.status for d in labelstudio.read(src, {})] == ["skipped", "todo"]


def test_json_min_is_read_with_code_point_offsets() -> None:
    [doc] = labelstudio.read(FIXTURES / "labelstudio_min.json", {})
    assert doc.id == "3" and doc.status == "done"
    assert [(s.key, doc.span_text(s)) for s in doc.spans] == [
        ((0, 1, "EMOJI"), "😀"),
        ((0, 1, "X"), "😀"),
        ((6, 10, "PER"), "محمد"),
    ]
    assert doc.extra["annotation_id"] == 5


def test_reading_in_tiny_chunks_gives_the_same_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "many.json"
    docs = [
        Document(str(i), f"{i} 😀 محمد\r\n", [Span(2, 3, "E"), Span(4, 8, "PER")])
        for i in range(50)
    ]
    labelstudio.write(docs, out, {})
    whole = list(labelstudio.read(out, {}))
    monkeypatch.setattr(streams, "ARRAY_CHUNK", 3)
    assert list(labelstudio.read(out, {})) == whole
    assert [[s.key for s in d.spans] for d in whole] == [[s.key for s in d.spans] for d in docs]


def test_bad_tasks_are_reported_with_their_lines() -> None:
    with pytest.raises(InputError) as caught:
        list(labelstudio.read(FIXTURES / "labelstudio_bad.json", {}))
    by_line = {p.line: p.message for p in caught.value.problems}
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8, 9]
    assert "drift by -1" in by_line[3] and "counted in UTF-16 units" in by_line[3]
    assert "drift by +1" in by_line[4]
    assert "outside the text" in by_line[5]
    assert "reversed" in by_line[6]
    assert "labels" in by_line[7]
    assert "no text" in by_line[8]


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "empty file"),
        ('{"data": {"text": "x"}}', "expected a JSON array"),
        ('[{"data": {"text": "x"}} {"data": {"text": "y"}}]', "expected ',' or ']'"),
        ('[{"data": {"text": "x"}}', "not closed"),
    ],
)
def test_broken_arrays_are_reported(tmp_path: Path, content: str, message: str) -> None:
    src = tmp_path / "bad.json"
    src.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(labelstudio.read(src, {}))
    assert message in str(caught.value)


def test_truncated_file_names_the_line_and_keeps_the_complete_tasks() -> None:
    seen: list[Document] = []
    with pytest.raises(InputError) as caught:
        seen.extend(labelstudio.read(FIXTURES / "labelstudio_truncated.json", {}))
    assert len(seen) == 1
    [problem] = caught.value.problems
    assert "invalid JSON" in problem.message and "starting at line 3" in problem.message
