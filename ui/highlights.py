"""Label colours for the palette, and how the spans on screen nest (their underline rows).

The view never looks at every span (RTL.md §3): it asks the document's span index
(annotator.spans, kept in step by the edits) for the spans touching the lines on screen, so
the cost follows the screen, not the document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QColor

from annotator.model import Span

__all__ = ["FALLBACK_COLOURS", "LabelColours", "nesting_levels"]

FALLBACK_COLOURS = (
    "#e6194b",
    "#3cb44b",
    "#4363d8",
    "#f58231",
    "#911eb4",
    "#46f0f0",
    "#f032e6",
    "#9a6324",
)


def nesting_levels(spans: Sequence[Span]) -> dict[tuple[int, int, str], int]:
    """Underline row per span: the lowest row not taken by an overlapping span starting earlier."""
    levels: dict[tuple[int, int, str], int] = {}
    active: list[tuple[int, int]] = []  # (end, level) of spans still open
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.label)):
        active = [(e, lv) for e, lv in active if e > span.start]
        taken = {lv for _, lv in active}
        level = next(i for i in range(len(taken) + 1) if i not in taken)
        levels[span.key] = level
        active.append((span.end, level))
    return levels


class LabelColours:
    """Per-label colours for the palette: schema colours are pastel backgrounds for light themes.

    On a dark palette the background keeps the hue but darkens, so light text stays readable;
    marks (underlines, start ticks, name tags) take a stronger shade that contrasts with the base.
    """

    def __init__(self, colour_of: Callable[[str], str | None], dark: bool) -> None:
        self._colour_of = colour_of
        self._dark = dark
        self._cache: dict[str, tuple[QColor, QColor]] = {}

    def base(self, label: str) -> QColor:
        name = self._colour_of(label)
        colour = QColor(name) if name else QColor()
        if not colour.isValid():
            colour = QColor(FALLBACK_COLOURS[sum(map(ord, label)) % len(FALLBACK_COLOURS)])
        return colour

    def _pair(self, label: str) -> tuple[QColor, QColor]:
        pair = self._cache.get(label)
        if pair is None:
            base = self.base(label)
            hue, sat = (
                max(base.hslHueF(), 0.0),
                max(base.hslSaturationF(), 0.35 if base.hslSaturationF() > 0 else 0.0),
            )
            if self._dark:
                background = QColor.fromHslF(hue, sat, 0.30, 0.85)
                mark = QColor.fromHslF(hue, min(1.0, sat + 0.2), 0.70)
            else:
                background = QColor(base)
                background.setAlphaF(0.8)  # overlapping spans stay visible through each other
                mark = QColor.fromHslF(hue, min(1.0, sat + 0.2), 0.38)
            pair = (background, mark)
            self._cache[label] = pair
        return pair

    def background(self, label: str) -> QColor:
        return self._pair(label)[0]

    def mark(self, label: str) -> QColor:
        return self._pair(label)[1]
