"""The Suggestions menu's sources: a gazetteer, the corpus's own labels, a model trained on it.

Suggesting runs in slices on the GUI thread (ui/slices.py: the runs read the open corpus,
which the window also edits) with a progress bar and Cancel in the status bar; the edits are
applied at the end as one undo step (``Corpus.apply_steps``) and the count per label is said.
Training a spaCy model runs in another process (``annotator.suggest.training_job``), polled
for progress; Cancel stops it between batches and nothing is saved. The model is saved beside
the corpus (``corpus.model/``). Training and the model are offered only when spaCy can be
imported.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QPushButton, QWidget

from annotator.errors import AnnotatorError, SpanError
from annotator.storage.corpus import Corpus
from annotator.suggest.run import ClearRun, PropagateRun, SuggestRun
from ui import dialogs, shown
from ui.slices import SlicedRun

if TYPE_CHECKING:
    from annotator.suggest.training_job import TrainingJob
    from ui.main_window import MainWindow

POLL_MS = 200
SAID_MS = 30000


def tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionSources", text)


def spacy_available() -> bool:
    return importlib.util.find_spec("spacy") is not None


class SuggestionSources(QObject):
    """One run at a time: suggestions from a source (or clearing them), or training a model."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = SlicedRun(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.run: SuggestRun | None = None
        self.source = ""  # what the running source is called in messages
        self.corpus: Corpus | None = None  # the corpus the run reads
        self.job: TrainingJob | None = None
        self.model_dir: Path | None = None
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._poll_training)
        self.box = QWidget()
        self.box.setObjectName("suggest-progress")
        layout = QHBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        window.statusBar().addPermanentWidget(self.box)
        self.box.hide()

    def handlers(self) -> dict[str, Callable[[], object]]:
        handlers: dict[str, Callable[[], object]] = {
            "annotator.suggest.gazetteer": self.gazetteer_dialog,
            "annotator.suggest.propagate": self.propagate,
            "annotator.suggest.clear": self.clear,
        }
        if spacy_available():  # offered only when spaCy is installed
            handlers["annotator.suggest.train"] = self.train
            handlers["annotator.suggest.model"] = self.from_model
        return handlers

    @property
    def busy(self) -> bool:
        return self.runner.running or self.job is not None

    def _say(self, text: str, ms: int = SAID_MS) -> None:
        self.window.statusBar().showMessage(shown.message(text), ms)

    def _corpus(self) -> Corpus | None:
        """The open corpus if suggestions may be written into it now (else said why not)."""
        corpus = self.window.corpus
        if corpus is None:
            return None
        if corpus.readonly:
            self._say(tr("Read-only: suggestions cannot be added to this corpus."), 6000)
            return None
        if self.busy:
            self._say(tr("Suggestions are being made: wait for them, or Cancel."), 6000)
            return None
        return corpus

    # -- sources ------------------------------------------------------------------------

    def gazetteer_dialog(self) -> None:
        if self._corpus() is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Suggest from a gazetteer (phrase<TAB>label)"),
            "",
            tr("Gazetteers (*.tsv *.txt);;All files (*)"),
        )
        if name:
            self.from_gazetteer(Path(name))

    def from_gazetteer(self, path: Path) -> None:
        """Suggest the phrases of the TSV ``path`` wherever they stand in the corpus."""
        from annotator.suggest.gazetteer import SOURCE, load_gazetteer

        corpus = self._corpus()
        if corpus is None:
            return
        try:
            index, problems = load_gazetteer(path)
        except (AnnotatorError, OSError) as exc:
            dialogs.show_error(self.window, tr("The gazetteer cannot be read"), exc)
            return
        if problems:
            self.window.set_notice(
                tr("{count} line(s) of the gazetteer were skipped; the first: {problem}").format(
                    count=len(problems), problem=problems[0]
                )
            )
        self._start(corpus, SuggestRun(corpus, [(SOURCE, index.find)]), tr("the gazetteer"))

    def propagate(self) -> None:
        """Suggest each string labelled somewhere in the corpus wherever else it stands."""
        corpus = self._corpus()
        if corpus is not None:
            self._start(corpus, PropagateRun(corpus), tr("the corpus's labels"))

    def from_model(self) -> None:
        from annotator.suggest.model import SOURCE, ModelSuggester, model_path_for

        corpus = self._corpus()
        if corpus is None:
            return
        path = model_path_for(corpus.path)
        if not path.is_dir():
            self._say(tr("No model beside the corpus yet: Suggestions > Train a model first."))
            return
        try:
            suggester = ModelSuggester(path)
        except (AnnotatorError, OSError) as exc:
            dialogs.show_error(self.window, tr("The model cannot be loaded"), exc)
            return
        self._start(corpus, SuggestRun(corpus, [(SOURCE, suggester.find)]), tr("the model"))

    def clear(self) -> None:
        """Remove every suggestion of the corpus (one undo step)."""
        corpus = self._corpus()
        if corpus is not None:
            self._start(corpus, ClearRun(corpus), "")

    # -- the run in slices ----------------------------------------------------------------

    def _start(self, corpus: Corpus, run: SuggestRun, source: str) -> None:
        self.corpus, self.run, self.source = corpus, run, source
        self.progress.setRange(0, max(1, run.total))
        self.progress.setValue(0)
        self.progress.setFormat(tr("Suggestions %p%"))
        self.box.show()
        self.runner.start(run)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self.box.hide()
        self.run = None
        dialogs.show_error(self.window, tr("Suggestions could not be made"), exc)

    def _finished(self) -> None:
        run, corpus, self.run = self.run, self.corpus, None
        self.box.hide()
        if run is None or corpus is None or corpus is not self.window.corpus:
            return  # another corpus was opened meanwhile
        clearing = isinstance(run, ClearRun)
        if run.steps:
            what = tr("Clear suggestions") if clearing else tr("Suggestions from {source}")
            try:
                corpus.apply_steps(run.steps, what.format(source=self.source))
            except (SpanError, AnnotatorError, OSError) as exc:
                self._say(str(exc))
                return
        self._say(self.summary(run, clearing))

    def summary(self, run: SuggestRun, clearing: bool) -> str:
        """ "Suggestions from the gazetteer: 14 in 3 document(s): LOC 11, PERS 3"."""
        labels = ", ".join(f"{label} {n}" for (_s, label), n in sorted(run.counts.items()))
        count = sum(run.counts.values())
        if clearing:
            text = tr("Removed {count} suggestion(s) from {documents} document(s)")
        elif not run.steps:
            return tr("No new suggestions from {source}.").format(source=self.source)
        else:
            text = tr("Suggestions from {source}: {count} in {documents} document(s)")
        said = text.format(source=self.source, count=count, documents=run.changed)
        return f"{said}: {labels}" if labels else said

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()  # the process stops between batches and says so
            self.cancel_button.setEnabled(False)
            return
        self.runner.cancel()
        self.run = None
        self.box.hide()
        self._say(tr("Cancelled: no suggestion was changed."), 6000)

    # -- training in another process -------------------------------------------------------

    def train(self, **options: Any) -> None:
        """Train a model on the done documents in the background, saved beside the corpus."""
        from annotator.suggest.model import model_path_for
        from annotator.suggest.training_job import TrainingJob

        corpus = self.window.corpus
        if corpus is None or self.busy:
            return
        done = [doc for doc in corpus.iter_documents() if doc.status == "done"]
        if not done:
            self._say(tr("No done documents to learn from: mark some done first (Ctrl+Enter)."))
            return
        self.model_dir = model_path_for(corpus.path)
        self.job = TrainingJob.start(done, self.model_dir, **options)
        self.progress.setRange(0, 0)  # busy until the first pass is reported
        self.progress.setFormat(tr("Training"))
        self.cancel_button.setEnabled(True)
        self.box.show()
        self._say(tr("Training a model on {count} done document(s)…").format(count=len(done)))
        self._poll.start()

    def _poll_training(self) -> None:
        job = self.job
        if job is None:
            self._poll.stop()
            return
        messages = job.poll()
        if not job.finished and not job.process.is_alive():
            messages += job.poll(timeout=1.0)  # what it said just before it ended
        for message in messages:
            if message[0] == "progress":
                _kind, n, of, _loss = message
                self.progress.setRange(0, of)
                self.progress.setValue(n)
                self.progress.setFormat(tr("Training %v/%m"))
            elif message[0] == "done":
                report = message[1]
                self._say(
                    tr(
                        "Model trained on {documents} document(s) ({spans} spans) in {seconds} s, "
                        "saved in {path}: Suggestions > Suggest with the trained model uses it."
                    ).format(
                        documents=report.documents,
                        spans=report.spans,
                        seconds=round(report.seconds),
                        path=self.model_dir,
                    )
                )
            elif message[0] == "error":
                self._say(tr("Training stopped: {why}").format(why=message[1]))
        if job.finished or not job.process.is_alive():
            if not job.finished:
                self._say(tr("The training process ended without a model."))
            self._poll.stop()
            self.job = None
            self.box.hide()
