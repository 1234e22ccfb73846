"""The document view: one document's text in the paragraph view, its spans painted over it.

``DocumentView`` is a ``ParagraphView`` (ui/paragraph_view.py: layout by paragraph, scrolling
by lines, caret, selection, hit testing, all in code points) that shows a ``Document``'s spans:
label backgrounds under the glyphs (never a change of the text's formats, so a span edge
inside a word keeps the joining and the lam-alef ligature), names and nesting underlines in
the band under each line (ui/span_painter.py). Only the spans touching the lines on screen are
looked at, through the document's span index. Clicking a span selects it (again: the next one
out). The view never edits a document: it reports selections and computed ranges; the window
turns them into edits and calls ``refresh_spans``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from annotator.model import Document, Span
from annotator.schema import LabelSchema
from ui.highlights import LabelColours
from ui.paragraph_view import ParagraphView

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
        super().__init__(parent)

    def set_document(self, doc: Document, schema: LabelSchema) -> None:
        """Show ``doc`` in ``schema``'s colours from its start; the text is shown as stored."""
        self._colour_of = schema.colour_of
        self._palette_changed()
        self._document = doc
        self._selected_span = None
        self.set_text(doc.text)

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

    def _painted_spans(self) -> tuple[Sequence[Span], LabelColours | None, Span | None]:
        spans = self.visible_spans()
        self._painted = {s.key: s for s in spans}
        return spans, self._colours, self._selected_span

    def _palette_changed(self) -> None:
        """Label colours for this palette: light pastel backgrounds, or darkened ones."""
        dark = self.palette().base().color().lightnessF() < 0.5
        self._colours = LabelColours(self._colour_of, dark=dark)
