"""stats --plot: the statistics drawn, with Arabic, Persian and Hebrew labels shaped and ordered."""

from __future__ import annotations

import json
import re
import warnings
from html import unescape
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.commands.plot import shown
from annotator.storage.lines import read_index
from annotator.team.figures import figure, texts
from annotator.team.progress import StatsRun, team_stats

TEXT = "زار محمد بن سلمان القاهرة وتل أبيب"
LABELS = {"شخص": (4, 8), "مکان": (18, 25), "מקום": (26, 29)}  # Arabic, Persian, Hebrew


def _corpus(path: Path) -> Path:
    lines = []
    for i in range(6):
        who = "سارة" if i % 2 else "omar"
        spans = [
            {"start": s, "end": e, "label": label, "text": TEXT[s:e], "by": who}
            for label, (s, e) in LABELS.items()
        ][: 1 + i % 3]
        rec = {
            "id": f"d{i}", "status": "done" if i < 5 else "todo", "text": TEXT, "spans": spans,
            "meta": {}, "changed": {"by": who, "at": f"2026-11-0{1 + i}T0{i}:00:00Z"},
        }  # fmt: skip
        if i == 0:
            rec["versions"] = {
                "a": {"spans": spans, "status": "done"},
                "b": {"spans": spans[:0], "status": "done"},
            }
        lines.append(json.dumps(rec, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_team_stats_numbers(tmp_path: Path) -> None:
    index = read_index(_corpus(tmp_path / "c.jsonl"))
    stats = team_stats(index.parse(i) for i in range(len(index)))
    assert stats.documents == 6 and stats.by_status["done"] == 5
    assert [who for _t, who in stats.done_at] == ["omar", "سارة", "omar", "سارة", "omar"]
    assert stats.annotators["omar"].documents == 3 and stats.annotators["omar"].pace == 1.0
    assert sum(w.spans for w in stats.annotators.values()) == sum(stats.spans_per_document)
    assert stats.agreement_f1() == {"شخص": 0.0}


def test_stats_counted_in_slices_are_the_same(tmp_path: Path) -> None:
    index = read_index(_corpus(tmp_path / "c.jsonl"))
    whole = team_stats(index.parse(i) for i in range(len(index)))
    run = StatsRun(index.parse, len(index))
    while not run.advance(4):
        pass
    assert run.stats == whole and not run.skipped


def test_a_bad_versions_record_leaves_its_document_out(tmp_path: Path) -> None:
    path = _corpus(tmp_path / "c.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[1])
    rec["versions"] = {"a": {"spans": [], "status": "finished"}}
    lines[1] = json.dumps(rec, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    index = read_index(path)
    run = StatsRun(index.parse, len(index))
    run.advance(100)
    assert run.stats.documents == 5
    assert len(run.skipped) == 1 and "document 2" in run.skipped[0]


def test_the_figure_hands_matplotlib_shaped_visual_labels(tmp_path: Path) -> None:
    index = read_index(_corpus(tmp_path / "c.jsonl"))
    fig = figure(team_stats(index.parse(i) for i in range(len(index))), "مجموعة")
    drawn = texts(fig)
    for label in [*LABELS, "سارة", "مجموعة"]:
        assert shown(label) in drawn and label not in drawn, label


def _svg_texts(svg: str) -> list[str]:
    return [unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test_svg_holds_the_shaped_visual_label_strings(tmp_path: Path) -> None:
    out = tmp_path / "plot.svg"
    assert main(["stats", str(_corpus(tmp_path / "c.jsonl")), "--plot", str(out)]) == 0
    texts = _svg_texts(out.read_text(encoding="utf-8"))
    for label in [*LABELS, "سارة"]:
        visual = shown(label)
        assert visual in texts, label
    assert shown("شخص") != "شخص"[::-1]  # Arabic: joined letter forms, not just reversed
    assert all("\u0600" <= c <= "\u06ff" for c in "شخص")
    assert not any(c in shown("شخص") for c in "شخص")  # every letter in a contextual form
    assert shown("מקום") == "מקום"[::-1]  # Hebrew: no shaping, right-to-left order
    for logical in ("شخص", "مکان", "סארה", "سارة"):
        assert logical not in texts


def test_png_draws_every_glyph(tmp_path: Path) -> None:
    out = tmp_path / "plot.png"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert main(["stats", str(_corpus(tmp_path / "c.jsonl")), "--plot", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert not missing


def test_missing_matplotlib_is_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import builtins

    real = builtins.__import__

    def no_matplotlib(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    code = main(["stats", str(_corpus(tmp_path / "c.jsonl")), "--plot", str(tmp_path / "p.png")])
    assert code == 1
    assert "pip install 'annotator[plots]'" in capsys.readouterr().err
