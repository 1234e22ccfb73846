"""The current document's suggestions in the window: shown, stepped through, accepted, rejected.

An object the window owns. The view shows the document's *open* suggestions (those over no
span: ``annotator.suggestion_edits.open_suggestions``) as dashed outlines and is kept in step
from every change set the corpus reports (``show`` after an edit, an undo, a redo, another
document). Tab / Shift+Tab (while the document has open suggestions) and F8 / Shift+F8 focus
the next or previous one; Enter or Space accepts the focused one (it becomes a span, through
``Corpus.apply``: journalled, undoable) and Backspace or x rejects it, each then focusing the
next. The accept and reject actions are enabled only while a suggestion is focused, so those
keys (and x) do nothing else meanwhile and are left alone otherwise. The rules are the core's
(``accept_suggestion``, ``accept_all``); the menu's sources are ui/suggest_sources.py's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeyEvent

from annotator.edits import Compound, Edit
from annotator.errors import SpanError
from annotator.model import Document, Span, Suggestion
from annotator.suggestion_edits import (
    AcceptSuggestion,
    RejectSuggestion,
    accept_all,
    accept_suggestion,
    open_suggestions,
)
from ui.actions import hotkey_candidates
from ui.suggest_sources import SuggestionSources

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ACCEPT, REJECT = "annotator.suggest.accept", "annotator.suggest.reject"


class SuggestionCommands:
    """Suggestion keys of one window (its view, its corpus, its status bar)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.sources = SuggestionSources(window)
        window.view.caret_moved.connect(self._caret_moved)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "annotator.span.next": lambda: self.tab(+1),
            "annotator.span.previous": lambda: self.tab(-1),
            "annotator.suggest.next": lambda: self.step(+1),
            "annotator.suggest.previous": lambda: self.step(-1),
            ACCEPT: self.accept,
            REJECT: self.reject,
            "annotator.suggest.accept_all": self.accept_all,
        } | self.sources.handlers()

    # -- showing -------------------------------------------------------------------------

    def show(self, doc: Document | None) -> None:
        """Show ``doc``'s open suggestions (the focused one stays focused while it is there)."""
        view = self.window.view
        spans = sorted({s.span for s in open_suggestions(doc)}) if doc is not None else []
        if spans or view.suggestion_count():  # none before, none now: nothing to repaint
            view.set_suggestions(spans, view.focused_suggestion())
        self.window.status.show_suggestions(len(spans))
        self._enable()

    def _enable(self) -> None:
        focused = self.window.view.focused_suggestion() is not None
        for action_id in (ACCEPT, REJECT):
            action = self.window.actions_by_id.get(action_id)
            if action is not None:
                action.setEnabled(focused)

    def _caret_moved(self, caret: int) -> None:
        """The caret left the focused suggestion: nothing is focused any more."""
        focused = self.window.view.focused_suggestion()
        if focused is not None and not focused.start <= caret <= focused.end:
            self.window.view.focus_suggestion(None)
            self._enable()

    # -- moving --------------------------------------------------------------------------

    def tab(self, step: int) -> None:
        """Tab: the next suggestion while the document has open ones, else the next span."""
        if self.window.view.suggestion_count():
            self.step(step)
        else:
            self.window.spans.step_span(step)

    def step(self, step: int) -> Span | None:
        view = self.window.view
        found = view.step_suggestion(step, wrap=True)
        if found is None:
            self.window.status.say(
                QCoreApplication.translate(
                    "SuggestionCommands", "No suggestions left in this document."
                )
            )
        else:
            view.setFocus()
        self._enable()
        return found

    # -- deciding ------------------------------------------------------------------------

    def _focused(self) -> tuple[Document, list[Suggestion]] | None:
        """The document and its suggestions at the focused outline (several sources may agree)."""
        doc, focused = self.window.doc, self.window.view.focused_suggestion()
        if doc is None or focused is None:
            self.window.status.say(
                QCoreApplication.translate(
                    "SuggestionCommands",
                    "No suggestion is focused: Tab or F8 goes to the next one.",
                )
            )
            return None
        same = [s for s in doc.suggestions if s.span == focused]
        return (doc, same) if same else None

    def _decide(self, edit: Edit) -> None:
        if not self.window.do(edit):
            return
        if self.window.view.suggestion_count():
            self.step(+1)
        else:
            self._enable()

    def accept(self) -> None:
        """Accept the focused suggestion (it becomes a span), then focus the next one."""
        found, corpus = self._focused(), self.window.corpus
        if found is None or corpus is None:
            return
        doc, same = found
        try:
            edit = accept_suggestion(doc, same[0], allow_overlap=corpus.schema.allow_overlap)
        except SpanError as exc:
            self.window.status.say(str(exc))
            return
        others = tuple(RejectSuggestion(s) for s in same[1:])  # the same span from other sources
        self._decide(Compound((edit, *others), edit.describe()) if others else edit)

    def reject(self) -> None:
        """Reject the focused suggestion, then focus the next one."""
        found = self._focused()
        if found is not None:
            edits = tuple(RejectSuggestion(s) for s in found[1])
            self._decide(edits[0] if len(edits) == 1 else Compound(edits, edits[0].describe()))

    def by_key(self, event: QKeyEvent) -> bool:
        """x rejects the focused suggestion, unless a label has the hotkey x: the physical key,
        under any layout (it types ء under an Arabic layout, ס under a Hebrew one)."""
        action, corpus = self.window.actions_by_id.get(REJECT), self.window.corpus
        if action is None or not action.isEnabled() or corpus is None:
            return False
        if "x" in hotkey_candidates(event) and corpus.schema.by_hotkey("x") is None:
            action.trigger()
            return True
        return False

    def accept_all(self) -> None:
        """Accept every open suggestion of the document that fits, as one undo step."""
        doc, corpus = self.window.doc, self.window.corpus
        if doc is None or corpus is None:
            return
        edit, skipped = accept_all(doc, allow_overlap=corpus.schema.allow_overlap)
        if not edit.edits:
            self.window.status.say(
                QCoreApplication.translate(
                    "SuggestionCommands", "No suggestions to accept in this document."
                )
            )
            return
        accepted = sum(isinstance(e, AcceptSuggestion) for e in edit.edits)
        if self.window.do(edit):
            self.window.status.say(
                QCoreApplication.translate(
                    "SuggestionCommands",
                    "Accepted {accepted} suggestion(s); {skipped} left (they overlap spans).",
                ).format(accepted=accepted, skipped=len(skipped))
                if skipped
                else QCoreApplication.translate(
                    "SuggestionCommands", "Accepted {accepted} suggestion(s)."
                ).format(accepted=accepted)
            )
