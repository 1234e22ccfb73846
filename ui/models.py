"""Qt item models over the core: labels with counts, a document's spans, corpus documents (lazy)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.history import ChangeSet
from annotator.model import Document, Span
from annotator.schema import Label
from annotator.storage.corpus import Corpus
from annotator.text.direction import first_strong_direction
from ui import shown

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: default parent of these flat models
SPAN_PREVIEW = 80  # characters of span text shown in the spans table

STATUS_MARK = {  # translated where shown (context "Statuses")
    "todo": QT_TRANSLATE_NOOP("Statuses", "○ todo"),
    "done": QT_TRANSLATE_NOOP("Statuses", "✓ done"),
    "skipped": QT_TRANSLATE_NOOP("Statuses", "↷ skipped"),
    "flagged": QT_TRANSLATE_NOOP("Statuses", "⚑ flagged"),
}
STATUS_NAMES = {
    "todo": QT_TRANSLATE_NOOP("Statuses", "todo"),
    "done": QT_TRANSLATE_NOOP("Statuses", "done"),
    "skipped": QT_TRANSLATE_NOOP("Statuses", "skipped"),
    "flagged": QT_TRANSLATE_NOOP("Statuses", "flagged"),
    "invalid": QT_TRANSLATE_NOOP("Statuses", "invalid"),  # a line that cannot be read
}


def status_text(status: str, marked: bool = False) -> str:
    """A document status as shown: translated, with its symbol when ``marked``."""
    names = STATUS_MARK if marked else STATUS_NAMES
    return QCoreApplication.translate("Statuses", names.get(status, status))


def is_rtl_text(text: str) -> bool:
    """Whether a cell's text reads right to left (core paragraph rule), so Arabic aligns right."""
    return first_strong_direction(text) == "rtl"


IDLE_START_MS = 200  # counting in idle slices starts this long after opening


class CorpusLabelCounter(QObject):
    """Spans per label over the whole corpus, counted in idle time (8 ms slices).

    Counting in slices lets 100,000 documents open at once. Edits to documents already
    counted are added as deltas; later ones are counted when reached.
    """

    counted = Signal(object, bool)  # (Counter of label -> spans, complete)
    BUDGET_S = 0.008

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.counts: Counter[str] = Counter()
        self.done = 0
        self.corpus: Corpus | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._count_some)

    def start(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.counts = Counter()
        self.done = 0
        self._timer.start(IDLE_START_MS)  # the window paints before the first slice

    def stop(self) -> None:
        self._timer.stop()

    @property
    def complete(self) -> bool:
        return self.corpus is not None and self.done >= len(self.corpus)

    def edited(self, changes: ChangeSet) -> None:
        """Add label changes of documents already counted (later ones are counted when reached)."""
        counted = False
        for index, effect in changes.effects.items():
            if index < self.done and effect.spans_changed:
                self.counts.update(effect.label_delta())
                counted = True
        if counted:
            self.counts = +self.counts
            self.counted.emit(self.counts, self.complete)

    def _count_some(self) -> None:
        if self.corpus is None:
            self._timer.stop()
            return
        self._timer.setInterval(0)
        total = len(self.corpus)
        deadline = time.perf_counter() + self.BUDGET_S
        while self.done < total and time.perf_counter() < deadline:
            self.counts.update(self.corpus.span_labels(self.done))  # no parse (storage/facts)
            self.done += 1
        if self.done >= total:
            self._timer.stop()
        self.counted.emit(self.counts, self.complete)


class _HeaderedTableModel(QAbstractTableModel):
    """A flat table whose columns are the class's HEADERS."""

    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TableModels", self.HEADERS[section])
        return None


class LabelTableModel(_HeaderedTableModel):
    """Labels of the schema: colour, hotkey, name, count in this document, count in the corpus."""

    HEADERS = (  # translated in headerData
        QT_TRANSLATE_NOOP("TableModels", "Label"),
        QT_TRANSLATE_NOOP("TableModels", "Keys"),
        QT_TRANSLATE_NOOP("TableModels", "Here"),
        QT_TRANSLATE_NOOP("TableModels", "Corpus"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[Label] = []
        self.doc_counts: Counter[str] = Counter()
        self.corpus_counts: Counter[str] = Counter()
        self.corpus_complete = False

    def set_labels(self, labels: Iterable[Label]) -> None:
        self.beginResetModel()
        self.labels = list(labels)
        self.endResetModel()

    def set_document(self, doc: Document | None) -> None:
        self.doc_counts = Counter(s.label for s in doc.spans) if doc else Counter()
        self._changed(2)

    def apply_delta(self, delta: Counter[str]) -> None:
        """Update the counts of this document by an edit's change (no recount of 20,000 spans)."""
        self.doc_counts.update(delta)
        self._changed(2)

    def set_corpus_counts(self, counts: Counter[str], complete: bool) -> None:
        self.corpus_counts = counts
        self.corpus_complete = complete
        self._changed(3)

    def _changed(self, column: int) -> None:
        if self.labels:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.labels) - 1, column))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.labels)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label = self.labels[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(label.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown.tooltip(label.description or label.name)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return shown.name(label.name)
        if col == 1:
            return " ".join(label.hotkeys)
        if col == 2:
            return self.doc_counts.get(label.name, 0)
        if col == 3:
            count = self.corpus_counts.get(label.name, 0)
            return str(count) if self.corpus_complete else f"≥{count}"
        return None

    def label_at(self, row: int) -> Label:
        return self.labels[row]


class SpanTableModel(_HeaderedTableModel):
    """The spans of one document: text (sliced from the document, never from Qt), label, offsets."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TableModels", "Text"),
        QT_TRANSLATE_NOOP("TableModels", "Label"),
        QT_TRANSLATE_NOOP("TableModels", "Start"),
        QT_TRANSLATE_NOOP("TableModels", "End"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.doc: Document | None = None
        self.spans: list[Span] = []
        self.colors: dict[str, QColor] = {}

    def set_colors(self, colors: dict[str, str]) -> None:
        self.colors = {name: QColor(c) for name, c in colors.items()}

    def set_document(self, doc: Document | None) -> None:
        self.beginResetModel()
        self.doc = doc
        self.spans = list(doc.spans) if doc else []
        self.endResetModel()

    def refresh(self) -> None:
        self.set_document(self.doc)

    def span_at(self, row: int) -> Span | None:
        return self.spans[row] if 0 <= row < len(self.spans) else None

    def row_of(self, span: Span | None) -> int:
        if span is None:
            return -1
        for row, s in enumerate(self.spans):
            if s.key == span.key:
                return row
        return -1

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.spans)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.doc is None:
            return None
        span = self.spans[index.row()]
        col = index.column()
        if col == 0:
            text = self.doc.text[span.start : span.end]
            if role == Qt.ItemDataRole.DisplayRole:
                flat = text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ")
                return flat if len(flat) <= SPAN_PREVIEW else flat[:SPAN_PREVIEW] + "…"
            if role == Qt.ItemDataRole.ToolTipRole:
                return shown.tooltip(text)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                rtl = is_rtl_text(text)
                horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
                return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return (None, shown.name(span.label), span.start, span.end)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return self.colors.get(span.label)
        return None


class DocumentTableModel(_HeaderedTableModel):
    """The corpus's documents, read lazily from Corpus.summary(i) as rows scroll into view.

    Rows are every document in file order, or the indices a listing (annotator.storage.listing)
    computed: sorted and filtered. Row and document index then differ: ``document_at(row)``.
    """

    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("TableModels", "Document"),
        QT_TRANSLATE_NOOP("TableModels", "Status"),
        QT_TRANSLATE_NOOP("TableModels", "Spans"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.corpus: Corpus | None = None
        self.rows: list[int] | None = None  # None: every document in file order
        self._row_of: dict[int, int] = {}

    def set_corpus(self, corpus: Corpus | None) -> None:
        self.beginResetModel()
        self.corpus = corpus
        self.rows, self._row_of = None, {}
        self.endResetModel()

    def set_rows(self, rows: list[int] | None) -> None:
        """Show these documents in this order (None: all, in file order)."""
        self.beginResetModel()
        self.rows = rows
        self._row_of = {doc: row for row, doc in enumerate(rows)} if rows is not None else {}
        self.endResetModel()

    def document_at(self, row: int) -> int:
        return self.rows[row] if self.rows is not None else row

    def row_of(self, index: int) -> int:
        """The row showing document ``index``; -1 when the filter leaves it out."""
        if self.rows is None:
            return index if self.corpus is not None and 0 <= index < len(self.corpus) else -1
        return self._row_of.get(index, -1)

    def document_changed(self, index: int) -> None:
        row = self.row_of(index)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() or self.corpus is None:
            return 0
        return len(self.rows) if self.rows is not None else len(self.corpus)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.corpus is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        doc, col = self.document_at(index.row()), index.column()
        if col == 0:
            return doc + 1 if role == Qt.ItemDataRole.DisplayRole else None
        summary = self.corpus.summary(doc)
        if role == Qt.ItemDataRole.ToolTipRole:  # the id and the start of the text
            preview = shown.document_text(summary.preview) if summary.preview else ""
            return shown.tooltip(f"{shown.name(summary.id)}\n{preview}".strip())
        if col == 1:
            return shown.name(summary.id)
        if col == 2:
            return status_text(summary.status, marked=True)
        if col == 3:
            return summary.spans
        return None
