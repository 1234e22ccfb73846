"""The paragraph view: a text laid out paragraph by paragraph, scrolled by lines, in code points.

A ``QAbstractScrollArea`` that lays out only the paragraphs on screen, one ``QTextLayout`` per
paragraph (a long one in blocks; ui/block_layout.py, kept in a bounded cache) and scrolls by
whole lines: the vertical scroll bar holds the top line's first code point (ui/view_lines.py,
ui/view_scroll.py), never pixels of the whole text, so a 100 MB text opens, scrolls and jumps
to its end in the time one screen takes. Each paragraph gets the direction a reader expects
(``annotator.text.paragraphs``, by the rule of ``annotator.text.direction``) and the matching
alignment. The view does its own hit testing, caret and selection (ui/view_caret.py,
ui/caret_moves.py, ui/view_input.py) and painting (ui/span_painter.py). ``DocumentView``
(ui/document_view.py) adds a document's spans on top.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from annotator.text.paragraphs import Paragraphs
from ui.block_layout import LayoutCache
from ui.caret_moves import CaretMoves
from ui.frame import Frame, Layers
from ui.span_painter import CARET_WIDTH, paint_frame
from ui.view_caret import Caret, CaretBlink
from ui.view_font import LAYOUT_DIRECTION, ZoomedFont
from ui.view_input import ViewInput
from ui.view_lines import MARGIN, ViewLines
from ui.view_scroll import ScrollBarLink

__all__ = ["ParagraphView"]


class ParagraphView(QAbstractScrollArea):
    """Shows a text; caret and selection are kept and reported in code points."""

    selection_changed = Signal(object)  # tuple[int, int] | None, code points
    caret_moved = Signal(int)  # code points

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a bar appearing would narrow the text, re-wrap it and maybe vanish again.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.viewport().setAutoFillBackground(True)
        self._text = ""
        self._paragraphs = Paragraphs("")
        self._fonts = ZoomedFont(self.font())
        self.layouts = LayoutCache()
        self.lines = ViewLines(self.layouts)
        self._cursor = Caret(CaretMoves(self.lines))
        self._last_selection: tuple[int, int] | None = None
        self._last_caret = 0
        self._blink = CaretBlink(self, self._repaint_caret)
        self.input = ViewInput(self)
        self._bar = ScrollBarLink(self.verticalScrollBar(), self.lines, self.viewport().update)
        self._apply_font()

    def set_text(self, text: str) -> None:
        """Show ``text`` from its start (laid out afresh only if it changed), caret at 0."""
        if text is not self._text and text != self._text:
            self._text = text
            self._paragraphs = Paragraphs(text, self._paragraphs.mode)
            self.lines.top_cp = 0
            self._relayout()
        self._last_selection = None
        self._cursor = Caret(self._cursor.moves)
        self.lines.set_top(0)
        self._bar.sync()
        self.sync_cursor()
        self.viewport().update()

    @property
    def text(self) -> str:
        return self._text

    @property
    def paragraphs(self) -> Paragraphs:
        """The text's paragraphs as laid out (ranges, directions, blocks)."""
        return self._paragraphs

    # -- fonts, zoom, layout -----------------------------------------------------

    def apply_font(self, families: list[str], point_size: float) -> None:
        """Use ``families`` (bundled Arabic face first) at ``point_size``; zoom applies on top."""
        self._fonts.set_base(families, point_size)
        self._apply_font()

    def set_zoom(self, steps: int) -> None:
        """Zoom ``steps`` × 10% from the base size (negative shrinks)."""
        self._fonts.set_steps(steps)
        self._apply_font()

    def zoom(self) -> int:
        return self._fonts.steps

    def zoom_in(self) -> None:
        self.set_zoom(self._fonts.steps + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._fonts.steps - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    def line_height_percent(self) -> float:
        """Distance between lines, percent of the font's natural line (room for harakat, band)."""
        return self._fonts.line_height

    def _apply_font(self) -> None:
        self.setFont(self._fonts.current())
        self._relayout()

    def _relayout(self) -> None:
        """Text, font or width changed: lay out afresh from the line at the top."""
        width = max(16.0, self.viewport().width() - 2 * MARGIN)
        fonts = self._fonts
        self.layouts.reset(self._paragraphs, fonts.font, width, fonts.metrics)
        self.lines.height = float(self.viewport().height())
        self.lines.reset()
        self._cursor.x = None
        self._bar.sync()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if abs(max(16.0, self.viewport().width() - 2 * MARGIN) - self.layouts.width) > 0.5:
            self._relayout()
        else:
            self.lines.height = float(self.viewport().height())
            self.lines.reset()
            self._bar.sync()

    def scroll_lines(self, count: int) -> None:
        """Scroll ``count`` lines down (up if negative); the caret stays where it is."""
        self.lines.scroll_lines(count)
        self._bar.sync()
        self.viewport().update()

    # -- caret and selection -------------------------------------------------------------

    def selection(self) -> tuple[int, int] | None:
        """The selected code-point range [start, end), or None."""
        return self._cursor.selection()

    def caret(self) -> int:
        """The caret's code-point offset."""
        return self._cursor.pos

    def anchor(self) -> int:
        """Where the selection started (the caret's other end); the caret when none."""
        return self._cursor.anchor

    def _moved(self, top: int, before: tuple[int, int]) -> None:
        """After a caret move from (anchor, caret) ``before``: scroll it into view, show it,
        report it, repaint the lines it left and reached (everything if the view scrolled)."""
        cursor = self._cursor
        self.lines.ensure_visible(self.lines.line_at(cursor.pos))
        self._blink.restart()
        self.sync_cursor()
        if self.lines.top_cp != top:
            self._bar.sync()
            self.viewport().update()
        else:
            self.update_text(*sorted(before))
            self.update_text(*sorted((cursor.anchor, cursor.pos)))

    def update_text(self, start: int, end: int) -> None:
        """Repaint the lines on screen showing code points [start, end] (the caret at end)."""
        rows = self.lines.rows_of(start, end)
        if rows is not None:
            self.viewport().update(0, rows[0], self.viewport().width(), rows[1] - rows[0])

    def _move(
        self, cp: int, *, anchor: int | None = None, extend: bool = False, x: float | None = None
    ) -> None:
        top, before = self.lines.top_cp, (self._cursor.anchor, self._cursor.pos)
        self._cursor.put(cp, len(self._text), anchor=anchor, extend=extend, x=x)
        self._moved(top, before)

    def select_range(self, start: int, end: int, *, anchor_at_end: bool = False) -> None:
        """Select code points [start, end) (the caret ends at ``end`` unless ``anchor_at_end``)."""
        start, end = max(0, min(start, end)), min(len(self._text), max(start, end))
        first, second = (end, start) if anchor_at_end else (start, end)
        self._move(second, anchor=first)

    def set_caret(self, offset: int) -> None:
        self._move(offset)

    def move_caret(self, offset: int, *, extend: bool) -> None:
        """Put the caret at ``offset``; with ``extend`` the selection anchor stays where it was."""
        self._move(offset, extend=extend)

    def place_caret(self, offset: int, *, extend: bool, x: float | None = None) -> None:
        """Put the caret at ``offset`` standing at ``x`` (layout x) where runs meet."""
        self._move(offset, extend=extend, x=x)

    def move_by_key(self, key: int, *, extend: bool) -> None:
        """Arrow, Home/End and page keys (ui/view_caret.py)."""
        top, before = self.lines.top_cp, (self._cursor.anchor, self._cursor.pos)
        self._cursor.by_key(key, len(self._text), extend=extend)
        self._moved(top, before)

    def clear_selection(self) -> None:
        """Drop the selection; the caret stays."""
        before = sorted((self._cursor.anchor, self._cursor.pos))
        self._cursor.anchor = self._cursor.pos
        self.sync_cursor()
        self.update_text(*before)

    def is_rtl_at(self, offset: int) -> bool:
        return self.paragraph_direction_at(offset) == Qt.LayoutDirection.RightToLeft

    def paragraph_direction_at(self, offset: int) -> Qt.LayoutDirection:
        """Direction of the paragraph holding code point ``offset`` (for the status bar)."""
        paragraphs = self._paragraphs
        index = paragraphs.index_at(max(0, min(offset, len(self._text))))
        return LAYOUT_DIRECTION[paragraphs.direction(index)]

    # -- geometry (hit tests: ViewLines.hit / char_at) ---------------------------------

    def char_at(self, point: QPoint) -> int | None:
        """Code point whose glyph is under viewport point ``point``, or None over empty space."""
        return self.lines.char_at(point.x(), point.y())

    def caret_rect(self, offset: int | None = None) -> QRect:
        """The caret's rectangle at ``offset`` (default: the caret) in the viewport; empty when
        that line is not on screen."""
        cursor = self._cursor
        cp = cursor.pos if offset is None else max(0, min(offset, len(self._text)))
        box = self.lines.caret_box(cp, cursor.x if cp == cursor.pos else None)
        if box is None:
            return QRect()
        x, top, height = box
        return QRect(round(x - CARET_WIDTH / 2), round(top), CARET_WIDTH, round(height))

    def visible_range(self) -> tuple[int, int]:
        """Code points of the lines on screen."""
        return self.lines.visible_range() if self._text else (0, 0)

    # -- painting, focus, palette -------------------------------------------------------

    def _painted_layers(self) -> Layers:
        """What to paint with the text on screen (DocumentView's spans and layers)."""
        return Layers()

    def paintEvent(self, event: QPaintEvent) -> None:
        width = float(self.viewport().width())
        clip = QRectF(event.rect()).intersected(QRectF(0, 0, width, self.lines.bottom()))
        caret = QRectF(self.caret_rect()) if self.hasFocus() and self._blink.shown else None
        frame = Frame(
            blocks=self.lines.blocks_on_screen(),
            layers=self._painted_layers(),
            selection=self.selection(),
            caret=caret if caret is not None and not caret.isEmpty() else None,
            palette=self.palette(),
            active=self.hasFocus(),
            tag_font=self._fonts.tag_font,
            width=width,
            clip=clip,
        )
        painter = QPainter(self.viewport())
        painter.setClipRect(clip)
        paint_frame(painter, frame)
        painter.end()

    def _repaint_caret(self) -> None:
        self.viewport().update(self.caret_rect().adjusted(-2, 0, 2, 0))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._blink.start()
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._blink.stop()
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light <-> dark: colours follow
            self._palette_changed()
            self.viewport().update()

    def _palette_changed(self) -> None:
        """Colours that follow the palette (DocumentView's label colours)."""

    # -- input (ui/view_input.py filters the view's and the viewport's events) ----------

    def selection_owner(self) -> object:
        """What the selection stands for beyond its range (DocumentView: the selected span);
        None for a plain selection."""
        return None

    def clicked(self, char: int, before: object) -> None:
        """A click (no drag) on code point ``char``; ``before``: selection_owner() at the press."""

    # -- reporting, copying ---------------------------------------------------------------

    def sync_cursor(self) -> None:
        """Emit selection_changed / caret_moved if they changed since last reported."""
        selected = self.selection()
        if selected != self._last_selection:
            self._last_selection = selected
            self.selection_changed.emit(selected)
        caret = self.caret()
        if caret != self._last_caret:
            self._last_caret = caret
            self.caret_moved.emit(caret)

    def selection_mime_data(self) -> QMimeData:
        """The selection as the text's own characters (never Qt's: NBSP, U+2029 kept)."""
        data = QMimeData()
        selected = self.selection()
        data.setText(self._text[selected[0] : selected[1]] if selected else "")
        return data

    def copy(self) -> None:
        """Ctrl+C: the selected characters, exactly as stored, on the clipboard.

        As text, not as a QMimeData built here: the clipboard would own a Python-made object
        and delete it from Qt's exit handlers, after Python is gone (a crash at exit).
        """
        selected = self.selection()
        if selected is not None:
            QGuiApplication.clipboard().setText(self._text[selected[0] : selected[1]])
