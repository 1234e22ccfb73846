"""The window on files it must not change: a read-only file says so and closes without a
dialog; a lone surrogate in meta survives an edit, a save and Ctrl+Q; opening and closing
without an edit writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from annotator.edits import SetStatus
from annotator.storage.corpus import Corpus
from ui.main_window import MainWindow

TEXT = "زار محمد القاهرة"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every QMessageBox the flow runs, recorded instead of shown."""
    seen: list[str] = []

    def record(box: QMessageBox) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return seen


def test_a_read_only_file_says_so_and_closes_untouched(
    qtbot, tmp_path: Path, boxes: list[str]
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    path.chmod(0o444)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    window = MainWindow(Corpus.open(path))
    qtbot.addWidget(window)
    notice = window.notice.text()
    assert notice.startswith("Read-only: nothing can be edited or saved.")
    assert "c.jsonl is read-only (no write permission)" in notice
    assert window.files.save()  # nothing to save: no error
    window.close()
    assert boxes == []
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before


def test_a_lone_surrogate_in_meta_survives_the_window_save_and_quit(
    qtbot, tmp_path: Path, boxes: list[str]
) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text(
        '{"id": "a", "text": "abc", "meta": {"k": "\\ud800"}, "answer": "\\udc80"}\n',
        encoding="ascii",
    )
    window = MainWindow(Corpus.open(path))
    qtbot.addWidget(window)
    assert window.corpus is not None
    window.corpus.apply(0, SetStatus("todo", "done"))
    assert window.files.save()
    window.close()  # Ctrl+Q: saves and releases the file
    assert boxes == []
    record = json.loads(path.read_bytes())
    assert record["status"] == "done" and record["meta"] == {"k": "\ud800"}
    assert not (tmp_path / "m.jsonl.lock").exists()


def test_opening_and_closing_without_edits_writes_nothing(
    qtbot, tmp_path: Path, boxes: list[str]
) -> None:
    path = tmp_path / "noid.jsonl"
    path.write_text('{"text": "أ"}\n{"text": "ب", "meta": {"x": 1}}\n', encoding="utf-8")
    (tmp_path / "noid.labels.toml").write_text(
        '[[labels]]\nname = "PERS"\ncolor = "#ff0000"\n', encoding="utf-8"
    )
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    window = MainWindow(Corpus.open(path))
    qtbot.addWidget(window)
    window.close()
    assert boxes == []
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before
