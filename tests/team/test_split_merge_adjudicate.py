"""split -> annotate -> merge / adjudicate, on a real AQMAR corpus; adjudication as edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.edits import AddSpan, RelabelSpan, RemoveSpan, SetStatus
from annotator.model import Span
from annotator.storage.corpus import Corpus
from annotator.team.adjudication import disagreements, next_item, pick
from annotator.team.split import assign
from annotator.team.versions import versions_of
from tests.team.aqmar_pair import build_pair


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    a, b, _tags = build_pair(tmp_path_factory.mktemp("aqmar"))
    return a, b


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_assignment_is_deterministic_and_balanced() -> None:
    ids = [f"d{i}" for i in range(100)]
    one = assign(ids, ["sara", "omar", "lina"], 0.1, "2", seed=7)
    assert one == assign(ids, ["sara", "omar", "lina"], 0.1, "2", seed=7)
    assert one != assign(ids, ["sara", "omar", "lina"], 0.1, "2", seed=8)
    assert len(one.overlap) == 10
    given = [doc for docs in one.documents.values() for doc in docs]
    assert set(given) == set(ids) and len(given) == 90 + 2 * 10
    assert all(sum(d in docs for docs in one.documents.values()) == 2 for d in one.overlap)
    every = assign(ids, ["sara", "omar", "lina"], 0.2, "all", seed=7)
    assert all(set(every.overlap) <= set(docs) for docs in every.documents.values())
    sizes = [len(docs) for docs in every.documents.values()]
    assert max(sizes) - min(sizes) <= 1


def test_split_writes_files_lines_verbatim_and_a_manifest(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    a, _b = pair
    out = tmp_path / "out"
    code = main(["split", str(a), "--annotators", "sara,omar", "--overlap", "0.25"]
                + ["--seed", "3", "--out", str(out)])  # fmt: skip
    assert code == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    source = {json.loads(x)["id"]: x for x in a.read_text(encoding="utf-8").splitlines()}
    for name in ("sara", "omar"):
        lines = (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        ids = [json.loads(x)["id"] for x in lines]
        assert ids == manifest["documents"][name]
        assert all(source[i] == x for i, x in zip(ids, lines))
    assert len(manifest["overlap_documents"]) == round(0.25 * len(source))


def test_merge_keeps_every_version_of_a_conflict(
    pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    out = tmp_path / "merged.jsonl"
    assert main(["merge", str(a), str(b), "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    merged = _lines(out)
    assert report["documents"] == len(merged) == len(_lines(a))
    assert report["conflicted"] > 0 and report["agreed"] > 0
    assert report["agreed"] + report["conflicted"] == report["documents"]
    originals = {d["id"]: d for d in _lines(a)}
    others = {d["id"]: d for d in _lines(b)}
    for doc in merged:
        if "versions" not in doc:
            assert doc == originals[doc["id"]]
            continue
        versions = doc["versions"]
        assert set(versions) == {"sara", "omar"}
        assert versions["sara"]["spans"] == originals[doc["id"]]["spans"]
        assert versions["omar"]["spans"] == others[doc["id"]]["spans"]
        shared = {(s["start"], s["end"], s["label"]) for s in versions["sara"]["spans"]} & {
            (s["start"], s["end"], s["label"]) for s in versions["omar"]["spans"]
        }
        assert {(s["start"], s["end"], s["label"]) for s in doc["spans"]} == shared
        assert all(s["from"] == ["omar", "sara"] for s in doc["spans"])


def test_adjudicate_then_pick_as_journalled_undoable_edits(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    a, b = pair
    out = tmp_path / "adjudicate.jsonl"
    assert main(["adjudicate", str(a), str(b), "--out", str(out), "--accept-agreed"]) == 0
    corpus = Corpus.open(out)
    corpus.annotator = "judge"
    i = next(k for k in range(len(corpus)) if len(disagreements(corpus[k])) >= 2)
    doc = corpus[i]
    items = disagreements(doc)
    assert [x.start for x in items] == sorted(x.start for x in items)
    assert next_item(items, -1) == items[0] and next_item(items, items[0].start) == items[1]
    assert next_item(items, items[1].start, backwards=True) == items[0]
    before = [s.key for s in doc.spans]
    first = items[0]
    corpus.apply(i, pick(doc, first, ["omar"], by="judge"))
    chosen = {s.key for s in first.spans_of("omar")}
    assert chosen <= {s.key for s in doc.spans}
    for span in doc.spans:
        if span.key in chosen:
            assert "omar" in span.meta["from"] and span.by == "judge"
    assert disagreements(doc)[0].decided == ("omar",)
    assert corpus[i].changed is not None and corpus[i].changed[0] == "judge"
    corpus.undo()
    assert [s.key for s in doc.spans] == before and disagreements(doc)[0].decided is None
    corpus.redo()
    corpus.apply(i, pick(doc, items[1], []))  # neither
    assert disagreements(doc)[1].decided == ()
    corpus.save()
    corpus.close()
    again = Corpus.open(out)
    assert disagreements(again[i])[1].decided == () and versions_of(again[i])
    again.close()


def test_pick_both_and_agreed_spans_stay(tmp_path: Path) -> None:
    text = "زار محمد بن سلمان القاهرة"

    def rec(spans: list[Span]) -> dict:
        records = [
            {"start": s.start, "end": s.end, "label": s.label, "text": text[s.start : s.end]}
            for s in spans
        ]
        return {"spans": records, "status": "done"}

    doc = {
        "id": "d", "status": "todo", "text": text,
        "spans": [{"start": 18, "end": 25, "label": "LOC", "text": "القاهرة",
                   "from": ["a", "b"]}],
        "versions": {"a": rec([Span(4, 8, "PER"), Span(18, 25, "LOC")]),
                     "b": rec([Span(4, 17, "PER"), Span(18, 25, "LOC")])},
    }  # fmt: skip
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    corpus = Corpus.open(path, labels=None)
    corpus.schema.allow_overlap = True
    (item,) = disagreements(corpus[0])
    assert item.kind == "boundary" and item.names == ["a", "b"]
    corpus.apply(0, pick(corpus[0], item, ["a", "b"]))
    assert [s.key for s in corpus[0].spans] == [(4, 8, "PER"), (4, 17, "PER"), (18, 25, "LOC")]
    corpus.apply(0, pick(corpus[0], item, ["b"]))
    assert [s.key for s in corpus[0].spans] == [(4, 17, "PER"), (18, 25, "LOC")]
    assert corpus[0].spans[0].meta == {"from": ["b"]}
    corpus.close(discard=True)


def test_other_edits_still_work_on_adjudicated_documents(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "d", "text": "زار محمد"}, ensure_ascii=False) + "\n")
    corpus = Corpus.open(path)
    corpus.apply(0, AddSpan(Span(4, 8, "PER")))
    corpus.apply(0, RelabelSpan(Span(4, 8, "PER"), "LOC"))
    corpus.apply(0, RemoveSpan(Span(4, 8, "LOC")))
    corpus.apply(0, SetStatus("todo", "done"))
    assert disagreements(corpus[0]) == []
    corpus.close(discard=True)


def test_split_then_merge_keeps_ids_of_lines_without_one(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    texts = ["زار محمد", "وصل أحمد", "قال علي", "جاء عمر"]
    corpus.write_text(
        "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["split", str(corpus), "--annotators", "a,b", "--out", str(out)]) == 0
    merged = tmp_path / "m.jsonl"
    assert main(["merge", str(out / "a.jsonl"), str(out / "b.jsonl"), "--out", str(merged)]) == 0
    back = {d["id"]: d["text"] for d in _lines(merged)}
    assert back == {f"line-{i + 1}": t for i, t in enumerate(texts)}


def test_adjudicate_never_writes_over_an_annotators_file(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    before = a.read_bytes()
    assert main(["adjudicate", str(a), str(b), "--out", str(a)]) == 1
    assert "is one of the annotators' files" in capsys.readouterr().err
    assert a.read_bytes() == before
