"""The document view: one document's text in the paragraph view, its spans painted over it.

``DocumentView`` is a ``ParagraphView`` (ui/paragraph_view.py: layout by paragraph, scrolling
by lines, caret, selection, hit testing, all in code points) that shows a ``Document``'s spans:
label backgrounds under the glyphs (never a change of the text's formats, so a span edge
inside a word keeps the joining and the lam-alef ligature), names and nesting underlines in
the band under each line (ui/span_painter.py). Only the spans touching the lines on screen are
looked at, through the document's span index. Clicking a span selects it (again: the next one
out). The view never edits a document: it reports selections and computed ranges; the window
turns them into edits and calls ``refresh_spans``.

Layers that are not the document's spans (ui/view_layers.py, painted by ui/layer_painter.py):
suggestions (dashed outlines), search matches (boxes under the glyphs), each annotator's
candidates (an underline lane per annotator) and symbols for invisible characters; they are
reached only through the methods below, never by a click or the span list. Display modes: compact
lines (names on hover), line spacing, the corpus's paragraph direction mode.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.model import Document, Span
from annotator.schema import LabelSchema
from annotator.text.direction import DirectionMode
from annotator.text.invisibles import count_invisibles
from ui.frame import Layers
from ui.highlights import LabelColours
from ui.paragraph_view import ParagraphView
from ui.view_layers import ViewLayers

__all__ = ["DocumentView"]


class DocumentView(ParagraphView):
    """Shows one document with its spans; selection and caret are reported in code points."""

    span_clicked = Signal(object)  # Span

    def __init__(self, parent: QWidget | None = None) -> None:
        self._document: Document | None = None
        self._colour_of: Callable[[str], str | None] = lambda _name: None
        self._colours = LabelColours(self._colour_of, dark=False)
        self._selected_span: Span | None = None
        self._painted: dict[tuple[int, int, str], Span] = {}  # spans in the last paint
        self._layers = ViewLayers()
        self._counted: tuple[str, bool, int] | None = None  # text, tatweel, invisibles in it
        super().__init__(parent)

    def set_document(self, doc: Document, schema: LabelSchema) -> None:
        """Show ``doc`` in ``schema``'s colours and direction mode from its start; the text is
        shown as stored. The last document's suggestions, matches and candidates go."""
        self._colour_of = schema.colour_of
        self._palette_changed()
        self._document = doc
        self._selected_span = None
        self.input.exact = None  # an exact selection belongs to the document it was made in
        self._layers.clear()
        stale = schema.direction != self._paragraphs.mode or self._fonts.lanes != 0
        self._paragraphs = self._paragraphs.with_mode(schema.direction)
        self._fonts.lanes = 0
        self._fonts.measure()
        same = doc.text is self._text or doc.text == self._text
        self.set_text(doc.text)  # lays out a new text afresh (in the mode just set)
        if same and stale:
            self._relayout()

    def refresh_spans(self, doc: Document | None = None) -> None:
        """Re-read the spans after an edit (optionally of ``doc``, a copy with the same text).

        Repaints the lines of the spans that appeared or went since the last paint, and of the
        spans on screen overlapping them (their underline rows may move).
        """
        if doc is not None:
            if doc.text is not self._text and doc.text != self._text:
                raise ValueError(
                    "refresh_spans needs a document with the text on screen; use set_document"
                )
            self._document = doc
        if self._document is None:
            return
        self._palette_changed()
        if self._selected_span is not None and not self._document.has_span(self._selected_span):
            self._selected_span = None
        now = {s.key: s for s in self.visible_spans()}
        changed = [s for k, s in now.items() if k not in self._painted]
        changed += [s for k, s in self._painted.items() if k not in now]
        if changed:
            start, end = min(s.start for s in changed), max(s.end for s in changed)
            for span in sorted(now.values()):  # spans come sorted: one sweep finds the nest
                if span.start <= end and span.end >= start:
                    start, end = min(start, span.start), max(end, span.end)
            self.update_text(start, end)

    # -- the selected span ------------------------------------------------------------

    def selected_span(self) -> Span | None:
        return self._selected_span

    def select_span(self, span: Span) -> None:
        """Select ``span`` (its range becomes the selection) and scroll it into view."""
        self._selected_span = span
        self._last_selection = None
        self.select_range(span.start, span.end, anchor_at_end=True)
        self.sync_cursor()
        self.update_text(span.start, span.end)

    def clear_selection(self) -> None:
        """Drop the selection (and the selected span); the caret stays."""
        self._selected_span = None
        super().clear_selection()

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

    def selection_owner(self) -> object:
        return self._selected_span

    def clicked(self, char: int, before: object) -> None:
        """A click on a span selects it; on the selected one, the next one out (then wraps)."""
        candidates = self.spans_at(char)
        if not candidates:
            return
        span = candidates[0]
        if isinstance(before, Span) and before in candidates:
            span = candidates[(candidates.index(before) + 1) % len(candidates)]
        self.select_span(span)
        self.span_clicked.emit(span)

    def sync_cursor(self) -> None:
        """Report caret and selection; a selection that is no longer the span's drops it."""
        span = self._selected_span
        if span is not None and self.selection() != (span.start, span.end):
            self._selected_span = None
            self.update_text(span.start, span.end)
        super().sync_cursor()

    # -- what is painted ----------------------------------------------------------------

    def visible_spans(self) -> Sequence[Span]:
        """Spans touching the lines on screen (the only ones painted)."""
        if self._document is None or not self._text:
            return []
        start, end = self.visible_range()
        return self._document.index.overlapping(start, max(end, start + 1))

    def highlight_ranges(self) -> list[tuple[int, int, object]]:
        """(start, end, background QColor) of each label background painted on screen."""
        colours = self._colours
        return [(s.start, s.end, colours.background(s.label)) for s in self.visible_spans()]

    def label_colours(self) -> LabelColours:
        return self._colours

    def _painted_layers(self) -> Layers:
        spans = self.visible_spans()
        self._painted = {s.key: s for s in spans}
        fonts = self._fonts
        layers = Layers(spans, self._colours, self._selected_span, lanes_top=fonts.lanes_top)
        layers.mark_font, layers.compact = fonts.mark_font, fonts.compact
        self._layers.fill(layers, self._text, *self.visible_range())
        return layers

    def _palette_changed(self) -> None:
        """Label colours for this palette: light pastel backgrounds, or darkened ones."""
        dark = self.palette().base().color().lightnessF() < 0.5
        self._colours = LabelColours(self._colour_of, dark=dark)

    # -- suggestions, search matches, candidates (never the document's spans) ------------

    def set_suggestions(self, spans: Sequence[Span], focused: Span | None = None) -> None:
        """Show ``spans`` as suggestions: dashed outlines in the label's colour, ``focused``
        thicker. They are not counted, listed, or selected by a click."""
        self._layers.set_suggestions(spans, focused)
        self.viewport().update()

    def focused_suggestion(self) -> Span | None:
        return self._layers.focused

    def focus_suggestion(self, span: Span | None) -> None:
        """Focus ``span`` (thicker outline) or none; the caret does not move."""
        if span != self._layers.focused:
            self._layers.focus(span)
            self.viewport().update()

    def suggestion_count(self) -> int:
        return len(self._layers.suggestions)

    def suggestion_at(self, offset: int) -> Span | None:
        """The innermost suggestion covering code point ``offset``."""
        found = self._layers.suggestions.at(offset)
        return found[0] if found else None

    def step_suggestion(self, step: int, *, wrap: bool = True) -> Span | None:
        """Focus the next (``step`` > 0) or previous suggestion from the focused one (while the
        caret is on it) or from the caret; the caret goes to its start, scrolled into view."""
        focused, caret = self._layers.focused, self.caret()
        if focused is not None and not focused.start <= caret <= focused.end:
            focused = None  # the caret went elsewhere: step from there
        found = self._layers.suggestions.step_from(focused, caret, step, wrap=wrap)
        if found is not None:
            self._layers.focus(found)
            self.set_caret(found.start)
            self.viewport().update()
        return found

    def set_matches(self, ranges: Sequence[tuple[int, int]], current: int | None = None) -> None:
        """Highlight search matches (code-point ranges); ``current`` (an index into ``ranges``)
        stronger. Painted over label colours, under the text."""
        self._layers.set_matches(ranges, current)
        self.viewport().update()

    def current_match(self) -> tuple[int, int] | None:
        return self._layers.current

    def step_match(self, step: int, *, wrap: bool = True) -> tuple[int, int] | None:
        """Select the match after the caret (``step`` > 0) or before the selection or caret,
        make it the current one and scroll it into view; None when there is none."""
        start, end = self.selection() or (self.caret(), self.caret())
        i = self._layers.matches.step_from(start, end, step, wrap=wrap)
        if i is None:
            return None
        found = self._layers.current = self._layers.matches[i]
        self.select_range(*found)
        self.viewport().update()
        return found

    def set_candidate_layers(self, layers: Sequence[tuple[str, Sequence[Span]]]) -> None:
        """Each annotator's spans, (name, spans) in lane order, as an underline lane of its own
        under the lines; lines grow by a lane each. ``[]`` removes them."""
        self._layers.set_candidates(layers)
        if self._fonts.lanes != len(layers):
            self._fonts.lanes = len(layers)
            self._fonts.measure()
            self._relayout()
        self.viewport().update()

    def candidates_at(self, offset: int) -> list[tuple[str, Span]]:
        """(annotator, span) of the candidates covering code point ``offset``, lane by lane."""
        return self._layers.candidates_at(offset)

    # -- display modes ---------------------------------------------------------------------

    def set_show_invisibles(self, shown: bool, *, tatweel: bool = False) -> None:
        """Mark invisible characters (and tatweels) with a symbol above the text where the caret
        stops at them; a row above each line makes room. The text is never changed."""
        self._layers.invisibles, self._layers.tatweel = shown, tatweel
        if self._fonts.marks != shown:
            self._fonts.marks = shown
            self._fonts.measure()
            self._relayout()
        self.viewport().update()

    def invisible_count(self) -> int:
        """Invisible characters in the text (tatweels too while they are marked)."""
        tatweel = self._layers.tatweel
        counted = self._counted
        if counted is None or counted[0] is not self._text or counted[1] != tatweel:
            counted = self._counted = (
                self._text,
                tatweel,
                count_invisibles(self._text, tatweel=tatweel),
            )
        return counted[2]

    def set_compact_lines(self, compact: bool) -> None:
        """Compact lines: label names only on hover and no band for them (underlines stay)."""
        self._fonts.compact = compact
        self._fonts.measure()
        self._relayout()

    def compact_lines(self) -> bool:
        return self._fonts.compact

    def set_line_spacing(self, percent: int | None) -> None:
        """Lines ``percent`` % of the font's natural line apart, label band aside (100–300);
        None: the view's own (room for harakat). Lays out again only if it changed."""
        before = self._fonts.spacing
        self._fonts.set_spacing(percent)
        if self._fonts.spacing != before:
            self._fonts.measure()
            self._relayout()

    def set_direction_mode(self, mode: DirectionMode) -> None:
        """How paragraphs take their direction (annotator.text.direction); lays out again."""
        if mode != self._paragraphs.mode:
            self._paragraphs = self._paragraphs.with_mode(mode)
            self._relayout()

    def direction_mode(self) -> DirectionMode:
        return self._paragraphs.mode

    def tooltip_at(self, point: QPoint) -> str:
        """What hovering viewport ``point`` shows ("" for nothing): suggestions, candidates,
        invisible characters, and in compact lines the labels of the spans there."""
        char = self.char_at(point)
        if char is None:
            return ""
        spans = self.spans_at(char) if self._fonts.compact else []
        return self._layers.hover_text(self._text, char, spans)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
