"""The label confusion of spans (hand-worked), and agreement computed in slices from files or
from the versions a merged corpus keeps: the same figures as ``annotator agree``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.model import Span
from annotator.storage.lines import read_index
from annotator.team.agreement import PairResult, agree, compare_spans, file_run, versions_run
from annotator.team.files import read_team_file, read_team_files
from annotator.team.metrics import Fleiss
from annotator.team.tokens import token_labels
from tests.team.aqmar_pair import build_pair

TEXT = "زار محمد بن سلمان القاهرة ودمشق وعمان في أيار"
#       0123456789...: words at [0,3) [4,8) [9,11) [12,17) [18,25) [26,31) [32,36) [37,39) [40,44)


def test_label_confusion_hand_worked() -> None:
    a = [Span(4, 8, "PER"), Span(18, 25, "LOC"), Span(26, 31, "ORG"), Span(32, 36, "PER")]
    b = [Span(4, 8, "PER"), Span(18, 25, "ORG"), Span(27, 31, "ORG"), Span(40, 44, "DATE")]
    # [4,8) PER alike; [18,25) LOC against ORG (label); [26,31) ORG against [27,31) ORG
    # (boundary: still ORG meets ORG); [32,36) PER only in A; [40,44) DATE only in B
    pair = PairResult("a", "b")
    compare_spans("d1", TEXT, a, b, pair)
    assert pair.label_confusion == {
        ("PER", "PER"): 1,
        ("LOC", "ORG"): 1,
        ("ORG", "ORG"): 1,
        ("PER", None): 1,
        (None, "DATE"): 1,
    }
    # a second document, labelled alike: its spans add to the diagonal
    compare_spans("d2", TEXT, [Span(0, 3, "LOC")], [Span(0, 3, "LOC")], pair)
    # a third: one span of A overlaps two of B; it pairs with the one of the same label
    compare_spans("d3", TEXT, [Span(4, 17, "PER")], [Span(4, 8, "LOC"), Span(9, 17, "PER")], pair)
    assert pair.label_confusion[("LOC", "LOC")] == 1
    assert pair.label_confusion[("PER", "PER")] == 2
    assert pair.label_confusion[(None, "LOC")] == 1
    # every span of A is in one row, every span of B in one column
    rows = sum(n for (x, _y), n in pair.label_confusion.items() if x is not None)
    cols = sum(n for (_x, y), n in pair.label_confusion.items() if y is not None)
    assert (rows, cols) == (4 + 1 + 1, 4 + 1 + 2)
    table = pair.to_json()["confusion"]
    assert table[-1] == {"a": None, "b": "LOC", "count": 1}  # the "none" row comes last
    assert {"a": "PER", "b": None, "count": 1} in table


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """sara and omar from AQMAR, and lina: omar's file with a third of the documents missing."""
    folder = tmp_path_factory.mktemp("three")
    a, b, _tags = build_pair(folder)
    lines = b.read_text(encoding="utf-8").splitlines()
    kept = [json.loads(line) for k, line in enumerate(lines) if k % 3]
    for rec in kept[::2]:
        rec["spans"] = rec["spans"][1:]
    return [a, b, _write(folder / "lina.jsonl", kept)]


def test_a_run_in_slices_gives_what_agree_gives(three: list[Path]) -> None:
    whole = agree(three).to_json()
    run = file_run(read_team_files(three))
    steps = 0
    while not run.advance(7):
        steps += 1
        assert run.done < run.total
    assert steps > 3
    assert run.report().to_json() == whole
    assert whole["fleiss_kappa_tokens"] is not None


def test_fleiss_covers_the_documents_every_annotator_has(three: list[Path]) -> None:
    files = [read_team_file(p) for p in three]
    fleiss = Fleiss(3)
    for doc_id in files[2].ids:  # lina's documents are the ones all three have
        docs = [f.document(doc_id) for f in files]
        combos, _total = token_labels(docs[0].text, [d.spans for d in docs])
        for values, count in combos.items():
            fleiss.add(values, count)
    assert agree(three).to_json()["fleiss_kappa_tokens"] == pytest.approx(fleiss.kappa())


def test_versions_kept_in_a_corpus_give_the_same_figures(three: list[Path], tmp_path: Path) -> None:
    files = [read_team_file(p) for p in three]
    merged = []
    for doc_id in files[0].ids:
        docs = {f.name: f.document(doc_id) for f in files if doc_id in f.ids}
        first = next(iter(docs.values()))
        versions = {
            name: {"spans": [{"start": s.start, "end": s.end, "label": s.label} for s in d.spans]}
            for name, d in docs.items()
        }
        merged.append({"id": doc_id, "text": first.text, "spans": [], "versions": versions})
    merged.append({"id": "alone", "text": "نص", "spans": []})  # no versions: not counted
    index = read_index(_write(tmp_path / "merged.jsonl", merged))
    run = versions_run(index.parse, len(index))
    while not run.advance(5):
        pass
    got = run.report().to_json()
    want = agree(three).to_json()
    assert got["annotators"] == sorted(want["annotators"])
    assert got["documents"] == want["documents"]
    assert got["alpha_tokens"] == pytest.approx(want["alpha_tokens"])
    assert got["fleiss_kappa_tokens"] == pytest.approx(want["fleiss_kappa_tokens"])
    by_names = {(p["a"], p["b"]): p for p in want["pairs"]}
    for pair in got["pairs"]:  # by name: a pair of the files' order may come the other way
        expected = by_names.get((pair["a"], pair["b"])) or _swapped(by_names[pair["b"], pair["a"]])
        assert pair["labels"] == expected["labels"]
        assert sorted(map(str, pair["confusion"])) == sorted(map(str, expected["confusion"]))
        assert pair["overall"]["kappa_tokens"] == pytest.approx(expected["overall"]["kappa_tokens"])


def _swapped(pair: dict) -> dict:
    """The figures of a pair read from B's side."""
    labels = {}
    for label, c in pair["labels"].items():
        c = dict(c, n_a=c["n_b"], n_b=c["n_a"])
        c["precision_exact"], c["recall_exact"] = c["recall_exact"], c["precision_exact"]
        labels[label] = c
    confusion = [{"a": c["b"], "b": c["a"], "count": c["count"]} for c in pair["confusion"]]
    return dict(pair, labels=labels, confusion=confusion)


def test_an_unreadable_versions_record_is_skipped_and_said(tmp_path: Path) -> None:
    good = {"a": {"spans": [{"start": 0, "end": 3, "label": "LOC"}]}, "b": {"spans": []}}
    bad = {"a": {"spans": [{"start": 0, "end": 99, "label": "LOC"}]}, "b": {"spans": []}}
    index = read_index(
        _write(
            tmp_path / "m.jsonl",
            [
                {"id": "d1", "text": TEXT, "spans": [], "versions": good},
                {"id": "d2", "text": TEXT, "spans": [], "versions": bad},
            ],
        )
    )
    run = versions_run(index.parse, len(index))
    report = run.run().to_json()
    assert report["documents"] == 1 and report["annotators"] == ["a", "b"]
    assert len(run.skipped) == 1 and "document 2" in run.skipped[0]
    assert report["pairs"][0]["confusion"] == [{"a": "LOC", "b": None, "count": 1}]


def test_a_disagreement_is_located_in_the_open_corpus_only_when_its_text_is_there(
    tmp_path: Path,
) -> None:
    from annotator.storage.corpus import Corpus
    from annotator.team.locate import id_index, locate, may_hold_versions

    path = _write(
        tmp_path / "c.jsonl",
        [
            {"id": "d1", "text": TEXT, "spans": [{"start": 18, "end": 25, "label": "LOC"}]},
            {"id": "d2", "text": "نص آخر تماما", "spans": []},
        ],
    )
    corpus = Corpus.open(path, readonly=True)
    try:
        ids = id_index(corpus)
        assert ids == {"d1": 0, "d2": 1} and not may_hold_versions(corpus)
        a = {"start": 18, "end": 25, "label": "LOC", "text": TEXT[18:25]}
        b = {"start": 18, "end": 31, "label": "ORG", "text": TEXT[18:31]}
        place = locate(corpus, ids, {"document": "d1", "kind": "both", "a": a, "b": b})
        assert place is not None and (place.index, place.start, place.end) == (0, 18, 31)
        assert place.span is not None and place.span.key == (18, 25, "LOC")
        assert locate(corpus, ids, {"document": "d2", "a": a, "b": None}) is None  # other text
        assert locate(corpus, ids, {"document": "d9", "a": a, "b": None}) is None  # no such id
    finally:
        corpus.close()
