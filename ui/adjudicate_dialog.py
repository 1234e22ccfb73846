"""File > Adjudicate…: two or more annotators' files, where to keep the result, whether the
spans they all agree on are accepted at once — then ``annotator adjudicate`` is run.

The core writes OUT (annotator.team.adjudication.adjudicate_into: never over one of the
files, nor over a corpus with unsaved edits or open elsewhere) on a worker thread, as the
files may be large; the dialog says so with a busy bar. ``written`` hands OUT to the window,
which opens it.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.team.adjudication import AdjudicationReport, adjudicate_into
from ui import dialogs, shown
from ui.file_list import FileList

POLL_MS = 50


class AdjudicateDialog(QDialog):
    """Window-modal; ``written(out, report)`` once OUT is on disk."""

    written = Signal(object, object)  # Path, AdjudicationReport

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AdjudicateDialog", "Adjudicate"))
        self.setObjectName("adjudicate")
        self.job: Future[AdjudicationReport] | None = None
        self.out_path: Path | None = None  # where the running job writes
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="adjudicate")
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check)
        self._build()

    def _build(self) -> None:
        intro = QLabel(
            QCoreApplication.translate(
                "AdjudicateDialog",
                "Each file is one annotator (named by the file's name). Documents they share keep "
                "every annotator's version, shown as lanes under the text; the result is a new "
                "corpus you adjudicate and save like any other.",
            )
        )
        intro.setWordWrap(True)
        self.file_list = FileList(rows=6)
        fl = self.file_list
        self.files, self.add_button, self.remove_button = fl.files, fl.add_button, fl.remove_button
        fl.added.connect(self._files_added)
        fl.changed.connect(self._update)
        self.out = QLineEdit()
        self.out.setPlaceholderText("adjudicated.jsonl")
        self.out.textChanged.connect(lambda _t: self._update())
        self.out_button = QPushButton(QCoreApplication.translate("AdjudicateDialog", "Choose…"))
        self.out_button.clicked.connect(self.choose_out)
        out_row = QHBoxLayout()
        out_row.addWidget(
            QLabel(QCoreApplication.translate("AdjudicateDialog", "Keep the result in"))
        )
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.out_button)
        self.accept_agreed = QCheckBox(
            QCoreApplication.translate(
                "AdjudicateDialog", "Accept the spans every annotator agrees on"
            )
        )
        self.accept_agreed.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the core gives no count
        self.progress.hide()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button = self.buttons.addButton(
            QCoreApplication.translate("AdjudicateDialog", "Adjudicate"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.run_button.setDefault(True)
        self.out_button.setAutoDefault(False)  # the file list's buttons are not either
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate("AdjudicateDialog", "Annotators' files (two or more)")
            )
        )
        layout.addWidget(self.file_list)
        layout.addLayout(out_row)
        layout.addWidget(self.accept_agreed)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self._update()

    # -- what to adjudicate -------------------------------------------------------------------

    def paths(self) -> list[Path]:
        return self.file_list.paths()

    def add_paths(self, paths: list[Path]) -> None:
        self.file_list.add_paths(paths)

    def _files_added(self, paths: list[Path]) -> None:
        if paths and not self.out.text():  # the result beside the first annotator's file
            self.out.setText(str(paths[0].with_name("adjudicated.jsonl")))

    def choose_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("AdjudicateDialog", "Keep the adjudicated corpus in"),
            self.out.text(),
            QCoreApplication.translate("AdjudicateDialog", "Annotations (*.jsonl)"),
        )
        if name:
            self.out.setText(name)

    def target(self) -> Path | None:
        text = self.out.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix else path.with_suffix(".jsonl")

    def _update(self) -> None:
        busy = self.job is not None
        for widget in (self.files, self.add_button, self.remove_button, self.out):
            widget.setEnabled(not busy)
        self.out_button.setEnabled(not busy)
        self.accept_agreed.setEnabled(not busy)
        ready = self.files.count() >= 2 and self.target() is not None
        self.run_button.setEnabled(ready and not busy)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setEnabled(not busy)  # the core's writer cannot be stopped half-way
        self.progress.setVisible(busy)

    def say(self, text: str) -> None:
        self.message.setText(shown.message(text))
        self.message.setVisible(bool(text))

    # -- running ------------------------------------------------------------------------------

    def start(self) -> None:
        out = self.target()
        if out is None or self.files.count() < 2 or self.job is not None:
            return
        self.say(
            QCoreApplication.translate("AdjudicateDialog", "Writing {name}…").format(name=out.name)
        )
        self.out_path = out
        self.job = self._pool.submit(
            adjudicate_into, self.paths(), out, accept_agreed=self.accept_agreed.isChecked()
        )
        self._update()
        self._poll.start()

    def _check(self) -> None:
        job, out = self.job, self.out_path
        if job is None or out is None or not job.done():
            return
        self._poll.stop()
        self.job = None
        self._update()
        try:
            report = job.result()
        except (AnnotatorError, OSError, UnicodeError) as exc:
            what, todo = dialogs.explain(exc)
            self.say(f"{what}\n{todo}")
            return
        self.say("")
        self.accept()
        self.written.emit(out, report)

    def reject(self) -> None:
        if self.job is None:  # while writing, the dialog stays until the file is whole
            super().reject()

    def done(self, result: int) -> None:
        self._pool.shutdown(wait=False)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            event.ignore()
            return
        super().closeEvent(event)
