"""The document view's font: a base zoomed in steps of 10%, and the line metrics that follow it.

Lines are spaced with room for harakat (at least 150% of the font size between baselines) and
a band under each line for underlines and label names (ui/span_painter.py paints there).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF

from annotator.text.direction import Direction

__all__ = [
    "LAYOUT_DIRECTION",
    "MIN_LINE_HEIGHT_EM",
    "UNDERLINE_STEP",
    "UNDERLINE_WIDTH",
    "ZOOM_FACTOR",
    "ZoomedFont",
    "band_height",
    "line_metrics",
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


def tag_height(tag_font: QFont) -> float:
    """Height of a label name's box."""
    return QFontMetricsF(tag_font).capHeight() * 1.7


def band_height(tag_font: QFont) -> float:
    """Room below each line for one underline row and a label name."""
    return UNDERLINE_STEP + UNDERLINE_WIDTH + tag_height(tag_font) + 2.0


def line_metrics(font: QFont) -> tuple[QFont, float]:
    """The label tag font, and the line height (percent of the natural one): the font's natural
    line, at least 150% of its size, plus a band for labels."""
    px = QFontInfo(font).pixelSize()
    tag_font = QFont(font)
    tag_font.setFamilies(list(font.families()))
    tag_font.setPixelSize(max(8, round(px * 0.6)))
    natural = QFontMetricsF(font).height()
    wanted = max(natural, MIN_LINE_HEIGHT_EM * px) + band_height(tag_font)
    return tag_font, round(100.0 * wanted / natural)


class ZoomedFont:
    """The view's font: a base (the bundled Arabic face first) zoomed in steps of 10%.

    The tag font, the line height (percent of the natural line and px) and the label band
    follow the zoomed font (see line_metrics).
    """

    def __init__(self, font: QFont) -> None:
        self.base = QFont(font)
        self.steps = 0
        self.font = QFont(font)
        self.tag_font, self.line_height = line_metrics(font)

    def set_base(self, families: list[str], point_size: float) -> None:
        font = QFont(self.base)
        font.setFamilies(list(families))
        font.setPointSizeF(float(point_size))
        self.base = font

    def set_steps(self, steps: int) -> None:
        self.steps = max(MIN_ZOOM, min(MAX_ZOOM, int(steps)))

    def current(self) -> QFont:
        """The zoomed font (tag font and line height updated to match)."""
        font = QFont(self.base)
        base = self.base.pointSizeF() if self.base.pointSizeF() > 0 else 12.0
        font.setPointSizeF(max(4.0, base * ZOOM_FACTOR**self.steps))
        self.font = font
        self.tag_font, self.line_height = line_metrics(font)
        return font

    @property
    def line_step(self) -> float:
        """Distance between two lines' tops, px (the percentage of the natural line)."""
        return QFontMetricsF(self.font).height() * self.line_height / 100.0

    @property
    def band(self) -> float:
        return band_height(self.tag_font)
