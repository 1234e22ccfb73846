"""The document view's mouse and keyboard: token-snapping drags, span clicks, word moves, edge keys.

``ViewInput`` is an object the ``DocumentView`` owns: the view's event handlers ask it
first and hand the event on to Qt's own handling when it did not take it. It works only
in code points, through the view's public selection and span methods; the word and
edge rules are the core's (annotator.text.snapping). It never edits a document:
``adjust_edge`` returns the new range for the window to turn into an edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from annotator.model import Span
from annotator.text import snapping
from annotator.text.snapping import Edge, Unit

if TYPE_CHECKING:
    from ui.document_view import DocumentView

__all__ = ["ViewInput"]


class ViewInput:
    """Decides what a key or mouse event means for the view; True from a handler = event taken."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        # (point, Alt held, span selected before the press) while the left button is down
        self._press: tuple[QPoint, bool, Span | None] | None = None
        self._dragged = False

    def wheel(self, event: QWheelEvent) -> bool:
        """Ctrl+wheel zooms; a plain wheel scrolls (Qt's)."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        delta = event.angleDelta().y()
        if delta:
            self.view.set_zoom(self.view.zoom() + (1 if delta > 0 else -1))
        event.accept()
        return True

    # -- mouse -------------------------------------------------------------

    def mouse_pressed(self, event: QMouseEvent) -> None:
        """Remember where a left press started (with Alt or not) and the span selected before."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.view
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        before = view.selected_span()  # read first: clearing the selection below drops it
        if view.textCursor().hasSelection() and not shift:
            # Pressing inside a selection would start a text drag: start a new selection instead.
            cursor = view.textCursor()
            cursor.clearSelection()
            view.setTextCursor(cursor)
        self._press = (event.position().toPoint(), alt, before)
        self._dragged = False

    def mouse_moved(self, event: QMouseEvent) -> None:
        """A move past the drag distance turns the press into a drag (snapped on release)."""
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position().toPoint() - self._press[0]
            if moved.manhattanLength() >= QApplication.startDragDistance():
                self._dragged = True

    def mouse_released(self, event: QMouseEvent) -> None:
        """End of a drag: snap to tokens unless Alt.

        End of a click on a span: select it (or the next one out).
        """
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        view = self.view
        alt = press[1] or bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if self._dragged:
            selected = view.selection()
            if selected and not alt:
                self._snap_selection(*selected)
            return
        char = view.char_at(event.position().toPoint())
        if char is None:
            return
        candidates = view.spans_at(char)
        if not candidates:
            return
        span, before = candidates[0], press[2]
        if before is not None and before in candidates:
            # Clicking a selected nested span again selects the next one out (then wraps).
            span = candidates[(candidates.index(before) + 1) % len(candidates)]
        view.select_span(span)
        view.span_clicked.emit(span)

    def _snap_selection(self, start: int, end: int) -> None:
        """Snap a dragged selection to whole tokens (core tokenizer), keeping the drag direction."""
        view = self.view
        snapped = snapping.snap(view.text, start, end)
        backwards = view.textCursor().position() < view.textCursor().anchor()
        if snapped is not None and tuple(snapped) != (start, end):
            view.select_range(snapped[0], snapped[1], anchor_at_end=backwards)
            view.sync_cursor()

    def double_clicked(self, event: QMouseEvent) -> bool:
        """Select the word under the pointer by our tokenizer (Qt keeps «» and ، ؟ attached)."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        view = self.view
        char = view.char_at(event.position().toPoint())
        word = snapping.word_at(view.text, char) if char is not None else None
        if word is not None:
            view.select_range(word[0], word[1])
            view.sync_cursor()
        self._press = None
        return True

    # -- keyboard ----------------------------------------------------------

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Ctrl(+Shift)+←/→ by our words in screen direction, Esc clears; the rest is Qt's."""
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if ctrl and not alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self._move_by_word(key == Qt.Key.Key_Left, shift)
            event.accept()
            return True
        if key == Qt.Key.Key_Escape and not mods:
            self.view.clear_selection()
            event.accept()
            return True
        return False

    def _move_by_word(self, left: bool, extend: bool) -> None:
        """Ctrl(+Shift)+←/→ by our tokenizer's words, in the caret paragraph's screen direction."""
        view = self.view
        caret = view.caret()
        forward = left == view.is_rtl_at(caret)
        if forward:
            target = snapping.word_end_after(view.text, caret)
        else:
            target = snapping.prev_word_start(view.text, caret)
        view.move_caret(target, extend=extend)

    # -- span edges (the window turns the result into a ResizeSpan) ----------

    def adjust_edge(self, edge: Edge, unit: Unit, step: int) -> tuple[int, int] | None:
        """New range with one edge moved by ``step`` words/chars (negative: earlier in the text).

        The plain selection moves at once; with a span selected the window makes the edit.
        """
        view = self.view
        selected = view.selection()
        if selected is None:
            return None
        start, end = snapping.adjust(view.text, *selected, edge=edge, unit=unit, step=step)
        if view.selected_span() is None and (start, end) != selected:
            view.select_range(start, end, anchor_at_end=edge == "start")
            view.sync_cursor()
        return start, end
