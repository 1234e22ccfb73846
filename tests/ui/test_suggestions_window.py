"""Suggestions in the window and the keyboard loop's fixes, through real key events.

A gazetteer run from the Suggestions menu shows suggestions; Tab focuses, Enter accepts,
Backspace and x reject, Alt+Return accepts all as one undo step; the saved JSONL and a
reopened corpus agree. A keyboard selection that took a space and « labels the name only; a
label over another label's span says what it replaced and offers Undo.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from tests.ui.test_main_window import (
    ALT,
    CTRL,
    SHIFT,
    hotkey_of,
    open_window,
    press,
    saved_records,
    write_jsonl,
)
from ui.main_window import MainWindow

K = Qt.Key
GAZETTEER = "عبد اللطيف الوديي\tPERS\nبلخير الفاروق\tPERS\nالرباط\tLOC\nالمغرب\tLOC\n"


@pytest.fixture
def article_corpus(tmp_path: Path, article_text: str) -> Path:
    return write_jsonl(tmp_path / "article.jsonl", [Document("article", article_text)])


def run_gazetteer(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    """Suggestions > From a gazetteer…, the file chosen in the (patched) dialog."""
    tsv = tmp_path / "names.tsv"
    tsv.write_text(GAZETTEER, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tsv), ""))
    window.actions_by_id["annotator.suggest.gazetteer"].trigger()
    sources = window.suggestions.sources
    assert sources.box.isVisible() or not sources.busy  # the progress bar while it runs
    qtbot.waitUntil(lambda: not sources.busy, timeout=10000)
    window.view.setFocus()


def texts(doc: Document, items) -> list[str]:
    return [doc.text[s.start : s.end] for s in items]


def test_gazetteer_then_tab_enter_backspace_x_and_the_saved_file(
    qtbot, article_corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    window = open_window(qtbot, article_corpus)
    run_gazetteer(qtbot, window, tmp_path, monkeypatch)
    doc = window.doc
    assert doc is not None
    found = texts(doc, doc.suggestions)
    assert found[:2] == ["عبد اللطيف الوديي", "بلخير الفاروق"] and "الرباط" in found
    total = len(found)
    assert window.view.suggestion_count() == total and doc.spans == []
    assert window.status.suggestions.text() == f"Suggestions left: {total}"
    said = window.statusBar().currentMessage()
    assert "Suggestions from the gazetteer" in said and "PERS 2" in said and "LOC" in said
    window.view.set_caret(0)
    press(qtbot, window, K.Key_Tab)  # focuses the first suggestion, caret at its start
    first = window.view.focused_suggestion()
    assert first is not None and texts(doc, [first]) == ["عبد اللطيف الوديي"]
    assert window.view.caret() == first.start
    press(qtbot, window, K.Key_Return)  # accepted: a span now, the next one focused
    assert [s.key for s in doc.spans] == [first.key]
    assert texts(doc, [window.view.focused_suggestion()]) == ["بلخير الفاروق"]
    assert window.status.suggestions.text() == f"Suggestions left: {total - 1}"
    press(qtbot, window, K.Key_Backspace)  # rejected
    assert "بلخير الفاروق" not in texts(doc, doc.suggestions) and len(doc.spans) == 1
    press(qtbot, window, K.Key_X)  # x rejects too (the third one)
    assert len(doc.suggestions) == total - 3
    press(qtbot, window, K.Key_Space)  # Space accepts like Enter
    assert len(doc.spans) == 2 and len(doc.suggestions) == total - 4
    press(qtbot, window, K.Key_Z, CTRL)  # undo puts the suggestion back, outline and all
    assert len(doc.spans) == 1 and window.view.suggestion_count() == total - 3
    (record,) = saved_records(window)
    assert record["spans"] == [
        {"start": first.start, "end": first.end, "label": "PERS", "text": "عبد اللطيف الوديي"}
    ]
    kept = [(s["start"], s["end"]) for s in record["suggestions"]]
    assert len(kept) == total - 3 and (first.start, first.end) not in kept
    assert all(s["source"] == "gazetteer" for s in record["suggestions"])
    window.close()
    again = MainWindow(Corpus.open(article_corpus))  # reopened: the remaining suggestions show
    qtbot.addWidget(again)
    assert again.view.suggestion_count() == total - 3
    assert again.status.suggestions.text() == f"Suggestions left: {total - 3}"


def test_accept_all_is_one_undo_step_and_tab_goes_back_to_spans(
    qtbot, article_corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    window = open_window(qtbot, article_corpus)
    run_gazetteer(qtbot, window, tmp_path, monkeypatch)
    doc = window.doc
    assert doc is not None
    before = len(doc.suggestions)
    press(qtbot, window, K.Key_Return, ALT)
    assert len(doc.spans) == before and doc.suggestions == []
    assert window.view.suggestion_count() == 0 and not window.status.suggestions.isVisible()
    assert not window.actions_by_id["annotator.suggest.accept"].isEnabled()
    window.view.set_caret(0)
    press(qtbot, window, K.Key_Tab)  # no suggestions left: Tab selects the first span again
    assert window.view.selected_span() == doc.spans[0]
    press(qtbot, window, K.Key_Z, CTRL)  # one step takes every one back
    assert doc.spans == [] and len(doc.suggestions) == before
    assert window.view.suggestion_count() == before
    records = saved_records(window)
    assert records[0]["spans"] == [] and len(records[0]["suggestions"]) == before


def test_suggestions_never_overwrite_a_span_and_hide_under_one(
    qtbot, tmp_path: Path, article_text: str, monkeypatch
) -> None:
    start = article_text.index("الرباط")
    doc = Document("article", article_text, spans=[Span(start, start + 6, "ORG")])
    window = open_window(qtbot, write_jsonl(tmp_path / "a.jsonl", [doc]))
    run_gazetteer(qtbot, window, tmp_path, monkeypatch)
    shown = window.doc
    assert shown is not None and shown.spans == [Span(start, start + 6, "ORG")]
    assert not any(s.start == start for s in shown.suggestions)  # not over the span
    assert "الرباط" in texts(shown, shown.suggestions)  # the other الرباط is suggested
    # a label made over a suggestion hides it: it is no longer open
    count = window.view.suggestion_count()
    window.view.set_caret(0)
    press(qtbot, window, K.Key_Tab)
    focused = window.view.focused_suggestion()
    assert focused is not None
    window.view.select_range(focused.start, focused.end)
    press(qtbot, window, hotkey_of(window, 0))
    assert window.view.suggestion_count() == count - 1
    assert window.status.suggestions.text() == f"Suggestions left: {count - 1}"


def test_propagate_and_clear_from_the_menu(qtbot, tmp_path: Path, article_text: str) -> None:
    paragraphs = [p for p in article_text.split("\n") if p.strip()]
    docs = [Document(f"p{i}", p) for i, p in enumerate(paragraphs)]
    first = next(d for d in docs if "الرباط" in d.text)
    at = first.text.index("الرباط")
    first.spans = [Span(at, at + 6, "LOC")]
    window = open_window(qtbot, write_jsonl(tmp_path / "p.jsonl", docs))
    sources = window.suggestions.sources
    window.actions_by_id["annotator.suggest.propagate"].trigger()
    qtbot.waitUntil(lambda: not sources.busy, timeout=10000)
    suggested = [(i, s) for i in range(len(docs)) for s in window.corpus[i].suggestions]
    assert suggested and all(s.label == "LOC" and s.source == "corpus" for _i, s in suggested)
    assert "Suggestions from the corpus's labels" in window.statusBar().currentMessage()
    window.actions_by_id["annotator.suggest.clear"].trigger()
    qtbot.waitUntil(lambda: not sources.busy, timeout=10000)
    assert not any(window.corpus[i].suggestions for i in range(len(docs)))
    assert window.statusBar().currentMessage().startswith(f"Removed {len(suggested)}")
    window.undo()  # clearing was one undo step
    assert sum(len(window.corpus[i].suggestions) for i in range(len(docs))) == len(suggested)


def test_a_keyboard_selection_with_space_and_guillemet_labels_the_name_only(
    qtbot, article_corpus: Path, article_text: str
) -> None:
    window = open_window(qtbot, article_corpus)
    window.view.set_caret(article_text.index("المغربي") + len("المغربي"))
    press(qtbot, window, K.Key_Left, CTRL | SHIFT, n=3)  # RTL: ← goes forward, word by word
    start, end = window.view.selection()
    assert article_text[start:end] == " «عبد اللطيف الوديي"  # what the issue reported
    press(qtbot, window, hotkey_of(window))
    (span,) = window.doc.spans
    assert article_text[span.start : span.end] == "عبد اللطيف الوديي"
    (record,) = saved_records(window)
    assert record["spans"][0]["text"] == "عبد اللطيف الوديي"
    # only a space and «: nothing to label, and said so
    press(qtbot, window, K.Key_Escape)
    window.view.select_range(start, start + 2)
    press(qtbot, window, hotkey_of(window, 1))
    assert len(window.doc.spans) == 1 and "Nothing to label" in window.statusBar().currentMessage()
    # the exact mode keeps the characters as selected
    press(qtbot, window, K.Key_Z, CTRL)
    window.actions_by_id["annotator.span.exact"].trigger()
    window.view.select_range(start, end)
    press(qtbot, window, hotkey_of(window))
    assert [(s.start, s.end) for s in window.doc.spans] == [(start, end)]


def test_a_label_over_another_labels_span_says_so_and_undo_restores(
    qtbot, article_corpus: Path, article_text: str
) -> None:
    window = open_window(qtbot, article_corpus)
    name = article_text.index("عبد اللطيف الوديي")
    window.view.select_range(name, name + len("عبد اللطيف الوديي"))
    press(qtbot, window, hotkey_of(window, 0))
    before = [s.key for s in window.doc.spans]
    first = window.corpus.schema.labels[0].name
    second = window.corpus.schema.labels[1].name
    press(qtbot, window, K.Key_Escape)
    window.view.select_range(name + len("عبد اللطيف "), name + len("عبد اللطيف الوديي» وقائد"))
    press(qtbot, window, hotkey_of(window, 1))
    assert [s.label for s in window.doc.spans] == [second]
    notice = window.spans.notice
    assert notice.isVisible()
    assert notice.label.text() == f"Replaced {first} «\u2068عبد اللطيف الوديي\u2069» with {second}"
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert [s.key for s in window.doc.spans] == before and not notice.isVisible()
    # after another edit the notice's Undo no longer undoes (it would take back that edit)
    press(qtbot, window, K.Key_Escape)
    window.view.select_range(name + len("عبد اللطيف "), name + len("عبد اللطيف الوديي» وقائد"))
    press(qtbot, window, hotkey_of(window, 1))
    assert notice.isVisible()
    window.view.select_range(0, 6)
    press(qtbot, window, hotkey_of(window, 2))  # another label, elsewhere
    labels = [s.label for s in window.doc.spans]
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert [s.label for s in window.doc.spans] == labels and not notice.isVisible()
    press(qtbot, window, K.Key_Z, CTRL)
    press(qtbot, window, K.Key_Z, CTRL)
    (record,) = saved_records(window)
    assert [s["label"] for s in record["spans"]] == [first]


def test_x_rejects_under_an_arabic_layout(
    qtbot, article_corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    """The physical X key types ء under an Arabic layout: the action's X does not match it."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, article_corpus)
    run_gazetteer(qtbot, window, tmp_path, monkeypatch)
    window.view.set_caret(0)
    press(qtbot, window, K.Key_Tab)
    before = len(window.doc.suggestions)
    for n, letter in enumerate(("ء", "ס"), start=1):  # Arabic, then Hebrew: the X key
        event = QKeyEvent(
            QKeyEvent.Type.KeyPress, ord(letter), Qt.KeyboardModifier.NoModifier, letter
        )
        QApplication.sendEvent(window.view, event)
        assert len(window.doc.suggestions) == before - n
    assert window.doc.spans == []  # not taken for a label key


def test_the_model_trains_in_the_background_and_suggests(
    qtbot, tmp_path: Path, article_text: str
) -> None:
    pytest.importorskip("spacy")
    paragraphs = [p for p in article_text.split("\n") if p.strip()]
    docs = [Document(f"p{i}", p, status="done") for i, p in enumerate(paragraphs)]
    for doc in docs:
        for word in ("كوخافي", "إسرائيل"):
            if word in doc.text:
                at = doc.text.index(word)
                doc.spans = [Span(at, at + len(word), "PERS" if word == "كوخافي" else "LOC")]
                break
    path = write_jsonl(tmp_path / "m.jsonl", docs)
    window = open_window(qtbot, path)
    sources = window.suggestions.sources
    sources.training.train(iterations=2, language="ar")
    assert sources.box.isVisible() and sources.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: sources.training.job is None, timeout=120000)
    assert "Model trained on" in window.statusBar().currentMessage()
    assert (tmp_path / "m.model").is_dir()
    window.actions_by_id["annotator.suggest.model"].trigger()
    qtbot.waitUntil(lambda: not sources.busy, timeout=60000)
    message = window.statusBar().currentMessage()
    assert "the model" in message


def test_training_can_be_cancelled(qtbot, tmp_path: Path, article_text: str) -> None:
    pytest.importorskip("spacy")
    docs = [Document(f"p{i}", article_text, status="done") for i in range(20)]
    for doc in docs:
        at = doc.text.index("كوخافي")
        doc.spans = [Span(at, at + 6, "PERS")]
    window = open_window(qtbot, write_jsonl(tmp_path / "c.jsonl", docs))
    sources = window.suggestions.sources
    sources.training.train(iterations=200, language="ar")
    qtbot.mouseClick(sources.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sources.training.job is None, timeout=120000)
    assert "Training stopped" in window.statusBar().currentMessage()
    assert not (tmp_path / "c.model").exists()
    assert json.loads((tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()[0])
    # the next run in the same box can be cancelled too
    window.actions_by_id["annotator.suggest.propagate"].trigger()
    assert sources.box.isVisible() and sources.cancel_button.isEnabled()


@pytest.mark.parametrize("width", [1280, 900, 700])
def test_up_down_in_paragraph_5_move_one_visual_line_in_the_window(
    qtbot, article_corpus: Path, width: int
) -> None:
    """The issue: in paragraph 5 (Arabic with "Ran Kochav" and "Ynet TV") ↓ skipped two lines
    and ↑ stayed put. In the window, at several widths, each press moves one line and the
    caret keeps its x; ↑ comes back through the same places."""
    window = open_window(qtbot, article_corpus)
    window.resize(width, 820)
    qtbot.wait(10)
    view = window.view
    start = view.paragraphs.start(4)
    block = view.layouts.at(start)
    assert "Ynet TV" in view.text[start : block.block.end] and block.line_count >= 2
    middle = block.line_starts[0] + (block.line_starts[1] - block.line_starts[0]) // 2
    view.set_caret(middle)
    x0 = view.caret_rect().center().x()
    visited = [view.caret()]
    for n in range(1, block.line_count):
        press(qtbot, window, K.Key_Down)
        assert view.lines.line_at(view.caret()).start == block.line_starts[n], n
        if n < block.line_count - 1:  # the last line may be too short to reach x
            assert abs(view.caret_rect().center().x() - x0) <= 12, n
        visited.append(view.caret())
    for n in range(block.line_count - 2, -1, -1):
        press(qtbot, window, K.Key_Up)
        assert view.lines.line_at(view.caret()).start == block.line_starts[n], n
        assert view.caret() == visited[n]


def test_a_label_with_the_hotkey_x_keeps_it(
    qtbot, article_corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    """x rejects only while no label has it: a schema's DRUG with hotkey x still labels."""
    (tmp_path / "article.labels.toml").write_text(
        '[[labels]]\nname = "DRUG"\ncolor = "#ffc9d6"\nhotkey = "x"\n'
        '[[labels]]\nname = "LOC"\ncolor = "#c6dcff"\nhotkey = "3"\n',
        encoding="utf-8",
    )
    window = open_window(qtbot, article_corpus)
    assert [label.name for label in window.corpus.schema.labels] == ["DRUG", "LOC"]
    run_gazetteer(qtbot, window, tmp_path, monkeypatch)
    doc = window.doc
    window.view.set_caret(0)
    press(qtbot, window, K.Key_Tab)
    focused = window.view.focused_suggestion()
    assert focused is not None
    window.view.select_range(focused.start, focused.end)  # the caret stays on it: still focused
    assert window.view.focused_suggestion() == focused
    press(qtbot, window, K.Key_X)
    assert [(s.start, s.end, s.label) for s in doc.spans] == [(focused.start, focused.end, "DRUG")]
