"""Reading comfort, driven through the real window: many labels, the label filter, the documents
list (sort, filters, lazy), cell directions, About, the tips, and the document font by script."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from annotator.app import paths
from annotator.edits import SetStatus
from annotator.model import Document, Span
from annotator.schema import HOTKEYS, Label, LabelSchema
from annotator.storage.schema_file import save_schema
from tests.ui.test_main_window import (
    CTRL,
    open_window,
    saved_records,
    select_word_by_keyboard,
    write_jsonl,
)
from ui import tips
from ui.about import about_text
from ui.main_window import MainWindow
from ui.reading_font import FontDialog


@pytest.fixture
def article_copy(tmp_path: Path, article_path: Path) -> Path:
    target = tmp_path / "article.txt"
    shutil.copyfile(article_path, target)
    return target


FINE = ("PERS", "ORG", "LOC", "GPE", "EVENT", "DATE", "MISC", "PRODUCT", "LAW")
KINDS = ("GOVERNMENT", "PERSON", "PLACE", "THING", "OTHER")


def fine_grained_schema(n: int) -> LabelSchema:
    names = [f"{a}-{b}" for a in FINE for b in KINDS][:n]
    labels = [
        Label(
            name,
            f"#{(i * 53) % 160 + 90:02x}c0{(i * 31) % 160 + 90:02x}",
            HOTKEYS[i] if i < len(HOTKEYS) else None,
            description=f"about {name}",
        )
        for i, name in enumerate(names)
    ]
    return LabelSchema(labels)


@pytest.mark.parametrize("count", [11, 45])
def test_many_labels_leave_the_document_most_of_the_window(qtbot, tmp_path, count) -> None:
    path = write_jsonl(tmp_path / "fine.jsonl", [Document("d1", "زار محمد القاهرة " * 50)])
    save_schema(fine_grained_schema(count), tmp_path / "fine.labels.toml")
    window = open_window(qtbot, path)
    window.resize(1280, 820)
    qtbot.waitUntil(lambda: window.width() == 1280)
    QApplication.processEvents()
    assert len(window.labels_panel.model.labels) == count
    assert window.view.width() >= 0.6 * window.width(), window.view.width()
    # every label with a hotkey has a button; they wrap inside the dock, never widen it
    assert len(window.labels_panel.buttons) == min(count, len(HOTKEYS))
    panel = window.labels_panel.palette_area
    assert panel.width() <= window.docks["Labels"].width()


def test_label_filter_enter_labels_the_selection(qtbot, article_copy, article_text) -> None:
    window = open_window(qtbot, article_copy)
    start, end = select_word_by_keyboard(qtbot, window, words_before=2)
    qtbot.keyClick(window.view, Qt.Key.Key_L, CTRL)
    panel = window.labels_panel
    assert panel.filter.hasFocus()
    panel.filter.insert("أماكن")  # a word of LOC's description (QTest types ASCII only)
    assert panel.proxy.rowCount() == 1 and panel.proxy.label_at(0).name == "LOC"
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert [s.key for s in window.doc.spans] == [(start, end, "LOC")]
    assert window.view.hasFocus() and panel.filter.text() == ""
    (record,) = saved_records(window)
    assert record["spans"] == [
        {"start": start, "end": end, "label": "LOC", "text": article_text[start:end]}
    ]


def test_label_filter_by_name_and_escape(qtbot, article_copy) -> None:
    window = open_window(qtbot, article_copy)
    qtbot.keyClick(window.view, Qt.Key.Key_L, CTRL)
    panel = window.labels_panel
    qtbot.keyClicks(panel.filter, "s")  # names first (PERS, MISC), then descriptions
    shown = [panel.proxy.label_at(r).name for r in range(panel.proxy.rowCount())]
    assert shown == ["PERS", "MISC", "ORG", "LOC"]
    qtbot.keyClicks(panel.filter, "ation")  # "sation": Organisations
    assert [panel.proxy.label_at(r).name for r in range(panel.proxy.rowCount())] == ["ORG"]
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert window.view.hasFocus() and window.doc.spans == []
    assert panel.proxy.rowCount() == 4


def _documents(tmp_path: Path) -> Path:
    docs = [
        Document("c", "زار محمد القاهرة", [Span(4, 8, "PERS"), Span(9, 16, "LOC")]),
        Document("a", "The minister visited Rabat", [Span(21, 26, "LOC")], status="done"),
        Document("ب", "שלום עולם", status="flagged"),
        Document("d", "مدينة الرباط", [Span(6, 12, "LOC")], status="done"),
        Document("e", "لا شيء هنا"),
    ]
    return write_jsonl(tmp_path / "docs.jsonl", docs)


def _click_header(qtbot, window: MainWindow, section: int) -> None:
    header = window.documents_panel.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _listed(window: MainWindow) -> list[int]:
    model = window.documents_panel.model
    return [model.document_at(r) for r in range(model.rowCount())]


def test_documents_sort_by_header_and_filter(qtbot, tmp_path) -> None:
    window = open_window(qtbot, _documents(tmp_path))
    panel = window.documents_panel
    _click_header(qtbot, window, 3)  # Spans
    qtbot.waitUntil(lambda: not panel.busy)
    assert _listed(window) == [2, 4, 1, 3, 0]
    _click_header(qtbot, window, 3)  # again: descending
    qtbot.waitUntil(lambda: not panel.busy)
    assert _listed(window) == [0, 1, 3, 2, 4]
    _click_header(qtbot, window, 2)  # Status: to do first
    qtbot.waitUntil(lambda: not panel.busy)
    assert _listed(window) == [0, 4, 2, 1, 3]
    _click_header(qtbot, window, 1)  # id
    assert _listed(window) == [1, 0, 3, 4, 2]
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("done"))
    assert _listed(window) == [1, 3]
    panel.status_filter.setCurrentIndex(0)
    panel.label_filter.setCurrentIndex(panel.label_filter.findData("LOC"))
    assert _listed(window) == [1, 0, 3]
    panel.label_filter.setCurrentIndex(0)
    panel.text_filter.insert("الرباط")
    qtbot.waitUntil(lambda: _listed(window) == [3])
    # choosing a row shows that document
    rect = panel.table.visualRect(panel.model.index(0, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.index == 3 and window.doc.id == "d"
    # edits follow in the listed rows; a status edit updates the row of its document
    window.corpus.apply(3, SetStatus("done", "flagged"))
    row = panel.model.row_of(3)
    assert panel.model.data(panel.model.index(row, 2)) == "⚑ flagged"


def test_a_slow_listing_shows_progress_and_cancel_restores(qtbot, tmp_path, monkeypatch) -> None:
    from ui.documents_panel import ListingRunner

    docs = [Document(f"d{i}", f"نص رقم {i}", status="todo") for i in range(3000)]
    window = open_window(qtbot, write_jsonl(tmp_path / "many.jsonl", docs))
    panel = window.documents_panel
    monkeypatch.setattr(ListingRunner, "BUDGET_S", 0.0)  # one slice per turn of the event loop
    monkeypatch.setattr(ListingRunner, "SLICE", 16)
    _click_header(qtbot, window, 3)
    assert panel.busy
    qtbot.waitUntil(lambda: panel.scan_row.isVisible())
    assert 0 < panel.scan_progress.value() < 3000
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.busy and panel.model.rows is None and panel.model.rowCount() == 3000
    header = panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_sorting_by_status_reads_no_document(qtbot, tmp_path, monkeypatch) -> None:
    docs = [Document(f"d{i}", "نص", status=("todo", "done")[i % 2]) for i in range(2000)]
    window = open_window(qtbot, write_jsonl(tmp_path / "heads.jsonl", docs))
    corpus = window.corpus
    # The corpus's label counts are counted in idle time (every document, on purpose): let them
    # finish first, so what is parsed below is only what the sort itself reads.
    qtbot.waitUntil(lambda: window.label_counter.complete, timeout=20_000)
    parsed: list[int] = []
    parse = corpus.index.parse
    monkeypatch.setattr(corpus.index, "parse", lambda i: parsed.append(i) or parse(i))
    _click_header(qtbot, window, 2)
    qtbot.waitUntil(lambda: not window.documents_panel.busy)
    assert _listed(window)[:3] == [0, 2, 4] and _listed(window)[-1] == 1999
    rows_read = window.documents_panel.table.rowAt(window.documents_panel.table.height()) + 1
    assert len(set(parsed)) <= max(rows_read, 1) + 50  # rows on screen only, not 2,000


def test_document_ids_are_laid_out_in_their_own_direction(qtbot, tmp_path) -> None:
    window = open_window(qtbot, _documents(tmp_path))
    table = window.documents_panel.table
    delegate = table.itemDelegateForColumn(1)
    directions = []
    for row in (0, 2):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, window.documents_panel.model.index(row, 1))
        directions.append(option.direction)
    assert directions == [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
    tip = window.documents_panel.model.data(
        window.documents_panel.model.index(0, 1), Qt.ItemDataRole.ToolTipRole
    )
    assert "زار محمد القاهرة" in tip


def test_about_names_versions_fonts_and_licences(qtbot, article_copy, monkeypatch) -> None:
    text = about_text()
    for needed in ("annotator", "Python", "Qt", "PySide6", "MIT", "OFL-1.1"):
        assert needed in text
    for family in ("Noto Sans Arabic", "Amiri", "Heebo"):
        assert family in text
    window = open_window(qtbot, article_copy)
    shown_text: list[str] = []
    from ui.about import AboutDialog

    monkeypatch.setattr(
        AboutDialog, "exec", lambda self: shown_text.append(self.text.toPlainText())
    )
    window.actions_by_id["annotator.help.about"].trigger()
    assert shown_text == [text]


def test_tips_show_on_first_start_until_dismissed(qtbot, article_copy) -> None:
    window = open_window(qtbot, article_copy)
    panel = window.comfort.tips
    assert panel.isVisible()
    assert "Ctrl+Shift+←" in panel.text.text() and "Alt+PgDown" in panel.text.text()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert paths.settings().get(tips.SETTINGS_KEY) is True
    window.close()
    again = open_window(qtbot, article_copy)
    assert not again.comfort.tips.isVisible()
    again.actions_by_id["annotator.help.tips"].trigger()
    assert again.comfort.tips.isVisible()


@pytest.mark.parametrize(
    ("text", "family", "letter"),
    [
        ("שלום עולם, זהו מסמך בעברית", "Heebo", "ש"),
        ("یہ ایک کتاب ہے اور وہ اچھی ہے", "Amiri", "ے"),
        ("این یک کتاب است", "Noto Sans Arabic", "پ"),
        ("زار محمد القاهرة", "Noto Sans Arabic", "ق"),
    ],
)
def test_each_script_gets_a_bundled_face_that_has_its_letters(
    qtbot, tmp_path, text, family, letter
) -> None:
    window = open_window(
        qtbot, write_jsonl(tmp_path / "s.jsonl", [Document("s", text + " " + letter)])
    )
    font = window.view.font()
    assert QFontInfo(font).family() == family
    assert QRawFont.fromFont(font).supportsCharacter(ord(letter))
    assert all(QRawFont.fromFont(font).supportsCharacter(ord(c)) for c in text if c.isalpha())


def test_font_dialog_choice_applies_and_is_remembered(qtbot, tmp_path) -> None:
    docs = [Document("ar", "زار محمد القاهرة"), Document("he", "שלום עולם")]
    window = open_window(qtbot, write_jsonl(tmp_path / "f.jsonl", docs))
    dialog = FontDialog(window, window.comfort.font)
    qtbot.addWidget(dialog)
    dialog.face_box.setCurrentIndex(dialog.face_box.findData("Amiri"))
    dialog.size_box.setValue(17)
    assert dialog.spacing_box.isEnabled()  # the paragraph view has set_line_spacing
    dialog.accept()
    assert QFontInfo(window.view.font()).family() == "Amiri"
    assert window.view.font().pointSizeF() == pytest.approx(17)
    stored = json.loads((paths.config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert stored["font"] == {"face": "Amiri", "size": 17.0, "line_spacing": None}
    own = window.view.line_height_percent()
    dialog = FontDialog(window, window.comfort.font)
    qtbot.addWidget(dialog)
    dialog.spacing_box.setValue(250)
    dialog.accept()
    assert window.view.line_height_percent() > own + 90  # 250% of the line, band aside
    dialog = FontDialog(window, window.comfort.font)
    qtbot.addWidget(dialog)
    assert dialog.spacing_box.value() == 250
    dialog.spacing_box.setValue(dialog.spacing_box.minimum())  # "The view's own"
    dialog.accept()
    assert window.view.line_height_percent() == pytest.approx(own)
    window.go_to(1)  # Amiri has no Hebrew: Heebo, next in the list, draws it
    assert QRawFont.fromFont(window.view.font()).supportsCharacter(ord("ש")) is False
    assert "Heebo" in window.view.font().families()
    window.close()
    again = open_window(qtbot, write_jsonl(tmp_path / "g.jsonl", docs))
    assert QFontInfo(again.view.font()).family() == "Amiri"
