"""Transactions, the change sets they produce, and the undo history: Qt-free, owned by the corpus.

A ``Transaction`` is what one user action does: one or more (document, edit) steps applied
together, journalled as one line, undone as one step. Applying it yields a ``ChangeSet``
(the ``Effect`` of each document touched) that listeners repaint from. ``History`` keeps the
transactions in order with a position and the saved ("clean") point; the window only adapts
it to menu texts (docs/decisions/0014-change-sets.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from annotator.edits import Edit, SetNote
from annotator.effects import Effect

Origin = Literal["edit", "undo", "redo"]
HISTORY_LIMIT = 10_000  # undo steps kept; the oldest are forgotten first


@dataclass(frozen=True)
class Step:
    """One edit of one document (``doc_id`` guards against applying it to another document)."""

    index: int
    doc_id: str
    edit: Edit


@dataclass(frozen=True)
class Transaction:
    """Steps done together: applied in order, undone in reverse, one journal line, one undo step."""

    steps: tuple[Step, ...]
    description: str

    def inverse(self) -> Transaction:
        undo = tuple(Step(s.index, s.doc_id, s.edit.inverse()) for s in reversed(self.steps))
        return Transaction(undo, self.description)

    @property
    def documents(self) -> set[int]:
        return {s.index for s in self.steps}


@dataclass(frozen=True)
class ChangeSet:
    """What one transaction changed, by document index; listeners update from this alone."""

    effects: Mapping[int, Effect]
    description: str
    origin: Origin = "edit"

    @property
    def documents(self) -> list[int]:
        return sorted(self.effects)

    def label_delta(self) -> Counter[str]:
        """Per-label change in the number of spans over all documents touched."""
        delta: Counter[str] = Counter()
        for effect in self.effects.values():
            delta.update(effect.label_delta())
        return Counter({k: v for k, v in delta.items() if v})

    def status_changes(self) -> dict[int, tuple[str, str]]:
        return {i: e.status for i, e in self.effects.items() if e.status is not None}

    def spans_changed(self, index: int) -> bool:
        effect = self.effects.get(index)
        return effect is not None and effect.spans_changed

    def suggestions_changed(self, index: int) -> bool:
        effect = self.effects.get(index)
        return effect is not None and effect.suggestions_changed

    def note_changed(self, index: int) -> bool:
        effect = self.effects.get(index)
        return effect is not None and effect.note is not None


class History:
    """Undo and redo over transactions, with the position the file was last saved at."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self.limit = limit
        self._entries: list[Transaction] = []
        self._position = 0
        self._clean: int | None = 0  # position of the saved state; None when unreachable

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def position(self) -> int:
        return self._position

    def record(self, transaction: Transaction) -> None:
        """A new transaction was done: it becomes the next undo step; the redo steps are dropped."""
        del self._entries[self._position :]
        if self._clean is not None and self._clean > self._position:
            self._clean = None
        if self._merges_with_last(transaction):
            last = self._entries[-1].steps[0]
            new = transaction.steps[0]
            assert isinstance(last.edit, SetNote) and isinstance(new.edit, SetNote)
            note = SetNote(last.edit.old, new.edit.new)
            self._entries[-1] = Transaction((Step(last.index, last.doc_id, note),), "Edit note")
            return
        self._entries.append(transaction)
        self._position += 1
        if len(self._entries) > self.limit:
            drop = len(self._entries) - self.limit
            del self._entries[:drop]
            self._position -= drop
            if self._clean is not None:
                self._clean = self._clean - drop if self._clean >= drop else None

    def _merges_with_last(self, transaction: Transaction) -> bool:
        """Typing a note makes a SetNote per pause: one undo step takes back the whole burst."""
        if not self._entries or self._position != len(self._entries):
            return False
        if self._clean == self._position:
            return False  # never merge across a save
        last, new = self._entries[-1].steps, transaction.steps
        return (
            len(last) == 1
            and len(new) == 1
            and last[0].index == new[0].index
            and isinstance(last[0].edit, SetNote)
            and isinstance(new[0].edit, SetNote)
        )

    def next_undo(self) -> Transaction | None:
        return self._entries[self._position - 1] if self._position > 0 else None

    def next_redo(self) -> Transaction | None:
        return self._entries[self._position] if self._position < len(self._entries) else None

    def undone(self) -> None:
        """The transaction next_undo() named was undone (and journalled)."""
        if self._position == 0:
            raise IndexError("nothing to undo")
        self._position -= 1

    def redone(self) -> None:
        if self._position >= len(self._entries):
            raise IndexError("nothing to redo")
        self._position += 1

    @property
    def can_undo(self) -> bool:
        return self._position > 0

    @property
    def can_redo(self) -> bool:
        return self._position < len(self._entries)

    def undo_text(self) -> str:
        entry = self.next_undo()
        return entry.description if entry is not None else ""

    def redo_text(self) -> str:
        entry = self.next_redo()
        return entry.description if entry is not None else ""

    @property
    def is_clean(self) -> bool:
        return self._clean == self._position

    def mark_clean(self) -> None:
        self._clean = self._position

    def mark_unsaved(self) -> None:
        """The corpus holds changes no position of this history matches (edits restored on open)."""
        self._clean = None
