"""The document view's mouse and keyboard: caret keys, token-snapping drags, span clicks, zoom.

``ViewInput`` is an object the view owns, an event filter on the view (keys) and its viewport
(mouse, wheel): it takes every mouse and wheel event and the keys it knows; the window's label
hotkey filter, installed later, sees keys first. It works only in code points, through the
view's caret and selection methods; the moves are ui/caret_moves.py's, the word and edge rules
the core's (annotator.text.snapping). It never edits a document: ``adjust_edge`` returns the
new range for the window to turn into an edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from annotator.text import snapping
from annotator.text.snapping import Edge, Unit

if TYPE_CHECKING:
    from ui.paragraph_view import ParagraphView

__all__ = ["ViewInput"]

K = Qt.Key
_NAVIGATION = frozenset(
    {K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_Home, K.Key_End}
    | {K.Key_PageUp, K.Key_PageDown}
)
AUTOSCROLL_MS = 50


class ViewInput(QObject):
    """Decides what a key or mouse event means for the view; True from a handler = event taken."""

    def __init__(self, view: ParagraphView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        # (point, Alt held, the view's selection_owner() then) while the left button is down
        self._press: tuple[QPoint, bool, object] | None = None
        self._dragged = False
        self._last_point = QPoint()
        self._wheel_rest = 0.0  # wheel angle not yet turned into whole lines
        self.exact: tuple[int, int] | None = None  # the last selection dragged with Alt held
        self._autoscroll = QTimer(view)
        self._autoscroll.setInterval(AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._drag_beyond_edge)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.__dict__.get("view")
        if view is None:
            # Python's garbage collector clears a wrapper's attributes before Qt deletes the
            # object: a view dropped by its owner may still get an event on its way out.
            return False
        kind = event.type()
        if watched is view:
            return (
                isinstance(event, QKeyEvent)
                and kind == QEvent.Type.KeyPress
                and (self.key_pressed(event))
            )
        if isinstance(event, QWheelEvent):
            self.wheel(event)
            return True
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self.mouse_pressed(event)
        elif kind == QEvent.Type.MouseMove:
            self.mouse_moved(event)
        elif kind == QEvent.Type.MouseButtonRelease:
            self.mouse_released(event)
        elif kind == QEvent.Type.MouseButtonDblClick:
            self.double_clicked(event)
        else:
            return False
        return True

    def wheel(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms; a plain wheel scrolls by whole lines (the system's lines per notch)."""
        delta = event.angleDelta().y()
        event.accept()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if delta:
                self.view.set_zoom(self.view.zoom() + (1 if delta > 0 else -1))
            return
        self._wheel_rest += delta / 120 * QApplication.wheelScrollLines()
        lines = int(self._wheel_rest)
        if lines:
            self._wheel_rest -= lines
            self.view.scroll_lines(-lines)

    # -- mouse -------------------------------------------------------------

    def mouse_pressed(self, event: QMouseEvent) -> None:
        """A left press puts the caret (Shift: extends); remember Alt and the span selected."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.view
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        before = view.selection_owner()  # read first: moving the caret below drops it
        point = event.position().toPoint()
        hit = view.lines.hit(point.x(), point.y())
        if hit is not None:
            view.place_caret(hit[0], extend=shift, x=hit[1])
        self._press = (point, alt, before)
        self._dragged = False

    def mouse_moved(self, event: QMouseEvent) -> None:
        """A move past the drag distance turns the press into a drag (snapped on release)."""
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        self._last_point = point
        if (point - self._press[0]).manhattanLength() >= QApplication.startDragDistance():
            self._dragged = True
        if self._dragged:
            self._extend_to(point)
            inside = self.view.viewport().rect().contains(point)
            if inside:
                self._autoscroll.stop()
            elif not self._autoscroll.isActive():
                self._autoscroll.start()

    def _extend_to(self, point: QPoint) -> None:
        hit = self.view.lines.hit(point.x(), point.y())
        if hit is not None:
            self.view.place_caret(hit[0], extend=True, x=hit[1])

    def _drag_beyond_edge(self) -> None:
        """While a drag is held above or below the viewport, scroll a line and extend."""
        if self._press is None:
            self._autoscroll.stop()
            return
        y, height = self._last_point.y(), self.view.viewport().height()
        if 0 <= y < height:
            return
        self.view.scroll_lines(-1 if y < 0 else 1)
        self._extend_to(self._last_point)

    def mouse_released(self, event: QMouseEvent) -> None:
        """End of a drag: snap to tokens unless Alt.

        End of a click on a span: select it (or the next one out).
        """
        press, self._press = self._press, None
        self._autoscroll.stop()
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        view = self.view
        alt = press[1] or bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if self._dragged:
            selected = view.selection()
            self.exact = selected if alt else None  # labelled as selected, not snapped
            if selected and not alt:
                self._snap_selection(*selected)
            return
        char = view.char_at(event.position().toPoint())
        if char is not None:
            view.clicked(char, press[2])

    def _snap_selection(self, start: int, end: int) -> None:
        """Snap a dragged selection to whole tokens (core tokenizer), keeping the drag direction."""
        view = self.view
        snapped = snapping.snap(view.text, start, end)
        backwards = view.caret() < view.anchor()
        if snapped is not None and tuple(snapped) != (start, end):
            view.select_range(snapped[0], snapped[1], anchor_at_end=backwards)

    def double_clicked(self, event: QMouseEvent) -> None:
        """Select the word under the pointer by our tokenizer (Qt keeps «» and ، ؟ attached)."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.view
        char = view.char_at(event.position().toPoint())
        word = snapping.word_at(view.text, char) if char is not None else None
        if word is not None:
            view.select_range(word[0], word[1])
        self._press = None

    # -- keyboard ----------------------------------------------------------

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Caret keys (visual ←/→, lines, pages, line and text ends; Shift extends), Ctrl+←/→
        by our words, Ctrl+C copies the document's own characters, Esc clears."""
        view = self.view
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if event.matches(QKeySequence.StandardKey.Copy):
            view.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            view.select_range(0, len(view.text))
        elif key == K.Key_Escape and not mods:
            view.clear_selection()
        elif alt or key not in _NAVIGATION:
            return False
        elif ctrl and key in (K.Key_Left, K.Key_Right):
            self._move_by_word(key == K.Key_Left, shift)
        elif ctrl and key in (K.Key_Home, K.Key_End):
            view.place_caret(0 if key == K.Key_Home else len(view.text), extend=shift)
        elif ctrl:
            return False
        else:
            view.move_by_key(key, extend=shift)
        event.accept()
        return True

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
        if view.selection_owner() is None and (start, end) != selected:
            view.select_range(start, end, anchor_at_end=edge == "start")
        return start, end
