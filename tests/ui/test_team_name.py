"""Who is annotating, through the real window: asked once, kept, shown, changed; labelling by
keyboard then saves the document's "changed" stamp and the span's author (decision 0018)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from annotator.app import paths
from annotator.app.identity import SETTINGS_KEY
from annotator.storage.corpus import Corpus
from tests.ui.test_main_window import (
    CTRL,
    hotkey_of,
    open_window,
    press,
    saved_records,
    select_word_by_keyboard,
)
from ui.annotator_name import NameDialog
from ui.main_window import MainWindow


@pytest.fixture
def article_copy(tmp_path: Path, article_path: Path) -> Path:
    target = tmp_path / "article.txt"
    shutil.copyfile(article_path, target)
    return target


def _answer(qtbot, window: MainWindow, typed: str | None, button: str = "ok") -> None:
    """Type into the open name dialog and press OK (Enter) or Skip / Cancel."""
    dialog = window.team.name_dialog
    assert isinstance(dialog, NameDialog) and dialog.isVisible()
    if typed is not None:
        dialog.edit.selectAll()
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Backspace)
        if typed.isascii():
            qtbot.keyClicks(dialog.edit, typed)
        else:  # QTest types ASCII keys only: Arabic arrives as an input method would give it
            dialog.edit.insert(typed)
    if button == "ok":
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.team.name_dialog is None)


def test_labelling_with_a_name_stamps_the_document_and_the_span(
    qtbot, article_copy: Path, article_text: str
) -> None:
    paths.settings().set(SETTINGS_KEY, "sara")
    window = open_window(qtbot, article_copy)
    assert window.corpus.annotator == "sara"
    assert window.status.annotator.text() == "Annotator: sara"
    start, end = select_word_by_keyboard(qtbot, window, words_before=2)
    press(qtbot, window, hotkey_of(window))
    (record,) = saved_records(window)
    assert record["changed"]["by"] == "sara"
    assert record["changed"]["at"].endswith("Z") and len(record["changed"]["at"]) == 20
    # the span's author is the stamp's: said once, by "changed" (no "by" on the span itself)
    assert record["spans"] == [
        {"start": start, "end": end, "label": record["spans"][0]["label"], "text": "الثلاثاء"}
    ]
    path = window.corpus.path
    window.close()
    reopened = Corpus.open(path)
    try:
        assert [s.by for s in reopened[0].spans] == ["sara"]
    finally:
        reopened.close()


def test_a_span_by_someone_else_keeps_its_own_author(qtbot, tmp_path: Path) -> None:
    text = "زار محمد القاهرة"
    span = {"start": 0, "end": 3, "label": "LOC", "by": "omar"}
    rec = {"id": "d1", "text": text, "spans": [span]}
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    paths.settings().set(SETTINGS_KEY, "سارة")
    window = open_window(qtbot, path)
    window.view.select_range(4, 8)
    press(qtbot, window, hotkey_of(window))
    (saved,) = saved_records(window)
    assert saved["changed"]["by"] == "سارة"
    reopened = Corpus.open(window.corpus.path, readonly=True)
    try:
        assert [s.by for s in reopened[0].spans] == ["omar", "سارة"]
    finally:
        reopened.close()


def test_without_a_name_nothing_is_stamped(qtbot, article_copy: Path) -> None:
    paths.settings().set(SETTINGS_KEY, "")
    window = open_window(qtbot, article_copy)
    assert window.corpus.annotator is None
    assert window.status.annotator.text() == "No annotator name"
    select_word_by_keyboard(qtbot, window, words_before=2)
    press(qtbot, window, hotkey_of(window))
    (record,) = saved_records(window)
    assert "changed" not in record and "by" not in record["spans"][0]


def test_first_start_asks_once_and_skip_is_remembered(qtbot, article_copy: Path) -> None:
    window = open_window(qtbot, article_copy)
    window.team.ask_name_on_first_start()
    _answer(qtbot, window, None, button="skip")
    assert paths.settings().get(SETTINGS_KEY) == ""
    window.team.ask_name_on_first_start()
    assert window.team.name_dialog is None  # not asked again
    assert window.corpus.annotator is None


def test_first_start_name_applies_at_once_and_edit_menu_changes_it(
    qtbot, article_copy: Path
) -> None:
    window = open_window(qtbot, article_copy)
    window.team.ask_name_on_first_start()
    dialog = window.team.name_dialog
    assert dialog is not None and dialog.skip_button.text() == "Skip"
    _answer(qtbot, window, "  لينا  ")
    assert paths.settings().get(SETTINGS_KEY) == "لينا"
    assert window.corpus.annotator == "لينا"
    assert window.status.annotator.text() == "Annotator: لينا"
    window.actions_by_id["annotator.edit.annotator_name"].trigger()
    dialog = window.team.name_dialog
    assert dialog is not None and dialog.edit.text() == "لينا"
    assert dialog.skip_button.text() == "Cancel"
    _answer(qtbot, window, "omar", button="cancel")  # Cancel keeps the name
    assert window.corpus.annotator == "لينا"
    window.actions_by_id["annotator.edit.annotator_name"].trigger()
    _answer(qtbot, window, "omar")
    assert window.corpus.annotator == "omar" and paths.settings().get(SETTINGS_KEY) == "omar"
    window.actions_by_id["annotator.edit.annotator_name"].trigger()
    _answer(qtbot, window, "")  # emptied and OK: no name from now on
    assert window.corpus.annotator is None and paths.settings().get(SETTINGS_KEY) == ""
    assert window.status.annotator.text() == "No annotator name"


def test_a_name_with_control_characters_cannot_be_accepted(qtbot, article_copy: Path) -> None:
    window = open_window(qtbot, article_copy)
    dialog = window.team.ask_name()
    dialog.edit.setText("sara\x1b")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "control" in dialog.problem.text()
    dialog.edit.setText("sara")
    assert ok.isEnabled()
    dialog.reject()


def test_a_newly_opened_corpus_gets_the_name(qtbot, article_copy: Path, tmp_path: Path) -> None:
    paths.settings().set(SETTINGS_KEY, "sara")
    window = open_window(qtbot, article_copy)
    other = tmp_path / "other.txt"
    other.write_text("نص آخر", encoding="utf-8")
    assert window.files.open_path(other)
    assert window.corpus.annotator == "sara"
    press(qtbot, window, Qt.Key.Key_S, CTRL)
