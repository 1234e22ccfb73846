"""Adjudication in the window: each annotator's spans in a lane of their own, the disagreement
under the caret decided with one key, progress over the corpus.

A corpus is adjudicated when it keeps annotators' versions (made by File > Adjudicate…,
``annotator adjudicate`` or ``annotator merge``; annotator.team.worklist finds them). Then
the view draws every version as an underline lane (lane k is the k-th annotator of the
document, names sorted, as the core lists them; names on hover), the Adjudication panel lists
the document's disagreements, Alt+N / Alt+P move the caret between them (on to the next or
previous document with one) and Alt+1…Alt+9 / Alt+B / Alt+0 accept lane k's spans, all of
them or none there. A pick is the core's edit (annotator.team.adjudication.pick) applied
through ``MainWindow.do``: journalled, one undo step, each accepted span recording ``"from"``.
Bare keys stay the label hotkeys (digits and letters such as p), so hand edits work as ever.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel

from annotator.errors import InputError
from annotator.history import ChangeSet
from annotator.storage.corpus import Corpus
from annotator.team.adjudication import (
    AdjudicationReport,
    Item,
    disagreements,
    index_at,
    item_at,
    next_item,
    pick,
)
from annotator.team.versions import versions_of
from annotator.team.worklist import Worklist, decisions_of
from ui.adjudicate_dialog import AdjudicateDialog
from ui.adjudication_mode import (
    NEXT,
    NEXT_OPEN,
    PICK_ALL,
    PICK_NONE,
    PICKS,
    PREVIOUS,
    VersionsSearch,
    show_mode,
    show_pick_actions,
)
from ui.adjudication_panel import AdjudicationPanel
from ui.slices import SlicedRun

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def progress_lines(worklist: Worklist, left: int, count: int, names: bool) -> tuple[str, str]:
    """(status bar, panel): the disagreements left in the corpus, and in the document."""
    counting = (
        ""
        if worklist.complete
        else QCoreApplication.translate(
            "AdjudicationCommands", ", counting {done} of {total}"
        ).format(done=worklist.done, total=worklist.total)
    )
    line = QCoreApplication.translate(
        "AdjudicationCommands", "{left} of {items} disagreements left{counting}"
    ).format(left=worklist.left, items=worklist.items, counting=counting)
    here = (
        QCoreApplication.translate(
            "AdjudicationCommands", "This document: {left} of {count} left."
        ).format(left=left, count=count)
        if names
        else ""
    )
    return (
        QCoreApplication.translate("AdjudicationCommands", "Adjudication: {line}").format(
            line=line
        ),
        QCoreApplication.translate("AdjudicationCommands", "Corpus: {line}. {here}")
        .format(line=line, here=here)
        .strip(),
    )


def written_text(report: AdjudicationReport) -> str:
    return QCoreApplication.translate(
        "AdjudicationCommands",
        "{documents} documents, {shared} with several versions, "
        "{disagreements} disagreements to decide, {accepted} spans accepted.",
    ).format(
        documents=report.documents,
        shared=report.shared,
        disagreements=report.disagreements,
        accepted=report.accepted,
    )


class AdjudicationCommands(QObject):
    """Owned by the window: File > Adjudicate…, the Adjudicate menu, the panel and lanes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worklist: Worklist | None = None
        self.items: list[Item] = []  # the shown document's disagreements, text order
        self.names: list[str] = []  # its annotators, lane order
        self.dialog: AdjudicateDialog | None = None
        self._shown: tuple[int | None, Item | None] | None = None  # in the panel's box
        self._decisions: Any = None  # the shown document's decisions, as its items know them
        self._go_first = False  # a result just written: to its first disagreement once found
        self.runner = SlicedRun(self)
        self.runner.progressed.connect(lambda _done, _total: self._show_progress())
        self.runner.finished.connect(self._show_progress)
        self.runner.failed.connect(lambda exc: log.warning("counting disagreements: %s", exc))
        self.search = VersionsSearch(self, self._found)
        self.panel = AdjudicationPanel()
        self.dock = QDockWidget(
            QCoreApplication.translate("AdjudicationCommands", "Adjudication"), window
        )
        self.dock.setObjectName("dock-adjudication")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.progress = QLabel()
        self.progress.setObjectName("adjudication-progress")
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.progress)
        self.progress.hide()
        window.document_shown.connect(self._document_shown)
        window.view.caret_moved.connect(lambda _caret: self._show_current())
        self.panel.item_chosen.connect(self.go_to_item)
        self.panel.pick_chosen.connect(self.pick_names)

    def handlers(self) -> dict[str, Callable[[], object]]:
        found: dict[str, Callable[[], object]] = {
            "annotator.file.adjudicate": self.ask,
            NEXT: partial(self.step, True),
            PREVIOUS: partial(self.step, False),
            NEXT_OPEN: partial(self.step, True, open_only=True),
            PICK_ALL: lambda: self.pick_names(None),
            PICK_NONE: lambda: self.pick_names([]),
        }
        for k, action_id in enumerate(PICKS):
            found[action_id] = partial(self.pick_lane, k)
        return found

    @property
    def active(self) -> bool:
        """Whether the open corpus keeps annotators' versions (adjudication mode)."""
        return bool(self.worklist)

    def _key(self, action_id: str) -> str:
        action = self.window.actions_by_id.get(action_id)
        keys = action.shortcuts() if action is not None else []
        return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""

    # -- the corpus ---------------------------------------------------------------------------

    def stop(self) -> None:
        """The corpus is being closed: no more searching or counting in it."""
        self.search.stop()
        self.runner.cancel()

    def set_corpus(self, corpus: Corpus) -> None:
        """A corpus was opened: find its versions (a large file's after the first paint: see
        ui.adjudication_mode), count its disagreements in slices."""
        self.stop()
        corpus.add_listener(self._on_changes)
        self._found(None, False)
        self.search.start(corpus)

    def _found(self, worklist: Worklist | None, late: bool) -> None:
        """Adjudication mode when ``worklist`` holds versions; ``late``: lanes for the shown doc."""
        self.worklist = worklist
        show_mode(self.window, (self.dock, self.progress), bool(worklist))
        if worklist:
            self.runner.start(worklist)
            if late and self.window.index >= 0:
                self._document_shown(self.window.index)
            if self._go_first:
                self._first_disagreement()
        self._go_first = False

    def _on_changes(self, changes: ChangeSet) -> None:
        """Corpus listener (after the window's): recount, and follow a pick or its undo."""
        worklist, window = self.worklist, self.window
        if not worklist:
            return
        for i in changes.effects:
            worklist.recount(i)
        doc = window.doc
        if doc is None or window.index not in changes.effects or not self.names:
            self._show_progress()
            return
        now = decisions_of(doc)
        if now != self._decisions:  # a pick, an undo
            try:
                self.items = disagreements(doc)
            except InputError:
                self.items = []
            self._decisions = now
            self.panel.update_decisions(self.items)
            self._show_current(force=True)
        self._show_progress()

    def _document_shown(self, _index: int) -> None:
        """Lanes, list and keys for the document the window now shows."""
        doc, self.items, self.names = self.window.doc, [], []
        said = ""
        if self.worklist and doc is not None:
            try:
                versions = versions_of(doc)
                self.items = disagreements(doc)
            except InputError as exc:
                said = str(exc)
            else:
                self.names = sorted(versions)
                self._decisions = decisions_of(doc)
                lanes = [(name, versions[name].spans) for name in self.names]
                if lanes:
                    self.window.view.set_candidate_layers(lanes)
        if said:
            self.window.status.say(said, 8000)
        self.panel.set_items(self.items, doc.text if doc else "", self._pick_keys())
        show_pick_actions(self.window, self.names)
        self._show_current(force=True)
        self._show_progress()

    def _pick_keys(self) -> list[str]:
        return [self._key(action_id) for action_id in PICKS[: len(self.names)]]

    # -- what the panel and status bar say ----------------------------------------------------

    def _show_progress(self) -> None:
        worklist = self.worklist
        if not worklist:
            return
        left = sum(1 for item in self.items if item.decided is None)
        status, panel = progress_lines(worklist, left, len(self.items), bool(self.names))
        self.progress.setText(status)
        self.panel.progress.setText(panel)

    def _show_current(self, *, force: bool = False) -> None:
        doc = self.window.doc
        if not self.active or doc is None:
            return
        n = index_at(self.items, self.window.view.caret())
        item = self.items[n] if n is not None else None
        if not force and self._shown == (n, item):
            return
        self._shown = (n, item)
        step = f"{self._key(NEXT)} / {self._key(PREVIOUS)}"
        if not self.names:
            said = QCoreApplication.translate(
                "AdjudicationCommands",
                "This document keeps no versions: {keys} go to the next / previous with one.",
            ).format(keys=step)
        elif not self.items:
            said = QCoreApplication.translate(
                "AdjudicationCommands", "The annotators agree everywhere in this document."
            )
        else:
            said = QCoreApplication.translate(
                "AdjudicationCommands",
                "No disagreement under the caret: {keys} go to the next / previous one.",
            ).format(keys=step)
        keys = self._pick_keys()
        both, neither = self._key(PICK_ALL), self._key(PICK_NONE)
        self.panel.show_current(n, doc.text, keys, both, neither, said)
        self.panel.select_row(n)

    # -- moving -------------------------------------------------------------------------------

    def step(self, forward: bool, *, open_only: bool = False) -> None:
        """Alt+N / Alt+P: the caret to the next / previous disagreement, in this document and
        then in the next / previous document with one; Alt+Shift+N: the next one still open."""
        window, worklist = self.window, self.worklist
        if not worklist:
            self.window.status.say(
                QCoreApplication.translate(
                    "AdjudicationCommands",
                    "This corpus keeps no annotators' versions: File > Adjudicate… makes one.",
                )
            )
            return
        pool = [i for i in self.items if i.decided is None] if open_only else self.items
        item = next_item(pool, window.view.caret(), backwards=not forward)
        if item is not None:
            self._go(item)
            return
        j = worklist.next_document(window.index, backwards=not forward, open_only=open_only)
        if j is None and open_only:
            j = worklist.next_document(-1, open_only=True)  # wrap around
        if j is None:
            said = (
                QCoreApplication.translate("AdjudicationCommands", "No disagreement after.")
                if forward
                else QCoreApplication.translate("AdjudicationCommands", "No disagreement before.")
            )
            self.window.status.say(
                QCoreApplication.translate("AdjudicationCommands", "Every disagreement is decided.")
                if open_only
                else said
            )
            return
        window.go_to(j)
        pool = [i for i in self.items if i.decided is None] if open_only else self.items
        if window.index == j and pool:
            self._go(pool[0] if forward else pool[-1])

    def _go(self, item: Item) -> None:
        """The caret at the item's start, nothing selected (a label hotkey then labels nothing)."""
        self.window.view.set_caret(item.start)
        self._show_current(force=True)

    def go_to_item(self, n: int) -> None:
        """A row of the panel was clicked or activated: go there, keys to the document."""
        if 0 <= n < len(self.items):
            self._go(self.items[n])
            self.window.view.setFocus()

    # -- picking ------------------------------------------------------------------------------

    def _here(self) -> Item | None:
        item = item_at(self.items, self.window.view.caret())
        if item is None:
            self.window.status.say(
                QCoreApplication.translate(
                    "AdjudicationCommands",
                    "No disagreement under the caret: {key} goes to the next one.",
                ).format(key=self._key(NEXT))
            )
        return item

    def pick_lane(self, k: int) -> None:
        """Alt+(k+1): accept lane k's annotator's spans at the disagreement under the caret."""
        item = self._here()
        if item is None:
            return
        if k >= len(item.names):
            self.window.status.say(
                QCoreApplication.translate(
                    "AdjudicationCommands", "This disagreement has {count} annotators."
                ).format(count=len(item.names))
            )
            return
        self.pick_names([item.names[k]])

    def pick_names(self, names: list[str] | None) -> None:
        """Accept these annotators' spans there (None: all of them; []: none): one edit."""
        item, window = self._here(), self.window
        if item is None or window.doc is None or window.corpus is None:
            return
        chosen = list(item.names) if names is None else names
        window.do(pick(window.doc, item, chosen, by=window.corpus.annotator))

    # -- File > Adjudicate… -------------------------------------------------------------------

    def ask(self) -> AdjudicateDialog:
        dialog = AdjudicateDialog(self.window)
        dialog.written.connect(self._written)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: AdjudicateDialog) -> None:
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None

    def _written(self, out: Path, report: AdjudicationReport) -> None:
        """Open the corpus just written at its first disagreement."""
        if not self.window.files.open_path(out):
            return
        self.window.status.say(written_text(report), 10000)
        if self.worklist is None:  # a large file: its versions are looked for after the paint
            self._go_first = True
        else:
            self._first_disagreement()

    def _first_disagreement(self) -> None:
        first = self.worklist.next_document(-1) if self.worklist else None
        if first is not None:
            self.window.go_to(first)
            if self.items:
                self._go(self.items[0])
