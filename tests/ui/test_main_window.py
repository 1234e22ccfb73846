"""The main window driven by real key and mouse events.

Label, undo, relabel, delete, resize, move on.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu

from annotator.app import paths
from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def write_jsonl(path: Path, docs: list[Document]) -> Path:
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")
    return path


def open_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(Corpus.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(
        lambda: QApplication.activeWindow() is window
    )  # shortcuts need the active window
    window.view.setFocus()
    return window


def saved_records(window: MainWindow) -> list[dict]:
    assert window.files.save()
    lines = Path(window.corpus.path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def hotkey_of(window: MainWindow, index: int = 0) -> str:
    label = window.corpus.schema.labels[index]
    assert label.hotkey, "the default schema gives its labels hotkeys"
    return label.hotkey


def press(
    qtbot,
    window: MainWindow,
    key: Qt.Key | str,
    modifiers=Qt.KeyboardModifier.NoModifier,
    n: int = 1,
) -> None:
    for _ in range(n):
        qtbot.keyClick(window.view, key, modifiers)


def select_word_by_keyboard(qtbot, window: MainWindow, words_before: int) -> tuple[int, int]:
    """At an RTL paragraph's top: Ctrl+← goes forward word by word, Ctrl+→ back to a word start."""
    press(qtbot, window, Qt.Key.Key_Left, CTRL, n=words_before + 1)  # to the end of the wanted word
    press(qtbot, window, Qt.Key.Key_Right, CTRL)  # back to its start
    press(qtbot, window, Qt.Key.Key_Left, CTRL | SHIFT)  # extend over it
    selected = window.view.selection()
    assert selected is not None
    return selected


@pytest.fixture
def article_copy(tmp_path: Path, article_path: Path) -> Path:
    target = tmp_path / "article.txt"
    shutil.copyfile(article_path, target)
    return target


def test_label_word_by_keyboard_saves_exact_offsets(
    qtbot, article_copy: Path, article_text: str
) -> None:
    window = open_window(qtbot, article_copy)
    start, end = select_word_by_keyboard(qtbot, window, words_before=2)
    assert article_text[start:end] == "الثلاثاء"
    press(qtbot, window, hotkey_of(window))
    label = window.corpus.schema.labels[0].name
    assert window.isWindowModified()
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()
    on_disk = json.loads(Path(window.corpus.path).read_text(encoding="utf-8"))
    assert [(s["start"], s["end"]) for s in on_disk["spans"]] == [(start, end)]
    (record,) = saved_records(window)
    assert record["spans"] == [{"start": start, "end": end, "label": label, "text": "الثلاثاء"}]
    assert record["text"] == article_text
    assert window.view.selected_span() == Span(start, end, label)
    assert f"[{start}, {end})" in window.status.selection.text()
    assert "RTL" in window.status.direction.text()


def test_offsets_are_code_points_after_emoji(qtbot, tmp_path: Path) -> None:
    # RTL paragraph (a flag is a strong L character)
    text = "زار 🇲🇦 المغرب 😀 وفد جامعة القاهرة 👏 اليوم"
    path = write_jsonl(tmp_path / "emoji.jsonl", [Document("e1", text)])
    window = open_window(qtbot, path)
    start, end = select_word_by_keyboard(qtbot, window, words_before=4)  # emoji count as words
    assert text[start:end] == "وفد"
    assert (start, end) == (text.index("وفد"), text.index("وفد") + 3)
    press(qtbot, window, hotkey_of(window, 1))
    (record,) = saved_records(window)
    (span,) = record["spans"]
    assert (span["start"], span["end"], span["text"]) == (start, end, "وفد")
    assert record["text"][span["start"] : span["end"]] == "وفد"


def test_undo_redo_relabel_delete(qtbot, article_copy: Path, article_text: str) -> None:
    window = open_window(qtbot, article_copy)
    start, end = select_word_by_keyboard(qtbot, window, words_before=0)
    first, second = (label.name for label in window.corpus.schema.labels[:2])
    press(qtbot, window, hotkey_of(window, 0))
    assert [s.key for s in window.doc.spans] == [(start, end, first)]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.doc.spans == []
    assert saved_records(window)[0]["spans"] == []
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [s.key for s in window.doc.spans] == [(start, end, first)]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert [s.key for s in window.doc.spans] == [(start, end, first)]
    # relabel: Esc, Tab selects the span, the second label's hotkey relabels it
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.view.selected_span() is None
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.view.selected_span() == Span(start, end, first)
    press(qtbot, window, hotkey_of(window, 1))
    assert [s.key for s in window.doc.spans] == [(start, end, second)]
    assert saved_records(window)[0]["spans"][0]["label"] == second
    press(qtbot, window, Qt.Key.Key_Delete)
    assert window.doc.spans == []
    assert saved_records(window)[0]["spans"] == []
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo the delete
    assert [s.key for s in window.doc.spans] == [(start, end, second)]
    assert "Restore" not in window.notice.text()


def test_shrinking_the_start_leaves_out_a_clitic(
    qtbot, article_copy: Path, article_text: str
) -> None:
    window = open_window(qtbot, article_copy)
    word_start = article_text.index("والمغرب")
    window.view.set_caret(word_start)
    press(qtbot, window, Qt.Key.Key_Left, CTRL | SHIFT)
    assert window.view.selection() == (word_start, word_start + len("والمغرب"))
    press(qtbot, window, hotkey_of(window, 2))
    press(qtbot, window, Qt.Key.Key_PageDown, ALT)  # shrink start by a character
    (span,) = saved_records(window)[0]["spans"]
    assert (span["start"], span["text"]) == (word_start + 1, "المغرب")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [(s.start, s.end) for s in window.doc.spans] == [(word_start, word_start + 7)]


def test_grow_end_by_word_resizes_span(qtbot, article_copy: Path, article_text: str) -> None:
    window = open_window(qtbot, article_copy)
    start, end = select_word_by_keyboard(qtbot, window, words_before=4)
    press(qtbot, window, hotkey_of(window))
    press(qtbot, window, Qt.Key.Key_Down, ALT | SHIFT)  # grow end by a word
    (span,) = window.doc.spans
    assert span.start == start and span.end > end
    assert (
        article_text[start : span.end]
        == article_text[start:end] + " " + article_text[end + 1 : span.end]
    )


def test_hotkeys_fire_under_arabic_layout(qtbot, article_copy: Path, article_text: str) -> None:
    window = open_window(qtbot, article_copy)
    start, end = select_word_by_keyboard(qtbot, window, words_before=0)
    first = window.corpus.schema.labels[0]
    assert first.hotkey == "1"
    # Arabic layout: the "1" key types ١ and Qt reports the Arabic digit's key code
    event = QKeyEvent(QEvent.Type.KeyPress, 0x0661, Qt.KeyboardModifier.NoModifier, "١")
    QApplication.sendEvent(window.view, event)
    assert [s.key for s in window.doc.spans] == [(start, end, first.name)]


def test_letter_hotkey_under_arabic_layout_and_scan_code(qtbot, tmp_path: Path) -> None:
    text = "زار وفد من جامعة القاهرة مدينة فاس"
    path = write_jsonl(tmp_path / "letters.jsonl", [Document("d", text)])
    path.with_name("letters.labels.toml").write_text(
        '[[labels]]\nname = "PERS"\ncolor = "#f4a261"\nhotkey = "p"\n\n'
        '[[labels]]\nname = "ORG"\ncolor = "#90caf9"\nhotkey = "o"\n',
        encoding="utf-8",
    )
    window = open_window(qtbot, path)
    window.view.select_range(0, 3)
    # the key that types "p" on a US layout types ح under the Arabic (101) layout
    QApplication.sendEvent(
        window.view, QKeyEvent(QEvent.Type.KeyPress, 0x062D, Qt.KeyboardModifier.NoModifier, "ح")
    )
    assert [s.key for s in window.doc.spans] == [(0, 3, "PERS")]
    # an unknown layout: only the physical key (X11 keycode 32 is "o" on a US keyboard) tells
    event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, 32, 0, 0, "ڠ")
    QApplication.sendEvent(window.view, event)
    assert [s.key for s in window.doc.spans] == [(0, 3, "ORG")]


def test_modified_keys_are_not_label_hotkeys(qtbot, article_copy: Path) -> None:
    window = open_window(qtbot, article_copy)
    select_word_by_keyboard(qtbot, window, words_before=0)
    press(qtbot, window, hotkey_of(window), ALT)
    assert window.doc.spans == []


def test_palette_click_labels_selection(qtbot, article_copy: Path, article_text: str) -> None:
    window = open_window(qtbot, article_copy)
    start, end = select_word_by_keyboard(qtbot, window, words_before=1)
    name = window.corpus.schema.labels[1].name
    qtbot.mouseClick(window.labels_panel.buttons[name], Qt.MouseButton.LeftButton)
    assert [s.key for s in window.doc.spans] == [(start, end, name)]
    assert window.labels_panel.model.data(window.labels_panel.model.index(1, 2)) == 1
    qtbot.waitUntil(
        lambda: window.spans_panel.model.rowCount() == 1
    )  # follows just after the paint
    assert (
        window.spans_panel.model.data(window.spans_panel.model.index(0, 0))
        == article_text[start:end]
    )


def test_double_click_selects_word_without_punctuation(
    qtbot, article_copy: Path, article_text: str
) -> None:
    window = open_window(qtbot, article_copy)
    word = "الوديي"  # written «عبد اللطيف الوديي»: Qt's own rule would take the » too
    offset = article_text.index(word) + 2
    point = window.view.caret_rect(offset).center()
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    start, end = window.view.selection()
    assert article_text[start:end] == word
    press(qtbot, window, hotkey_of(window))
    assert saved_records(window)[0]["spans"][0]["text"] == word


def test_mark_done_and_move_on(qtbot, tmp_path: Path) -> None:
    docs = [Document(f"d{i}", f"نص رقم {i} Text {i}") for i in range(4)]
    docs[1].status = "done"
    path = write_jsonl(tmp_path / "three.jsonl", docs)
    window = open_window(qtbot, path)
    assert window.index == 0
    assert window.documents_panel.progress.value() == 1
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert window.index == 2  # d1 is already done
    assert window.documents_panel.progress.value() == 2
    press(qtbot, window, Qt.Key.Key_K, CTRL)  # skip
    assert window.index == 3
    press(qtbot, window, Qt.Key.Key_F, CTRL | SHIFT)  # flag
    statuses = [r["status"] for r in saved_records(window)]
    assert statuses == ["done", "done", "skipped", "flagged"]
    press(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert window.index == 2
    assert window.status.doc.text().startswith("Document 3 of 4")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo the flag: shows document 4 again
    assert window.index == 3 and window.doc.status == "todo"


def test_note_is_an_edit_and_undoable(qtbot, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.jsonl", [Document("a", "نص"), Document("b", "text")])
    window = open_window(qtbot, path)
    window.note_editor.editor.setFocus()
    qtbot.keyClicks(window.note_editor.editor, "unclear")
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)  # switching commits the note
    assert window.index == 1
    assert [r.get("note", "") for r in saved_records(window)] == ["unclear", ""]
    window.undo()
    assert window.index == 0 and window.doc.note == ""


def test_reopening_returns_to_last_document_and_lists_recent(qtbot, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "r.jsonl", [Document(str(i), f"doc {i}") for i in range(5)])
    window = open_window(qtbot, path)
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL, n=3)
    window.close()
    assert paths.last_document(path) == 3
    assert str(path.resolve()) in paths.recent_files()
    again = open_window(qtbot, path)
    assert again.index == 3


def test_spans_panel_jump_and_delete(qtbot, tmp_path: Path) -> None:
    text = "زار رئيس الوزراء مدينة الرباط ثم Paris"
    spans = [
        Span(text.index("الرباط"), text.index("الرباط") + 6, "LOC"),
        Span(text.index("Paris"), len(text), "LOC"),
    ]
    path = write_jsonl(tmp_path / "s.jsonl", [Document("s", text, spans)])
    window = open_window(qtbot, path)
    table = window.spans_panel.table
    assert window.spans_panel.model.data(window.spans_panel.model.index(0, 0)) == "الرباط"
    rect = table.visualRect(window.spans_panel.model.index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.selected_span() == spans[1]
    table.setFocus()
    table.setCurrentIndex(window.spans_panel.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [s.key for s in window.doc.spans] == [spans[1].key]


def test_menus_hold_every_action_and_recent_files(qtbot, article_copy: Path) -> None:
    from annotator.app.actions import ACTIONS
    from ui.suggest_sources import spacy_available

    window = open_window(qtbot, article_copy)
    titles = {a.text() for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    unlisted = {"annotator.edit.undo", "annotator.edit.redo"}
    if not spacy_available():  # training and the model are offered only with spaCy
        unlisted |= {"annotator.suggest.train", "annotator.suggest.model"}
    for spec in ACTIONS:
        if spec.id not in unlisted:
            assert spec.title in titles, spec.title
    window.files.fill_recent()
    assert str(article_copy.resolve()) in [a.text() for a in window.recent_menu.actions()]


def test_shortcuts_dialog_lists_every_action(qtbot, article_copy: Path) -> None:
    from annotator.app.actions import ACTIONS
    from ui.dialogs import ShortcutsDialog

    window = open_window(qtbot, article_copy)
    dialog = ShortcutsDialog(window, window.keys, window.corpus.schema.labels)
    qtbot.addWidget(dialog)
    titles = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    for spec in ACTIONS:
        assert spec.title.replace("&", "").replace("…", "") in titles
    assert any(t.startswith("Label as") for t in titles)


def test_open_bad_file_shows_dialog_and_keeps_corpus(
    qtbot, tmp_path: Path, article_copy: Path
) -> None:
    window = open_window(qtbot, article_copy)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\nnot json\n', encoding="utf-8")
    seen: list[str] = []

    def close_dialog() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, close_dialog)
            return
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, close_dialog)
    assert not window.files.open_path(bad)
    assert seen and "bad.jsonl:2" in seen[0]
    assert window.corpus is not None and Path(window.corpus.source) == article_copy
    assert bad.read_text(encoding="utf-8") == '{"text": "ok"}\nnot json\n'


def test_tab_and_shift_tab_walk_spans(qtbot, tmp_path: Path) -> None:
    text = "زار الوزير مدينة الرباط ثم فاس"
    spans = [Span(text.index(w), text.index(w) + len(w), "LOC") for w in ("الرباط", "فاس")]
    path = write_jsonl(tmp_path / "t.jsonl", [Document("t", text, spans)])
    window = open_window(qtbot, path)
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.view.selected_span() == spans[0]
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.view.selected_span() == spans[1]
    press(qtbot, window, Qt.Key.Key_Backtab, SHIFT)
    assert window.view.selected_span() == spans[0]
    assert window.spans_panel.table.currentIndex().row() == 0


def test_a_failing_panel_is_reported_and_the_edit_stays_undoable(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from ui import dialogs

    path = write_jsonl(tmp_path / "a.jsonl", [Document("a", "زار محمد القاهرة")])
    window = open_window(qtbot, path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda _p, title, exc: shown.append((title, str(exc)))
    )

    def broken(_changes) -> None:
        raise RuntimeError("panel broke")

    window.corpus.add_listener(broken)
    window.view.select_range(4, 8)
    press(qtbot, window, hotkey_of(window))
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("The window could not update", "panel broke")]
    assert [s.key for s in window.doc.spans] == [(4, 8, window.corpus.schema.labels[0].name)]
    assert window.actions_by_id["annotator.edit.undo"].isEnabled()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.doc.spans == []
    assert "Label" in window.actions_by_id["annotator.edit.redo"].text()


def test_a_shortcut_the_user_bound_twice_is_said_when_the_window_opens(
    qtbot, tmp_path: Path
) -> None:
    paths.settings().set(
        "shortcuts", {"annotator.file.save": ["Ctrl+O"], "annotator.span.next": ["1"]}
    )
    window = open_window(qtbot, write_jsonl(tmp_path / "a.jsonl", [Document("a", "نص")]))
    notice = window.notice.text()
    assert "Ctrl+O is bound to both annotator.file.open and annotator.file.save" in notice
    assert "1 is bound to both label" in notice  # the label hotkey 1 and Tab's new key


def test_zoom_keys_and_ctrl_0_resets(qtbot, article_copy: Path) -> None:
    window = open_window(qtbot, article_copy)
    press(qtbot, window, Qt.Key.Key_Plus, CTRL, n=2)
    assert window.view.zoom() == 2
    press(qtbot, window, Qt.Key.Key_Minus, CTRL, n=3)
    assert window.view.zoom() == -1
    press(qtbot, window, Qt.Key.Key_0, CTRL)
    assert window.view.zoom() == 0


@pytest.mark.parametrize(
    ("letter", "scan_code"),
    [("ئ", 52), ("ئ", 0), ("ז", 0)],  # Arabic Ctrl+ئ with and without the X11 key code; Hebrew
    ids=["arabic-scancode", "arabic-tables", "hebrew-tables"],
)
def test_ctrl_shortcuts_fire_under_a_non_latin_layout(
    qtbot, tmp_path: Path, letter: str, scan_code: int
) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [Document("a", "زار محمد القاهرة")])
    window = open_window(qtbot, path)
    window.view.select_range(4, 8)
    press(qtbot, window, hotkey_of(window))
    assert len(window.doc.spans) == 1
    # Only an Arabic (or Hebrew) layout is active: the Z key with Ctrl arrives as Ctrl+ئ (Ctrl+ז).
    event = QKeyEvent(QEvent.Type.KeyPress, ord(letter), CTRL, scan_code, 0, 0, letter, False, 1)
    QApplication.sendEvent(window.view, event)
    assert window.doc.spans == []  # Ctrl+Z undid the label
    save = QKeyEvent(QEvent.Type.KeyPress, ord("س"), CTRL, 0, 0, 0, "س", False, 1)
    assert window.corpus.dirty and window.corpus.journal.path.exists()
    QApplication.sendEvent(window.view, save)  # Ctrl+س is Ctrl+S
    assert not window.corpus.dirty and not window.corpus.journal.path.exists()


def test_ctrl_shift_shortcuts_fire_where_an_arabic_layout_types_punctuation(
    qtbot, tmp_path: Path
) -> None:
    """Under an Arabic layout Shift+Z types "~" and Shift+F "]": ASCII, but not the Z or F key's
    letter. Ctrl+Shift+Z (redo) and Ctrl+Shift+F (flag) still fire, found by the physical key
    (X11 key codes 52 and 41); Ctrl+Shift+/ on a Latin layout's "/" key (61) stays nothing."""
    path = write_jsonl(tmp_path / "a.jsonl", [Document("a", "زار محمد القاهرة")])
    window = open_window(qtbot, path)
    window.view.select_range(4, 8)
    press(qtbot, window, hotkey_of(window))
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.doc.spans == []

    def ctrl_shift(char: str, scan_code: int) -> None:
        mods = CTRL | Qt.KeyboardModifier.ShiftModifier
        event = QKeyEvent(QEvent.Type.KeyPress, ord(char), mods, scan_code, 0, 0, char, False, 1)
        QApplication.sendEvent(window.view, event)

    ctrl_shift("~", 52)
    assert len(window.doc.spans) == 1  # redone
    ctrl_shift("?", 61)
    assert window.doc.status != "flagged" and len(window.doc.spans) == 1
    ctrl_shift("]", 41)
    assert window.doc.status == "flagged"
