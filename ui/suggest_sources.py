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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QPushButton, QWidget

from annotator.errors import AnnotatorError, SpanError
from annotator.storage.corpus import Corpus
from annotator.suggest.run import ClearRun, PropagateRun, SuggestRun
from ui import dialogs
from ui.slices import SlicedRun
from ui.suggest_training import ModelTraining

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SAID_MS = 30000


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
        self.box = QWidget()
        self.box.setObjectName("suggest-progress")
        layout = QHBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(QCoreApplication.translate("SuggestionSources", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        window.statusBar().addPermanentWidget(self.box)
        self.box.hide()
        self.training = ModelTraining(self)

    def handlers(self) -> dict[str, Callable[[], object]]:
        handlers: dict[str, Callable[[], object]] = {
            "annotator.suggest.gazetteer": self.gazetteer_dialog,
            "annotator.suggest.propagate": self.propagate,
            "annotator.suggest.clear": self.clear,
        }
        if spacy_available():  # offered only when spaCy is installed
            handlers["annotator.suggest.train"] = self.training.train
            handlers["annotator.suggest.model"] = self.from_model
        return handlers

    @property
    def busy(self) -> bool:
        return self.runner.running or self.training.job is not None

    def say(self, text: str, ms: int = SAID_MS) -> None:
        self.window.status.say(text, ms)

    def _corpus(self) -> Corpus | None:
        """The open corpus if suggestions may be written into it now (else said why not)."""
        corpus = self.window.corpus
        if corpus is None:
            return None
        if corpus.readonly:
            self.say(
                QCoreApplication.translate(
                    "SuggestionSources", "Read-only: suggestions cannot be added to this corpus."
                ),
                6000,
            )
            return None
        if self.busy:
            self.say(
                QCoreApplication.translate(
                    "SuggestionSources", "Suggestions are being made: wait for them, or Cancel."
                ),
                6000,
            )
            return None
        return corpus

    # -- sources ------------------------------------------------------------------------

    def gazetteer_dialog(self) -> None:
        corpus = self._corpus()
        if corpus is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate(
                "SuggestionSources", "Suggest from a gazetteer (phrase<TAB>label)"
            ),
            str(corpus.path.parent),
            QCoreApplication.translate(
                "SuggestionSources", "Gazetteers (*.tsv *.txt);;All files (*)"
            ),
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
            dialogs.show_error(
                self.window,
                QCoreApplication.translate("SuggestionSources", "The gazetteer cannot be read"),
                exc,
            )
            return
        if problems:
            self.window.set_notice(
                QCoreApplication.translate(
                    "SuggestionSources",
                    "{count} line(s) of the gazetteer were skipped; the first: {problem}",
                ).format(count=len(problems), problem=problems[0])
            )
        self._start(
            corpus,
            SuggestRun(corpus, [(SOURCE, index.find)]),
            QCoreApplication.translate("SuggestionSources", "the gazetteer"),
        )

    def propagate(self) -> None:
        """Suggest each string labelled somewhere in the corpus wherever else it stands."""
        corpus = self._corpus()
        if corpus is not None:
            self._start(
                corpus,
                PropagateRun(corpus),
                QCoreApplication.translate("SuggestionSources", "the corpus's labels"),
            )

    def from_model(self) -> None:
        from annotator.suggest.model import SOURCE, ModelSuggester, model_path_for

        corpus = self._corpus()
        if corpus is None:
            return
        path = model_path_for(corpus.path)
        if not path.is_dir():
            self.say(
                QCoreApplication.translate(
                    "SuggestionSources",
                    "No model beside the corpus yet: Suggestions > Train a model first.",
                )
            )
            return
        try:
            suggester = ModelSuggester(path)
        except (AnnotatorError, OSError) as exc:
            dialogs.show_error(
                self.window,
                QCoreApplication.translate("SuggestionSources", "The model cannot be loaded"),
                exc,
            )
            return
        self._start(
            corpus,
            SuggestRun(corpus, [(SOURCE, suggester.find)]),
            QCoreApplication.translate("SuggestionSources", "the model"),
        )

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
        self.progress.setFormat(QCoreApplication.translate("SuggestionSources", "Suggestions %p%"))
        self.cancel_button.setEnabled(True)  # a cancelled training may have left it off
        self.box.show()
        self.runner.start(run)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self.box.hide()
        self.run = None
        if self.corpus is self.window.corpus:  # not a corpus closed meanwhile
            dialogs.show_error(
                self.window,
                QCoreApplication.translate("SuggestionSources", "Suggestions could not be made"),
                exc,
            )

    def _finished(self) -> None:
        run, corpus, self.run = self.run, self.corpus, None
        self.box.hide()
        if run is None or corpus is None or corpus is not self.window.corpus:
            return  # another corpus was opened meanwhile
        clearing = isinstance(run, ClearRun)
        if run.steps:
            what = (
                QCoreApplication.translate("SuggestionSources", "Clear suggestions")
                if clearing
                else QCoreApplication.translate("SuggestionSources", "Suggestions from {source}")
            )
            try:
                corpus.apply_steps(run.steps, what.format(source=self.source))
            except (SpanError, AnnotatorError, OSError) as exc:
                self.say(str(exc))
                return
        self.say(self.summary(run, clearing))

    def summary(self, run: SuggestRun, clearing: bool) -> str:
        """ "Suggestions from the gazetteer: 14 in 3 document(s): LOC 11, PERS 3"."""
        labels = ", ".join(f"{label} {n}" for (_s, label), n in sorted(run.counts.items()))
        count = sum(run.counts.values())
        if clearing:
            text = QCoreApplication.translate(
                "SuggestionSources", "Removed {count} suggestion(s) from {documents} document(s)"
            )
        elif not run.steps:
            return QCoreApplication.translate(
                "SuggestionSources", "No new suggestions from {source}."
            ).format(source=self.source)
        else:
            text = QCoreApplication.translate(
                "SuggestionSources", "Suggestions from {source}: {count} in {documents} document(s)"
            )
        said = text.format(source=self.source, count=count, documents=run.changed)
        return f"{said}: {labels}" if labels else said

    def cancel(self) -> None:
        if self.training.job is not None:
            self.training.cancel()
            return
        self.runner.cancel()
        self.run = None
        self.box.hide()
        self.say(
            QCoreApplication.translate(
                "SuggestionSources", "Cancelled: no suggestion was changed."
            ),
            6000,
        )
