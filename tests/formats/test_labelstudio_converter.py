"""Our Label Studio export read by Label Studio's own converter (label-studio-converter)."""

from __future__ import annotations

import json
from pathlib import Path

import label_studio_converter as converter  # the test extra installs it

from annotator.commands.cli import main
from annotator.formats.registry import get
from annotator.model import Document, Span

TEXT = "😀 زار محمد مصر والمغرب 🇲🇦 اليوم"


def arabic_doc() -> Document:
    per = TEXT.index("محمد")
    egypt = TEXT.index("مصر")
    morocco = TEXT.index("المغرب")  # the clitic و left out: the span cuts the token والمغرب
    return Document(
        "tweets:12",
        TEXT,
        [
            Span(per, per + 4, "PER"),
            Span(egypt, egypt + 3, "LOC"),
            Span(morocco, morocco + 6, "LOC"),
        ],
    )


def _export(tmp_path: Path) -> tuple[Path, Path]:
    native = tmp_path / "corpus.jsonl"
    get("jsonl").write([arabic_doc()], native, {})
    tasks = tmp_path / "tasks.json"
    assert main(["convert", str(native), str(tasks), "--no-progress"]) == 0
    return tasks, tmp_path / "tasks.config.xml"


def test_label_studio_converter_reads_every_entity_where_we_put_it(tmp_path: Path) -> None:
    tasks, config = _export(tmp_path)
    out = tmp_path / "min"
    converter.Converter(config=str(config), project_dir=str(tmp_path)).convert_to_json_min(
        str(tasks), str(out), is_dir=False
    )
    [record] = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert record["id"] == 1 and record["annotator_id"] == "tweets:12"
    found = sorted((r["start"], r["end"], r["text"], r["labels"][0]) for r in record["label"])
    assert found == sorted(
        (s.start, s.end, TEXT[s.start : s.end], s.label) for s in arabic_doc().spans
    )
    for region in record["label"]:  # the converter's Python slicing gives the same text
        assert record["text"][region["start"] : region["end"]] == region["text"]
    # ... and our reader takes the converter's JSON_MIN back with the same spans
    [back] = get("labelstudio").read(out / "result.json", {})
    assert [s.key for s in back.spans] == [s.key for s in arabic_doc().spans]
    assert back.id == "tweets:12"


def test_label_studio_converter_conll_tags_the_right_tokens_after_an_emoji(tmp_path: Path) -> None:
    tasks, config = _export(tmp_path)
    out = tmp_path / "conll"
    converter.Converter(config=str(config), project_dir=str(tmp_path)).convert_to_conll2003(
        str(tasks), str(out), is_dir=False
    )
    lines = (out / "result.conll").read_text(encoding="utf-8").splitlines()
    tags = {ln.split(" ")[0]: ln.split(" ")[-1] for ln in lines[1:] if ln}
    assert tags["محمد"] == "B-PER" and tags["مصر"] == "B-LOC"
    assert tags["زار"] == tags["اليوم"] == "O"
    # Its English tokenizer keeps the clitic attached and tags the whole token (FORMATS.md):
    assert tags["والمغرب"] == "B-LOC"
