"""Suggestions > Train a model on done documents…: a spaCy model trained in another process.

``annotator.suggest.training_job.TrainingJob`` trains in a spawned process (the window's is
never forked) and reports its passes as messages, polled here every POLL_MS; the progress bar
and Cancel are the Suggestions menu's (ui/suggest_sources.py). Cancel sets the job's flag: the
training stops between batches and saves nothing. The model is saved beside the corpus
(``corpus.model/``), where "Suggest with the trained model" finds it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

if TYPE_CHECKING:
    from annotator.suggest.training_job import TrainingJob
    from ui.suggest_sources import SuggestionSources

POLL_MS = 200


class ModelTraining(QObject):
    """At most one training job, its progress shown in the sources' status-bar box."""

    def __init__(self, sources: SuggestionSources) -> None:
        super().__init__(sources)
        self.sources = sources
        self.job: TrainingJob | None = None
        self.model_dir: Path | None = None
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._poll_training)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()  # the process stops between batches and says so
            self.sources.cancel_button.setEnabled(False)

    def train(self, **options: Any) -> None:
        """Train a model on the done documents in the background, saved beside the corpus."""
        from annotator.suggest.model import model_path_for
        from annotator.suggest.training_job import TrainingJob

        corpus = self.sources.window.corpus
        if corpus is None or self.sources.busy:
            return
        done = [doc for doc in corpus.iter_documents() if doc.status == "done"]
        if not done:
            self.sources.say(
                QCoreApplication.translate(
                    "ModelTraining",
                    "No done documents to learn from: mark some done first (Ctrl+Enter).",
                )
            )
            return
        self.model_dir = model_path_for(corpus.path)
        self.job = TrainingJob.start(done, self.model_dir, **options)
        self.sources.progress.setRange(0, 0)  # busy until the first pass is reported
        self.sources.progress.setFormat(QCoreApplication.translate("ModelTraining", "Training"))
        self.sources.cancel_button.setEnabled(True)
        self.sources.box.show()
        self.sources.say(
            QCoreApplication.translate(
                "ModelTraining", "Training a model on {count} done document(s)…"
            ).format(count=len(done))
        )
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
                self.sources.progress.setRange(0, of)
                self.sources.progress.setValue(n)
                self.sources.progress.setFormat(
                    QCoreApplication.translate("ModelTraining", "Training %v/%m")
                )
            elif message[0] == "done":
                report = message[1]
                self.sources.say(
                    QCoreApplication.translate(
                        "ModelTraining",
                        "Model trained on {documents} document(s) ({spans} spans) in {seconds} s, "
                        "saved in {path}: Suggestions > Suggest with the trained model uses it.",
                    ).format(
                        documents=report.documents,
                        spans=report.spans,
                        seconds=round(report.seconds),
                        path=self.model_dir,
                    )
                )
            elif message[0] == "error":
                self.sources.say(
                    QCoreApplication.translate("ModelTraining", "Training stopped: {why}").format(
                        why=message[1]
                    )
                )
        if job.finished or not job.process.is_alive():
            if not job.finished:
                self.sources.say(
                    QCoreApplication.translate(
                        "ModelTraining", "The training process ended without a model."
                    )
                )
            self._poll.stop()
            self.job = None
            self.sources.box.hide()
