"""What the window's document keys do: mark done or skipped and move on, flag, next unfinished.

The rules (which status, which document is unfinished) are the core's (annotator.workflow);
this object reads the window's current document and applies the edit through the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator import workflow

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class DocumentCommands:
    """Document commands of one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def next_unfinished(self) -> bool:
        """Go to the next document still to do (wrapping round); False when all are finished."""
        window = self.window
        corpus = window.corpus
        found = None
        if corpus is not None:
            found = workflow.next_unfinished(corpus.status_of, len(corpus), window.index)
        if found is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("DocumentCommands", "Every document is finished."), 5000
            )
            return False
        window.go_to(found)
        return True

    def set_status_and_move(self, status: str) -> None:
        doc = self.window.doc
        if doc is None:
            return
        edit = workflow.status_edit(doc, status)
        if edit is not None and not self.window.do(edit):
            return
        self.next_unfinished()

    def toggle_flag(self) -> None:
        doc = self.window.doc
        if doc is not None:
            self.window.do(workflow.flag_toggled(doc))
