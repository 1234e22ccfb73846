"""The document view's font: a base zoomed in steps of 10%, and the line metrics that follow it.

Lines are spaced with room for harakat (at least 150% of the font size between baselines, or
the line spacing chosen in View > Font…), a band under each line for underlines and label names
(ui/span_painter.py paints there; compact lines keep only the underlines' rows, and each
annotator's lane of candidates adds a row), and, while invisible characters are shown, a row
above the text for their symbols.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF

from annotator.text.direction import Direction

__all__ = [
    "LANE_STEP",
    "LANE_WIDTH",
    "LAYOUT_DIRECTION",
    "MIN_LINE_HEIGHT_EM",
    "UNDERLINE_STEP",
    "UNDERLINE_WIDTH",
    "ZOOM_FACTOR",
    "LineMetrics",
    "ZoomedFont",
    "band_height",
    "tag_height",
]

LAYOUT_DIRECTION: dict[Direction, Qt.LayoutDirection] = {
    "rtl": Qt.LayoutDirection.RightToLeft,
    "ltr": Qt.LayoutDirection.LeftToRight,
}
ZOOM_FACTOR = 1.1
MIN_ZOOM, MAX_ZOOM = -8, 20
MIN_LINE_HEIGHT_EM = 1.5  # at least 150% of the font size between baselines: room for harakat
UNDERLINE_STEP = 3.0  # px between stacked underlines
UNDERLINE_WIDTH = 2.0
COMPACT_ROWS = 2  # underline rows kept in the band of compact lines
LANE_STEP = 4.0  # px between two annotators' lanes of candidates
LANE_WIDTH = 2.0
MIN_SPACING, MAX_SPACING = 100, 300  # percent of the natural line (below 100 the glyphs touch)


class LineMetrics(NamedTuple):
    """How a block lays out its lines (px): the least distance between two line tops, the
    band under the glyphs, the row above them (symbols of invisible characters)."""

    step: float
    band: float
    lead: float


def tag_height(tag_font: QFont) -> float:
    """Height of a label name's box."""
    return QFontMetricsF(tag_font).capHeight() * 1.7


def band_height(tag_font: QFont, *, compact: bool = False) -> float:
    """Room below each line for one underline row and a label name (compact: underline rows
    only), lanes of candidates not included."""
    if compact:
        return COMPACT_ROWS * UNDERLINE_STEP + UNDERLINE_WIDTH + 1.0
    return UNDERLINE_STEP + UNDERLINE_WIDTH + tag_height(tag_font) + 2.0


def _small_font(font: QFont, px: int, share: float, least: int) -> QFont:
    small = QFont(font)
    small.setFamilies(list(font.families()))
    small.setPixelSize(max(least, round(px * share)))
    return small


class ZoomedFont:
    """The view's font: a base (the bundled Arabic face first) zoomed in steps of 10%.

    The tag font, the symbol font of invisible characters and the line metrics follow the
    zoomed font, the chosen line spacing (percent of the natural line; None: the view's own),
    compact lines, the number of candidate lanes and whether invisible characters are shown.
    """

    def __init__(self, font: QFont) -> None:
        self.base = QFont(font)
        self.steps = 0
        self.spacing: int | None = None
        self.compact = False
        self.lanes = 0
        self.marks = False
        self.font = QFont(font)
        self.measure()

    def set_base(self, families: list[str], point_size: float) -> None:
        font = QFont(self.base)
        font.setFamilies(list(families))
        font.setPointSizeF(float(point_size))
        self.base = font

    def set_steps(self, steps: int) -> None:
        self.steps = max(MIN_ZOOM, min(MAX_ZOOM, int(steps)))

    def set_spacing(self, percent: int | None) -> None:
        """Lines ``percent`` % of the font's natural line apart, band aside (None: the view's
        own, at least 150% of the font size); kept within 100–300%."""
        self.spacing = None if percent is None else max(MIN_SPACING, min(MAX_SPACING, percent))

    def current(self) -> QFont:
        """The zoomed font (tag font and line metrics updated to match)."""
        font = QFont(self.base)
        base = self.base.pointSizeF() if self.base.pointSizeF() > 0 else 12.0
        font.setPointSizeF(max(4.0, base * ZOOM_FACTOR**self.steps))
        self.font = font
        self.measure()
        return font

    def measure(self) -> None:
        """Tag and symbol fonts and line metrics for the font and the options as they are now."""
        font = self.font
        px = QFontInfo(font).pixelSize()
        self.tag_font = _small_font(font, px, 0.6, 8)
        self.mark_font = _small_font(font, px, 0.6, 8)  # as large as a label name
        self.natural = QFontMetricsF(font).height()
        if self.spacing is None:
            text = max(self.natural, MIN_LINE_HEIGHT_EM * px)
        else:
            text = self.natural * self.spacing / 100.0
        self.lanes_top = band_height(self.tag_font, compact=self.compact)  # under the glyphs
        band = self.lanes_top + (self.lanes * LANE_STEP + 1.0 if self.lanes else 0.0)
        lead = tag_height(self.mark_font) + 5.0 if self.marks else 0.0  # a pill and its tick
        self.metrics = LineMetrics(text + band + lead, band, lead)
        self.line_height = 100.0 * self.metrics.step / self.natural

    @property
    def line_step(self) -> float:
        """Distance between two lines' tops, px."""
        return self.metrics.step

    @property
    def band(self) -> float:
        return self.metrics.band
