"""Edit > Label all occurrences…: what will be labelled, counted before anything changes.

The dialog holds the query (the selection's text or the find bar's), the matching options, the
scope (this document or every document) and the label, and shows the core's plan
(``annotator.search.label_all.plan_label_all``): found, to add, and skipped because already
labelled or overlapping another span (unless the schema allows overlap). For every document the
matches are found first by a ``CorpusSearch`` in slices (progress shown, never a frozen
window); only the documents with a match are planned. Accepting hands the plan to the caller
(ui/search_commands.py), which applies it as one transaction: one journal line, one undo step.

Keys: the label list has the keyboard; typing a label's hotkey picks it (each entry starts with
its key), Enter labels, Esc cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.commands.search_scan import quick_text
from annotator.errors import AnnotatorError
from annotator.search import Matcher, SearchError, SearchOptions
from annotator.search.corpus_search import CorpusSearch
from annotator.search.label_all import LabelAllPlan, plan_label_all
from annotator.storage.corpus import Corpus
from ui import shown
from ui.find_bar import checked_options
from ui.slices import SlicedRun

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["LabelAllDialog", "default_label"]

RECOUNT_MS = 150


class LabelAllDialog(QDialog):
    """The query, options, scope and label; the counts; Label (Enter) or Cancel (Esc)."""

    def __init__(
        self,
        parent: QWidget | None,
        corpus: Corpus,
        index: int,
        query: str,
        options: SearchOptions,
        label: str | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LabelAllDialog", "Label all occurrences"))
        self.corpus, self.index = corpus, index
        self.plan: LabelAllPlan | None = None
        self.search: CorpusSearch | None = None
        self.field = QLineEdit(query)
        self.field.setObjectName("label-all-query")
        self.exact = QCheckBox(QCoreApplication.translate("LabelAllDialog", "Exact"))
        self.whole_word = QCheckBox(QCoreApplication.translate("LabelAllDialog", "Whole word"))
        self.clitics = QCheckBox(
            QCoreApplication.translate("LabelAllDialog", "Clitics (و ف ب ك ل ال)")
        )
        self.heh = QCheckBox(QCoreApplication.translate("LabelAllDialog", "ة = ه"))
        self.regex = QCheckBox(QCoreApplication.translate("LabelAllDialog", "Regex"))
        boxes = (self.exact, self.whole_word, self.clitics, self.heh, self.regex)
        values = (options.exact, options.whole_word, options.clitics, options.heh, options.regex)
        options_row = QHBoxLayout()
        for box, on in zip(boxes, values, strict=True):
            box.setChecked(on)
            box.toggled.connect(lambda _on: self._recount_soon())
            options_row.addWidget(box)
        self.here = QRadioButton(QCoreApplication.translate("LabelAllDialog", "This document"))
        self.everywhere = QRadioButton(
            QCoreApplication.translate("LabelAllDialog", "All documents")
        )
        self.here.setChecked(True)
        self.here.toggled.connect(lambda _on: self._recount_soon())
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.here)
        scope_row.addWidget(self.everywhere)
        self.labels = QComboBox()
        self.labels.setObjectName("label-all-label")
        for entry in corpus.schema.labels:
            key = entry.hotkeys[0] if entry.hotkeys else ""
            self.labels.addItem(f"{key}  {shown.name(entry.name)}".strip(), entry.name)
        if label is not None and self.labels.findData(label) >= 0:
            self.labels.setCurrentIndex(self.labels.findData(label))
        self.labels.currentIndexChanged.connect(lambda _i: self._plan_again())
        self.summary = QLabel()
        self.summary.setObjectName("label-all-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("LabelAllDialog", "Text:"), self.field)
        form.addRow(QCoreApplication.translate("LabelAllDialog", "Matching:"), options_row)
        form.addRow(QCoreApplication.translate("LabelAllDialog", "In:"), scope_row)
        form.addRow(QCoreApplication.translate("LabelAllDialog", "Label:"), self.labels)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel)
        self.apply_button = self.buttons.button(ok)
        self.apply_button.setText(QCoreApplication.translate("LabelAllDialog", "Label"))
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.runner = SlicedRun(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._plan_again)
        self.runner.failed.connect(lambda exc: self._say(str(exc)))
        self._timer = QTimer(self, singleShot=True, interval=RECOUNT_MS)
        self._timer.timeout.connect(self.recount)
        self.field.textChanged.connect(lambda _t: self._recount_soon())
        self.finished.connect(lambda _code: self.runner.cancel())
        self.labels.setFocus()
        self.recount()

    # -- what was chosen -----------------------------------------------------------------

    def options(self) -> SearchOptions:
        return checked_options(self.regex, self.exact, self.whole_word, self.clitics, self.heh)

    def label(self) -> str | None:
        data = self.labels.currentData()
        return data if isinstance(data, str) else None

    def corpus_wide(self) -> bool:
        return self.everywhere.isChecked()

    # -- counting ----------------------------------------------------------------------------

    def _recount_soon(self) -> None:
        self.plan = None
        self.apply_button.setEnabled(False)
        self._timer.start()

    def _say(self, text: str) -> None:
        self.plan = None
        self.apply_button.setEnabled(False)
        self.summary.setText(shown.message(text))

    def _matcher(self) -> Matcher | None:
        try:
            return Matcher(self.field.text(), self.options())
        except SearchError as exc:
            self._say(str(exc))
            return None

    def recount(self) -> None:
        """Find the occurrences again (query, options or scope changed), then plan."""
        self._timer.stop()
        self.runner.cancel()
        self.search = None
        matcher = self._matcher()
        if matcher is None:
            return
        if self.corpus_wide():
            corpus = self.corpus
            self.search = CorpusSearch(
                matcher, len(corpus), corpus.__getitem__, corpus.index.raw, quick_text, limit=0
            )
            self._progressed(0, len(corpus))
            self.runner.start(self.search)
        else:
            self._plan_again()

    def _progressed(self, done: int, total: int) -> None:
        found = self.search.found if self.search is not None else 0
        self.plan = None
        self.apply_button.setEnabled(False)
        self.summary.setText(
            QCoreApplication.translate(
                "LabelAllDialog", "Looking in {done} of {total} documents: {found} found so far…"
            ).format(done=done, total=total, found=found)
        )

    def _plan_again(self) -> None:
        """The plan for the found occurrences and the chosen label (nothing changes yet)."""
        if self.runner.running or self._timer.isActive():
            return
        matcher = self._matcher()
        label = self.label()
        if matcher is None or label is None:
            return
        corpus = self.corpus
        if self.corpus_wide():
            if self.search is None or not self.search.complete:
                self.recount()
                return
            indices = self.search.documents
        else:
            indices = [self.index]
        try:
            documents = [(i, corpus[i]) for i in indices]
        except AnnotatorError as exc:
            self._say(str(exc))
            return
        allow = corpus.schema.allow_overlap
        self.plan = plan = plan_label_all(
            documents, matcher, label, allow_overlap=allow, author=corpus.annotator
        )
        self.summary.setText(self.describe(plan))
        self.apply_button.setEnabled(plan.to_add > 0)

    def describe(self, plan: LabelAllPlan) -> str:
        text = QCoreApplication.translate(
            "LabelAllDialog", "Found {found}: {to_add} to label in {documents} document(s)."
        ).format(found=plan.found, to_add=plan.to_add, documents=plan.documents)
        if plan.already:
            text += " " + QCoreApplication.translate(
                "LabelAllDialog", "{n} already labelled (skipped)."
            ).format(n=plan.already)
        if plan.overlapping:
            text += " " + QCoreApplication.translate(
                "LabelAllDialog", "{n} overlap another span (skipped)."
            ).format(n=plan.overlapping)
        return text


def default_label(window: MainWindow) -> str | None:
    """The selected span's label, else the label under the caret, else the one chosen in the
    Labels panel, else the schema's first."""
    if window.corpus is None:
        return None
    span = window.view.selected_span()
    if span is not None:
        return span.label
    here = window.view.spans_at(window.view.caret())
    if here:
        return here[0].label
    labels = window.labels_panel
    row = labels.table.currentIndex()
    if row.isValid():
        return labels.proxy.label_at(row.row()).name
    names = [label.name for label in window.corpus.schema.labels]
    return names[0] if names else None
