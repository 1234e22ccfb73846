"""Display modes of the document view through real widgets: invisible characters, compact lines,
line spacing. Pixels are read from the view's own rendering at boxes computed from its cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.model import Span
from tests.ui.test_document_view import inside_char, make_view, word_range
from tests.ui.test_view_layers import boxes, grab, near
from ui.layer_painter import MARK_COLOURS

TEXT = (
    "قال بن\u200cلادن\u200f إن \u202bالمغرب\u202c\u00a0اليوم كلمة\u0640\u0640 هنا\n"
    "سطر ثان بلا علامات."
)
LEFT = Qt.Key.Key_Left


def first_line_rows(view) -> tuple[int, int, int]:
    """Viewport rows of the first line: its top, its glyph box's top and bottom."""
    pos, y = view.lines.on_screen()[0]
    layout, n = pos
    return (
        round(y),
        round(y + layout.text_top(n) - layout.tops[n]),
        round(y + layout.text_bottom(n) - layout.tops[n]),
    )


def test_invisible_marks_are_painted_above_the_glyphs_and_change_nothing(qtbot) -> None:
    view = make_view(qtbot, TEXT)
    view.clearFocus()  # no caret in either picture
    _top, glyph_top, glyph_bottom = first_line_rows(view)
    hidden = grab(view).copy(QRect(0, glyph_top, view.viewport().width(), glyph_bottom - glyph_top))
    assert view.invisible_count() == 5  # ZWNJ RLM RLE PDF NBSP
    view.set_show_invisibles(True)
    assert view.text == TEXT and view.invisible_count() == 5
    top, glyph_top2, glyph_bottom2 = first_line_rows(view)
    assert glyph_top2 > top + 8  # a row above the text for the symbols
    shown = grab(view)
    glyphs = shown.copy(QRect(0, glyph_top2, view.viewport().width(), glyph_bottom2 - glyph_top2))
    assert glyphs == hidden  # the letters are exactly as before: no symbol covers them
    # The ZWNJ of بن‌لادن: the caret stops before and after it at different places, and a symbol
    # stands above the place after it.
    zwnj = TEXT.index("\u200c")
    before, after = view.caret_rect(zwnj - 1), view.caret_rect(zwnj + 1)
    assert before.x() != after.x() and view.caret_rect(zwnj).x() != after.x()
    view.setFocus()
    view.set_caret(zwnj - 1)
    qtbot.keyClick(view, LEFT)  # ← in an Arabic paragraph: on through ن and its ZWNJ
    assert view.caret() == zwnj + 1
    ink, pill = MARK_COLOURS[False]
    x = after.center().x()
    row = [
        QColor(shown.pixel(xx, y)) for xx in range(x - 12, x + 13) for y in range(top, glyph_top2)
    ]
    assert sum(near(c, pill, 12) for c in row) > 20 and any(near(c, ink, 60) for c in row)
    (noon,) = boxes(view, zwnj - 1, zwnj + 1)
    tip = view.tooltip_at(noon.center().toPoint())  # over ن, whose cluster holds the ZWNJ
    assert "ZWNJ — ZERO WIDTH NON-JOINER (U+200C)" in tip
    view.set_show_invisibles(True, tatweel=True)
    assert view.invisible_count() == 7
    view.set_show_invisibles(False)
    assert first_line_rows(view)[1] == glyph_top


def test_compact_lines_drop_the_name_band_and_name_on_hover(qtbot) -> None:
    army = word_range(TEXT, "المغرب")
    view = make_view(qtbot, TEXT, [Span(*army, "PER")])
    view.clearFocus()
    height = view.lines.on_screen()[0][0].height
    mark = view.label_colours().mark("PER")
    (box,) = boxes(view, *army)
    image = grab(view)
    band = [
        QColor(image.pixel(x, y))
        for x in range(int(box.left()), int(box.right()))
        for y in range(int(box.bottom()) + 6, int(box.bottom()) + 14)
    ]
    assert sum(near(c, mark, 50) for c in band) > 40  # the name tag under the span
    point = inside_char(view, army[0] + 2)
    assert view.tooltip_at(point) == ""  # the name is painted: no tooltip needed
    view.set_compact_lines(True)
    assert view.compact_lines()
    compact = view.lines.on_screen()[0][0].height
    assert compact < height - 8  # the name's band is gone
    (box,) = boxes(view, *army)
    image = grab(view)
    underline = [
        QColor(image.pixel(x, int(box.bottom()) + 2))
        for x in range(int(box.left()) + 2, int(box.right()) - 2)
    ]
    assert all(near(c, mark, 50) for c in underline)  # underlines stay
    below = [
        QColor(image.pixel(x, y))
        for x in range(int(box.left()), int(box.right()))
        for y in range(int(box.bottom()) + 6, int(box.bottom()) + 9)
    ]
    assert sum(near(c, mark, 50) for c in below) < 10  # no name tag (the start tick at most)
    point = inside_char(view, army[0] + 2)
    assert "Label: PER" in view.tooltip_at(point)
    QToolTip.hideText()
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)  # what hovering sends after the tooltip delay
    assert "PER" in QToolTip.text()
    QToolTip.hideText()
    nothing = QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), viewport.mapToGlobal(QPoint(2, 2)))
    QApplication.sendEvent(viewport, nothing)
    assert not nothing.isAccepted()  # no text there: nothing to show
    view.set_compact_lines(False)
    assert view.lines.on_screen()[0][0].height == height


def test_line_spacing_makes_lines_taller(qtbot) -> None:
    view = make_view(qtbot, TEXT)

    def height() -> float:
        return view.lines.on_screen()[0][0].height

    own = height()
    natural = QFontMetricsF(view.font()).height()
    view.set_line_spacing(100)
    single = height()
    view.set_line_spacing(200)
    assert height() == pytest.approx(single + natural)  # the label band stays as it is
    assert height() > own
    view.set_line_spacing(250)
    assert height() == pytest.approx(single + 1.5 * natural)
    view.set_line_spacing(50)  # below the natural line the glyphs would touch: 100%
    assert height() == single
    view.set_line_spacing(None)
    assert height() == own
