"""stats --plot: the statistics drawn, with Arabic, Persian and Hebrew labels shaped and ordered."""

from __future__ import annotations

import json
import re
import unicodedata
import warnings
from html import unescape
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.commands.plot import shown
from annotator.storage.lines import read_index
from annotator.team.figures import figure, texts
from annotator.team.progress import StatsRun, team_stats
from annotator.text.visual import visual_line

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


def test_the_figure_hands_matplotlib_every_label_as_it_must_be_drawn(tmp_path: Path) -> None:
    index = read_index(_corpus(tmp_path / "c.jsonl"))
    fig = figure(team_stats(index.parse(i) for i in range(len(index))), "مجموعة")
    drawn = texts(fig)
    for label in [*LABELS, "سارة", "مجموعة"]:
        assert shown(label) in drawn, label


def test_what_matplotlib_draws_is_joined_and_right_to_left() -> None:
    """The glyphs matplotlib lays out for a label, left to right on the page: the first letter
    of the word rightmost, and Arabic letters in their joined forms, not the isolated ones."""
    from matplotlib.font_manager import FontProperties, findfont, get_font

    from annotator.team.figures import lays_out_text, load_matplotlib

    mpl = load_matplotlib()
    font = get_font(findfont(FontProperties(family=mpl.rcParams["font.family"])))
    font.set_size(12, 72)
    if not lays_out_text():  # older matplotlib: glyphs in the order of the (visual) string
        for label in LABELS:
            assert shown(label) != label
        return
    from matplotlib._text_helpers import layout

    for label in LABELS:
        glyphs = sorted(layout(shown(label), font), key=lambda item: item.x)
        assert [g.char for g in glyphs] == list(reversed(label)), label  # read right to left
        # each glyph is the form arabic-reshaper gives that letter there (a letter standing
        # alone may be drawn from its own code point or its isolated presentation form)
        for glyph, visual, base in zip(glyphs, visual_line(label), reversed(label), strict=True):
            alone = visual == base or unicodedata.decomposition(visual).startswith("<isolated>")
            assert glyph.glyph_index == font.get_char_index(ord(visual)) or (
                alone and glyph.glyph_index == font.get_char_index(ord(base))
            ), (label, base)


def _svg_texts(svg: str) -> list[str]:
    return [unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test_svg_holds_the_label_strings(tmp_path: Path) -> None:
    from annotator.team.figures import lays_out_text

    out = tmp_path / "plot.svg"
    assert main(["stats", str(_corpus(tmp_path / "c.jsonl")), "--plot", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    if not lays_out_text():  # older matplotlib: the glyphs it laid out, as paths
        assert "<text" not in svg
        return
    texts = _svg_texts(svg)
    for label in [*LABELS, "سارة"]:  # as they are: the SVG's reader lays them out
        assert label in texts, label


def test_visual_strings_for_older_matplotlib() -> None:
    """What matplotlib before 3.11 is given: letters joined by code point, in visual order."""
    assert visual_line("شخص") != "شخص"[::-1]  # Arabic: joined letter forms, not just reversed
    assert not any(c in visual_line("شخص") for c in "شخص")  # every letter in a contextual form
    assert visual_line("מקום") == "מקום"[::-1]  # Hebrew: no shaping, right-to-left order


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
