"""The find bar, Search results and Label all occurrences, driven by real key events on the
real window opened on a corpus made from the sample article (the whole article, then each of
its paragraphs as a document of its own)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from annotator.model import Document, Span
from tests.ui.test_main_window import (
    CTRL,
    SHIFT,
    hotkey_of,
    open_window,
    saved_records,
    write_jsonl,
)
from ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
STORED = "الإسرائيلي"  # as the article writes it (once also without hamza: الاسرائيلي)
TYPED = "الاِسرائيلى"  # bare alef, a kasra, alef maqsura: how one may type it


@pytest.fixture
def texts(article_text: str) -> list[str]:
    return [article_text] + [line for line in article_text.splitlines() if line.strip()]


@pytest.fixture
def corpus_path(tmp_path: Path, texts: list[str]) -> Path:
    docs = [Document(f"p{i}", text) for i, text in enumerate(texts)]
    return write_jsonl(tmp_path / "article.jsonl", docs)


def occurrences(text: str, pattern: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


ISRAELI = "ال[إا]سرائيلي"  # the two spellings the article has, found here without the matcher
# as a whole word, or after the conjunction و (what label-all takes by default)
WHOLE = "(?<![^\\W\u0648])" + ISRAELI + "(?!\\w)"


def key(window: MainWindow, k: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press to whatever has the keyboard (the view, the bar's field, a dialog)."""
    target = QApplication.focusWidget() or window.view
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, k, mods))
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, k, mods))


def type_text(widget, text: str) -> None:
    """Arabic typed key by key (QTest.keyClicks takes ASCII only): each key press carries the
    character it types, as under an Arabic layout."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(ch), Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def find(qtbot, window: MainWindow, query: str) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    bar = window.search.bar
    assert bar.isVisible() and bar.field.hasFocus()
    type_text(bar.field, query)
    assert bar.query() == query


def selected_text(window: MainWindow) -> str:
    selected = window.view.selection()
    assert selected is not None
    return window.view.text[selected[0] : selected[1]]


def test_find_bar_ignores_harakat_and_alef_forms_and_moves_by_keys(
    qtbot, corpus_path: Path, texts: list[str]
) -> None:
    window = open_window(qtbot, corpus_path)
    expected = occurrences(texts[0], ISRAELI)
    assert len(expected) >= 3
    find(qtbot, window, TYPED)
    qtbot.waitUntil(lambda: window.view.current_match() is not None)
    bar, view = window.search.bar, window.view
    assert view.selection() == expected[0]
    assert selected_text(window) == STORED
    assert bar.count.text() == f"1 of {len(expected)}"
    assert view.current_match() == expected[0]
    key(window, Qt.Key.Key_Return)
    assert view.selection() == expected[1] and bar.count.text() == f"2 of {len(expected)}"
    key(window, Qt.Key.Key_F3)
    assert view.selection() == expected[2] and view.current_match() == expected[2]
    key(window, Qt.Key.Key_Return, SHIFT)
    assert view.selection() == expected[1]
    key(window, Qt.Key.Key_F3, SHIFT)
    assert view.selection() == expected[0]
    key(window, Qt.Key.Key_F3, SHIFT)  # round the start: the last one
    assert view.selection() == expected[-1]
    # Ctrl+F again on the current match keeps the query that found it
    key(window, Qt.Key.Key_F, CTRL)
    assert bar.query() == TYPED and view.selection() == expected[-1]
    # Esc: the bar closes, nothing is highlighted, the match stays selected in the document
    key(window, Qt.Key.Key_Escape)
    assert not bar.isVisible() and view.hasFocus()
    assert view.current_match() is None
    assert view.selection() == expected[-1]


def test_f3_from_the_document_then_a_label_key_labels_each_match(
    qtbot, corpus_path: Path, texts: list[str]
) -> None:
    """Ctrl+F, the query, Esc, 1 (the first match labelled), F3, 1, F3, 1: two keys each."""
    window = open_window(qtbot, corpus_path)
    expected = occurrences(texts[0], ISRAELI)
    find(qtbot, window, TYPED)
    qtbot.waitUntil(lambda: window.view.selection() == expected[0])
    key(window, Qt.Key.Key_Escape)
    hot = hotkey_of(window)
    label = window.corpus.schema.labels[0].name
    qtbot.keyClicks(window.view, hot)
    for _ in range(2):
        key(window, Qt.Key.Key_F3)
        assert not window.search.bar.isVisible()
        assert selected_text(window) in (STORED, "الاسرائيلي")
        qtbot.keyClicks(window.view, hot)
    assert [s.key for s in window.doc.spans] == [(s, e, label) for s, e in expected[:3]]
    (first, *_rest) = saved_records(window)
    assert [(s["start"], s["end"]) for s in first["spans"]] == expected[:3]
    for span in first["spans"]:
        assert first["text"][span["start"] : span["end"]] == span["text"]
        assert re.fullmatch(ISRAELI, span["text"])


def test_ctrl_f_takes_the_selection_and_a_bad_regex_is_said_in_the_bar(
    qtbot, corpus_path: Path, texts: list[str]
) -> None:
    window = open_window(qtbot, corpus_path)
    start = texts[0].index("المغرب")
    window.view.select_range(start, start + len("المغرب"))
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    bar = window.search.bar
    assert bar.query() == "المغرب"
    assert window.view.selection() == (start, start + 6)  # the selection is the first match
    bar.regex.click()
    bar.field.setText("(المغرب")
    qtbot.waitUntil(lambda: "regular expression" in bar.count.text())
    assert window.view.current_match() is None
    key(window, Qt.Key.Key_Return)  # nothing to move to: no exception, still said
    assert "regular expression" in bar.count.text()
    bar.field.setText("")
    qtbot.waitUntil(lambda: bar.count.text() == "")


@pytest.mark.parametrize("letter", ["ب", "כ"])  # the F key: Arabic and Persian, Hebrew
def test_ctrl_f_and_ctrl_alt_f_under_other_layouts(qtbot, corpus_path: Path, letter) -> None:
    """Only an Arabic, Persian or Hebrew layout: Ctrl+F arrives as Ctrl+ب or Ctrl+כ."""
    window = open_window(qtbot, corpus_path)
    event = QKeyEvent(QEvent.Type.KeyPress, ord(letter), CTRL, 0, 0, 0, letter, False, 1)
    QApplication.sendEvent(window.view, event)
    bar = window.search.bar
    assert bar.isVisible() and bar.field.hasFocus()
    type_text(bar.field, "المغرب")
    event = QKeyEvent(QEvent.Type.KeyPress, ord(letter), CTRL | ALT, 0, 0, 0, letter, False, 1)
    QApplication.sendEvent(bar.field, event)
    assert window.search.dock.isVisible() and window.search.panel.search is not None


def test_f3_without_a_query_opens_the_bar(qtbot, corpus_path: Path) -> None:
    window = open_window(qtbot, corpus_path)
    key(window, Qt.Key.Key_F3)
    bar = window.search.bar
    assert bar.isVisible() and bar.field.hasFocus() and bar.query() == ""
    key(window, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.hasFocus()


def test_search_all_documents_lists_matches_and_a_row_opens_the_exact_match(
    qtbot, corpus_path: Path, texts: list[str]
) -> None:
    window = open_window(qtbot, corpus_path)
    find(qtbot, window, TYPED)
    key(window, Qt.Key.Key_F, CTRL | ALT)
    panel = window.search.panel
    assert window.search.dock.isVisible()
    qtbot.waitUntil(lambda: panel.search is not None and panel.search.complete, timeout=10000)
    expected = [(i, s, e) for i, text in enumerate(texts) for s, e in occurrences(text, ISRAELI)]
    rows = [(m.index, m.start, m.end) for m in panel.model.matches]
    assert rows == expected
    assert len({i for i, _s, _e in rows}) > 2  # across documents
    assert panel.model.rowCount() == len(expected)
    assert "matches in" in panel.progress.text()
    # the last row: Enter on it opens its document with the match selected
    row = len(rows) - 1
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    index, start, end = expected[row]
    assert window.index == index and index > 0
    assert window.view.selection() == (start, end)
    assert texts[index][start:end] == selected_text(window)
    assert window.view.hasFocus()


def test_search_all_from_a_selection_leaves_the_selection(qtbot, corpus_path, texts) -> None:
    window = open_window(qtbot, corpus_path)
    second = occurrences(texts[0], "المغرب")[1]
    window.view.select_range(*second)
    key(window, Qt.Key.Key_F, CTRL | ALT)  # no query yet: the selection's text is searched
    panel = window.search.panel
    qtbot.waitUntil(lambda: panel.search is not None and panel.search.complete)
    assert panel.search.matcher.query == "المغرب" and panel.search.found > 5
    qtbot.wait(20)  # the find bar's live search (a zero timer) had its turn
    assert window.view.selection() == second and not window.search.bar.isVisible()


def test_search_results_can_be_cancelled(qtbot, corpus_path: Path) -> None:
    window = open_window(qtbot, corpus_path)
    find(qtbot, window, "في")
    panel = window.search.panel
    panel.runner.SLICE = 1
    panel.runner.BUDGET_S = 0.0  # one document per turn of the event loop
    key(window, Qt.Key.Key_F, CTRL | ALT)
    assert panel.running and panel.cancel_button.isVisible()
    panel.cancel_button.click()
    assert not panel.running and "Stopped after" in panel.progress.text()
    assert panel.search is not None and not panel.search.complete


def test_label_all_in_the_corpus_is_one_undo_step_and_skips_overlaps(
    qtbot, corpus_path: Path, texts: list[str]
) -> None:
    window = open_window(qtbot, corpus_path)
    labels = window.corpus.schema.labels
    # an existing span over the first occurrence in document 0, labelled by hand
    first = occurrences(texts[0], ISRAELI)[0]
    wide = (first[0] - 6, first[1])  # "الجيش الإسرائيلي"
    window.view.select_range(*wide)
    qtbot.keyClicks(window.view, hotkey_of(window, 1))
    assert [s.key for s in window.doc.spans] == [(*wide, labels[1].name)]
    find(qtbot, window, TYPED)
    key(window, Qt.Key.Key_Escape)
    key(window, Qt.Key.Key_L, CTRL | SHIFT)
    dialog = window.search.label_all_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.field.text() in (STORED, "الاسرائيلي")  # the selected match's text
    dialog.labels.setCurrentIndex(dialog.labels.findData(labels[2].name))
    dialog.everywhere.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    expected = [(i, s, e) for i, text in enumerate(texts) for s, e in occurrences(text, WHOLE)]
    assert len(expected) < sum(len(occurrences(text, ISRAELI)) for text in texts)
    plan = dialog.plan
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.labels)
    assert plan.found == len(expected) and plan.overlapping == 1 and plan.already == 0
    assert plan.to_add == len(expected) - 1
    assert f"Found {plan.found}" in dialog.summary.text()
    key(window, Qt.Key.Key_Return)
    assert window.search.label_all_dialog is None
    added = {
        (i, s.start, s.end)
        for i in range(len(texts))
        for s in window.corpus[i].spans
        if s.label == labels[2].name
    }
    assert added == set(expected) - {(0, *first)}
    assert "Labelled" in window.statusBar().currentMessage()
    records = saved_records(window)
    for record in records:
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]
    # one Ctrl+Z takes every one of them back, in every document
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    left = [(i, s.key) for i in range(len(texts)) for s in window.corpus[i].spans]
    assert left == [(0, (*wide, labels[1].name))]
    on_disk = [json.loads(line) for line in corpus_path.read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["spans"]) for r in on_disk) == len(expected)  # saved before the undo


def test_label_all_in_this_document_from_the_selection(qtbot, corpus_path: Path, texts) -> None:
    window = open_window(qtbot, corpus_path)
    start = texts[0].index("المغرب")
    window.view.select_range(start, start + 6)
    key(window, Qt.Key.Key_L, CTRL | SHIFT)
    dialog = window.search.label_all_dialog
    assert dialog is not None and dialog.here.isChecked() and dialog.clitics.isChecked()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.plan.documents == 1
    label = dialog.label()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.labels)
    key(window, Qt.Key.Key_Return)
    spans = [s for s in window.doc.spans if s.label == label]
    assert len(spans) == dialog.plan.to_add >= 5
    # whole words, clitics left outside: والمغرب gives المغرب, للمغرب gives لمغرب
    assert {texts[0][s.start : s.end] for s in spans} <= {"المغرب", "لمغرب"}
    assert all(s == Span(s.start, s.end, label, s.meta) for s in spans)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert [s for s in window.doc.spans if s.label == label] == []


def test_a_clitic_match_is_labelled_as_found_not_snapped_to_the_whole_token(
    qtbot, corpus_path: Path, texts: list[str]
) -> None:
    """Whole word with clitics finds المغرب in والمغرب and للمغرب and selects the word only; a
    label key then stores the word only (a selection made by the find bar is exact, unlike a
    keyboard selection, which a label snaps to whole tokens)."""
    window = open_window(qtbot, corpus_path)
    text = texts[0]
    start = text.index("والمغرب") + 1
    find(qtbot, window, "المغرب")
    bar = window.search.bar
    bar.whole_word.setChecked(True)
    bar.clitics.setChecked(True)
    window.view.set_caret(start - 1)
    key(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.selection() == (start, start + 6))
    key(window, Qt.Key.Key_Escape)
    qtbot.keyClicks(window.view, hotkey_of(window))
    assert [(s.start, s.end) for s in window.doc.spans] == [(start, start + 6)]
    (first, *_rest) = saved_records(window)
    assert [span["text"] for span in first["spans"]] == ["المغرب"]
