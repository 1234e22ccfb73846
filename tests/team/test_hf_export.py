"""--to hf: a Hugging Face dataset (or Parquet) loaded back and checked against the spans."""

from __future__ import annotations

import json
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest

from annotator.commands.cli import main
from annotator.text.tokenize import tokenize
from tests.team.aqmar_pair import build_pair


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    a, _b, _tags = build_pair(tmp_path_factory.mktemp("aqmar"))
    return a


def _records(path: Path) -> dict[str, dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}


def test_dataset_loads_with_class_labels_and_split(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    code = main(["convert", str(corpus), str(out), "--to", "hf", "--no-progress",
                 "-o", "split=train=0.8,dev=0.1,test=0.1", "-o", "seed=5"])  # fmt: skip
    assert code == 0
    loaded = datasets.load_from_disk(str(out))
    records = _records(corpus)
    assert set(loaded) == {"train", "dev", "test"}
    assert sum(len(loaded[s]) for s in loaded) == len(records)
    assert abs(len(loaded["train"]) - 0.8 * len(records)) <= 1
    names = loaded["train"].features["ner_tags"].feature.names
    assert names[0] == "O" and "B-PER" in names and "I-PER" in names
    seen = 0
    for split in loaded.values():
        for row in split:
            rec = records[row["id"]]
            text = rec["text"]
            tokens = tokenize(text)
            assert row["tokens"] == [text[t.start : t.end] for t in tokens]
            tags = [names[i] for i in row["ner_tags"]]
            entities = []
            for k, tag in enumerate(tags):
                if tag.startswith("B-"):
                    entities.append([tokens[k].start, tokens[k].end, tag[2:]])
                elif tag.startswith("I-"):
                    entities[-1][1] = tokens[k].end
            assert entities == [[s["start"], s["end"], s["label"]] for s in rec["spans"]]
            seen += 1
    assert seen == len(records)


def test_same_seed_same_split(corpus: Path, tmp_path: Path) -> None:
    ids = []
    for n in (1, 2):
        out = tmp_path / f"ds{n}"
        main(["convert", str(corpus), str(out), "--to", "hf", "--no-progress",
              "-o", "split=train=0.5,test=0.5", "-o", "seed=9"])  # fmt: skip
        ids.append(datasets.load_from_disk(str(out))["test"]["id"])
    assert ids[0] == ids[1]


def test_parquet_files_read_by_pyarrow(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    assert main(["convert", str(corpus), str(out), "--to", "hf", "--no-progress",
                 "-o", "parquet=1"]) == 0  # fmt: skip
    table = pq.read_table(out / "train.parquet")
    names = json.loads((out / "labels.json").read_text(encoding="utf-8"))["ner_tags"]
    assert table.num_rows == len(_records(corpus))
    assert table.column_names == ["id", "tokens", "ner_tags"]
    first = table.slice(0, 1).to_pylist()[0]
    assert all(0 <= i < len(names) for i in first["ner_tags"])
