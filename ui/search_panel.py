"""The "Search results" panel: every match in the corpus, found in slices from idle time.

The search is the core's ``CorpusSearch`` (annotator/search/corpus_search.py), driven by a
``SlicedRun`` (ui/slices.py) a few documents at a time, so the window keeps painting and taking
keys; a progress line counts documents and matches and Cancel stops it. Rows come in as they
are found: document id, the text around the match, the match, its code-point offsets. Every
cell is plain text, document text isolated in its own direction (ui/shown.py). Activating a row
(Enter, double-click) asks the window to open that document with the match selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.commands.search_scan import quick_text
from annotator.model import Document
from annotator.search import Matcher
from annotator.search.corpus_search import CorpusMatch, CorpusSearch
from ui import dialogs, shown
from ui.models import is_rtl_text
from ui.slices import SlicedRun
from ui.tables import DirectionalDelegate, fit_columns, make_table

__all__ = ["ResultsModel", "SearchPanel"]

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CONTEXT_COLUMN = 1


def _flat(text: str) -> str:
    return text.replace("\t", " ")


class ResultsModel(QAbstractTableModel):
    """The matches found so far, appended as the search goes on."""

    def __init__(self) -> None:
        super().__init__()
        self.matches: list[CorpusMatch] = []
        self.headers = (
            QCoreApplication.translate("SearchPanel", "Document"),
            QCoreApplication.translate("SearchPanel", "Context"),
            QCoreApplication.translate("SearchPanel", "Match"),
            QCoreApplication.translate("SearchPanel", "Offsets"),
        )

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def clear(self) -> None:
        self.beginResetModel()
        self.matches = []
        self.endResetModel()

    def append(self, matches: list[CorpusMatch]) -> None:
        if not matches:
            return
        first = len(self.matches)
        self.beginInsertRows(ROOT, first, first + len(matches) - 1)
        self.matches.extend(matches)
        self.endInsertRows()

    def cell(self, match: CorpusMatch, col: int) -> str:
        if col == 0:
            return shown.name(match.id)
        if col == 1:
            return shown.document_text(_flat(match.before + match.text + match.after))
        if col == 2:
            return shown.document_text(_flat(match.text))
        return f"{match.start}–{match.end}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        match, col = self.matches[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(match, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2):
            rtl = is_rtl_text(match.text if col == 2 else match.before + match.text)
            horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return shown.tooltip(f"{shown.name(match.id)} (#{match.index + 1})")
        return None


class SearchPanel(QWidget):
    """Progress line with Cancel, then the results table; ``match_activated(CorpusMatch)``."""

    match_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-panel")
        self.model = ResultsModel()
        self.table = make_table(self.model)
        self.table.setObjectName("search-results")
        self.table.setItemDelegate(DirectionalDelegate(self.table))
        fit_columns(self.table, CONTEXT_COLUMN)
        self.table.activated.connect(self._activated)
        self.progress = QLabel()
        self.progress.setObjectName("search-progress")
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_button = QPushButton(QCoreApplication.translate("SearchPanel", "Cancel"))
        self.cancel_button.clicked.connect(lambda _=False: self.cancel())
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.search: CorpusSearch | None = None
        self.runner = SlicedRun(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)

    @property
    def running(self) -> bool:
        return self.runner.running

    def start(
        self,
        matcher: Matcher,
        total: int,
        document: Callable[[int], Document],
        line: Callable[[int], bytes | None] | None,
    ) -> CorpusSearch:
        """Search anew (a search still running is dropped); rows appear as they are found."""
        self.runner.cancel()
        self.model.clear()
        quick = quick_text if line is not None else None  # our own lines: no parse
        self.search = CorpusSearch(matcher, total, document, line, quick)
        self.cancel_button.show()
        self._say_progress(self.search)
        self.runner.start(self.search)
        return self.search

    def cancel(self) -> None:
        search = self.search
        if not self.runner.running or search is None:
            return
        self.runner.cancel()
        self.model.append(search.take_new())
        self.cancel_button.hide()
        self.progress.setText(
            QCoreApplication.translate(
                "SearchPanel", "Stopped after {done} of {total} documents: {found} matches so far."
            ).format(done=search.done, total=search.total, found=search.found)
        )

    def reset(self) -> None:
        """Nothing searched: a running search dropped, no rows, no progress, no Cancel."""
        self.runner.cancel()
        self.search = None
        self.model.clear()
        self.progress.setText("")
        self.cancel_button.hide()

    def _say_progress(self, search: CorpusSearch) -> None:
        self.progress.setText(
            QCoreApplication.translate(
                "SearchPanel", "Searching “{query}”: {done} of {total} documents, {found} matches…"
            ).format(
                query=shown.document_text(shown.name(search.matcher.query)),
                done=search.done,
                total=search.total,
                found=search.found,
            )
        )

    def _progressed(self, _done: int, _total: int) -> None:
        if self.search is not None:
            self.model.append(self.search.take_new())
            self._say_progress(self.search)

    def _finished(self) -> None:
        search = self.search
        if search is None:
            return
        self.model.append(search.take_new())
        self.cancel_button.hide()
        text = QCoreApplication.translate(
            "SearchPanel", "“{query}”: {found} matches in {documents} of {total} documents."
        ).format(
            query=shown.document_text(shown.name(search.matcher.query)),
            found=search.found,
            documents=len(search.documents),
            total=search.total,
        )
        if search.truncated:
            text += " " + QCoreApplication.translate(
                "SearchPanel", "The first {kept} are listed."
            ).format(kept=len(search.matches))
        if search.unreadable:
            text += " " + QCoreApplication.translate(
                "SearchPanel", "{n} documents could not be read."
            ).format(n=search.unreadable)
        self.progress.setText(text)

    def _failed(self, exc: object) -> None:
        self.cancel_button.hide()
        self.progress.setText(
            QCoreApplication.translate("SearchPanel", "The search stopped: {problem}").format(
                problem=str(exc)
            )
        )
        if isinstance(exc, BaseException):
            dialogs.show_error(
                self.window(), QCoreApplication.translate("SearchPanel", "The search stopped"), exc
            )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.match_activated.emit(self.model.matches[index.row()])
