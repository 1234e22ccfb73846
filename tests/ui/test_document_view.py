"""DocumentView with real key and mouse events: selections, caret and spans in code points."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from annotator.model import Document, Span
from annotator.schema import Label, LabelSchema
from ui.document_view import DocumentView

SCHEMA = LabelSchema(
    [Label("PER", "#e6194b", "1", ""), Label("LOC", "#3cb44b", "2", "")], allow_overlap=True
)
LEFT, RIGHT = Qt.Key.Key_Left, Qt.Key.Key_Right
SHIFT, CTRL, ALT = (
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
)


def make_view(
    qtbot, text: str, spans: list[Span] | None = None, size: tuple[int, int] = (760, 600)
) -> DocumentView:
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.set_document(Document("d", text, spans or []), SCHEMA)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    qtbot.wait(5)
    return view


def caret_point(view: DocumentView, cp: int) -> QPoint:
    """Viewport point on the caret boundary at code point ``cp``.

    Mouse tests never use fixed pixels. Starts from the view's caret rectangle at ``cp`` and
    slides a few pixels to where the view's own hit test puts the caret at ``cp``.
    """
    rect = view.caret_rect(cp)
    assert not rect.isNull(), f"code point {cp} is not on screen"
    x, y = rect.center().x(), rect.center().y()
    for dx in (0, 1, -1, 2, -2, 3, -3, 4, -4):
        point = QPoint(x + dx, y)
        if view.lines.hit(point.x(), point.y())[0] == cp:
            return point
    raise AssertionError(f"no point puts the caret at code point {cp}")


def inside_char(view: DocumentView, cp: int) -> QPoint:
    """Viewport point in the middle of the glyph of code point ``cp``."""
    a, b = caret_point(view, cp), caret_point(view, cp + 1)
    return QPoint((a.x() + b.x()) // 2, a.y())


def drag(
    qtbot, view: DocumentView, start: QPoint, end: QPoint, mods=Qt.KeyboardModifier.NoModifier
) -> None:
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, mods, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(vp, middle)
    qtbot.mouseMove(vp, end)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, mods, end)


def word_range(text: str, word: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def test_drag_over_a_word_selects_exactly_its_code_points(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    for word in ("المغربي", "بلخير", "Morocco"):
        start, end = word_range(article_text, word)
        seen: list[object] = []
        view.selection_changed.connect(seen.append)
        drag(qtbot, view, caret_point(view, start), caret_point(view, end))
        assert view.selection() == (start, end), word
        assert article_text[slice(*view.selection())] == word
        assert seen[-1] == (start, end)


def test_drag_snaps_to_tokens_and_alt_drag_is_exact(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    start, end = word_range(article_text, "المسلحة")
    drag(qtbot, view, inside_char(view, start + 2), inside_char(view, end - 2))
    assert view.selection() == (start, end)
    drag(qtbot, view, caret_point(view, start + 2), caret_point(view, end - 1), ALT)
    assert view.selection() == (start + 2, end - 1)


def test_backward_drag_snaps_too(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    start, end = word_range(article_text, "Kohavi's second")
    drag(qtbot, view, inside_char(view, end - 2), inside_char(view, start + 1))
    assert view.selection() == (start, end)


def test_double_click_takes_the_word_without_guillemets(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    start, end = word_range(article_text, "كوخافي", 0)
    assert article_text[start - 1] == "«" and article_text[end] == "»"
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=inside_char(view, start + 2))
    assert view.selection() == (start, end)


def test_emoji_before_the_word_keeps_code_point_offsets(qtbot) -> None:
    text = "زار 🇲🇦 المغرب 😀 اليوم"
    view = make_view(qtbot, text)
    assert word_range(text, "المغرب") == (7, 13)
    drag(qtbot, view, caret_point(view, 7), caret_point(view, 13))
    assert view.selection() == (7, 13)
    assert view.layouts.at(7).to_local(7) == 9  # UTF-16 inside the paragraph's QTextLayout
    view.select_range(16, 21)
    assert text[16:21] == "اليوم" and view.selection() == (16, 21)


def test_crlf_text_keeps_code_point_offsets(qtbot) -> None:
    text = "سطر أول\r\nالمغرب هنا\r\nEnglish line\r\n"
    view = make_view(qtbot, text)
    assert len(view.paragraphs) == 4
    start, end = word_range(text, "هنا")
    drag(qtbot, view, caret_point(view, start), caret_point(view, end))
    assert view.selection() == (start, end)
    start, end = word_range(text, "line")
    drag(qtbot, view, caret_point(view, start), caret_point(view, end))
    assert view.selection() == (start, end) and text[start:end] == "line"


def test_shift_arrows_extend_visually(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    start = article_text.index("بلخير")
    view.set_caret(start)
    for _ in range(3):
        qtbot.keyClick(view, LEFT, SHIFT)  # Arabic paragraph: left on screen is forward in the text
    assert view.selection() == (start, start + 3)
    qtbot.keyClick(view, RIGHT, SHIFT)
    assert view.selection() == (start, start + 2)
    english = article_text.index("second")
    view.set_caret(english + 3)
    qtbot.keyClick(view, LEFT, SHIFT)
    qtbot.keyClick(view, LEFT, SHIFT)
    assert view.selection() == (english + 1, english + 3)


def test_arrow_moves_the_caret_left_on_screen(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    moves: list[int] = []
    view.caret_moved.connect(moves.append)
    start = article_text.index("بلخير")
    view.set_caret(start)
    x0 = view.caret_rect().x()
    qtbot.keyClick(view, LEFT)
    assert view.caret() == start + 1 and moves[-1] == start + 1
    assert view.caret_rect().x() < x0


def test_ctrl_shift_arrows_extend_by_our_words(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    start = article_text.index("«كوخافي»")
    view.set_caret(start)
    qtbot.keyClick(view, LEFT, CTRL | SHIFT)  # steps over «, stops at the word's end, not at »
    assert view.selection() == (start, start + 7)
    view.set_caret(start + 1)
    qtbot.keyClick(view, LEFT, CTRL | SHIFT)
    qtbot.keyClick(view, LEFT, CTRL | SHIFT)
    selected = view.selection()
    assert selected is not None and article_text[selected[0] : selected[1]] == "كوخافي» بجولة"
    english = article_text.index("Kohavi's")
    view.set_caret(english)
    qtbot.keyClick(view, RIGHT, CTRL | SHIFT)
    assert view.selection() == (english, english + len("Kohavi's"))


def test_clicking_a_span_selects_it_and_nested_clicks_go_outwards(qtbot, article_text: str) -> None:
    outer = Span(*word_range(article_text, "الجيش الإسرائيلي"), "PER")
    inner = Span(outer.start + 6, outer.end, "LOC")
    view = make_view(qtbot, article_text, [outer, inner])
    clicked: list[object] = []
    view.span_clicked.connect(clicked.append)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=inside_char(view, inner.start + 3)
    )
    assert clicked == [inner] and view.selected_span() == inner
    assert view.selection() == (inner.start, inner.end)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=inside_char(view, inner.start + 3)
    )
    assert clicked[-1] == outer and view.selected_span() == outer
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=inside_char(view, outer.start + 1)
    )
    assert clicked[-1] == outer
    view.clear_selection()
    assert view.selected_span() is None and view.selection() is None


def test_click_outside_spans_only_moves_the_caret(qtbot, article_text: str) -> None:
    span = Span(*word_range(article_text, "المغربي"), "LOC")
    view = make_view(qtbot, article_text, [span])
    clicked: list[object] = []
    view.span_clicked.connect(clicked.append)
    target = article_text.index("بلخير") + 2
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=caret_point(view, target))
    assert clicked == [] and view.selected_span() is None and view.caret() == target


def test_select_span_tab_order_and_refresh(qtbot, article_text: str) -> None:
    spans = [Span(*word_range(article_text, w), "LOC") for w in ("المغربي", "Morocco", "الرباط")]
    doc = Document("d", article_text, spans)
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.set_document(doc, SCHEMA)
    view.show()
    qtbot.waitExposed(view)
    assert view.step_span(+1, wrap=False) == spans[0]
    assert view.step_span(+1, wrap=False) == spans[1]
    assert view.selection() == (spans[1].start, spans[1].end)
    view.select_span(spans[2])  # far down: the view scrolls to it
    assert view.verticalScrollBar().value() > 0 and view.selected_span() == spans[2]
    assert view.step_span(-1, wrap=False) == spans[1]
    edited = doc.copy()
    edited.delete_span(spans[1])
    view.refresh_spans(edited)
    assert view.selected_span() is None


def test_grow_and_shrink_move_the_selection_or_report_the_span_range(
    qtbot, article_text: str
) -> None:
    view = make_view(qtbot, article_text)
    start, end = (
        word_range(article_text, "بالمغرب")
        if "بالمغرب" in article_text
        else word_range(article_text, "والمغرب")
    )
    view.select_range(start, end)
    assert view.input.adjust_edge("start", "char", +1) == (start + 1, end)
    assert view.selection() == (start + 1, end)
    assert view.input.adjust_edge("start", "char", -1) == (start, end)
    nxt = article_text.index(" ", end) + 1
    grown = view.input.adjust_edge("end", "word", +1)
    assert (
        grown is not None
        and grown[0] == start
        and article_text[nxt : grown[1]].strip() == article_text[nxt : grown[1]]
    )
    assert view.input.adjust_edge("end", "word", -1) == (start, end)
    span = Span(start, end, "LOC")
    view = make_view(qtbot, article_text, [span])
    view.select_span(span)
    assert view.input.adjust_edge("start", "char", +1) == (start + 1, end)
    # The window resizes the span itself: the view only reports the range.
    assert view.selection() == (start, end) and view.selected_span() == span


def test_copy_gives_the_documents_own_characters(qtbot) -> None:
    text = "رقم\u00a0١٢\u2029سطر"
    view = make_view(qtbot, text)
    view.select_range(0, len(text))
    assert view.selection_mime_data().text() == text
    QApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == text


def test_caret_is_visible_and_keyboard_selectable(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    qtbot.keyClicks(view, "abc ")  # read-only: typing changes nothing
    assert view.text == article_text and view.selection() is None
    rect = view.caret_rect()
    assert rect.width() >= 2 and rect.height() > 10
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    ink = view.palette().text().color().rgb()
    assert any(image.pixel(rect.x(), y) == ink for y in range(rect.top(), rect.bottom()))
    qtbot.keyClick(view, LEFT, SHIFT)
    assert view.selection() == (0, 1)


def test_zoom_and_font(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    view.apply_font(["Noto Sans Arabic", "DejaVu Sans"], 12)
    assert view.font().families()[0] == "Noto Sans Arabic" and view.font().pointSizeF() == 12
    view.zoom_in()
    view.zoom_in()
    assert view.zoom() == 2 and view.font().pointSizeF() > 14
    view.zoom_out()
    view.set_zoom(0)
    assert view.font().pointSizeF() == 12

    def line_heights() -> list[float]:
        return [pos.height for pos, _y in view.lines.on_screen()]

    natural = QFontMetricsF(view.font()).height()
    assert view.line_height_percent() >= 100
    step = natural * view.line_height_percent() / 100
    assert line_heights() == pytest.approx([step] * len(line_heights()), abs=0.01)
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)  # the last paragraph is spaced alike
    assert line_heights() == pytest.approx([step] * len(line_heights()), abs=0.01)


def test_only_visible_spans_reach_qt(qtbot, article_text: str) -> None:
    text = (article_text + "\n") * 40
    size = len(article_text) + 1
    spans = []
    for k in range(40):
        for word in ("المغربي", "Morocco", "الرباط", "كوخافي", "المجالات."):
            s, e = word_range(article_text, word)
            spans.append(Span(k * size + s, k * size + e, "LOC"))
    view = make_view(qtbot, text, spans, size=(700, 400))
    qtbot.wait(10)
    first = view.visible_spans()
    assert 0 < len(first) < len(spans) // 4 and len(view.highlight_ranges()) == len(first)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: bool(view.visible_spans()) and view.visible_spans()[-1] == spans[-1])
    start, end = view.visible_range()
    assert end == len(text) and not set(first) & set(view.visible_spans())
    assert all(s.start < end and s.end > start for s in view.visible_spans())
    assert len(view.visible_spans()) < len(spans) // 4


def test_visible_range_follows_resize_and_zoom_after_an_edit(qtbot, article_text: str) -> None:
    text = (article_text + "\n") * 20
    view = make_view(qtbot, text, [], size=(700, 300))
    qtbot.wait(10)
    small = view.visible_range()
    assert view.visible_range() == small  # unchanged screen, same answer (cached)
    view.resize(700, 900)
    qtbot.waitUntil(lambda: view.visible_range()[1] > small[1])
    tall = view.visible_range()
    view.zoom_out()
    view.zoom_out()
    qtbot.waitUntil(lambda: view.visible_range()[1] > tall[1])


def test_highlights_never_touch_the_text_or_its_formats(qtbot, article_text: str) -> None:
    spans = [Span(*word_range(article_text, w), "PER") for w in ("المغربي", "Morocco", "كوخافي")]
    view = make_view(qtbot, article_text, spans)
    view.select_span(spans[1])
    view.viewport().repaint()
    assert len(view.highlight_ranges()) == len(view.visible_spans()) > 0
    for layout, _y in view.lines.blocks_on_screen():
        block = layout.block
        assert layout.layout.formats() == []  # no character format: nothing re-shapes
        assert layout.layout.text() == article_text[block.start : block.end]


def test_dark_palette_darkens_backgrounds(qtbot, article_text: str) -> None:
    from PySide6.QtGui import QColor, QPalette

    def first_background() -> QColor:
        return QColor(view.highlight_ranges()[0][2])

    view = make_view(qtbot, article_text, [Span(*word_range(article_text, "Morocco"), "LOC")])
    light = first_background()
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(palette)
    qtbot.waitUntil(lambda: first_background() != light)
    assert first_background().lightnessF() < min(0.4, light.lightnessF())


def test_tab_order_visits_spans_sharing_a_start(qtbot, article_text: str) -> None:
    start, end = word_range(article_text, "الجيش الإسرائيلي")
    spans = sorted(
        [Span(start, end, "PER"), Span(start, start + 5, "LOC"), Span(end + 1, end + 3, "LOC")]
    )
    view = make_view(qtbot, article_text, spans)
    view.set_caret(start)
    visited = [view.step_span(+1, wrap=False) for _ in range(3)]
    assert visited == spans and view.step_span(+1, wrap=False) is None
    assert view.step_span(-1, wrap=False) == spans[1]


def test_leading_bom_and_line_separator_keep_offsets(qtbot) -> None:
    text = "\ufeffزار \u2028المغرب\u2029 Rabat"  # PySide drops the BOM; U+2028 breaks a line only
    view = make_view(qtbot, text)
    start, end = word_range(text, "المغرب")
    drag(qtbot, view, caret_point(view, start), caret_point(view, end))
    assert view.selection() == (start, end)
    start, end = word_range(text, "Rabat")
    view.select_range(start, end)
    assert view.selection() == (start, end)
    assert view.selection_mime_data().text() == "Rabat"


def test_a_copy_does_not_crash_the_process_at_exit(tmp_path) -> None:
    """The clipboard outlives Python: what it holds must be Qt's, or exit handlers crash."""
    import subprocess
    import sys

    from tests.conftest import REPO

    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from annotator.model import Document\n"
        "from annotator.schema import LabelSchema\n"
        "from ui.document_view import DocumentView\n"
        "app = QApplication([])\n"
        "view = DocumentView()\n"
        "view.set_document(Document('d', 'زار محمد'), LabelSchema.default())\n"
        "view.select_range(0, 3)\n"
        "view.copy()\n"
        "assert QApplication.clipboard().text() == 'زار'\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], env=env, timeout=60, check=False)
    assert result.returncode == 0
