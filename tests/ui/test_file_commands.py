"""File > Import / Export through the conversion service: warnings in the summary, Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from annotator.formats.conversion import ConversionReport
from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record
from tests.conftest import DATA
from ui.dialogs import SHOWN_WARNINGS, ConversionProgress, show_conversion_report
from ui.file_commands import FileCommands
from ui.main_window import MainWindow

FERMI = DATA / "aqmar" / "Enrico_Fermi.txt"  # CoNLL with the tag typo "I--ORG" on line 2268
TEXT = "زار محمد بن سلمان القاهرة"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Every QMessageBox the flow runs, recorded instead of shown."""
    seen: list[dict[str, object]] = []

    def record(box: QMessageBox) -> int:
        seen.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "details": box.detailedText(),
                "format": box.textFormat(),
                "icon": box.icon(),
            }
        )
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return seen


def _choose(monkeypatch: pytest.MonkeyPatch, name: str, open_path: Path, save_path: Path) -> None:
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        staticmethod(
            lambda _p, _t, _l, items, *a: (next(i for i in items if f"({name})" in i), True)
        ),
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(open_path), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(save_path), ""))
    )


def _window(qtbot, tmp_path: Path) -> MainWindow:
    """A corpus whose spans CoNLL cannot all hold: an overlap, and a span cutting a word."""
    docs = [
        Document("<b>d1</b>", TEXT, [Span(4, 17, "PER"), Span(9, 17, "PER")]),
        Document("d2", TEXT, [Span(18, 20, "LOC")]),  # "ال" of القاهرة: cuts the token
        Document("d3", TEXT, [Span(18, 25, "LOC")]),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")
    window = MainWindow(Corpus.open(path))
    qtbot.addWidget(window)
    return window


def test_window_owns_its_file_commands(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    assert isinstance(window.files, FileCommands) and window.files.window is window
    assert not isinstance(window, FileCommands)


def test_export_summary_lists_the_writer_warnings_as_plain_text(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[dict[str, object]]
) -> None:
    window = _window(qtbot, tmp_path)
    target = tmp_path / "out.conll"
    _choose(monkeypatch, "conll", tmp_path / "unused", target)
    window.files.export_dialog()
    assert target.exists() and not [p for p in tmp_path.iterdir() if ".converting-" in p.name]
    [box] = boxes
    assert box["title"] == "Export finished"
    assert box["format"] == Qt.TextFormat.PlainText and box["icon"] == QMessageBox.Icon.Warning
    text, details = str(box["text"]), str(box["details"]).splitlines()
    assert text.startswith(f"Wrote 3 document(s) and 3 span(s) to {target}.")
    # what had to change to fit CoNLL is said in the box itself, what was split in the details
    assert "\n\n1 token(s) split at span edges (cut=split)" in text
    assert "\n1 overlapping span(s) not written" in text
    assert "\n\n3 warning(s): 3 while writing. Show Details lists them." in text
    assert len(details) == 3
    assert details[0] == "split: document 'd2': 'القاهرة' -> 'ال' + 'قاهرة'"
    assert "'<b>d1</b>'" in details[1] and "overlaps another span" in details[1]
    assert "tokenized" in details[2]
    assert (target.read_text(encoding="utf-8").split("\n\n")[1]).endswith("ال\tB-LOC\nقاهرة\tO")


def test_import_summary_lists_the_reader_warnings_and_opens_the_result(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[dict[str, object]]
) -> None:
    window = _window(qtbot, tmp_path)
    target = tmp_path / "fermi.jsonl"
    _choose(monkeypatch, "conll", FERMI, target)
    window.files.import_dialog()
    assert Path(window.corpus.path) == target and len(window.corpus) > 1
    [box] = boxes
    assert box["title"] == "Import finished" and box["format"] == Qt.TextFormat.PlainText
    assert "\n\n1 warning(s): 1 while reading. Show Details" in str(box["text"])
    assert f"{FERMI}:2268: malformed tag 'I--ORG'" in str(box["details"])


def test_cancel_writes_nothing_and_shows_no_summary(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[dict[str, object]]
) -> None:
    window = _window(qtbot, tmp_path)
    target = tmp_path / "out.conll"
    _choose(monkeypatch, "conll", tmp_path / "unused", target)
    before = sorted(tmp_path.iterdir())
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # Cancel pressed
    window.files.export_dialog()
    assert boxes == [] and sorted(tmp_path.iterdir()) == before


def test_an_export_error_is_a_dialog_and_the_old_output_stays(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[dict[str, object]]
) -> None:
    window = _window(qtbot, tmp_path)
    target = tmp_path / "missing" / "out.conll"
    _choose(monkeypatch, "conll", tmp_path / "unused", target)
    window.files.export_dialog()
    [box] = boxes
    assert box["title"] == "Could not export to out.conll"
    assert "does not exist" in str(box["text"]) and box["format"] == Qt.TextFormat.PlainText


def test_progress_dialog_counts_in_thousandths_of_any_size(qtbot) -> None:
    with ConversionProgress(None, "Reading…") as shown:
        qtbot.addWidget(shown.dialog)
        shown.progress(0, 0)
        assert shown.dialog.maximum() == 0  # unknown size: a busy indicator
        shown.progress(3 << 31, 6 << 31)  # bytes past the 32-bit range of QProgressDialog
        assert (shown.dialog.value(), shown.dialog.maximum()) == (500, 1000)
        assert not shown.cancelled()
        shown.dialog.cancel()
        assert shown.cancelled()


def test_a_long_warning_list_says_how_many_are_not_listed(
    qtbot, boxes: list[dict[str, object]]
) -> None:
    report = ConversionReport(
        output=Path("out.conll"),
        from_format=None,
        to_format="conll",
        documents=1,
        spans=0,
        read_warnings=(),
        read_warnings_total=0,
        write_warnings=tuple(f"w{n}" for n in range(SHOWN_WARNINGS + 7)),
    )
    show_conversion_report(None, "Export finished", "Wrote 1 document(s).", report)
    [box] = boxes
    assert f"The first {SHOWN_WARNINGS} are listed; 7 more are not." in str(box["text"])
    details = str(box["details"]).splitlines()
    assert len(details) == SHOWN_WARNINGS + 1 and details[-1] == "... and 7 more warning(s)"
