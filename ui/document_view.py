"""The read-only, bidi-correct document view: highlights, caret, mouse and keyboard selection in code points.

A read-only QTextEdit (RTL.md §2: the stock widget that gives each paragraph
its own direction and alignment). Spans are shown with ExtraSelections for the
visible range only, plus start bars, label names and nesting underlines painted
on the viewport (ui/span_painter.py); the text itself is never formatted or
changed. Every Qt position crosses into code points through
``annotator.offsets.QtPositionMap``. The view never edits a document: it
reports selections and computed ranges; the window turns them into edits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextLine,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from annotator import snapping
from annotator.model import Document, Span
from annotator.offsets import OffsetError, QtPositionMap
from annotator.schema import LabelSchema
from ui.highlights import LabelColours, SpanIndex, build_extra_selections, nesting_levels
from ui.span_painter import SpanGeometry, band_height, paint_spans

__all__ = ["DocumentView"]

_STRONG = {"L": Qt.LayoutDirection.LeftToRight, "R": Qt.LayoutDirection.RightToLeft,
           "AL": Qt.LayoutDirection.RightToLeft}
_ISOLATE_OPEN = {"LRI", "RLI", "FSI"}
# What QTextCursor.insertText (and so setPlainText) turns into a block break (annotator/offsets.py).
_BLOCK_SEPARATOR = re.compile("\r\n|[\r\n\u2029\ufdd0\ufdd1]")
MIN_LINE_HEIGHT_EM = 1.5  # at least 150% of the font size between baselines: room for harakat
ZOOM_FACTOR = 1.1


def first_strong_direction(text: str) -> Qt.LayoutDirection | None:
    """Direction of the paragraph's first strong character (UAX #9 P2, skipping isolates); None if none."""
    depth = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _ISOLATE_OPEN:
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth == 0 and kind in _STRONG:
            return _STRONG[kind]
    return None


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
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setCursorWidth(2)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        doc = self.document()
        doc.setUndoRedoEnabled(False)
        doc.setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)  # ← goes left on screen
        self._text = ""
        self._map = QtPositionMap("")
        self._document: Document | None = None
        self._schema: LabelSchema | None = None
        self._colours = LabelColours(lambda _name: None, dark=False)
        self._index = SpanIndex(())
        self._visible: list[Span] = []
        self._levels: dict[tuple[int, int, str], int] = {}
        self._selected_span: Span | None = None
        self._last_selection: tuple[int, int] | None = None
        self._last_caret = 0
        self._press: tuple[QPoint, bool, Span | None] | None = None  # (point, alt held, span selected before)
        self._dragged = False
        self._base_font = QFont(self.font())
        self._zoom = 0
        self._line_height = 100.0
        self._tag_font = QFont(self.font())
        self._geometry = SpanGeometry()  # span pieces in document coordinates, until the layout changes
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(0)  # never from a scroll signal directly (RTL.md §3)
        self._highlight_timer.timeout.connect(self._apply_highlights)
        self.verticalScrollBar().valueChanged.connect(self._schedule_highlights)
        self.horizontalScrollBar().valueChanged.connect(self._schedule_highlights)
        # Qt lays big documents out lazily, in steps: recompute what is on screen as it progresses.
        self._layout_width = -1.0
        doc.documentLayout().documentSizeChanged.connect(self._on_document_size)
        self.cursorPositionChanged.connect(self._report_cursor)
        self.selectionChanged.connect(self._report_cursor)
        self._update_metrics()

    # -- loading -----------------------------------------------------------

    def set_document(self, doc: Document, schema: LabelSchema) -> None:
        """Show ``doc`` with colours from ``schema``; the text is laid out once, exactly as stored."""
        self._schema = schema
        self._reset_colours()
        if self._document is None or doc.text != self._text:
            self._load_text(doc.text)
        self.setTextCursor(QTextCursor(self.document()))
        self._document = doc
        self._selected_span = None
        self._last_selection = None
        self._index = SpanIndex(doc.spans)
        self.verticalScrollBar().setValue(0)
        self._report_cursor()
        self._apply_highlights()

    def _reset_colours(self) -> None:
        """Colours follow the schema (labels may be added to it later) and the palette (light or dark)."""
        schema = self._schema

        def colour_of(name: str) -> str | None:
            label = schema.by_name(name) if schema is not None else None
            return label.color if label is not None else None

        self._colours = LabelColours(colour_of, dark=self.palette().base().color().lightnessF() < 0.5)

    def _load_text(self, text: str) -> None:
        qdoc = self.document()
        self._geometry.clear()
        self._text = text
        self._map = QtPositionMap(text)
        # Detach the view's caret while the text goes in (as setPlainText does): a caret carried along
        # would select the whole text, and repainting that selection makes Qt lay out the whole document
        # at once (2.5 s for 5 MB) instead of lazily, screen by screen.
        self.setTextCursor(QTextCursor())
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()  # one layout pass at the end, not one per paragraph (30x faster on 5 MB)
        qdoc.clear()
        cursor.setBlockFormat(self._block_format())
        cursor.insertText(text)  # what setPlainText does after clear(); new blocks inherit the format
        cursor.endEditBlock()
        if qdoc.characterCount() - 1 != self._map.qt_length:
            raise OffsetError(
                f"Qt holds {qdoc.characterCount() - 1} positions but the offset map expects "
                f"{self._map.qt_length}: offsets would be wrong, refusing to show the document"
            )
        self._fix_neutral_paragraphs()

    def _block_format(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(self._line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def _fix_neutral_paragraphs(self) -> None:
        """A paragraph without a strong letter (digits only) takes its neighbour's direction, not LTR."""
        paragraphs = _BLOCK_SEPARATOR.split(self._text)
        qdoc = self.document()
        if len(paragraphs) != qdoc.blockCount():  # Qt split differently (e.g. a byte-swapped text)
            return
        directions = [first_strong_direction(p) for p in paragraphs]
        if None not in directions:
            return
        known = [d for d in directions if d is not None]
        if not known:
            return
        previous = known[0]  # leading neutral paragraphs take the first strong paragraph's direction
        editing = QTextCursor(qdoc)
        editing.beginEditBlock()
        for number, direction in enumerate(directions):
            if direction is not None:
                previous = direction
                continue
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(previous)
            QTextCursor(qdoc.findBlockByNumber(number)).mergeBlockFormat(fmt)
        editing.endEditBlock()

    def refresh_spans(self, doc: Document | None = None) -> None:
        """Re-read the spans after an edit (optionally of ``doc``, a copy with the same text)."""
        if doc is not None:
            if doc.text != self._text:
                raise ValueError("refresh_spans needs a document with the text on screen; use set_document")
            self._document = doc
        if self._document is None:
            return
        self._index = self._index.refreshed(self._document.spans)
        self._reset_colours()
        if self._selected_span is not None and not self._index.contains(self._selected_span):
            self._selected_span = None
        self._apply_highlights()

    # -- fonts, zoom, line height -----------------------------------------

    def apply_font(self, families: list[str], point_size: float) -> None:
        """Use ``families`` (the bundled Arabic face first) at ``point_size``; zoom applies on top."""
        font = QFont(self.font())
        font.setFamilies(list(families))
        font.setPointSizeF(float(point_size))
        self._base_font = font
        self._apply_zoomed_font()

    def set_zoom(self, steps: int) -> None:
        """Zoom ``steps`` × 10% from the base size (negative shrinks)."""
        self._zoom = max(-8, min(20, int(steps)))
        self._apply_zoomed_font()

    def zoom(self) -> int:
        return self._zoom

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def _apply_zoomed_font(self) -> None:
        font = QFont(self._base_font)
        base = self._base_font.pointSizeF() if self._base_font.pointSizeF() > 0 else 12.0
        font.setPointSizeF(max(4.0, base * ZOOM_FACTOR**self._zoom))
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._geometry.clear()
        old = self._line_height
        self._update_metrics()
        if abs(old - self._line_height) > 0.5 and not self.document().isEmpty():
            cursor = QTextCursor(self.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(self._block_format())
        self._schedule_highlights()

    def _update_metrics(self) -> None:
        """Line height: the font's natural line, at least 150% of its size, plus a band for labels."""
        font = self.font()
        px = QFontInfo(font).pixelSize()
        self._tag_font = QFont(font)
        self._tag_font.setFamilies(list(font.families()))
        self._tag_font.setPixelSize(max(8, round(px * 0.6)))
        natural = QFontMetricsF(font).height()
        wanted = max(natural, MIN_LINE_HEIGHT_EM * px) + band_height(self._tag_font)
        self._line_height = round(100.0 * wanted / natural)

    def line_height_percent(self) -> float:
        return self._line_height

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self._zoom + (1 if delta > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

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

    def clear_selection(self) -> None:
        """Drop the selection (and the selected span); the caret stays."""
        self._selected_span = None
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)
        self._report_cursor()
        self.viewport().update()

    def selected_span(self) -> Span | None:
        return self._selected_span

    def select_span(self, span: Span) -> None:
        """Select ``span`` (its range becomes the selection) and scroll it into view."""
        self._selected_span = span
        self._last_selection = None
        self.select_range(span.start, span.end, anchor_at_end=True)
        self._report_cursor()
        self.viewport().update()

    def select_next_span(self) -> Span | None:
        """Select the first span starting after the caret / selected span (Tab)."""
        current = self._selected_span.start if self._selected_span else self._selection_start()
        span = self._index.next_after(current)
        if span is not None:
            self.select_span(span)
        return span

    def select_previous_span(self) -> Span | None:
        """Select the last span starting before the caret / selected span (Shift+Tab)."""
        current = self._selected_span.start if self._selected_span else self._selection_start()
        span = self._index.previous_before(current)
        if span is not None:
            self.select_span(span)
        return span

    def _selection_start(self) -> int:
        selected = self.selection()
        return selected[0] if selected else self.caret()

    def paragraph_direction_at(self, offset: int) -> Qt.LayoutDirection:
        """Direction of the paragraph holding code point ``offset`` (for the status bar)."""
        block = self.document().findBlock(self._map.to_qt(max(0, min(offset, len(self._text)))))
        return block.textDirection()

    def visible_range(self) -> tuple[int, int]:
        """Code points laid out on screen, widened by half a screen each way (scrolling stays painted)."""
        if not self._text:
            return (0, 0)
        rect = self.viewport().rect()
        margin = rect.height() // 2
        top = self.cursorForPosition(QPoint(rect.width() // 2, -margin))
        bottom = self.cursorForPosition(QPoint(rect.width() // 2, rect.height() + margin))
        first = self._line_bounds(top)[0]
        last = self._line_bounds(bottom)[1]
        return self._cp(first), self._cp(last)

    @staticmethod
    def _line_bounds(cursor: QTextCursor) -> tuple[int, int]:
        block = cursor.block()
        line = block.layout().lineForTextPosition(cursor.positionInBlock())
        if not line.isValid():
            return block.position(), block.position() + block.length() - 1
        start = block.position() + line.textStart()
        return start, start + line.textLength()

    # -- highlights --------------------------------------------------------

    def colour_of(self, label: str) -> QColor:
        """The label's colour as drawn for marks (underline, start tick, name tag)."""
        return self._colours.mark(label)

    def visible_spans(self) -> Sequence[Span]:
        """Spans currently highlighted (those touching the visible range)."""
        return self._visible

    def _on_document_size(self, size: QSizeF) -> None:
        if size.width() != self._layout_width:  # re-wrapped (e.g. a scroll bar appeared): new geometry
            self._layout_width = size.width()
            self._geometry.clear()
        self._schedule_highlights()

    def _schedule_highlights(self) -> None:
        self._highlight_timer.start()

    def _apply_highlights(self) -> None:
        start, end = self.visible_range()
        self._visible = self._index.overlapping(start, max(end, start + 1)) if self._text else []
        self._levels = nesting_levels(self._visible)
        self.setExtraSelections(
            build_extra_selections(self.document(), self._visible, self._map.to_qt, self._colours.background)
        )
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._reset_colours()
            self._schedule_highlights()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._geometry.clear()
        self._schedule_highlights()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._visible:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        paint_spans(
            painter, self.document(), self._geometry, offset, QRectF(event.rect()).translated(-offset),
            self._visible, self._levels, self._map.to_qt, self.colour_of, self._tag_font,
            self._selected_span, self.palette().text().color(),
        )
        painter.end()

    # -- reporting ---------------------------------------------------------

    def _report_cursor(self) -> None:
        selected = self.selection()
        if self._selected_span is not None and selected != (self._selected_span.start, self._selected_span.end):
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
        """Copy the document's own characters (Qt's copy turns NBSP into a space and U+2029 into a newline)."""
        data = QMimeData()
        selected = self.selection()
        data.setText(self._text[selected[0] : selected[1]] if selected else "")
        return data

    # -- mouse -------------------------------------------------------------

    def _char_at(self, point: QPoint) -> int | None:
        """Code point whose glyph is under ``point`` (viewport coordinates), or None over empty space."""
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        layout = block.layout()
        line = layout.lineForTextPosition(cursor.positionInBlock())
        if not line.isValid():
            return None
        doc_y = point.y() + self.verticalScrollBar().value() - layout.position().y()
        if not line.y() <= doc_y < line.y() + line.height():
            return None
        x = point.x() + self.horizontalScrollBar().value() - layout.position().x()
        hit = cursor.positionInBlock()
        for pos in (hit, hit - 1, hit + 1, hit - 2):  # Qt's Arabic hit test can be a character off
            if not line.textStart() <= pos < line.textStart() + line.textLength():
                continue
            a = line.cursorToX(pos, QTextLine.Edge.Leading)[0]
            b = line.cursorToX(pos, QTextLine.Edge.Trailing)[0]
            if min(a, b) <= x <= max(a, b):
                return self._cp(block.position() + pos)
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            before = self._selected_span
            if self.textCursor().hasSelection() and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                # Pressing inside a selection would start a text drag: start a new selection instead.
                cursor = self.textCursor()
                cursor.clearSelection()
                self.setTextCursor(cursor)
            self._press = (event.position().toPoint(), alt, before)
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position().toPoint() - self._press[0]
            if moved.manhattanLength() >= QApplication.startDragDistance():
                self._dragged = True
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
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
        candidates = self._index.at(char)
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
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not mods & Qt.KeyboardModifier.AltModifier:
            self._move_by_word(key == Qt.Key.Key_Left, bool(mods & Qt.KeyboardModifier.ShiftModifier))
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
        target = self._word_end_after(caret) if forward else snapping.prev_word_start(self._text, caret)
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
        result = snapping.adjust(self._text, selected[0], selected[1], edge=edge, unit=unit, step=step)
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
