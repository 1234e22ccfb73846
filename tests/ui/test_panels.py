"""Panels and models over a real corpus, the action registry, settings and per-user paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.app import actions, paths
from annotator.app.settings import Settings
from annotator.edits import SetStatus
from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record
from ui.models import (
    DocumentTableModel,
    LabelTableModel,
    SpanTableModel,
    is_rtl_text,
)
from ui.panels import DocumentsPanel, NoteEditor


@pytest.fixture
def corpus(tmp_path: Path):
    text = "زار رئيس الوزراء مدينة الرباط\nThe minister visited Rabat."
    docs = [
        Document(
            "a",
            text,
            [
                Span(text.index("الرباط"), text.index("الرباط") + 6, "LOC"),
                Span(text.index("Rabat"), text.index("Rabat") + 5, "LOC"),
            ],
        ),
        Document("b", "نص", status="done"),
        Document("c", "text"),
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")
    opened = Corpus.open(path)
    yield opened
    opened.close()


def test_span_model_slices_document_text_and_aligns_by_direction(corpus) -> None:
    model = SpanTableModel()
    model.set_document(corpus[0])
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "الرباط"
    assert model.data(model.index(1, 0)) == "Rabat"
    assert model.data(model.index(0, 2)) == corpus[0].text.index("الرباط")
    right = model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole)
    left = model.data(model.index(1, 0), Qt.ItemDataRole.TextAlignmentRole)
    assert right & int(Qt.AlignmentFlag.AlignRight) and left & int(Qt.AlignmentFlag.AlignLeft)


def test_cell_direction_first_strong() -> None:
    assert is_rtl_text("2022 المغرب")
    assert not is_rtl_text("«Rabat» الرباط")


def test_document_model_reads_summaries_lazily(corpus) -> None:
    model = DocumentTableModel()
    model.set_corpus(corpus)
    assert model.rowCount() == 3
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["a", "b", "c"]
    assert "done" in model.data(model.index(1, 2))
    assert model.data(model.index(0, 3)) == 2


def test_documents_panel_progress_follows_status_edits(qtbot, corpus) -> None:
    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    panel.set_corpus(corpus)
    assert (panel.progress.value(), panel.progress.maximum()) == (1, 3)
    corpus.apply(2, SetStatus("todo", "done"))
    panel.update_progress(corpus)
    assert panel.progress.value() == 2


def test_documents_panel_counts_a_big_corpus_in_idle_slices(qtbot, corpus, monkeypatch) -> None:
    from ui import documents_panel

    monkeypatch.setattr(documents_panel, "COUNT_AT_ONCE", 0)
    monkeypatch.setattr(documents_panel, "IDLE_START_MS", 0)
    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    panel.set_corpus(corpus)
    assert not corpus.counts_ready and panel.counts.text() == "Counting…"
    qtbot.waitUntil(lambda: corpus.counts_ready and "done 1" in panel.counts.text())
    assert (panel.progress.value(), panel.progress.maximum()) == (1, 3)
    corpus.apply(2, SetStatus("todo", "done"))
    panel.update_progress(corpus)
    assert panel.progress.value() == 2 and "done 2" in panel.counts.text()


def test_label_model_counts_here_and_in_corpus(corpus) -> None:
    model = LabelTableModel()
    model.set_labels(corpus.schema.labels)
    model.set_document(corpus[0])
    row = corpus.schema.names.index("LOC")
    assert model.data(model.index(row, 2)) == 2
    model.set_corpus_counts(__import__("collections").Counter({"LOC": 5}), complete=True)
    assert model.data(model.index(row, 3)) == "5"
    assert model.data(model.index(row, 0)) == "LOC"
    assert model.data(model.index(row, 1)) == " ".join(corpus.schema.labels[row].hotkeys)


def test_note_editor_commits_after_pause_once(qtbot) -> None:
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.set_note("old")
    seen: list[str] = []
    editor.note_committed.connect(seen.append)
    editor.editor.setPlainText("new note")
    qtbot.waitUntil(lambda: seen == ["new note"], timeout=3000)
    editor.commit()
    assert seen == ["new note"]


# -- the action registry --------------------------------------------------------


def test_action_ids_are_unique_dotted_and_keys_conflict_free() -> None:
    ids = [a.id for a in actions.ACTIONS]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("annotator.") and i.count(".") == 2 for i in ids)
    assert actions.action_conflicts() == []


def test_default_schema_hotkeys_do_not_conflict_with_actions() -> None:
    from annotator.schema import LabelSchema

    schema = LabelSchema.default()
    assert actions.hotkey_conflicts({label.name: label.hotkeys for label in schema.labels}) == []


def test_conflicts_are_detected() -> None:
    keys = actions.effective_keys({"annotator.span.delete": ["D"]})
    found = actions.hotkey_conflicts({"DATE": "d", "DRUG": ("x", "d")}, keys)
    assert {str(c) for c in found} == {
        "D is bound to both label DATE and annotator.span.delete",
        "D is bound to both label DRUG and annotator.span.delete",
        "D is bound to both label DATE and label DRUG",
    }
    dup = actions.effective_keys({"annotator.document.skip": ["ctrl+s"]})
    assert [c.key for c in actions.action_conflicts(dup)] == ["Ctrl+S"]


def test_normalize_key() -> None:
    assert actions.normalize_key("shift+ctrl+z") == "Ctrl+Shift+Z"
    assert actions.normalize_key("Ctrl++") == "Ctrl++"
    assert actions.normalize_key("escape") == "Esc"
    assert actions.is_bare("Delete") and not actions.is_bare("Alt+Up")


def test_shortcut_markdown_lists_every_action() -> None:
    table = actions.shortcut_markdown()
    for spec in actions.ACTIONS:
        assert spec.title.replace("&", "").replace("…", "") in table


# -- settings and paths ------------------------------------------------------------


def test_settings_survive_reload_and_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    Settings(path).set("x", [1, "ع"])
    assert Settings(path).get("x") == [1, "ع"]
    path.write_text("{not json", encoding="utf-8")
    assert Settings(path).get("x") is None
    assert (tmp_path / "s.json.bad").exists()


def test_paths_follow_env_overrides(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path / "c"))
    assert paths.data_dir() == tmp_path / "d" and paths.config_dir() == tmp_path / "c"
    sample = paths.user_sample_path()
    assert sample == tmp_path / "d" / "sample" / "sample.jsonl"
    assert (sample.parent / "sample.labels.toml").exists()
    sample.write_text(sample.read_text(encoding="utf-8") + "", encoding="utf-8")
    before = sample.stat().st_mtime_ns
    assert (
        paths.user_sample_path() == sample and sample.stat().st_mtime_ns == before
    )  # never copied over
    paths.remember_document(sample, 2)
    paths.add_recent_file(sample)
    assert paths.last_document(sample) == 2
    assert paths.recent_files() == [str(sample.resolve())]
    data = json.loads((tmp_path / "c" / "settings.json").read_text(encoding="utf-8"))
    assert data["recent_files"] == [str(sample.resolve())]


def test_bundled_sample_is_valid_and_exact() -> None:
    sample = paths.user_sample_path()
    corpus = Corpus.open(sample, readonly=True)
    try:
        assert len(corpus) >= 3
        texts = [corpus[i].text for i in range(len(corpus))]
        joined = "".join(texts)
        for needle in ("https://", "#", "«", "»", "ً", "١", "🇲🇦"):
            assert needle in joined, needle
        records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
        assert sum(len(r["spans"]) for r in records) >= 5
        for record in records:
            for span in record["spans"]:
                assert record["text"][span["start"] : span["end"]] == span["text"]
        assert {label.name for label in corpus.schema.labels} >= {"PERS", "ORG", "LOC", "MISC"}
    finally:
        corpus.close()


# -- error dialogs ------------------------------------------------------------------


def test_errors_are_explained_with_what_to_do(tmp_path: Path) -> None:
    import errno

    from annotator.errors import ChangedOnDiskError, InputError, LockedError, Problem, SaveError
    from ui.dialogs import explain

    what, todo = explain(InputError([Problem("c.jsonl", 3, "invalid JSON")]))
    assert "c.jsonl:3: invalid JSON" in what and "Nothing was changed on disk" in todo
    assert (
        "Close the other annotator window"
        in explain(LockedError("c.jsonl is open in another window"))[1]
    )
    assert "journal" in explain(SaveError("could not write c.jsonl"))[1]
    assert "Save under a new name" in explain(ChangedOnDiskError("c.jsonl changed on disk"))[1]
    what, todo = explain(
        OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "c.jsonl"))
    )
    assert what.startswith("The disk is full") and "Free some disk space" in todo
    what, _ = explain(KeyError("x"))
    assert "KeyError" in what and "Traceback" not in what


def test_excepthook_logs_and_shows_dialog(qtbot, monkeypatch) -> None:
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import app as ui_app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ui_app.setup_logging()
    ui_app.install_excepthook()
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, close_box)
            return
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, close_box)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert seen and "RuntimeError: boom in a slot" in seen[0]
    for handler in ui_app.log.handlers:
        handler.flush()
    logged = ui_app.log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "boom in a slot" in logged
