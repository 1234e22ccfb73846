"""Train a model in another process: progress arrives as messages, cancel stops it cleanly.

For the window (or any caller that must stay responsive): ``TrainingJob.start(...)``,
then ``poll()`` now and then for ``("progress", iteration, of, loss)``, ``("done",
TrainingReport)`` or ``("error", message)``; ``cancel()`` sets a flag the training loop
checks between batches (nothing is saved). Uses the ``spawn`` start method, so a Qt
process is never forked.
"""

from __future__ import annotations

import multiprocessing
import queue
from dataclasses import dataclass, field
from multiprocessing.context import SpawnProcess
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.model import Document
from annotator.suggest.model import train_model

__all__ = ["TrainingJob"]


def _run(
    docs: list[Document], out_dir: Path, options: dict[str, Any], messages: Any, stop: Event
) -> None:
    try:
        report = train_model(
            docs,
            out_dir,
            progress=lambda n, of, loss: messages.put(("progress", n, of, loss)),
            cancelled=stop.is_set,
            **options,
        )
        messages.put(("done", report))
    except AnnotatorError as exc:
        messages.put(("error", str(exc)))
    except Exception as exc:  # noqa: BLE001 - the parent must hear of any failure
        messages.put(("error", f"{type(exc).__name__}: {exc}"))


@dataclass
class TrainingJob:
    process: SpawnProcess
    messages: Any
    stop: Event
    finished: bool = False
    received: list[tuple[Any, ...]] = field(default_factory=list)

    @classmethod
    def start(cls, docs: list[Document], out_dir: Path, **options: Any) -> TrainingJob:
        """Start training on ``docs`` (the done documents) into ``out_dir``."""
        context = multiprocessing.get_context("spawn")
        messages = context.Queue()
        stop = context.Event()
        process = context.Process(
            target=_run, args=(docs, out_dir, options, messages, stop), daemon=True
        )
        process.start()
        return cls(process, messages, stop)

    def poll(self, timeout: float = 0.0) -> list[tuple[Any, ...]]:
        """The messages that arrived (waiting up to ``timeout`` seconds for the first)."""
        out: list[tuple[Any, ...]] = []
        try:
            out.append(
                self.messages.get(timeout=timeout) if timeout else self.messages.get_nowait()
            )
            while True:
                out.append(self.messages.get_nowait())
        except queue.Empty:
            pass
        if any(m[0] in ("done", "error") for m in out):
            self.finished = True
            self.process.join(timeout=10)
        self.received.extend(out)
        return out

    def cancel(self) -> None:
        self.stop.set()

    def wait(self, timeout: float = 600.0) -> tuple[Any, ...]:
        """Block until the job ends; its last message."""
        while not self.finished:
            if not self.poll(timeout=timeout) and not self.process.is_alive():
                return ("error", f"the training process ended (exit code {self.process.exitcode})")
        return self.received[-1]
