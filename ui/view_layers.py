"""What the document view shows besides a document's spans: suggestions, search matches,
annotators' candidates, invisible characters.

Kept in code points and indexed by the core (``SpanIndex`` for suggestions and candidates,
``RangeIndex`` for matches, ``find_invisibles``), so a frame asks each for the visible range
only. None of them is the document's: they are never counted, never in the span list, never
selected by a click; the view reaches them only through its explicit API
(ui/document_view.py). Painting is ui/layer_painter.py's.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from annotator.model import Span
from annotator.spans import SpanIndex
from annotator.text.invisibles import describe, find_invisibles
from annotator.text.ranges import RangeIndex
from annotator.text.snapping import next_grapheme, prev_grapheme
from ui import shown
from ui.frame import Layers, Match

__all__ = ["ViewLayers"]


class ViewLayers:
    """The extra layers' state and the questions the view asks of them."""

    def __init__(self) -> None:
        self.suggestions = SpanIndex([])
        self.focused: Span | None = None
        self.matches = RangeIndex()
        self.current: tuple[int, int] | None = None
        self.candidates: list[tuple[str, SpanIndex]] = []
        self.invisibles = False
        self.tatweel = False

    def set_suggestions(self, spans: Sequence[Span], focused: Span | None) -> None:
        self.suggestions = SpanIndex(sorted(spans))
        self.focus(focused)

    def focus(self, span: Span | None) -> None:
        """Focus ``span`` (None, or one not among the suggestions: none)."""
        found = span is not None and self.suggestions.contains(span)
        self.focused = span if found else None

    def set_matches(self, ranges: Sequence[tuple[int, int]], current: int | None) -> None:
        """``current`` indexes ``ranges`` as given (they are sorted here)."""
        if current is not None and not 0 <= current < len(ranges):
            raise IndexError(f"current match {current} out of {len(ranges)}")
        self.matches = RangeIndex(ranges)
        if current is None:
            self.current = None
        else:
            start, end = ranges[current]
            self.current = (start, end)

    def clear(self) -> None:
        """Drop suggestions, matches and candidates (they belong to one document)."""
        self.set_suggestions([], None)
        self.set_matches([], None)
        self.set_candidates([])

    def set_candidates(self, layers: Sequence[tuple[str, Sequence[Span]]]) -> None:
        self.candidates = [(name, SpanIndex(sorted(spans))) for name, spans in layers]

    def candidates_at(self, offset: int) -> list[tuple[str, Span]]:
        """(annotator, span) of every candidate covering ``offset``, lane by lane."""
        return [(name, span) for name, index in self.candidates for span in index.at(offset)]

    def fill(self, layers: Layers, text: str, start: int, end: int) -> None:
        """Put into ``layers`` what touches code points [start, end) (the lines on screen)."""
        wide = max(end, start + 1)
        if len(self.suggestions):
            layers.suggestions = self.suggestions.overlapping(start, wide)
            layers.focused = self.focused
        if len(self.matches):
            layers.matches = [Match(*self.matches[i]) for i in self.matches.overlapping(start, end)]
            layers.current_match = Match(*self.current) if self.current is not None else None
        if self.candidates:
            layers.lanes = [index.overlapping(start, wide) for _name, index in self.candidates]
        if self.invisibles:
            layers.invisibles = find_invisibles(text, start, end, tatweel=self.tatweel)

    def hover_text(self, text: str, char: int, spans: Sequence[Span]) -> str:
        """What the pointer over code point ``char`` shows: the labels of ``spans`` (those of
        the document there, when their names are not painted), suggestions, candidates with
        their annotators, and the invisible characters of the cluster (when marked); "" if none.
        Names are shown escaped, the whole as a literal tooltip."""
        label, suggestion = (
            QCoreApplication.translate("ViewLayers", "Label: {label}"),
            QCoreApplication.translate("ViewLayers", "Suggestion: {label}"),
        )
        lines = [label.format(label=shown.name(s.label)) for s in spans]
        lines += [suggestion.format(label=shown.name(s.label)) for s in self.suggestions.at(char)]
        for name, span in self.candidates_at(char):
            lines.append(f"{shown.name(name)}: {shown.name(span.label)}")
        if self.invisibles:
            start, end = prev_grapheme(text, char + 1), next_grapheme(text, char)
            for cp in range(max(0, start - 1), min(len(text), end + 1)):
                said = describe(text[cp]) if self.tatweel or text[cp] != "\u0640" else None
                if said is not None:
                    lines.append(
                        QCoreApplication.translate("ViewLayers", "{name} at {offset}").format(
                            name=said, offset=cp
                        )
                    )
        return shown.tooltip("\n".join(lines)) if lines else ""
