"""View > Agreement… through the real window: files chosen, figures as `annotator agree` gives
them, the label confusion, disagreements that open their document; a merged corpus's versions;
progress and Cancel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annotator.team.agreement import agree
from annotator.team.merge import merge
from tests.ui.test_main_window import open_window
from ui.agreement_dialog import AgreementDialog
from ui.main_window import MainWindow
from ui.slices import SlicedRun

TEXT = "زار محمد بن سلمان القاهرة ودمشق وعمان في أيار"
#       words at [0,3) [4,8) [9,11) [12,17) [18,25) [26,31) [32,36) [37,39) [40,44)
SARA = [(4, 8, "PER"), (18, 25, "LOC"), (26, 31, "LOC"), (32, 36, "LOC")]
OMAR = [(4, 8, "PER"), (18, 25, "ORG"), (27, 31, "LOC"), (40, 44, "DATE")]


def _file(path: Path, spans_of, count: int = 6) -> Path:
    lines = []
    for i in range(count):
        spans = [{"start": s, "end": e, "label": lab} for s, e, lab in spans_of(i)]
        lines.append(json.dumps({"id": f"d{i}", "text": TEXT, "spans": spans}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path]:
    """sara and omar: alike on the even documents, apart on the odd ones."""
    sara = _file(tmp_path / "sara.jsonl", lambda i: SARA)
    omar = _file(tmp_path / "omar.jsonl", lambda i: SARA if i % 2 == 0 else OMAR)
    return sara, omar


def _compute(qtbot, window: MainWindow, paths: list[Path] | None, monkeypatch) -> AgreementDialog:
    window.actions_by_id["annotator.view.agreement"].trigger()
    dialog = window.team.agreement
    assert dialog is not None and dialog.isVisible()
    if paths is not None:
        names = [str(p) for p in paths]
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (names, ""))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.computed, timeout=20000):
        qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    return dialog


def _column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_files_give_the_figures_of_agree_and_the_confusion(qtbot, team, monkeypatch) -> None:
    sara, omar = team
    window = open_window(qtbot, sara)
    dialog = _compute(qtbot, window, [sara, omar], monkeypatch)
    assert not dialog.use_versions.isChecked()  # no versions in sara's file
    want = agree([sara, omar]).to_json()
    view = dialog.view
    assert view.pair_box.currentText() == "sara (A) and omar (B)"
    assert f"{want['documents']} document(s)" in view.summary.text()
    labels = view.labels
    assert _column(labels, 0) == [*sorted(want["pairs"][0]["labels"]), "All labels"]
    loc = want["pairs"][0]["labels"]["LOC"]
    row = _column(labels, 0).index("LOC")
    assert [labels.item(row, c).text() for c in range(1, 7)] == [
        str(loc["n_a"]),
        str(loc["n_b"]),
        str(loc["matched_exact"]),
        str(loc["matched_overlap"]),
        f"{loc['f1_exact']:.3f}",
        f"{loc['f1_overlap']:.3f}",
    ]
    kappa = want["pairs"][0]["overall"]["kappa_tokens"]
    assert f"token kappa {kappa:.3f}" in view.pair_line.text()
    assert "Krippendorff's alpha" in view.summary.text()
    # label confusion: three odd documents, each LOC->ORG once, LOC->LOC once (boundary),
    # LOC->none once, none->DATE once; PER->PER in all six and LOC->LOC thrice in the even ones
    confusion = view.confusion
    rows = [confusion.verticalHeaderItem(r).text() for r in range(confusion.rowCount())]
    cols = [confusion.horizontalHeaderItem(c).text() for c in range(confusion.columnCount())]
    assert rows == ["LOC", "PER", "(none)"]
    assert cols == ["DATE", "LOC", "ORG", "PER", "(none)"]

    def cell(a: str, b: str) -> str:
        return confusion.item(rows.index(a), cols.index(b)).text()

    assert cell("LOC", "ORG") == "3" and cell("LOC", "LOC") == str(3 * 3 + 3)
    assert cell("LOC", "(none)") == "3" and cell("(none)", "DATE") == "3"
    assert cell("PER", "PER") == "6" and cell("(none)", "(none)") == ""
    # the disagreements: four per odd document, in text order
    items = view.items
    assert items.rowCount() == 12 and view.tabs.tabText(2) == "Disagreements (12)"
    assert _column(items, 0)[:4] == ["d1"] * 4
    assert _column(items, 1)[:4] == ["label", "boundary", "only A", "only B"]
    assert "ودمشق" in items.item(1, 4).text() and items.item(1, 6).text() == "[27, 31)"


def test_a_disagreement_opens_its_document_and_selects_it(qtbot, team, monkeypatch) -> None:
    sara, omar = team
    window = open_window(qtbot, sara)
    dialog = _compute(qtbot, window, [sara, omar], monkeypatch)
    items = dialog.view.items
    kinds = _column(items, 1)
    # "only B" in d3: omar's DATE, which sara's file (open) does not have: its range is selected
    row = next(r for r, k in enumerate(kinds) if k == "only B" and items.item(r, 0).text() == "d3")
    items.setCurrentCell(row, 0)
    qtbot.keyClick(items, Qt.Key.Key_Return)
    assert window.index == 3 and window.view.selection() == (40, 44)
    assert window.view.selected_span() is None
    # "label" in d5: sara's LOC there is a span of the open document: that span is selected
    row = next(r for r, k in enumerate(kinds) if k == "label" and items.item(r, 0).text() == "d5")
    items.setCurrentCell(row, 0)
    qtbot.keyClick(items, Qt.Key.Key_Return)
    assert window.index == 5
    assert window.view.selected_span() is not None
    assert window.view.selected_span().key == (18, 25, "LOC")


def test_a_document_not_in_the_open_file_is_said(qtbot, team, tmp_path, monkeypatch) -> None:
    sara, omar = team
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "x", "text": "نص آخر"}, ensure_ascii=False) + "\n")
    window = open_window(qtbot, other)
    dialog = _compute(qtbot, window, [sara, omar], monkeypatch)
    dialog.view.items.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.view.items, Qt.Key.Key_Return)
    assert window.index == 0 and "not in the open file" in dialog.message.text()


def test_a_merged_corpus_uses_its_versions(qtbot, team, tmp_path, monkeypatch) -> None:
    sara, omar = team
    merged = tmp_path / "merged.jsonl"
    merge([sara, omar], merged)
    window = open_window(qtbot, merged)
    dialog = _compute(qtbot, window, None, monkeypatch)
    assert dialog.use_versions.isChecked()  # the open corpus keeps versions: they are the source
    view = dialog.view
    assert view.pair_box.currentText() == "omar (A) and sara (B)"  # by name
    assert "3 document(s)" in view.summary.text()  # the three disputed ones
    assert "disputed" in view.summary.text()
    assert view.items.rowCount() == 12
    view.items.setCurrentCell(0, 0)
    qtbot.keyClick(view.items, Qt.Key.Key_Return)
    assert window.index == 1 and window.view.selection() == (18, 25)


def test_progress_and_cancel(qtbot, tmp_path, monkeypatch) -> None:
    sara = _file(tmp_path / "sara.jsonl", lambda i: SARA, count=400)
    omar = _file(tmp_path / "omar.jsonl", lambda i: OMAR, count=400)
    window = open_window(qtbot, sara)
    dialog = _compute(qtbot, window, [sara, omar], monkeypatch)
    first = dialog.view.report
    monkeypatch.setattr(SlicedRun, "BUDGET_S", 0.0)
    monkeypatch.setattr(SlicedRun, "SLICE", 1)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.run is not None and 0 < dialog.run.done)
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.compute_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and not dialog.progress.isVisible()
    assert dialog.view.report is first  # the last complete figures stay
    assert dialog.compute_button.isEnabled()


def test_a_file_chosen_twice_or_by_two_names_is_listed_once(
    qtbot, team, tmp_path, monkeypatch
) -> None:
    """The file list both dialogs share (ui/file_list.py): sara given twice in one choice and
    again through a symlink is one row; Remove takes the current row out."""
    sara, omar = team
    link = tmp_path / "sara-link.jsonl"
    link.symlink_to(sara)
    window = open_window(qtbot, sara)
    window.actions_by_id["annotator.view.agreement"].trigger()
    dialog = window.team.agreement
    assert dialog is not None
    names = [str(sara), str(omar), str(sara), str(link)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (names, ""))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.paths() == [sara, omar] and dialog.use_files.isChecked()
    assert dialog.compute_button.isEnabled()
    dialog.files.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.paths() == [sara] and not dialog.compute_button.isEnabled()
