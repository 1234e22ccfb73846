"""The Documents panel: every document with its status, sortable by column, filtered on demand.

Rows are read only when scrolled into view. A QTableView, not a QTreeView: the tree lays out
every row (a Python rowCount call each), 1.7 s for 100,000 documents; the table's uniform rows
cost nothing per row. Which rows, in which order, is the core's ``Listing``; a ListingRunner
computes it in slices on a timer (span counts, labels and text read every document), with a
progress bar and Cancel; the list shown meanwhile stays the previous one.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.model import STATUSES
from annotator.storage.corpus import Corpus
from annotator.storage.listing import SORT_KEYS, Listing, ListingQuery
from ui import shown
from ui.models import DocumentTableModel, status_text
from ui.tables import DirectionalDelegate, make_table

TEXT_FILTER_DELAY_MS = 350  # typing pauses this long before the text filter runs
ANY = None  # the combo boxes' "any" entry
COUNT_AT_ONCE = 5_000  # corpora up to this many documents are counted at once
IDLE_START_MS = 200  # reading in idle slices starts this long after opening: first paint first


class ListingRunner(QObject):
    """Runs a Listing in slices of BUDGET_S on a zero timer; ``finished(rows)`` when complete."""

    progressed = Signal(int, int)  # documents seen, total
    finished = Signal(object)  # list[int] | None (None: every document in file order)
    BUDGET_S = 0.010
    SLICE = 64  # documents between two looks at the clock

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listing: Listing | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_some)

    @property
    def running(self) -> bool:
        return self.listing is not None

    def start(self, corpus: Corpus, query: ListingQuery) -> None:
        self.cancel()
        if query.is_identity:
            self.finished.emit(None)
            return
        self.listing = Listing(corpus, query)
        self._run_some()  # small corpora finish in the first slice, without a flash of progress
        if self.listing is not None:
            self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self.listing = None

    def _run_some(self) -> None:
        listing = self.listing
        if listing is None:
            self._timer.stop()
            return
        deadline = time.perf_counter() + self.BUDGET_S
        while not listing.advance(self.SLICE) and time.perf_counter() < deadline:
            pass
        if listing.complete:
            self.cancel()
            self.finished.emit(listing.rows())
        else:
            self.progressed.emit(listing.done, listing.total)


class DocumentsPanel(QWidget):
    """All documents with status and a done/total progress bar; sort by header, filter above."""

    document_chosen = Signal(int)
    listing_shown = Signal()  # the rows now follow the current sort and filters

    def __init__(self) -> None:
        super().__init__()
        self.corpus: Corpus | None = None
        self.model = DocumentTableModel()
        self.table = make_table(self.model)
        self.tree = self.table  # older name, kept for callers
        self.table.setItemDelegateForColumn(1, DirectionalDelegate(self.table))
        self._fixed_columns()
        self.table.activated.connect(self._chosen)
        self.table.clicked.connect(self._chosen)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda _s, _o: self.refresh_listing())
        self.query = ListingQuery()
        self._shown_query = self.query
        self.runner = ListingRunner(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._listed)
        self._build_filters()
        self.progress = QProgressBar()
        self.progress.setFormat(QCoreApplication.translate("DocumentsPanel", "%v / %m done"))
        self.counts = QLabel()
        self._facts_timer = QTimer(self, interval=0)  # the corpus facts, read in idle slices
        self._facts_timer.timeout.connect(self._count_some)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.text_filter)
        layout.addWidget(self.scan_row)
        layout.addWidget(self.table)

    def _build_filters(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.addItem(QCoreApplication.translate("DocumentsPanel", "Any status"), ANY)
        for status in STATUSES:
            self.status_filter.addItem(status_text(status, marked=True), status)
        self.label_filter = QComboBox()
        self.label_filter.addItem(QCoreApplication.translate("DocumentsPanel", "Any label"), ANY)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh_listing())
        self.label_filter.currentIndexChanged.connect(lambda _i: self.refresh_listing())
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.status_filter, 1)
        self.filter_row.addWidget(self.label_filter, 1)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(
            QCoreApplication.translate("DocumentsPanel", "Documents containing…")
        )
        self.text_filter.setClearButtonEnabled(True)
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_FILTER_DELAY_MS)
        self._text_timer.timeout.connect(self.refresh_listing)
        self.text_filter.textChanged.connect(lambda _t: self._text_timer.start())
        self.text_filter.returnPressed.connect(self.refresh_listing)
        self.scan_row = QWidget()
        row = QHBoxLayout(self.scan_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.scan_progress = QProgressBar()
        self.scan_progress.setFormat(
            QCoreApplication.translate("DocumentsPanel", "Reading %v / %m")
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("DocumentsPanel", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel_listing)
        row.addWidget(self.scan_progress, 1)
        row.addWidget(self.cancel_button)
        self.scan_row.hide()

    def _fixed_columns(self) -> None:
        """Widths from font metrics, not contents: measuring them would parse ~1,000 documents."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        metrics = self.table.fontMetrics()
        arrow = 14  # room for the sort indicator
        digits = "0" * len(str(len(self.corpus) if self.corpus is not None else 1000))
        for col, sample in ((0, digits), (2, "⚑ flagged"), (3, "000")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 10 + arrow)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def set_corpus(self, corpus: Corpus) -> None:
        self.runner.cancel()
        self.corpus = corpus
        self.model.set_corpus(corpus)
        self._fixed_columns()
        for box in (self.status_filter, self.label_filter, self.text_filter):
            box.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.label_filter.setCurrentIndex(0)
        self.text_filter.clear()
        self.set_labels([label.name for label in corpus.schema.labels])
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for box in (self.status_filter, self.label_filter, self.text_filter):
            box.blockSignals(False)
        self.query = self._shown_query = ListingQuery()
        self.scan_row.hide()
        self.update_progress(corpus)

    def set_labels(self, names: list[str]) -> None:
        """The label filter's choices (the current one kept when it still exists)."""
        current = self.label_filter.currentData()
        blocked = self.label_filter.blockSignals(True)
        while self.label_filter.count() > 1:
            self.label_filter.removeItem(1)
        for name in names:
            self.label_filter.addItem(shown.name(name), name)
        found = self.label_filter.findData(current) if current is not None else 0
        self.label_filter.setCurrentIndex(max(found, 0))
        self.label_filter.blockSignals(blocked)
        if current is not None and found < 0:
            self.refresh_listing()

    def current_query(self) -> ListingQuery:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        return ListingQuery(
            sort=SORT_KEYS[section] if 0 <= section < len(SORT_KEYS) else "number",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            status=self.status_filter.currentData(),
            label=self.label_filter.currentData(),
            text=self.text_filter.text().strip(),
        )

    def refresh_listing(self) -> None:
        """Recompute the rows for the current sort and filters (in slices when it reads)."""
        self._text_timer.stop()
        if self.corpus is None:
            return
        self.query = self.current_query()
        self.scan_progress.setRange(0, max(1, len(self.corpus)))
        self.scan_progress.setValue(0)
        self.runner.start(self.corpus, self.query)

    def cancel_listing(self) -> None:
        """Stop reading: the rows, the sort and the filters go back to what is shown."""
        self.runner.cancel()
        self.scan_row.hide()
        query = self._shown_query
        for widget in (self.status_filter, self.label_filter, self.text_filter):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(query.status)))
        self.label_filter.setCurrentIndex(max(0, self.label_filter.findData(query.label)))
        self.text_filter.setText(query.text)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(SORT_KEYS.index(query.sort), order)
        header.blockSignals(False)
        for widget in (self.status_filter, self.label_filter, self.text_filter):
            widget.blockSignals(False)
        self.query = query

    @property
    def busy(self) -> bool:
        return self.runner.running

    def _progressed(self, done: int, total: int) -> None:
        self.scan_progress.setMaximum(max(1, total))
        self.scan_progress.setValue(done)
        self.scan_row.show()

    def _listed(self, rows: list[int] | None) -> None:
        self.scan_row.hide()
        row = self.table.currentIndex().row()
        current = self.model.document_at(row) if row >= 0 else -1
        self.model.set_rows(rows)
        self._fixed_columns()
        self._shown_query = self.query
        if current >= 0:
            self.show_document(current)
        self.listing_shown.emit()

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.document_chosen.emit(self.model.document_at(index.row()))

    def update_progress(self, corpus: Corpus) -> None:
        """The done/total bar and the counts per status; read in slices first on a big corpus."""
        if not self._facts_timer.isActive():  # stops once the corpus has nothing left to read
            self._facts_timer.start(IDLE_START_MS)
        if not corpus.counts_ready and len(corpus) <= COUNT_AT_ONCE:
            corpus.facts.finish()  # a few milliseconds: no "Counting…" flash
        if not corpus.counts_ready:
            self.counts.setText(QCoreApplication.translate("DocumentsPanel", "Counting…"))
            return
        counts = dict(corpus.status_counts())
        total = len(corpus)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(counts.get("done", 0))
        self.counts.setText(" · ".join(f"{status_text(k)} {v}" for k, v in counts.items() if v))

    def _count_some(self) -> None:
        corpus = self.corpus
        if corpus is None:
            self._facts_timer.stop()
            return
        self._facts_timer.setInterval(0)
        counted = corpus.counts_ready
        deadline = time.perf_counter() + ListingRunner.BUDGET_S
        done = False
        while not done and time.perf_counter() < deadline:
            done = corpus.scan_some(512)  # the facts, then the file's digest (for the journal)
        if done:
            self._facts_timer.stop()
        if corpus.counts_ready and not counted:
            self.update_progress(corpus)

    def show_document(self, index: int) -> None:
        """Select the row of document ``index`` (none when the filter leaves it out)."""
        row = self.model.row_of(index)
        if row < 0:
            self.table.clearSelection()
            return
        model_index = self.model.index(row, 0)
        self.table.setCurrentIndex(model_index)
        self.table.scrollTo(model_index)
