"""What the window's span keys do: label, relabel, delete, resize, step between spans.

An object the window owns. Each command reads the view's selection, asks the core for
the edit (annotator.edits: overlap policy, resizing rules) and hands it to the window,
which applies it through the corpus; the view is updated from the change set that comes
back, and the selection is put on the resulting span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeyEvent

from annotator.edits import RelabelSpan, RemoveSpan
from annotator.errors import SpanError
from annotator.model import Span
from annotator.span_rules import add_span, resize_span
from annotator.text.snapping import Edge, Unit, label_range
from ui.actions import hotkey_candidates
from ui.undo_notice import UndoNotice, replaced_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# action id -> (edge, unit, step): step -1 moves the edge earlier in the text, +1 later
EDGE_ACTIONS: dict[str, tuple[Edge, Unit, int]] = {
    "annotator.span.grow_start_word": ("start", "word", -1),
    "annotator.span.shrink_start_word": ("start", "word", +1),
    "annotator.span.shrink_end_word": ("end", "word", -1),
    "annotator.span.grow_end_word": ("end", "word", +1),
    "annotator.span.grow_start_char": ("start", "char", -1),
    "annotator.span.shrink_start_char": ("start", "char", +1),
    "annotator.span.shrink_end_char": ("end", "char", -1),
    "annotator.span.grow_end_char": ("end", "char", +1),
}


def nothing_to_label() -> str:
    return QCoreApplication.translate(
        "SpanCommands",
        "Nothing to label: the selection holds only spaces and punctuation (Span > Exact "
        "selection labels characters as selected).",
    )


class SpanCommands:
    """Span commands of one window (its view, its corpus, its status bar)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.notice = UndoNotice(window.statusBar(), window.undo, self._last_step)

    def label_by_key(self, event: QKeyEvent) -> bool:
        """Label the selection if the key is a label hotkey (any layout); True when it was one."""
        corpus = self.window.corpus
        if corpus is None:
            return False
        for key in hotkey_candidates(event):
            label = corpus.schema.by_hotkey(key)
            if label is not None:
                self.apply_label(label.name)
                return True
        return False

    def apply_label(self, name: str) -> None:
        """Relabel the selected span, or label the selection as a new span."""
        window, view = self.window, self.window.view
        doc, corpus = window.doc, window.corpus
        if doc is None or corpus is None:
            return
        span = view.selected_span()
        if span is not None:
            if span.label != name and window.do(RelabelSpan(span, name)):
                view.select_span(span.with_label(name))
            return
        selected = view.selection()
        if selected is None:
            self.window.status.say(
                QCoreApplication.translate(
                    "SpanCommands", "Select some text first (Shift+arrows or the mouse)."
                )
            )
            return
        exact = view.input.exact == selected or self._exact_mode()
        found = label_range(doc.text, *selected, exact=exact)  # whole words, no edge « or space
        if found is None:
            self.window.status.say(nothing_to_label())
            return
        try:
            span = Span(*found, name).authored(corpus.annotator)  # decision 0018
            edit = add_span(doc, span, allow_overlap=corpus.schema.allow_overlap)
        except SpanError as exc:
            self.window.status.say(str(exc), 5000)
            return
        if window.do(edit):
            view.select_span(edit.span)
            if edit.replaced:  # never silently: say what went, offer Undo
                self.notice.show_notice(replaced_text(doc.text, edit.replaced, name))

    def exact_toggled(self) -> None:
        on = self._exact_mode()
        self.window.status.say(
            QCoreApplication.translate(
                "SpanCommands", "Exact selection: labels take the characters as selected."
            )
            if on
            else QCoreApplication.translate(
                "SpanCommands", "Labels take whole words, without edge spaces or punctuation."
            )
        )

    def _last_step(self) -> object:
        corpus = self.window.corpus
        if corpus is None:
            return None
        history = corpus.history
        return (id(corpus), history.position, len(history), history.undo_text())

    def _exact_mode(self) -> bool:
        action = self.window.actions_by_id.get("annotator.span.exact")
        return action is not None and action.isChecked()

    def delete_span(self, span: Span | None) -> None:
        if span is None:
            self.window.status.say(
                QCoreApplication.translate(
                    "SpanCommands", "No span selected (Tab selects the next one)."
                )
            )
            return
        if self.window.do(RemoveSpan(span)):
            self.window.view.clear_selection()

    def resize_selected(self, edge: Edge, unit: Unit, step: int) -> None:
        """Move one end of the selected span (or plain selection) by a word or a character."""
        window, view = self.window, self.window.view
        span = view.selected_span()
        new_range = view.input.adjust_edge(edge, unit, step)
        if span is None or new_range is None or window.doc is None or window.corpus is None:
            return
        start, end = new_range
        if (start, end) == (span.start, span.end) or start >= end:
            view.select_span(span)
            return
        allow = window.corpus.schema.allow_overlap
        try:
            edit = resize_span(window.doc, span, start, end, allow_overlap=allow)
        except SpanError as exc:
            self.window.status.say(str(exc))
            view.select_span(span)
            return
        view.select_span(edit.result if window.do(edit) else span)

    def step_span(self, step: int) -> None:
        """Select the next (+1) or previous (-1) span from the selected span or caret, wrapping."""
        span = self.window.view.step_span(step, wrap=True)
        if span is not None:
            self.jump_to_span(span)

    def jump_to_span(self, span: Span) -> None:
        view = self.window.view
        view.select_span(span)
        self.window.spans_panel.show_span(span)
        view.setFocus()
