"""What one paint of the paragraph view needs, and where each painted range falls on screen.

A ``Frame`` holds the blocks on screen and everything painted over or under their text; the
``Layers`` in it are limited to what touches the lines on screen (the view asks its indexes for
the visible range only), so a frame costs what the screen shows, not what the document holds.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol, TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPalette, QStaticText, QTransform

from annotator.model import Span
from annotator.text.invisibles import Invisible
from ui.block_layout import BlockLayout
from ui.highlights import LabelColours

__all__ = ["Frame", "Layers", "Match", "by_block", "line_range", "static_text"]


class Match(NamedTuple):
    """A search match on screen: code points [start, end)."""

    start: int
    end: int


def _no_colour(_name: str) -> str | None:
    return None


@dataclass
class Layers:
    """Everything painted besides the text and the selection, each limited to the screen.

    ``lanes`` holds one list per annotator (lane k is the k-th annotator's), ``lanes_top`` how
    far under the glyph box lane 0 is drawn; ``invisibles`` the invisible characters to mark
    (in ``mark_font``, in the row above the glyphs); ``compact``: no label names in the band.
    """

    spans: Sequence[Span] = ()
    colours: LabelColours = field(default_factory=lambda: LabelColours(_no_colour, dark=False))
    selected: Span | None = None
    matches: Sequence[Match] = ()
    current_match: Match | None = None
    suggestions: Sequence[Span] = ()
    focused: Span | None = None
    lanes: Sequence[Sequence[Span]] = ()
    lanes_top: float = 0.0
    invisibles: Sequence[tuple[int, Invisible]] = ()
    mark_font: QFont | None = None
    compact: bool = False


@dataclass
class Frame:
    """What one paint needs: the blocks on screen (with their top y), the selection, the caret,
    the layers painted with the text."""

    blocks: list[tuple[BlockLayout, float]]
    layers: Layers
    selection: tuple[int, int] | None
    caret: QRectF | None
    palette: QPalette
    active: bool
    tag_font: QFont
    width: float
    clip: QRectF


class _Ranged(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


R = TypeVar("R", bound=_Ranged)


def by_block(blocks: list[tuple[BlockLayout, float]], items: Sequence[R]) -> list[list[R]]:
    """The items (sorted by start) meeting each block on screen."""
    starts = [layout.block.start for layout, _y in blocks]
    out: list[list[R]] = [[] for _ in starts]
    for item in items:
        k = max(0, bisect_right(starts, item.start) - 1)
        while k < len(starts) and starts[k] < max(item.end, item.start + 1):
            block = blocks[k][0].block
            if item.start < max(block.end, block.start + 1) and item.end > block.start:
                out[k].append(item)
            k += 1
    return out


def line_range(layout: BlockLayout, start: int, end: int) -> range:
    """The block's lines holding code points of [start, end) (none if it holds none)."""
    block = layout.block
    if start >= max(block.end, block.start + 1) or end <= block.start:
        return range(0)
    first = layout.line_of(max(start, block.start))
    return range(first, layout.line_of(max(block.start, min(end, block.end) - 1)) + 1)


_STATIC: dict[tuple[str, str], QStaticText] = {}


def static_text(name: str, font: QFont, font_key: str) -> QStaticText:
    """A short text (a label name, an invisible character's symbol) laid out once: a screen can
    show hundreds."""
    key = (name, font_key)
    found = _STATIC.get(key)
    if found is None:
        if len(_STATIC) > 512:
            _STATIC.clear()
        found = _STATIC[key] = QStaticText(name)
        found.setTextFormat(Qt.TextFormat.PlainText)
        found.prepare(QTransform(), font)
    return found
