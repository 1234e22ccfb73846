"""Side panels: labels (with palette), document spans, documents with progress, the note editor."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.model import Span
from annotator.schema import Label
from annotator.storage.corpus import Corpus
from ui import shown
from ui.models import DocumentTableModel, LabelTableModel, SpanTableModel, is_rtl_text

NOTE_COMMIT_DELAY_MS = 700


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setMinimumSectionSize(16)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 4)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _fit_columns(view: QTableView, stretch: int) -> None:
    """Columns sized to their contents, one stretched.

    Re-applied after each model reset (Qt forgets them).
    """

    def apply() -> None:
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)  # Noto Sans Arabic's tall metrics would make it ~120 px
        for col in range(view.model().columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col == stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)

    apply()
    view.model().modelReset.connect(apply)


class LabelsPanel(QWidget):
    """The schema's labels with counts, plus a palette of buttons that label like the hotkeys do."""

    label_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.model = LabelTableModel()
        self.table = _table(self.model)
        self.table.activated.connect(self._activated)
        _fit_columns(self.table, 0)
        self.palette_row = QWidget()
        self.palette_layout = QHBoxLayout(self.palette_row)
        self.palette_layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.palette_row)
        layout.addWidget(self.table)

    def set_labels(self, labels: list[Label]) -> None:
        self.model.set_labels(labels)
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons.clear()
        for label in labels:
            key = f" [{'/'.join(label.hotkeys)}]" if label.hotkeys else ""
            button = QPushButton(shown.name(label.name).replace("&", "&&") + key)
            button.setObjectName(f"palette-{label.name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the caret in the document view
            button.setToolTip(shown.tooltip(label.description or label.name))
            color = QColor(label.color)
            text = "#000000" if color.lightnessF() > 0.55 else "#ffffff"
            button.setStyleSheet(
                f"QPushButton {{ background: {color.name()}; color: {text}; padding: 2px 6px; }}"
            )
            button.clicked.connect(lambda _=False, name=label.name: self.label_chosen.emit(name))
            self.palette_layout.addWidget(button)
            self.buttons[label.name] = button
        self.palette_layout.addStretch(1)

    def _activated(self, index: QModelIndex) -> None:
        self.label_chosen.emit(self.model.label_at(index.row()).name)


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


class DirectionalDelegate(QStyledItemDelegate):
    """Draws each cell in its own text's direction, so «الرباط» keeps « at its right end.

    The item's text is the document's own; only the paragraph direction it is laid out in
    changes (the first strong letter decides, as for the document's paragraphs).
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if isinstance(text, str) and text:
            rtl = is_rtl_text(text)
            option.direction = (
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )


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
        longest = max(label_names, key=metrics.horizontalAdvance, default="Label")
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


class DocumentsPanel(QWidget):
    """All documents with their status and a done/total progress bar.

    Rows are read only when scrolled into view. A QTableView, not a QTreeView: the tree
    lays out every row (a Python rowCount call each), 1.7 s for 100,000 documents; the
    table's uniform rows cost nothing per row.
    """

    document_chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.model = DocumentTableModel()
        self.table = _table(self.model)
        self.tree = self.table  # older name, kept for callers
        self._fixed_columns()
        self.table.activated.connect(lambda index: self.document_chosen.emit(index.row()))
        self.table.clicked.connect(lambda index: self.document_chosen.emit(index.row()))
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m done")
        self.counts = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.table)

    def _fixed_columns(self) -> None:
        """Widths from font metrics, not contents: measuring them would parse ~1,000 documents."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        metrics = self.table.fontMetrics()
        for col, sample in ((0, "00000"), (2, "⚑ flagged"), (3, "0000")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 10)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def set_corpus(self, corpus: Corpus) -> None:
        self.model.set_corpus(corpus)
        self._fixed_columns()
        self.update_progress(corpus)

    def update_progress(self, corpus: Corpus) -> None:
        counts = dict(corpus.status_counts())
        total = len(corpus)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(counts.get("done", 0))
        self.counts.setText(" · ".join(f"{k} {v}" for k, v in counts.items() if v))

    def show_document(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)


class NoteEditor(QWidget):
    """A note on the current document; typing is committed as SetNote edits after a short pause."""

    note_committed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("Note on this document (saved as you type)")
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
