"""Side panels: document spans and the note editor; labels and documents have modules of their own.

LabelsPanel (ui/labels_panel.py), DocumentsPanel (ui/documents_panel.py) and
DirectionalDelegate (ui/tables.py) are importable from here as before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.model import Span
from ui.documents_panel import DocumentsPanel
from ui.labels_panel import LabelsPanel
from ui.models import SpanTableModel
from ui.tables import DirectionalDelegate

__all__ = ["DirectionalDelegate", "DocumentsPanel", "LabelsPanel", "NoteEditor", "SpansPanel"]

NOTE_COMMIT_DELAY_MS = 700


class SpanTable(QTableView):
    """Spans table: Enter jumps to the span, Delete removes it."""

    jump_requested = Signal(object)
    delete_requested = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        span = self.current_span()
        if span is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(span)
            return
        if span is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.jump_requested.emit(span)
            return
        super().keyPressEvent(event)

    def current_span(self) -> Span | None:
        model = self.model()
        index = self.currentIndex()
        if not index.isValid() or not isinstance(model, SpanTableModel):
            return None
        return model.span_at(index.row())


class SpansPanel(QWidget):
    """The spans of the current document; click or Enter jumps, Delete removes."""

    span_activated = Signal(object)
    span_delete_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.model = SpanTableModel()
        self.table = SpanTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(16)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 4)
        self.fit_columns(["MISC"])
        self.table.setItemDelegateForColumn(0, DirectionalDelegate(self.table))
        self.table.clicked.connect(lambda index: self._emit_jump(index.row()))
        self.table.jump_requested.connect(self.span_activated.emit)
        self.table.delete_requested.connect(self.span_delete_requested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def fit_columns(self, label_names: list[str]) -> None:
        """Widths from font metrics, never contents: measuring 20,000 rows took seconds per edit."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        metrics = self.table.fontMetrics()
        longest = max(
            label_names,
            key=metrics.horizontalAdvance,
            default=QCoreApplication.translate("SpansPanel", "Label"),
        )
        widths = {
            1: metrics.horizontalAdvance(longest) + 40,
            2: metrics.horizontalAdvance("0000000") + 12,
            3: metrics.horizontalAdvance("0000000") + 12,
        }
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _emit_jump(self, row: int) -> None:
        span = self.model.span_at(row)
        if span is not None:
            self.span_activated.emit(span)

    def show_span(self, span: Span | None) -> None:
        """Highlight the row of the span selected in the view (without emitting anything)."""
        row = self.model.row_of(span)
        if row < 0:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))


class NoteEditor(QWidget):
    """A note on the current document; typing is committed as SetNote edits after a short pause."""

    note_committed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            QCoreApplication.translate("NoteEditor", "Note on this document (saved as you type)")
        )
        self.editor.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self._committed = ""
        self._loading = False
        self.editor.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.editor)

    def set_note(self, text: str) -> None:
        """Show a document's note (no edit is made)."""
        self._timer.stop()
        self._loading = True
        self._committed = text
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def commit(self) -> None:
        """Emit the note now if it differs from the document's (on pause, switch, save, close)."""
        self._timer.stop()
        text = self.editor.toPlainText()
        if text != self._committed:
            self._committed = text
            self.note_committed.emit(text)
