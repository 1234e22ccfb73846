"""Agreement checked against independent computations on real AQMAR files.

Oracles: an IOB2 chunker over the CoNLL tags (what seqeval does; seqeval itself does not
install offline) for exact span F1, scikit-learn's cohen_kappa_score for token kappa, the
``krippendorff`` package for alpha, and hand-worked examples from Krippendorff (2011) and
Fleiss (1971, as tabulated on Wikipedia).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.commands.cli import main
from annotator.model import Document, Span
from annotator.team.agreement import agree
from annotator.team.files import TeamError, read_team_file
from annotator.team.metrics import Alpha, Fleiss, cohen_kappa
from annotator.text.tokenize import tokenize
from tests.team.aqmar_pair import build_pair, chunks


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, list[list[str]]]]:
    return build_pair(tmp_path_factory.mktemp("aqmar"))


def test_exact_span_f1_matches_an_iob2_chunker(pair: tuple[Path, Path, dict]) -> None:
    a, b, tags = pair
    report = agree([a, b]).to_json()
    got = report["pairs"][0]
    assert (got["a"], got["b"]) == ("sara", "omar")
    n_a: Counter[str] = Counter()
    n_b: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for ta, tb in zip(tags["sara"], tags["omar"], strict=True):
        ca, cb = set(chunks(ta)), set(chunks(tb))
        n_a.update(c[2] for c in ca)
        n_b.update(c[2] for c in cb)
        matched.update(c[2] for c in ca & cb)
    for label in n_a | n_b:
        mine = got["labels"][label]
        assert (mine["n_a"], mine["n_b"], mine["matched_exact"]) == (
            n_a[label],
            n_b[label],
            matched[label],
        )
        assert mine["f1_exact"] == pytest.approx(2 * matched[label] / (n_a[label] + n_b[label]))
    total = sum(matched.values())
    overall = got["overall"]
    assert overall["f1_exact"] == pytest.approx(2 * total / (sum(n_a.values()) + sum(n_b.values())))
    assert overall["f1_exact"] < overall["f1_overlap"] < 1  # widened spans still overlap


def _token_labels(doc: Document) -> list[str]:
    out = []
    for start, end, _kind in tokenize(doc.text):
        label = next((s.label for s in doc.spans if s.start < end and start < s.end), "O")
        out.append(label)
    return out


def test_token_kappa_matches_scikit_learn(pair: tuple[Path, Path, dict]) -> None:
    a, b, _tags = pair
    fa, fb = read_team_file(a), read_team_file(b)
    ya: list[str] = []
    yb: list[str] = []
    for doc_id in fa.ids:
        ya += _token_labels(fa.document(doc_id))
        yb += _token_labels(fb.document(doc_id))
    overall = agree([a, b]).to_json()["pairs"][0]["overall"]
    assert overall["tokens"] == len(ya)
    assert overall["kappa_tokens"] == pytest.approx(cohen_kappa_score(ya, yb))


def _third(b: Path, folder: Path) -> Path:
    """A third annotator: omar's file without every third document, the O tokens kept."""
    out = folder / "lina.jsonl"
    lines = b.read_text(encoding="utf-8").splitlines()
    kept = [line for k, line in enumerate(lines) if k % 3]
    out.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return out


def test_alpha_matches_the_krippendorff_package_with_missing_values(
    pair: tuple[Path, Path, dict], tmp_path: Path
) -> None:
    a, b, _tags = pair
    c = _third(b, tmp_path)
    files = [read_team_file(p) for p in (a, b, c)]
    codes: dict[str, int] = {}
    rows: list[list[float]] = [[], [], []]
    for doc_id in files[0].ids:
        per = []
        for f in files:
            per.append(_token_labels(f.document(doc_id)) if doc_id in f.ids else None)
        size = len(next(p for p in per if p is not None))
        for row, labels in zip(rows, per):
            row += (
                [float(codes.setdefault(x, len(codes))) for x in labels]
                if labels is not None
                else [math.nan] * size
            )
    expected = krippendorff.alpha(reliability_data=np.array(rows), level_of_measurement="nominal")
    report = agree([a, b, c]).to_json()
    assert report["alpha_tokens"] == pytest.approx(expected)
    assert len(report["pairs"]) == 3
    assert report["fleiss_kappa_tokens"] is not None


def test_krippendorff_2011_worked_example() -> None:
    """Krippendorff, 'Computing Krippendorff's Alpha-Reliability' (2011): nominal alpha 0.743."""
    units = [
        "111", "2232", "3333", "3333", "2222", "1234", "4444", "1121", "2222", "555", "11", "3",
    ]  # fmt: skip
    alpha = Alpha()
    for unit in units:
        alpha.add(list(unit))
    assert alpha.alpha() == pytest.approx(0.743, abs=5e-4)


def test_fleiss_worked_example() -> None:
    """Fleiss (1971) as tabulated on Wikipedia: 10 subjects, 14 raters, 5 categories: 0.210."""
    table = [
        (0, 0, 0, 0, 14), (0, 2, 6, 4, 2), (0, 0, 3, 5, 6), (0, 3, 9, 2, 0), (2, 2, 8, 1, 1),
        (7, 7, 0, 0, 0), (3, 2, 6, 3, 0), (2, 5, 3, 2, 2), (6, 5, 2, 1, 0), (0, 2, 2, 3, 7),
    ]  # fmt: skip
    fleiss = Fleiss(14)
    for row in table:
        fleiss.add([str(c) for c, n in enumerate(row) for _ in range(n)])
    assert fleiss.kappa() == pytest.approx(0.2099, abs=1e-4)


def test_cohen_kappa_hand_worked() -> None:
    # 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 (Wikipedia's example): 0.4
    confusion = {("y", "y"): 20, ("y", "n"): 5, ("n", "y"): 10, ("n", "n"): 15}
    assert cohen_kappa(confusion) == pytest.approx(0.4)
    assert cohen_kappa({("O", "O"): 10}) is None


def _doc(doc_id: str, text: str, *spans: Span) -> str:
    rec = {"id": doc_id, "text": text, "spans": [s.__dict__ | {} for s in []]}
    rec["spans"] = [{"start": s.start, "end": s.end, "label": s.label} for s in spans]
    return json.dumps(rec, ensure_ascii=False)


def test_different_texts_are_an_error_naming_the_document(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(_doc("d1", "زار محمد") + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(_doc("d1", "زار أحمد") + "\n", encoding="utf-8")
    with pytest.raises(TeamError, match="'d1'"):
        agree([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])


def test_disagreements_are_classified_with_their_texts(tmp_path: Path) -> None:
    text = "زار محمد بن سلمان القاهرة ودمشق"
    a = [Span(4, 8, "PER"), Span(18, 25, "LOC"), Span(26, 31, "LOC")]
    b = [Span(4, 17, "PER"), Span(18, 25, "ORG"), Span(0, 3, "MISC")]
    (tmp_path / "a.jsonl").write_text(_doc("d", text, *a) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(_doc("d", text, *b) + "\n", encoding="utf-8")
    pair = agree([tmp_path / "a.jsonl", tmp_path / "b.jsonl"]).to_json()["pairs"][0]
    kinds = [(d["kind"], (d["a"] or d["b"])["text"]) for d in pair["disagreements"]["items"]]
    assert kinds == [
        ("only_b", "زار"),
        ("boundary", "محمد"),
        ("label", "القاهرة"),
        ("only_a", "ودمشق"),
    ]
    assert pair["labels"]["PER"]["matched_exact"] == 0
    assert pair["labels"]["PER"]["matched_overlap"] == 1


def test_cli_json_and_labels_filter(
    pair: tuple[Path, Path, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, _tags = pair
    assert main(["agree", str(a), str(b), "--json", "--labels", "PER,LOC"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["pairs"][0]["labels"]) == {"PER", "LOC"}
    for key in ("f1_exact", "f1_overlap", "kappa_tokens"):
        assert key in out["pairs"][0]["overall"]
    assert "alpha_tokens" in out
    assert main(["agree", str(a), str(b)]) == 0
    table = capsys.readouterr().out
    assert "sara" in table and "omar" in table and "kappa" in table


def test_no_tokens_keeps_the_span_measures(
    pair: tuple[Path, Path, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, _tags = pair
    assert main(["agree", str(a), str(b), "--json", "--no-tokens"]) == 0
    fast = json.loads(capsys.readouterr().out)
    full = agree([a, b]).to_json()
    assert fast["pairs"][0]["labels"] == full["pairs"][0]["labels"]
    assert fast["pairs"][0]["overall"]["kappa_tokens"] is None and fast["alpha_tokens"] is None
