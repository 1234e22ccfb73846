"""Each grapheme's box on screen is where Qt draws its glyphs, also where Qt misreports a line.

The oracle is a glyph-run query for one grapheme alone (exact in PySide6 6.11); a whole line's
query reports wrong string indexes after U+202C, after a soft hyphen and after a Hebrew word
drawn by a fallback font, which put every following letter's caret, hit test and highlight in
one place (ui/glyph_boxes.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout

from annotator.model import Document
from annotator.schema import LabelSchema
from ui import fonts
from ui.document_view import DocumentView

_RUNS = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
    | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
)
HARD = [
    "إن \u202bالمغرب\u202c اليوم هنا",  # RLE … PDF
    "إن \u202dالمغرب\u202c اليوم هنا",  # LRO … PDF
    "abc \u202bالمغرب\u202c def ghi",
    "إن \u00adالمغرب اليوم هنا",  # soft hyphen
    "إن שלום المغرب اليوم",  # a Hebrew word from the fallback font
    "قال بن\u200cلادن\u200f إن \u2067Morocco\u2069 لا ﷺ",
]


def _view(qtbot, text: str) -> DocumentView:
    view = DocumentView()
    qtbot.addWidget(view)
    view.apply_font(fonts.reading_families(), 13)
    view.resize(900, 400)
    view.set_document(Document("d", text), LabelSchema.default())
    return view


def _alone(layout, n: int, start: int, end: int) -> tuple[float, float] | None:
    line = layout.layout.lineAt(n)
    a, b = layout.to_local(start), layout.to_local(end)
    rects = [r.boundingRect() for r in line.glyphRuns(a, b - a, _RUNS)]
    if not rects:
        return None
    return min(r.left() for r in rects), max(r.right() for r in rects)


@pytest.mark.parametrize("text", HARD)
def test_boxes_are_the_graphemes_own_glyphs(qtbot, text: str) -> None:
    view = _view(qtbot, text)
    layout = view.layouts.at(0)
    assert layout.line_count == 1
    cells = layout.cells(0)
    shared: dict[tuple[float, float], int] = {}
    for cell in cells:
        truth = _alone(layout, 0, cell.start, cell.end)
        if truth is not None:
            shared[truth] = shared.get(truth, 0) + 1
    for cell in cells:
        truth = _alone(layout, 0, cell.start, cell.end)
        if truth is None or shared[truth] > 1:  # no glyph, or a ligature's share
            continue
        assert (cell.left, cell.right) == pytest.approx(truth, abs=0.6), (cell, text)
    letters = [c for c in cells if text[c.start].isalpha()]
    assert all(c.right - c.left > 2 for c in letters)  # no letter squeezed to nothing
    xs = [view.caret_rect(c.start).x() for c in letters]
    assert len(set(xs)) == len(xs)  # each letter its own caret place


def test_the_article_reads_the_same_both_ways(qtbot, article_text: str) -> None:
    """On ordinary lines the one-query reading agrees with the grapheme-by-grapheme one: the
    same box, or inside it where a kerning pair pulls a letter under its neighbour (a glyph's
    own box keeps its whole advance: final ي, ة after ي)."""
    view = _view(qtbot, article_text)
    checked = 0
    for pos, _y in view.lines.on_screen():
        layout, n = pos
        cells = layout.cells(n)
        truths = [_alone(layout, n, c.start, c.end) for c in cells]
        for cell, truth in zip(cells, truths, strict=True):
            if truth is None or truths.count(truth) > 1:
                continue
            assert truth[0] - 1 <= cell.left < cell.right <= truth[1] + 1, cell  # cursive: < 1 px
            assert cell.right == pytest.approx(truth[1], abs=1) or cell.rtl is False
            checked += 1
    assert checked > 200
