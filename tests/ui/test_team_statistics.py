"""View > Statistics… through the real window: the figures of stats --plot with Arabic, Persian
and Hebrew labels as matplotlib must be given them, Save as PNG / SVG, no matplotlib, Cancel."""

from __future__ import annotations

import builtins
import re
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annotator.team.figures import shown, texts
from tests.team.test_plot import LABELS, _corpus
from tests.ui.test_main_window import open_window
from ui.main_window import MainWindow
from ui.slices import SlicedRun
from ui.statistics_dialog import StatisticsDialog


def _statistics(qtbot, window: MainWindow) -> StatisticsDialog:
    action = window.actions_by_id["annotator.view.statistics"]
    window.team.statistics = None
    action.trigger()
    dialog = window.team.statistics
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.stats is not None and not dialog.runner.running, timeout=20000)
    return dialog


def test_the_figure_hands_matplotlib_the_labels_as_they_must_be_drawn(
    qtbot, tmp_path: Path
) -> None:
    window = open_window(qtbot, _corpus(tmp_path / "c.jsonl"))
    dialog = _statistics(qtbot, window)
    drawn = texts(dialog.figure)
    for label in [*LABELS, "سارة"]:  # joined and right to left: tests/team/test_plot.py
        assert shown(label) in drawn, label
    assert "c.jsonl: 6 documents" in drawn
    qtbot.waitUntil(lambda: not dialog.image.pixmap().isNull())
    viewport = dialog.scroller.viewport().size()
    image = dialog.image.pixmap().deviceIndependentSize()
    assert 500 < image.width() <= viewport.width() and image.height() <= viewport.height()
    summary = dialog.text.text()
    assert "6 documents (done 5, todo 1)" in summary
    assert "Annotator \u2068omar\u2069: last changed 3 documents" in summary
    assert "1 document(s) keep several annotators' versions" in summary
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize(("chosen", "suffix"), [("SVG drawing (*.svg)", ".svg"), ("", ".png")])
def test_save_as_png_or_svg(qtbot, tmp_path: Path, monkeypatch, chosen: str, suffix: str) -> None:
    window = open_window(qtbot, _corpus(tmp_path / "c.jsonl"))
    dialog = _statistics(qtbot, window)
    target = tmp_path / "out"  # no suffix typed: the chosen filter's
    answer = (str(target), chosen or "PNG image (*.png)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: answer)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(suffix)
    assert written.exists() and "Saved" in dialog.text.text()
    if suffix == ".svg":
        svg = written.read_text(encoding="utf-8")
        svg_texts = [unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]
        for label in LABELS:
            assert shown(label) in svg_texts
    else:
        assert written.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_without_matplotlib_the_dialog_says_how_to_install_it(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    real = builtins.__import__

    def no_matplotlib(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    window = open_window(qtbot, _corpus(tmp_path / "c.jsonl"))
    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    dialog = _statistics(qtbot, window)
    assert dialog.figure is None and not dialog.save_button.isEnabled()
    assert "pip install 'annotator[plots]'" in dialog.image.text()
    assert "6 documents" in dialog.text.text()  # the numbers, as text


def test_counting_shows_progress_and_cancel_keeps_what_was_shown(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    window = open_window(qtbot, _corpus(tmp_path / "c.jsonl"))
    dialog = _statistics(qtbot, window)
    shown_before = dialog.text.text()
    monkeypatch.setattr(SlicedRun, "BUDGET_S", 0.0)
    monkeypatch.setattr(SlicedRun, "SLICE", 1)
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.runner.running and not dialog.progress.isVisible()
    assert dialog.text.text() == shown_before and dialog.save_button.isEnabled()
