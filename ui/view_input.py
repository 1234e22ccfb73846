"""Mouse and keyboard of the document view: token-snapping drags, span clicks, word moves, edge keys.

``ViewInput`` is mixed into ``DocumentView`` ahead of ``QTextEdit``: its event
handlers run first and hand the event on to Qt's through ``super()``. It works
only in code points, through the view's ``selection``, ``select_range``,
``select_span`` and span index; the view never edits a document, and neither
does this: grow/shrink return the new range for the window to turn into an edit.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication

from annotator.model import Span
from annotator.text import snapping
from ui.span_painter import char_under

__all__ = ["ViewInput"]


class ViewInput:
    """Event handlers and selection keys of ``DocumentView`` (which supplies the members used here)."""

    # (point, Alt held, span selected before the press) while the left button is down
    _press: tuple[QPoint, bool, Span | None] | None = None
    _dragged = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms; a plain wheel scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self._zoom + (1 if delta > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    # -- mouse -------------------------------------------------------------

    def _char_at(self, point: QPoint) -> int | None:
        """Code point whose glyph is under ``point`` (viewport coordinates), or None over empty space."""
        hit = char_under(self, point)
        return None if hit is None else self._cp(hit)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember where a left press started (and with Alt or not) and the span selected before."""
        if event.button() == Qt.MouseButton.LeftButton:
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            before = self._selected_span
            if (
                self.textCursor().hasSelection()
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                # Pressing inside a selection would start a text drag: start a new selection instead.
                cursor = self.textCursor()
                cursor.clearSelection()
                self.setTextCursor(cursor)
            self._press = (event.position().toPoint(), alt, before)
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A move past the drag distance turns the press into a drag (snapped on release)."""
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position().toPoint() - self._press[0]
            if moved.manhattanLength() >= QApplication.startDragDistance():
                self._dragged = True
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End of a drag: snap to tokens unless Alt; end of a click on a span: select it (or the next out)."""
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        alt = press[1] or bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if self._dragged:
            selected = self.selection()
            if selected and not alt:
                self._snap_selection(*selected)
            return
        char = self._char_at(event.position().toPoint())
        if char is None:
            return
        candidates = self._highlights.index.at(char)
        if not candidates:
            return
        span, before = candidates[0], press[2]
        if before is not None and before in candidates:
            # Clicking a selected nested span again selects the next one out (then wraps).
            span = candidates[(candidates.index(before) + 1) % len(candidates)]
        self.select_span(span)
        self.span_clicked.emit(span)

    def _snap_selection(self, start: int, end: int) -> None:
        """Widen a dragged selection to whole tokens (the core's tokenizer), keeping the drag direction."""
        snapped = snapping.snap(self._text, start, end)
        backwards = self.textCursor().position() < self.textCursor().anchor()
        if snapped is None:
            return
        if tuple(snapped) != (start, end):
            self.select_range(snapped[0], snapped[1], anchor_at_end=backwards)
            self._report_cursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Select the word under the pointer by our tokenizer (Qt's rules keep «» and ، ؟ attached)."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        char = self._char_at(event.position().toPoint())
        word = snapping.word_at(self._text, char) if char is not None else None
        if word is None:
            return
        self.select_range(word[0], word[1])
        self._report_cursor()
        self._press = None

    # -- keyboard ----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl(+Shift)+←/→ by our words in screen direction, Esc clears; the rest is Qt's."""
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if (
            ctrl
            and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and not mods & Qt.KeyboardModifier.AltModifier
        ):
            self._move_by_word(
                key == Qt.Key.Key_Left, bool(mods & Qt.KeyboardModifier.ShiftModifier)
            )
            event.accept()
            return
        if key == Qt.Key.Key_Escape and not mods:
            self.clear_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def _move_by_word(self, left: bool, extend: bool) -> None:
        """Ctrl(+Shift)+←/→ by our tokenizer's words, in screen direction of the caret's paragraph."""
        cursor = self.textCursor()
        caret = self.caret()
        rtl = self.paragraph_direction_at(caret) == Qt.LayoutDirection.RightToLeft
        forward = left == rtl
        target = (
            self._word_end_after(caret) if forward else snapping.prev_word_start(self._text, caret)
        )
        mode = QTextCursor.MoveMode.KeepAnchor if extend else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(self._map.to_qt(target), mode)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _word_end_after(self, offset: int) -> int:
        """End of the word under or after ``offset`` (punctuation such as « is stepped over)."""
        text = self._text
        word = snapping.word_at(text, offset)
        if word is not None and word[0] <= offset < word[1] and snapping.snap(text, *word) == word:
            return word[1]
        following = snapping.next_word_start(text, offset)
        word = snapping.word_at(text, following) if following < len(text) else None
        return word[1] if word is not None else len(text)

    # -- span edges (the window turns the result into a ResizeSpan) ----------

    def _adjust(self, edge: str, unit: str, step: int) -> tuple[int, int] | None:
        """New range for one edge move; applied to the selection unless a span is selected."""
        selected = self.selection()
        if selected is None:
            return None
        result = snapping.adjust(
            self._text, selected[0], selected[1], edge=edge, unit=unit, step=step
        )
        if result is None:
            return None
        result = (int(result[0]), int(result[1]))
        if self._selected_span is None and result != selected:
            self.select_range(*result, anchor_at_end=edge == "start")
            self._report_cursor()
        return result

    def grow_start(self, unit: str = "word") -> tuple[int, int] | None:
        """Range with the start one word/char earlier (selection moves unless a span is selected)."""
        return self._adjust("start", unit, -1)

    def shrink_start(self, unit: str = "word") -> tuple[int, int] | None:
        """Range with the start one word/char later (leave out a clitic with unit="char")."""
        return self._adjust("start", unit, +1)

    def grow_end(self, unit: str = "word") -> tuple[int, int] | None:
        """Range with the end one word/char later."""
        return self._adjust("end", unit, +1)

    def shrink_end(self, unit: str = "word") -> tuple[int, int] | None:
        """Range with the end one word/char earlier."""
        return self._adjust("end", unit, -1)
