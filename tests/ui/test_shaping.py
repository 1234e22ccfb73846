"""A span starting or ending inside a word must not change the shaping (issue 3, RTL.md §3).

Character formats split HarfBuzz runs at the span edge and break the lam-alef
ligature; FormatRanges handed to QTextLayout.draw only paint. Both checks below read
what the view really drew (its own layouts, its own pixels) and fail if the view is
switched to character formats (tried: see docs/decisions/0019-paragraph-view.md).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from annotator.model import Document, Span
from annotator.schema import Label, LabelSchema
from ui.document_view import DocumentView

TEXT = "زار بالمغرب والتقى الجيش الإسرائيلي ورفعوا لافتات وحرقوا صوره\nقال للإعلام: لا"
YELLOW = "#ffff00"  # its red channel equals white's: text ink in the red channel is comparable


def _mid_word_spans(text: str) -> list[Span]:
    spans = []
    i = text.index("بالمغرب")
    spans.append(Span(i + 2, i + 7, "LOC"))  # المغرب in بالمغرب
    i = text.index("الإسرائيلي")
    spans.append(Span(i + 2, i + 10, "LOC"))  # إسرائيلي: starts inside the لإ ligature
    i = text.index("لافتات")
    spans.append(Span(i + 1, i + 6, "PER"))  # افتات: starts inside لا
    i = text.index("وحرقوا")
    spans.append(Span(i, i + 4, "PER"))  # وحرق: ends inside a word, before وا
    i = text.index("للإعلام")
    spans.append(Span(i, i + 2, "PER"))  # لل: ends inside لإ
    i = text.rindex("لا")
    spans.append(Span(i, i + 1, "PER"))  # ل alone out of the final لا
    return spans


def _view(qtbot, spans: list[Span]) -> DocumentView:
    schema = LabelSchema([Label("LOC", YELLOW, "1", ""), Label("PER", YELLOW, "2", "")])
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_zoom(4)
    view.set_document(Document("d", TEXT, spans), schema)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(10)  # let the 0 ms highlight timer run
    return view


def _glyph_ids(view: DocumentView) -> list[list[int]]:
    """Glyph ids line by line, in the order Qt draws them (a broken ligature changes them)."""
    ids = []
    for pos, _y in view.lines.on_screen():
        line = pos.layout.layout.lineAt(pos.line)
        runs = line.glyphRuns(line.textStart(), line.textLength())
        ids.append([g for run in runs for g in run.glyphIndexes()])
    assert all(ids), "no glyphs read back: the comparison would prove nothing"
    return ids


def _line_boxes(view: DocumentView) -> list[tuple[int, int]]:
    """Viewport rows covered by each line's natural box (ascent + descent), minus the label band."""
    rows = []
    for pos, top in view.lines.on_screen():
        bottom = top + pos.layout.text_bottom(pos.line) - pos.layout.tops[pos.line]
        rows.append((int(top), int(bottom)))
    return rows


def _channel(image: QImage, rows: list[tuple[int, int]], channel: str) -> list[int]:
    pick = {"red": QColor.red, "blue": QColor.blue}[channel]
    return [
        pick(QColor(image.pixel(x, y)))
        for a, b in rows
        for y in range(a, b)
        for x in range(image.width())
    ]


def test_mid_word_highlights_keep_the_glyphs(qtbot) -> None:
    plain = _view(qtbot, [])
    highlighted = _view(qtbot, _mid_word_spans(TEXT))
    assert len(highlighted.visible_spans()) == 6
    assert _glyph_ids(highlighted) == _glyph_ids(plain)


def test_mid_word_highlights_keep_the_ink(qtbot) -> None:
    plain = _view(qtbot, [])
    highlighted = _view(qtbot, _mid_word_spans(TEXT))
    rows = _line_boxes(plain)
    assert rows == _line_boxes(highlighted)
    plain_img = plain.viewport().grab().toImage()
    high_img = highlighted.viewport().grab().toImage()
    # The highlight is really there (blue channel changes) ...
    assert _channel(plain_img, rows, "blue") != _channel(high_img, rows, "blue")
    # ... yet the text's ink, read in the red channel (yellow and white both have red 255),
    # is identical.
    assert _channel(plain_img, rows, "red") == _channel(high_img, rows, "red")
