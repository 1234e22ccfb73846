"""The document view's layers through real widgets: suggestions, search matches, candidates.

Pixel checks read the view's own rendering (``viewport().grab()``) at the glyph boxes computed
from the view's cells, never at fixed pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from annotator.model import Document, Span
from tests.ui.test_document_view import SCHEMA, SHIFT, inside_char, make_view, word_range
from ui import layer_painter
from ui.frame import Layers
from ui.view_lines import MARGIN

TEXT = "قال محمد إن الجيش الإسرائيلي زار بالمغرب مدينة الرباط أمس.\nثم عاد محمد إلى القاهرة."


def boxes(view, start: int, end: int) -> list[QRectF]:
    """Viewport glyph boxes of code points [start, end) on screen (one per piece of a line)."""
    out = []
    for pos, y in view.lines.on_screen():
        layout, n = pos
        top = y + layout.text_top(n) - layout.tops[n]
        bottom = y + layout.text_bottom(n) - layout.tops[n]
        for left, right in layout.pieces(n, start, end):
            out.append(QRectF(MARGIN + left, top, right - left, bottom - top))
    return out


def grab(view) -> QImage:
    view.viewport().update()
    return view.viewport().grab().toImage()


def colour(image: QImage, x: float, y: float) -> QColor:
    return QColor(image.pixel(round(x), round(y)))


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < (
        tolerance
    )


def painted_layers(view, monkeypatch) -> list[Layers]:
    """Record the layers of every paint from now on (the view paints; we only listen)."""
    seen: list[Layers] = []
    real = layer_painter.paint_overlays

    def spy(painter, frame) -> None:
        seen.append(frame.layers)
        real(painter, frame)

    monkeypatch.setattr(layer_painter, "paint_overlays", spy)
    return seen


# -- suggestions ------------------------------------------------------------------------


def test_suggestions_are_dashed_outlines_in_the_label_colour_never_spans(qtbot) -> None:
    army = word_range(TEXT, "الجيش الإسرائيلي")
    view = make_view(qtbot, TEXT, [Span(*army, "PER")])
    city, person = Span(*word_range(TEXT, "الرباط"), "LOC"), Span(*word_range(TEXT, "محمد"), "PER")
    plain = grab(view)
    view.set_suggestions([city, person], focused=person)
    image = grab(view)
    mark = view.label_colours().mark("LOC")
    (box,) = boxes(view, city.start, city.end)
    left = round(box.left() - 2)  # the outline's left side, 2 px outside the glyphs
    column = [colour(image, left, y) for y in range(int(box.top()) + 2, int(box.bottom()) - 2)]
    inked = [near(c, mark, 60) for c in column]
    assert sum(inked) >= len(column) // 3  # drawn in the label's colour ...
    assert not all(inked)  # ... dashed: gaps along the side
    assert colour(plain, left, box.center().y()) != colour(image, left, box.center().y()) or any(
        inked
    )
    middle_top = colour(image, box.center().x(), box.top() + 4)  # inside: no fill
    assert middle_top == colour(plain, box.center().x(), box.top() + 4)
    # the focused one is thicker: more of its top side's rows carry its colour
    (focus_box,) = boxes(view, person.start, person.end)
    per = view.label_colours().mark("PER")

    def thickness(b: QRectF, c: QColor) -> int:
        x = [round(b.left() + k) for k in range(2, int(b.width()) - 2)]
        rows = range(int(b.top()) - 2, int(b.top()) + 5)
        return max(sum(near(colour(image, xx, y), c, 70) for y in rows) for xx in x)

    assert thickness(focus_box, per) > thickness(box, mark)
    # never counted, listed or selected
    assert [s.label for s in view.visible_spans()] == ["PER"]
    assert view.spans_at(city.start + 1) == []
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=inside_char(view, city.start + 2)
    )
    assert view.selected_span() is None
    view.set_caret(0)
    assert view.step_span(+1, wrap=False) == Span(*army, "PER")  # Tab skips suggestions
    assert view.suggestion_at(city.start + 1) == city
    assert view.suggestion_at(0) is None
    assert view.focused_suggestion() == person


def test_step_suggestion_from_the_caret_scrolls_to_it(qtbot, article_text: str) -> None:
    text = (article_text + "\n") * 30
    view = make_view(qtbot, text, size=(700, 500))
    far = [
        Span(k * (len(article_text) + 1) + 10, k * (len(article_text) + 1) + 15, "LOC")
        for k in (3, 20, 29)
    ]
    view.set_suggestions(far)
    view.set_caret(0)
    found = view.step_suggestion(+1)
    assert found == far[0] and view.focused_suggestion() == far[0]
    assert view.caret() == far[0].start and not view.caret_rect().isNull()
    assert view.step_suggestion(+1) == far[1]  # from the focused one
    assert view.visible_range()[0] <= far[1].start < view.visible_range()[1]
    assert view.step_suggestion(-1) == far[0]
    view.set_caret(len(text) - 1)  # the caret moved away: step from it
    assert view.step_suggestion(+1, wrap=False) is None
    assert view.step_suggestion(+1) == far[0]  # wraps
    assert view.step_suggestion(-1) == far[2]


def test_only_suggestions_and_matches_on_screen_are_painted(
    qtbot, monkeypatch, article_text
) -> None:
    text = (article_text + "\n") * 200
    view = make_view(qtbot, text, size=(700, 500))
    words = [(m, m + 5) for m in range(0, len(text) - 6, 40)]
    view.set_suggestions([Span(a, b, "LOC") for a, b in words])
    view.set_matches(words)
    seen = painted_layers(view, monkeypatch)
    view.viewport().repaint()
    start, end = view.visible_range()
    layers = seen[-1]
    assert 0 < len(layers.suggestions) < 200 and 0 < len(layers.matches) < 200
    assert all(s.start < end and s.end > start for s in layers.suggestions)
    assert all(m.start < end and m.end > start for m in layers.matches)
    assert len(words) > 10_000


# -- search matches --------------------------------------------------------------------


def test_matches_show_inside_a_labelled_span_and_the_current_is_stronger(qtbot) -> None:
    army = word_range(TEXT, "الجيش الإسرائيلي")
    view = make_view(qtbot, TEXT, [Span(*army, "LOC")])
    inside = word_range(TEXT, "الجيش")  # inside the labelled span
    outside = word_range(TEXT, "الرباط")
    before = grab(view)
    view.set_matches([inside, outside], current=1)
    after = grab(view)
    (box,) = boxes(view, *inside)
    probe = (box.center().x(), box.top() + 4)  # above the letters, inside the glyph box
    labelled, matched = colour(before, *probe), colour(after, *probe)
    assert labelled != matched  # visible over the label's colour
    assert near(labelled, view.label_colours().background("LOC").toRgb(), 40)  # it was the label
    assert matched.blue() < labelled.blue() - 40  # yellow over green: a blue drop
    edge = [colour(after, box.center().x(), box.top() + dy) for dy in (-0.5, 0, 0.5, 1)]
    assert any(near(c, layer_painter.MATCH_EDGE, 60) for c in edge)  # an orange edge

    def ink(image: QImage, b: QRectF) -> int:
        return sum(
            QColor(image.pixel(x, y)).lightness() < 60
            for x in range(int(b.left()) + 2, int(b.right()) - 2)
            for y in range(int(b.top()) + 2, int(b.bottom()) - 2)
        )

    assert abs(ink(after, box) - ink(before, box)) <= ink(before, box) // 20  # text on top
    (current_box,) = boxes(view, *outside)
    current = colour(after, current_box.center().x(), current_box.top() + 4)
    assert current.green() < matched.green() - 20  # orange, not yellow
    assert view.current_match() == outside


def test_step_match_selects_the_next_from_the_caret_and_scrolls(qtbot, article_text) -> None:
    text = (article_text + "\n") * 20
    view = make_view(qtbot, text, size=(700, 500))
    word = "المغرب"
    found = []
    at = text.find(word)
    while at >= 0:
        found.append((at, at + len(word)))
        at = text.find(word, at + 1)
    view.set_matches(found)
    view.set_caret(found[3][0] + 1)  # inside the fourth: the next one is the fifth
    assert view.step_match(+1) == found[4]
    assert view.selection() == found[4] and view.current_match() == found[4]
    assert view.step_match(+1) == found[5]
    assert view.step_match(-1) == found[4]
    view.set_caret(len(text))
    assert view.step_match(+1, wrap=False) is None
    assert view.step_match(+1) == found[0]
    assert view.step_match(-1) == found[-1]  # far away: scrolled to
    assert view.visible_range()[0] <= found[-1][0] < view.visible_range()[1]


# -- annotators' candidates -------------------------------------------------------------


def test_candidate_lanes_each_annotator_under_the_line(qtbot) -> None:
    view = make_view(qtbot, TEXT)
    height = view.lines.on_screen()[0][0].height
    army = word_range(TEXT, "الجيش الإسرائيلي")
    ali = [Span(*army, "PER"), Span(*word_range(TEXT, "الرباط"), "LOC")]
    sara = [Span(army[0], army[0] + 5, "LOC")]
    view.set_candidate_layers([("ali", ali), ("sara", sara)])
    assert view.lines.on_screen()[0][0].height > height + 7  # two lanes of room
    assert view.candidates_at(army[0] + 1) == [("ali", ali[0]), ("sara", sara[0])]
    assert view.candidates_at(army[1] - 1) == [("ali", ali[0])]
    assert view.visible_spans() == []  # candidates are not the document's spans
    image = grab(view)
    (box,) = boxes(view, *army)
    fonts = view._fonts
    lane0 = box.bottom() + fonts.lanes_top + 1
    lane1 = lane0 + 4
    row0 = [colour(image, x, lane0) for x in range(int(box.left()) + 3, int(box.right()) - 3)]
    assert all(near(c, view.label_colours().mark("PER"), 60) for c in row0)  # solid, PER
    (short,) = boxes(view, sara[0].start, sara[0].end)
    row1 = [colour(image, x, lane1) for x in range(int(short.left()) + 3, int(short.right()) - 3)]
    loc = view.label_colours().mark("LOC")
    assert any(near(c, loc, 60) for c in row1) and not all(near(c, loc, 60) for c in row1)
    tip = view.tooltip_at(inside_char(view, army[0] + 1))
    assert "ali: PER" in tip and "sara: LOC" in tip
    view.set_candidate_layers([])
    assert view.lines.on_screen()[0][0].height == height


def test_a_new_document_drops_the_last_ones_layers(qtbot) -> None:
    view = make_view(qtbot, TEXT)
    view.set_suggestions([Span(0, 3, "LOC")])
    view.set_matches([(0, 3)], current=0)
    view.set_candidate_layers([("ali", [Span(0, 3, "LOC")])])
    view.set_document(Document("e", TEXT), SCHEMA)
    assert view.suggestion_at(1) is None and view.current_match() is None
    assert view.candidates_at(1) == []
    assert view.step_match(1) is None and view.step_suggestion(1) is None
    assert view.tooltip_at(QPoint(-5, -5)) == ""


def test_partial_repaints_with_every_layer_on_match_a_full_repaint(qtbot, article_text) -> None:
    """Caret moves, selections and span edits repaint only their lines; with suggestions,
    matches, lanes and invisible marks shown the screen must still be a full repaint's."""
    flash = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)  # a steady caret: both grabs see it alike
    try:
        text = article_text.replace(" ", "\u200c ", 5).replace("ال", "\u200fال", 5)
        view = make_view(qtbot, text, size=(520, 700))
        doc = Document("d", text)
        view.set_document(doc, SCHEMA)
        army = word_range(text, "الجيش")
        view.set_suggestions([Span(*word_range(text, "المغرب"), "LOC")])
        view.set_matches([army, word_range(text, "بلخير")], current=0)
        view.set_candidate_layers([("ali", [Span(*army, "PER")]), ("sara", [Span(*army, "LOC")])])
        view.set_show_invisibles(True)

        def screen() -> QImage:
            qtbot.wait(5)
            return view.screen().grabWindow(view.winId()).toImage()

        def check(step: str) -> None:
            shown = screen()
            view.viewport().update()
            assert shown == screen(), step

        span = Span(army[0], army[1], "PER")
        doc.insert_span(span)
        view.refresh_spans(doc)
        view.select_span(span)
        check("label")
        for key, mods in ((Qt.Key.Key_Left, SHIFT), (Qt.Key.Key_Down, SHIFT), (Qt.Key.Key_Up, 0)):
            qtbot.keyClick(view, key, Qt.KeyboardModifier(mods))
            check(f"key {key}")
        doc.delete_span(span)
        view.refresh_spans(doc)
        check("delete")
        view.step_match(+1)
        check("step match")
    finally:
        QApplication.setCursorFlashTime(flash)
