"""QUndoStack over the core's edits: every do, undo and redo goes through Corpus.apply (journalled at once).

One stack for the whole corpus (docs/decisions/0009): undo is strictly the reverse of what was
done, in the journal's order; undoing an edit made in another document first shows that document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.edits import Edit, SetNote

NOTE_MERGE_ID = 9001


class EditCommand(QUndoCommand):
    """One core edit in one document; created after the edit has been applied, so the first redo is skipped."""

    def __init__(self, corpus: Any, index: int, edit: Edit, show: Callable[[int], None]) -> None:
        super().__init__(edit.describe())
        self.corpus = corpus
        self.index = index
        self.edit = edit
        self._show = show
        self._pending_first_redo = True
        self.failure: Exception | None = None

    def redo(self) -> None:
        if self._pending_first_redo:
            self._pending_first_redo = False
            return
        self._show(self.index)
        try:
            self.corpus.apply(self.index, self.edit)
        except Exception as exc:  # noqa: BLE001 - carried to EditHistory._step (Qt cannot)
            self.failure = exc

    def undo(self) -> None:
        self._show(self.index)
        try:
            self.corpus.apply(self.index, self.edit.inverse())
        except Exception as exc:  # noqa: BLE001 - carried to EditHistory._step (Qt cannot)
            self.failure = exc

    def id(self) -> int:
        return NOTE_MERGE_ID if isinstance(self.edit, SetNote) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing a note makes many SetNote edits; one undo step takes back the whole burst."""
        if not isinstance(other, EditCommand) or other.index != self.index:
            return False
        if not isinstance(self.edit, SetNote) or not isinstance(other.edit, SetNote):
            return False
        self.edit = SetNote(self.edit.old, other.edit.new)
        return True


class EditHistory:
    """Applies edits to the corpus and records them on the undo stack; the stack's clean state = saved."""

    def __init__(self, show: Callable[[int], None], parent: QObject | None = None) -> None:
        self.stack = QUndoStack(parent)
        self.corpus: Any = None
        self._show = show

    def attach(self, corpus: Any) -> None:
        """Start a fresh history for a newly opened corpus."""
        self.corpus = corpus
        self.stack.clear()
        self.stack.setClean()

    def do(self, index: int, edit: Edit) -> None:
        """Apply ``edit`` through the journal, then push it; if applying raises, nothing is pushed."""
        self.corpus.apply(index, edit)
        self.stack.push(EditCommand(self.corpus, index, edit, self._show))

    def undo(self) -> None:
        self._step(self.stack.undo, self.stack.index() - 1)

    def redo(self) -> None:
        self._step(self.stack.redo, self.stack.index())

    def _step(self, move: Callable[[], None], position: int) -> None:
        """Undo or redo one step; if the core refused it, the history no longer matches: drop it and say why."""
        command = self.stack.command(position) if 0 <= position < self.stack.count() else None
        if not isinstance(command, EditCommand):
            return
        command.failure = None
        move()
        if command.failure is not None:
            failure = command.failure
            self.stack.clear()
            raise failure

    def mark_saved(self) -> None:
        self.stack.setClean()
