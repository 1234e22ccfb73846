"""A notice in the status bar with an Undo button: an edit did more than the key said.

Labelling a selection that overlaps spans of another label replaces them (the schema allows
no overlap): never silently. The notice names what was replaced and offers Undo (Ctrl+Z
does the same) until the next notice or for NOTICE_MS; after another edit the button only
closes the notice (Edit > Undo names what it would take back).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from annotator.model import Span
from ui import shown

NOTICE_MS = 12000
QUOTED = 40  # code points of a replaced span's text shown at most


def replaced_text(text: str, replaced: Sequence[Span], label: str) -> str:
    """ "Replaced PERS «عبد اللطيف» with MISC" (each span's own characters, shortened)."""
    parts = []
    for span in replaced:
        piece = text[span.start : span.end]
        piece = piece if len(piece) <= QUOTED else piece[: QUOTED - 1] + "…"
        parts.append(f"{shown.name(span.label)} «{shown.document_text(shown.name(piece))}»")
    return QCoreApplication.translate("UndoNotice", "Replaced {spans} with {label}").format(
        spans=", ".join(parts), label=shown.name(label)
    )


class UndoNotice(QWidget):
    """The notice and its Undo button, hidden until ``show_notice``."""

    def __init__(
        self, bar: QStatusBar, undo: Callable[[], object], last_step: Callable[[], object]
    ) -> None:
        """``last_step()`` names the step Undo would take back now: the button undoes only
        while that is still the step the notice is about."""
        super().__init__()
        self._last_step = last_step
        self._step: object = None
        self.setObjectName("undo-notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(QCoreApplication.translate("UndoNotice", "Undo"))
        self.button.clicked.connect(lambda _=False: self._undo(undo))
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        bar.addPermanentWidget(self)
        self.hide()

    def show_notice(self, text: str) -> None:
        self._step = self._last_step()
        self.label.setText(text)
        self.show()
        self._timer.start()

    def _undo(self, undo: Callable[[], object]) -> None:
        self.hide()
        if self._last_step() == self._step:  # not after another edit, an undo or a redo
            undo()
