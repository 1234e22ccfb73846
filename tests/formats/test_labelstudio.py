"""Label Studio JSON: UTF-16 offsets with emoji, config XML, kept annotations, JSON_MIN, incremental reading."""

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


def test_offsets_are_written_in_utf16_units_and_read_back_as_code_points(tmp_path: Path) -> None:
    doc = emoji_doc()
    out = tmp_path / "tasks.json"
    report = labelstudio.write([doc], out, {})
    assert (report.documents, report.spans) == (1, 4)
    [task] = json.loads(out.read_text(encoding="utf-8"))
    assert task["id"] == 7 and task["data"] == {"text": EMOJI_TEXT}
    regions = task["annotations"][0]["result"]
    for region in regions:
        value = region["value"]
        units = EMOJI_TEXT.encode("utf-16-le")
        assert units[2 * value["start"] : 2 * value["end"]].decode("utf-16-le") == value["text"]
    first = regions[0]["value"]
    assert (first["start"], first["end"]) == (
        utf16(EMOJI_TEXT, doc.spans[0].start),
        utf16(EMOJI_TEXT, doc.spans[0].end),
    )
    assert first["start"] == doc.spans[0].start + 3
    assert sorted(regions[1]["value"]["labels"]) == ["LOC", "مدينة"]  # one region, two labels
    [back] = labelstudio.read(out, {})
    assert [s.key for s in back.spans] == [s.key for s in doc.spans] and back.status == "done"


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
                            "value": {"start": 7, "end": 11, "text": "محمد", "labels": ["PER"]},
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
                            "value": {"start": 3, "end": 6, "text": "زار", "labels": ["X"]},
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
                            "value": {"start": 3, "end": 6, "text": "زار", "labels": ["Y"]},
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


def test_json_min_is_read_with_utf16_offsets() -> None:
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
    assert "surrogate pair" in by_line[3]
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
