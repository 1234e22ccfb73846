"""Data is never code on screen: file names, labels and texts reach widgets as plain text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from annotator.errors import InputError
from ui import dialogs, shown

HOSTILE = 'x<b>bold</b><img src="/etc/passwd">PER\u202eCOL'


def _inspect_next_box(found: list[QMessageBox]) -> None:
    def grab() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            found.append(box)
            box.done(0)
        else:
            QTimer.singleShot(20, grab)

    QTimer.singleShot(0, grab)


def _texts(box: QMessageBox) -> list[tuple[str, Qt.TextFormat]]:
    return [
        (label.text(), label.textFormat()) for label in box.findChildren(QLabel) if label.text()
    ]


def test_error_dialogs_show_file_names_literally(qtbot, tmp_path: Path) -> None:
    found: list[QMessageBox] = []
    _inspect_next_box(found)
    error = InputError.single(tmp_path / f"{HOSTILE}.jsonl", 3, f"label {HOSTILE} is unknown")
    dialogs.show_error(None, f"Could not open {HOSTILE}", error)
    assert found
    texts = _texts(found[0])
    assert texts and all(fmt == Qt.TextFormat.PlainText for _text, fmt in texts)
    joined = "\n".join(t for t, _ in texts)
    assert '<b>bold</b><img src="/etc/passwd">' in joined  # shown as written, never rendered
    assert "\u202e" not in joined and "PER\\u202eCOL" in joined
    assert "\u202e" not in found[0].windowTitle()


def test_questions_are_plain_text_too(qtbot) -> None:
    found: list[QMessageBox] = []
    _inspect_next_box(found)
    assert not dialogs.ask_yes_no(None, "Overwrite?", f"{HOSTILE} changed on disk")
    assert all(fmt == Qt.TextFormat.PlainText for _t, fmt in _texts(found[0]))


def test_tooltips_and_cells_keep_data_inert() -> None:
    tip = shown.tooltip("<b>bold</b>\nline")
    assert tip == "<qt>&lt;b&gt;bold&lt;/b&gt;<br>line</qt>"
    assert shown.document_text("«مصر»") == "\u2068«مصر»\u2069"
    assert shown.name("PER\u202eCOL") == "PER\\u202eCOL"


def test_panels_show_label_names_and_span_texts_inertly(qtbot) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from annotator.model import Document, Span
    from annotator.schema import Label
    from ui.models import LabelTableModel
    from ui.panels import LabelsPanel, SpansPanel

    label = Label("A&B<b>PER\u202eCOL</b>", "#88ccff", "1", description="<img src=x>")
    model = LabelTableModel()
    model.set_labels([label])
    assert model.data(model.index(0, 0)) == "A&B<b>PER\\u202eCOL</b>"
    assert (
        model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "<qt>&lt;img src=x&gt;</qt>"
    )
    panel = LabelsPanel()
    qtbot.addWidget(panel)
    panel.set_labels([label])
    button = panel.buttons[label.name]
    # no mnemonic, no markup, the bidi override escaped (a button per label with a hotkey; a
    # long name is elided in its middle, the whole name is in the table and the tooltip)
    text = button.text().replace("&&", "&")
    assert text.startswith("A&B<b>PER\\u") and text.endswith("COL</b> [1]"), text
    assert "\u202e" not in button.text() and "&B" not in button.text().replace("&&", "")

    spans = SpansPanel()
    qtbot.addWidget(spans)
    doc = Document("d", "زار «الرباط» و Rabat", [Span(4, 12, "LOC"), Span(15, 20, "LOC")])
    spans.model.set_document(doc)
    delegate = spans.table.itemDelegateForColumn(0)
    directions = []
    for row in (0, 1):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, spans.model.index(row, 0))
        directions.append(option.direction)
    assert directions == [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]
    assert spans.model.data(spans.model.index(0, 0)) == "«الرباط»"  # the document's own text
