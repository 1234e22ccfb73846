"""Long computations of the core run in slices on the GUI thread, with progress and Cancel.

The core's runs (``AgreementRun``, ``StatsRun``) look at a few documents per ``advance(n)``;
a ``SlicedRun`` calls it from a zero timer until BUDGET_S has passed, then lets the event loop
paint and take clicks (Cancel among them). No thread: the runs read the open corpus, which the
window also reads and edits, and a slice never sees a half-made edit.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal


class Sliced(Protocol):
    done: int
    total: int

    def advance(self, count: int) -> bool: ...


class SlicedRun(QObject):
    """Drives one ``Sliced`` to its end; ``progressed(done, total)``, then ``finished()``."""

    progressed = Signal(int, int)
    finished = Signal()
    failed = Signal(object)  # the exception that stopped it
    BUDGET_S = 0.03
    SLICE = 8  # documents between two looks at the clock

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: Sliced | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_some)

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, job: Sliced) -> None:
        self.cancel()
        self.job = job
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self.job = None

    def _run_some(self) -> None:
        job = self.job
        if job is None:
            self._timer.stop()
            return
        deadline = time.perf_counter() + self.BUDGET_S
        try:
            while not job.advance(self.SLICE) and time.perf_counter() < deadline:
                pass
        except Exception as exc:  # noqa: BLE001 - said by whoever started it, in a dialog
            self.cancel()
            self.failed.emit(exc)
            return
        self.progressed.emit(job.done, job.total)
        if job.done >= job.total:
            self.cancel()
            self.finished.emit()
