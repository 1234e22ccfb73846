"""No cliffs: documents of any length open, scroll, reach their end and label like an article.

Texts are built from the sample article's paragraphs, repeated, in memory or in tmp_path.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.model import Document
from annotator.storage.records import dumps_record
from annotator.text.tokenize import tokenize
from tests.ui.test_document_view import SCHEMA, inside_char, make_view
from tests.ui.test_main_window import hotkey_of, open_window, press

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def repeated(article_text: str, megabytes: float) -> str:
    """Whole copies of the article (ending in its Arabic paragraph and a newline) to the size."""
    size = len(article_text.encode("utf-8"))
    return article_text * -(-int(megabytes * 1_000_000) // size)


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * 4096 / 1e6


@pytest.mark.slow
def test_100_mb_document_opens_reaches_its_end_and_is_labelled_there(
    qtbot, tmp_path: Path, article_text: str
) -> None:
    text = repeated(article_text, 100)
    assert len(text.encode("utf-8")) >= 100_000_000
    path = tmp_path / "big.jsonl"
    path.write_text(dumps_record(Document("big", text)) + "\n", encoding="utf-8")
    window = open_window(qtbot, path)
    view = window.view
    assert view.text == text
    press(qtbot, window, Qt.Key.Key_End, CTRL)
    assert view.caret() == len(text) and view.visible_range()[1] == len(text)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 50_000_000
    assert len(view.layouts) < 40  # the end was laid out, nothing before it
    word = next(t for t in reversed(tokenize(text[-400:])) if t.kind == "word")
    start, end = len(text) - 400 + word.start, len(text) - 400 + word.end
    assert text[start:end] == "المجالات"
    assert view.char_at(inside_char(view, start + 2)) == start + 2  # hit-testable
    press(qtbot, window, Qt.Key.Key_Right, CTRL)  # Arabic: back to the word's start
    press(qtbot, window, Qt.Key.Key_Left, CTRL | SHIFT)  # and over it
    assert view.selection() == (start, end)
    press(qtbot, window, hotkey_of(window))
    label = window.corpus.schema.labels[0].name
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()
    record = json.loads(path.read_bytes())
    assert record["spans"] == [{"start": start, "end": end, "label": label, "text": "المجالات"}]
    assert record["text"] == text


@pytest.mark.slow
def test_every_line_of_a_20_mb_document_is_reached_by_page_steps(qtbot, article_text) -> None:
    """Page by page from the top to the bottom: each screen starts at the last line of the one
    before, so every line is shown, and every paragraph with it (no line of height 0)."""
    text = repeated(article_text, 20)
    view = make_view(qtbot, text, size=(1800, 3200))
    view.set_zoom(-8)  # many lines a page keep the test short; the code path is the same
    paragraphs = view.paragraphs
    seen = bytearray(len(paragraphs))
    pages = 0
    while True:
        screen = view.lines.on_screen()
        assert all(pos.height > 0 for pos, _y in screen)
        for pos, _y in screen:
            seen[pos.layout.block.paragraph] = 1
        if view.visible_range()[1] == len(text):
            break
        last = screen[-1][0].start
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        pages += 1
        assert view.lines.top_cp == last or view.lines.top_cp == view.lines.max_top() <= last
        assert pages < len(paragraphs)
    assert all(seen), f"paragraphs never shown: {seen.count(0)}"
    assert pages > 100


def test_layout_memory_stays_bounded_scrolling_through_5_mb(qtbot, article_text) -> None:
    text = repeated(article_text, 5)
    view = make_view(qtbot, text, size=(1000, 800))
    cache = view.layouts
    before = rss_mb()
    bar = view.verticalScrollBar()
    for k in range(401):
        bar.setValue(bar.maximum() * k // 400)
        view.viewport().repaint()
        assert len(cache) <= cache.max_blocks and cache.chars <= cache.max_chars + 4096
    assert cache.made > cache.max_blocks  # layouts were made all the way down and dropped
    assert view.visible_range()[1] == len(text)
    assert rss_mb() - before < 120  # the screen's layouts, not the document's
    view.set_document(Document("small", "نص قصير"), SCHEMA)
    assert len(cache) == 1
