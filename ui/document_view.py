"""The read-only, bidi-correct document view: text, highlights, caret and selection in code points.

A read-only QTextEdit (RTL.md §2: the stock widget that gives each paragraph
its own direction and alignment). Each block gets the direction a reader
expects (``annotator.text.direction``: a leading flag, emoji or @handle does not
decide) and the matching alignment, set explicitly while the text goes in.
Spans are shown with ExtraSelections for the visible range only, plus start
ticks, label names and nesting underlines painted on the viewport
(ui/span_painter.py); the text itself is never changed. Every Qt position
crosses into code points through ``annotator.text.offsets.QtPositionMap``. Mouse
and keyboard handling lives in ui/view_input.py. The view never edits a
document: it reports selections and computed ranges; the window turns them
into edits.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.model import Document, Span
from annotator.schema import LabelSchema
from annotator.text.direction import Paragraph, direction_at
from annotator.text.offsets import OffsetError, QtPositionMap
from ui.document_text import LAYOUT_DIRECTION, ZoomedFont, block_format, fill_document
from ui.highlights import HighlightLayer
from ui.span_painter import char_under, visible_qt_range
from ui.view_input import ViewInput

__all__ = ["DocumentView"]

log = logging.getLogger(__name__)


class DocumentView(QTextEdit):
    """Shows one document with its spans; selection and caret are reported in code points."""

    selection_changed = Signal(object)  # tuple[int, int] | None, code points
    caret_moved = Signal(int)  # code points
    span_clicked = Signal(object)  # Span

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setCursorWidth(2)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        doc = self.document()
        doc.setUndoRedoEnabled(False)
        doc.setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)  # ← goes left on screen
        self._text = ""
        self._map = QtPositionMap("")
        self._paragraphs: list[Paragraph] = []  # (start, end, direction), one per block
        self._document: Document | None = None
        self._highlights = HighlightLayer(self, lambda cp: self._map.to_qt(cp), self._cp)
        self.input = ViewInput(self)
        self._selected_span: Span | None = None
        self._last_selection: tuple[int, int] | None = None
        self._last_caret = 0
        self._fonts = ZoomedFont(self.font())
        self.verticalScrollBar().valueChanged.connect(self._highlights.schedule)
        self.horizontalScrollBar().valueChanged.connect(self._highlights.schedule)
        # Qt lays big documents out lazily, in steps: recompute what is on screen as it progresses.
        doc.documentLayout().documentSizeChanged.connect(
            lambda size: self._highlights.layout_changed(size.width())
        )
        self.cursorPositionChanged.connect(self.sync_cursor)
        self.selectionChanged.connect(self.sync_cursor)

    # -- loading -----------------------------------------------------------

    def set_document(self, doc: Document, schema: LabelSchema) -> None:
        """Show ``doc`` in ``schema``'s colours; the text is laid out once, exactly as stored."""
        self._highlights.set_colour_source(schema.colour_of)
        if self._document is None or doc.text != self._text:
            self._load_text(doc.text)
        self.setTextCursor(QTextCursor(self.document()))
        self._document = doc
        self._selected_span = None
        self._last_selection = None
        self._highlights.document = doc
        self.verticalScrollBar().setValue(0)
        self.sync_cursor()
        self._highlights.apply()

    def _load_text(self, text: str) -> None:
        self._highlights.layout_changed()
        self._text = text
        self._map = QtPositionMap(text)
        # Detach the view's caret while the text goes in (as setPlainText does): a caret carried
        # along would select the whole text, and repainting that selection makes Qt lay out the
        # whole document at once (2.5 s for 5 MB) instead of lazily, screen by screen.
        self.setTextCursor(QTextCursor())
        self._paragraphs = fill_document(self.document(), text, self._map, self._fonts.line_height)

    def refresh_spans(self, doc: Document | None = None) -> None:
        """Re-read the spans after an edit (optionally of ``doc``, a copy with the same text)."""
        if doc is not None:
            if doc.text != self._text:
                raise ValueError(
                    "refresh_spans needs a document with the text on screen; use set_document"
                )
            self._document = doc
        if self._document is None:
            return
        self._highlights.document = self._document
        self._highlights.reset_colours()
        if self._selected_span is not None and not self._document.has_span(self._selected_span):
            self._selected_span = None
        self._highlights.apply()

    # -- fonts, zoom, line height -----------------------------------------

    def apply_font(self, families: list[str], point_size: float) -> None:
        """Use ``families`` (bundled Arabic face first) at ``point_size``; zoom applies on top."""
        self._fonts.set_base(families, point_size)
        self._apply_font()

    def set_zoom(self, steps: int) -> None:
        """Zoom ``steps`` × 10% from the base size (negative shrinks)."""
        self._fonts.steps = max(-8, min(20, int(steps)))
        self._apply_font()

    def zoom(self) -> int:
        return self._fonts.steps

    def zoom_in(self) -> None:
        self.set_zoom(self._fonts.steps + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._fonts.steps - 1)

    def _apply_font(self) -> None:
        old = self._fonts.line_height
        font = self._fonts.current()
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._highlights.layout_changed()
        if abs(old - self._fonts.line_height) > 0.5 and not self.document().isEmpty():
            cursor = QTextCursor(self.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(block_format(self._fonts.line_height))
        self._highlights.schedule()

    def line_height_percent(self) -> float:
        return self._fonts.line_height

    # -- offsets -----------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    def position_map(self) -> QtPositionMap:
        return self._map

    def _cp(self, qt_pos: int) -> int:
        try:
            return self._map.to_codepoint(qt_pos)
        except OffsetError:  # inside a surrogate pair: Qt never leaves the caret there, but be safe
            return self._map.to_codepoint(max(0, qt_pos - 1))

    def selection(self) -> tuple[int, int] | None:
        """The selected code-point range [start, end), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self._cp(cursor.selectionStart()), self._cp(cursor.selectionEnd())
        return (start, end) if start < end else None

    def caret(self) -> int:
        """The caret's code-point offset."""
        return self._cp(self.textCursor().position())

    def select_range(self, start: int, end: int, *, anchor_at_end: bool = False) -> None:
        """Select code points [start, end) (the caret ends at ``end`` unless ``anchor_at_end``)."""
        start, end = max(0, min(start, end)), min(len(self._text), max(start, end))
        cursor = QTextCursor(self.document())
        first, second = (end, start) if anchor_at_end else (start, end)
        cursor.setPosition(self._map.to_qt(first))
        cursor.setPosition(self._map.to_qt(second), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def set_caret(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(max(0, min(offset, len(self._text)))))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def move_caret(self, offset: int, *, extend: bool) -> None:
        """Put the caret at ``offset``; with ``extend`` the selection anchor stays where it was."""
        cursor = self.textCursor()
        mode = QTextCursor.MoveMode.KeepAnchor if extend else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(self._map.to_qt(max(0, min(offset, len(self._text)))), mode)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def clear_selection(self) -> None:
        """Drop the selection (and the selected span); the caret stays."""
        self._selected_span = None
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)
        self.sync_cursor()
        self.viewport().update()

    def selected_span(self) -> Span | None:
        return self._selected_span

    def select_span(self, span: Span) -> None:
        """Select ``span`` (its range becomes the selection) and scroll it into view."""
        self._selected_span = span
        self._last_selection = None
        self.select_range(span.start, span.end, anchor_at_end=True)
        self.sync_cursor()
        self.viewport().update()

    def step_span(self, step: int, *, wrap: bool) -> Span | None:
        """Select the span ``step`` places from the selected one (or the caret): Tab, Shift+Tab."""
        if self._document is None:
            return None
        selected = self.selection()
        here = selected[0] if selected else self.caret()
        span = self._document.index.step_from(self._selected_span, here, step, wrap=wrap)
        if span is not None:
            self.select_span(span)
        return span

    def spans_at(self, offset: int) -> list[Span]:
        """Spans covering code point ``offset``, innermost first."""
        return self._document.index.at(offset) if self._document is not None else []

    def char_at(self, point: QPoint) -> int | None:
        """Code point whose glyph is under viewport point ``point``, or None over empty space."""
        hit = char_under(self, point)
        return None if hit is None else self._cp(hit)

    def is_rtl_at(self, offset: int) -> bool:
        return self.paragraph_direction_at(offset) == Qt.LayoutDirection.RightToLeft

    def paragraph_direction_at(self, offset: int) -> Qt.LayoutDirection:
        """Direction of the paragraph holding code point ``offset`` (for the status bar)."""
        offset = max(0, min(offset, len(self._text)))
        if self._paragraphs:
            return LAYOUT_DIRECTION[direction_at(self._paragraphs, offset)]
        return self.document().findBlock(self._map.to_qt(offset)).textDirection()

    def visible_range(self) -> tuple[int, int]:
        """Code points of the lines on screen, widened by half a screen each way."""
        if not self._text:
            return (0, 0)
        first, last = visible_qt_range(self)
        return self._cp(first), self._cp(last)

    # -- highlights --------------------------------------------------------

    def visible_spans(self) -> Sequence[Span]:
        """Spans currently highlighted (those touching the visible range)."""
        return self._highlights.visible

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light <-> dark: colours follow
            self._highlights.reset_colours()
            self._highlights.schedule()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._highlights.layout_changed()

    # -- input: the ViewInput decides, Qt's handling gets what it leaves --------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.input.wheel(event):
            super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.input.mouse_pressed(event)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.input.mouse_moved(event)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.input.mouse_released(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.input.double_clicked(event):
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.input.key_pressed(event):
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._highlights.paint(event.rect(), self._selected_span, self._fonts.tag_font)

    # -- reporting ---------------------------------------------------------

    def sync_cursor(self) -> None:
        """Emit selection_changed / caret_moved if changed (and drop a span no longer selected)."""
        selected = self.selection()
        if self._selected_span is not None and selected != (
            self._selected_span.start,
            self._selected_span.end,
        ):
            self._selected_span = None
            self.viewport().update()
        if selected != self._last_selection:
            self._last_selection = selected
            self.selection_changed.emit(selected)
        caret = self.caret()
        if caret != self._last_caret:
            self._last_caret = caret
            self.caret_moved.emit(caret)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the document's own characters (Qt's copy makes NBSP a space, U+2029 a newline)."""
        data = QMimeData()
        selected = self.selection()
        data.setText(self._text[selected[0] : selected[1]] if selected else "")
        return data
