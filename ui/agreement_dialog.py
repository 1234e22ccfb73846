"""View > Agreement…: how far annotators agree, from their files or from a merged corpus's versions.

The user picks two or more annotators' files (each named by its file's stem), or the versions the
open corpus keeps (a file from ``annotator merge`` or ``adjudicate``). Files are read on a worker
thread (a 150 MB file takes most of a second); the comparison runs in slices on the GUI thread
(annotator.team.agreement.AgreementRun, ui/slices.py) with a progress bar and Cancel. The figures
are those of ``annotator agree --json`` (ui/agreement_view.py lays them out).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.display import isolated
from annotator.errors import AnnotatorError
from annotator.storage.corpus import Corpus
from annotator.team.agreement import AgreementRun, file_run, versions_run
from annotator.team.files import TeamFile, read_team_files
from annotator.team.locate import may_hold_versions
from ui import dialogs, shown
from ui.agreement_view import AgreementView
from ui.file_list import FileList
from ui.slices import SlicedRun

MAX_ITEMS = 5000  # disagreements listed per pair (all are counted)
POLL_MS = 50


class AgreementDialog(QDialog):
    """Non-modal: the window stays usable, and a disagreement activated here is shown there."""

    computed = Signal()  # a report is shown

    def __init__(self, parent: QWidget, corpus: Corpus | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AgreementDialog", "Agreement"))
        self.setObjectName("agreement")
        self.corpus = corpus
        self.run: AgreementRun | None = None
        self.reading: Future[list[TeamFile]] | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agreement-read")
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_reading)
        self.runner = SlicedRun(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self._build()
        self.use_versions.setChecked(corpus is not None and may_hold_versions(corpus))
        self._source_changed()

    def _build(self) -> None:
        self.use_files = QRadioButton(
            QCoreApplication.translate("AgreementDialog", "Annotators' files (two or more)")
        )
        name = (
            shown.name(self.corpus.path.name)
            if self.corpus is not None
            else QCoreApplication.translate("AgreementDialog", "no file open")
        )
        self.use_versions = QRadioButton(
            QCoreApplication.translate(
                "AgreementDialog", "Versions kept in the open corpus ({name})"
            ).format(name=isolated(name))  # a Latin file name inside an Arabic sentence
        )
        self.use_versions.setEnabled(self.corpus is not None)
        self.use_files.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.use_files, self.use_versions):
            group.addButton(button)
            button.toggled.connect(lambda _on: self._source_changed())
        self.file_list = FileList(rows=4)
        fl = self.file_list
        self.files, self.add_button, self.remove_button = fl.files, fl.add_button, fl.remove_button
        fl.added.connect(self._files_added)
        fl.changed.connect(self._source_changed)
        self.tokens = QCheckBox(
            QCoreApplication.translate(
                "AgreementDialog", "Token measures: Cohen's and Fleiss' kappa, Krippendorff's alpha"
            )
        )
        self.tokens.setToolTip(
            QCoreApplication.translate(
                "AgreementDialog",
                "Most of the time on large files; the span figures need no tokens",
            )
        )
        self.tokens.setChecked(True)
        self.compute_button = QPushButton(QCoreApplication.translate("AgreementDialog", "Compute"))
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.progress = QProgressBar()
        self.progress.setFormat(QCoreApplication.translate("AgreementDialog", "%v / %m documents"))
        self.cancel_button = QPushButton(QCoreApplication.translate("AgreementDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setAutoDefault(False)  # Enter computes; it never cancels
        run_row = QHBoxLayout()
        run_row.addWidget(self.compute_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.view = AgreementView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_files)
        layout.addWidget(self.file_list)
        layout.addWidget(self.use_versions)
        layout.addWidget(self.tokens)
        layout.addLayout(run_row)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._busy(False)
        self.resize(860, 720)

    # -- sources ------------------------------------------------------------------------

    def paths(self) -> list[Path]:
        return self.file_list.paths()

    def add_paths(self, paths: list[Path]) -> None:
        self.file_list.add_paths(paths)

    def _files_added(self, paths: list[Path]) -> None:
        if paths:  # files given: agreement between them, not the corpus's versions
            self.use_files.setChecked(True)

    def _source_changed(self) -> None:
        files = self.use_files.isChecked()
        for widget in (self.files, self.add_button, self.remove_button):
            widget.setEnabled(files)
        self.compute_button.setEnabled(not self.busy and (not files or self.files.count() >= 2))

    def say(self, text: str) -> None:
        """A line above the figures (plain text; names in it shown with controls visible)."""
        self.message.setText(shown.message(text))
        self.message.setVisible(bool(text))

    # -- running --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.reading is not None or self.runner.running

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self._source_changed()

    def compute(self) -> None:
        """Start: read the files (worker thread), or compare the open corpus's versions."""
        self.cancel()
        self.say("")
        if self.use_versions.isChecked() and self.corpus is not None:
            corpus = self.corpus
            run = versions_run(
                corpus.__getitem__, len(corpus), tokens=self.tokens.isChecked(), max_items=MAX_ITEMS
            )
            self._start(run)
            return
        paths = self.paths()
        self.reading = self._pool.submit(read_team_files, paths)
        self.progress.setRange(0, 0)  # busy: no count while reading
        self.say(
            QCoreApplication.translate("AgreementDialog", "Reading {count} files…").format(
                count=len(paths)
            )
        )
        self._busy(True)
        self._poll.start()

    def _check_reading(self) -> None:
        future = self.reading
        if future is None or not future.done():
            return
        self._poll.stop()
        self.reading = None
        try:
            files = future.result()
        except (AnnotatorError, OSError, UnicodeError) as exc:
            self._busy(False)
            self.say("")
            dialogs.show_error(
                self,
                QCoreApplication.translate("AgreementDialog", "The files could not be read"),
                exc,
            )
            return
        self.say(self._unsaved_note(files))
        run = file_run(files, tokens=self.tokens.isChecked(), max_items=MAX_ITEMS)
        self._start(run)

    def _unsaved_note(self, files: list[TeamFile]) -> str:
        corpus = self.corpus
        if corpus is None or not corpus.modified:
            return ""
        if any(f.path.resolve() == Path(corpus.path).resolve() for f in files):
            return QCoreApplication.translate(
                "AgreementDialog",
                "The open file is read as last saved: save (Ctrl+S) to count your latest edits.",
            )
        return ""

    def _start(self, run: AgreementRun) -> None:
        self.run = run
        self.progress.setRange(0, max(1, run.total))
        self.progress.setValue(0)
        self.runner.start(run)
        self._busy(True)

    def cancel(self) -> None:
        """Stop reading or comparing; the figures shown stay those of the last complete run."""
        if self.reading is not None:
            self.reading.cancel()
            self.reading = None
            self._poll.stop()
        self.runner.cancel()
        self.run = None
        self._busy(False)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _finished(self) -> None:
        run = self.run
        self.run = None
        self._busy(False)
        if run is None:
            return
        notes = [self.message.text()] if self.message.text() else []
        if run.skipped:
            notes.append(
                QCoreApplication.translate(
                    "AgreementDialog", "{count} document(s) could not be read: {first}"
                ).format(count=len(run.skipped), first=run.skipped[0])
            )
        if self.use_versions.isChecked() and not run.documents:
            notes.append(
                QCoreApplication.translate(
                    "AgreementDialog", "No document of the open corpus keeps two or more versions."
                )
            )
        elif self.use_versions.isChecked():
            notes.append(
                QCoreApplication.translate(
                    "AgreementDialog",
                    "Counted over the documents that keep versions: a merge keeps none for a "
                    "document everyone labelled alike, so these are the disputed ones.",
                )
            )
        self.say("")
        self.view.show_report(run.report(), "\n".join(notes))
        self.computed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.run = None
        self._busy(False)
        dialogs.show_error(
            self,
            QCoreApplication.translate("AgreementDialog", "Agreement could not be computed"),
            exc,
        )

    def done(self, result: int) -> None:
        self.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
