"""The label schema editor, the Guidelines panel and the shortcut editor, through real dialogs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QPushButton

from annotator.app import paths
from annotator.edits import SetNote
from annotator.model import Document, Span
from annotator.schema import LabelSchema
from annotator.storage.schema_file import save_schema
from tests.ui.test_main_window import CTRL, SHIFT, open_window, write_jsonl
from ui.main_window import MainWindow
from ui.schema_editor import COLOUR, DESCRIPTION, KEY, NAME, SchemaEditor
from ui.shortcut_editor import ShortcutEditor


def run_dialog(qtbot, window: MainWindow, action_id: str, steps: Callable[[QDialog], None]):
    """Trigger the action; ``steps`` drive the modal dialog it opens (closed whatever happens)."""
    seen: list[QDialog] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, drive)
            return
        seen.append(dialog)
        try:
            steps(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, drive)
    window.actions_by_id[action_id].trigger()
    assert seen, "the dialog did not open"
    return seen[0]


def type_into_cell(qtbot, table, row: int, col: int, text: str) -> None:
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the edit key opens the cell's editor
    (editor,) = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, col).text() == text)  # committed (queued by Qt)


def click(qtbot, dialog: QDialog, text: str) -> None:
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _corpus(tmp_path: Path) -> Path:
    docs = [
        Document("a", "زار محمد القاهرة", [Span(4, 8, "PERS"), Span(9, 16, "LOC")]),
        Document("b", "لا شيء"),
        Document("c", "محمد في الرباط", [Span(0, 4, "PERS")]),
    ]
    # The bundled schema written beside it: the editor starts from its four labels (a labelled
    # corpus without a schema file would get a schema of its own two labels instead).
    save_schema(LabelSchema.default(), tmp_path / "c.labels.toml")
    return write_jsonl(tmp_path / "c.jsonl", docs)


def test_schema_editor_renames_recolours_adds_and_reorders(qtbot, tmp_path) -> None:
    window = open_window(qtbot, _corpus(tmp_path))

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, SchemaEditor)
        table = dialog.table
        type_into_cell(qtbot, table, 0, NAME, "PER")  # rename PERS, which has spans
        table.item(2, COLOUR).setText("#2e8b57")
        click(qtbot, dialog, "&Add")
        qtbot.keyClick(table, Qt.Key.Key_Escape)  # leave the new name's editor
        table.item(4, NAME).setText("EVENT")
        table.item(4, KEY).setText("e")
        table.item(4, DESCRIPTION).setText("Events — أحداث: wars, festivals")
        table.setCurrentCell(4, NAME)
        click(qtbot, dialog, "Move &up")  # before MISC
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        table.item(1, KEY).setText("e")  # EVENT's key: a problem, shown at once
        assert not ok.isEnabled() and "already used" in dialog.problems.text()
        table.item(1, KEY).setText("2")
        assert ok.isEnabled(), dialog.problems.text()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    run_dialog(qtbot, window, "annotator.edit.labels", steps)
    schema = LabelSchema.load(window.corpus.schema_path)  # written at once
    assert schema.names == ["PER", "ORG", "LOC", "EVENT", "MISC"]
    assert schema.by_name("LOC").color == "#2e8b57"
    assert schema.by_name("EVENT").hotkey == "e"
    records = [json.loads(line) for line in window.corpus.path.read_text("utf-8").splitlines()]
    assert [[s["label"] for s in r["spans"]] for r in records] == [["PER", "LOC"], [], ["PER"]]
    assert "EVENT" in window.labels_panel.buttons and "PERS" not in window.labels_panel.buttons
    guidelines = window.comfort.guidelines
    assert guidelines.description_of(3) == "Events — أحداث: wars, festivals"
    assert window.documents_panel.label_filter.findData("PER") > 0
    # one undo step takes the spans of every document back
    window.actions_by_id["annotator.edit.undo"].trigger()
    assert [s.label for s in window.corpus[0].spans] == ["PERS", "LOC"]
    assert [s.label for s in window.corpus[2].spans] == ["PERS"]


def test_label_descriptions_are_tooltips_and_guidelines(qtbot, tmp_path) -> None:
    window = open_window(qtbot, _corpus(tmp_path))
    description = window.corpus.schema.by_name("LOC").description
    assert description in window.comfort.guidelines.description_of(2)
    assert "Locations" in window.labels_panel.buttons["LOC"].toolTip()


def test_shortcut_editor_shows_conflicts_at_once_and_rekeys_live(qtbot, tmp_path) -> None:
    window = open_window(qtbot, _corpus(tmp_path))

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutEditor)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.set_keys("annotator.span.next", "Ctrl+S")
        assert not ok.isEnabled()
        assert "Ctrl+S is bound to both" in dialog.problems.text()
        dialog.set_keys("annotator.span.next", "Tab")
        dialog.set_keys("annotator.document.skip", "P")  # PERS's second hotkey
        assert "label PERS" in dialog.problems.text() and not ok.isEnabled()
        dialog.set_keys("annotator.document.skip", "Ctrl+K")
        dialog.set_keys("annotator.file.save", "Ctrl+Nonsense")
        assert "not a key" in dialog.problems.text()
        type_into_cell(qtbot, dialog.table, dialog.ids.index("annotator.file.save"), 2, "Ctrl+J")
        assert ok.isEnabled() and dialog.problems.text() == "", dialog.problems.text()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    run_dialog(qtbot, window, "annotator.edit.shortcuts", steps)
    assert paths.settings().get("shortcuts") == {"annotator.file.save": ["Ctrl+J"]}
    save = window.actions_by_id["annotator.file.save"]
    assert save.shortcuts() == [QKeySequence("Ctrl+J")]
    window.do(SetNote("", "x"))
    assert window.isWindowModified()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    qtbot.keyClick(window.view, Qt.Key.Key_J, CTRL)  # the new key saves at once
    assert not window.isWindowModified()
    qtbot.keyClick(window.view, Qt.Key.Key_S, CTRL | SHIFT)  # nothing bound: no harm
