"""The adjudication mode's actions, and when an opened corpus is searched for versions.

The search (annotator.team.worklist) reads the whole file, ~60 ms for 120 MB: a file up to
SEARCH_AT_ONCE_BYTES is searched as it opens, a larger one once its first document has painted
(then the mode starts, and the shown document gets its lanes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from annotator.storage.corpus import Corpus
from annotator.team.worklist import Worklist
from ui import shown
from ui.models import IDLE_START_MS

if TYPE_CHECKING:
    from ui.main_window import MainWindow

NEXT, PREVIOUS, NEXT_OPEN = (f"annotator.adjudicate.{a}" for a in ("next", "previous", "next_open"))
PICKS = tuple(f"annotator.adjudicate.pick_{k}" for k in range(1, 10))
PICK_ALL, PICK_NONE = "annotator.adjudicate.pick_all", "annotator.adjudicate.pick_none"
MODE_ACTIONS = (NEXT, PREVIOUS, NEXT_OPEN, *PICKS, PICK_ALL, PICK_NONE)
SEARCH_AT_ONCE_BYTES = 16 * 1024 * 1024  # a larger file is searched after the first paint


class VersionsSearch(QObject):
    """Finds an opened corpus's versions and hands ``found(worklist, late)`` the Worklist."""

    def __init__(self, parent: QObject, found: Callable[[Worklist, bool], None]) -> None:
        super().__init__(parent)
        self.found = found
        self.corpus: Corpus | None = None  # a large file waiting for its search
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._search)

    def start(self, corpus: Corpus) -> None:
        self.stop()
        if corpus.index.file_size <= SEARCH_AT_ONCE_BYTES:
            self.found(Worklist(corpus), False)
        else:
            self.corpus = corpus
            self._timer.start(IDLE_START_MS)  # the window paints first

    def stop(self) -> None:
        self._timer.stop()
        self.corpus = None

    def _search(self) -> None:
        corpus, self.corpus = self.corpus, None
        if corpus is not None:
            self.found(Worklist(corpus), True)


def show_mode(window: MainWindow, widgets: Sequence[QWidget], on: bool) -> None:
    """The mode's panel, progress and actions shown and enabled, or not."""
    for widget in widgets:
        widget.setVisible(on)
    for action_id in MODE_ACTIONS:
        action = window.actions_by_id.get(action_id)
        if action is not None:
            action.setEnabled(on)


def show_pick_actions(window: MainWindow, names: list[str]) -> None:
    """Menu items name this document's annotators; lanes it lacks have none."""
    for k, action_id in enumerate(PICKS):
        action = window.actions_by_id.get(action_id)
        if action is None:
            continue
        has = k < len(names)
        action.setVisible(has or (not names and k < 2))
        action.setEnabled(has)
        if has:
            name = shown.name(names[k]).replace("&", "&&")
            action.setText(
                QCoreApplication.translate(
                    "AdjudicationCommands", "Pick {name}'s version (lane &{lane})"
                ).format(name=name, lane=k + 1)
            )
    for action_id in (PICK_ALL, PICK_NONE):
        action = window.actions_by_id.get(action_id)
        if action is not None:
            action.setEnabled(bool(names))
